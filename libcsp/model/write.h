/*
 * Internal: the one write path. The public API (csp_record_put() and every
 * typed put, delete and move) and the JSON importer write through it, so that
 * validation, built-in records, references, ordering and trees behave the
 * same whichever way a record arrives.
 *
 * A writer is one unit of work in one transaction (a savepoint inside a
 * caller's transaction): begin, any number of puts, deletes and moves, then
 * commit or abort. Inside a caller's transaction the savepoint is opened at
 * the first write that needs one: a single put that is one SQL statement (a
 * record with no list items, order, tree or acyclic reference) is atomic by
 * itself, and a savepoint would make SQLite copy every page it touches (the
 * better part of a bulk load's time). Ordered records (strategy elements) are renumbered once,
 * at commit, for each owner they touched.
 */
#ifndef CSP_MODEL_WRITE_H
#define CSP_MODEL_WRITE_H

#include "model/model.h"

typedef enum {
    CSP__PUT_UPSERT, /* insert, or replace the record with the same id */
    CSP__PUT_INSERT, /* insert; CSP_EEXISTS when the id is taken */
    CSP__PUT_IMPORT  /* insert; a stored identical record is accepted; the record
                      * was validated by the caller, and its references are
                      * checked at commit (a document may name a record before
                      * it defines it) */
} csp__put_mode;

typedef struct csp__dirty {
    const csp__entity *e;
    char *owner;
} csp__dirty;

/* A record written with an acyclic reference set, checked at commit. */
typedef struct csp__chain {
    const csp__entity *e;
    char *id;
    char *where; /* its JSON path, or NULL */
} csp__chain;

typedef struct csp__writer {
    csp_register *reg;
    int single;        /* one operation (csp__put, csp__delete, csp__move) */
    int nested;        /* begun inside a caller's transaction: its savepoint is opened when needed */
    int savepoint;     /* nested, and its savepoint is open */
    int deferred_refs; /* an import put: references are checked at commit */
    csp__dirty *dirty; /* owners whose ordered records are renumbered at commit, in the order marked */
    size_t ndirty, cap;
    csp__idset dirty_set; /* the same (entity, owner) pairs, found by hash (ids borrowed from dirty) */
    csp__chain *chains; /* records whose acyclic references are checked at commit */
    size_t nchains, chains_cap;
    unsigned char written[CSP__ENTITY_COUNT]; /* the entities it wrote */
    /* An import's marks of each entity's records (store.h, mark), taken at
     * its first put: a record inserted since was given earlier in the same
     * document. Nothing grows with the document. */
    int marked;
    long long marks[CSP__ENTITY_COUNT];
    /* The record an import's commit found breaking a rule across records. */
    const csp__entity *broken;
    int broken_check;
    char broken_id[130];
} csp__writer;

/* Begins a writer: checks the register is writable, begins a transaction. */
int csp__writer_begin(csp__writer *w, csp_register *reg);

/* Writes one record. `where` is the JSON path of the record for errors, or
 * NULL (messages then name the record). */
int csp__writer_put(csp__writer *w, const csp__record *r, csp__put_mode mode, const char *where);

/* Deletes one record: CSP_ENOTFOUND, CSP_EINUSE naming a referrer, CSP_ECONSTRAINT for a built-in one. */
int csp__writer_delete(csp__writer *w, const csp__entity *e, const char *id);

/* Moves a record of a tree entity under parent (NULL: top level), as its
 * index-th child (negative or too large: last). */
int csp__writer_move(csp__writer *w, const csp__entity *e, const char *id, const char *parent, long index);

/* Renumbers, checks the references an import deferred and that no acyclic
 * reference (a partnership's parent) leads back to its record, and commits. On
 * CSP_EREFERENCE the transaction stays open, so the caller can name the
 * dangling reference (csp__check_refs) before csp__writer_abort(). */
int csp__writer_commit(csp__writer *w);

/* Rolls the writer's transaction back. */
void csp__writer_abort(csp__writer *w);

/* Checks that every reference of r names a record (but its tree parent, which
 * csp__tree_check_parent checks); raises CSP_EREFERENCE at where.field (or
 * field[i]), naming the record when where is NULL. */
int csp__check_refs(csp_register *reg, const csp__record *r, const char *where);

/* Checks the rules across records (schema.h) that the record r, just
 * written, takes part in: its own, and when it replaced a record, those of
 * records that name it. CSP_ECONSTRAINT names the record and the rule. */
int csp__check_rules_across(csp_register *reg, const csp__record *r, int replaced, const char *where);

/* Raises CSP_ECONSTRAINT for record v->id of e breaking its rule c, a rule
 * that reads another record. `written` names the record whose write broke it
 * when that is another record, else NULL; `where` is the JSON path of the
 * record that broke it, or NULL. */
int csp__rule_broken(const csp__entity *e, const csp__check *c, const csp__violation *v, const char *written,
                     const char *where);

/* After an import's commit failed on a rule across records (w->broken set;
 * the transaction still open), raises that error again at where, the JSON
 * path of the record that breaks it. */
int csp__writer_rebreak(const csp__writer *w, const char *where);

/* One put, delete or move in a writer of its own: what the public API calls. */
int csp__put(csp_register *reg, const csp__record *r, csp__put_mode mode);
int csp__delete(csp_register *reg, const csp__entity *e, const char *id);
int csp__move(csp_register *reg, const csp__entity *e, const char *id, const char *parent, long index);

#endif
