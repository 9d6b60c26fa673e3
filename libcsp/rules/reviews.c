/* Rules of the reviews family: domestic homicide review milestones (docs/rules.md).
 * Their timescales are unverified: the rules are off unless turned on. */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <string.h>

typedef struct milestones {
    csp__check_ctx *ctx;
    const csp__rule *rule;
    const csp__record *p;
    int from, to;        /* the fields: the milestone that starts the clock, the one it waits for */
    const char *waiting; /* "a decision", "its submission" */
    const char *skip_decision; /* reviews with this decision wait for nothing (not_hold: no submission) */
    size_t n, late;
} milestones;

static int milestone(const csp__record *r, void *arg)
{
    milestones *m = arg;
    const char *start = r->v[m->from].s, *done = r->v[m->to].s;
    const char *decision = r->v[CSP_HOMICIDE_REVIEW_DECISION].s;
    char first[11], last[11], due[11], day[40], duew[40], donew[40];
    if (!start || (m->skip_decision && decision && strcmp(decision, m->skip_decision) == 0))
        return CSP_OK;
    csp__date_first_day(first, start);
    if (strcmp(first, m->ctx->as_of) > 0)
        return CSP_OK;
    m->n++;
    csp__date_last_day(last, start);
    csp__date_add_months(due, last, m->rule->months);
    csp__date_words(duew, sizeof duew, due);
    csp__date_words(day, sizeof day, m->ctx->as_of);
    const char *ref = r->v[CSP_HOMICIDE_REVIEW_REFERENCE].s;
    csp_finding *f = NULL;
    if (done) {
        char done_first[11];
        csp__date_first_day(done_first, done);
        if (strcmp(done_first, due) <= 0 || strcmp(done_first, m->ctx->as_of) > 0)
            return CSP_OK;
        m->late++;
        f = csp__finding_add(m->ctx, m->rule, m->p, CSP_RESULT_NOT_MET, CSP_ENTITY_HOMICIDE_REVIEW, csp__record_id(r),
                             due, "Review %s: %s came on %s, after %s.", ref, m->waiting,
                             csp__date_words(donew, sizeof donew, done), duew);
    } else if (strcmp(due, m->ctx->as_of) < 0) {
        m->late++;
        f = csp__finding_add(m->ctx, m->rule, m->p, CSP_RESULT_NOT_MET, CSP_ENTITY_HOMICIDE_REVIEW, csp__record_id(r),
                             due, "Review %s: %s was due by %s and is not on record on %s.", ref, m->waiting, duew,
                             day);
    } else {
        return CSP_OK;
    }
    return f ? csp__finding_evidence(f, CSP_ENTITY_HOMICIDE_REVIEW, csp__record_id(r)) : CSP_ENOMEM;
}

static int check_milestone(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p, int from, int to,
                           const char *waiting, const char *skip_decision, const char *met)
{
    milestones m = {ctx, rule, p, from, to, waiting, skip_decision, 0, 0};
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_HOMICIDE_REVIEW]);
    csp__query_eq_borrowed(&q, CSP_HOMICIDE_REVIEW_PARTNERSHIP, csp__record_id(p));
    int rc = csp__read_each(ctx->reg, &q, milestone, &m);
    csp__query_reset(&q);
    if (rc == CSP_OK && m.n > 0 && m.late == 0) {
        char day[40];
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL, "Each of the %zu review%s of %s %s on %s.", m.n,
                                          m.n == 1 ? "" : "s", p->v[CSP_PARTNERSHIP_NAME].s, met,
                                          csp__date_words(day, sizeof day, ctx->as_of));
        rc = f ? CSP_OK : CSP_ENOMEM;
    }
    return rc;
}

int csp__rule_review_decided_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    return check_milestone(ctx, rule, p, CSP_HOMICIDE_REVIEW_NOTIFIED_ON, CSP_HOMICIDE_REVIEW_DECIDED_ON,
                           "the decision whether to hold it", NULL, "notified was decided on in time, or is not yet due");
}

int csp__rule_review_submitted_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    return check_milestone(ctx, rule, p, CSP_HOMICIDE_REVIEW_COMMISSIONED_ON, CSP_HOMICIDE_REVIEW_SUBMITTED_ON,
                           "its submission to the Home Office", "not_hold",
                           "commissioned was submitted in time, or is not yet due");
}
