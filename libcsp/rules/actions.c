/* Rules of the actions family: champions, due dates, updates (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct open_actions {
    csp__check_ctx *ctx;
    const csp__rule *rule;
    const csp__record *p;
    size_t n;        /* open actions */
    size_t failing;  /* of which fail the rule */
    int rc;
} open_actions;

typedef struct raised_by {
    const char *as_of;
    int (*each)(const csp__record *, void *);
    void *arg;
} raised_by;

/* Passes on an action raised by the date (or with no date raised): one
 * raised later was not open on it. */
static int if_raised(const csp__record *a, void *arg)
{
    raised_by *r = arg;
    const char *raised = a->v[CSP_ACTION_RAISED_ON].s;
    char first[11];
    if (raised && (csp__date_first_day(first, raised), strcmp(first, r->as_of) > 0))
        return CSP_OK;
    return r->each(a, r->arg);
}

/* The actions of p open on the date (status open or in progress, raised by
 * then), in id order. */
static int each_open(csp__check_ctx *ctx, const csp__record *p, int (*each)(const csp__record *, void *), void *arg)
{
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
    csp__query_eq_borrowed(&q, CSP_ACTION_PARTNERSHIP, csp__record_id(p));
    int rc = csp__query_action_open(&q);
    raised_by r = {ctx->as_of, each, arg};
    if (rc == CSP_OK)
        rc = csp__read_each(ctx->reg, &q, if_raised, &r);
    csp__query_reset(&q);
    return rc;
}

/* The summary when no open action fails: met, naming how many there are. */
static int all_well(open_actions *o, const char *what)
{
    if (o->n == 0 || o->failing > 0)
        return CSP_OK; /* nothing open: nothing to say; failures said one by one */
    char day[40];
    csp__date_words(day, sizeof day, o->ctx->as_of);
    csp_finding *f = csp__finding_add(o->ctx, o->rule, o->p, CSP_RESULT_MET, -1, NULL, NULL,
                                      "Each of the %zu open action%s of %s %s on %s.", o->n, o->n == 1 ? "" : "s",
                                      o->p->v[CSP_PARTNERSHIP_NAME].s, what, day);
    return f ? CSP_OK : CSP_ENOMEM;
}

/* ---- a champion from a responsible authority ---- */

static int championed(const csp__record *a, void *arg)
{
    open_actions *o = arg;
    o->n++;
    const char *seat = a->v[CSP_ACTION_CHAMPION].s, *title = a->v[CSP_ACTION_TITLE].s;
    char why[400] = "";
    if (!seat) {
        snprintf(why, sizeof why, "no champion is named");
    } else {
        csp__record m, org;
        int rc = csp__read(o->ctx->reg, &csp__entities[CSP_ENTITY_MEMBERSHIP], seat, &m);
        if (rc)
            return rc;
        const char *body = m.v[CSP_MEMBERSHIP_ON_BEHALF_OF].s ? m.v[CSP_MEMBERSHIP_ON_BEHALF_OF].s
                                                              : m.v[CSP_MEMBERSHIP_ORGANISATION].s;
        if (csp__record_in_force(&m, o->ctx->as_of) != 1) {
            snprintf(why, sizeof why, "its champion's seat (%s) is not in post", seat);
        } else if ((rc = csp__read(o->ctx->reg, &csp__entities[CSP_ENTITY_ORGANISATION], body, &org)) == CSP_OK) {
            if (!csp__is_authority_on(&org, o->ctx->as_of))
                snprintf(why, sizeof why, "its champion sits for %s, not a responsible authority then",
                         org.v[CSP_ORGANISATION_NAME].s);
            csp__record_reset(&org);
        }
        csp__record_reset(&m);
        if (rc)
            return rc;
    }
    if (!why[0])
        return CSP_OK;
    o->failing++;
    char day[40];
    csp__date_words(day, sizeof day, o->ctx->as_of);
    csp_finding *f = csp__finding_add(o->ctx, o->rule, o->p, CSP_RESULT_NOT_MET, CSP_ENTITY_ACTION, csp__record_id(a),
                                      NULL, "The action \"%s\" is open on %s, but %s.", title, day, why);
    int rc = f ? csp__finding_evidence(f, CSP_ENTITY_ACTION, csp__record_id(a)) : CSP_ENOMEM;
    if (rc == CSP_OK && seat)
        rc = csp__finding_evidence(f, CSP_ENTITY_MEMBERSHIP, seat);
    return rc;
}

int csp__rule_actions_championed(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    open_actions o = {ctx, rule, p, 0, 0, 0};
    int rc = each_open(ctx, p, championed, &o);
    return rc ? rc : all_well(&o, "has a champion from a responsible authority");
}

/* ---- on time ---- */

static int on_time(const csp__record *a, void *arg)
{
    open_actions *o = arg;
    o->n++;
    const char *due = a->v[CSP_ACTION_DUE_ON].s;
    char last[11], duew[40], day[40];
    if (!due)
        return CSP_OK;
    csp__date_last_day(last, due);
    if (strcmp(last, o->ctx->as_of) >= 0)
        return CSP_OK;
    o->failing++;
    csp_finding *f = csp__finding_add(o->ctx, o->rule, o->p, CSP_RESULT_NOT_MET, CSP_ENTITY_ACTION, csp__record_id(a),
                                      last, "The action \"%s\" was due by %s and is still %s on %s.",
                                      a->v[CSP_ACTION_TITLE].s, csp__date_words(duew, sizeof duew, last),
                                      strcmp(a->v[CSP_ACTION_STATUS].s, "open") == 0 ? "open" : "in progress",
                                      csp__date_words(day, sizeof day, o->ctx->as_of));
    return f ? csp__finding_evidence(f, CSP_ENTITY_ACTION, csp__record_id(a)) : CSP_ENOMEM;
}

int csp__rule_actions_on_time(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    open_actions o = {ctx, rule, p, 0, 0, 0};
    int rc = each_open(ctx, p, on_time, &o);
    return rc ? rc : all_well(&o, "is within its due date");
}

/* ---- updated since the last meeting ---- */

static int count_open(const csp__record *a, void *arg)
{
    (void)a;
    ((open_actions *)arg)->n++;
    return CSP_OK;
}

int csp__rule_actions_updated(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    open_actions o = {ctx, rule, p, 0, 0, 0};
    int rc = each_open(ctx, p, count_open, &o);
    if (rc || o.n == 0)
        return rc;
    char *meeting = NULL;
    csp_id_list *stale = NULL;
    if ((rc = csp_partnership_last_meeting(&meeting, ctx->reg, csp__record_id(p), ctx->as_of)))
        return rc;
    if (!meeting)
        return CSP_OK; /* no meeting held yet: no update is owed */
    char when[40], t[300];
    csp__record m;
    if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_MEETING], meeting, &m)) == CSP_OK) {
        csp__date_words(when, sizeof when, m.v[CSP_MEETING_DATE].s);
        csp__record_reset(&m);
        rc = csp_actions_without_update(&stale, ctx->reg, csp__record_id(p), ctx->as_of);
    }
    for (size_t i = 0; rc == CSP_OK && i < csp_id_list_count(stale); i++) {
        const char *id = csp_id_list_get(stale, i);
        o.failing++;
        csp__name_of(ctx, CSP_ENTITY_ACTION, id, t, sizeof t);
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, CSP_ENTITY_ACTION, id, NULL,
                                          "The action \"%s\" has had no progress update since the meeting of %s.", t,
                                          when);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_ACTION, id) : CSP_ENOMEM;
        if (rc == CSP_OK)
            rc = csp__finding_evidence(f, CSP_ENTITY_MEETING, meeting);
    }
    csp_id_list_free(stale);
    free(meeting);
    return rc ? rc : all_well(&o, "has had an update since the last meeting, or was raised at or after it,");
}
