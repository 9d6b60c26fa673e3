/* Lookups in the description, and the public introspection of schema.h. */
#include "schema/schema.h"
#include "core/error.h"
#include "csp/version.h"

#include <string.h>

/* ---- internal lookups ----------------------------------------------------- */

const csp__entity *csp__entity_get(int id)
{
    return id >= 0 && id < CSP__ENTITY_COUNT ? &csp__entities[id] : NULL;
}

const csp__entity *csp__entity_by_name(const char *name)
{
    if (!name)
        return NULL;
    for (int i = 0; i < CSP__ENTITY_COUNT; i++)
        if (strcmp(csp__entities[i].name, name) == 0)
            return &csp__entities[i];
    return NULL;
}

const csp__field *csp__field_get(const csp__entity *e, int field)
{
    return e && field >= 0 && field < e->nfields ? &e->fields[field] : NULL;
}

const csp__index *csp__index_by_name(const csp__entity *e, const char *name)
{
    for (int i = 0; e && name && i < e->nindexes; i++)
        if (strcmp(e->indexes[i].name, name) == 0)
            return &e->indexes[i];
    return NULL;
}

int csp__field_index(const csp__entity *e, const char *name)
{
    for (int i = 0; e && name && i < e->nfields; i++)
        if (strcmp(e->fields[i].name, name) == 0)
            return i;
    return -1;
}

const csp__enum *csp__enum_by_name(const char *name)
{
    for (int i = 0; name && i < CSP__ENUM_COUNT; i++)
        if (strcmp(csp__enums[i].name, name) == 0)
            return &csp__enums[i];
    return NULL;
}

/* ---- schema.h -------------------------------------------------------------- */

int csp_schema_version(void)
{
    return CSP__SCHEMA_VERSION;
}

size_t csp_schema_entity_count(void)
{
    return CSP__ENTITY_COUNT;
}

const char *csp_schema_entity_name(size_t i)
{
    return i < CSP__ENTITY_COUNT ? csp__entities[i].name : NULL;
}

int csp_schema_entity_find(const char *name)
{
    const csp__entity *e = csp__entity_by_name(name);
    for (int i = 0; !e && name && i < CSP__ENTITY_COUNT; i++)
        if (strcmp(csp__entities[i].plural, name) == 0)
            e = &csp__entities[i];
    return e ? e->id : CSP_ENOTFOUND;
}

const char *csp_schema_entity_plural(int entity)
{
    const csp__entity *e = csp__entity_get(entity);
    return e ? e->plural : NULL;
}

int csp_schema_entity_parent(const char **key, int entity)
{
    const csp__entity *e = csp__entity_get(entity);
    if (key)
        *key = e ? e->nest_key : NULL;
    return e ? e->nest_in : -1;
}

int csp_schema_entity_name_field(int entity)
{
    const csp__entity *e = csp__entity_get(entity);
    return e ? e->name_field : -1;
}

int csp_schema_entity_has_in_force(int entity)
{
    const csp__entity *e = csp__entity_get(entity);
    return e && e->in_force;
}

size_t csp_schema_field_count(const char *entity)
{
    const csp__entity *e = csp__entity_by_name(entity);
    return e ? (size_t)e->nfields : 0;
}

int csp_schema_field(const char **name, int *type, int *required, const char **target, const char *entity,
                     size_t i)
{
    CSP__ARG(entity);
    const csp__entity *e = csp__entity_by_name(entity);
    if (!e)
        return csp__fail(CSP_ENOTFOUND, "no entity named \"%.64s\"", entity);
    if (i >= (size_t)e->nfields)
        return csp__fail(CSP_ENOTFOUND, "%s has %d fields; there is no field %zu", e->name, e->nfields, i);
    const csp__field *f = &e->fields[i];
    if (name)
        *name = f->name;
    if (type)
        *type = (int)f->type;
    if (required)
        *required = (f->flags & CSP_FLAG_REQUIRED) != 0;
    if (target)
        *target = f->target >= 0 ? csp__entities[f->target].name : NULL;
    return csp__ok();
}

static const csp__field *field_of(int entity, int field)
{
    return csp__field_get(csp__entity_get(entity), field);
}

int csp_schema_field_find(int entity, const char *name)
{
    int i = csp__field_index(csp__entity_get(entity), name);
    return i >= 0 ? i : CSP_ENOTFOUND;
}

const char *csp_schema_field_name(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f ? f->name : NULL;
}

int csp_schema_field_type(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f ? (int)f->type : 0;
}

unsigned int csp_schema_field_flags(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f ? f->flags : 0;
}

int csp_schema_field_target(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f ? f->target : -1;
}

const char *csp_schema_field_enum(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f && f->en ? f->en->name : NULL;
}

int csp_schema_field_bounds(long long *min, long long *max, int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    if (!f)
        return csp__fail(CSP_EARG, "csp_schema_field_bounds: no field %d of entity %d", field, entity);
    if (f->type != CSP_FIELD_INT)
        return csp__fail(CSP_EINVALID, "%s is not a whole-number field", f->name);
    if (min)
        *min = f->min;
    if (max)
        *max = f->max;
    return csp__ok();
}

const char *csp_schema_field_label(int entity, int field)
{
    const csp__field *f = field_of(entity, field);
    return f ? f->label : NULL;
}

int csp_schema_field_max_length(int entity, int field)
{
    const csp__field *f = csp__field_get(csp__entity_get(entity), field);
    return f ? f->max_length : 0;
}

int csp_schema_field_since(int entity, int field)
{
    const csp__entity *e = csp__entity_get(entity);
    if (e && field == -1)
        return e->since;
    const csp__field *f = csp__field_get(e, field);
    return f ? f->since : 0;
}

int csp_schema_enum_values(const char *const **out, const char *entity, const char *field)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(entity);
    CSP__ARG(field);
    const csp__entity *e = csp__entity_by_name(entity);
    int i = csp__field_index(e, field);
    if (i < 0)
        return csp__fail(CSP_ENOTFOUND, "no field \"%.64s.%.64s\"", entity, field);
    if (!e->fields[i].en)
        return csp__fail(CSP_EINVALID, "%s.%s is not an enum field", e->name, e->fields[i].name);
    *out = e->fields[i].en->values;
    return csp__ok();
}

size_t csp_schema_enum_count(const char *name)
{
    const csp__enum *en = csp__enum_by_name(name);
    return en ? en->count : 0;
}

const char *csp_schema_enum_value(const char *name, size_t i)
{
    const csp__enum *en = csp__enum_by_name(name);
    return en && i < en->count ? en->values[i] : NULL;
}

/* The index of value in en, or -1. */
static long enum_index(const csp__enum *en, const char *value)
{
    for (size_t k = 0; en && value && k < en->count; k++)
        if (strcmp(en->values[k], value) == 0)
            return (long)k;
    return -1;
}

const char *csp_schema_enum_label(const char *name, const char *value)
{
    const csp__enum *en = csp__enum_by_name(name);
    long k = enum_index(en, value);
    return k >= 0 ? en->labels[k] : NULL;
}

const char *csp_schema_enum_doc(const char *name, const char *value)
{
    const csp__enum *en = csp__enum_by_name(name);
    if (en && !value)
        return en->doc;
    long k = enum_index(en, value);
    return k >= 0 ? en->docs[k] : NULL;
}

const char *csp_schema_doc(const char *entity, const char *field)
{
    const csp__entity *e = csp__entity_by_name(entity);
    if (!e)
        return NULL;
    if (!field)
        return e->doc;
    int i = csp__field_index(e, field);
    return i >= 0 ? e->fields[i].doc : NULL;
}
