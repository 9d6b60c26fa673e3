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
    csp__record org;
    if ((rc = csp__read(s->ctx->reg, &csp__entities[CSP_ENTITY_ORGANISATION], body, &org)))
        return rc;
    if (csp__is_authority_on(&org, s->ctx->as_of))
        for (size_t k = 0; k < NAUTH; k++)
            if (strcmp(org.v[CSP_ORGANISATION_KIND].s, authorities[k].kind) == 0)
                s->found[k] = 1;
    csp__record_reset(&org);
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
    int rc = f ? CSP_OK : CSP_ENOMEM;
    for (size_t i = 0; rc == CSP_OK && i < s->in_force.n; i++)
        rc = csp__finding_evidence(f, CSP_ENTITY_MEMBERSHIP, s->in_force.v[i]);
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
