/* What a coordinator asks of meetings, actions and risks (csp/governance.h). */
#include "csp/governance.h"
#include "core/error.h"
#include "model/model.h"

#include <stdlib.h>
#include <string.h>

/* ---- id lists ------------------------------------------------------------------ */

struct csp_id_list {
    csp__strlist ids;
};

size_t csp_id_list_count(const csp_id_list *list)
{
    return list ? list->ids.n : 0;
}

const char *csp_id_list_get(const csp_id_list *list, size_t i)
{
    return list && i < list->ids.n ? list->ids.v[i] : NULL;
}

void csp_id_list_free(csp_id_list *list)
{
    if (!list)
        return;
    csp__strlist_clear(&list->ids, 1);
    free(list);
}

/* ---- reading through queries ---------------------------------------------------- */

int csp__query_action_open(csp__query *q)
{
    /* The open actions are those of the index the description names "open"
     * (model.toml): the statuses that leave an action open are said there. */
    const csp__index *open = csp__index_by_name(&csp__entities[CSP_ENTITY_ACTION], "open");
    if (!open)
        return csp__fail(CSP_ERROR, "the description has no index of the open actions");
    q->index = open;
    return CSP_OK;
}

static int new_query(csp_query **out, int entity, const char *partnership, int partnership_field)
{
    int rc = csp_query_new(out, entity);
    if (rc == CSP_OK && partnership)
        rc = csp_query_where(*out, partnership_field, CSP_OP_EQ, partnership);
    return rc;
}

int csp_query_overdue_actions(csp_query **out, const char *partnership, const char *as_of)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(as_of);
    csp_query *q = NULL;
    int rc = csp_date_check(as_of); /* named as the date asked about, not as a condition */
    if (rc)
        return rc;
    rc = new_query(&q, CSP_ENTITY_ACTION, partnership, CSP_ACTION_PARTNERSHIP);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_ACTION_DUE_ON, CSP_OP_LT, as_of);
    if (rc == CSP_OK)
        rc = csp__query_action_open(q);
    if (rc == CSP_OK)
        rc = csp_query_order(q, CSP_ACTION_DUE_ON, 0);
    if (rc) {
        csp_query_free(q);
        return rc;
    }
    *out = q;
    return csp__ok();
}

int csp_query_open_risks(csp_query **out, const char *partnership)
{
    CSP__ARG(out);
    *out = NULL;
    csp_query *q = NULL;
    int rc = new_query(&q, CSP_ENTITY_RISK, partnership, CSP_RISK_PARTNERSHIP);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_RISK_STATUS, CSP_OP_NE, "closed");
    if (rc == CSP_OK)
        rc = csp_query_order(q, CSP_RISK_SCORE, 1);
    if (rc) {
        csp_query_free(q);
        return rc;
    }
    *out = q;
    return csp__ok();
}

/* The meeting a query found: its id and date (malloc'd). */
typedef struct found_meeting {
    char *id, *date;
} found_meeting;

/* The first meeting held, in the order read: kept, and the reading stops (1). */
static int keep_meeting(const csp__record *m, void *arg)
{
    found_meeting *f = arg;
    if (strcmp(m->v[CSP_MEETING_STATUS].s, "held") != 0)
        return CSP_OK;
    f->id = csp__strdup(csp__record_id(m));
    f->date = csp__strdup(m->v[CSP_MEETING_DATE].s);
    return f->id && f->date ? 1 : csp__fail(CSP_ENOMEM, "out of memory");
}

/* The last meeting held on or before as_of: its id and date (both malloc'd;
 * both NULL when none was held). */
static int last_meeting(char **id, char **date, csp_register *reg, const char *partnership, const char *as_of)
{
    found_meeting f = {NULL, NULL};
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_MEETING]);
    /* The partnership's meetings by date, latest first, read until one was
     * held: a condition on the status in the query would let SQLite walk the
     * index of statuses (nearly every meeting is held) instead of the
     * partnership's. */
    int rc = csp_query_where(&q, CSP_MEETING_PARTNERSHIP, CSP_OP_EQ, partnership);
    if (rc == CSP_OK)
        rc = csp_query_where(&q, CSP_MEETING_DATE, CSP_OP_LE, as_of);
    if (rc == CSP_OK)
        rc = csp_query_order(&q, CSP_MEETING_DATE, 1);
    if (rc == CSP_OK)
        rc = csp_query_order(&q, CSP_MEETING_ID, 1);
    if (rc == CSP_OK && (rc = csp__read_each(reg, &q, keep_meeting, &f)) == 1)
        rc = CSP_OK;
    csp__query_reset(&q);
    if (rc) {
        free(f.id);
        free(f.date);
        f.id = f.date = NULL;
    }
    *id = f.id;
    *date = f.date;
    return rc;
}

/* The arguments every question of a partnership as of a date takes. */
static int check_partnership_args(csp_register *reg, const char *partnership, const char *as_of)
{
    CSP__ARG(reg);
    CSP__ARG(partnership);
    CSP__ARG(as_of);
    int rc = csp_date_check(as_of);
    if (rc)
        return rc;
    rc = csp__read_exists(reg, &csp__entities[CSP_ENTITY_PARTNERSHIP], partnership);
    if (rc < 0)
        return rc;
    return rc ? CSP_OK : csp__fail(CSP_ENOTFOUND, "no partnership with id \"%.128s\"", partnership);
}

int csp_partnership_last_meeting(char **out, csp_register *reg, const char *partnership, const char *as_of)
{
    CSP__ARG(out);
    *out = NULL;
    int rc = check_partnership_args(reg, partnership, as_of);
    char *date = NULL;
    if (rc == CSP_OK)
        rc = last_meeting(out, &date, reg, partnership, as_of);
    free(date);
    return rc ? rc : csp__ok();
}

/* ---- the duties the law gives a partnership ---------------------------------------- */

typedef struct owed {
    const char *as_of; /* a full date */
    const char *area; /* the partnership's, or NULL */
    csp__strlist ids;
} owed;

/* A built-in duty of the partnership's kind: owed when it has commenced by
 * the date, has not ended (a pilot's period), and names the partnership's
 * area where it names areas. */
static int owe(const csp__record *d, void *ctx)
{
    owed *o = ctx;
    const char *from = d->v[CSP_DUTY_COMMENCEMENT].s, *until = d->v[CSP_DUTY_ENDS_ON].s;
    char day[11];
    if (from && (csp__date_first_day(day, from), strcmp(day, o->as_of) > 0))
        return CSP_OK; /* not yet in force */
    if (until && (csp__date_last_day(day, until), strcmp(day, o->as_of) < 0))
        return CSP_OK; /* its period is over */
    const csp__strlist *areas = &d->v[CSP_DUTY_AREAS].list;
    int here = areas->n == 0;
    for (size_t i = 0; !here && i < areas->n; i++)
        here = o->area && strcmp(areas->v[i], o->area) == 0;
    if (!here)
        return CSP_OK;
    char *id = csp__strdup(csp__record_id(d));
    if (!id || csp__strlist_push(&o->ids, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

int csp_partnership_duties_owed(csp_id_list **out, csp_register *reg, const char *partnership, const char *as_of)
{
    CSP__ARG(out);
    *out = NULL;
    int rc = check_partnership_args(reg, partnership, as_of);
    if (rc)
        return rc;
    csp__record p;
    if ((rc = csp__read(reg, &csp__entities[CSP_ENTITY_PARTNERSHIP], partnership, &p)))
        return rc;
    char first[11]; /* a partial date asks about its first day */
    csp__date_first_day(first, as_of);
    owed o = {first, p.v[CSP_PARTNERSHIP_AREA].s, {0}};
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_DUTY]);
    rc = csp_query_where(&q, CSP_DUTY_APPLIES_TO, CSP_OP_EQ, p.v[CSP_PARTNERSHIP_KIND].s);
    if (rc == CSP_OK)
        rc = csp_query_where_int(&q, CSP_DUTY_BUILTIN, CSP_OP_EQ, 1);
    if (rc == CSP_OK)
        rc = csp__read_each(reg, &q, owe, &o);
    csp__query_reset(&q);
    csp__record_reset(&p);
    csp_id_list *list = rc ? NULL : calloc(1, sizeof *list);
    if (rc == CSP_OK && !list)
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (rc) {
        csp__strlist_clear(&o.ids, 1);
        return rc;
    }
    list->ids = o.ids;
    *out = list;
    return csp__ok();
}

/* ---- actions without an update ----------------------------------------------------- */

typedef struct stale {
    csp_register *reg;
    const char *since; /* the last meeting's date */
    const char *as_of;
    csp__strlist ids;
} stale;

/* Whether an update is dated on or after the meeting and not after the date
 * the question is asked on (a later update was not yet given). */
static int update_since(const csp__record *u, void *ctx)
{
    const stale *s = ctx;
    const char *date = u->v[CSP_ACTION_UPDATE_DATE].s;
    return date && csp__date_not_before(date, s->since) && csp__date_not_before(s->as_of, date) ? 1 : CSP_OK;
}

static int check_action(const csp__record *a, void *ctx)
{
    stale *s = ctx;
    const char *raised = a->v[CSP_ACTION_RAISED_ON].s;
    /* Raised at (or after) the last meeting: no update is owed yet. */
    if (raised && csp__date_not_before(raised, s->since))
        return CSP_OK;
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION_UPDATE]);
    csp__query_eq_borrowed(&q, CSP_ACTION_UPDATE_ACTION, csp__record_id(a));
    int rc = csp__read_each(s->reg, &q, update_since, s);
    csp__query_reset(&q);
    if (rc == 1)
        return CSP_OK; /* updated since */
    if (rc)
        return rc;
    char *id = csp__strdup(csp__record_id(a));
    if (!id || csp__strlist_push(&s->ids, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

int csp_actions_without_update(csp_id_list **out, csp_register *reg, const char *partnership, const char *as_of)
{
    CSP__ARG(out);
    *out = NULL;
    int rc = check_partnership_args(reg, partnership, as_of);
    if (rc)
        return rc;
    stale s = {reg, NULL, as_of, {0}};
    char *meeting = NULL, *date = NULL;
    rc = last_meeting(&meeting, &date, reg, partnership, as_of);
    if (rc == CSP_OK && meeting) {
        s.since = date;
        csp__query q;
        csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
        rc = csp_query_where(&q, CSP_ACTION_PARTNERSHIP, CSP_OP_EQ, partnership);
        if (rc == CSP_OK)
            rc = csp__query_action_open(&q);
        if (rc == CSP_OK)
            rc = csp__read_each(reg, &q, check_action, &s);
        csp__query_reset(&q);
    }
    free(meeting);
    free(date);
    csp_id_list *list = rc ? NULL : calloc(1, sizeof *list);
    if (rc == CSP_OK && !list)
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (rc) {
        csp__strlist_clear(&s.ids, 1);
        return rc;
    }
    list->ids = s.ids;
    *out = list;
    return csp__ok();
}

/* ---- progress up a strategy tree ---------------------------------------------------- */

typedef struct progress {
    csp_register *reg;
    csp__strlist under; /* the element and the elements under it */
    size_t done, total;
} progress;

/* Collects the elements of the strategy, in tree order (a parent before its
 * children): one pass adds each whose parent is already collected. */
static int collect_under(const csp__record *el, void *ctx)
{
    progress *p = ctx;
    const char *parent = el->v[CSP_ELEMENT_PARENT].s;
    if (!parent)
        return CSP_OK;
    for (size_t i = 0; i < p->under.n; i++) {
        if (strcmp(p->under.v[i], parent) != 0)
            continue;
        char *id = csp__strdup(csp__record_id(el));
        if (!id || csp__strlist_push(&p->under, id)) {
            free(id);
            return csp__fail(CSP_ENOMEM, "out of memory");
        }
        break;
    }
    return CSP_OK;
}

static int count_action(const csp__record *a, void *ctx)
{
    progress *p = ctx;
    const char *status = a->v[CSP_ACTION_STATUS].s;
    if (strcmp(status, "cancelled") == 0 || strcmp(status, "superseded") == 0)
        return CSP_OK;
    p->total++;
    p->done += strcmp(status, "done") == 0;
    return CSP_OK;
}

int csp_element_progress(size_t *done, size_t *total, csp_register *reg, const char *element)
{
    CSP__ARG(done);
    CSP__ARG(total);
    *done = *total = 0;
    CSP__ARG(reg);
    CSP__ARG(element);
    csp__record el;
    int rc = csp__read(reg, &csp__entities[CSP_ENTITY_ELEMENT], element, &el);
    if (rc)
        return rc;
    progress p = {reg, {0}, 0, 0};
    char *first = csp__strdup(element);
    if (!first || csp__strlist_push(&p.under, first)) {
        free(first);
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    }
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ELEMENT]);
    if (rc == CSP_OK) {
        csp__query_eq_borrowed(&q, CSP_ELEMENT_STRATEGY, el.v[CSP_ELEMENT_STRATEGY].s);
        rc = csp__read_each(reg, &q, collect_under, &p); /* in tree order */
    }
    csp__query_reset(&q);
    for (size_t i = 0; rc == CSP_OK && i < p.under.n; i++) {
        csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
        csp__query_eq_borrowed(&q, CSP_ACTION_SERVES, p.under.v[i]);
        rc = csp__read_each(reg, &q, count_action, &p);
        csp__query_reset(&q);
    }
    csp__record_reset(&el);
    csp__strlist_clear(&p.under, 1);
    if (rc)
        return rc;
    *done = p.done;
    *total = p.total;
    return csp__ok();
}

/* ---- quoracy ---------------------------------------------------------------------------- */

static int count_present(const csp__record *a, void *ctx)
{
    size_t *n = ctx;
    n[0]++;
    n[1] += strcmp(a->v[CSP_ATTENDANCE_STATUS].s, "present") == 0;
    return CSP_OK;
}

int csp_meeting_quorate(int *quorate, size_t *present, csp_register *reg, const char *meeting)
{
    CSP__ARG(quorate);
    CSP__ARG(present);
    *quorate = -1;
    *present = 0;
    CSP__ARG(reg);
    CSP__ARG(meeting);
    csp__record m, p;
    int rc = csp__read(reg, &csp__entities[CSP_ENTITY_MEETING], meeting, &m);
    if (rc)
        return rc;
    rc = csp__read(reg, &csp__entities[CSP_ENTITY_PARTNERSHIP], m.v[CSP_MEETING_PARTNERSHIP].s, &p);
    long long quorum = rc == CSP_OK ? p.v[CSP_PARTNERSHIP_QUORUM].i : 0;
    size_t n[2] = {0, 0}; /* attendance records, seats present */
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ATTENDANCE]);
    csp__query_eq_borrowed(&q, CSP_ATTENDANCE_MEETING, meeting);
    if (rc == CSP_OK)
        rc = csp__read_each(reg, &q, count_present, n);
    csp__query_reset(&q);
    if (rc == CSP_OK)
        csp__record_reset(&p);
    csp__record_reset(&m);
    if (rc)
        return rc;
    *present = n[1];
    *quorate = csp__quorate(quorum, n[0], n[1]);
    return csp__ok();
}
