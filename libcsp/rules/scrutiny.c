/* Rules of the scrutiny family: the crime and disorder committee's reviews (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct reviews {
    csp__check_ctx *ctx;
    size_t seen;       /* reviews of the partnership not after the date */
    char latest[CSP__ID_SIZE];  /* the latest of them */
    char last[11];     /* its date */
    csp__strlist ids;  /* all of them, by date */
} reviews;

static int review(const csp__record *r, void *arg)
{
    reviews *s = arg;
    char first[11], last[11];
    const char *date = r->v[CSP_SCRUTINY_REVIEW_DATE].s;
    csp__date_first_day(first, date);
    if (strcmp(first, s->ctx->as_of) > 0)
        return CSP_OK;
    s->seen++;
    csp__date_last_day(last, date);
    if (!s->latest[0] || strcmp(last, s->last) >= 0) {
        snprintf(s->latest, sizeof s->latest, "%s", csp__record_id(r));
        snprintf(s->last, sizeof s->last, "%s", last);
    }
    char *id = csp__strdup(csp__record_id(r));
    if (!id || csp__strlist_push(&s->ids, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

static int read_reviews(csp__check_ctx *ctx, const csp__record *p, reviews *s)
{
    memset(s, 0, sizeof *s);
    s->ctx = ctx;
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_SCRUTINY_REVIEW]);
    csp__query_eq_borrowed(&q, CSP_SCRUTINY_REVIEW_SCRUTINISED, csp__record_id(p));
    int rc = csp_query_order(&q, CSP_SCRUTINY_REVIEW_DATE, 0);
    if (rc == CSP_OK)
        rc = csp__read_each(ctx->reg, &q, review, s);
    csp__query_reset(&q);
    return rc;
}

/* The committee provisions commenced on 1 October 2009 in Wales (30 April
 * 2009 in England: the rule's own start). */
#define WALES_FROM "2009-10-01"

int csp__rule_scrutinised_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    if (csp__in_wales(p) && strcmp(ctx->as_of, WALES_FROM) < 0)
        return CSP_OK;
    reviews s;
    int rc = read_reviews(ctx, p, &s);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s, *by = p->v[CSP_PARTNERSHIP_SCRUTINISED_BY].s;
    char day[40], when[40], due[11], duew[40], committee[300] = "the crime and disorder committee";
    csp__date_words(day, sizeof day, ctx->as_of);
    if (by)
        csp__name_of(ctx, CSP_ENTITY_PARTNERSHIP, by, committee, sizeof committee);
    csp_finding *f = NULL;
    if (rc == CSP_OK && s.seen == 0) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "No review of %s by %s is on record%s, so whether one was held in the %d months to %s "
                             "is not shown.",
                             name, committee, by ? "" : " (nor which committee scrutinises it)", rule->months, day);
    } else if (rc == CSP_OK) {
        csp__date_add_months(due, s.last, rule->months);
        csp__date_words(duew, sizeof duew, due);
        csp__date_words(when, sizeof when, s.last);
        if (strcmp(s.last, ctx->since) >= 0)
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, due,
                                 "%s was last scrutinised on %s, within the %d months to %s; the next review is due "
                                 "by %s.",
                                 name, when, rule->months, day, duew);
        else
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, due,
                                 "%s was last scrutinised on %s, more than %d months before %s: a review was due by "
                                 "%s.",
                                 name, when, rule->months, day, duew);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_SCRUTINY_REVIEW, s.latest) : CSP_ENOMEM;
    }
    if (rc == CSP_OK && by && f)
        rc = csp__finding_evidence(f, CSP_ENTITY_PARTNERSHIP, by);
    csp__strlist_clear(&s.ids, 1);
    return rc;
}

/* ---- recommendations answered ---- */

/* The period for a response the rule assumes: unverified (docs/rules.md). */
#define ANSWER_DAYS 28

typedef struct answers {
    csp__check_ctx *ctx;
    const csp__rule *rule;
    const csp__record *p;
    const char *due;      /* the review's date plus the period */
    size_t n, unanswered;
} answers;

static int recommendation(const csp__record *r, void *arg)
{
    answers *a = arg;
    a->n++;
    if (r->v[CSP_RECOMMENDATION_RESPONSE].s || strcmp(a->due, a->ctx->as_of) >= 0)
        return CSP_OK;
    a->unanswered++;
    char duew[40];
    csp_finding *f = csp__finding_add(a->ctx, a->rule, a->p, CSP_RESULT_NOT_MET, CSP_ENTITY_RECOMMENDATION,
                                      csp__record_id(r), a->due,
                                      "Recommendation %lld of the review \"%s\" has no response on record; one was "
                                      "due by %s.",
                                      r->v[CSP_RECOMMENDATION_POSITION].i, r->v[CSP_RECOMMENDATION_SCRUTINY_REVIEW].s,
                                      csp__date_words(duew, sizeof duew, a->due));
    return f ? csp__finding_evidence(f, CSP_ENTITY_RECOMMENDATION, csp__record_id(r)) : CSP_ENOMEM;
}

int csp__rule_recommendations_answered(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    if (csp__in_wales(p) && strcmp(ctx->as_of, WALES_FROM) < 0)
        return CSP_OK;
    reviews s;
    int rc = read_reviews(ctx, p, &s);
    answers a = {ctx, rule, p, NULL, 0, 0};
    for (size_t i = 0; rc == CSP_OK && i < s.ids.n; i++) {
        csp__record r;
        char due[11], last[11];
        if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_SCRUTINY_REVIEW], s.ids.v[i], &r)))
            break;
        csp__date_last_day(last, r.v[CSP_SCRUTINY_REVIEW_DATE].s);
        csp__record_reset(&r);
        csp__date_add_days(due, last, ANSWER_DAYS);
        a.due = due;
        csp__query q;
        csp__query_init(&q, &csp__entities[CSP_ENTITY_RECOMMENDATION]);
        csp__query_eq_borrowed(&q, CSP_RECOMMENDATION_SCRUTINY_REVIEW, s.ids.v[i]);
        rc = csp__read_each(ctx->reg, &q, recommendation, &a);
        csp__query_reset(&q);
        a.due = NULL;
    }
    if (rc == CSP_OK && a.n > 0 && a.unanswered == 0) {
        char day[40];
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                                          "Each of the %zu scrutiny recommendation%s to %s due an answer by %s has one "
                                          "on record.",
                                          a.n, a.n == 1 ? "" : "s", p->v[CSP_PARTNERSHIP_NAME].s,
                                          csp__date_words(day, sizeof day, ctx->as_of));
        rc = f ? CSP_OK : CSP_ENOMEM;
    }
    csp__strlist_clear(&s.ids, 1);
    return rc;
}
