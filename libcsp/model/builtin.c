/*
 * The records libcsp provides in every register: the duty catalogue, written
 * in libcsp/model/model.toml ([[builtin.duty]]) and generated into
 * schema/tables.c. Installed when a register is created and upgraded whenever
 * one is migrated; the write path refuses to change or delete them.
 */
#include "model/builtin.h"
#include "core/error.h"

#include <stdlib.h>

int csp__builtin_record(csp__record *r, const csp__builtin *b)
{
    const csp__entity *e = &csp__entities[b->entity];
    csp__record_init(r, e);
    int rc = CSP_OK;
    for (int k = 0; k < b->nvalues && rc == CSP_OK; k++) {
        const csp__builtin_value *v = &b->values[k];
        const csp__field *f = &e->fields[v->field];
        if (csp__field_is_list(f))
            rc = csp__record_list_add(r, v->field, v->text);
        else if (csp__field_is_int(f))
            rc = csp__record_set_int(r, v->field, strtoll(v->text, NULL, 10));
        else
            rc = csp__record_set_text(r, v->field, v->text);
    }
    if (rc == CSP_OK && e->builtin_field >= 0)
        r->v[e->builtin_field].i = 1;
    if (rc == CSP_OK)
        rc = csp__record_validate(r, csp__record_id(r));
    if (rc)
        csp__record_reset(r);
    return rc;
}

int csp__builtins_install(csp__store *store)
{
    for (int i = 0; i < CSP__BUILTIN_COUNT; i++) {
        csp__record r;
        int rc = csp__builtin_record(&r, &csp__builtins[i]);
        if (rc == CSP_OK)
            rc = store->replace(store, &r);
        csp__record_reset(&r);
        if (rc)
            return rc;
    }
    return CSP_OK;
}
