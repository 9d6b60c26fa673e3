/*
 * Internal: the compliance checker (csp/check.h). The catalogue of rules is
 * generated from libcsp/model/model.toml (catalogue.c); each rule names an
 * evaluator, csp__rule_<check>, in one of the family files beside this one
 * (membership.c, duties.c, meetings.c, actions.c, scrutiny.c, reviews.c),
 * which reads the register through the model's queries and adds findings
 * through the helpers below. Nothing here reads the clock.
 */
#ifndef CSP_RULES_RULES_H
#define CSP_RULES_RULES_H

#include "csp/check.h"
#include "model/model.h"

typedef struct csp__check_ctx csp__check_ctx;
typedef struct csp__rule csp__rule;

/* One rule of the catalogue ([[rule]] in model.toml). */
struct csp__rule {
    const char *id, *family, *title, *source, *confidence, *severity;
    unsigned int kinds;   /* the partnership kinds it applies to: bit i for value i of partnership_kind */
    const char *start;    /* the first day it applies, or NULL */
    const char *end;      /* the last, or NULL */
    int months;           /* the period it counts in, or 0 */
    const char *duty;     /* the built-in duty it checks, or NULL */
    int on_by_default;
    const char *explain, *fix;
    int (*check)(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
};

/* What the membership rules ask of an organisation on the date checked,
 * read once per check (many seats sit for the same bodies). */
typedef struct csp__standing {
    const char *kind; /* its kind (the model's static string for the value) */
    int exists;       /* in existence on the date (established_on, dissolved_on) */
    int authority;    /* a responsible authority then (its flag, and existing) */
} csp__standing;

/* What an evaluator has to hand. */
struct csp__check_ctx {
    csp_register *reg;
    const char *as_of;     /* a full date */
    char since[11];        /* as_of less the rule's months: the first day of its period ("within 12 months") */
    csp_report *report;
    /* What the action rules read once and share (actions.c): the partnership's
     * open actions judged, and the latest update of every action. */
    struct csp__action_digests *actions;
    struct csp__update_map *updates;
    struct csp__attendance_map *attendance; /* every meeting's, counted (meetings.c) */
    struct csp__meeting_map *meetings;      /* the meetings of the partnerships checked (meetings.c) */
    csp__strlist family;                    /* the family of the partnership checked (csp__partnership_family) */
    struct csp__plans *plans;               /* its partnership plans (duties.c; free()) */
    csp__idset standing_index;              /* organisation id -> its place in standing (csp__standing_of) */
    csp__standing *standing;
    size_t nstanding, standing_cap;
    int whole; /* the whole register is checked (not one partnership) */
};

/* Frees what the meeting rules kept in ctx (accepts NULL). */
void csp__attendance_free(struct csp__attendance_map *m);
void csp__meetings_free(struct csp__meeting_map *m);

/* The last meeting of partnership p held by the date checked (as
 * csp_partnership_last_meeting), its id and date into id and date: 1 when
 * there is one, 0 when none was held, or an error. */
int csp__last_held(csp__check_ctx *ctx, const char *p, char id[CSP__ID_SIZE], char date[11]);

/* Frees what the action rules kept in ctx. */
void csp__actions_free(csp__check_ctx *ctx);

/* Adds a finding for rule on partnership p (its subject: the partnership
 * itself when subject_id is NULL). due may be NULL. The message is printf-like;
 * a rule resting on a secondary or unverified figure has it said after the
 * message. Returns the finding (to add evidence to), or NULL out of memory
 * (the error is raised). */
csp_finding *csp__finding_add(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p, csp_result result,
                              int subject_entity, const char *subject_id, const char *due, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;

/* Adds a record the finding rests on. CSP_OK or CSP_ENOMEM. */
int csp__finding_evidence(csp_finding *f, int entity, const char *id);

/* A copy of s kept with the report (freed with it): what
 * csp__finding_evidence_take is given. NULL out of memory (the error is
 * raised). */
char *csp__check_strdup(csp__check_ctx *ctx, const char *s);

/* Adds many records, distinct and not yet in the finding (a new one), as
 * copies of ids: none is looked for among those before it, so a partnership
 * with hundreds of seats or meetings costs no quadratic search. CSP_OK or
 * CSP_ENOMEM (also when f is NULL). */
int csp__finding_evidence_copy(csp__check_ctx *ctx, csp_finding *f, int entity, const csp__strlist *ids);

/* Adds many records, distinct and not yet in the finding, whose ids are
 * copies from csp__check_strdup: ids is left empty (also on failure), its
 * strings staying with the report. CSP_OK or CSP_ENOMEM. */
int csp__finding_evidence_take(csp_finding *f, int entity, csp__strlist *ids);

/* Whether the partnership is of one of the rule's kinds. */
int csp__rule_applies(const csp__rule *rule, const char *kind);


/* Organisation id's standing, into *out (kept in ctx). CSP_OK, or a read's
 * error (CSP_ENOTFOUND, CSP_ECORRUPT, ...). */
int csp__standing_of(csp__check_ctx *ctx, const char *id, csp__standing *out);

/* Whether an organisation is a responsible authority on the date (its flag,
 * and in existence then: established_on and dissolved_on, its in-force period). */
int csp__is_authority_on(const csp__record *org, const char *date);

/* The name of a record for a message (its name field, else its id), into buf. */
const char *csp__name_of(csp__check_ctx *ctx, int entity, const char *id, char *buf, size_t size);

/* Whether a date (its last day) falls within the rule's period: not before
 * ctx->since and (its first day) not after ctx->as_of. */
int csp__within(const csp__check_ctx *ctx, const char *date);

/* Whether partnership p is in Wales, known from its GSS area code (W...;
 * England's begin E): the Welsh regulations (SI 2007/3076) differ in places
 * (docs/law.md). A partnership with no area code is judged as in England. */
int csp__in_wales(const csp__record *p);

/* The partnership and its strategy groups (children of kind
 * statutory_officer_group), whose records count for it: their ids (the
 * partnership first), kept in ctx for p's next rule (borrowed: valid until
 * another partnership's family is asked for). */
int csp__partnership_family(csp__check_ctx *ctx, const csp__record *p, const csp__strlist **out);

#endif
