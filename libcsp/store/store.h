/*
 * Internal: the SQLite store. The only module that includes sqlite3.h.
 *
 * Every table, column and statement is derived from the entity description
 * (model/entities.def); values are always bound, never spliced into SQL.
 */
#ifndef CSP_STORE_STORE_H
#define CSP_STORE_STORE_H

#include "csp/register.h"
#include "model/entity.h"

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;

typedef struct csp__iter csp__iter;

/* Cached statements per entity. */
enum {
    CSP__ST_INSERT,
    CSP__ST_UPSERT,
    CSP__ST_GET,
    CSP__ST_EXISTS,
    CSP__ST_DELETE,
    CSP__ST_ROWID,
    CSP__ST_COUNT
};
/* Cached statements per list field. */
enum { CSP__LST_INSERT, CSP__LST_SELECT, CSP__LST_DELETE, CSP__LST_COUNT };

struct csp_register {
    sqlite3 *db;
    char *path;
    int readonly;
    sqlite3_stmt *st[CSP__ENTITY_COUNT][CSP__ST_COUNT];
    sqlite3_stmt *lst[CSP__ENTITY_COUNT][CSP__MAX_FIELDS][CSP__LST_COUNT];
    csp__iter *iters; /* live iterators, finalised when the register closes */
    int tx_depth;     /* nesting of csp__store_begin: 0 outside a transaction */
};

/* Called inside the migration transaction after the schema reached the current
 * version, to install or upgrade data libcsp provides (the duty catalogue). */
typedef int (*csp__migrate_hook)(csp_register *reg);

/* Opens a register (csp_register_open() is this with the model's hook). */
int csp__store_open(csp_register **out, const char *path, const csp_open_options *opts, csp__migrate_hook hook);

/* Sets the order field (and, when parent_field >= 0, that reference) of one record. */
int csp__store_set_order(csp_register *reg, const csp__entity *e, const char *id, long long position,
                         int parent_field, const char *parent);

/* The largest order value among records of e whose nested field is owner (0 if none). */
int csp__store_max_order(csp_register *reg, const csp__entity *e, const char *owner, long long *out);

/* Raises the error for a SQLite failure (rc) with context; returns the csp code. */
int csp__store_fail(csp_register *reg, int rc, const char *what);

/* A write is allowed: not read-only. */
int csp__store_writable(csp_register *reg);

/* Transactions. The outermost begin is BEGIN IMMEDIATE, so a writer waits
 * (busy timeout) for another writer instead of failing when it upgrades; inner
 * ones are savepoints. begin_read starts a deferred (read) transaction, for a
 * consistent snapshot. A failed commit (CSP_EREFERENCE when a deferred foreign
 * key is dangling) leaves the transaction open: the caller may locate the
 * problem, then must roll back. */
int csp__store_begin(csp_register *reg);
int csp__store_begin_read(csp_register *reg);
int csp__store_commit(csp_register *reg);
void csp__store_rollback(csp_register *reg);

/* How csp__store_write treats an existing id. */
typedef enum {
    CSP__WRITE_UPSERT,  /* replace it */
    CSP__WRITE_INSERT   /* CSP_EEXISTS, with CSP__WRITE_SAME when identical */
} csp__write_mode;
#define CSP__WRITE_SAME 1 /* returned by INSERT mode when an identical record exists */

/* Writes one record and its lists (no reference checks; see csp__store_check_refs).
 * In INSERT mode, a record whose id exists returns CSP__WRITE_SAME when the stored
 * record is identical and was there before `since_rowid`, else CSP_EEXISTS with `where`. */
int csp__store_write(csp_register *reg, const csp__record *r, csp__write_mode mode, long long since_rowid,
                     const char *where);

/* The largest rowid of an entity's table (for csp__store_write's INSERT mode). */
int csp__store_max_rowid(csp_register *reg, const csp__entity *e, long long *out);

/* Checks every reference of r resolves; raises CSP_EREFERENCE at where.field[i]. */
int csp__store_check_refs(csp_register *reg, const csp__record *r, const char *where);

/* 1 if a record with that id exists, 0 if not, <0 on error. */
int csp__store_exists(csp_register *reg, const csp__entity *e, const char *id);

/* Reads a record by id into r (initialised for e). CSP_ENOTFOUND if absent. */
int csp__store_get(csp_register *reg, const csp__entity *e, const char *id, csp__record *r);

/* Deletes by id; CSP_ENOTFOUND, CSP_EINUSE naming a referrer. */
int csp__store_delete(csp_register *reg, const csp__entity *e, const char *id);

/* A condition for iteration: field = value. */
typedef struct csp__cond {
    int field;
    const char *s; /* for text-like fields */
    long long i;   /* for BOOL/INT fields */
} csp__cond;

#define CSP__MAX_CONDS 8

struct csp__iter {
    csp_register *reg;
    const csp__entity *e;
    sqlite3_stmt *stmt;
    csp__iter *next_live, *prev_live;
};

/* Starts an iteration over e in id order, with up to CSP__MAX_CONDS conditions. */
int csp__iter_init(csp__iter *it, csp_register *reg, const csp__entity *e, const csp__cond *conds, int nconds);
/* Reads the next record into r (initialised). CSP_ITEROVER at the end. */
int csp__iter_next(csp__iter *it, csp__record *r);
void csp__iter_finish(csp__iter *it);

#endif
