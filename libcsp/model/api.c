/*
 * The public entity functions (organisation.h, person.h, partnership.h,
 * membership.h), generated from entities.def: one generic implementation per
 * operation and per field type, instantiated for every entity and field.
 */
#include "model/api.h"
#include "core/error.h"

#include <stdlib.h>

int csp__entity_put(csp_register *reg, const csp__record *r)
{
    int rc;
    if ((rc = csp__record_validate(r, NULL)) || (rc = csp__store_writable(reg)) || (rc = csp__store_begin(reg)))
        return rc;
    if ((rc = csp__store_write(reg, r, CSP__WRITE_UPSERT, 0, NULL)) == CSP_OK &&
        (rc = csp__store_commit(reg)) == CSP_OK)
        return csp__ok();
    if (rc == CSP_EREFERENCE)
        csp__store_check_refs(reg, r, NULL); /* names the field instead of SQLite's generic message */
    csp__store_rollback(reg);
    return csp_error_last()->code;
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
        int rc = csp__store_writable(reg);                                                         \
        if (rc == CSP_OK)                                                                          \
            rc = csp__store_delete(reg, &csp__entities[CSP__E_##ent], id);                         \
        return rc ? rc : csp__ok();                                                                \
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
#define CSP__ACC_INTLIKE(ent, f)                                                                   \
    int csp_##ent##_##f(const csp_##ent *o)                                                        \
    {                                                                                              \
        return o ? (int)o->rec.v[CSP__FI_##ent##_##f].i : 0;                                       \
    }                                                                                              \
    int csp_##ent##_set_##f(csp_##ent *o, int value)                                               \
    {                                                                                              \
        CSP__ARG(o);                                                                               \
        return csp__record_set_int(&o->rec, CSP__FI_##ent##_##f, value);                           \
    }
#define CSP__ACC_BOOL(ent, f) CSP__ACC_INTLIKE(ent, f)
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

#define CSP_ENTITY(...)
#define CSP_FIELD(ent, f, type, ...) CSP__ACC_##type(ent, f)
#include "model/entities.def"
#undef CSP_ENUM
#undef CSP_ENTITY
#undef CSP_FIELD
#undef CSP_ENTITY_END

/* ---- iterator filters (one per entity: the filter structs differ) ------ */

/* Adds a text condition when value is set, validating enum values. */
static int cond_text(csp__cond *c, int *n, const csp__entity *e, int field, const char *value, const char *name)
{
    if (!value)
        return CSP_OK;
    int rc = csp__field_check_text(&e->fields[field], value, name);
    if (rc)
        return rc;
    c[*n].field = field;
    c[*n].s = value;
    (*n)++;
    return CSP_OK;
}

static int cond_flag(csp__cond *c, int *n, int field, int value)
{
    if (value >= 0) {
        c[*n].field = field;
        c[*n].i = value != 0;
        (*n)++;
    }
    return CSP_OK;
}

#define CSP__FILTER_START(ent, filter_t, VERSION)                                                  \
    CSP__ARG(out);                                                                                 \
    *out = NULL;                                                                                   \
    CSP__ARG(reg);                                                                                 \
    if (filter && (filter->version < 1 || filter->version > VERSION))                              \
        return csp__fail(CSP_EARG, "%s: unknown filter version %u", __func__, filter->version);     \
    const csp__entity *e = &csp__entities[CSP__E_##ent];                                           \
    csp__cond c[CSP__MAX_CONDS];                                                                   \
    int n = 0, rc = CSP_OK;                                                                        \
    (void)e

int csp_organisation_iterator_new(csp_organisation_iterator **out, csp_register *reg,
                                  const csp_organisation_filter *filter)
{
    CSP__FILTER_START(organisation, csp_organisation_filter, CSP_ORGANISATION_FILTER_VERSION);
    if (filter &&
        ((rc = cond_text(c, &n, e, CSP__FI_organisation_kind, filter->kind, "filter.kind")) ||
         (rc = cond_text(c, &n, e, CSP__FI_organisation_area, filter->area, "filter.area")) ||
         (rc = cond_flag(c, &n, CSP__FI_organisation_responsible_authority, filter->responsible_authority)) ||
         (rc = cond_flag(c, &n, CSP__FI_organisation_serious_violence_duty_holder,
                         filter->serious_violence_duty_holder)) ||
         (rc = cond_flag(c, &n, CSP__FI_organisation_cooperating_body, filter->cooperating_body))))
        return rc;
    return csp__organisation_iterate(out, reg, c, n);
}

int csp_person_iterator_new(csp_person_iterator **out, csp_register *reg, const csp_person_filter *filter)
{
    CSP__FILTER_START(person, csp_person_filter, CSP_PERSON_FILTER_VERSION);
    if (filter)
        cond_flag(c, &n, CSP__FI_person_private, filter->is_private);
    return rc ? rc : csp__person_iterate(out, reg, c, n);
}

int csp_partnership_iterator_new(csp_partnership_iterator **out, csp_register *reg,
                                 const csp_partnership_filter *filter)
{
    CSP__FILTER_START(partnership, csp_partnership_filter, CSP_PARTNERSHIP_FILTER_VERSION);
    if (filter && ((rc = cond_text(c, &n, e, CSP__FI_partnership_kind, filter->kind, "filter.kind")) ||
                   (rc = cond_text(c, &n, e, CSP__FI_partnership_area, filter->area, "filter.area")) ||
                   (rc = cond_text(c, &n, e, CSP__FI_partnership_area_code, filter->area_code, "filter.area_code")) ||
                   (rc = cond_text(c, &n, e, CSP__FI_partnership_parent, filter->parent, "filter.parent")) ||
                   (rc = cond_text(c, &n, e, CSP__FI_partnership_accountable_to, filter->accountable_to,
                                   "filter.accountable_to"))))
        return rc;
    return csp__partnership_iterate(out, reg, c, n);
}

int csp_membership_iterator_new(csp_membership_iterator **out, csp_register *reg,
                                const csp_membership_filter *filter)
{
    CSP__FILTER_START(membership, csp_membership_filter, CSP_MEMBERSHIP_FILTER_VERSION);
    if (filter &&
        ((rc = cond_text(c, &n, e, CSP__FI_membership_partnership, filter->partnership, "filter.partnership")) ||
         (rc = cond_text(c, &n, e, CSP__FI_membership_organisation, filter->organisation, "filter.organisation")) ||
         (rc = cond_text(c, &n, e, CSP__FI_membership_person, filter->person, "filter.person")) ||
         (rc = cond_text(c, &n, e, CSP__FI_membership_role, filter->role, "filter.role"))))
        return rc;
    return csp__membership_iterate(out, reg, c, n);
}
