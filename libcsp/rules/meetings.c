/* Rules of the meetings family: the promised cadence kept, meetings quorate (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct held {
    csp__check_ctx *ctx;
    size_t recorded;     /* meetings on record, of any status and date */
    csp__strlist ids;    /* those held in the rule's period, in date order */
} held;

static int meeting(const csp__record *m, void *arg)
{
    held *h = arg;
    h->recorded++;
    if (strcmp(m->v[CSP_MEETING_STATUS].s, "held") != 0 || !csp__within(h->ctx, m->v[CSP_MEETING_DATE].s))
        return CSP_OK;
    char *id = csp__strdup(csp__record_id(m));
    if (!id || csp__strlist_push(&h->ids, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

/* The partnership's meetings held in the rule's period. */
static int read_held(csp__check_ctx *ctx, const csp__record *p, held *h)
{
    memset(h, 0, sizeof *h);
    h->ctx = ctx;
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEETING]);
    csp__query_eq_borrowed(&q, CSP_MEETING_PARTNERSHIP, csp__record_id(p));
    int rc = csp_query_order(&q, CSP_MEETING_DATE, 0);
    if (rc == CSP_OK)
        rc = csp__read_each(ctx->reg, &q, meeting, h);
    csp__query_reset(&q);
    return rc;
}

static int give(csp_finding *f, const csp__strlist *ids)
{
    int rc = f ? CSP_OK : CSP_ENOMEM;
    for (size_t i = 0; rc == CSP_OK && i < ids->n; i++)
        rc = csp__finding_evidence(f, CSP_ENTITY_MEETING, ids->v[i]);
    return rc;
}

int csp__rule_cadence_kept(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    long long promised = p->v[CSP_PARTNERSHIP_MEETINGS_PER_YEAR].i;
    if (promised <= 0)
        return CSP_OK; /* no cadence promised: nothing to keep */
    held h;
    int rc = read_held(ctx, p, &h);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f = NULL;
    if (rc == CSP_OK && h.recorded == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "%s says it meets %lld times a year, but no meeting of it is on record, so whether it "
                             "did in the %d months to %s is not shown.",
                             name, promised, rule->months, day);
    else if (rc == CSP_OK && (long long)h.ids.n >= promised)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s; it says it meets %lld times a year.", name,
                             h.ids.n, h.ids.n == 1 ? "" : "s", rule->months, day, promised);
    else if (rc == CSP_OK)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s, fewer than the %lld a year it says it "
                             "holds.",
                             name, h.ids.n, h.ids.n == 1 ? "" : "s", rule->months, day, promised);
    if (rc == CSP_OK)
        rc = give(f, &h.ids);
    csp__strlist_clear(&h.ids, 1);
    return rc;
}

int csp__rule_meetings_quorate(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    held h;
    int rc = read_held(ctx, p, &h);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], t[300], when[40];
    size_t known = 0, short_of = 0;
    csp__date_words(day, sizeof day, ctx->as_of);
    for (size_t i = 0; rc == CSP_OK && i < h.ids.n; i++) {
        int quorate = -1;
        size_t present = 0;
        if ((rc = csp_meeting_quorate(&quorate, &present, ctx->reg, h.ids.v[i])))
            break;
        if (quorate < 0)
            continue;
        known++;
        if (quorate)
            continue;
        short_of++;
        csp__record m;
        if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_MEETING], h.ids.v[i], &m)))
            break;
        csp__date_words(when, sizeof when, m.v[CSP_MEETING_DATE].s);
        snprintf(t, sizeof t, "%s", m.v[CSP_MEETING_TITLE].s ? m.v[CSP_MEETING_TITLE].s : "");
        csp__record_reset(&m);
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, CSP_ENTITY_MEETING, h.ids.v[i], NULL,
                                          "The meeting of %s on %s%s%s%s was not quorate: %zu seat%s present, fewer "
                                          "than its quorum of %lld.",
                                          name, when, t[0] ? " (" : "", t, t[0] ? ")" : "", present,
                                          present == 1 ? "" : "s", p->v[CSP_PARTNERSHIP_QUORUM].i);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_MEETING, h.ids.v[i]) : CSP_ENOMEM;
    }
    csp_finding *f = NULL;
    if (rc == CSP_OK && h.ids.n > 0 && known == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s, but %s, so whether they were quorate is "
                             "not shown.",
                             name, h.ids.n, h.ids.n == 1 ? "" : "s", rule->months, day,
                             p->v[CSP_PARTNERSHIP_QUORUM].i ? "no attendance of them is on record"
                                                            : "no quorum is on record");
    else if (rc == CSP_OK && known > 0 && short_of == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "Each of the %zu meeting%s of %s in the %d months to %s with its attendance on record "
                             "was quorate.",
                             known, known == 1 ? "" : "s", name, rule->months, day);
    if (f)
        rc = give(f, &h.ids);
    csp__strlist_clear(&h.ids, 1);
    return rc;
}
