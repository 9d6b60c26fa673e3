/* Opening and closing a register, its transactions, and the reads the codec uses. */
#include "model/model.h"
#include "model/builtin.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int csp_register_open(csp_register **out, const char *path, const csp_open_options *opts)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(path);
    csp_open_options defaults = CSP_OPEN_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > CSP_OPEN_OPTIONS_VERSION)
        return csp__fail(CSP_EARG, "csp_register_open: unknown options version %u", opts->version);
    if (!*path)
        return csp__fail(CSP_EARG, "csp_register_open: the path is empty (use \":memory:\" for memory)");
    csp_register *reg = calloc(1, sizeof *reg);
    if (!reg)
        return csp__fail(CSP_ENOMEM, "out of memory");
    reg->known.owns = 1;
    int rc = csp__sqlite_open(&reg->store, path, opts, csp__builtins_install);
    if (rc == CSP_OK && reg->store->version != CSP__STORE_VERSION)
        rc = csp__fail(CSP_ERROR, "store backend \"%s\" has interface version %u, not %u", reg->store->backend,
                       reg->store->version, CSP__STORE_VERSION);
    if (rc) {
        if (reg->store)
            reg->store->close(reg->store);
        free(reg);
        return rc;
    }
    *out = reg;
    return csp__ok();
}

void csp_register_close(csp_register *reg)
{
    if (!reg)
        return;
    /* Iterators still held by the caller stop: their next call fails cleanly. */
    for (struct csp_record_iterator *it = reg->iters; it;) {
        struct csp_record_iterator *next = it->next_live;
        reg->store->close_cursor(it->cursor);
        it->cursor = NULL;
        it->reg = NULL;
        it->next_live = it->prev_live = NULL;
        it = next;
    }
    reg->store->close(reg->store); /* an open transaction is rolled back */
    csp__idset_clear(&reg->known);
    free(reg);
}

const char *csp_register_path(const csp_register *reg)
{
    return reg ? reg->store->path : NULL;
}

int csp_register_readonly(const csp_register *reg)
{
    return reg ? reg->store->readonly : 0;
}

/* ---- transactions ---------------------------------------------------------- */

int csp__writable(csp_register *reg)
{
    if (reg->store->readonly)
        return csp__fail(CSP_EREADONLY, "register \"%s\" was opened read-only", reg->store->path);
    return CSP_OK;
}

int csp__tx_begin(csp_register *reg, int write)
{
    int rc = reg->depth ? reg->store->savepoint(reg->store) : reg->store->begin(reg->store, write);
    if (rc == CSP_OK)
        reg->depth++;
    return rc;
}

int csp__tx_commit(csp_register *reg)
{
    int rc = reg->depth > 1 ? reg->store->release(reg->store) : reg->store->commit(reg->store);
    if (rc == CSP_OK)
        reg->depth--;
    return rc;
}

void csp__tx_rollback(csp_register *reg)
{
    if (reg->depth > 1)
        reg->store->rollback_to(reg->store);
    else
        reg->store->rollback(reg->store);
    if (reg->depth > 0)
        reg->depth--;
}

int csp_register_begin(csp_register *reg)
{
    CSP__ARG(reg);
    int rc = csp__writable(reg);
    if (rc == CSP_OK)
        rc = csp__tx_begin(reg, 1);
    return rc ? rc : csp__ok();
}

int csp_register_commit(csp_register *reg)
{
    CSP__ARG(reg);
    if (reg->depth == 0)
        return csp__fail(CSP_EARG, "csp_register_commit: no transaction is open on register \"%s\"", reg->store->path);
    int rc = csp__tx_commit(reg);
    return rc ? rc : csp__ok();
}

int csp_register_rollback(csp_register *reg)
{
    CSP__ARG(reg);
    if (reg->depth > 0) {
        csp__tx_rollback(reg);
        /* What was written is undone: any iteration has changed under it. */
        for (int k = 0; k < CSP__ENTITY_COUNT; k++)
            reg->generation[k]++;
    }
    return csp__ok();
}

int csp_register_transaction_depth(const csp_register *reg)
{
    return reg ? reg->depth : 0;
}

/* ---- reads ------------------------------------------------------------------- */

/*
 * Every record read is checked against the model before anyone sees it: a
 * register damaged on disk, or written past the schema by another tool,
 * never hands out a value the model would refuse ("role": "chaip", an id
 * with a bad character, a date that does not exist, blank or oversized
 * text). The error is CSP_ECORRUPT naming the register and the record.
 */
/* Every reference of a record read names a record that exists (foreign keys
 * see to it, unless the file was damaged or written with them off). */
static int refs_exist(csp_register *reg, const csp__record *r)
{
    const csp__entity *e = r->e;
    /* Inside an import, a record may name one the document defines later:
     * references are then checked when the import commits. */
    if (reg->store->refs_pending(reg->store))
        return CSP_OK;
    unsigned long writes = 0;
    for (int k = 0; k < CSP__ENTITY_COUNT; k++)
        writes += reg->generation[k];
    if (writes != reg->known_writes || reg->known.n > 20000) {
        csp__idset_clear(&reg->known);
        reg->known_writes = writes;
    }
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (!csp__field_is_ref(f))
            continue;
        size_t n = f->type == CSP_FIELD_REF ? (r->v[i].s != NULL) : r->v[i].list.n;
        for (size_t k = 0; k < n; k++) {
            const char *id = f->type == CSP_FIELD_REF ? r->v[i].s : r->v[i].list.v[k];
            if (csp__idset_has(&reg->known, f->target, id))
                continue;
            int found = csp__read_exists(reg, &csp__entities[f->target], id);
            if (found < 0)
                return found;
            if (found && csp__idset_add(&reg->known, f->target, id) < 0)
                return CSP_ENOMEM;
            if (!found)
                return csp__fail_at(CSP_EREFERENCE, f->name, "%s names no %s with id \"%.128s\"", f->name,
                                    csp__entities[f->target].name, id);
        }
    }
    return CSP_OK;
}

static int checked(csp_register *reg, csp__record *r, int rc, int refs)
{
    /* A read that failed in the store: as it is (the record freed of
     * whatever it had read). */
    if (rc != CSP_OK && rc != CSP_ECONSTRAINT) {
        csp__record_reset(r);
        return rc;
    }
    if (rc == CSP_OK)
        rc = csp__record_check_stored(r);
    if (rc == CSP_OK && refs)
        rc = refs_exist(reg, r);
    if (rc == CSP_OK)
        return CSP_OK;
    if (rc != CSP_ECORRUPT && rc != CSP_EINVALID && rc != CSP_EENUM && rc != CSP_EDATE && rc != CSP_EREQUIRED &&
        rc != CSP_ECONSTRAINT && rc != CSP_EREFERENCE) {
        csp__record_reset(r); /* a store error while checking: as it is */
        return rc;
    }
    char msg[700], subject[200];
    snprintf(msg, sizeof msg, "%s", csp_error_last()->message);
    /* Name the record, unless the message does already. */
    snprintf(subject, sizeof subject, "%s \"%.128s\": ", r->e->name, r->v[0].s ? r->v[0].s : "?");
    if (strncmp(msg, subject, strlen(subject)) == 0)
        subject[0] = '\0';
    csp__record_reset(r);
    return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: %s%s (run cspctl verify)", reg->store->path,
                     subject, msg);
}

/* The record is where its id says: a record read by id has that id (a
 * record read in a scan is found by its id: the store checks that, next()). */
static int self_consistent(const csp__record *r, const char *asked)
{
    const char *id = r->v[0].s;
    if (strcmp(asked, id) != 0)
        return csp__fail_at(CSP_ECONSTRAINT, "id", "read by the id \"%.128s\", it has the id \"%.128s\"", asked, id);
    return CSP_OK;
}

int csp__read(csp_register *reg, const csp__entity *e, const char *id, csp__record *r)
{
    csp__record_init(r, e);
    int rc = reg->store->get(reg->store, e, id, r);
    if (rc == CSP_OK)
        rc = self_consistent(r, id);
    return checked(reg, r, rc, 1);
}

int csp__read_exists(csp_register *reg, const csp__entity *e, const char *id)
{
    return reg->store->exists(reg->store, e, id);
}

int csp__scan(csp_register *reg, const csp__query *q, const int *fields, int n,
              int (*each)(const char *const *values, void *arg), void *arg)
{
    return reg->store->scan(reg->store, q, fields, n, each, arg);
}

int csp__count(csp_register *reg, const csp__query *q, size_t *out)
{
    return reg->store->count(reg->store, q, out);
}

int csp__read_open(csp_register *reg, const csp__query *q, csp__cursor **out)
{
    return reg->store->open_cursor(reg->store, q, out);
}

int csp__read_each(csp_register *reg, const csp__query *q, int (*each)(const csp__record *, void *), void *arg)
{
    csp__cursor *c = NULL;
    int rc = csp__read_open(reg, q, &c);
    csp__record r;
    csp__record_init(&r, q->e);
    while (rc == CSP_OK && (rc = csp__read_next(reg, c, &r)) == CSP_OK) {
        rc = each(&r, arg);
        csp__record_reset(&r);
    }
    csp__read_close(reg, c);
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

int csp__read_next(csp_register *reg, csp__cursor *c, csp__record *r)
{
    /* The store checks that a scanned record is found by its own id. */
    return checked(reg, r, reg->store->next(c, r), 1);
}

int csp__read_next_refs_unchecked(csp_register *reg, csp__cursor *c, csp__record *r)
{
    return checked(reg, r, reg->store->next(c, r), 0);
}

long long csp__read_place(csp_register *reg, csp__cursor *c)
{
    return reg->store->place(c);
}

int csp__read_id_index(csp_register *reg, const csp__entity *e,
                       int (*each)(const char *id, long long place, void *arg), void *arg)
{
    return reg->store->id_index(reg->store, e, each, arg);
}

void csp__read_close(csp_register *reg, csp__cursor *c)
{
    reg->store->close_cursor(c);
}
