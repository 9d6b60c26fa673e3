/* The generic record API (record.h): any entity, any field, by id. */
#include "model/model.h"
#include "model/write.h"
#include "core/error.h"
#include "csp/date.h"

#include <stdlib.h>

/* ---- records ---------------------------------------------------------------------- */

int csp_record_new(csp_record **out, int entity, const char *id)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(id);
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "csp_record_new: no entity with id %d", entity);
    csp__record *r = csp__record_alloc(e);
    if (!r)
        return CSP_ENOMEM;
    int rc = csp__record_set_text(r, 0, id);
    if (rc) {
        free(r);
        return rc;
    }
    *out = r;
    return CSP_OK;
}

void csp_record_free(csp_record *record)
{
    if (!record)
        return;
    csp__record_reset(record);
    free(record);
}

int csp_record_copy(csp_record **out, const csp_record *record)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(record);
    csp__record *r = malloc(sizeof *r);
    if (!r)
        return csp__fail(CSP_ENOMEM, "out of memory");
    int rc = csp__record_copy(r, record);
    if (rc) {
        free(r);
        return rc;
    }
    *out = r;
    return csp__ok();
}

int csp_record_entity(const csp_record *record)
{
    return record ? record->e->id : -1;
}

const char *csp_record_id(const csp_record *record)
{
    return record ? record->v[0].s : NULL;
}

/* The field, or NULL when record is NULL or has no such field. */
static const csp__field *field_of(const csp_record *record, int field)
{
    return record ? csp__field_get(record->e, field) : NULL;
}

const char *csp_record_text(const csp_record *record, int field)
{
    const csp__field *f = field_of(record, field);
    return f && csp__field_is_text(f) ? record->v[field].s : NULL;
}

long long csp_record_int(const csp_record *record, int field)
{
    const csp__field *f = field_of(record, field);
    return f && csp__field_is_int(f) ? record->v[field].i : 0;
}

int csp_record_is_set(const csp_record *record, int field)
{
    const csp__field *f = field_of(record, field);
    if (!f)
        return 0;
    if (csp__field_is_list(f))
        return record->v[field].list.n > 0;
    if (csp__field_is_int(f))
        return record->v[field].i != 0;
    return record->v[field].s != NULL;
}

size_t csp_record_count(const csp_record *record, int field)
{
    const csp__field *f = field_of(record, field);
    return f && csp__field_is_list(f) ? record->v[field].list.n : 0;
}

const char *csp_record_item(const csp_record *record, int field, size_t i)
{
    const csp__field *f = field_of(record, field);
    return f && csp__field_is_list(f) && i < record->v[field].list.n ? record->v[field].list.v[i] : NULL;
}

const char *csp_record_name(const csp_record *record)
{
    if (!record)
        return NULL;
    const char *name = record->e->name_field >= 0 ? record->v[record->e->name_field].s : NULL;
    return name ? name : record->v[0].s;
}

const char *csp_record_ref_name(const csp_record *record, int field)
{
    const csp__field *f = field_of(record, field);
    return f && f->type == CSP_FIELD_REF ? record->names[field] : NULL;
}

int csp_record_in_force(const csp_record *record, const char *date)
{
    CSP__ARG(record);
    CSP__ARG(date);
    if (!record->e->in_force)
        return csp__fail(CSP_EARG, "%s records have no period or status to be in force by", record->e->plural);
    int rc = csp_date_check(date);
    if (rc)
        return rc;
    csp__ok();
    return csp__record_in_force(record, date);
}

/* A field a caller may set: it exists and is not kept by libcsp. */
static int settable(const csp_record *record, int field, const char *fn)
{
    CSP__ARG(record);
    const csp__field *f = field_of(record, field);
    if (!f)
        return csp__fail(CSP_EARG, "%s: %s has no field %d", fn, record->e->name, field);
    if (f->flags & CSP_FLAG_READONLY)
        return csp__fail_at(CSP_EARG, f->name, "%s.%s is kept by libcsp and cannot be set", record->e->name, f->name);
    return CSP_OK;
}

int csp_record_set_text(csp_record *record, int field, const char *value)
{
    int rc = settable(record, field, __func__);
    return rc ? rc : csp__record_set_text(record, field, value);
}

int csp_record_set_int(csp_record *record, int field, long long value)
{
    int rc = settable(record, field, __func__);
    return rc ? rc : csp__record_set_int(record, field, value);
}

int csp_record_add(csp_record *record, int field, const char *value)
{
    int rc = settable(record, field, __func__);
    return rc ? rc : csp__record_list_add(record, field, value);
}

int csp_record_clear(csp_record *record, int field)
{
    int rc = settable(record, field, __func__);
    return rc ? rc : csp__record_clear(record, field);
}

int csp_record_equal(const csp_record *a, const csp_record *b)
{
    return a && b && csp__record_equal(a, b);
}

int csp_record_validate(const csp_record *record)
{
    CSP__ARG(record);
    int rc = csp__record_validate(record, NULL);
    return rc ? rc : csp__ok();
}

/* ---- the register ------------------------------------------------------------------- */

int csp_record_get(csp_record **out, csp_register *reg, int entity, const char *id)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    CSP__ARG(id);
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "csp_record_get: no entity with id %d", entity);
    csp__record *r = csp__record_alloc(e);
    if (!r)
        return CSP_ENOMEM;
    int rc = csp__read(reg, e, id, r);
    if (rc) {
        free(r);
        return rc;
    }
    *out = r;
    return csp__ok();
}

int csp_record_put(csp_register *reg, const csp_record *record)
{
    CSP__ARG(reg);
    CSP__ARG(record);
    return csp__put(reg, record, CSP__PUT_UPSERT);
}

int csp_record_insert(csp_register *reg, const csp_record *record)
{
    CSP__ARG(reg);
    CSP__ARG(record);
    return csp__put(reg, record, CSP__PUT_INSERT);
}

int csp_record_delete(csp_register *reg, int entity, const char *id)
{
    CSP__ARG(reg);
    CSP__ARG(id);
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "csp_record_delete: no entity with id %d", entity);
    return csp__delete(reg, e, id);
}

int csp_record_move(csp_register *reg, int entity, const char *id, const char *parent, long index)
{
    CSP__ARG(reg);
    CSP__ARG(id);
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "csp_record_move: no entity with id %d", entity);
    return csp__move(reg, e, id, parent, index);
}

/* ---- iteration ------------------------------------------------------------------------- */

/* The query to run: q, or an empty one over e in *empty. */
static int query_for(const csp__query **q, csp__query *empty, int entity, const char *fn)
{
    const csp__entity *e = csp__entity_get(entity);
    if (!e)
        return csp__fail(CSP_EARG, "%s: no entity with id %d", fn, entity);
    if (*q && (*q)->e != e)
        return csp__fail(CSP_EARG, "%s: the query is over %s, not %s", fn, (*q)->e->plural, e->plural);
    if (!*q) {
        csp__query_init(empty, e);
        *q = empty;
    }
    return CSP_OK;
}

int csp_record_iterator_new(csp_record_iterator **out, csp_register *reg, int entity, const csp_query *query)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    csp__query empty;
    int rc = query_for(&query, &empty, entity, __func__);
    if (rc)
        return rc;
    csp_record_iterator *it = calloc(1, sizeof *it);
    if (!it)
        return csp__fail(CSP_ENOMEM, "out of memory");
    if ((rc = csp__read_open(reg, query, &it->cursor))) {
        free(it);
        return rc;
    }
    it->reg = reg;
    it->e = query->e;
    it->generation = reg->generation[query->e->id];
    it->next_live = reg->iters;
    if (reg->iters)
        reg->iters->prev_live = it;
    reg->iters = it;
    *out = it;
    return csp__ok();
}

int csp_record_next(csp_record **out, csp_record_iterator *it)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(it);
    if (!it->reg)
        return csp__fail(CSP_EARG, "the iterator's register has been closed");
    if (!it->cursor)
        return CSP_ITEROVER;
    if (it->generation != it->reg->generation[it->e->id])
        return csp__fail(CSP_ECHANGED,
                         "the register \"%s\" changed (a write through the same handle) during this iteration of %s: "
                         "start a new one, or collect the records first to change them as you go",
                         it->reg->store->path, it->e->plural);
    csp__record *r = csp__record_alloc(it->e);
    if (!r)
        return CSP_ENOMEM;
    int rc = csp__read_next(it->reg, it->cursor, r);
    if (rc) {
        free(r);
        if (rc == CSP_ITEROVER) { /* done: release the cursor now */
            csp__read_close(it->reg, it->cursor);
            it->cursor = NULL;
        }
        return rc;
    }
    *out = r;
    return CSP_OK;
}

int csp_record_iterator_changed(const csp_record_iterator *it)
{
    if (!it)
        return 0;
    return !it->reg || it->generation != it->reg->generation[it->e->id];
}

void csp_record_iterator_free(csp_record_iterator *it)
{
    if (!it)
        return;
    if (it->reg) {
        csp__read_close(it->reg, it->cursor);
        if (it->prev_live)
            it->prev_live->next_live = it->next_live;
        else
            it->reg->iters = it->next_live;
        if (it->next_live)
            it->next_live->prev_live = it->prev_live;
    }
    free(it);
}

int csp_record_count_matching(size_t *out, csp_register *reg, int entity, const csp_query *query)
{
    CSP__ARG(out);
    *out = 0;
    CSP__ARG(reg);
    csp__query empty;
    int rc = query_for(&query, &empty, entity, __func__);
    if (rc == CSP_OK)
        rc = reg->store->count(reg->store, query, out);
    return rc ? rc : csp__ok();
}
