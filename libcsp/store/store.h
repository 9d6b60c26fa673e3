/*
 * Internal: the store interface. A backend keeps records of the model's
 * entities and answers queries over them; the model (libcsp/model) reaches it
 * only through this versioned table of functions, in the shape of libgit2's
 * git_odb_backend. SQLite (sqlite.c) is the embedded default and the only
 * file that includes sqlite3.h; another backend (PostgreSQL, for registers
 * shared by many councils) is another file that fills in the same table.
 *
 * A backend derives everything it stores from the description (schema/): its
 * tables, columns, indexes (one for each field marked filterable, and the
 * partial ones described: schema.h, csp__index) and statements; values are
 * always bound, never spliced into statement text.
 * It checks nothing of the model's rules beyond what its schema enforces:
 * the model validates records before they reach it.
 *
 * Every function returns CSP_OK or a negative csp code, and raises the error
 * (core/error.h) with a message that names the register.
 */
#ifndef CSP_STORE_STORE_H
#define CSP_STORE_STORE_H

#include "csp/register.h"
#include "schema/query.h"
#include "schema/record.h"

/* The version of this table; a backend sets it, and the model refuses another. */
#define CSP__STORE_VERSION 6

typedef struct csp__store csp__store;
/* A running query of a backend (opaque). */
typedef struct csp__cursor csp__cursor;

/* Receives one finding of a check (one line of text, no line break). */
/* A record that breaks a rule across records: its id and the values the
 * rule compared (each operand's, "" where unset), cut short if long. */
typedef struct csp__violation {
    char id[130];
    char value[2][130];
} csp__violation;

typedef void (*csp__finding_fn)(void *ctx, const char *text);

/* Called by a backend inside the transaction that creates or migrates a
 * register, once the schema has reached the current version, to install the
 * records libcsp provides (the duty catalogue). */
typedef int (*csp__store_install_fn)(csp__store *store);

/* The steps of a bulk load (csp__store.load). */
typedef enum csp__load_phase { CSP__LOAD_BEFORE, CSP__LOAD_START, CSP__LOAD_END, CSP__LOAD_AFTER } csp__load_phase;
/* What load(CSP__LOAD_BEFORE) returns when the register holds records of its
 * own: the import is better checked as it writes. */
#define CSP__LOAD_DECLINED 1

struct csp__store {
    unsigned int version; /* CSP__STORE_VERSION */
    const char *backend;  /* "sqlite" */
    const char *path;     /* as opened, owned by the backend */
    int readonly;         /* opened read-only: every write fails with CSP_EREADONLY */

    /* -- transactions (the model nests them: begin, then savepoints) */
    /* Opens the outermost transaction; write: take the write lock now
     * (waiting up to the busy timeout), else read a consistent snapshot. */
    int (*begin)(csp__store *s, int write);
    /* Ends it. A commit refused because a reference names no record
     * (CSP_EREFERENCE) leaves the transaction open. */
    int (*commit)(csp__store *s);
    void (*rollback)(csp__store *s);
    /* A point inside the transaction to roll back to, and its end. */
    int (*savepoint)(csp__store *s);
    int (*release)(csp__store *s);
    void (*rollback_to)(csp__store *s);
    /* 1 if records written in the open transaction still name records that
     * do not exist (references are checked at commit), or may (a bulk load
     * before its end), else 0. */
    int (*refs_pending)(csp__store *s);
    /* Sizes the page cache for bulk work (an import) or back to its size for
     * everyday work: a write of many records touches more pages than the
     * everyday cache holds, and each page it lets go is written and read again.
     * While on, the file's CHECK constraints are not tested: the caller checks
     * every record it writes against the model first. */
    void (*bulk)(csp__store *s, int on);
    /* A bulk load (version 5): a document imported as the outermost write,
     * in four steps. BEFORE, outside a transaction: references are not
     * checked as records are written (or CSP__LOAD_DECLINED: the register
     * holds records other than the built-in ones, and nothing is changed).
     * START, first in the transaction: the indexes of the tables that are
     * empty are dropped. END, last in it: they are built again, and
     * every reference is checked (CSP_EREFERENCE, not saying which: the
     * caller imports again the everyday way to tell). AFTER, once the
     * transaction has ended either way: references are checked again. */
    int (*load)(csp__store *s, csp__load_phase phase);

    /* -- records */
    /* Reads the record with that id into out (initialised for e); CSP_ENOTFOUND. */
    int (*get)(csp__store *s, const csp__entity *e, const char *id, csp__record *out);
    /* 1 if a record with that id exists, 0 if not, <0 on error. */
    int (*exists)(csp__store *s, const csp__entity *e, const char *id);
    /* Adds a record and its lists; CSP_EEXISTS when the id is taken. */
    int (*insert)(csp__store *s, const csp__record *r);
    /* Adds a record, or replaces the one with its id, lists included. */
    int (*replace)(csp__store *s, const csp__record *r);
    /* Removes a record and its lists; CSP_ENOTFOUND. */
    int (*remove)(csp__store *s, const csp__entity *e, const char *id);
    /* Finds one record (not itself) that names (e, id) in a REF or REF_LIST
     * field: 1 and "<entity> \"<id>\" (field <name>)" in who, or 0 if none. */
    int (*referrer)(csp__store *s, const csp__entity *e, const char *id, char *who, size_t size);
    /* Sets a record's CSP_FLAG_ORDER field and its CSP_FLAG_TREE parent. */
    int (*set_position)(csp__store *s, const csp__entity *e, const char *id, long long position, const char *parent);
    /* The largest position among e's records under owner (0 if none). */
    int (*max_position)(csp__store *s, const csp__entity *e, const char *owner, long long *out);
    /* A mark of e's records as they stand (taken inside a write transaction),
     * and whether the record with this id was inserted after a mark: 1, 0
     * (it was there before, or is not there), <0 an error. An import tells
     * so a record its own document gave twice from one already there. */
    int (*mark)(csp__store *s, const csp__entity *e, long long *out);
    int (*inserted_since)(csp__store *s, const csp__entity *e, const char *id, long long mark);

    /* -- queries */
    /* Starts a query; the cursor reads as it goes. */
    int (*open_cursor)(csp__store *s, const csp__query *q, csp__cursor **out);
    /* The next record into out (initialised for the query's entity); CSP_ITEROVER at the end.
     * CSP_ECONSTRAINT, with the record read into out, when the record is
     * not found by its own id (the table and its index disagree: damage). */
    int (*next)(csp__cursor *c, csp__record *out);
    /* Ends a query. Accepts NULL. */
    void (*close_cursor)(csp__cursor *c);
    /* Calls each(values, arg) for every record q's conditions select, in no
     * particular order, values[k] being the text of TEXT-like field fields[k]
     * (NULL when unset), valid during the call only. For passes over whole
     * tables (the checker): nothing is checked against the model, so the
     * caller checks what it uses (csp__field_check_text). A non-zero return
     * of each stops the scan and is returned. */
    int (*scan)(csp__store *s, const csp__query *q, const int *fields, int n,
                int (*each)(const char *const *values, void *arg), void *arg);
    /* The number of records a query selects (its limit caps it). */
    int (*count)(csp__store *s, const csp__query *q, size_t *out);
    /* The backend's plan for a query, one line per step (malloc'd), for
     * tests: of its records, or with fields (n of them), of its scan
     * (version 6; a scan of a query with an index reads it in that order). */
    int (*explain)(csp__store *s, const csp__query *q, const int *fields, int n, char **out);

    /* -- whole-register checks and copies (version 2) */
    /* Checks what the backend itself can: its file (SQLite's integrity_check,
     * or quick_check when quick), and that every reference, and every list
     * item's owner, names a record. Each finding goes to found; returns
     * CSP_OK when the check ran, whatever it found. */
    int (*check)(csp__store *s, int quick, csp__finding_fn found, void *ctx);
    /* Writes a consistent copy of the register to path, safely (core/file.h):
     * created 0600, or keeping an existing file's mode; an existing register
     * at path that is open (its -wal or -shm file exists) is not replaced. */
    int (*backup)(csp__store *s, const char *path);

    /* -- rules across records (version 3) */
    /* Finds a record of e that breaks e's check number `check`, a rule that
     * reads another record (schema.h: csp__check with via): among all of e's
     * records (by < 0), the one with that id (by == 0), or those whose REF
     * field number `by` names id. Returns 1 and fills out, 0 if none, <0 on
     * an error. */
    int (*violation)(csp__store *s, const csp__entity *e, int check, int by, const char *id, csp__violation *out);

    /* -- the export's check of ids (version 4) */
    /* The place of the cursor's current record, a number the backend gives
     * each record (SQLite's rowid), for a query with ids_unchecked. */
    long long (*place)(csp__cursor *c);
    /* Calls each(id, place, arg) for every entry of the index of e's ids, in
     * id order, read from that index alone: a caller that read records
     * through other indexes (ids_unchecked) checks that each is found there
     * by its own id, at its place. A non-zero return of each stops the walk
     * and is returned. */
    int (*id_index)(csp__store *s, const csp__entity *e, int (*each)(const char *id, long long place, void *arg),
                    void *arg);

    /* Closes the store and frees it. */
    void (*close)(csp__store *s);
};

/* The SQLite backend (sqlite.c): opens or creates a register at path (a file
 * or ":memory:"), checking, creating or migrating its schema. */
int csp__sqlite_open(csp__store **out, const char *path, const csp_open_options *opts, csp__store_install_fn install);

/* The references of the SQLite schema, one at a time, from the description:
 * the foreign keys its tables declare (test_verify holds the two to the same
 * list). Each is a column that names a record by its id: a reference field's,
 * a reference list's items', or any list's items' owner. Start from {0};
 * csp__ref_next fills it with the next and returns 1, or returns 0 at the end.
 * verify and the end of a bulk load check each. */
typedef struct csp__ref_iter {
    int k, i, part;            /* where it is: entity, field, and for a list 0 (owner) or 1 (items) */
    const csp__entity *e;      /* the entity of the field */
    const csp__field *f;       /* the field: a reference, or a list */
    int owner;                 /* the column is a list item's owner, naming a record of e */
    char table[160];           /* the table that holds the column */
    const char *column;        /* the column */
    const csp__entity *target; /* the entity whose ids it names */
} csp__ref_iter;

int csp__ref_next(csp__ref_iter *it);

#endif
