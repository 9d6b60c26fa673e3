/* The support of the typed functions (typed.h). */
#include "model/typed.h"
#include "core/error.h"

#include <string.h>

static int is(const csp_record *r, int entity)
{
    return r && r->e->id == entity;
}

/* Raises CSP_EARG for a NULL handle or one of another entity. */
static int check(const csp_record *r, int entity, const char *what)
{
    if (!r)
        return csp__fail(CSP_EARG, "the %s handle is NULL", csp__entities[entity].name);
    if (r->e->id != entity)
        return csp__fail(CSP_EARG, "%s: expected a record of entity %s, got one of entity %s", what, csp__entities[entity].name,
                         r->e->name);
    return CSP_OK;
}

int csp__typed_new(csp_record **out, int entity, const char *id)
{
    return csp_record_new(out, entity, id);
}

int csp__typed_get(csp_record **out, csp_register *reg, int entity, const char *id)
{
    return csp_record_get(out, reg, entity, id);
}

int csp__typed_put(csp_register *reg, const csp_record *r, int entity, int insert)
{
    CSP__ARG(reg);
    int rc = check(r, entity, insert ? "insert" : "put");
    if (rc)
        return rc;
    return insert ? csp_record_insert(reg, r) : csp_record_put(reg, r);
}

int csp__typed_next(csp_record **out, csp_record_iterator *it, int entity)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(it);
    if (it->e->id != entity)
        return csp__fail(CSP_EARG, "an iterator of %s was given an iteration over %s", csp__entities[entity].plural,
                         it->e->plural);
    return csp_record_next(out, it);
}

int csp__typed_query(csp_record_iterator **out, csp_register *reg, int entity, const csp_query *q)
{
    return csp_record_iterator_new(out, reg, entity, q);
}

int csp__typed_filter(csp_record_iterator **out, csp_register *reg, int entity, const void *filter,
                      unsigned int filter_version, unsigned int version, const csp__filter_member *members,
                      size_t count)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    const csp__entity *e = &csp__entities[entity];
    if (filter && (filter_version < 1 || filter_version > version))
        return csp__fail(CSP_EARG, "unknown %s filter version %u (this libcsp knows 1 to %u)", e->name,
                         filter_version, version);
    csp__query q;
    csp__query_init(&q, e);
    int rc = CSP_OK;
    /* Only the members of the caller's version of the struct are read. */
    for (size_t k = 0; filter && k < count && rc == CSP_OK; k++) {
        if (members[k].since > filter_version)
            continue;
        const char *at = (const char *)filter + members[k].offset;
        if (members[k].is_flag) {
            int value;
            memcpy(&value, at, sizeof value);
            if (value >= 0)
                rc = csp__query_eq_int(&q, members[k].field, value != 0);
            continue;
        }
        const char *text;
        memcpy(&text, at, sizeof text);
        if (!text)
            continue;
        rc = csp__field_check_text(&e->fields[members[k].field], text, members[k].name);
        if (rc == CSP_OK)
            rc = csp__query_eq_borrowed(&q, members[k].field, text);
    }
    if (rc == CSP_OK)
        rc = csp_record_iterator_new(out, reg, entity, &q);
    csp__query_reset(&q);
    return rc;
}

int csp__typed_in_force(const csp_record *r, int entity, const char *date)
{
    int rc = check(r, entity, "in_force");
    return rc ? rc : csp_record_in_force(r, date);
}

const char *csp__typed_text(const csp_record *r, int entity, int field)
{
    return is(r, entity) ? r->v[field].s : NULL;
}

int csp__typed_int(const csp_record *r, int entity, int field)
{
    return is(r, entity) ? (int)r->v[field].i : 0;
}

size_t csp__typed_count(const csp_record *r, int entity, int field)
{
    return is(r, entity) ? r->v[field].list.n : 0;
}

const char *csp__typed_item(const csp_record *r, int entity, int field, size_t i)
{
    return is(r, entity) && i < r->v[field].list.n ? r->v[field].list.v[i] : NULL;
}

int csp__typed_set_text(csp_record *r, int entity, int field, const char *value)
{
    int rc = check(r, entity, "set");
    return rc ? rc : csp_record_set_text(r, field, value);
}

int csp__typed_set_int(csp_record *r, int entity, int field, int value)
{
    int rc = check(r, entity, "set");
    return rc ? rc : csp_record_set_int(r, field, value);
}

int csp__typed_add(csp_record *r, int entity, int field, const char *value)
{
    int rc = check(r, entity, "add");
    return rc ? rc : csp_record_add(r, field, value);
}

int csp__typed_clear(csp_record *r, int entity, int field)
{
    int rc = check(r, entity, "clear");
    return rc ? rc : csp_record_clear(r, field);
}
