/* Rules of the actions family: champions, due dates, updates (docs/rules.md).
 *
 * The three rules judge the same actions, so the first of them to run for a
 * partnership reads its open actions once and judges each for all three (an
 * action digest, kept in the check's context until the next partnership);
 * the latest update of every action is read once for the whole check (an
 * update map). Each rule then gives one finding per partnership: met, or not
 * met naming the first actions at fault and holding them all as evidence. A
 * national register (a million actions) is checked in a few queries rather
 * than several per action (docs/benchmarks.md); its open actions are read
 * from the index of them model.toml describes, by partnership and in id
 * order, so its evidence needs no sort. */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Actions named in a message: the first few; the rest are counted. */
#define NAMED 3

/* ---- the latest update of every action ---- */

/* Each action's latest update given by the date checked: the last day of its
 * date, found through a hash of the action ids. */
#define FILTER_BITS (1u << 20)

struct csp__update_map {
    csp__idset index; /* action id -> its place in last (its copies of the ids in pool) */
    csp__pool pool;
    char (*last)[11];
    size_t n, cap;
    /* A bit per hash of the action ids with an update: most actions have
     * none, and a look in this (128 KiB) is far cheaper than one in a table
     * of a million slots. */
    uint64_t filter[FILTER_BITS / 64];
};

static unsigned filter_bit(const char *id)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 16777619u;
    return (h ^ (h >> 20)) & (FILTER_BITS - 1);
}

typedef struct map_build {
    struct csp__update_map *m;
    const char *as_of;
} map_build;

/* An update (action, date), read by a scan: its date checked before use. */
static int add_update(const char *const *v, void *arg)
{
    map_build *b = arg;
    const char *action = v[0], *date = v[1];
    const csp__entity *e = &csp__entities[CSP_ENTITY_ACTION_UPDATE];
    int rc;
    if (!date)
        return CSP_OK;
    if (!action || (rc = csp__field_check_text(&e->fields[CSP_ACTION_UPDATE_ACTION], action, "action")) ||
        (rc = csp__field_check_text(&e->fields[CSP_ACTION_UPDATE_DATE], date, "date")))
        return csp__fail(CSP_ECORRUPT, "the register is damaged: an update of action \"%.128s\": %s (run cspctl verify)",
                         action ? action : "?", action ? csp_error_last()->message : "no action");
    char first[11], last[11];
    csp__date_first_day(first, date);
    if (strcmp(first, b->as_of) > 0)
        return CSP_OK; /* not yet given on the date */
    csp__date_last_day(last, date);
    struct csp__update_map *m = b->m;
    size_t at;
    unsigned bit = filter_bit(action);
    m->filter[bit / 64] |= (uint64_t)1 << (bit % 64);
    if (csp__idset_get(&m->index, CSP_ENTITY_ACTION, action, &at)) {
        if (strcmp(last, m->last[at]) > 0)
            memcpy(m->last[at], last, sizeof last);
        return CSP_OK;
    }
    if (csp__reserve(&m->last, &m->cap, m->n + 1, sizeof *m->last) ||
        csp__idset_put(&m->index, CSP_ENTITY_ACTION, action, m->n) < 0)
        return csp__fail(CSP_ENOMEM, "out of memory");
    memcpy(m->last[m->n++], last, sizeof last);
    return CSP_OK;
}

static void map_free(struct csp__update_map *m)
{
    if (!m)
        return;
    csp__idset_clear(&m->index);
    csp__pool_free(&m->pool);
    free(m->last);
    free(m);
}

/* Reads every update once per check. */
static int updates_of(csp__check_ctx *ctx, struct csp__update_map **out)
{
    if (ctx->updates) {
        *out = ctx->updates;
        return CSP_OK;
    }
    struct csp__update_map *m = calloc(1, sizeof *m);
    if (!m)
        return csp__fail(CSP_ENOMEM, "out of memory");
    m->index.owns = 1;
    m->index.pool = &m->pool;
    map_build b = {m, ctx->as_of};
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION_UPDATE]);
    static const int fields[] = {CSP_ACTION_UPDATE_ACTION, CSP_ACTION_UPDATE_DATE};
    /* Room for every update at once: the table is not rebuilt as it fills. */
    size_t n = 0;
    int rc = csp__count(ctx->reg, &q, &n);
    if (rc == CSP_OK && csp__idset_reserve(&m->index, n))
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (rc == CSP_OK)
        rc = csp__scan(ctx->reg, &q, fields, 2, add_update, &b);
    csp__query_reset(&q);
    if (rc) {
        map_free(m);
        return rc;
    }
    ctx->updates = *out = m;
    return CSP_OK;
}

/* The last day of the action's latest update given by the date, or NULL. */
static const char *latest_update(const struct csp__update_map *m, const char *action)
{
    size_t at;
    unsigned bit = filter_bit(action);
    if (!(m->filter[bit / 64] & ((uint64_t)1 << (bit % 64))))
        return NULL;
    return csp__idset_get(&m->index, CSP_ENTITY_ACTION, action, &at) ? m->last[at] : NULL;
}

/* ---- the open actions of a partnership, judged once for the three rules ---- */

/* The actions at fault under one rule: all their ids (in the order read, id
 * order; sorted before they are given as evidence all the same, which costs
 * one pass when they are), and the first few by id described for the
 * message. */
typedef struct faults {
    csp__strlist ids;
    size_t nnamed;
    char named_id[NAMED][CSP__ID_SIZE];
    char detail[NAMED][300]; /* what is said of each after its title */
    char first_due[11]; /* ACT-002: the earliest due date among them */
} faults;

/* Whether id would be among the first few named (the NAMED smallest ids). */
static int would_name(const faults *f, const char *id)
{
    return f->nnamed < NAMED || strcmp(id, f->named_id[NAMED - 1]) < 0;
}

/* Why a champion's seat does not serve: "" when it does. */
typedef struct seat_verdict {
    char why[300];
} seat_verdict;

struct csp__action_digest {
    char partnership[CSP__ID_SIZE];
    size_t open;            /* actions open on the date */
    faults champion, late, stale;
    int held;               /* a meeting was held by the date */
    char meeting[CSP__ID_SIZE];      /* the last one */
    char meeting_date[11];
};

static void faults_clear(faults *f)
{
    csp__strlist_clear(&f->ids, 0); /* the ids stay with the report */
}

static void digest_free(struct csp__action_digest *d)
{
    if (!d)
        return;
    faults_clear(&d->champion);
    faults_clear(&d->late);
    faults_clear(&d->stale);
    free(d);
}

static void digests_free(struct csp__action_digests *all);

void csp__actions_free(csp__check_ctx *ctx)
{
    digests_free(ctx->actions);
    ctx->actions = NULL;
    map_free(ctx->updates);
    ctx->updates = NULL;
}

/* Adds action id to those at fault; detail is said of it after its title
 * when it is among the first few named. */
static int fault(csp__check_ctx *ctx, faults *f, const char *id, const char *detail)
{
    if (would_name(f, id)) { /* into its place among the named, the last falling out */
        size_t at = f->nnamed < NAMED ? f->nnamed : NAMED - 1;
        while (at > 0 && strcmp(id, f->named_id[at - 1]) < 0) {
            memcpy(f->named_id[at], f->named_id[at - 1], sizeof f->named_id[0]);
            memcpy(f->detail[at], f->detail[at - 1], sizeof f->detail[0]);
            at--;
        }
        snprintf(f->named_id[at], sizeof f->named_id[0], "%s", id);
        snprintf(f->detail[at], sizeof f->detail[0], "%s", detail);
        if (f->nnamed < NAMED)
            f->nnamed++;
    }
    char *copy = csp__check_strdup(ctx, id);
    return copy ? csp__strlist_push(&f->ids, copy) : CSP_ENOMEM;
}

/* Why a champion's seat does not serve (into why, "" when it does). */
static int judge_seat(csp__check_ctx *ctx, const char *seat, char *why, size_t size)
{
    csp__record m, org;
    why[0] = '\0';
    int rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_MEMBERSHIP], seat, &m);
    if (rc)
        return rc;
    const char *body = m.v[CSP_MEMBERSHIP_ON_BEHALF_OF].s ? m.v[CSP_MEMBERSHIP_ON_BEHALF_OF].s
                                                          : m.v[CSP_MEMBERSHIP_ORGANISATION].s;
    if (csp__record_in_force(&m, ctx->as_of) != 1) {
        snprintf(why, size, "its champion's seat (%s) is not in post", seat);
    } else if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_ORGANISATION], body, &org)) == CSP_OK) {
        if (!csp__is_authority_on(&org, ctx->as_of))
            snprintf(why, size, "its champion sits for %s, not a responsible authority then",
                     org.v[CSP_ORGANISATION_NAME].s);
        csp__record_reset(&org);
    }
    csp__record_reset(&m);
    return rc;
}

/* The digests of a check: one per partnership, found by its id; and the
 * verdict on each champion's seat, judged once per check. The ids looked up
 * for every action are kept together in a pool, so a lookup reads a few
 * lines of memory that stay in the cache. */
struct csp__action_digests {
    struct csp__action_digest **v;
    size_t n, cap;
    csp__idset index; /* partnership id -> its place in v */
    seat_verdict *seats;
    size_t nseats, seats_cap;
    csp__idset seat_index; /* membership id -> its place in seats */
    csp__pool pool;        /* the two indexes' ids */
};

static struct csp__action_digests *digests_new(void)
{
    struct csp__action_digests *all = calloc(1, sizeof *all);
    if (all) {
        all->index.owns = all->seat_index.owns = 1;
        all->index.pool = all->seat_index.pool = &all->pool;
    }
    return all;
}

/* The verdict on a champion's seat, judged on its first action. */
static int seat_why(csp__check_ctx *ctx, struct csp__action_digests *all, const char *seat, const char **why)
{
    size_t at;
    if (csp__idset_get(&all->seat_index, CSP_ENTITY_MEMBERSHIP, seat, &at)) {
        *why = all->seats[at].why;
        return CSP_OK;
    }
    if (csp__reserve(&all->seats, &all->seats_cap, all->nseats + 1, sizeof *all->seats))
        return CSP_ENOMEM;
    seat_verdict *v = &all->seats[all->nseats];
    int rc = judge_seat(ctx, seat, v->why, sizeof v->why);
    if (rc)
        return rc;
    if (csp__idset_put(&all->seat_index, CSP_ENTITY_MEMBERSHIP, seat, all->nseats) < 0)
        return csp__fail(CSP_ENOMEM, "out of memory");
    *why = all->seats[all->nseats++].why;
    return CSP_OK;
}

static struct csp__action_digest *digest_find(const struct csp__action_digests *all, const char *partnership)
{
    size_t at;
    return csp__idset_get(&all->index, CSP_ENTITY_PARTNERSHIP, partnership, &at) ? all->v[at] : NULL;
}

static void digests_free(struct csp__action_digests *all)
{
    if (!all)
        return;
    for (size_t i = 0; i < all->n; i++)
        digest_free(all->v[i]);
    free(all->v);
    free(all->seats);
    csp__idset_clear(&all->index);
    csp__idset_clear(&all->seat_index);
    csp__pool_free(&all->pool);
    free(all);
}

/* The fields an action is judged by, in the order the scan gives them. */
enum { A_ID, A_PARTNERSHIP, A_RAISED_ON, A_DUE_ON, A_CHAMPION, A_N };
static const int judged_fields[A_N] = {CSP_ACTION_ID, CSP_ACTION_PARTNERSHIP, CSP_ACTION_RAISED_ON,
                                       CSP_ACTION_DUE_ON, CSP_ACTION_CHAMPION};

typedef struct judging {
    csp__check_ctx *ctx;
    struct csp__action_digests *all;
    const struct csp__update_map *updates;
    struct csp__action_digest *last; /* the digest of the action before: they come by partnership */
} judging;

/* Judges one open action (read by a scan: what it uses is checked first)
 * for the three rules, into its partnership's digest. */
static int judge(const char *const *v, void *arg)
{
    judging *j = arg;
    const csp__entity *e = &csp__entities[CSP_ENTITY_ACTION];
    /* What is handed out or compared: the id (evidence) and the dates. The
     * partnership and the champion are only looked up (a damaged one finds
     * nothing, or fails its read). The title is not read here: only the
     * first few actions at fault are named, and their records are read then. */
    static const int checked_fields[] = {A_ID, A_RAISED_ON, A_DUE_ON};
    int fine = (!v[A_ID] || csp__id_valid(v[A_ID])) && (!v[A_RAISED_ON] || csp__date_valid(v[A_RAISED_ON])) &&
               (!v[A_DUE_ON] || csp__date_valid(v[A_DUE_ON]));
    for (size_t c = 0; !fine && c < sizeof checked_fields / sizeof *checked_fields; c++) { /* what is wrong */
        int k = checked_fields[c], rc;
        if (v[k] && (rc = csp__field_check_text(&e->fields[judged_fields[k]], v[k], e->fields[judged_fields[k]].name)))
            return csp__fail(CSP_ECORRUPT, "the register is damaged: action \"%.128s\": %s (run cspctl verify)",
                             v[A_ID] ? v[A_ID] : "?", csp_error_last()->message);
    }
    if (!v[A_ID] || !v[A_PARTNERSHIP])
        return csp__fail(CSP_ECORRUPT, "the register is damaged: an action lacks its id or partnership (run "
                                       "cspctl verify)");
    struct csp__action_digest *d = j->last && strcmp(j->last->partnership, v[A_PARTNERSHIP]) == 0
                                       ? j->last
                                       : (j->last = digest_find(j->all, v[A_PARTNERSHIP]));
    if (!d)
        return CSP_OK; /* a partnership not checked */
    const char *as_of = j->ctx->as_of, *id = v[A_ID], *raised = v[A_RAISED_ON];
    char first[11];
    if (raised && (csp__date_first_day(first, raised), strcmp(first, as_of) > 0))
        return CSP_OK; /* raised later: not open on the date */
    d->open++;
    /* CSP-ACT-001: a champion who sits for a responsible authority. */
    const char *seat = v[A_CHAMPION], *why = "no champion is named";
    int rc = seat ? seat_why(j->ctx, j->all, seat, &why) : CSP_OK;
    if (rc == CSP_OK && why[0])
        rc = fault(j->ctx, &d->champion, id, why);
    /* CSP-ACT-002: within its due date (a due month is due by its end). */
    const char *due = v[A_DUE_ON];
    char last[11], words[40], detail[60] = "";
    if (rc == CSP_OK && due && (csp__date_last_day(last, due), strcmp(last, as_of) < 0)) {
        if (would_name(&d->late, id)) /* only the first few are described */
            snprintf(detail, sizeof detail, "due by %s", csp__date_words(words, sizeof words, last));
        rc = fault(j->ctx, &d->late, id, detail);
        if (rc == CSP_OK && (!d->late.first_due[0] || strcmp(last, d->late.first_due) < 0))
            snprintf(d->late.first_due, sizeof d->late.first_due, "%s", last);
    }
    /* CSP-ACT-003: an update since the last meeting, unless raised at or after it. */
    if (rc == CSP_OK && d->held && !(raised && csp__date_not_before(raised, d->meeting_date))) {
        const char *upd = latest_update(j->updates, id);
        if (!upd || !csp__date_not_before(upd, d->meeting_date))
            rc = fault(j->ctx, &d->stale, id, "");
    }
    return rc;
}

/* A digest for partnership id, with its last meeting held by the date. */
static int digest_new(csp__check_ctx *ctx, struct csp__action_digests *all, const char *pid)
{
    if (csp__reserve(&all->v, &all->cap, all->n + 1, sizeof *all->v))
        return CSP_ENOMEM;
    struct csp__action_digest *d = calloc(1, sizeof *d);
    if (!d)
        return csp__fail(CSP_ENOMEM, "out of memory");
    all->v[all->n++] = d;
    snprintf(d->partnership, sizeof d->partnership, "%s", pid);
    if (csp__idset_put(&all->index, CSP_ENTITY_PARTNERSHIP, d->partnership, all->n - 1) < 0)
        return CSP_ENOMEM;
    int rc = csp__last_held(ctx, pid, d->meeting, d->meeting_date);
    if (rc > 0)
        d->held = 1;
    return rc < 0 ? rc : CSP_OK;
}

typedef struct listing {
    csp__check_ctx *ctx;
    struct csp__action_digests *all;
} listing;

static int list_partnership(const csp__record *p, void *arg)
{
    listing *l = arg;
    return digest_new(l->ctx, l->all, csp__record_id(p));
}

/* The digests of the check, read on the first rule that asks: for a whole
 * register, every partnership's, from one scan of the open actions; else p's. */
static int digest_of(csp__check_ctx *ctx, const csp__record *p, struct csp__action_digest **out)
{
    if (!ctx->actions) {
        struct csp__action_digests *all = digests_new();
        if (!all)
            return csp__fail(CSP_ENOMEM, "out of memory");
        int rc;
        if (ctx->whole) {
            listing l = {ctx, all};
            csp__query q;
            csp__query_init(&q, &csp__entities[CSP_ENTITY_PARTNERSHIP]);
            rc = csp__read_each(ctx->reg, &q, list_partnership, &l);
            csp__query_reset(&q);
        } else {
            rc = digest_new(ctx, all, csp__record_id(p));
        }
        struct csp__update_map *updates = NULL;
        if (rc == CSP_OK)
            rc = updates_of(ctx, &updates);
        if (rc == CSP_OK) {
            judging j = {ctx, all, updates, NULL};
            csp__query q;
            csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
            if (!ctx->whole)
                csp__query_eq_borrowed(&q, CSP_ACTION_PARTNERSHIP, csp__record_id(p));
            rc = csp__query_action_open(&q);
            if (rc == CSP_OK)
                rc = csp__scan(ctx->reg, &q, judged_fields, A_N, judge, &j);
            csp__query_reset(&q);
        }
        if (rc) {
            digests_free(all);
            return rc;
        }
        ctx->actions = all;
    }
    *out = digest_find(ctx->actions, csp__record_id(p));
    return *out ? CSP_OK : csp__fail(CSP_ENOTFOUND, "no partnership with id \"%.128s\"", csp__record_id(p));
}

/* ---- the findings ---- */

/* "\"A\" (why), \"B\" (why) and 3 more" into buf: the actions named are
 * read whole (so checked) for their titles. */
static int named(csp__check_ctx *ctx, char *buf, size_t size, const faults *f)
{
    size_t n = f->nnamed, len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && len < size; i++) {
        csp__record a;
        int rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_ACTION], f->named_id[i], &a);
        if (rc)
            return rc;
        const char *sep = i == 0 ? "" : (i + 1 == n && f->ids.n == n) ? " and " : ", ";
        len += (size_t)snprintf(buf + len, size - len, "%s\"%s\"%s%s%s", sep, a.v[CSP_ACTION_TITLE].s,
                                f->detail[i][0] ? " (" : "", f->detail[i], f->detail[i][0] ? ")" : "");
        csp__record_reset(&a);
    }
    if (f->ids.n > n && len < size)
        snprintf(buf + len, size - len, " and %zu more", f->ids.n - n);
    return CSP_OK;
}

/* Met when no open action is at fault (nothing to say when none is open);
 * else not met, with all the actions at fault as evidence (taken from f). */
static int conclude(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p, size_t open, faults *f,
                    const char *met_what, const char *not_met_what, const char *due, const char *meeting)
{
    if (open == 0)
        return CSP_OK;
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    /* Room for the named actions' whole titles (at most 1,000 characters of
     * up to 4 bytes each), so none is cut within a character. */
    char day[40], list[NAMED * (4 * 1000 + sizeof f->detail[0] + 8) + 64];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *fd;
    if (f->ids.n == 0) {
        fd = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL, "Each of the %zu open action%s of %s %s on %s.",
                              open, open == 1 ? "" : "s", name, met_what, day);
        return fd ? CSP_OK : CSP_ENOMEM;
    }
    csp__sort_strings(f->ids.v, f->ids.n); /* evidence in id order */
    int rc = named(ctx, list, sizeof list, f);
    if (rc)
        return rc;
    fd = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, due, "%zu of the %zu open action%s of %s %s on %s: %s.",
                          f->ids.n, open, open == 1 ? "" : "s", name, not_met_what, day, list);
    rc = fd ? csp__finding_evidence_take(fd, CSP_ENTITY_ACTION, &f->ids) : CSP_ENOMEM;
    if (rc == CSP_OK && meeting)
        rc = csp__finding_evidence(fd, CSP_ENTITY_MEETING, meeting);
    return rc;
}

int csp__rule_actions_championed(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    struct csp__action_digest *d;
    int rc = digest_of(ctx, p, &d);
    return rc ? rc
              : conclude(ctx, rule, p, d->open, &d->champion, "has a champion from a responsible authority",
                         d->champion.ids.n == 1 ? "has no champion sitting for a responsible authority"
                                                : "have no champion sitting for a responsible authority",
                         NULL, NULL);
}

int csp__rule_actions_on_time(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    struct csp__action_digest *d;
    int rc = digest_of(ctx, p, &d);
    return rc ? rc
              : conclude(ctx, rule, p, d->open, &d->late, "is within its due date",
                         d->late.ids.n == 1 ? "was past its due date" : "were past their due date",
                         d->late.first_due[0] ? d->late.first_due : NULL, NULL);
}

int csp__rule_actions_updated(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    struct csp__action_digest *d;
    int rc = digest_of(ctx, p, &d);
    if (rc || !d->held)
        return rc; /* no meeting held yet: no update is owed */
    char when[40], what[120];
    snprintf(what, sizeof what, "had had no progress update since the meeting of %s",
             csp__date_words(when, sizeof when, d->meeting_date));
    return conclude(ctx, rule, p, d->open, &d->stale,
                    "has had an update since the last meeting, or was raised at or after it,", what, NULL,
                    d->stale.ids.n ? d->meeting : NULL);
}
