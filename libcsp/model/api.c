/*
 * The public entity functions (organisation.h, person.h, partnership.h,
 * membership.h), generated from entities.def: one generic implementation per
 * operation and per field type, instantiated for every entity and field.
 */
#include "model/api.h"
#include "core/error.h"
#include "model/tree.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Reads the stored record with r's id into old; 1 if found, 0 if not, <0 on error. */
static int stored(csp_register *reg, const csp__entity *e, const char *id, csp__record *old)
{
    csp__record_init(old, e);
    int rc = csp__store_get(reg, e, id, old);
    if (rc == CSP_ENOTFOUND)
        return 0;
    return rc ? rc : 1;
}

static int refuse_builtin(const csp__record *old)
{
    return csp__fail(CSP_ECONSTRAINT, "%s \"%s\" is built into libcsp and cannot be changed or deleted", old->e->name,
                     csp__record_id(old));
}

/* A tree record with children cannot move to another owner on its own. */
static int refuse_if_children(csp_register *reg, const csp__entity *e, const char *id, const char *owner)
{
    csp__iter it;
    csp__cond c = {e->tree_field, id, 0};
    int rc = csp__iter_init(&it, reg, e, &c, 1);
    if (rc)
        return rc;
    csp__record child;
    csp__record_init(&child, e);
    rc = csp__iter_next(&it, &child);
    csp__iter_finish(&it);
    if (rc == CSP_OK) {
        rc = csp__fail_at(CSP_ECONSTRAINT, e->fields[e->nest_field].name,
                          "%s \"%s\" cannot move to %s \"%s\": %s \"%s\" and maybe others sit under it (move or "
                          "delete them first)",
                          e->name, id, e->fields[e->nest_field].name, owner, e->name, csp__record_id(&child));
        csp__record_reset(&child);
        return rc;
    }
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

/* The write itself, inside the caller's transaction. */
static int put_in_transaction(csp_register *reg, const csp__record *r)
{
    const csp__entity *e = r->e;
    csp__record old, w;
    /* Only built-in and ordered records need the stored version first. */
    if (e->builtin_field < 0 && e->order_field < 0)
        return csp__store_write(reg, r, CSP__WRITE_UPSERT, 0, NULL);
    int found = stored(reg, e, csp__record_id(r), &old);
    if (found < 0)
        return found;
    int rc = CSP_OK;
    if (found && e->builtin_field >= 0 && old.v[e->builtin_field].i)
        rc = refuse_builtin(&old);
    if (rc == CSP_OK && e->order_field < 0) {
        rc = csp__store_write(reg, r, CSP__WRITE_UPSERT, 0, NULL);
    } else if (rc == CSP_OK) {
        /* An ordered record keeps its place when it stays under the same
         * owner, and otherwise goes last; then its owner is renumbered. */
        const char *owner = r->v[e->nest_field].s;
        const char *old_owner = found ? old.v[e->nest_field].s : NULL;
        int moved = found && strcmp(old_owner, owner) != 0;
        if (moved && e->tree_field >= 0)
            rc = refuse_if_children(reg, e, csp__record_id(r), owner);
        if (rc == CSP_OK && (rc = csp__record_copy(&w, r)) == CSP_OK) {
            long long last = 0;
            if (found && !moved)
                w.v[e->order_field].i = old.v[e->order_field].i;
            else if ((rc = csp__store_max_order(reg, e, owner, &last)) == CSP_OK)
                w.v[e->order_field].i = last + 1;
            if (rc == CSP_OK)
                rc = csp__store_write(reg, &w, CSP__WRITE_UPSERT, 0, NULL);
            if (rc == CSP_OK && e->tree_field >= 0)
                rc = csp__tree_check_parent(reg, &w, NULL);
            if (rc == CSP_OK)
                rc = csp__tree_renumber(reg, e, owner);
            if (rc == CSP_OK && moved)
                rc = csp__tree_renumber(reg, e, old_owner);
            csp__record_reset(&w);
        }
    }
    if (found)
        csp__record_reset(&old);
    return rc;
}

int csp__entity_put(csp_register *reg, const csp__record *r)
{
    int rc;
    if ((rc = csp__record_validate(r, NULL)) || (rc = csp__store_writable(reg)) || (rc = csp__store_begin(reg)))
        return rc;
    if ((rc = put_in_transaction(reg, r)) == CSP_OK && (rc = csp__store_commit(reg)) == CSP_OK)
        return csp__ok();
    if (rc == CSP_EREFERENCE)
        csp__store_check_refs(reg, r, NULL); /* names the field instead of SQLite's generic message */
    csp__store_rollback(reg);
    return csp_error_last()->code;
}

/* Deletes through the public path: built-in records are refused, and an
 * ordered record's siblings are renumbered. */
static int entity_delete(csp_register *reg, const csp__entity *e, const char *id)
{
    int rc = csp__store_writable(reg);
    if (rc)
        return rc;
    csp__record old;
    int found = stored(reg, e, id, &old);
    if (found <= 0)
        return found < 0 ? found : csp__fail(CSP_ENOTFOUND, "no %s with id \"%.128s\"", e->name, id);
    if (e->builtin_field >= 0 && old.v[e->builtin_field].i)
        rc = refuse_builtin(&old);
    else if ((rc = csp__store_begin(reg)) == CSP_OK) {
        rc = csp__store_delete(reg, e, id);
        if (rc == CSP_OK && e->order_field >= 0)
            rc = csp__tree_renumber(reg, e, old.v[e->nest_field].s);
        if (rc || (rc = csp__store_commit(reg)))
            csp__store_rollback(reg);
    }
    csp__record_reset(&old);
    return rc ? rc : csp__ok();
}

int csp_element_move(csp_register *reg, const char *id, const char *parent_id, long index)
{
    CSP__ARG(reg);
    CSP__ARG(id);
    const csp__entity *e = &csp__entities[CSP__E_element];
    int rc;
    if ((rc = csp__store_writable(reg)) || (rc = csp__store_begin(reg)))
        return rc;
    if ((rc = csp__tree_move(reg, e, id, parent_id, index)) || (rc = csp__store_commit(reg))) {
        rc = csp_error_last()->code;
        csp__store_rollback(reg);
        return rc;
    }
    return csp__ok();
}

/* ---- lifecycle, store and iteration, per entity ------------------------ */

#define CSP_ENUM(...)
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent)
#define CSP_ENTITY(ent, ...)                                                                       \
    int csp_##ent##_new(csp_##ent **out, const char *id)                                           \
    {                                                                                              \
        CSP__ARG(out);                                                                             \
        *out = NULL;                                                                               \
        CSP__ARG(id);                                                                              \
        csp_##ent *o = malloc(sizeof *o);                                                          \
        if (!o)                                                                                    \
            return csp__fail(CSP_ENOMEM, "out of memory");                                         \
        csp__record_init(&o->rec, &csp__entities[CSP__E_##ent]);                                   \
        int rc = csp__record_set_text(&o->rec, 0, id);                                             \
        if (rc) {                                                                                  \
            free(o);                                                                               \
            return rc;                                                                             \
        }                                                                                          \
        *out = o;                                                                                  \
        return CSP_OK;                                                                             \
    }                                                                                              \
    void csp_##ent##_free(csp_##ent *o)                                                            \
    {                                                                                              \
        if (!o)                                                                                    \
            return;                                                                                \
        csp__record_reset(&o->rec);                                                                \
        free(o);                                                                                   \
    }                                                                                              \
    int csp_##ent##_get(csp_##ent **out, csp_register *reg, const char *id)                        \
    {                                                                                              \
        CSP__ARG(out);                                                                             \
        *out = NULL;                                                                               \
        CSP__ARG(reg);                                                                             \
        CSP__ARG(id);                                                                              \
        csp_##ent *o = malloc(sizeof *o);                                                          \
        if (!o)                                                                                    \
            return csp__fail(CSP_ENOMEM, "out of memory");                                         \
        csp__record_init(&o->rec, &csp__entities[CSP__E_##ent]);                                   \
        int rc = csp__store_get(reg, o->rec.e, id, &o->rec);                                       \
        if (rc) {                                                                                  \
            free(o);                                                                               \
            return rc;                                                                             \
        }                                                                                          \
        *out = o;                                                                                  \
        return csp__ok();                                                                          \
    }                                                                                              \
    int csp_##ent##_put(csp_register *reg, const csp_##ent *o)                                     \
    {                                                                                              \
        CSP__ARG(reg);                                                                             \
        CSP__ARG(o);                                                                               \
        return csp__entity_put(reg, &o->rec);                                                      \
    }                                                                                              \
    int csp_##ent##_delete(csp_register *reg, const char *id)                                      \
    {                                                                                              \
        CSP__ARG(reg);                                                                             \
        CSP__ARG(id);                                                                              \
        return entity_delete(reg, &csp__entities[CSP__E_##ent], id);                               \
    }                                                                                              \
    int csp_##ent##_next(csp_##ent **out, csp_##ent##_iterator *it)                                \
    {                                                                                              \
        CSP__ARG(out);                                                                             \
        *out = NULL;                                                                               \
        CSP__ARG(it);                                                                              \
        csp_##ent *o = malloc(sizeof *o);                                                          \
        if (!o)                                                                                    \
            return csp__fail(CSP_ENOMEM, "out of memory");                                         \
        csp__record_init(&o->rec, &csp__entities[CSP__E_##ent]);                                   \
        int rc = csp__iter_next(&it->it, &o->rec);                                                 \
        if (rc) {                                                                                  \
            free(o);                                                                               \
            return rc;                                                                             \
        }                                                                                          \
        *out = o;                                                                                  \
        return CSP_OK;                                                                             \
    }                                                                                              \
    void csp_##ent##_iterator_free(csp_##ent##_iterator *it)                                       \
    {                                                                                              \
        if (!it)                                                                                   \
            return;                                                                                \
        csp__iter_finish(&it->it);                                                                 \
        free(it);                                                                                  \
    }                                                                                              \
    static int csp__##ent##_iterate(csp_##ent##_iterator **out, csp_register *reg,                 \
                                    const csp__cond *conds, int n)                                 \
    {                                                                                              \
        csp_##ent##_iterator *it = malloc(sizeof *it);                                             \
        if (!it)                                                                                   \
            return csp__fail(CSP_ENOMEM, "out of memory");                                         \
        int rc = csp__iter_init(&it->it, reg, &csp__entities[CSP__E_##ent], conds, n);             \
        if (rc) {                                                                                  \
            free(it);                                                                              \
            return rc;                                                                             \
        }                                                                                          \
        *out = it;                                                                                 \
        return csp__ok();                                                                          \
    }
#include "model/entities.def"
#undef CSP_ENTITY
#undef CSP_FIELD

/* ---- getters and setters, per field type ------------------------------- */

#define CSP__GET_TEXT(ent, f)                                                                      \
    const char *csp_##ent##_##f(const csp_##ent *o)                                                \
    {                                                                                              \
        return o ? o->rec.v[CSP__FI_##ent##_##f].s : NULL;                                         \
    }
#define CSP__SET_TEXT(ent, f)                                                                      \
    int csp_##ent##_set_##f(csp_##ent *o, const char *value)                                       \
    {                                                                                              \
        CSP__ARG(o);                                                                               \
        return csp__record_set_text(&o->rec, CSP__FI_##ent##_##f, value);                          \
    }
#define CSP__ACC_ID(ent, f) CSP__GET_TEXT(ent, f)
#define CSP__ACC_TEXT(ent, f) CSP__GET_TEXT(ent, f) CSP__SET_TEXT(ent, f)
#define CSP__ACC_ENUM(ent, f) CSP__GET_TEXT(ent, f) CSP__SET_TEXT(ent, f)
#define CSP__ACC_DATE(ent, f) CSP__GET_TEXT(ent, f) CSP__SET_TEXT(ent, f)
#define CSP__ACC_REF(ent, f) CSP__GET_TEXT(ent, f) CSP__SET_TEXT(ent, f)
#define CSP__GET_INT(ent, f)                                                                       \
    int csp_##ent##_##f(const csp_##ent *o)                                                        \
    {                                                                                              \
        return o ? (int)o->rec.v[CSP__FI_##ent##_##f].i : 0;                                       \
    }
#define CSP__ACC_INTLIKE(ent, f)                                                                   \
    CSP__GET_INT(ent, f)                                                                           \
    int csp_##ent##_set_##f(csp_##ent *o, int value)                                               \
    {                                                                                              \
        CSP__ARG(o);                                                                               \
        return csp__record_set_int(&o->rec, CSP__FI_##ent##_##f, value);                           \
    }
#define CSP__ACC_BOOL(ent, f) CSP__ACC_INTLIKE(ent, f)
#define CSP__ACC_BOOL_RO(ent, f) CSP__GET_INT(ent, f)
#define CSP__ACC_POSITION(ent, f) CSP__GET_INT(ent, f)
#define CSP__ACC_INT(ent, f) CSP__ACC_INTLIKE(ent, f)
#define CSP__ACC_LIST(ent, f)                                                                      \
    size_t csp_##ent##_##f##_count(const csp_##ent *o)                                             \
    {                                                                                              \
        return o ? o->rec.v[CSP__FI_##ent##_##f].list.n : 0;                                       \
    }                                                                                              \
    const char *csp_##ent##_##f(const csp_##ent *o, size_t i)                                      \
    {                                                                                              \
        return o && i < o->rec.v[CSP__FI_##ent##_##f].list.n ? o->rec.v[CSP__FI_##ent##_##f].list.v[i] \
                                                               : NULL;                             \
    }                                                                                              \
    int csp_##ent##_add_##f(csp_##ent *o, const char *value)                                       \
    {                                                                                              \
        CSP__ARG(o);                                                                               \
        return csp__record_list_add(&o->rec, CSP__FI_##ent##_##f, value);                          \
    }                                                                                              \
    int csp_##ent##_clear_##f(csp_##ent *o)                                                        \
    {                                                                                              \
        CSP__ARG(o);                                                                               \
        return csp__record_list_clear(&o->rec, CSP__FI_##ent##_##f);                               \
    }
#define CSP__ACC_TEXT_LIST(ent, f) CSP__ACC_LIST(ent, f)
#define CSP__ACC_REF_LIST(ent, f) CSP__ACC_LIST(ent, f)
#define CSP__ACC_ENUM_LIST(ent, f) CSP__ACC_LIST(ent, f)
#define CSP__ACC_DATE_LIST(ent, f) CSP__ACC_LIST(ent, f)

#define CSP_ENTITY(...)
#define CSP_FIELD(ent, f, type, ...) CSP__ACC_##type(ent, f)
#include "model/entities.def"
#include "model/entities_undef.h"

/* ---- iterator filters --------------------------------------------------- */

/* One member of a public filter struct and the field it matches: text members
 * (NULL: any) are validated like the field; flag members are 1, 0 or -1 (any). */
typedef struct csp__filter_member {
    size_t offset;
    int field;
    int is_flag;
    const char *name;
} csp__filter_member;

#define CSP__TEXT_MEMBER(ent, member, fld)                                                         \
    {offsetof(csp_##ent##_filter, member), CSP__FI_##ent##_##fld, 0, "filter." #member}
#define CSP__FLAG_MEMBER(ent, member, fld)                                                         \
    {offsetof(csp_##ent##_filter, member), CSP__FI_##ent##_##fld, 1, "filter." #member}

/* Turns a filter into conditions on e's fields. */
static int filter_conds(csp__cond *c, int *n, const csp__entity *e, const void *filter,
                        const csp__filter_member *members, size_t count)
{
    for (size_t k = 0; filter && k < count; k++) {
        const char *at = (const char *)filter + members[k].offset;
        if (members[k].is_flag) {
            int value = *(const int *)(const void *)at;
            if (value >= 0) {
                c[*n].field = members[k].field;
                c[*n].i = value != 0;
                (*n)++;
            }
            continue;
        }
        const char *value = *(const char *const *)(const void *)at;
        if (!value)
            continue;
        int rc = csp__field_check_text(&e->fields[members[k].field], value, members[k].name);
        if (rc)
            return rc;
        c[*n].field = members[k].field;
        c[*n].s = value;
        (*n)++;
    }
    return CSP_OK;
}

/* Defines csp_<ent>_iterator_new() from the members of its filter. */
#define CSP__ITERATOR_NEW(ent, VERSION, ...)                                                       \
    int csp_##ent##_iterator_new(csp_##ent##_iterator **out, csp_register *reg,                   \
                                 const csp_##ent##_filter *filter)                                 \
    {                                                                                              \
        static const csp__filter_member members[] = {__VA_ARGS__};                                 \
        CSP__ARG(out);                                                                             \
        *out = NULL;                                                                               \
        CSP__ARG(reg);                                                                             \
        if (filter && (filter->version < 1 || filter->version > VERSION))                          \
            return csp__fail(CSP_EARG, "%s: unknown filter version %u", __func__, filter->version); \
        csp__cond c[CSP__MAX_CONDS];                                                               \
        int n = 0;                                                                                 \
        _Static_assert(sizeof members / sizeof members[0] <= CSP__MAX_CONDS, "too many members"); \
        int rc = filter_conds(c, &n, &csp__entities[CSP__E_##ent], filter, members,                \
                              sizeof members / sizeof members[0]);                                 \
        return rc ? rc : csp__##ent##_iterate(out, reg, c, n);                                     \
    }

CSP__ITERATOR_NEW(organisation, CSP_ORGANISATION_FILTER_VERSION, CSP__TEXT_MEMBER(organisation, kind, kind),
                  CSP__TEXT_MEMBER(organisation, area, area),
                  CSP__FLAG_MEMBER(organisation, responsible_authority, responsible_authority),
                  CSP__FLAG_MEMBER(organisation, serious_violence_duty_holder, serious_violence_duty_holder),
                  CSP__FLAG_MEMBER(organisation, cooperating_body, cooperating_body))
CSP__ITERATOR_NEW(person, CSP_PERSON_FILTER_VERSION, CSP__FLAG_MEMBER(person, is_private, private))
CSP__ITERATOR_NEW(partnership, CSP_PARTNERSHIP_FILTER_VERSION, CSP__TEXT_MEMBER(partnership, kind, kind),
                  CSP__TEXT_MEMBER(partnership, area, area), CSP__TEXT_MEMBER(partnership, area_code, area_code),
                  CSP__TEXT_MEMBER(partnership, parent, parent),
                  CSP__TEXT_MEMBER(partnership, accountable_to, accountable_to))
CSP__ITERATOR_NEW(membership, CSP_MEMBERSHIP_FILTER_VERSION,
                  CSP__TEXT_MEMBER(membership, partnership, partnership),
                  CSP__TEXT_MEMBER(membership, organisation, organisation),
                  CSP__TEXT_MEMBER(membership, person, person), CSP__TEXT_MEMBER(membership, role, role))
CSP__ITERATOR_NEW(duty, CSP_DUTY_FILTER_VERSION, CSP__TEXT_MEMBER(duty, recurrence, recurrence),
                  CSP__TEXT_MEMBER(duty, confidence, confidence), CSP__FLAG_MEMBER(duty, builtin, builtin))
CSP__ITERATOR_NEW(duty_holding, CSP_DUTY_HOLDING_FILTER_VERSION, CSP__TEXT_MEMBER(duty_holding, duty, duty),
                  CSP__TEXT_MEMBER(duty_holding, partnership, partnership),
                  CSP__TEXT_MEMBER(duty_holding, organisation, organisation))
CSP__ITERATOR_NEW(discharge, CSP_DISCHARGE_FILTER_VERSION, CSP__TEXT_MEMBER(discharge, duty, duty),
                  CSP__TEXT_MEMBER(discharge, partnership, partnership))
CSP__ITERATOR_NEW(strategy, CSP_STRATEGY_FILTER_VERSION, CSP__TEXT_MEMBER(strategy, partnership, partnership),
                  CSP__TEXT_MEMBER(strategy, kind, kind), CSP__TEXT_MEMBER(strategy, status, status))
CSP__ITERATOR_NEW(element, CSP_ELEMENT_FILTER_VERSION, CSP__TEXT_MEMBER(element, strategy, strategy),
                  CSP__TEXT_MEMBER(element, parent, parent), CSP__TEXT_MEMBER(element, kind, kind),
                  CSP__TEXT_MEMBER(element, delivered_by, delivered_by))
CSP__ITERATOR_NEW(assessment, CSP_ASSESSMENT_FILTER_VERSION,
                  CSP__TEXT_MEMBER(assessment, partnership, partnership), CSP__TEXT_MEMBER(assessment, kind, kind))
