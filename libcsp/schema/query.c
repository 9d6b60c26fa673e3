/* Queries (query.h): conditions checked against the description as they are added. */
#include "schema/query.h"
#include "schema/record.h"
#include "core/error.h"
#include "csp/date.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void csp__date_bounds(const char *date, char lo[11], char hi[11])
{
    /* "2020" -> 2020-00-00 .. 2020-99-99; "2020-03" -> 2020-03-00 .. 2020-03-99;
     * a full date is both ends. 00 and 99 sort before and after every real
     * month or day, so the text compares as the period does. */
    size_t n = strlen(date);
    snprintf(lo, 11, "%s%s", date, n == 4 ? "-00-00" : n == 7 ? "-00" : "");
    snprintf(hi, 11, "%s%s", date, n == 4 ? "-99-99" : n == 7 ? "-99" : "");
}

void csp__query_init(csp__query *q, const csp__entity *e)
{
    memset(q, 0, sizeof *q);
    q->e = e;
}

void csp__query_reset(csp__query *q)
{
    for (int i = 0; i < q->nconds; i++)
        if (!q->conds[i].borrowed)
            free(q->conds[i].text);
    q->nconds = 0;
    q->index = NULL;
    q->norder = 0;
    q->limit = 0;
}

static csp__cond *next_cond(csp__query *q)
{
    if (q->nconds >= CSP__MAX_CONDS) {
        csp__fail(CSP_EARG, "a query holds at most %d conditions", CSP__MAX_CONDS);
        return NULL;
    }
    csp__cond *c = &q->conds[q->nconds];
    memset(c, 0, sizeof *c);
    return c;
}

int csp__query_eq_borrowed(csp__query *q, int field, const char *text)
{
    csp__cond *c = next_cond(q);
    if (!c)
        return CSP_EARG;
    c->field = field;
    c->op = CSP_OP_EQ;
    c->text = (char *)(uintptr_t)text;
    c->borrowed = 1;
    if (csp__field_is_date(&q->e->fields[field]) && text)
        csp__date_bounds(text, c->lo, c->hi);
    q->nconds++;
    return CSP_OK;
}

int csp__query_eq_int(csp__query *q, int field, long long num)
{
    csp__cond *c = next_cond(q);
    if (!c)
        return CSP_EARG;
    c->field = field;
    c->op = CSP_OP_EQ;
    c->num = num;
    q->nconds++;
    return CSP_OK;
}

/* ---- the public API -------------------------------------------------------- */

int csp_query_new(csp_query **out, int entity)
{
    CSP__ARG(out);
    *out = NULL;
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "csp_query_new: no entity with id %d", entity);
    csp__query *q = malloc(sizeof *q);
    if (!q)
        return csp__fail(CSP_ENOMEM, "out of memory");
    csp__query_init(q, e);
    *out = q;
    return csp__ok();
}

void csp_query_free(csp_query *query)
{
    if (!query)
        return;
    csp__query_reset(query);
    free(query);
}

int csp_query_entity(const csp_query *query)
{
    return query ? query->e->id : -1;
}

static const char *op_name(int op)
{
    static const char *const names[] = {"", "CSP_OP_EQ", "CSP_OP_NE", "CSP_OP_LT", "CSP_OP_LE",
                                        "CSP_OP_GT", "CSP_OP_GE", "CSP_OP_SET", "CSP_OP_UNSET"};
    return op >= CSP_OP_EQ && op <= CSP_OP_UNSET ? names[op] : "?";
}

/* The field of a condition, checked to exist and to take op with a value of
 * the given kind (numeric: BOOL or INT); NULL (CSP_EARG raised) if not. */
static const csp__field *condition_field(const csp_query *q, int field, int op, int numeric, const char *fn)
{
    const csp__field *f = csp__field_get(q->e, field);
    if (!f) {
        csp__fail(CSP_EARG, "%s: %s has no field %d", fn, q->e->name, field);
        return NULL;
    }
    if (op < CSP_OP_EQ || op > CSP_OP_UNSET) {
        csp__fail(CSP_EARG, "%s: unknown operator %d", fn, op);
        return NULL;
    }
    if (csp__field_is_int(f) != numeric) {
        csp__fail(CSP_EARG, "%s: %s.%s %s: use %s()", fn, q->e->name, f->name,
                  numeric ? "is not a number or flag" : "is a number or flag",
                  numeric ? "csp_query_where" : "csp_query_where_int");
        return NULL;
    }
    return f;
}

/* The field, checked to exist; NULL (CSP_EARG raised) if not. */
static const csp__field *query_field(const csp_query *q, int field, const char *fn)
{
    const csp__field *f = csp__field_get(q->e, field);
    if (!f)
        csp__fail(CSP_EARG, "%s: %s has no field %d", fn, q->e->name, field);
    return f;
}

int csp_query_where(csp_query *query, int field, int op, const char *value)
{
    CSP__ARG(query);
    const csp__field *f = condition_field(query, field, op, 0, __func__);
    if (!f)
        return CSP_EARG;
    int presence = op == CSP_OP_SET || op == CSP_OP_UNSET;
    if (csp__field_is_list(f) && !presence && op != CSP_OP_EQ)
        return csp__fail(CSP_EARG, "%s: %s.%s is a list: it takes CSP_OP_EQ (contains), CSP_OP_SET or CSP_OP_UNSET, "
                         "not %s", __func__, query->e->name, f->name, op_name(op));
    char *copy = NULL;
    if (!presence) {
        CSP__ARG(value);
        char path[160];
        snprintf(path, sizeof path, "query.%s", f->name);
        int rc = csp__field_check_text(f, value, path);
        if (rc)
            return rc;
        if (!(copy = csp__strdup(value)))
            return CSP_ENOMEM;
    }
    csp__cond *c = next_cond(query);
    if (!c) {
        free(copy);
        return CSP_EARG;
    }
    c->field = field;
    c->op = op;
    c->text = copy;
    if (copy && f->type == CSP_FIELD_DATE)
        csp__date_bounds(copy, c->lo, c->hi);
    query->nconds++;
    return csp__ok();
}

int csp_query_where_int(csp_query *query, int field, int op, long long value)
{
    CSP__ARG(query);
    const csp__field *f = condition_field(query, field, op, 1, __func__);
    if (!f)
        return CSP_EARG;
    csp__cond *c = next_cond(query);
    if (!c)
        return CSP_EARG;
    c->field = field;
    c->op = op;
    c->num = f->type == CSP_FIELD_BOOL ? value != 0 : value;
    query->nconds++;
    return csp__ok();
}

int csp_query_order(csp_query *query, int field, int descending)
{
    CSP__ARG(query);
    const csp__field *f = query_field(query, field, __func__);
    if (!f)
        return CSP_EARG;
    if (csp__field_is_list(f))
        return csp__fail(CSP_EARG, "%s: %s.%s is a list and cannot order records", __func__, query->e->name, f->name);
    if (query->norder >= CSP__MAX_ORDER)
        return csp__fail(CSP_EARG, "%s: a query has at most %d order keys", __func__, CSP__MAX_ORDER);
    query->order[query->norder].field = field;
    query->order[query->norder].descending = descending != 0;
    query->norder++;
    return csp__ok();
}

int csp_query_names(csp_query *query, int on)
{
    CSP__ARG(query);
    query->names = on != 0;
    return csp__ok();
}

/* Adds a date condition; or_unset: it also holds where the field is unset. */
static int date_cond(csp__query *q, int field, int op, const char *date, int or_unset)
{
    char *copy = csp__strdup(date);
    if (!copy)
        return CSP_ENOMEM;
    csp__cond *c = next_cond(q);
    if (!c) {
        free(copy);
        return CSP_EARG;
    }
    c->field = field;
    c->op = op;
    c->text = copy;
    c->or_unset = or_unset;
    csp__date_bounds(copy, c->lo, c->hi);
    q->nconds++;
    return CSP_OK;
}

int csp_query_in_force(csp_query *query, const char *date)
{
    CSP__ARG(query);
    CSP__ARG(date);
    const csp__in_force *f = query->e->in_force;
    if (!f)
        return csp__fail(CSP_EARG, "%s: %s records have no period or status to be in force by", __func__,
                         query->e->plural);
    int rc = csp_date_check(date);
    if (rc)
        return rc;
    int before = query->nconds;
    /* Started on or before the date, and not ended before it: open ends hold. */
    if (f->start_field >= 0)
        rc = date_cond(query, f->start_field, CSP_OP_LE, date, 1);
    if (rc == CSP_OK && f->end_field >= 0)
        rc = date_cond(query, f->end_field, CSP_OP_GE, date, 1);
    /* A status in force: none of the others. */
    if (rc == CSP_OK && f->status_field >= 0) {
        const csp__field *sf = &query->e->fields[f->status_field];
        for (size_t k = 0; rc == CSP_OK && k < sf->en->count; k++) {
            int in = 0;
            for (const char *const *s = f->statuses; *s; s++)
                in |= strcmp(*s, sf->en->values[k]) == 0;
            if (!in)
                rc = csp_query_where(query, f->status_field, CSP_OP_NE, sf->en->values[k]);
        }
    }
    if (rc) {
        /* Leave the query as it was. */
        int code = csp_error_last()->code;
        for (int i = before; i < query->nconds; i++)
            if (!query->conds[i].borrowed)
                free(query->conds[i].text);
        query->nconds = before;
        return code;
    }
    return csp__ok();
}

int csp_query_limit(csp_query *query, size_t limit)
{
    CSP__ARG(query);
    query->limit = limit;
    return csp__ok();
}
