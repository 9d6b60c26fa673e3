/* Rules of the membership family: who sits on the partnership (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The kinds of responsible authority (CDA 1998 s5(1)), as organisation kinds. */
static const struct {
    const char *kind, *words;
} authorities[] = {
    {"local_authority", "the council"},
    {"police", "the police"},
    {"fire_and_rescue", "the fire and rescue authority"},
    {"health", "the health body"},
    {"probation", "the probation provider"},
};
#define NAUTH (sizeof authorities / sizeof authorities[0])

typedef struct seats {
    csp__check_ctx *ctx;
    size_t recorded;       /* seats recorded on the partnership, in force or not */
    int found[NAUTH];      /* a seat in force for a responsible authority of each kind */
    int chair;             /* a chair in force */
    char chair_ended[11];  /* the latest end of a chair's seat before the date, or "" */
    csp_finding *evidence; /* where the seats in force go, once there is a finding */
    csp__strlist in_force; /* the seats in force (ids) */
} seats;

static int push(csp__strlist *l, const char *id)
{
    char *copy = csp__strdup(id);
    if (!copy || csp__strlist_push(l, copy)) {
        free(copy);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

/* The body a seat represents: the one it sits on behalf of, else its organisation. */
static int seat(const csp__record *m, void *arg)
{
    seats *s = arg;
    s->recorded++;
    const char *end = m->v[CSP_MEMBERSHIP_END_DATE].s;
    if (strcmp(m->v[CSP_MEMBERSHIP_ROLE].s, "chair") == 0 && end) {
        char last[11];
        csp__date_last_day(last, end);
        if (strcmp(last, s->ctx->as_of) < 0 && strcmp(last, s->chair_ended) > 0)
            snprintf(s->chair_ended, sizeof s->chair_ended, "%s", last);
    }
    if (csp__record_in_force(m, s->ctx->as_of) != 1)
        return CSP_OK;
    int rc = push(&s->in_force, csp__record_id(m));
    if (rc)
        return rc;
    if (strcmp(m->v[CSP_MEMBERSHIP_ROLE].s, "chair") == 0)
        s->chair = 1;
    const char *body = m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s ? m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s
                                                          : m->v[CSP_MEMBERSHIP_ORGANISATION].s;
    csp__standing org;
    if ((rc = csp__standing_of(s->ctx, body, &org)))
        return rc;
    if (org.authority)
        for (size_t k = 0; k < NAUTH; k++)
            if (strcmp(org.kind, authorities[k].kind) == 0)
                s->found[k] = 1;
    return CSP_OK;
}

/* Reads the partnership's seats into s, and the date in words into day; on
 * an error nothing is left to free. */
static int read_seats(csp__check_ctx *ctx, const csp__record *p, seats *s, char *day, size_t size)
{
    memset(s, 0, sizeof *s);
    s->ctx = ctx;
    csp__date_words(day, size, ctx->as_of);
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEMBERSHIP]);
    csp__query_eq_borrowed(&q, CSP_MEMBERSHIP_PARTNERSHIP, csp__record_id(p));
    int rc = csp__read_each(ctx->reg, &q, seat, s);
    csp__query_reset(&q);
    if (rc)
        csp__strlist_clear(&s->in_force, 1);
    return rc;
}

/* Gives the seats in force to a finding as its evidence, and frees them. */
static int give_seats(seats *s, csp_finding *f)
{
    int rc = csp__finding_evidence_copy(s->ctx, f, CSP_ENTITY_MEMBERSHIP, &s->in_force);
    csp__strlist_clear(&s->in_force, 1);
    return rc;
}

int csp__rule_authorities_represented(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    seats s;
    char day[40];
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    int rc = read_seats(ctx, p, &s, day, sizeof day);
    if (rc)
        return rc;
    if (s.recorded == 0)
        return give_seats(&s, csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                                               "The record lists no seats on %s, so whether each responsible "
                                               "authority takes part is not shown.",
                                               name));
    char missing[300] = "";
    size_t nmissing = 0;
    for (size_t k = 0; k < NAUTH; k++) {
        if (s.found[k])
            continue;
        size_t len = strlen(missing);
        snprintf(missing + len, sizeof missing - len, "%s%s", nmissing ? ", " : "", authorities[k].words);
        nmissing++;
    }
    csp_finding *f;
    if (nmissing)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, NULL,
                             "On %s %s has no seat in post for a body that is then a responsible authority of %s "
                             "kind%s: %s.",
                             day, name, nmissing == 1 ? "this" : "these", nmissing == 1 ? "" : "s", missing);
    else
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "On %s %s has a seat in post for the council, the police, the fire and rescue "
                             "authority, the health body and the probation provider.",
                             day, name);
    return give_seats(&s, f);
}

int csp__rule_chair_in_post(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    seats s;
    char day[40];
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    int rc = read_seats(ctx, p, &s, day, sizeof day);
    if (rc)
        return rc;
    csp_finding *f;
    if (s.recorded == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "The record lists no seats on %s, so who chairs it is not shown.", name);
    else if (s.chair)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL, "%s has a chair in post on %s.", name, day);
    else if (s.chair_ended[0]) {
        char ended[40];
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, s.chair_ended,
                             "No seat on %s has the role of chair in post on %s: the last chair's seat ended on %s.",
                             name, day, csp__date_words(ended, sizeof ended, s.chair_ended));
    } else
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "No seat on %s in post on %s is recorded with the role of chair, so who chairs it is "
                             "not shown.",
                             name, day);
    return give_seats(&s, f);
}

/* ---- the Serious Violence Duty's specified authorities -------------------------------- */

/* The specified authorities of the Serious Violence Duty (PCSC Act 2022 s11,
 * Schedule 1), as organisation kinds: the responsible authorities and youth
 * offending teams. */
static const struct {
    const char *kind, *words;
} specified[] = {
    {"local_authority", "the council"},
    {"police", "the police"},
    {"fire_and_rescue", "the fire and rescue authority"},
    {"health", "the integrated care board"},
    {"probation", "the probation provider"},
    {"youth_justice", "the youth offending team"},
};
#define NSPEC (sizeof specified / sizeof specified[0])

typedef struct svd_seats {
    csp__check_ctx *ctx;
    size_t recorded;
    int found[NSPEC];
    csp__strlist in_force;
} svd_seats;

static int svd_seat(const csp__record *m, void *arg)
{
    svd_seats *s = arg;
    s->recorded++;
    if (csp__record_in_force(m, s->ctx->as_of) != 1)
        return CSP_OK;
    int rc = push(&s->in_force, csp__record_id(m));
    const char *body = m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s ? m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s
                                                          : m->v[CSP_MEMBERSHIP_ORGANISATION].s;
    csp__standing org;
    if (rc || (rc = csp__standing_of(s->ctx, body, &org)))
        return rc;
    if (org.exists) /* in existence then */
        for (size_t k = 0; k < NSPEC; k++)
            if (strcmp(org.kind, specified[k].kind) == 0)
                s->found[k] = 1;
    return CSP_OK;
}

/* The partnership that leads the Duty for p: one that holds the duty (a
 * holding in force on the date) and is p or part of p (parent or
 * accountable_to naming it), else p itself. Its id into lead. */
typedef struct lead {
    csp__check_ctx *ctx;
    const char *p;
    char id[CSP__ID_SIZE];
} lead;

static int holding(const csp__record *h, void *arg)
{
    lead *l = arg;
    const char *holder = h->v[CSP_DUTY_HOLDING_PARTNERSHIP].s;
    if (!holder || l->id[0])
        return CSP_OK;
    const char *from = h->v[CSP_DUTY_HOLDING_START_DATE].s, *to = h->v[CSP_DUTY_HOLDING_END_DATE].s;
    char first[11], last[11];
    if (from && (csp__date_first_day(first, from), strcmp(first, l->ctx->as_of) > 0))
        return CSP_OK;
    if (to && (csp__date_last_day(last, to), strcmp(last, l->ctx->as_of) < 0))
        return CSP_OK;
    if (strcmp(holder, l->p) == 0) {
        snprintf(l->id, sizeof l->id, "%s", holder);
        return CSP_OK;
    }
    csp__record hp;
    int rc = csp__read(l->ctx->reg, &csp__entities[CSP_ENTITY_PARTNERSHIP], holder, &hp);
    if (rc)
        return rc;
    const char *parent = hp.v[CSP_PARTNERSHIP_PARENT].s, *up = hp.v[CSP_PARTNERSHIP_ACCOUNTABLE_TO].s;
    if ((parent && strcmp(parent, l->p) == 0) || (up && strcmp(up, l->p) == 0))
        snprintf(l->id, sizeof l->id, "%s", holder);
    csp__record_reset(&hp);
    return CSP_OK;
}

int csp__rule_svd_holders_represented(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    lead l = {ctx, csp__record_id(p), ""};
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_DUTY_HOLDING]);
    csp__query_eq_borrowed(&q, CSP_DUTY_HOLDING_DUTY, rule->duty);
    int rc = csp__read_each(ctx->reg, &q, holding, &l);
    csp__query_reset(&q);
    if (rc)
        return rc;
    if (!l.id[0])
        snprintf(l.id, sizeof l.id, "%s", csp__record_id(p));
    svd_seats s;
    memset(&s, 0, sizeof s);
    s.ctx = ctx;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEMBERSHIP]);
    csp__query_eq_borrowed(&q, CSP_MEMBERSHIP_PARTNERSHIP, l.id);
    rc = csp__read_each(ctx->reg, &q, svd_seat, &s);
    csp__query_reset(&q);
    char day[40], leadname[300];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp__name_of(ctx, CSP_ENTITY_PARTNERSHIP, l.id, leadname, sizeof leadname);
    int other = strcmp(l.id, csp__record_id(p)) != 0;
    char led[400];
    snprintf(led, sizeof led, "%s%s%s", leadname, other ? ", which leads the Serious Violence Duty for " : "",
             other ? p->v[CSP_PARTNERSHIP_NAME].s : "");
    csp_finding *f = NULL;
    if (rc) {
        csp__strlist_clear(&s.in_force, 1);
        return rc;
    }
    if (s.recorded == 0) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "The record lists no seats on %s, so whether the Serious Violence Duty's specified "
                             "authorities take part is not shown.",
                             led);
    } else {
        char missing[300] = "";
        size_t nmissing = 0;
        for (size_t k = 0; k < NSPEC; k++) {
            if (s.found[k])
                continue;
            nmissing++;
        }
        for (size_t k = 0, said = 0; k < NSPEC; k++) { /* "a, b and c" */
            if (s.found[k])
                continue;
            size_t len = strlen(missing);
            snprintf(missing + len, sizeof missing - len, "%s%s",
                     said == 0 ? "" : said + 1 == nmissing ? " and " : ", ", specified[k].words);
            said++;
        }
        if (nmissing)
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, NULL,
                                 "On %s %s has no seat in post for %s, which %s under the Serious Violence Duty.", day,
                                 led, missing, nmissing == 1 ? "is a specified authority" : "are specified authorities");
        else
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                                 "On %s %s has a seat in post for each kind of specified authority of the Serious "
                                 "Violence Duty, the youth offending team included.",
                                 day, led);
    }
    rc = csp__finding_evidence_copy(ctx, f, CSP_ENTITY_MEMBERSHIP, &s.in_force);
    csp__strlist_clear(&s.in_force, 1);
    return rc;
}

/* ---- seats that ended with no one after them ----------------------------------------- */

typedef struct ended {
    csp__check_ctx *ctx;
    csp__strlist ended;   /* seats that ended in the period (ids) */
    csp__strlist bodies;  /* the body each sat for */
    csp__strlist now;     /* bodies with a seat in post on the date */
} ended;

static int ended_seat(const csp__record *m, void *arg)
{
    ended *e = arg;
    const char *body = m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s ? m->v[CSP_MEMBERSHIP_ON_BEHALF_OF].s
                                                          : m->v[CSP_MEMBERSHIP_ORGANISATION].s;
    if (csp__record_in_force(m, e->ctx->as_of) == 1)
        return push(&e->now, body);
    const char *end = m->v[CSP_MEMBERSHIP_END_DATE].s;
    if (!end)
        return CSP_OK;
    char last[11];
    csp__date_last_day(last, end);
    if (strcmp(last, e->ctx->as_of) >= 0 || strcmp(last, e->ctx->since) < 0)
        return CSP_OK;
    int rc = push(&e->ended, csp__record_id(m));
    return rc ? rc : push(&e->bodies, body);
}

static int listed(const csp__strlist *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], s) == 0)
            return 1;
    return 0;
}

int csp__rule_seats_filled(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    ended e;
    memset(&e, 0, sizeof e);
    e.ctx = ctx;
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEMBERSHIP]);
    csp__query_eq_borrowed(&q, CSP_MEMBERSHIP_PARTNERSHIP, csp__record_id(p));
    int rc = csp__read_each(ctx->reg, &q, ended_seat, &e);
    csp__query_reset(&q);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40];
    csp__date_words(day, sizeof day, ctx->as_of);
    size_t open = 0;
    for (size_t i = 0; rc == CSP_OK && i < e.ended.n; i++) {
        if (listed(&e.now, e.bodies.v[i]))
            continue; /* someone sits for that body now */
        csp__record m;
        if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_MEMBERSHIP], e.ended.v[i], &m)))
            break;
        char last[11], endw[40], body[300];
        csp__date_last_day(last, m.v[CSP_MEMBERSHIP_END_DATE].s);
        csp__name_of(ctx, CSP_ENTITY_ORGANISATION, e.bodies.v[i], body, sizeof body);
        open++;
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, CSP_ENTITY_MEMBERSHIP, e.ended.v[i],
                                          NULL, "The %s seat for %s on %s ended on %s, and no seat for %s is in post on %s.",
                                          m.v[CSP_MEMBERSHIP_ROLE].s, body, name,
                                          csp__date_words(endw, sizeof endw, last), body, day);
        csp__record_reset(&m);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_MEMBERSHIP, e.ended.v[i]) : CSP_ENOMEM;
    }
    if (rc == CSP_OK && open == 0 && e.ended.n > 0) {
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                                          "Each body whose seat on %s ended in the %d months to %s has a seat in post "
                                          "again.",
                                          name, rule->months, day);
        rc = f ? CSP_OK : CSP_ENOMEM;
        for (size_t i = 0; rc == CSP_OK && i < e.ended.n; i++)
            rc = csp__finding_evidence(f, CSP_ENTITY_MEMBERSHIP, e.ended.v[i]);
    }
    csp__strlist_clear(&e.ended, 1);
    csp__strlist_clear(&e.bodies, 1);
    csp__strlist_clear(&e.now, 1);
    return rc;
}
