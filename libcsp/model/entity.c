/* The entity description tables, built from entities.def, and the generic record. */
#include "model/entity.h"
#include "core/error.h"
#include "csp/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Enum value lists: csp__enum_<name>. */
#define CSP_ENUM(name, ...) static const char *const csp__enum_##name[] = {__VA_ARGS__, NULL};
#define CSP_ENTITY(...)
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent)
#include "model/entities.def"
#include "model/entities_undef.h"

#define csp__enum_none NULL
#define CSP__ENUM_NAME_none NULL

/* Field tables: csp__fields_<entity>. */
#define CSP_ENUM(...)
#define CSP_ENTITY(ent, ...) static const csp__field csp__fields_##ent[] = {
#define CSP_FIELD(ent, fname, type, flags, en, tgt, mn, mx, since, doc)                            \
    {#fname, CSP_FIELD_##type, flags, csp__enum_##en, #en, CSP__E_##tgt, mn, mx, since, doc},
#define CSP_ENTITY_END(ent) };
#include "model/entities.def"
#include "model/entities_undef.h"

/* The index of each entity's field with a given flag, or -1 (at most one each):
 * csp__<flag>f_<entity>. */
#define CSP_ENUM(...)
#define CSP_FIELD_INDEX_OF(flag, ent, fname, flags) +(((flags) & (flag)) ? CSP__FI_##ent##_##fname + 1 : 0)
#define CSP_ENTITY_END(ent) ;
#define CSP_ENTITY(ent, ...) static const int csp__nestf_##ent = -1
#define CSP_FIELD(ent, fname, type, flags, ...) CSP_FIELD_INDEX_OF(CSP__NESTED, ent, fname, flags)
#include "model/entities.def"
#undef CSP_ENTITY
#undef CSP_FIELD
#define CSP_ENTITY(ent, ...) static const int csp__orderf_##ent = -1
#define CSP_FIELD(ent, fname, type, flags, ...) CSP_FIELD_INDEX_OF(CSP__ORDER, ent, fname, flags)
#include "model/entities.def"
#undef CSP_ENTITY
#undef CSP_FIELD
#define CSP_ENTITY(ent, ...) static const int csp__treef_##ent = -1
#define CSP_FIELD(ent, fname, type, flags, ...) CSP_FIELD_INDEX_OF(CSP__TREE, ent, fname, flags)
#include "model/entities.def"
#undef CSP_ENTITY
#undef CSP_FIELD
#define CSP_ENTITY(ent, ...) static const int csp__builtinf_##ent = -1
#define CSP_FIELD(ent, fname, type, flags, ...) CSP_FIELD_INDEX_OF(CSP__BUILTIN, ent, fname, flags)
#include "model/entities.def"
#include "model/entities_undef.h"
#undef CSP_FIELD_INDEX_OF

const csp__entity csp__entities[CSP__ENTITY_COUNT] = {
#define CSP_ENUM(...)
#define CSP_ENTITY(ent, plural, nin, nkey, since, doc)                                             \
    {CSP__E_##ent, #ent, #plural, CSP__E_##nin, nkey, csp__nestf_##ent, since, doc,              \
     csp__fields_##ent, (int)(sizeof csp__fields_##ent / sizeof csp__fields_##ent[0]), csp__orderf_##ent,      \
     csp__treef_##ent, csp__builtinf_##ent},
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent)
#include "model/entities.def"
#include "model/entities_undef.h"
};

/* Compile-time check that no entity has more fields than a record holds. */
#define CSP_ENUM(...)
#define CSP_ENTITY(...)
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent) _Static_assert(CSP__NF_##ent <= CSP__MAX_FIELDS, #ent " has too many fields");
#include "model/entities.def"
#include "model/entities_undef.h"

const csp__entity *csp__entity_by_name(const char *name)
{
    if (!name)
        return NULL;
    for (int i = 0; i < CSP__ENTITY_COUNT; i++)
        if (strcmp(csp__entities[i].name, name) == 0)
            return &csp__entities[i];
    return NULL;
}

int csp__field_index(const csp__entity *e, const char *name)
{
    for (int i = 0; i < e->nfields; i++)
        if (strcmp(e->fields[i].name, name) == 0)
            return i;
    return -1;
}

/* ---- records ---------------------------------------------------------- */

void csp__record_init(csp__record *r, const csp__entity *e)
{
    memset(r, 0, sizeof *r);
    r->e = e;
}

void csp__record_reset(csp__record *r)
{
    for (int i = 0; i < r->e->nfields; i++) {
        csp__value *v = &r->v[i];
        if (!r->borrowed)
            free(v->s);
        csp__strlist_clear(&v->list, !r->borrowed);
        v->s = NULL;
        v->i = 0;
    }
}

int csp__record_copy(csp__record *dst, const csp__record *src)
{
    csp__record_init(dst, src->e);
    for (int i = 0; i < src->e->nfields; i++) {
        const csp__value *s = &src->v[i];
        csp__value *d = &dst->v[i];
        d->i = s->i;
        if (s->s && !(d->s = csp__strdup(s->s)))
            goto nomem;
        for (size_t k = 0; k < s->list.n; k++) {
            char *c = csp__strdup(s->list.v[k]);
            if (!c || csp__strlist_push(&d->list, c)) {
                free(c);
                goto nomem;
            }
        }
    }
    return CSP_OK;
nomem:
    csp__record_reset(dst);
    return csp__fail(CSP_ENOMEM, "out of memory");
}

static int str_eq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int csp__record_equal(const csp__record *a, const csp__record *b)
{
    if (a->e != b->e)
        return 0;
    for (int i = 0; i < a->e->nfields; i++) {
        const csp__value *x = &a->v[i], *y = &b->v[i];
        if (i == a->e->order_field) /* a place in a list, not part of what the record says */
            continue;
        if (x->i != y->i || !str_eq(x->s, y->s) || x->list.n != y->list.n)
            return 0;
        for (size_t k = 0; k < x->list.n; k++)
            if (strcmp(x->list.v[k], y->list.v[k]) != 0)
                return 0;
    }
    return 1;
}

/* ---- validation ------------------------------------------------------- */

void csp__field_path(char *buf, size_t size, const char *where, const char *field)
{
    if (where && *where)
        snprintf(buf, size, "%s.%s", where, field);
    else
        snprintf(buf, size, "%s", field);
}

static int id_char(char c, int first)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return !first && (c == '.' || c == '_' || c == ':' || c == '/' || c == '-');
}

static int check_id(const char *s, const char *path)
{
    size_t n = strlen(s);
    if (n == 0)
        return csp__fail_at(CSP_EINVALID, path, "an id must not be empty");
    if (n > 128)
        return csp__fail_at(CSP_EINVALID, path, "id \"%.40s...\" is longer than 128 characters", s);
    for (size_t i = 0; i < n; i++)
        if (!id_char(s[i], i == 0))
            return csp__fail_at(CSP_EINVALID, path,
                                "id \"%.128s\" has a bad character at position %zu: ids are letters, digits "
                                "and . _ : / - (not first)",
                                s, i + 1);
    return CSP_OK;
}

static int check_enum(const csp__field *f, const char *s, const char *path)
{
    for (const char *const *v = f->enum_values; *v; v++)
        if (strcmp(*v, s) == 0)
            return CSP_OK;
    char list[512];
    size_t used = 0;
    list[0] = '\0';
    for (const char *const *v = f->enum_values; *v && used < sizeof list; v++) {
        int n = snprintf(list + used, sizeof list - used, "%s%s", v == f->enum_values ? "" : ", ", *v);
        if (n < 0)
            break;
        used += (size_t)n;
    }
    return csp__fail_at(CSP_EENUM, path, "unknown value \"%.64s\" (expected one of: %s)", s, list);
}

static int check_gss(const char *s, const char *path)
{
    int ok = strlen(s) == 9 && s[0] >= 'A' && s[0] <= 'Z';
    for (int i = 1; ok && i < 9; i++)
        ok = s[i] >= '0' && s[i] <= '9';
    return ok ? CSP_OK
              : csp__fail_at(CSP_EINVALID, path,
                             "\"%.40s\" is not a GSS code: expected a capital letter and eight digits", s);
}

int csp__field_check_text(const csp__field *f, const char *s, const char *path)
{
    size_t n = strlen(s);
    if (!csp__utf8_valid(s, n))
        return csp__fail_at(CSP_EINVALID, path, "text is not valid UTF-8");
    switch (f->type) {
    case CSP_FIELD_ID:
    case CSP_FIELD_REF:
    case CSP_FIELD_REF_LIST:
        return check_id(s, path);
    case CSP_FIELD_ENUM:
    case CSP_FIELD_ENUM_LIST:
        return check_enum(f, s, path);
    case CSP_FIELD_DATE:
    case CSP_FIELD_DATE_LIST: {
        int rc = csp_date_check(s);
        if (rc) {
            char msg[256];
            snprintf(msg, sizeof msg, "%s", csp_error_last()->message);
            return csp__fail_at(rc, path, "%s", msg);
        }
        return CSP_OK;
    }
    case CSP_FIELD_TEXT:
    case CSP_FIELD_TEXT_LIST:
        if (n == 0)
            return csp__fail_at(CSP_EINVALID, path, "text must not be empty (leave the field out instead)");
        if (f->flags & CSP__GSS)
            return check_gss(s, path);
        return CSP_OK;
    default:
        return csp__fail_at(CSP_EINVALID, path, "expected a %s, not text",
                            f->type == CSP_FIELD_BOOL ? "boolean" : "number");
    }
}

int csp__field_check_int(const csp__field *f, long long i, const char *path)
{
    if (f->type == CSP_FIELD_BOOL)
        return (i == 0 || i == 1) ? CSP_OK : csp__fail_at(CSP_EINVALID, path, "expected true or false");
    if (f->type != CSP_FIELD_INT)
        return csp__fail_at(CSP_EINVALID, path, "expected text, not a number");
    if (i != 0 && (i < f->min || i > f->max))
        return csp__fail_at(CSP_EINVALID, path, "%lld is out of range (%lld to %lld)", i, f->min, f->max);
    return CSP_OK;
}

int csp__record_set_text(csp__record *r, int field, const char *s)
{
    const csp__field *f = &r->e->fields[field];
    char *copy = NULL;
    if (s) {
        int rc = csp__field_check_text(f, s, f->name);
        if (rc)
            return rc;
        if (!(copy = csp__strdup(s)))
            return CSP_ENOMEM;
    } else if (f->type == CSP_FIELD_ID) {
        return csp__fail_at(CSP_EINVALID, f->name, "the id cannot be cleared");
    }
    free(r->v[field].s);
    r->v[field].s = copy;
    return csp__ok();
}

int csp__record_set_int(csp__record *r, int field, long long i)
{
    const csp__field *f = &r->e->fields[field];
    if (f->type == CSP_FIELD_BOOL)
        i = i != 0;
    int rc = csp__field_check_int(f, i, f->name);
    if (rc)
        return rc;
    r->v[field].i = i;
    return csp__ok();
}

int csp__record_list_add(csp__record *r, int field, const char *s)
{
    const csp__field *f = &r->e->fields[field];
    CSP__ARG(s);
    int rc = csp__field_check_text(f, s, f->name);
    if (rc)
        return rc;
    char *copy = csp__strdup(s);
    if (!copy)
        return CSP_ENOMEM;
    if ((rc = csp__strlist_push(&r->v[field].list, copy))) {
        free(copy);
        return rc;
    }
    return csp__ok();
}

int csp__record_list_clear(csp__record *r, int field)
{
    csp__strlist_clear(&r->v[field].list, 1);
    return csp__ok();
}

/* How an error names the record: its JSON path, or "<entity> "<id>"". */
static const char *subject_of(const csp__record *r, const char *where, char *buf, size_t size)
{
    if (where && *where)
        return where;
    snprintf(buf, size, "%s \"%.128s\"", r->e->name, r->v[0].s ? r->v[0].s : "");
    return buf;
}

int csp__record_validate(const csp__record *r, const char *where)
{
    const csp__entity *e = r->e;
    char path[300], subject[200];
    int one_of = 0, set = 0, start = -1, end = -1;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        const csp__value *v = &r->v[i];
        if ((f->flags & CSP__REQUIRED) && !v->s && !csp__field_is_int(f)) {
            csp__field_path(path, sizeof path, where, f->name);
            return csp__fail_at(CSP_EREQUIRED, path, "%s: required field \"%s\" is missing",
                                subject_of(r, where, subject, sizeof subject), f->name);
        }
        /* A list of references, values or dates names each at most once. */
        if (csp__field_is_list(f) && f->type != CSP_FIELD_TEXT_LIST)
            for (size_t k = 1; k < v->list.n; k++)
                for (size_t j = 0; j < k; j++)
                    if (strcmp(v->list.v[j], v->list.v[k]) == 0) {
                        csp__field_path(path, sizeof path, where, f->name);
                        size_t len = strlen(path);
                        snprintf(path + len, sizeof path - len, "[%zu]", k);
                        return csp__fail_at(CSP_EINVALID, path, "%s: \"%s\" is already in %s (at %zu)",
                                            subject_of(r, where, subject, sizeof subject), v->list.v[k], f->name, j);
                    }
        if (f->flags & CSP__ONE_OF) {
            one_of++;
            set += v->s != NULL;
        }
        if (f->type == CSP_FIELD_DATE && strcmp(f->name, "start_date") == 0)
            start = i;
        else if (f->type == CSP_FIELD_DATE && strcmp(f->name, "end_date") == 0)
            end = i;
    }
    /* Exactly one of the CSP__ONE_OF fields is set. */
    if (one_of && set != 1) {
        char names[160] = "";
        for (int i = 0, n = 0; i < e->nfields; i++)
            if (e->fields[i].flags & CSP__ONE_OF) {
                size_t len = strlen(names);
                snprintf(names + len, sizeof names - len, "%s%s", n++ ? " or " : "", e->fields[i].name);
            }
        snprintf(path, sizeof path, "%s", where ? where : "");
        return csp__fail_at(set ? CSP_ECONSTRAINT : CSP_EREQUIRED, path, "%s: exactly one of %s must be set (%s)",
                            subject_of(r, where, subject, sizeof subject), names, set ? "both are" : "neither is");
    }
    /* A period does not end before it starts. */
    if (start >= 0 && end >= 0 && r->v[start].s && r->v[end].s &&
        csp_date_compare(r->v[end].s, r->v[start].s) < 0 && !csp_date_overlaps(r->v[end].s, r->v[start].s)) {
        csp__field_path(path, sizeof path, where, "end_date");
        return csp__fail_at(CSP_ECONSTRAINT, path, "%s: end_date %s is before start_date %s",
                            subject_of(r, where, subject, sizeof subject), r->v[end].s, r->v[start].s);
    }
    return CSP_OK;
}

/* ---- public introspection (schema.h) ---------------------------------- */

size_t csp_schema_entity_count(void)
{
    return CSP__ENTITY_COUNT;
}

const char *csp_schema_entity_name(size_t i)
{
    return i < CSP__ENTITY_COUNT ? csp__entities[i].name : NULL;
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
        *required = (f->flags & CSP__REQUIRED) != 0;
    if (target)
        *target = f->target >= 0 ? csp__entities[f->target].name : NULL;
    return csp__ok();
}

int csp_schema_enum_values(const char *const **out, const char *entity, const char *field)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(entity);
    CSP__ARG(field);
    const csp__entity *e = csp__entity_by_name(entity);
    int i = e ? csp__field_index(e, field) : -1;
    if (i < 0)
        return csp__fail(CSP_ENOTFOUND, "no field \"%.64s.%.64s\"", entity, field);
    if (e->fields[i].type != CSP_FIELD_ENUM && e->fields[i].type != CSP_FIELD_ENUM_LIST)
        return csp__fail(CSP_EINVALID, "%s.%s is not an enum field", entity, field);
    *out = e->fields[i].enum_values;
    return csp__ok();
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
