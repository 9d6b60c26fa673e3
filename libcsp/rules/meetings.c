/* Rules of the meetings family: the promised cadence kept, meetings quorate (docs/rules.md). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the partnerships' meetings, read once per check ---- */

typedef struct held_meeting {
    char *id; /* in the map's pool */
    char date[11];
} held_meeting;

typedef struct partnership_meetings {
    size_t recorded; /* meetings on record, of any status and date */
    held_meeting *v; /* those held by the date checked, in date order (then id) */
    size_t n, cap;
} partnership_meetings;

/* The meetings of every partnership checked: for a whole register, read in
 * one pass over the table; for one partnership, its own. */
struct csp__meeting_map {
    csp__idset index; /* partnership id -> its place in p (its copies of the ids in pool) */
    csp__pool pool;   /* the partnerships' and the meetings' ids */
    partnership_meetings *p;
    size_t n, cap;
    const char *as_of;
};

void csp__meetings_free(struct csp__meeting_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        free(m->p[i].v);
    free(m->p);
    csp__pool_free(&m->pool);
    csp__idset_clear(&m->index);
    free(m);
}

/* A meeting (id, partnership, date, status), read by a scan: checked before use. */
static int add_meeting(const char *const *v, void *arg)
{
    struct csp__meeting_map *m = arg;
    const csp__entity *e = &csp__entities[CSP_ENTITY_MEETING];
    static const int fields[] = {CSP_MEETING_ID, CSP_MEETING_PARTNERSHIP, CSP_MEETING_DATE, CSP_MEETING_STATUS};
    for (int k = 0; k < 4; k++) {
        int rc = v[k] ? csp__field_check_text(&e->fields[fields[k]], v[k], e->fields[fields[k]].name)
                      : csp__fail(CSP_EREQUIRED, "no %s", e->fields[fields[k]].name);
        if (rc)
            return csp__fail(CSP_ECORRUPT, "the register is damaged: meeting \"%.128s\": %s (run cspctl verify)",
                             v[0] ? v[0] : "?", csp_error_last()->message);
    }
    size_t at;
    if (!csp__idset_get(&m->index, CSP_ENTITY_PARTNERSHIP, v[1], &at)) {
        if (csp__reserve(&m->p, &m->cap, m->n + 1, sizeof *m->p) ||
            csp__idset_put(&m->index, CSP_ENTITY_PARTNERSHIP, v[1], m->n) < 0)
            return csp__fail(CSP_ENOMEM, "out of memory");
        memset(&m->p[m->n], 0, sizeof *m->p);
        at = m->n++;
    }
    partnership_meetings *pm = &m->p[at];
    pm->recorded++;
    char first[11];
    csp__date_first_day(first, v[2]);
    if (strcmp(v[3], "held") != 0 || strcmp(first, m->as_of) > 0)
        return CSP_OK;
    if (csp__reserve(&pm->v, &pm->cap, pm->n + 1, sizeof *pm->v) ||
        !(pm->v[pm->n].id = csp__pool_strdup(&m->pool, v[0])))
        return csp__fail(CSP_ENOMEM, "out of memory");
    memcpy(pm->v[pm->n++].date, v[2], strlen(v[2]) + 1); /* a valid date: at most 10 characters */
    return CSP_OK;
}

static int held_meeting_cmp(const void *a, const void *b)
{
    const held_meeting *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c ? c : strcmp(x->id, y->id);
}

/* Partnership p's meetings (NULL when it has none), read on the first rule
 * that asks. */
static int meetings_of(csp__check_ctx *ctx, const char *p, const partnership_meetings **out)
{
    if (!ctx->meetings) {
        struct csp__meeting_map *m = calloc(1, sizeof *m);
        if (!m)
            return csp__fail(CSP_ENOMEM, "out of memory");
        m->index.owns = 1;
        m->index.pool = &m->pool;
        m->as_of = ctx->as_of;
        csp__query q;
        csp__query_init(&q, &csp__entities[CSP_ENTITY_MEETING]);
        if (!ctx->whole)
            csp__query_eq_borrowed(&q, CSP_MEETING_PARTNERSHIP, p);
        static const int fields[] = {CSP_MEETING_ID, CSP_MEETING_PARTNERSHIP, CSP_MEETING_DATE, CSP_MEETING_STATUS};
        int rc = csp__scan(ctx->reg, &q, fields, 4, add_meeting, m);
        csp__query_reset(&q);
        if (rc) {
            csp__meetings_free(m);
            return rc;
        }
        for (size_t i = 0; i < m->n; i++)
            if (m->p[i].n > 1)
                qsort(m->p[i].v, m->p[i].n, sizeof *m->p[i].v, held_meeting_cmp);
        ctx->meetings = m;
    }
    size_t at;
    *out = csp__idset_get(&ctx->meetings->index, CSP_ENTITY_PARTNERSHIP, p, &at) ? &ctx->meetings->p[at] : NULL;
    return CSP_OK;
}

int csp__last_held(csp__check_ctx *ctx, const char *p, char id[CSP__ID_SIZE], char date[11])
{
    const partnership_meetings *pm = NULL;
    int rc = meetings_of(ctx, p, &pm);
    if (rc || !pm || !pm->n)
        return rc;
    snprintf(id, CSP__ID_SIZE, "%s", pm->v[pm->n - 1].id);
    snprintf(date, 11, "%s", pm->v[pm->n - 1].date);
    return 1;
}

/* A partnership's meetings held in the rule's period. */
typedef struct held {
    size_t recorded;  /* meetings on record, of any status and date */
    csp__strlist ids; /* those held in the period, in date order (borrowed from the map) */
} held;

/* p's meetings held in the rule's period, into h (csp__strlist_clear(&h->ids, 0) after). */
static int read_held(csp__check_ctx *ctx, const csp__record *p, held *h)
{
    const partnership_meetings *pm = NULL;
    memset(h, 0, sizeof *h);
    int rc = meetings_of(ctx, csp__record_id(p), &pm);
    for (size_t i = 0; rc == CSP_OK && pm && i < pm->n; i++)
        if (csp__within(ctx, pm->v[i].date))
            rc = csp__strlist_push(&h->ids, pm->v[i].id);
    h->recorded = pm ? pm->recorded : 0;
    if (rc)
        csp__strlist_clear(&h->ids, 0);
    return rc;
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

int csp__rule_cadence_kept(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    long long promised = p->v[CSP_PARTNERSHIP_MEETINGS_PER_YEAR].i;
    if (promised <= 0)
        return CSP_OK; /* no cadence promised: nothing to keep */
    held held_in_period, *h = &held_in_period;
    int rc = read_held(ctx, p, h);
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
        rc = csp__finding_evidence_copy(ctx, f, CSP_ENTITY_MEETING, &h->ids);
    csp__strlist_clear(&h->ids, 0);
    return rc;
}

int csp__rule_meetings_quorate(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    held held_in_period, *h = &held_in_period;
    int rc = read_held(ctx, p, h);
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
        rc = csp__finding_evidence_copy(ctx, f, CSP_ENTITY_MEETING, &h->ids);
    csp__strlist_clear(&h->ids, 0);
    return rc;
}
