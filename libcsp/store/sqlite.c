/*
 * The SQLite backend of the store interface (store.h): the only file that
 * includes sqlite3.h.
 *
 * Every table, column, index and statement is derived from the description
 * (schema/tables.c): a table per entity (its plural), named after it, with a
 * column per field that is not a list; a table "<plural>_<field>" (owner,
 * pos, value) per list field. References are foreign keys, checked at commit
 * (DEFERRABLE INITIALLY DEFERRED) so a JSON document may name a record before
 * it defines it. Values are always bound, never spliced into statement text:
 * the only names in statement text are the description's own.
 *
 * The register file carries PRAGMA application_id "CSP0" and the schema
 * version as PRAGMA user_version. An older file is migrated on open (tables
 * for entities added since, columns for fields added since, indexes for
 * filterable fields), a newer one is refused.
 */
#define _POSIX_C_SOURCE 200809L /* O_CLOEXEC */
#include "store/store.h"
#include "core/error.h"
#include "core/file.h"
#include "core/util.h"
#include "csp/version.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* PRAGMA application_id of every register: "CSP0". */
#define CSP__APPLICATION_ID 0x43535030

/* Cached statements per entity. */
enum {
    ST_INSERT,
    ST_REPLACE,
    ST_GET,
    ST_EXISTS,
    ST_DELETE,
    ST_SET_POSITION,
    ST_MAX_POSITION,
    ST_MARK,
    ST_INSERTED_SINCE,
    ST_COUNT
};
/* Cached statements per list field. */
enum { LST_INSERT, LST_SELECT, LST_DELETE, LST_COUNT };
/* Cached transaction statements: prepared once, not parsed on every write. */
enum { TX_BEGIN, TX_BEGIN_WRITE, TX_COMMIT, TX_ROLLBACK, TX_SAVEPOINT, TX_RELEASE, TX_ROLLBACK_TO, TX_COUNT };
static const char *const tx_sql[TX_COUNT] = {
    "BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "SAVEPOINT csp", "RELEASE csp", "ROLLBACK TO csp",
};

#define CSP__QUERY_CACHE 16

typedef struct sqlite_store {
    csp__store base;
    sqlite3 *db;
    char *path;
    int busy_ms; /* how long it waits for a lock another process holds */
    int tidy;    /* read-only, and its -wal and -shm did not exist: remove them on close */
    sqlite3_stmt *st[CSP__ENTITY_COUNT][ST_COUNT];
    sqlite3_stmt *lst[CSP__ENTITY_COUNT][CSP__MAX_FIELDS][LST_COUNT];
    sqlite3_stmt *tx[TX_COUNT];
    /* The statements of the rules across records: per entity and check, one
     * per REF field the rule reads through, one by id (0), one over the whole table. */
    sqlite3_stmt *chk[CSP__ENTITY_COUNT][CSP__MAX_CHECKS][CSP__MAX_FIELDS + 1];
    /* The statements of recent queries, by their SQL: a query asked again
     * (the updates of each action in turn) is bound again, not prepared again.
     * A slot in use by an open cursor is not handed to another. */
    struct qslot {
        char *sql;
        sqlite3_stmt *st;
        int busy;
        unsigned long used;
    } qc[CSP__QUERY_CACHE];
    unsigned long qclock;
    long long cache_size; /* the everyday page cache (PRAGMA cache_size as SQLite set it) */
    /* A bulk load under way (store_load): foreign keys off, and the entities
     * whose indexes were dropped until the end of it. */
    int load_fk_off;
    int load_refs_unchecked; /* records written since it began may name records not there */
    unsigned char load_dropped[CSP__ENTITY_COUNT];
} sqlite_store;

struct csp__cursor {
    sqlite_store *s;
    const csp__entity *e;
    sqlite3_stmt *stmt;
    int names; /* each row ends with the names of the records its references name */
    int ids_unchecked; /* each row ends with its rowid, not the check that its id leads back to it */
    long long place;   /* that rowid, of the current row */
    /* A scan of every record in id order (id_scan) learns which records have
     * list items by walking each list table's owners, in the same order,
     * beside it: owners[i] for list field i, NULL once past its last row. */
    int merge, started;
    sqlite3_stmt *owners[CSP__MAX_FIELDS];
};

static sqlite_store *impl(csp__store *s)
{
    return (sqlite_store *)s;
}

/* ---- errors ---------------------------------------------------------------- */

/*
 * Raises the error for a SQLite failure rc while doing `what`; returns the
 * csp code. The message says what is wrong in the user's words and names the
 * register (not the document being imported into it): another process holds
 * it, the disk is full, the file or its folder is read-only, it is damaged.
 */
static int fail(sqlite_store *s, int rc, const char *what)
{
    const char *detail = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    const char *path = s && s->path ? s->path : "?";
    int err = s && s->db ? sqlite3_system_errno(s->db) : 0;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return csp__fail(CSP_EBUSY,
                         "%s: register \"%s\" is in use by another process, which did not let it go within %d ms; "
                         "try again, or wait longer (the busy timeout: cspctl --busy-timeout MS, Python "
                         "busy_timeout=, csp_open_options.busy_timeout_ms)",
                         what, path, s ? s->busy_ms : 0);
    case SQLITE_READONLY:
        return csp__fail(CSP_EREADONLY,
                         "%s: register \"%s\" cannot be written: it was opened read-only, or the file or its "
                         "folder is read-only (%s)",
                         what, path, detail);
    case SQLITE_FULL:
        return csp__fail(CSP_EIO, "%s: register \"%s\": the disk is full", what, path);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return csp__fail(CSP_ECORRUPT, "%s: register \"%s\" is damaged (%s)", what, path, detail);
    case SQLITE_NOMEM:
        return csp__fail(CSP_ENOMEM, "%s: out of memory", what);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        if (err == ENOSPC)
            return csp__fail(CSP_EIO, "%s: register \"%s\": the disk is full", what, path);
        if (err == EACCES || err == EPERM || err == EROFS)
            return csp__fail(CSP_EIO, "%s: register \"%s\": %s (the file or its folder)", what, path,
                             strerror(err));
        return csp__fail(CSP_EIO, "%s: register \"%s\": %s%s%s", what, path, detail, err ? ": " : "",
                         err ? strerror(err) : "");
    case SQLITE_CONSTRAINT:
        return csp__fail(CSP_ECONSTRAINT, "%s: %s", what, detail);
    default:
        return csp__fail(CSP_ERROR, "%s: register \"%s\": %s", what, path, detail);
    }
}

static int exec(sqlite_store *s, const char *sql, const char *what)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, what);
}

/* ---- the schema, from the description ---------------------------------------- */

/* The first and last day a stored date can name, as sortable text (query.h):
 * the expressions of the date indexes and of the conditions that use them. */
static void date_lo(csp__buf *b, const char *column)
{
    csp__buf_printf(b, "substr(%s || '-00-00', 1, 10)", column);
}

static void date_hi(csp__buf *b, const char *column)
{
    csp__buf_printf(b, "substr(%s || '-99-99', 1, 10)", column);
}

/*
 * The description's rules as SQL, for CHECK constraints (schema version
 * CSP__SCHEMA_CHECKS_SINCE and later): what a value of field f must be, on
 * the column expression `col`. Built from the static description only (enum
 * values, limits, formats); no input reaches it. The same rules the library
 * applies on every write, so that a register written by another tool (the
 * sqlite3 shell, pandas) cannot hold a value the model refuses:
 *   ids: 1-128 characters, letters, digits and . _ : / - (not first), and
 *   references (text: their foreign key makes them ids); enum values: one of the list; dates: YYYY, YYYY-MM or
 *   YYYY-MM-DD; booleans 0 or 1; numbers 0 (unset) or within their bounds;
 *   text: text, of 1 to max_length characters. Each is stored as its type.
 */
static void value_check(csp__buf *b, const csp__field *f, const char *col)
{
    switch (f->type) {
    case CSP_FIELD_REF:
    case CSP_FIELD_REF_LIST:
        /* A reference must name an id that exists (its foreign key), and
         * every id has the form checked below: the form needs no check here. */
        csp__buf_printf(b, "typeof(%s) = 'text'", col);
        break;
    case CSP_FIELD_ID:
        csp__buf_printf(b,
                        "typeof(%s) = 'text' AND length(%s) BETWEEN 1 AND %d AND %s GLOB '[A-Za-z0-9]*' AND "
                        "%s NOT GLOB '*[^A-Za-z0-9._:/-]*'",
                        col, col, f->max_length, col, col);
        break;
    case CSP_FIELD_ENUM:
    case CSP_FIELD_ENUM_LIST:
        /* A chain of = rather than IN (...): SQLite evaluates an IN list of
         * constants through a temporary index it builds for every row
         * checked, which costs more than the insert itself. */
        csp__buf_puts(b, "(");
        for (size_t k = 0; k < f->en->count; k++)
            csp__buf_printf(b, "%s%s = '%s'", k ? " OR " : "", col, f->en->values[k]);
        csp__buf_puts(b, ")");
        break;
    case CSP_FIELD_DATE:
    case CSP_FIELD_DATE_LIST:
        csp__buf_printf(b,
                        "typeof(%s) = 'text' AND (%s GLOB '[0-9][0-9][0-9][0-9]' OR %s GLOB "
                        "'[0-9][0-9][0-9][0-9]-[01][0-9]' OR %s GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')",
                        col, col, col, col);
        break;
    case CSP_FIELD_BOOL:
        csp__buf_printf(b, "(%s = 0 OR %s = 1)", col, col);
        break;
    case CSP_FIELD_INT:
        csp__buf_printf(b, "typeof(%s) = 'integer' AND (%s = 0 OR %s BETWEEN %lld AND %lld)", col, col, col,
                        f->min, f->max);
        break;
    default: /* TEXT, TEXT_LIST */
        /* Text and its length. (Blank text and control characters are
         * refused on every write through libcsp and on every read; a CHECK
         * for them would scan each text twice more on every insert.) */
        csp__buf_printf(b, "typeof(%s) = 'text' AND length(%s) BETWEEN 1 AND %d", col, col, f->max_length);
        break;
    }
}

/* Appends the column definition of field f (not a list); with its CHECK
 * constraint when `checks`. */
static void column_def(csp__buf *b, const csp__field *f, int checks)
{
    csp__buf_printf(b, "\"%s\" %s", f->name, csp__field_is_int(f) ? "INTEGER" : "TEXT");
    if (f->type == CSP_FIELD_ID)
        csp__buf_puts(b, " PRIMARY KEY NOT NULL");
    else if (csp__field_is_int(f))
        csp__buf_puts(b, " NOT NULL DEFAULT 0");
    else if (f->flags & CSP_FLAG_REQUIRED)
        csp__buf_puts(b, " NOT NULL");
    if (f->type == CSP_FIELD_REF)
        csp__buf_printf(b, " REFERENCES \"%s\"(id) DEFERRABLE INITIALLY DEFERRED", csp__entities[f->target].plural);
    if (checks) {
        char col[80];
        snprintf(col, sizeof col, "\"%s\"", f->name);
        csp__buf_puts(b, " CHECK (");
        if (!csp__field_is_int(f) && !(f->flags & CSP_FLAG_REQUIRED) && f->type != CSP_FIELD_ID)
            csp__buf_printf(b, "%s IS NULL OR ", col);
        csp__buf_puts(b, "(");
        value_check(b, f, col);
        csp__buf_puts(b, "))");
    }
}

/* The CREATE TABLE statement of entity e as schema `version` has it, under
 * the name `table` (its plural, or a scratch name while it is rebuilt). */
static void entity_table(csp__buf *b, const csp__entity *e, const char *table, int version)
{
    csp__buf_printf(b, "CREATE TABLE \"%s\" (", table);
    int first = 1;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (csp__field_is_list(f) || f->since > version)
            continue;
        if (!first)
            csp__buf_puts(b, ", ");
        column_def(b, f, version >= CSP__SCHEMA_CHECKS_SINCE);
        first = 0;
    }
    csp__buf_puts(b, ");\n");
}

static void list_table(csp__buf *b, const csp__entity *e, const csp__field *f, const char *table, int version)
{
    csp__buf_printf(b,
                    "CREATE TABLE \"%s\" (owner TEXT NOT NULL REFERENCES \"%s\"(id) ON DELETE CASCADE, "
                    "pos INTEGER NOT NULL, value TEXT NOT NULL",
                    table, e->plural);
    if (f->type == CSP_FIELD_REF_LIST)
        csp__buf_printf(b, " REFERENCES \"%s\"(id) DEFERRABLE INITIALLY DEFERRED", csp__entities[f->target].plural);
    if (version >= CSP__SCHEMA_CHECKS_SINCE) {
        csp__buf_puts(b, " CHECK (");
        value_check(b, f, "value");
        csp__buf_puts(b, ")");
    }
    csp__buf_puts(b, ", PRIMARY KEY (owner, pos)) WITHOUT ROWID;\n");
}

/* Rebuilds a table with the constraints of the current schema: a new table,
 * the rows copied, the old one dropped and the new one renamed (SQLite cannot
 * add a constraint to a table). Foreign keys are off meanwhile (migrate()). */
static void rebuild(csp__buf *b, const csp__entity *e, const csp__field *list, int version)
{
    char table[160];
    if (list)
        snprintf(table, sizeof table, "%s_%s", e->plural, list->name);
    else
        snprintf(table, sizeof table, "%s", e->plural);
    if (list)
        list_table(b, e, list, "csp_rebuild", version);
    else
        entity_table(b, e, "csp_rebuild", version);
    csp__buf_printf(b, "INSERT INTO \"csp_rebuild\" SELECT * FROM \"%s\";\nDROP TABLE \"%s\";\n", table, table);
    csp__buf_printf(b, "ALTER TABLE \"csp_rebuild\" RENAME TO \"%s\";\n", table);
}

/* Whether field f's index holds only the records that have a value (schema
 * version 9 on): an optional reference's or filterable field's. Many records
 * leave such a field unset (most seats are held on nobody's behalf), and
 * their entries only made the index longer. SQLite answers "f = ?", and every
 * other comparison, from such an index (a comparison is never true of NULL:
 * test_query checks the plans), as it does the look-ups of the foreign-key
 * checks; "f IS NULL" reads the table. A bulk load builds the shorter index
 * the faster: a million seats' on_behalf_of, one in ten of them set, 0.57 s
 * whole and 0.15 s partial (docs/benchmarks.md). Text fields only: an unset
 * number or flag is stored as 0, never NULL; and a date's indexes are of
 * expressions, and stay whole. */
static int index_is_partial(const csp__field *f)
{
    return ((f->flags & CSP_FLAG_FILTER) || f->type == CSP_FIELD_REF) && !(f->flags & CSP_FLAG_REQUIRED) &&
           csp__field_is_text(f) && f->type != CSP_FIELD_DATE;
}

/* The schema version from which optional fields' indexes are partial: the
 * migration to it drops their whole indexes, which index_sql then builds again. */
#define CSP__PARTIAL_INDEXES_SINCE 9
_Static_assert(CSP__PARTIAL_INDEXES_SINCE <= CSP__SCHEMA_VERSION, "the schema version of partial indexes");

/* The statements that bring the schema from version-1 to version: tables of
 * entities added at `version`, columns and list tables of fields added then;
 * at CSP__SCHEMA_CHECKS_SINCE, every table rebuilt with its CHECK
 * constraints; at CSP__PARTIAL_INDEXES_SINCE, the whole indexes of optional
 * fields dropped (index_sql, which follows, builds them partial). Built from
 * the static description only; no input reaches it. */
static void migration_sql(csp__buf *b, int version)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *e = &csp__entities[k];
        if (e->since > version)
            continue;
        if (version == CSP__SCHEMA_CHECKS_SINCE && e->since < version) {
            rebuild(b, e, NULL, version);
            for (int i = 0; i < e->nfields; i++)
                if (csp__field_is_list(&e->fields[i]) && e->fields[i].since < version)
                    rebuild(b, e, &e->fields[i], version);
        }
        if (e->since == version)
            entity_table(b, e, e->plural, version);
        for (int i = 0; i < e->nfields; i++) {
            const csp__field *f = &e->fields[i];
            if (version == CSP__PARTIAL_INDEXES_SINCE && f->since < version && index_is_partial(f))
                csp__buf_printf(b, "DROP INDEX IF EXISTS \"%s_%s\";\n", e->plural, f->name);
            if (f->since != version || f->type == CSP_FIELD_ID)
                continue;
            if (csp__field_is_list(f)) {
                char table[160];
                snprintf(table, sizeof table, "%s_%s", e->plural, f->name);
                list_table(b, e, f, table, version);
            } else if (e->since != version) {
                csp__buf_printf(b, "ALTER TABLE \"%s\" ADD COLUMN ", e->plural);
                column_def(b, f, version >= CSP__SCHEMA_CHECKS_SINCE);
                csp__buf_puts(b, ";\n");
            }
        }
    }
}

int csp__ref_next(csp__ref_iter *it)
{
    for (; it->k < CSP__ENTITY_COUNT; it->k++, it->i = 0) {
        const csp__entity *e = &csp__entities[it->k];
        for (; it->i < e->nfields; it->i++, it->part = 0) {
            const csp__field *f = &e->fields[it->i];
            int list = csp__field_is_list(f);
            int parts = list ? 1 + (f->type == CSP_FIELD_REF_LIST) : f->type == CSP_FIELD_REF;
            if (it->part >= parts)
                continue;
            it->e = e;
            it->f = f;
            it->owner = list && it->part == 0;
            if (list)
                snprintf(it->table, sizeof it->table, "%s_%s", e->plural, f->name);
            else
                snprintf(it->table, sizeof it->table, "%s", e->plural);
            it->column = it->owner ? "owner" : list ? "value" : f->name;
            it->target = it->owner ? e : &csp__entities[f->target];
            it->part++;
            return 1;
        }
    }
    return 0;
}

/* +"<table>"."<field>" IN ('v1', 'v2'): the records of a described index.
 * SQLite uses a partial index only for a query whose WHERE holds its own
 * condition as written, constants and all, so the index and every query of
 * its records take their condition from here. The unary plus keeps SQLite
 * from answering the condition through the field's own index instead (it
 * would, without statistics: a row lookup for each record, then a sort).
 * The values are the static description's enum values (lower_snake_case,
 * which the generator checks), never input. */
static void index_where_sql(csp__buf *b, const csp__entity *e, const csp__index *x)
{
    csp__buf_printf(b, "+\"%s\".\"%s\" IN (", e->plural, e->fields[x->where_field].name);
    for (int i = 0; x->where_values[i]; i++)
        csp__buf_printf(b, "%s'%s'", i ? ", " : "", x->where_values[i]);
    csp__buf_puts(b, ")");
}

/* The indexes the description asks for on entity e's tables, each created if
 * missing (or, with drop, dropped if there): references (foreign-key checks
 * and deletes look them up) and filterable fields (queries use them); a
 * filterable date has two, on the first and the last day it can name, which
 * the date conditions of a query use. */
static void entity_index_sql(csp__buf *b, const csp__entity *e, int drop)
{
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        int filter = (f->flags & CSP_FLAG_FILTER) != 0;
        if (f->type == CSP_FIELD_ID)
            continue;
        if (csp__field_is_list(f)) {
            if (!filter && f->type != CSP_FIELD_REF_LIST)
                continue;
            if (drop)
                csp__buf_printf(b, "DROP INDEX IF EXISTS \"%s_%s_value\";\n", e->plural, f->name);
            else
                csp__buf_printf(b, "CREATE INDEX IF NOT EXISTS \"%s_%s_value\" ON \"%s_%s\"(value);\n", e->plural,
                                f->name, e->plural, f->name);
        } else if (f->type == CSP_FIELD_DATE && filter) {
            if (drop) {
                csp__buf_printf(b, "DROP INDEX IF EXISTS \"%s_%s_lo\";\nDROP INDEX IF EXISTS \"%s_%s_hi\";\n", e->plural,
                                f->name, e->plural, f->name);
                continue;
            }
            char col[160];
            snprintf(col, sizeof col, "\"%s\"", f->name);
            csp__buf_printf(b, "CREATE INDEX IF NOT EXISTS \"%s_%s_lo\" ON \"%s\"(", e->plural, f->name, e->plural);
            date_lo(b, col);
            csp__buf_printf(b, ");\nCREATE INDEX IF NOT EXISTS \"%s_%s_hi\" ON \"%s\"(", e->plural, f->name, e->plural);
            date_hi(b, col);
            csp__buf_puts(b, ");\n");
        } else if (filter || f->type == CSP_FIELD_REF) {
            if (drop) {
                csp__buf_printf(b, "DROP INDEX IF EXISTS \"%s_%s\";\n", e->plural, f->name);
                continue;
            }
            csp__buf_printf(b, "CREATE INDEX IF NOT EXISTS \"%s_%s\" ON \"%s\"(\"%s\")", e->plural, f->name,
                            e->plural, f->name);
            if (index_is_partial(f))
                csp__buf_printf(b, " WHERE \"%s\" IS NOT NULL", f->name);
            csp__buf_puts(b, ";\n");
        }
    }
    for (int k = 0; k < e->nindexes; k++) {
        const csp__index *x = &e->indexes[k];
        if (drop) {
            csp__buf_printf(b, "DROP INDEX IF EXISTS \"%s_%s\";\n", e->plural, x->name);
            continue;
        }
        csp__buf_printf(b, "CREATE INDEX IF NOT EXISTS \"%s_%s\" ON \"%s\"(", e->plural, x->name, e->plural);
        for (int i = 0; i < x->nfields; i++)
            csp__buf_printf(b, "%s\"%s\"", i ? ", " : "", e->fields[x->fields[i]].name);
        csp__buf_puts(b, ") WHERE ");
        index_where_sql(b, e, x);
        csp__buf_puts(b, ";\n");
    }
}

static void index_sql(csp__buf *b)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++)
        entity_index_sql(b, &csp__entities[k], 0);
}

/* ---- statements -------------------------------------------------------------- */

/* The columns a record is read from: its own (every field but the lists),
 * then for each list field whether it has an item, so that the list is read
 * (a statement of its own) only when it has one: most records' lists are
 * empty (a record's sources, a seat's nothing). With walked, each list's
 * column is a 0 that keeps its place: a scan in id order learns it by
 * walking the list tables beside it (merge_items). */
static void build_select_columns(csp__buf *b, const csp__entity *e, int walked)
{
    int first = 1;
    for (int i = 0; i < e->nfields; i++) {
        if (csp__field_is_list(&e->fields[i]))
            continue;
        csp__buf_printf(b, "%s\"%s\".\"%s\"", first ? "" : ", ", e->plural, e->fields[i].name);
        first = 0;
    }
    for (int i = 0; i < e->nfields; i++)
        if (csp__field_is_list(&e->fields[i]) && walked)
            csp__buf_puts(b, ", 0");
        else if (csp__field_is_list(&e->fields[i]))
            csp__buf_printf(b, ", EXISTS (SELECT 1 FROM \"%s_%s\" WHERE owner = \"%s\".id)", e->plural,
                            e->fields[i].name, e->plural);
}

/* The column list of an entity's records, written once per process for the
 * model's entities (every query reads it; printf-ing it each time was a third
 * of a check's instructions) under SQLite's application mutex, and kept. */
static char *select_cache[CSP__ENTITY_COUNT];

static void select_columns(csp__buf *b, const csp__entity *e)
{
    ptrdiff_t k = e - csp__entities;
    if (k < 0 || k >= CSP__ENTITY_COUNT) { /* not one of the model's (a test's own) */
        build_select_columns(b, e, 0);
        return;
    }
    sqlite3_mutex *m = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_APP2);
    sqlite3_mutex_enter(m);
    if (!select_cache[k]) {
        csp__buf c = {0};
        build_select_columns(&c, e, 0);
        if (c.failed)
            csp__buf_free(&c);
        else
            select_cache[k] = c.p;
    }
    const char *cols = select_cache[k];
    sqlite3_mutex_leave(m);
    if (cols)
        csp__buf_puts(b, cols);
    else
        build_select_columns(b, e, 0);
}

/* The number of columns select_columns() gives. */
static int select_count(const csp__entity *e)
{
    return e->nfields;
}

static void build_sql(csp__buf *b, const csp__entity *e, int which)
{
    switch (which) {
    case ST_INSERT:
    case ST_REPLACE: {
        csp__buf_printf(b, "INSERT INTO \"%s\" (", e->plural);
        int n = 0;
        for (int i = 0; i < e->nfields; i++)
            if (!csp__field_is_list(&e->fields[i]))
                csp__buf_printf(b, "%s\"%s\"", n++ ? ", " : "", e->fields[i].name);
        csp__buf_puts(b, ") VALUES (");
        for (int k = 0; k < n; k++)
            csp__buf_printf(b, "%s?%d", k ? ", " : "", k + 1);
        csp__buf_puts(b, ")");
        if (which == ST_REPLACE) {
            csp__buf_puts(b, " ON CONFLICT(id) DO UPDATE SET ");
            int first = 1;
            for (int i = 1; i < e->nfields; i++) {
                if (csp__field_is_list(&e->fields[i]))
                    continue;
                csp__buf_printf(b, "%s\"%s\" = excluded.\"%s\"", first ? "" : ", ", e->fields[i].name,
                                e->fields[i].name);
                first = 0;
            }
            if (first)
                csp__buf_puts(b, "id = excluded.id");
        }
        break;
    }
    case ST_GET:
        csp__buf_puts(b, "SELECT ");
        select_columns(b, e);
        csp__buf_printf(b, " FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case ST_EXISTS:
        csp__buf_printf(b, "SELECT 1 FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case ST_DELETE:
        csp__buf_printf(b, "DELETE FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case ST_SET_POSITION:
        csp__buf_printf(b, "UPDATE \"%s\" SET \"%s\" = ?2", e->plural, e->fields[e->order_field].name);
        if (e->tree_field >= 0)
            csp__buf_printf(b, ", \"%s\" = ?3", e->fields[e->tree_field].name);
        csp__buf_puts(b, " WHERE id = ?1");
        break;
    case ST_MARK:
        /* Rows are numbered max(rowid) + 1 as they are inserted (store.h, mark). */
        csp__buf_printf(b, "SELECT coalesce(max(rowid), 0) FROM \"%s\"", e->plural);
        break;
    case ST_INSERTED_SINCE:
        csp__buf_printf(b, "SELECT rowid > ?2 FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case ST_MAX_POSITION:
        csp__buf_printf(b, "SELECT coalesce(max(\"%s\"), 0) FROM \"%s\" WHERE \"%s\" = ?1",
                        e->fields[e->order_field].name, e->plural, e->fields[e->nest_field].name);
        break;
    default:
        break;
    }
}

static int prepare(sqlite_store *s, const char *sql, sqlite3_stmt **out, unsigned flags)
{
    int rc = sqlite3_prepare_v3(s->db, sql, -1, flags, out, NULL);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot prepare a statement");
}

/* The cached statement `which` of entity e, reset and unbound. */
static int stmt(sqlite_store *s, const csp__entity *e, int which, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &s->st[e->id][which];
    if (!*slot) {
        csp__buf b = {0};
        build_sql(&b, e, which);
        int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : prepare(s, b.p, slot, SQLITE_PREPARE_PERSISTENT);
        csp__buf_free(&b);
        if (rc)
            return rc;
    }
    sqlite3_reset(*slot);
    sqlite3_clear_bindings(*slot);
    *out = *slot;
    return CSP_OK;
}

static int list_stmt(sqlite_store *s, const csp__entity *e, int field, int which, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &s->lst[e->id][field][which];
    if (!*slot) {
        char sql[256];
        const char *t = e->plural, *f = e->fields[field].name;
        if (which == LST_INSERT)
            snprintf(sql, sizeof sql, "INSERT INTO \"%s_%s\" (owner, pos, value) VALUES (?1, ?2, ?3)", t, f);
        else if (which == LST_SELECT)
            snprintf(sql, sizeof sql, "SELECT value FROM \"%s_%s\" WHERE owner = ?1 ORDER BY pos", t, f);
        else
            snprintf(sql, sizeof sql, "DELETE FROM \"%s_%s\" WHERE owner = ?1", t, f);
        int rc = prepare(s, sql, slot, SQLITE_PREPARE_PERSISTENT);
        if (rc)
            return rc;
    }
    sqlite3_reset(*slot);
    sqlite3_clear_bindings(*slot);
    *out = *slot;
    return CSP_OK;
}

/* Runs a statement that returns no rows. */
static int step_done(sqlite_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? CSP_OK : fail(s, rc, what);
}

static int bind_text(sqlite3_stmt *st, int col, const char *text)
{
    return text ? sqlite3_bind_text(st, col, text, -1, SQLITE_STATIC) : sqlite3_bind_null(st, col);
}

/* ---- transactions ------------------------------------------------------------ */

/* Runs the transaction statement `which` (prepared on first use); a SQLite result code. */
static int tx(sqlite_store *s, int which)
{
    sqlite3_stmt **slot = &s->tx[which];
    if (!*slot) {
        int rc = sqlite3_prepare_v3(s->db, tx_sql[which], -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
        if (rc != SQLITE_OK)
            return rc;
    }
    int rc = sqlite3_step(*slot);
    sqlite3_reset(*slot);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int store_begin(csp__store *base, int write)
{
    sqlite_store *s = impl(base);
    int rc = tx(s, write ? TX_BEGIN_WRITE : TX_BEGIN);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot start a transaction");
}

static int store_commit(csp__store *base)
{
    sqlite_store *s = impl(base);
    int rc = tx(s, TX_COMMIT);
    if (rc == SQLITE_OK)
        return CSP_OK;
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return csp__fail(CSP_EREFERENCE, "cannot commit: a reference names a record that does not exist (%s)",
                         sqlite3_errmsg(s->db));
    return fail(s, rc, "cannot commit");
}

static void store_rollback(csp__store *base)
{
    tx(impl(base), TX_ROLLBACK);
}

static int store_savepoint(csp__store *base)
{
    sqlite_store *s = impl(base);
    int rc = tx(s, TX_SAVEPOINT);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot start a transaction");
}

static int store_release(csp__store *base)
{
    sqlite_store *s = impl(base);
    int rc = tx(s, TX_RELEASE);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot commit");
}

static void store_rollback_to(csp__store *base)
{
    sqlite_store *s = impl(base);
    tx(s, TX_ROLLBACK_TO);
    tx(s, TX_RELEASE);
}

/* The page cache of bulk work: up to 256 MiB, taken only as the pages are
 * used (SQLite's own default is 2,000 KiB): the tables a load fills stay in
 * it until the commit. A million records (a 206 MB register) fit. */
#define CSP__BULK_CACHE_KIB 262144

/* The page cache while a bulk load builds its indexes: SQLite's sorter takes
 * its budget from the cache size, and with the whole bulk cache held as much
 * again as the cache itself (four million records peaked at 435 MB). With 16
 * MiB it sorts runs of 16 MiB and merges them from temporary files, and the
 * cache recycles the pages the load filled: the peak is the bulk cache and a
 * little more, whatever the document's size (296 MB at two and at four
 * million records, 162 MB at one; docs/benchmarks.md). */
#define CSP__BULK_SORT_KIB 16384

static void store_bulk(csp__store *base, int on)
{
    sqlite_store *s = impl(base);
    /* An import checks every value it writes against the model before it
     * writes it (csp__record_validate), so the CHECK constraints, which keep
     * other tools from writing what the model refuses, would only test each
     * value again: with their GLOB patterns on ids, 13% of an import's
     * instructions (docs/benchmarks.md). They are off while it runs, and on
     * again for every other write, the import's failure included. */
    sqlite3_exec(s->db, on ? "PRAGMA ignore_check_constraints = ON" : "PRAGMA ignore_check_constraints = OFF", NULL,
                 NULL, NULL);
    /* Static numbers only: PRAGMA takes no bound parameters. */
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA cache_size = %lld", on ? -(long long)CSP__BULK_CACHE_KIB : s->cache_size);
    sqlite3_exec(s->db, sql, NULL, NULL, NULL); /* a hint: nothing to undo if it fails */
}

/* 1 if the query sql (SQL from the description, no parameters) gives a row,
 * 0 if none, <0 on error (`what` failed). */
static int has_row(sqlite_store *s, const char *sql, const char *what)
{
    sqlite3_stmt *st = NULL;
    int step = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (step == SQLITE_OK)
        step = sqlite3_step(st);
    sqlite3_finalize(st);
    if (step == SQLITE_ROW || step == SQLITE_DONE)
        return step == SQLITE_ROW;
    return fail(s, step, what);
}

/* 1 if e's table has records (with own_only, records other than the
 * built-in ones), 0 if not, <0 on error. */
static int has_records(sqlite_store *s, const csp__entity *e, int own_only)
{
    char sql[240];
    if (own_only && e->builtin_field >= 0)
        snprintf(sql, sizeof sql, "SELECT 1 FROM \"%s\" WHERE \"%s\" = 0 LIMIT 1", e->plural,
                 e->fields[e->builtin_field].name);
    else
        snprintf(sql, sizeof sql, "SELECT 1 FROM \"%s\" LIMIT 1", e->plural);
    return has_row(s, sql, "cannot prepare the import");
}

/* Whether a reference names a record that does not exist: what PRAGMA
 * foreign_key_check answers, at a lookup for each distinct value a column
 * holds (read in order from its index) rather than for each row: a million
 * seats name some thousands of organisations and people. At a million records
 * 0.12 s, where the pragma took 0.96 s (docs/benchmarks.md). 1 if one does, 0
 * if none, <0 on error. */
static int any_dangling(sqlite_store *s)
{
    csp__ref_iter it = {0};
    int rc = CSP_OK;
    while (rc == CSP_OK && csp__ref_next(&it)) {
        csp__buf q = {0};
        csp__buf_printf(&q,
                        "SELECT 1 FROM (SELECT DISTINCT \"%s\" AS v FROM \"%s\" WHERE \"%s\" IS NOT NULL) "
                        "WHERE NOT EXISTS (SELECT 1 FROM \"%s\" WHERE id = v) LIMIT 1",
                        it.column, it.table, it.column, it.target->plural);
        rc = q.failed ? csp__fail(CSP_ENOMEM, "out of memory")
                      : has_row(s, q.p, "cannot check the imported references");
        csp__buf_free(&q);
    }
    return rc;
}

/* A bulk load: the import of a document as the outermost write (store.h). */
static int store_load(csp__store *base, csp__load_phase phase)
{
    sqlite_store *s = impl(base);
    int rc = CSP_OK;
    switch (phase) {
    case CSP__LOAD_BEFORE:
        memset(s->load_dropped, 0, sizeof s->load_dropped);
        /* Only into a register that holds no records but the built-in ones:
         * the check of every reference at the end reads every table. */
        for (int k = 0; k < CSP__ENTITY_COUNT; k++)
            if ((rc = has_records(s, &csp__entities[k], 1)) != 0)
                return rc > 0 ? CSP__LOAD_DECLINED : rc;
        /* Outside a transaction (SQLite ignores the pragma inside one). */
        if ((rc = exec(s, "PRAGMA foreign_keys = OFF", "cannot prepare the import")) == CSP_OK)
            s->load_fk_off = s->load_refs_unchecked = 1;
        return rc;
    case CSP__LOAD_START:
        /* The indexes of the tables the load fills from empty: one sorted
         * build each at the end costs far less than a million inserts at
         * scattered places, the more so as the table grows. */
        for (int k = 0; rc == CSP_OK && k < CSP__ENTITY_COUNT; k++) {
            const csp__entity *e = &csp__entities[k];
            int has = has_records(s, e, 0);
            if (has < 0)
                return has;
            if (has)
                continue; /* its indexes stay */
            if (e->order_field >= 0)
                continue; /* each record's place is found among its siblings, through its owner's index */
            csp__buf b = {0};
            entity_index_sql(&b, e, 1);
            rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory")
                          : b.p ? exec(s, b.p, "cannot prepare the import") : CSP_OK;
            csp__buf_free(&b);
            if (rc == CSP_OK)
                s->load_dropped[k] = 1;
        }
        return rc;
    case CSP__LOAD_END: {
        /* The indexes back, then every reference checked at once. Static
         * numbers only: PRAGMA takes no bound parameters. */
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA cache_size = %d", -CSP__BULK_SORT_KIB);
        sqlite3_exec(s->db, sql, NULL, NULL, NULL); /* a hint: nothing to undo if it fails */
        for (int k = 0; rc == CSP_OK && k < CSP__ENTITY_COUNT; k++) {
            if (!s->load_dropped[k])
                continue;
            csp__buf b = {0};
            entity_index_sql(&b, &csp__entities[k], 0);
            rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory")
                          : b.p ? exec(s, b.p, "cannot index the imported records") : CSP_OK;
            csp__buf_free(&b);
            if (rc == CSP_OK)
                s->load_dropped[k] = 0;
        }
        if (rc || !s->load_fk_off)
            return rc;
        if ((rc = any_dangling(s)) > 0)
            return csp__fail(CSP_EREFERENCE, "a reference names a record that does not exist");
        if (rc == CSP_OK)
            s->load_refs_unchecked = 0;
        return rc;
    }
    case CSP__LOAD_AFTER:
        memset(s->load_dropped, 0, sizeof s->load_dropped); /* a rollback brought them back */
        s->load_refs_unchecked = 0;
        if (s->load_fk_off && (rc = exec(s, "PRAGMA foreign_keys = ON", "cannot end the import")) == CSP_OK)
            s->load_fk_off = 0;
        return rc;
    }
    return csp__fail(CSP_EARG, "no such phase of a bulk load");
}

static int store_refs_pending(csp__store *base)
{
    if (impl(base)->load_refs_unchecked)
        return 1; /* a bulk load: nothing is known of them until its end */
    int now = 0, high = 0;
    sqlite3_db_status(impl(base)->db, SQLITE_DBSTATUS_DEFERRED_FKS, &now, &high, 0);
    return now != 0;
}

/* ---- records ------------------------------------------------------------------- */

static int write_lists(sqlite_store *s, const csp__record *r, int replacing)
{
    const csp__entity *e = r->e;
    sqlite3_stmt *st;
    int rc;
    for (int i = 0; i < e->nfields; i++) {
        if (!csp__field_is_list(&e->fields[i]))
            continue;
        if (replacing) {
            if ((rc = list_stmt(s, e, i, LST_DELETE, &st)))
                return rc;
            bind_text(st, 1, csp__record_id(r));
            if ((rc = step_done(s, st, "cannot write a list")))
                return rc;
        }
        const csp__strlist *l = &r->v[i].list;
        for (size_t k = 0; k < l->n; k++) {
            if ((rc = list_stmt(s, e, i, LST_INSERT, &st)))
                return rc;
            bind_text(st, 1, csp__record_id(r));
            sqlite3_bind_int64(st, 2, (sqlite3_int64)k);
            bind_text(st, 3, l->v[k]);
            if ((rc = step_done(s, st, "cannot write a list")))
                return rc;
        }
    }
    return CSP_OK;
}

static int write_record(sqlite_store *s, const csp__record *r, int which)
{
    const csp__entity *e = r->e;
    sqlite3_stmt *st;
    int rc = stmt(s, e, which, &st);
    if (rc)
        return rc;
    int col = 1;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (csp__field_is_list(f))
            continue;
        if (csp__field_is_int(f))
            sqlite3_bind_int64(st, col, (sqlite3_int64)r->v[i].i);
        else
            bind_text(st, col, r->v[i].s);
        col++;
    }
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_CONSTRAINT_PRIMARYKEY && which == ST_INSERT)
        return csp__fail(CSP_EEXISTS, "%s \"%.128s\" is already in the register", e->name,
                         csp__record_id(r));
    if (rc != SQLITE_DONE) {
        char what[200];
        snprintf(what, sizeof what, "cannot write %s \"%.100s\"", e->name, csp__record_id(r));
        return fail(s, rc, what);
    }
    return write_lists(s, r, which == ST_REPLACE);
}

static int store_insert(csp__store *base, const csp__record *r)
{
    return write_record(impl(base), r, ST_INSERT);
}

static int store_replace(csp__store *base, const csp__record *r)
{
    return write_record(impl(base), r, ST_REPLACE);
}

/* A value of the wrong storage type, or text holding a NUL byte: the file was
 * damaged, or written by another tool past the schema. */
static int bad_value(sqlite_store *s, const csp__record *r, const char *field, const char *what)
{
    return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: %s \"%.128s\": %s %s (run cspctl verify)", s->path,
                     r->e->name, r->v[0].s ? r->v[0].s : "?", field, what);
}

/* The text of column col into *text (NULL for NULL). CSP_OK; 1 when the value
 * is not text or holds a NUL byte (the caller says where); CSP_ENOMEM. One
 * sqlite3_column_ call per value, not three (scans read millions): the
 * value's type, text and size are then read without the statement's
 * bookkeeping. The connection has no mutex (SQLITE_OPEN_NOMUTEX), so the
 * value, unprotected, is as safe to read as a protected one. */
static int column_text(sqlite3_stmt *row, int col, const char **text)
{
    sqlite3_value *cell = sqlite3_column_value(row, col);
    int type = sqlite3_value_type(cell);
    *text = NULL;
    if (type == SQLITE_NULL)
        return CSP_OK;
    if (type != SQLITE_TEXT)
        return 1;
    if (!(*text = (const char *)sqlite3_value_text(cell)))
        return csp__fail(CSP_ENOMEM, "out of memory");
    return (size_t)sqlite3_value_bytes(cell) != strlen(*text);
}

/* Fills r from a row whose columns are select_columns(e), then reads the lists
 * that have items: those whose column is not 0, or, when items is not NULL,
 * those it marks (items[i] for list field i). */
static int read_row(sqlite_store *s, sqlite3_stmt *row, csp__record *r, const unsigned char *items)
{
    const csp__entity *e = r->e;
    int col = 0, rc;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (csp__field_is_list(f))
            continue;
        if (csp__field_is_int(f)) {
            if (sqlite3_column_type(row, col) != SQLITE_INTEGER)
                return bad_value(s, r, f->name, "is not a number");
            r->v[i].i = sqlite3_column_int64(row, col);
        } else {
            const char *text;
            if ((rc = column_text(row, col, &text)) > 0)
                return bad_value(s, r, f->name, "is not text, or holds a NUL byte");
            if (rc)
                return rc;
            if (text && !(r->v[i].s = csp__strdup(text)))
                return csp__fail(CSP_ENOMEM, "out of memory");
        }
        col++;
    }
    for (int i = 0; i < e->nfields; i++) {
        if (!csp__field_is_list(&e->fields[i]))
            continue;
        int has = items ? items[i] : sqlite3_column_int(row, col);
        col++;
        if (!has)
            continue; /* no item */
        sqlite3_stmt *st;
        if ((rc = list_stmt(s, e, i, LST_SELECT, &st)))
            return rc;
        bind_text(st, 1, r->v[0].s);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *value;
            int bad = column_text(st, 0, &value);
            if (bad || !value) {
                sqlite3_reset(st);
                return bad < 0 ? bad
                               : bad_value(s, r, e->fields[i].name, "holds an item that is not text, or holds a NUL byte");
            }
            char *text = csp__strdup(value);
            if (!text || csp__strlist_push(&r->v[i].list, text)) {
                free(text);
                sqlite3_reset(st);
                return csp__fail(CSP_ENOMEM, "out of memory");
            }
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail(s, rc, "cannot read a list");
    }
    return CSP_OK;
}

static int store_get(csp__store *base, const csp__entity *e, const char *id, csp__record *r)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_GET, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        return csp__fail(CSP_ENOTFOUND, "no %s with id \"%.128s\"", e->name, id);
    }
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return fail(s, rc, "cannot read the register");
    }
    rc = read_row(s, st, r, NULL);
    sqlite3_reset(st);
    if (rc)
        csp__record_reset(r);
    return rc;
}

static int store_exists(csp__store *base, const csp__entity *e, const char *id)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_EXISTS, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return fail(s, rc, "cannot read the register");
}

static int store_remove(csp__store *base, const csp__entity *e, const char *id)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_DELETE, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    if ((rc = step_done(s, st, "cannot delete")))
        return rc;
    if (sqlite3_changes(s->db) == 0)
        return csp__fail(CSP_ENOTFOUND, "no %s with id \"%.128s\"", e->name, id);
    return CSP_OK;
}

static int store_referrer(csp__store *base, const csp__entity *e, const char *id, char *who, size_t size)
{
    sqlite_store *s = impl(base);
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *o = &csp__entities[k];
        for (int i = 0; i < o->nfields; i++) {
            const csp__field *f = &o->fields[i];
            if (!csp__field_is_ref(f) || f->target != e->id)
                continue;
            char sql[256];
            if (f->type == CSP_FIELD_REF)
                snprintf(sql, sizeof sql, "SELECT id FROM \"%s\" WHERE \"%s\" = ?1 AND id <> ?1 ORDER BY id LIMIT 1",
                         o->plural, f->name);
            else
                snprintf(sql, sizeof sql,
                         "SELECT owner FROM \"%s_%s\" WHERE value = ?1 AND owner <> ?1 ORDER BY owner LIMIT 1",
                         o->plural, f->name);
            sqlite3_stmt *st = NULL;
            int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
            if (rc != SQLITE_OK)
                return fail(s, rc, "cannot check references");
            bind_text(st, 1, id);
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW)
                snprintf(who, size, "%s \"%s\" (field %s)", o->name, (const char *)sqlite3_column_text(st, 0),
                         f->name);
            sqlite3_finalize(st);
            if (rc == SQLITE_ROW)
                return 1;
            if (rc != SQLITE_DONE)
                return fail(s, rc, "cannot check references");
        }
    }
    return 0;
}

static int store_set_position(csp__store *base, const csp__entity *e, const char *id, long long position,
                              const char *parent)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_SET_POSITION, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)position);
    if (e->tree_field >= 0)
        bind_text(st, 3, parent);
    return step_done(s, st, "cannot reorder");
}

static int store_mark(csp__store *base, const csp__entity *e, long long *out)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_MARK, &st);
    if (rc)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW)
        return fail(s, rc, "cannot read the register");
    /* At the largest row number SQLite numbers new rows at random: a mark
     * would tell nothing. libcsp never gets there; another tool could. */
    if (*out == INT64_MAX)
        return csp__fail(CSP_ECONSTRAINT, "register \"%s\": the %s table has used up its row numbers (a row "
                         "numbered %lld, written by another tool); export and import the register into a new one",
                         s->path, e->plural, (long long)INT64_MAX);
    return CSP_OK;
}

static int store_inserted_since(csp__store *base, const csp__entity *e, const char *id, long long mark)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_INSERTED_SINCE, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)mark);
    rc = sqlite3_step(st);
    int after = rc == SQLITE_ROW && sqlite3_column_int(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(s, rc, "cannot read the register");
    return after;
}

static int store_max_position(csp__store *base, const csp__entity *e, const char *owner, long long *out)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st;
    int rc = stmt(s, e, ST_MAX_POSITION, &st);
    if (rc)
        return rc;
    bind_text(st, 1, owner);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? CSP_OK : fail(s, rc, "cannot read the register");
}

/* ---- queries ------------------------------------------------------------------- */

static void cond_sql_plain(csp__buf *b, const csp__entity *e, const csp__cond *c, int param);

/* Appends the SQL of one condition; its value is bound at ?<param>. A
 * condition that also holds where the field is unset (an open end of a
 * period) is "(<field> IS NULL OR <condition>)". */
static void cond_sql(csp__buf *b, const csp__entity *e, const csp__cond *c, int param)
{
    if (c->or_unset) {
        csp__buf_printf(b, "(\"%s\".\"%s\" IS NULL OR ", e->plural, e->fields[c->field].name);
        cond_sql_plain(b, e, c, param);
        csp__buf_puts(b, ")");
    } else {
        cond_sql_plain(b, e, c, param);
    }
}

static void cond_sql_plain(csp__buf *b, const csp__entity *e, const csp__cond *c, int param)
{
    const csp__field *f = &e->fields[c->field];
    const char *t = e->plural;
    static const char *const cmp[] = {"", "=", "<>", "<", "<=", ">", ">="};
    /* The column, named with its table: a query with names joins others. */
    char col[200];
    snprintf(col, sizeof col, "\"%s\".\"%s\"", t, f->name);
    if (csp__field_is_list(f)) {
        if (c->op == CSP_OP_EQ)
            csp__buf_printf(b, "\"%s\".id IN (SELECT owner FROM \"%s_%s\" WHERE value = ?%d)", t, t, f->name, param);
        else
            csp__buf_printf(b, "%sEXISTS (SELECT 1 FROM \"%s_%s\" WHERE owner = \"%s\".id)",
                            c->op == CSP_OP_UNSET ? "NOT " : "", t, f->name, t);
        return;
    }
    if (csp__field_is_int(f)) {
        if (c->op == CSP_OP_SET || c->op == CSP_OP_UNSET)
            csp__buf_printf(b, "%s %s 0", col, c->op == CSP_OP_SET ? "<>" : "=");
        else if (f->type == CSP_FIELD_INT && c->op != CSP_OP_NE)
            /* An INT of 0 is unset, and a comparison never matches an unset value. */
            csp__buf_printf(b, "(%s <> 0 AND %s %s ?%d)", col, col, cmp[c->op], param);
        else
            csp__buf_printf(b, "%s %s ?%d", col, cmp[c->op], param);
        return;
    }
    if (f->type == CSP_FIELD_DATE && c->op != CSP_OP_NE) {
        /* lo and hi: the first and last day the stored date can name. */
        switch (c->op) {
        case CSP_OP_EQ: date_lo(b, col); csp__buf_printf(b, " = ?%d", param); break;     /* bound: value's lo */
        case CSP_OP_LT: date_hi(b, col); csp__buf_printf(b, " < ?%d", param); break;     /* value's lo */
        case CSP_OP_LE: date_lo(b, col); csp__buf_printf(b, " <= ?%d", param); break;    /* value's hi */
        case CSP_OP_GT: date_lo(b, col); csp__buf_printf(b, " > ?%d", param); break;     /* value's hi */
        case CSP_OP_GE: date_hi(b, col); csp__buf_printf(b, " >= ?%d", param); break;    /* value's lo */
        default: date_lo(b, col); csp__buf_printf(b, " IS %sNULL", c->op == CSP_OP_SET ? "NOT " : ""); break;
        }
        return;
    }
    switch (c->op) {
    case CSP_OP_SET: csp__buf_printf(b, "%s IS NOT NULL", col); break;
    case CSP_OP_UNSET: csp__buf_printf(b, "%s IS NULL", col); break;
    case CSP_OP_NE: csp__buf_printf(b, "%s IS NOT ?%d", col, param); break;
    default: csp__buf_printf(b, "%s %s ?%d", col, cmp[c->op], param); break;
    }
}

/* Whether condition c binds a value. */
static int cond_binds(const csp__entity *e, const csp__cond *c)
{
    if (c->op == CSP_OP_SET || c->op == CSP_OP_UNSET)
        return 0;
    (void)e;
    return 1;
}

/* Binds a condition's value. The statement keeps its own copy (a cursor may
 * outlive the query it was made from). */
static void bind_cond(sqlite3_stmt *st, const csp__entity *e, const csp__cond *c, int param)
{
    const csp__field *f = &e->fields[c->field];
    if (csp__field_is_int(f)) {
        sqlite3_bind_int64(st, param, (sqlite3_int64)c->num);
    } else if (f->type == CSP_FIELD_DATE && c->op != CSP_OP_NE) {
        int use_lo = c->op == CSP_OP_EQ || c->op == CSP_OP_LT || c->op == CSP_OP_GE;
        sqlite3_bind_text(st, param, use_lo ? c->lo : c->hi, -1, SQLITE_TRANSIENT);
    } else if (c->text) {
        sqlite3_bind_text(st, param, c->text, -1, SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(st, param);
    }
}

/* Whether field f of e is a reference whose target has a name (a query with
 * names joins it). */
static int named_ref(const csp__field *f)
{
    return f->type == CSP_FIELD_REF && csp__entities[f->target].name_field >= 0;
}

/* Writes " WHERE <q's conditions>" (nothing when it has none); returns the
 * number of the next parameter. */
static int where_sql(csp__buf *b, const csp__query *q)
{
    int param = 1;
    for (int i = 0; i < q->nconds; i++) {
        csp__buf_puts(b, i ? " AND " : " WHERE ");
        cond_sql(b, q->e, &q->conds[i], param);
        if (cond_binds(q->e, &q->conds[i]))
            param++;
    }
    if (q->index) {
        csp__buf_puts(b, q->nconds ? " AND " : " WHERE ");
        index_where_sql(b, q->e, q->index);
    }
    return param;
}

/* Binds the values of q's conditions to where_sql()'s parameters; returns
 * the number of the next parameter. */
static int bind_where(sqlite3_stmt *st, const csp__query *q)
{
    int param = 1;
    for (int i = 0; i < q->nconds; i++)
        if (cond_binds(q->e, &q->conds[i]))
            bind_cond(st, q->e, &q->conds[i], param++);
    return param;
}

/* A query of every record of an entity in id order: no condition (nor an
 * index's), no order asked for, not an ordered entity. */
static int id_scan(const csp__query *q)
{
    return q->nconds == 0 && !q->index && q->norder == 0 && q->e->order_field < 0;
}

/* Whether an entity has a list field. */
static int has_lists(const csp__entity *e)
{
    for (int i = 0; i < e->nfields; i++)
        if (csp__field_is_list(&e->fields[i]))
            return 1;
    return 0;
}

/* Builds "SELECT <columns> FROM <table> WHERE ... ORDER BY ... LIMIT ..."
 * (count: SELECT count(*) over the same selection). With names, each named
 * reference's target is joined ("n_<field>") and its name selected after the
 * record's own columns. */
static void query_sql(csp__buf *b, const csp__query *q, int count)
{
    const csp__entity *e = q->e;
    int names = q->names && !count;
    if (count)
        csp__buf_puts(b, "SELECT count(*) FROM (SELECT 1");
    else if (id_scan(q) && has_lists(e)) {
        /* Whether each record has list items comes from walking the list
         * tables beside the scan (store_next), not an EXISTS per record. */
        csp__buf_puts(b, "SELECT ");
        build_select_columns(b, e, 1);
    } else {
        csp__buf_puts(b, "SELECT ");
        select_columns(b, e);
    }
    for (int i = 0; names && i < e->nfields; i++)
        if (named_ref(&e->fields[i])) {
            const csp__entity *t = &csp__entities[e->fields[i].target];
            csp__buf_printf(b, ", coalesce(\"n_%s\".\"%s\", \"n_%s\".id)", e->fields[i].name,
                            t->fields[t->name_field].name, e->fields[i].name);
        }
    /* Last, whether the record is found by its own id through the index of
     * ids: a scan may walk the table, and a damaged id in it would otherwise
     * pass unseen (store.h, next). One lookup inside the statement costs a
     * fraction of a second statement per record. A scan of every record in
     * id order walks that index itself, and SQLite takes the id from it
     * (test_damage.c holds this): there the lookup would find what it
     * started from, and is left out. */
    if (!count && q->ids_unchecked) /* the caller checks (query.h) */
        csp__buf_printf(b, ", \"%s\".rowid", e->plural);
    else if (!count && !id_scan(q))
        csp__buf_printf(b, ", (SELECT \"k\".rowid FROM \"%s\" AS \"k\" WHERE \"k\".id = \"%s\".id) IS \"%s\".rowid",
                        e->plural, e->plural, e->plural);
    else if (!count)
        csp__buf_puts(b, ", 1");
    csp__buf_printf(b, " FROM \"%s\"", e->plural);
    for (int i = 0; names && i < e->nfields; i++)
        if (named_ref(&e->fields[i]))
            csp__buf_printf(b, " LEFT JOIN \"%s\" AS \"n_%s\" ON \"n_%s\".id = \"%s\".\"%s\"",
                            csp__entities[e->fields[i].target].plural, e->fields[i].name, e->fields[i].name,
                            e->plural, e->fields[i].name);
    int param = where_sql(b, q);
    if (!count) {
        /* With conditions, the sort keys are written +"key": the unary plus
         * keeps SQLite from walking an index for the order (the primary key's,
         * for id) rather than using the index of a condition, which would
         * scan the table for a date range. The records are then sorted after
         * they are selected, which is what a selective query wants. */
        const char *plus = q->nconds || q->index ? "+" : "";
        csp__buf_puts(b, " ORDER BY ");
        for (int i = 0; i < q->norder; i++)
            csp__buf_printf(b, "%s\"%s\".\"%s\"%s, ", plus, e->plural, e->fields[q->order[i].field].name,
                            q->order[i].descending ? " DESC" : "");
        if (e->order_field >= 0)
            csp__buf_printf(b, "%s\"%s\".\"%s\", ", plus, e->plural, e->fields[e->order_field].name);
        csp__buf_printf(b, "%s\"%s\".id", plus, e->plural);
    }
    if (q->limit)
        csp__buf_printf(b, " LIMIT ?%d", param);
    if (count)
        csp__buf_puts(b, ")");
}

/* The statement of sql: a free one of the cache, else a new one, kept in
 * the cache when a slot is free (the least recently used goes). */
static int acquire_query(sqlite_store *s, const char *sql, sqlite3_stmt **out)
{
    struct qslot *victim = NULL;
    for (int i = 0; i < CSP__QUERY_CACHE; i++) {
        struct qslot *q = &s->qc[i];
        if (q->busy)
            continue;
        if (q->sql && strcmp(q->sql, sql) == 0) {
            sqlite3_reset(q->st);
            sqlite3_clear_bindings(q->st);
            q->busy = 1;
            q->used = ++s->qclock;
            *out = q->st;
            return CSP_OK;
        }
        if (!victim || !q->sql || (victim->sql && q->used < victim->used))
            victim = q;
    }
    int rc = prepare(s, sql, out, SQLITE_PREPARE_PERSISTENT);
    char *copy = rc == CSP_OK && victim ? csp__strdup(sql) : NULL;
    if (copy) { /* else it is not cached, and finalised when released */
        sqlite3_finalize(victim->st);
        free(victim->sql);
        victim->sql = copy;
        victim->st = *out;
        victim->busy = 1;
        victim->used = ++s->qclock;
    }
    return rc;
}

/* Gives a query's statement back: to the cache, reset, or finalised. */
static void release_query(sqlite_store *s, sqlite3_stmt *st)
{
    if (!st)
        return;
    for (int i = 0; i < CSP__QUERY_CACHE; i++) {
        if (s->qc[i].st == st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            s->qc[i].busy = 0;
            return;
        }
    }
    sqlite3_finalize(st);
}

static int prepare_query(sqlite_store *s, const csp__query *q, int count, sqlite3_stmt **out, const char *prefix)
{
    csp__buf b = {0};
    if (prefix)
        csp__buf_puts(&b, prefix);
    query_sql(&b, q, count);
    int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : acquire_query(s, b.p, out);
    csp__buf_free(&b);
    if (rc)
        return rc;
    int param = bind_where(*out, q);
    if (q->limit)
        sqlite3_bind_int64(*out, param, (sqlite3_int64)(q->limit > (size_t)INT64_MAX ? INT64_MAX : (long long)q->limit));
    return CSP_OK;
}

static int store_open_cursor(csp__store *base, const csp__query *q, csp__cursor **out)
{
    sqlite_store *s = impl(base);
    *out = NULL;
    csp__cursor *c = calloc(1, sizeof *c);
    if (!c)
        return csp__fail(CSP_ENOMEM, "out of memory");
    int rc = prepare_query(s, q, 0, &c->stmt, NULL);
    if (rc) {
        free(c);
        return rc;
    }
    c->s = s;
    c->e = q->e;
    c->names = q->names;
    c->ids_unchecked = q->ids_unchecked;
    c->merge = id_scan(q) && has_lists(q->e);
    *out = c;
    return CSP_OK;
}

/* Lets the cursor's walks of the list tables go. */
static void release_owners(csp__cursor *c)
{
    for (int i = 0; i < c->e->nfields; i++) {
        release_query(c->s, c->owners[i]);
        c->owners[i] = NULL;
    }
}

/* Steps the walk of list field i's owners; at its end, lets it go. */
static int step_owners(csp__cursor *c, int i)
{
    int rc = sqlite3_step(c->owners[i]);
    if (rc == SQLITE_ROW)
        return CSP_OK;
    release_query(c->s, c->owners[i]);
    c->owners[i] = NULL;
    return rc == SQLITE_DONE ? CSP_OK : fail(c->s, rc, "cannot read the register");
}

/* For a scan in id order: which list fields of the row's record have items
 * (items[i]), from the owners of each list table walked in the same order
 * (owner BINARY, as the ids are ordered), each from the scan's first row:
 * the scan's statement is active then, so every walk reads the same
 * snapshot as the scan. Each list row is stepped over once in the whole
 * scan, where an EXISTS per record sought its list's index each time. An
 * owner that is no record's id is stepped over. */
static int merge_items(csp__cursor *c, unsigned char *items)
{
    const csp__entity *e = c->e;
    const char *id = (const char *)sqlite3_column_text(c->stmt, 0);
    int rc;
    for (int i = 0; i < e->nfields; i++) {
        if (!csp__field_is_list(&e->fields[i]))
            continue;
        if (!c->started) {
            char sql[256];
            snprintf(sql, sizeof sql, "SELECT owner FROM \"%s_%s\" ORDER BY owner", e->plural, e->fields[i].name);
            if ((rc = acquire_query(c->s, sql, &c->owners[i])) || (rc = step_owners(c, i)))
                return rc;
        }
        int cmp = 1;
        while (c->owners[i] && id) {
            const char *owner = (const char *)sqlite3_column_text(c->owners[i], 0);
            if ((cmp = strcmp(owner ? owner : "", id)) >= 0)
                break;
            if ((rc = step_owners(c, i)))
                return rc;
        }
        items[i] = c->owners[i] && id && cmp == 0;
    }
    c->started = 1;
    return CSP_OK;
}

static int store_next(csp__cursor *c, csp__record *r)
{
    if (!c->stmt)
        return CSP_ITEROVER;
    int rc = sqlite3_step(c->stmt);
    if (rc == SQLITE_DONE) {
        /* Let it go now: stepping a finished statement would start it again. */
        release_query(c->s, c->stmt);
        c->stmt = NULL;
        release_owners(c);
        return CSP_ITEROVER;
    }
    unsigned char items[CSP__MAX_FIELDS] = {0};
    int code = rc == SQLITE_ROW ? CSP_OK : fail(c->s, rc, "cannot read the register");
    if (code == CSP_OK && c->merge)
        code = merge_items(c, items);
    if (code) {
        /* Stepped again, a statement that failed would start over from its
         * first row (and meet the same damage, for ever): the cursor ends. */
        release_query(c->s, c->stmt);
        c->stmt = NULL;
        release_owners(c);
        return code;
    }
    rc = read_row(c->s, c->stmt, r, c->merge ? items : NULL);
    /* The names of what the references name follow the record's own
     * columns, and then whether its id leads back to it. */
    int col = select_count(c->e);
    for (int i = 0; rc == CSP_OK && c->names && i < c->e->nfields; i++) {
        if (!named_ref(&c->e->fields[i]))
            continue;
        const char *name = (const char *)sqlite3_column_text(c->stmt, col++);
        if (name && !(r->names[i] = csp__strdup(name)))
            rc = csp__fail(CSP_ENOMEM, "out of memory");
    }
    if (rc) {
        csp__record_reset(r);
        return rc;
    }
    if (c->ids_unchecked) {
        c->place = sqlite3_column_int64(c->stmt, col);
        return CSP_OK;
    }
    if (sqlite3_column_int(c->stmt, col) != 1)
        return csp__fail_at(CSP_ECONSTRAINT, "id", "its id is not in the index of %s", c->e->plural);
    return CSP_OK;
}

static long long store_place(csp__cursor *c)
{
    return c->place;
}

static int store_id_index(csp__store *base, const csp__entity *e,
                          int (*each)(const char *id, long long place, void *arg), void *arg)
{
    sqlite_store *s = impl(base);
    char sql[160];
    /* In id order, SQLite reads the index of ids alone: it holds each
     * entry's rowid too (EXPLAIN QUERY PLAN: a covering index). */
    snprintf(sql, sizeof sql, "SELECT id, rowid FROM \"%s\" ORDER BY id", e->plural);
    sqlite3_stmt *st = NULL;
    int rc = acquire_query(s, sql, &st);
    if (rc)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *id;
        int bad = column_text(st, 0, &id);
        if (!id || bad) {
            release_query(s, st);
            return bad < 0 ? bad : csp__fail(CSP_ECORRUPT,
                             "register \"%s\" is damaged: an id in the index of %s is not text, or holds a NUL "
                             "byte (run cspctl verify)",
                             s->path, e->plural);
        }
        if ((rc = each(id, sqlite3_column_int64(st, 1), arg)) != 0) {
            release_query(s, st);
            return rc;
        }
    }
    int code = rc == SQLITE_DONE ? CSP_OK : fail(s, rc, "cannot read the register");
    release_query(s, st);
    return code;
}

static void store_close_cursor(csp__cursor *c)
{
    if (!c)
        return;
    release_owners(c);
    release_query(c->s, c->stmt);
    free(c);
}

#define SCAN_MAX CSP__MAX_FIELDS

/* "SELECT <fields> FROM <table> WHERE ..." of a scan, after prefix. */
static void scan_sql(csp__buf *b, const csp__query *q, const int *fields, int n, const char *prefix)
{
    const csp__entity *e = q->e;
    if (prefix)
        csp__buf_puts(b, prefix);
    csp__buf_puts(b, "SELECT ");
    for (int k = 0; k < n; k++)
        csp__buf_printf(b, "%s\"%s\".\"%s\"", k ? ", " : "", e->plural, e->fields[fields[k]].name);
    csp__buf_printf(b, " FROM \"%s\"", e->plural);
    where_sql(b, q);
    /* The records of a described index in its order: SQLite walks the index
     * alone when it covers the fields, and needs no sort. */
    for (int k = 0; q->index && k < q->index->nfields; k++)
        csp__buf_printf(b, "%s\"%s\".\"%s\"", k ? ", " : " ORDER BY ", e->plural, e->fields[q->index->fields[k]].name);
}

/* The statement of a scan (prefix: "EXPLAIN QUERY PLAN " or NULL), its
 * values bound; as prepare_query is for a query's records. */
static int prepare_scan(sqlite_store *s, const csp__query *q, const int *fields, int n, sqlite3_stmt **out,
                        const char *prefix)
{
    if (n < 1 || n > SCAN_MAX)
        return csp__fail(CSP_EARG, "a scan reads 1 to %d fields", SCAN_MAX);
    csp__buf b = {0};
    scan_sql(&b, q, fields, n, prefix);
    int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : acquire_query(s, b.p, out);
    csp__buf_free(&b);
    if (rc == CSP_OK)
        bind_where(*out, q);
    return rc;
}

static int store_scan(csp__store *base, const csp__query *q, const int *fields, int n,
                      int (*each)(const char *const *values, void *arg), void *arg)
{
    sqlite_store *s = impl(base);
    const csp__entity *e = q->e;
    sqlite3_stmt *st = NULL;
    int rc = prepare_scan(s, q, fields, n, &st, NULL);
    if (rc)
        return rc;
    const char *values[SCAN_MAX];
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int k = 0; k < n; k++) {
            int bad = column_text(st, k, &values[k]);
            if (bad) {
                release_query(s, st);
                return bad < 0 ? bad : csp__fail(CSP_ECORRUPT,
                                 "register \"%s\" is damaged: a value of %s in %s is not text, or holds a NUL byte "
                                 "(run cspctl verify)",
                                 s->path, e->fields[fields[k]].name, e->plural);
            }
        }
        if ((rc = each(values, arg)) != 0) {
            release_query(s, st);
            return rc;
        }
    }
    int code = rc == SQLITE_DONE ? CSP_OK : fail(s, rc, "cannot read the register");
    release_query(s, st);
    return code;
}

static int store_count(csp__store *base, const csp__query *q, size_t *out)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st = NULL;
    int rc = prepare_query(s, q, 1, &st, NULL);
    if (rc)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = (size_t)sqlite3_column_int64(st, 0);
    int code = rc == SQLITE_ROW ? CSP_OK : fail(s, rc, "cannot count");
    release_query(s, st);
    return code;
}

static int store_explain(csp__store *base, const csp__query *q, const int *fields, int n, char **out)
{
    sqlite_store *s = impl(base);
    sqlite3_stmt *st = NULL;
    *out = NULL;
    int rc = fields ? prepare_scan(s, q, fields, n, &st, "EXPLAIN QUERY PLAN ")
                    : prepare_query(s, q, 0, &st, "EXPLAIN QUERY PLAN ");
    if (rc)
        return rc;
    csp__buf b = {0};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        csp__buf_printf(&b, "%s\n", (const char *)sqlite3_column_text(st, 3));
    int code = rc == SQLITE_DONE ? CSP_OK : fail(s, rc, "cannot explain a query");
    release_query(s, st);
    if (code) {
        csp__buf_free(&b);
        return code;
    }
    if (b.failed || !b.p) {
        csp__buf_free(&b);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    *out = b.p;
    return CSP_OK;
}

/* ---- rules across records ------------------------------------------------------ */

/* The entity and field operand k of check c reads: e's own, or through a
 * reference, the named record's. */
static const csp__field *operand_field(const csp__entity *e, const csp__check *c, int k)
{
    int via = c->via[k];
    const csp__entity *t = via >= 0 ? &csp__entities[e->fields[via].target] : e;
    return &t->fields[c->fields[k]];
}

/* The SQL expression of operand k: x."field", or j<via>."field" for a field
 * of the record the REF field via names. */
static void operand_name(char *out, size_t size, const csp__entity *e, const csp__check *c, int k)
{
    if (c->via[k] >= 0)
        snprintf(out, size, "j%d.\"%s\"", c->via[k], operand_field(e, c, k)->name);
    else
        snprintf(out, size, "x.\"%s\"", operand_field(e, c, k)->name);
}

static void operand_sql(csp__buf *b, const csp__entity *e, const csp__check *c, int k)
{
    char name[160];
    operand_name(name, sizeof name, e, c, k);
    csp__buf_puts(b, name);
}

static void values_sql(csp__buf *b, const csp__check *c)
{
    csp__buf_puts(b, "(");
    for (int v = 0; c->values[v]; v++)
        csp__buf_printf(b, "%s'%s'", v ? ", " : "", c->values[v]);
    csp__buf_puts(b, ")");
}

/*
 * The query that finds a record of e breaking check c, a rule that reads
 * another record: the record's id and the two operands' values. Built from
 * the static description only (names, enum values); the id it is restricted
 * to is bound. `by`: -1 every record, 0 the record ?1, else the records whose
 * REF field `by` names ?1. An unset operand never breaks a rule (NULL
 * comparisons are not true), but the field unset_when requires to be unset.
 */
static void violation_sql(csp__buf *b, const csp__entity *e, const csp__check *c, int by)
{
    csp__buf_puts(b, "SELECT x.id");
    for (int k = 0; k < 2; k++) {
        csp__buf_puts(b, ", ");
        if (k < c->nfields)
            operand_sql(b, e, c, k);
        else
            csp__buf_puts(b, "NULL");
    }
    csp__buf_printf(b, " FROM \"%s\" AS x", e->plural);
    for (int k = 0; k < c->nfields; k++) {
        int via = c->via[k], seen = 0;
        for (int j = 0; j < k; j++)
            seen |= c->via[j] == via;
        if (via >= 0 && !seen)
            csp__buf_printf(b, " JOIN \"%s\" AS j%d ON j%d.id = x.\"%s\"",
                            csp__entities[e->fields[via].target].plural, via, via, e->fields[via].name);
    }
    csp__buf_puts(b, " WHERE ");
    if (by == 0)
        csp__buf_puts(b, "x.id = ?1 AND ");
    else if (by > 0)
        csp__buf_printf(b, "x.\"%s\" = ?1 AND ", e->fields[by].name);
    char first[160], then[160];
    switch (c->kind) {
    case CSP__CHECK_SAME:
        operand_sql(b, e, c, 0);
        csp__buf_puts(b, " <> ");
        operand_sql(b, e, c, 1);
        break;
    case CSP__CHECK_DATE_ORDER:
        /* the second ends before the first begins (partial dates as periods) */
        operand_name(first, sizeof first, e, c, 0);
        operand_name(then, sizeof then, e, c, 1);
        date_hi(b, then);
        csp__buf_puts(b, " < ");
        date_lo(b, first);
        break;
    case CSP__CHECK_UNSET_WHEN:
        operand_sql(b, e, c, 0);
        csp__buf_puts(b, csp__field_is_int(operand_field(e, c, 0)) ? " <> 0" : " IS NOT NULL");
        csp__buf_puts(b, " AND ");
        operand_sql(b, e, c, 1);
        csp__buf_puts(b, " IN ");
        values_sql(b, c);
        break;
    case CSP__CHECK_VALUE_IN:
        operand_sql(b, e, c, 0);
        csp__buf_puts(b, " NOT IN ");
        values_sql(b, c);
        break;
    default: /* one_of and the counts read one record, never another */
        csp__buf_puts(b, "0");
        break;
    }
    csp__buf_puts(b, " ORDER BY x.id LIMIT 1");
}

static void copy_column(sqlite3_stmt *st, int col, char *out, size_t size)
{
    const char *text = (const char *)sqlite3_column_text(st, col);
    snprintf(out, size, "%s", text ? text : "");
}

static int store_violation(csp__store *base, const csp__entity *e, int check, int by, const char *id,
                           csp__violation *out)
{
    sqlite_store *s = impl(base);
    if (check < 0 || check >= e->nchecks || check >= CSP__MAX_CHECKS || by >= e->nfields ||
        !csp__check_across(&e->checks[check]))
        return csp__fail(CSP_EARG, "no such rule across records");
    sqlite3_stmt **slot = &s->chk[e->id][check][by < 0 ? CSP__MAX_FIELDS : by];
    if (!*slot) {
        csp__buf b = {0};
        violation_sql(&b, e, &e->checks[check], by);
        int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : prepare(s, b.p, slot, SQLITE_PREPARE_PERSISTENT);
        csp__buf_free(&b);
        if (rc)
            return rc;
    }
    sqlite3_stmt *st = *slot;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (by >= 0)
        bind_text(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        copy_column(st, 0, out->id, sizeof out->id);
        copy_column(st, 1, out->value[0], sizeof out->value[0]);
        copy_column(st, 2, out->value[1], sizeof out->value[1]);
    }
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1;
    return rc == SQLITE_DONE ? 0 : fail(s, rc, "cannot check a rule across records");
}


/* ---- whole-register checks and copies ------------------------------------------ */

/* Whether path exists as a file; its size in *size. */
static int file_exists(const char *path, off_t *size)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    if (size)
        *size = st.st_size;
    return 1;
}

/* path with a suffix ("-wal"), as a new string. */
static char *with_suffix(const char *path, const char *suffix)
{
    size_t n = strlen(path) + strlen(suffix) + 1;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s", path, suffix);
    return p;
}


/* Runs one query of findings: each row's columns, joined by `how`, go to found. */
static int findings_of(sqlite_store *s, const char *sql, const char *how, csp__finding_fn found, void *ctx)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return fail(s, rc, "cannot check the register");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char line[900];
        const char *a = (const char *)sqlite3_column_text(st, 0);
        const char *b = sqlite3_column_count(st) > 1 ? (const char *)sqlite3_column_text(st, 1) : NULL;
        snprintf(line, sizeof line, how, a ? a : "?", b ? b : "?");
        found(ctx, line);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? CSP_OK : fail(s, rc, "cannot check the register");
}

static int store_check(csp__store *base, int quick, csp__finding_fn found, void *ctx)
{
    sqlite_store *s = impl(base);
    /* The file: SQLite's own check (pages, indexes, NOT NULL and CHECK). */
    int rc = findings_of(s, quick ? "SELECT quick_check FROM pragma_quick_check WHERE quick_check <> 'ok'"
                                  : "SELECT integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'",
                         "file: %s", found, ctx);
    /* References that name nothing, and list items whose owner is gone
     * (foreign keys stop both, unless the file was damaged or written with
     * them off): one query per reference. */
    csp__ref_iter it = {0};
    while (rc == CSP_OK && csp__ref_next(&it)) {
        int list = csp__field_is_list(it.f);
        const char *key = list ? "owner" : "id", *value = list ? "value" : it.f->name;
        csp__buf q = {0}, how = {0};
        csp__buf_printf(&q,
                        "SELECT r.%s, r.\"%s\" FROM \"%s\" r LEFT JOIN \"%s\" t ON t.id = r.\"%s\" "
                        "WHERE r.\"%s\" IS NOT NULL AND t.id IS NULL",
                        key, value, it.table, it.target->plural, it.column, it.column);
        if (it.owner)
            csp__buf_printf(&how, "reference: a %s item of %s \"%%s\" (\"%%s\") belongs to no %s", it.f->name,
                            it.e->name, it.e->name);
        else
            csp__buf_printf(&how, "reference: %s \"%%s\": %s names no %s with id \"%%s\"", it.e->name, it.f->name,
                            it.target->name);
        rc = q.failed || how.failed ? csp__fail(CSP_ENOMEM, "out of memory")
                                    : findings_of(s, q.p, how.p, found, ctx);
        csp__buf_free(&q);
        csp__buf_free(&how);
    }
    return rc;
}

static int store_backup(csp__store *base, const char *path)
{
    sqlite_store *s = impl(base);
    /* Never replace a register someone has open: its -wal or -shm would then
     * belong to another file. */
    for (int k = 0; k < 2; k++) {
        char *side = with_suffix(path, k ? "-shm" : "-wal");
        int open_elsewhere = side && file_exists(side, NULL);
        free(side);
        if (open_elsewhere)
            return csp__fail(CSP_EIO,
                             "cannot back up to \"%s\": a register there is open, or was not closed cleanly (its %s "
                             "file exists); close it, or choose another file",
                             path, k ? "-shm" : "-wal");
    }
    csp__tmpfile t;
    int rc = csp__tmpfile_open(&t, path, 0600, 1);
    if (rc)
        return rc;
    sqlite3 *dst = NULL;
    int src = sqlite3_open_v2(t.tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (src == SQLITE_OK) {
        /* One step copies every page under one read lock: a consistent copy,
         * the -wal's committed pages included. */
        sqlite3_backup *b = sqlite3_backup_init(dst, "main", s->db, "main");
        if (!b) {
            src = sqlite3_errcode(dst);
        } else {
            src = sqlite3_backup_step(b, -1);
            int fin = sqlite3_backup_finish(b);
            src = src == SQLITE_DONE ? fin : src;
        }
    }
    if (src == SQLITE_OK) /* the copy keeps WAL mode; leave it whole in one file */
        src = sqlite3_exec(dst, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    int closed = sqlite3_close(dst);
    if (src == SQLITE_OK && closed != SQLITE_OK)
        src = closed;
    if (src != SQLITE_OK) {
        const char *why = (src & 0xff) == SQLITE_FULL ? "the disk is full" : sqlite3_errstr(src);
        rc = csp__fail((src & 0xff) == SQLITE_BUSY ? CSP_EBUSY : CSP_EIO, "cannot back up register \"%s\" to \"%s\": %s",
                       s->path, path, why);
        /* The copy's own -wal and -shm, if SQLite left them. */
        char *w = with_suffix(t.tmp, "-wal"), *m = with_suffix(t.tmp, "-shm");
        if (w)
            unlink(w);
        if (m)
            unlink(m);
        free(w);
        free(m);
        csp__tmpfile_discard(&t);
        return rc;
    }
    return csp__tmpfile_commit(&t);
}

/* ---- opening, checking, migrating -------------------------------------------- */

/* Reads one integer from a one-row statement (a PRAGMA). */
static int pragma_int(sqlite_store *s, const char *sql, long long *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *out = 0;
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot read the register header");
}

/* After a failed upgrade (rolled back): the values of the register, as it is
 * at schema version `from`, that break the rules the new CHECK constraints
 * carry, named record by record; raised as CSP_ECONSTRAINT. */
static int report_violations(sqlite_store *s, int from)
{
    csp__buf found = {0};
    int n = 0;
    for (int k = 0; k < CSP__ENTITY_COUNT && n < 5; k++) {
        const csp__entity *e = &csp__entities[k];
        if (e->since > from)
            continue;
        for (int i = 0; i < e->nfields && n < 5; i++) {
            const csp__field *f = &e->fields[i];
            if (f->since > from)
                continue;
            csp__buf q = {0};
            int list = csp__field_is_list(f);
            char col[80];
            snprintf(col, sizeof col, list ? "value" : "\"%s\"", f->name);
            if (list)
                csp__buf_printf(&q, "SELECT owner, value FROM \"%s_%s\" WHERE NOT (", e->plural, f->name);
            else
                csp__buf_printf(&q, "SELECT id, %s FROM \"%s\" WHERE NOT (%s IS NULL OR (", col, e->plural, col);
            value_check(&q, f, col);
            csp__buf_puts(&q, list ? ") LIMIT 5" : ")) LIMIT 5");
            sqlite3_stmt *st = NULL;
            if (!q.failed && sqlite3_prepare_v2(s->db, q.p, -1, &st, NULL) == SQLITE_OK) {
                while (n < 5 && sqlite3_step(st) == SQLITE_ROW) {
                    const char *id = (const char *)sqlite3_column_text(st, 0);
                    const char *value = (const char *)sqlite3_column_text(st, 1);
                    /* The library's own words for what is wrong with it. */
                    const char *why = "does not meet the model's rule for it";
                    char msg[300];
                    if (value && !csp__field_is_int(f) && csp__field_check_text(f, value, f->name) != CSP_OK) {
                        snprintf(msg, sizeof msg, "%s", csp_error_last()->message);
                        why = msg;
                    }
                    csp__buf_printf(&found, "%s%s \"%s\": %s", n ? "; " : "", e->name, id ? id : "?", why);
                    n++;
                }
            }
            sqlite3_finalize(st);
            csp__buf_free(&q);
        }
    }
    int rc = csp__fail(CSP_ECONSTRAINT,
                       "cannot upgrade register \"%s\" to schema version %d: it holds values the model now refuses "
                       "(%s%s); correct them with a SQLite tool, then open it again (docs/guide.md, \"Upgrading a "
                       "register\")",
                       s->path, CSP__SCHEMA_VERSION, found.p ? found.p : "which could not be listed",
                       n >= 5 ? "; and maybe more" : "");
    csp__buf_free(&found);
    return rc;
}

/* After the tables were rebuilt (in the upgrade's transaction): every record
 * against the model's rules that no CHECK carries (blank text, control
 * characters), so that an upgraded register reads without a record refused
 * as damaged. The first few that fail are named; CSP_ECONSTRAINT. */
static int check_upgraded(sqlite_store *s)
{
    csp__buf found = {0};
    int n = 0, rc = CSP_OK;
    for (int k = 0; k < CSP__ENTITY_COUNT && rc == CSP_OK && n < 5; k++) {
        csp__query q;
        csp__query_init(&q, &csp__entities[k]);
        csp__cursor *c = NULL;
        if ((rc = store_open_cursor(&s->base, &q, &c)))
            break;
        for (;;) {
            csp__record r;
            csp__record_init(&r, &csp__entities[k]);
            int next = store_next(c, &r);
            if (next == CSP_ITEROVER)
                break;
            if (next) {
                rc = next;
                break;
            }
            if (csp__record_check_stored(&r) != CSP_OK && n++ < 5)
                csp__buf_printf(&found, "%s%s \"%s\": %s", n > 1 ? "; " : "", r.e->name, r.v[0].s,
                                csp_error_last()->message);
            csp__record_reset(&r);
        }
        store_close_cursor(c);
    }
    if (rc == CSP_OK && n > 0)
        rc = csp__fail(CSP_ECONSTRAINT,
                       "cannot upgrade register \"%s\" to schema version %d: it holds values the model now refuses "
                       "(%s%s); correct them with a SQLite tool, then open it again (docs/guide.md, \"Upgrading a "
                       "register\")",
                       s->path, CSP__SCHEMA_VERSION, found.p ? found.p : "", n > 5 ? "; and more" : "");
    csp__buf_free(&found);
    return rc;
}

/*
 * Brings the register to the current schema version in one transaction.
 * Foreign keys are off while tables are rebuilt (SQLite's way to add
 * constraints to a table) and checked whole before the commit.
 */
static int migrate(sqlite_store *s, csp__store_install_fn install)
{
    int rc = exec(s, "PRAGMA foreign_keys = OFF", "cannot migrate the register schema");
    if (rc == CSP_OK)
        rc = store_begin(&s->base, 1);
    if (rc) {
        exec(s, "PRAGMA foreign_keys = ON", "cannot migrate the register schema");
        return rc;
    }
    /* Another connection may have migrated the file while this one waited for
     * the write lock: start from the version it has now. */
    long long from = 0;
    if ((rc = pragma_int(s, "PRAGMA user_version", &from)) == CSP_OK && from < CSP__SCHEMA_VERSION) {
        csp__buf b = {0};
        if (from == 0) {
            /* A new register: every table as the current version has it. */
            for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
                const csp__entity *e = &csp__entities[k];
                entity_table(&b, e, e->plural, CSP__SCHEMA_VERSION);
                for (int i = 0; i < e->nfields; i++)
                    if (csp__field_is_list(&e->fields[i])) {
                        char table[160];
                        snprintf(table, sizeof table, "%s_%s", e->plural, e->fields[i].name);
                        list_table(&b, e, &e->fields[i], table, CSP__SCHEMA_VERSION);
                    }
            }
        } else {
            for (int v = (int)from + 1; v <= CSP__SCHEMA_VERSION; v++)
                migration_sql(&b, v);
        }
        index_sql(&b);
        /* Static numbers only: PRAGMA takes no bound parameters. */
        csp__buf_printf(&b, "PRAGMA application_id = %d; PRAGMA user_version = %d;\n", CSP__APPLICATION_ID,
                        CSP__SCHEMA_VERSION);
        if (b.failed) {
            rc = csp__fail(CSP_ENOMEM, "out of memory");
        } else {
            int src = sqlite3_exec(s->db, b.p, NULL, NULL, NULL);
            if (src != SQLITE_OK && (src & 0xff) == SQLITE_CONSTRAINT && from >= 1) {
                store_rollback(&s->base);
                csp__buf_free(&b);
                rc = report_violations(s, (int)from);
                exec(s, "PRAGMA foreign_keys = ON", "cannot migrate the register schema");
                return rc;
            }
            rc = src == SQLITE_OK ? CSP_OK : fail(s, src, "cannot migrate the register schema");
        }
        csp__buf_free(&b);
        if (rc == CSP_OK && from >= 1 && from < CSP__SCHEMA_CHECKS_SINCE)
            rc = check_upgraded(s);
        if (rc == CSP_OK) {
            long long dangling = 0;
            rc = pragma_int(s, "SELECT count(*) FROM pragma_foreign_key_check", &dangling);
            if (rc == CSP_OK && dangling > 0)
                rc = csp__fail(CSP_ECORRUPT,
                               "cannot upgrade register \"%s\": %lld references name records that do not exist (it "
                               "is damaged; cspctl verify lists them)",
                               s->path, dangling);
        }
        if (rc == CSP_OK && install)
            rc = install(&s->base);
        if (rc == CSP_OK)
            rc = store_commit(&s->base);
    }
    if (rc || from >= CSP__SCHEMA_VERSION)
        store_rollback(&s->base);
    int on = exec(s, "PRAGMA foreign_keys = ON", "cannot migrate the register schema");
    return rc ? rc : on;
}

/* The newest schema version a libcsp could plausibly have written: versions
 * grow by one a release, so a larger number is a damaged header, not a
 * register from the future. */
#define CSP__SCHEMA_VERSION_PLAUSIBLE 255

/* Reads a big-endian number of n bytes at p. */
static unsigned long be(const unsigned char *p, int n)
{
    unsigned long v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 8) | p[i];
    return v;
}

/*
 * What can be checked before SQLite reads a page, cheaply: the file starts
 * with a SQLite header whose page size is a power of two from 512 to 65536,
 * and is a whole number of pages, no fewer than the header counts (a file cut
 * short by one byte otherwise opens, and reads a shortened last page). An
 * empty file is a register about to be created.
 */
static int check_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return CSP_OK; /* SQLite says why it cannot open it */
    unsigned char h[100];
    size_t n = fread(h, 1, sizeof h, fp);
    int seek = fseeko(fp, 0, SEEK_END);
    off_t size = seek == 0 ? ftello(fp) : -1;
    fclose(fp);
    if (n == 0 && size == 0)
        return CSP_OK;
    if (n < sizeof h || memcmp(h, "SQLite format 3", 16) != 0)
        return csp__fail(CSP_ECORRUPT,
                         "\"%s\" is not a libcsp register, or one damaged beyond recognition: it does not begin as "
                         "a SQLite database does",
                         path);
    unsigned long page = be(h + 16, 2);
    if (page == 1)
        page = 65536;
    if (page < 512 || page > 65536 || (page & (page - 1)) != 0)
        return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: its header gives a page size of %lu bytes", path,
                         page);
    if (size < 0)
        return csp__fail(CSP_EIO, "cannot read register \"%s\": %s", path, strerror(errno));
    if (size % (off_t)page != 0)
        return csp__fail(CSP_ECORRUPT,
                         "register \"%s\" is damaged: its size (%lld bytes) is not a whole number of its %lu-byte "
                         "pages: it was cut short or written past its end",
                         path, (long long)size, page);
    /* The page count in the header is valid when its "version valid for"
     * matches the change counter. While a checkpoint copies pages from the
     * -wal file the header may run ahead of the file's end, so the count is
     * held against the size only when nothing is pending there. */
    unsigned long pages = be(h + 28, 4);
    size_t plen = strlen(path);
    char *wal = malloc(plen + 5);
    struct stat wst;
    int pending = 1;
    if (wal) {
        snprintf(wal, plen + 5, "%s-wal", path);
        pending = stat(wal, &wst) == 0 && wst.st_size > 0;
        free(wal);
    }
    if (!pending && pages && be(h + 92, 4) == be(h + 24, 4) &&
        (unsigned long long)size < (unsigned long long)pages * page)
        return csp__fail(CSP_ECORRUPT,
                         "register \"%s\" is damaged: it holds %lld bytes where its header counts %lu pages of %lu: "
                         "it was cut short",
                         path, (long long)size, pages, page);
    return CSP_OK;
}

/* The tables and columns the description gives a register of this version,
 * each checked to be there: a register whose schema was changed by another
 * tool, or damaged where the schema lives, is refused on open. */
static int check_shape(sqlite_store *s)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return fail(s, rc, "cannot read the register's schema");
    char table[200];
    for (int k = 0; k < CSP__ENTITY_COUNT && rc == SQLITE_OK; k++) {
        const csp__entity *e = &csp__entities[k];
        /* The entity's table: its columns in order; then a table per list. */
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, e->plural, -1, SQLITE_STATIC);
        int i = 0;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            while (i < e->nfields && csp__field_is_list(&e->fields[i]))
                i++;
            const char *name = (const char *)sqlite3_column_text(st, 0);
            if (i >= e->nfields || !name || strcmp(name, e->fields[i].name) != 0) {
                /* The message quotes name: raise it before the statement goes. */
                int code = csp__fail(CSP_ECORRUPT,
                                 "register \"%s\" is damaged: table \"%s\" has a column \"%s\" where the model has "
                                 "%s%s%s (its schema was changed by another tool, or damaged)",
                                 s->path, e->plural, name ? name : "?", i < e->nfields ? "\"" : "none",
                                 i < e->nfields ? e->fields[i].name : "", i < e->nfields ? "\"" : "");
                sqlite3_finalize(st);
                return code;
            }
            i++;
        }
        while (i < e->nfields && csp__field_is_list(&e->fields[i]))
            i++;
        if (rc == SQLITE_DONE && i < e->nfields) {
            sqlite3_finalize(st);
            return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: table \"%s\" %s \"%s\"", s->path, e->plural,
                             i == 0 ? "is missing; the model has it for" : "lacks the column", i == 0 ? e->plural :
                             e->fields[i].name);
        }
        for (int f = 0; f < e->nfields && rc == SQLITE_DONE; f++) {
            if (!csp__field_is_list(&e->fields[f]))
                continue;
            snprintf(table, sizeof table, "%s_%s", e->plural, e->fields[f].name);
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, table, -1, SQLITE_TRANSIENT);
            int cols = 0;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW)
                cols++;
            if (rc == SQLITE_DONE && cols != 3) {
                sqlite3_finalize(st);
                return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: the list table \"%s\" is %s", s->path,
                                 table, cols ? "not as the model has it" : "missing");
            }
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? CSP_OK : fail(s, rc, "cannot read the register's schema");
}

/* Checks the header of an opened database, creating or migrating the schema. */
static int check_and_migrate(sqlite_store *s, unsigned flags, csp__store_install_fn install)
{
    long long app = 0, version = 0, tables = 0;
    /* The three in one read transaction: another process creating the
     * register at the same moment is seen before its schema or after it,
     * never half way. */
    int rc = store_begin(&s->base, 0);
    if (rc == CSP_OK) {
        if ((rc = pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables)) == CSP_OK &&
            (rc = pragma_int(s, "PRAGMA application_id", &app)) == CSP_OK)
            rc = pragma_int(s, "PRAGMA user_version", &version);
        store_rollback(&s->base);
    }
    if (rc)
        return rc;
    if (app != CSP__APPLICATION_ID && (tables > 0 || app != 0 || version != 0))
        return csp__fail(CSP_ENOTREGISTER, "\"%s\" is a SQLite database but not a libcsp register", s->path);
    if (version > CSP__SCHEMA_VERSION_PLAUSIBLE || version < 0)
        return csp__fail(CSP_ECORRUPT,
                         "register \"%s\" is damaged: its header gives schema version %lld, which no libcsp has "
                         "written",
                         s->path, version);
    if (version > CSP__SCHEMA_VERSION)
        return csp__fail(CSP_EVERSION,
                         "register \"%s\" has schema version %lld, newer than this libcsp %s supports (%d): "
                         "upgrade libcsp to open it",
                         s->path, version, CSP_VERSION_STRING, CSP__SCHEMA_VERSION);
    if (!(flags & CSP_OPEN_NOCHECK) && !s->base.readonly && tables > 0) {
        /* Before writing: SQLite's quick check of the file's structure (0.4 s
         * at a million records), so that nothing is written into a damaged
         * b-tree. Without testing every row against the CHECK constraints,
         * which would cost five times as much: every record read is checked
         * against the model anyway, and csp_register_verify() runs the full
         * check. A read-only open checks only what is cheap (the header, the
         * size, the schema): a read of damaged pages fails as it meets them. */
        sqlite3_stmt *st = NULL;
        exec(s, "PRAGMA ignore_check_constraints = ON", "cannot check the register");
        rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL);
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *res = (const char *)sqlite3_column_text(st, 0);
            if (!res || strcmp(res, "ok") != 0) {
                /* SQLite's report runs over lines ("*** in database main ***\nOn
                 * tree page 13 ..."): one line of it, for one line of error. */
                char one[400];
                snprintf(one, sizeof one, "%s", res ? res : "?");
                for (char *c = one; *c; c++)
                    if (*c == '\n')
                        *c = ' ';
                sqlite3_finalize(st);
                exec(s, "PRAGMA ignore_check_constraints = OFF", "cannot check the register");
                return csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged (cspctl verify lists what): %s", s->path,
                                 one);
            }
            rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
        int on = exec(s, "PRAGMA ignore_check_constraints = OFF", "cannot check the register");
        if (rc != SQLITE_OK)
            return fail(s, rc, "cannot check the register");
        if (on)
            return on;
    }
    if (version < CSP__SCHEMA_VERSION) {
        if (s->base.readonly && tables == 0)
            return csp__fail(CSP_EVERSION, "register \"%s\" is empty: open it read-write once to create it", s->path);
        if (s->base.readonly)
            return csp__fail(CSP_EVERSION,
                             "register \"%s\" has schema version %lld and needs migrating to %d: open it "
                             "read-write once",
                             s->path, version, CSP__SCHEMA_VERSION);
        if ((rc = migrate(s, install)))
            return rc;
    }
    return check_shape(s);
}

static void store_close(csp__store *base)
{
    sqlite_store *s = impl(base);
    if (!s)
        return;
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        for (int i = 0; i < ST_COUNT; i++)
            sqlite3_finalize(s->st[k][i]);
        for (int f = 0; f < CSP__MAX_FIELDS; f++)
            for (int i = 0; i < LST_COUNT; i++)
                sqlite3_finalize(s->lst[k][f][i]);
        for (int c = 0; c < CSP__MAX_CHECKS; c++)
            for (int f = 0; f <= CSP__MAX_FIELDS; f++)
                sqlite3_finalize(s->chk[k][c][f]);
    }
    for (int i = 0; i < CSP__QUERY_CACHE; i++) {
        sqlite3_finalize(s->qc[i].st);
        free(s->qc[i].sql);
    }
    for (int i = 0; i < TX_COUNT; i++)
        sqlite3_finalize(s->tx[i]);
    sqlite3_close_v2(s->db);
    /* A read-only connection leaves the -wal and -shm files it made when it
     * closes (it may not checkpoint). When nothing is in the -wal, a moment's
     * read-write connection closes them the way SQLite closes its own: it
     * removes them only if it is the last connection to the register (it
     * must get the file to itself), so a register someone else has open is
     * left alone. Best effort: without write permission they stay. */
    if (s->tidy) {
        char *wal = with_suffix(s->path, "-wal");
        off_t size = 1;
        if (wal && file_exists(wal, &size) && size == 0) {
            sqlite3 *db = NULL;
            if (sqlite3_open_v2(s->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
                sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
            sqlite3_close_v2(db);
        }
        free(wal);
    }
    free(s->path);
    free(s);
}

/* A file URI for path that asks SQLite to read it as immutable: no locks and
 * no -shm file, for a register in a folder where none can be made. */
static char *immutable_uri(const char *path)
{
    csp__buf b = {0};
    csp__buf_puts(&b, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("/-_.~", *p))
            csp__buf_add(&b, (const char *)p, 1);
        else
            csp__buf_printf(&b, "%%%02X", *p);
    }
    csp__buf_puts(&b, "?immutable=1");
    if (b.failed) {
        csp__buf_free(&b);
        return NULL;
    }
    return b.p;
}

/* Switches a register to WAL. Changing the journal mode needs the file to
 * itself, and SQLite does not wait for that through the busy handler: wait
 * here, as long as the busy timeout, for another process opening or creating
 * the same register to let go. Nothing to do if it is WAL already. */
static int switch_to_wal(sqlite_store *s)
{
    int waited = 0;
    for (;;) {
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        int wal = rc == SQLITE_ROW && sqlite3_column_text(st, 0) &&
                  strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
        sqlite3_finalize(st);
        if (wal)
            return CSP_OK;
        if (rc == SQLITE_ROW) /* it answered another mode: it cannot be WAL here */
            return csp__fail(CSP_EIO, "cannot switch register \"%s\" to WAL: the file system does not allow it",
                             s->path);
        if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
            return fail(s, rc, "cannot switch the register to WAL");
        if (waited >= s->busy_ms)
            return fail(s, rc, "cannot switch the register to WAL");
        sqlite3_sleep(10);
        waited += 10;
    }
}

/* Whether a failure to read means SQLite could not set up the shared-memory
 * (-shm) file beside a WAL register: a read-only folder, a full disk. */
static int shm_trouble(int rc, int err)
{
    switch (rc) {
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
    case SQLITE_READONLY_RECOVERY:
    case SQLITE_IOERR_SHMOPEN:
    case SQLITE_IOERR_SHMSIZE:
    case SQLITE_IOERR_SHMMAP:
    case SQLITE_CANTOPEN:
        return 1;
    default:
        return (rc & 0xff) == SQLITE_FULL || err == ENOSPC || err == EACCES || err == EROFS ||
               (rc & 0xff) == SQLITE_READONLY;
    }
}

/* Removes what a failed open made: the register file it created itself (still
 * empty), and the -wal and -shm files that were not there before. */
static void clean_up(const char *path, int created, int had_wal, int had_shm)
{
    char *wal = with_suffix(path, "-wal"), *shm = with_suffix(path, "-shm"), *journal = with_suffix(path, "-journal");
    off_t size = 0, wal_size = 0;
    int wal_empty = wal && (!file_exists(wal, &wal_size) || wal_size == 0);
    if (created && file_exists(path, &size) && size == 0) {
        unlink(path);
        if (journal)
            unlink(journal);
    }
    /* Only when the WAL holds nothing: then no connection has anything in it. */
    if (wal_empty) {
        if (wal && !had_wal)
            unlink(wal);
        if (shm && !had_shm)
            unlink(shm);
    }
    free(wal);
    free(shm);
    free(journal);
}

/* Opens the SQLite connection; for a read-only register whose folder cannot
 * take a -shm file, and which has no pending changes in a -wal file, reads
 * it as immutable instead (nothing can change it meanwhile through a folder
 * where no -shm file can be made, and nothing is pending in a -wal file). */
static int open_db(sqlite_store *s, const char *path, int oflags, int readonly, int had_wal, int had_shm)
{
    int rc = sqlite3_open_v2(path, &s->db, oflags, NULL);
    if (rc == SQLITE_OK && readonly && strcmp(path, ":memory:") != 0) {
        /* Touch the file the way the checks will: a read transaction. */
        rc = sqlite3_exec(s->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
        int err = sqlite3_system_errno(s->db);
        if (rc != SQLITE_OK && shm_trouble(sqlite3_extended_errcode(s->db), err)) {
            char *wal = with_suffix(path, "-wal");
            off_t wal_size = 0;
            int pending = wal && file_exists(wal, &wal_size) && wal_size > 0;
            free(wal);
            if (pending)
                return csp__fail(CSP_EIO,
                                 "cannot read register \"%s\": it has changes not yet written into it (in its "
                                 "-wal file), and its folder cannot take the -shm file needed to read them (a "
                                 "read-only folder, or a full disk); open it once where it can be written",
                                 path);
            sqlite3_close_v2(s->db);
            s->db = NULL;
            clean_up(path, 0, had_wal, had_shm); /* the -shm it could not finish */
            s->tidy = 0;                          /* nothing to tidy: it makes none now */
            char *uri = immutable_uri(path);
            if (!uri)
                return csp__fail(CSP_ENOMEM, "out of memory");
            rc = sqlite3_open_v2(uri, &s->db, oflags | SQLITE_OPEN_URI, NULL);
            free(uri);
        } else {
            rc = SQLITE_OK; /* the checks report anything else, in their words */
        }
    }
    if (rc != SQLITE_OK) {
        int err = s->db ? sqlite3_system_errno(s->db) : 0;
        if ((rc & 0xff) == SQLITE_NOMEM)
            return csp__fail(CSP_ENOMEM, "out of memory");
        if (err == ENOSPC || (rc & 0xff) == SQLITE_FULL)
            return csp__fail(CSP_EIO, "cannot open register \"%s\": the disk is full", path);
        return csp__fail(CSP_EIO, "cannot open register \"%s\": %s%s%s", path,
                         s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc), err ? ": " : "",
                         err ? strerror(err) : "");
    }
    return CSP_OK;
}

/* ---- a new in-memory register, from a copy of the first ------------------------------ */

/* Making a new register's schema runs some 230 statements of DDL (about 80 M
 * instructions, most of it SQLite parsing each one). A new in-memory register
 * is the same every time, so the first one a process makes is kept as a
 * database image (sqlite3_serialize) and the next ones start from a copy of it
 * (sqlite3_deserialize): a program or test suite that opens many registers
 * pays once. Kept per install function (the records installed with the
 * schema); guarded by SQLite's application mutex. The image lives until the
 * process ends. */
static unsigned char *fresh_image;
static sqlite3_int64 fresh_size;
static csp__store_install_fn fresh_install;

/* 1 when s->db now holds a copy of the fresh register, 0 when there is none
 * to copy (or the copy failed: the caller makes the schema as usual). */
static int fresh_from_image(sqlite_store *s, csp__store_install_fn install)
{
    sqlite3_mutex *m = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_APP1);
    unsigned char *copy = NULL;
    sqlite3_int64 size = 0;
    sqlite3_mutex_enter(m);
    if (fresh_image && fresh_install == install && (copy = sqlite3_malloc64((sqlite3_uint64)fresh_size))) {
        memcpy(copy, fresh_image, (size_t)fresh_size);
        size = fresh_size;
    }
    sqlite3_mutex_leave(m);
    if (!copy)
        return 0;
    /* On failure SQLite frees the copy (FREEONCLOSE). */
    return sqlite3_deserialize(s->db, "main", copy, size, size,
                               SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) == SQLITE_OK;
}

/* Keeps the image of s->db, a register just made, unless one is kept. */
static void fresh_keep(sqlite_store *s, csp__store_install_fn install)
{
    sqlite3_mutex *m = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_APP1);
    sqlite3_mutex_enter(m);
    if (!fresh_image) {
        sqlite3_int64 size = 0;
        unsigned char *image = sqlite3_serialize(s->db, "main", &size, 0);
        if (image) {
            fresh_image = image;
            fresh_size = size;
            fresh_install = install;
        }
    }
    sqlite3_mutex_leave(m);
}

int csp__sqlite_open(csp__store **out, const char *path, const csp_open_options *opts, csp__store_install_fn install)
{
    *out = NULL;
    int memory = strcmp(path, ":memory:") == 0;
    int readonly = (opts->flags & CSP_OPEN_READONLY) != 0;
    int created = 0, had_wal = 0, had_shm = 0;
    /* What the file is, said plainly, before SQLite says "disk I/O error". */
    if (!memory) {
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                return csp__fail(CSP_EIO, "cannot open register \"%s\": it is a folder, not a register file", path);
            if (!S_ISREG(st.st_mode))
                return csp__fail(CSP_EIO, "cannot open register \"%s\": it is not a regular file", path);
        } else if (errno != ENOENT) {
            return csp__fail(CSP_EIO, "cannot open register \"%s\": %s", path, strerror(errno));
        } else if (readonly || !(opts->flags & CSP_OPEN_CREATE)) {
            return csp__fail(CSP_EIO, "cannot open register \"%s\": no such file%s", path,
                             readonly ? "" : " (CSP_OPEN_CREATE creates one)");
        } else {
            /* Created here, exclusively: if another process creates it at the
             * same moment, both open the one file and the schema is made once. */
            int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                created = 1;
                close(fd);
            } else if (errno != EEXIST) {
                return csp__fail(CSP_EIO, "cannot create register \"%s\": %s", path,
                                 errno == ENOSPC ? "the disk is full" : strerror(errno));
            }
        }
        char *wal = with_suffix(path, "-wal"), *shm = with_suffix(path, "-shm");
        had_wal = wal && file_exists(wal, NULL);
        had_shm = shm && file_exists(shm, NULL);
        free(wal);
        free(shm);
    }
    sqlite_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = csp__strdup(path))) {
        free(s);
        if (created)
            clean_up(path, created, had_wal, had_shm);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    s->busy_ms = opts->busy_timeout_ms > 0 ? opts->busy_timeout_ms : 5000;
    s->base = (csp__store){
        .version = CSP__STORE_VERSION,
        .backend = "sqlite",
        .path = s->path,
        .readonly = readonly,
        .begin = store_begin,
        .commit = store_commit,
        .rollback = store_rollback,
        .savepoint = store_savepoint,
        .release = store_release,
        .rollback_to = store_rollback_to,
        .refs_pending = store_refs_pending,
        .bulk = store_bulk,
        .load = store_load,
        .get = store_get,
        .exists = store_exists,
        .insert = store_insert,
        .replace = store_replace,
        .remove = store_remove,
        .referrer = store_referrer,
        .set_position = store_set_position,
        .max_position = store_max_position,
        .mark = store_mark,
        .inserted_since = store_inserted_since,
        .open_cursor = store_open_cursor,
        .next = store_next,
        .close_cursor = store_close_cursor,
        .scan = store_scan,
        .count = store_count,
        .explain = store_explain,
        .check = store_check,
        .backup = store_backup,
        .violation = store_violation,
        .place = store_place,
        .id_index = store_id_index,
        .close = store_close,
    };
    int oflags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (memory ? SQLITE_OPEN_CREATE : 0);
    oflags |= SQLITE_OPEN_NOMUTEX;
    s->tidy = readonly && !memory && !had_wal && !had_shm;
    int code = memory ? CSP_OK : check_file(path);
    if (code == CSP_OK)
        code = open_db(s, path, oflags, readonly, had_wal, had_shm);
    if (code)
        goto fail;
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, s->busy_ms);
    if ((code = exec(s, "PRAGMA foreign_keys = ON", "cannot open register")) ||
        (code = pragma_int(s, "PRAGMA cache_size", &s->cache_size)))
        goto fail;
    if (memory && !readonly && fresh_from_image(s, install)) {
        /* A copy of the fresh register this process made first. */
    } else {
        if ((code = check_and_migrate(s, opts->flags, install)))
            goto fail;
        if (memory && !readonly)
            fresh_keep(s, install);
    }
    if (!readonly && !memory && (code = switch_to_wal(s)))
        goto fail;
    *out = &s->base;
    return CSP_OK;
fail:
    store_close(&s->base);
    if (!memory)
        clean_up(path, created, had_wal, had_shm);
    return code;
}
