/* Rules of the meetings family: the promised cadence kept, meetings quorate (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct held {
    csp__check_ctx *ctx;
    size_t recorded;     /* meetings on record, of any status and date */
    csp__strlist ids;    /* those held in the rule's period, in date order */
    csp__strlist dates;  /* their dates, beside them while they are sorted */
} held;

/* A meeting (id, date, status), read by a scan: checked before use. */
static int meeting(const char *const *v, void *arg)
{
    held *h = arg;
    const csp__entity *e = &csp__entities[CSP_ENTITY_MEETING];
    static const int fields[] = {CSP_MEETING_ID, CSP_MEETING_DATE, CSP_MEETING_STATUS};
    h->recorded++;
    for (int k = 0; k < 3; k++) {
        int rc = v[k] ? csp__field_check_text(&e->fields[fields[k]], v[k], e->fields[fields[k]].name)
                      : csp__fail(CSP_EREQUIRED, "no %s", e->fields[fields[k]].name);
        if (rc)
            return csp__fail(CSP_ECORRUPT, "the register is damaged: meeting \"%.128s\": %s (run cspctl verify)",
                             v[0] ? v[0] : "?", csp_error_last()->message);
    }
    if (strcmp(v[2], "held") != 0 || !csp__within(h->ctx, v[1]))
        return CSP_OK;
    char *id = csp__strdup(v[0]), *date = csp__strdup(v[1]);
    if (!id || !date || csp__strlist_push(&h->ids, id)) {
        free(id);
        free(date);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    if (csp__strlist_push(&h->dates, date)) {
        free(date);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

static int by_date_then_id(const void *a, const void *b)
{
    const char *const *x = a, *const *y = b; /* (date, id) pairs */
    int c = strcmp(x[0], y[0]);
    return c ? c : strcmp(x[1], y[1]);
}

/* The partnership's meetings held in the rule's period, in date order (then id). */
static int load_held(csp__check_ctx *ctx, const csp__record *p, held *h)
{
    memset(h, 0, sizeof *h);
    h->ctx = ctx;
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEETING]);
    csp__query_eq_borrowed(&q, CSP_MEETING_PARTNERSHIP, csp__record_id(p));
    static const int fields[] = {CSP_MEETING_ID, CSP_MEETING_DATE, CSP_MEETING_STATUS};
    int rc = csp__scan(ctx->reg, &q, fields, 3, meeting, h);
    csp__query_reset(&q);
    size_t n = h->ids.n;
    char **pairs = rc == CSP_OK && n > 1 ? malloc(2 * n * sizeof *pairs) : NULL;
    if (rc == CSP_OK && n > 1 && !pairs)
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (pairs) {
        for (size_t i = 0; i < n; i++) {
            pairs[2 * i] = h->dates.v[i];
            pairs[2 * i + 1] = h->ids.v[i];
        }
        qsort(pairs, n, 2 * sizeof *pairs, by_date_then_id);
        for (size_t i = 0; i < n; i++) {
            h->dates.v[i] = pairs[2 * i];
            h->ids.v[i] = pairs[2 * i + 1];
        }
        free(pairs);
    }
    csp__strlist_clear(&h->dates, 1);
    if (rc)
        csp__strlist_clear(&h->ids, 1);
    return rc;
}

/* The meetings held, kept for the next rule of the same partnership and
 * period (the cadence and quoracy rules read the same). */
struct csp__held_cache {
    char partnership[130];
    char since[11];
    held h;
};

void csp__held_free(struct csp__held_cache *c)
{
    if (!c)
        return;
    csp__strlist_clear(&c->h.ids, 1);
    free(c);
}

/* p's meetings held in the rule's period, borrowed from the check's context. */
static int read_held(csp__check_ctx *ctx, const csp__record *p, const held **out)
{
    struct csp__held_cache *c = ctx->held;
    if (c && strcmp(c->partnership, csp__record_id(p)) == 0 && strcmp(c->since, ctx->since) == 0) {
        *out = &c->h;
        return CSP_OK;
    }
    csp__held_free(c);
    ctx->held = NULL;
    if (!(c = calloc(1, sizeof *c)))
        return csp__fail(CSP_ENOMEM, "out of memory");
    int rc = load_held(ctx, p, &c->h);
    if (rc) {
        free(c);
        return rc;
    }
    snprintf(c->partnership, sizeof c->partnership, "%s", csp__record_id(p));
    snprintf(c->since, sizeof c->since, "%s", ctx->since);
    ctx->held = c;
    *out = &c->h;
    return CSP_OK;
}

/* ---- attendance: every meeting's, read once per check ---- */

typedef struct attendance_entry {
    char *meeting;
    size_t records, present;
} attendance_entry;

struct csp__attendance_map {
    attendance_entry *v;
    size_t n, cap;
};

static int attendance_cmp(const void *a, const void *b)
{
    return strcmp(((const attendance_entry *)a)->meeting, ((const attendance_entry *)b)->meeting);
}

static int add_attendance(const char *const *v, void *arg)
{
    struct csp__attendance_map *m = arg;
    const csp__entity *e = &csp__entities[CSP_ENTITY_ATTENDANCE];
    int rc = !v[0] || !v[1] ? csp__fail(CSP_EREQUIRED, "no meeting or status")
                            : csp__field_check_text(&e->fields[CSP_ATTENDANCE_STATUS], v[1], "status");
    if (rc)
        return csp__fail(CSP_ECORRUPT, "the register is damaged: an attendance at meeting \"%.128s\": %s (run cspctl "
                                       "verify)",
                         v[0] ? v[0] : "?", csp_error_last()->message);
    if (csp__reserve(&m->v, &m->cap, m->n + 1, sizeof *m->v))
        return CSP_ENOMEM;
    attendance_entry *a = &m->v[m->n];
    if (!(a->meeting = csp__strdup(v[0])))
        return csp__fail(CSP_ENOMEM, "out of memory");
    a->records = 1;
    a->present = strcmp(v[1], "present") == 0;
    m->n++;
    return CSP_OK;
}

void csp__attendance_free(struct csp__attendance_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        free(m->v[i].meeting);
    free(m->v);
    free(m);
}

/* Every meeting's attendance, counted: read on the first rule that asks. */
static int attendance_of(csp__check_ctx *ctx, struct csp__attendance_map **out)
{
    if (!ctx->attendance) {
        struct csp__attendance_map *m = calloc(1, sizeof *m);
        if (!m)
            return csp__fail(CSP_ENOMEM, "out of memory");
        csp__query q;
        csp__query_init(&q, &csp__entities[CSP_ENTITY_ATTENDANCE]);
        static const int fields[] = {CSP_ATTENDANCE_MEETING, CSP_ATTENDANCE_STATUS};
        int rc = csp__scan(ctx->reg, &q, fields, 2, add_attendance, m);
        if (rc) {
            csp__attendance_free(m);
            return rc;
        }
        if (m->n > 1)
            qsort(m->v, m->n, sizeof *m->v, attendance_cmp);
        size_t kept = 0; /* one entry per meeting, its counts summed */
        for (size_t i = 0; i < m->n; i++) {
            if (kept && strcmp(m->v[kept - 1].meeting, m->v[i].meeting) == 0) {
                m->v[kept - 1].records += m->v[i].records;
                m->v[kept - 1].present += m->v[i].present;
                free(m->v[i].meeting);
                continue;
            }
            m->v[kept++] = m->v[i];
        }
        m->n = kept;
        ctx->attendance = m;
    }
    *out = ctx->attendance;
    return CSP_OK;
}

static const attendance_entry *attendance_at(const struct csp__attendance_map *m, const char *meeting)
{
    attendance_entry key = {(char *)(uintptr_t)meeting, 0, 0};
    return m->n ? bsearch(&key, m->v, m->n, sizeof *m->v, attendance_cmp) : NULL;
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
    const held *h = NULL;
    int rc = read_held(ctx, p, &h);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f = NULL;
    if (rc == CSP_OK && h->recorded == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "%s says it meets %lld times a year, but no meeting of it is on record, so whether it "
                             "did in the %d months to %s is not shown.",
                             name, promised, rule->months, day);
    else if (rc == CSP_OK && (long long)h->ids.n >= promised)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s; it says it meets %lld times a year.", name,
                             h->ids.n, h->ids.n == 1 ? "" : "s", rule->months, day, promised);
    else if (rc == CSP_OK)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s, fewer than the %lld a year it says it "
                             "holds.",
                             name, h->ids.n, h->ids.n == 1 ? "" : "s", rule->months, day, promised);
    if (rc == CSP_OK)
        rc = give(f, &h->ids);
    return rc;
}

int csp__rule_meetings_quorate(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    const held *h = NULL;
    int rc = read_held(ctx, p, &h);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], t[300], when[40];
    size_t known = 0, short_of = 0;
    csp__date_words(day, sizeof day, ctx->as_of);
    struct csp__attendance_map *att = NULL;
    long long quorum = p->v[CSP_PARTNERSHIP_QUORUM].i;
    if (rc == CSP_OK && quorum > 0 && h->ids.n > 0)
        rc = attendance_of(ctx, &att);
    for (size_t i = 0; rc == CSP_OK && att && i < h->ids.n; i++) {
        const attendance_entry *a = attendance_at(att, h->ids.v[i]);
        size_t present = a ? a->present : 0;
        int quorate = csp__quorate(quorum, a ? a->records : 0, present);
        if (quorate < 0)
            continue;
        known++;
        if (quorate)
            continue;
        short_of++;
        csp__record m;
        if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_MEETING], h->ids.v[i], &m)))
            break;
        csp__date_words(when, sizeof when, m.v[CSP_MEETING_DATE].s);
        snprintf(t, sizeof t, "%s", m.v[CSP_MEETING_TITLE].s ? m.v[CSP_MEETING_TITLE].s : "");
        csp__record_reset(&m);
        csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, CSP_ENTITY_MEETING, h->ids.v[i], NULL,
                                          "The meeting of %s on %s%s%s%s was not quorate: %zu seat%s present, fewer "
                                          "than its quorum of %lld.",
                                          name, when, t[0] ? " (" : "", t, t[0] ? ")" : "", present,
                                          present == 1 ? "" : "s", p->v[CSP_PARTNERSHIP_QUORUM].i);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_MEETING, h->ids.v[i]) : CSP_ENOMEM;
    }
    csp_finding *f = NULL;
    if (rc == CSP_OK && h->ids.n > 0 && known == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "%s held %zu meeting%s in the %d months to %s, but %s, so whether they were quorate is "
                             "not shown.",
                             name, h->ids.n, h->ids.n == 1 ? "" : "s", rule->months, day,
                             p->v[CSP_PARTNERSHIP_QUORUM].i ? "no attendance of them is on record"
                                                            : "no quorum is on record");
    else if (rc == CSP_OK && known > 0 && short_of == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "Each of the %zu meeting%s of %s in the %d months to %s with its attendance on record "
                             "was quorate.",
                             known, known == 1 ? "" : "s", name, rule->months, day);
    if (f)
        rc = give(f, &h->ids);
    return rc;
}
