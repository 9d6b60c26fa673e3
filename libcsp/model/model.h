/*
 * Internal: the register as the model sees it. A register is a store
 * (store/store.h) with the model's transactions on top, and the live
 * iterators to stop when it closes. The codec and the rules read and write
 * through this header and write.h, never through the store itself.
 */
#ifndef CSP_MODEL_MODEL_H
#define CSP_MODEL_MODEL_H

#include "csp/csp.h"
#include "core/util.h"
#include "schema/query.h"
#include "schema/record.h"
#include "store/store.h"

struct csp_record_iterator {
    csp_register *reg;   /* NULL once the register closed */
    const csp__entity *e;
    csp__cursor *cursor; /* NULL at the end */
    unsigned long generation; /* its entity's generation when it began */
    struct csp_record_iterator *next_live, *prev_live;
};

struct csp_register {
    csp__store *store;
    int depth; /* open transactions: 0 outside one */
    /* Counts the writes through this handle to each entity: an iteration over
     * an entity ends when its entity is written under it. */
    unsigned long generation[CSP__ENTITY_COUNT];
    struct csp_record_iterator *iters; /* live iterators, stopped when the register closes */
    /* Ids a read's reference check has found in the register, so that the
     * thousand seats of one partnership look it up once. Emptied whenever
     * this handle writes (a write is the only way, short of damage, that an
     * id found goes away), and when it grows past a bound. */
    csp__idset known;
    unsigned long known_writes; /* the sum of generation[] when it was last emptied */
};

/* ---- transactions: the only place they begin and end ------------------------ */

/* Begins a transaction (write: take the write lock), or a savepoint inside one. */
int csp__tx_begin(csp_register *reg, int write);
/* Commits the innermost transaction; on failure it stays open (roll it back). */
int csp__tx_commit(csp_register *reg);
/* Rolls back the innermost transaction. */
void csp__tx_rollback(csp_register *reg);

/* A write is allowed: the register is not read-only. */
int csp__writable(csp_register *reg);

/* ---- reads --------------------------------------------------------------------- */

/* Reads a record by id into r (initialised for e here); CSP_ENOTFOUND. */
int csp__read(csp_register *reg, const csp__entity *e, const char *id, csp__record *r);
/* 1 if it exists, 0 if not, <0 on error. */
int csp__read_exists(csp_register *reg, const csp__entity *e, const char *id);
/* Runs a query; each record comes into r (initialised for the query's entity
 * by the caller, reset by the caller after each). */
int csp__read_open(csp_register *reg, const csp__query *q, csp__cursor **out);
int csp__read_next(csp_register *reg, csp__cursor *c, csp__record *r);
/* As csp__read_next, but the record's references are left to the caller:
 * for the export, which checks every reference it hands out against the
 * records it read itself (a stronger check than that each exists), so the
 * lookups of csp__read_next would be the same work twice. */
int csp__read_next_refs_unchecked(csp_register *reg, csp__cursor *c, csp__record *r);
/* The place of the record a query with ids_unchecked last read, and a walk
 * of the index of e's ids with each entry's place (store.h): the caller's
 * check that every record it read is found by its own id. */
long long csp__read_place(csp_register *reg, csp__cursor *c);
int csp__read_id_index(csp_register *reg, const csp__entity *e,
                       int (*each)(const char *id, long long place, void *arg), void *arg);
void csp__read_close(csp_register *reg, csp__cursor *c);
/* Runs q, calling each(record, arg) on every record it selects; stops at the
 * first non-zero return and returns it (CSP_OK at the end). */
int csp__read_each(csp_register *reg, const csp__query *q, int (*each)(const csp__record *, void *), void *arg);
/* The store's scan (store.h): the text of some fields of every record q
 * selects, in no order, unchecked: the caller checks what it uses. */
int csp__scan(csp_register *reg, const csp__query *q, const int *fields, int n,
              int (*each)(const char *const *values, void *arg), void *arg);
/* How many records q selects, into *out. */
int csp__count(csp_register *reg, const csp__query *q, size_t *out);

/* Makes a query over actions one of the open actions (status open or in
 * progress: not done, cancelled or superseded), the records of the index
 * the description names "open" (q->index). */
int csp__query_action_open(csp__query *q);

/* Whether a meeting was quorate: 1 or 0, or -1 when it is not known (no
 * quorum, or no attendance on record). csp_meeting_quorate() and the
 * checker both judge by it. */
static inline int csp__quorate(long long quorum, size_t records, size_t present)
{
    return quorum > 0 && records > 0 ? (long long)present >= quorum : -1;
}

#endif
