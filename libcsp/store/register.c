/* Opening, checking, migrating and closing a register. */
#include "store/store.h"
#include "store/schema.h"
#include "core/error.h"
#include "core/util.h"

#include "csp/version.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int csp__store_fail(csp_register *reg, int rc, const char *what)
{
    const char *detail = reg && reg->db ? sqlite3_errmsg(reg->db) : sqlite3_errstr(rc);
    int code;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = CSP_EBUSY; break;
    case SQLITE_READONLY: code = CSP_EREADONLY; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: code = CSP_ECORRUPT; break;
    case SQLITE_NOMEM: code = CSP_ENOMEM; break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM: code = CSP_EIO; break;
    case SQLITE_CONSTRAINT: code = CSP_ECONSTRAINT; break;
    default: code = CSP_ERROR; break;
    }
    return csp__fail(code, "%s: %s", what, detail);
}

int csp__store_writable(csp_register *reg)
{
    if (reg->readonly)
        return csp__fail(CSP_EREADONLY, "register \"%s\" was opened read-only", reg->path);
    return CSP_OK;
}

static int exec(csp_register *reg, const char *sql, const char *what)
{
    int rc = sqlite3_exec(reg->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? CSP_OK : csp__store_fail(reg, rc, what);
}

static int begin(csp_register *reg, const char *outermost)
{
    int rc = exec(reg, reg->tx_depth ? "SAVEPOINT csp" : outermost, "cannot start a transaction");
    if (rc == CSP_OK)
        reg->tx_depth++;
    return rc;
}

int csp__store_begin(csp_register *reg)
{
    return begin(reg, "BEGIN IMMEDIATE");
}

int csp__store_begin_read(csp_register *reg)
{
    return begin(reg, "BEGIN");
}

int csp__store_commit(csp_register *reg)
{
    int rc = sqlite3_exec(reg->db, reg->tx_depth > 1 ? "RELEASE csp" : "COMMIT", NULL, NULL, NULL);
    if (rc == SQLITE_OK) {
        reg->tx_depth--;
        return CSP_OK;
    }
    return (rc & 0xff) == SQLITE_CONSTRAINT
               ? csp__fail(CSP_EREFERENCE, "cannot commit: a reference names a record that does not exist (%s)",
                           sqlite3_errmsg(reg->db))
               : csp__store_fail(reg, rc, "cannot commit");
}

void csp__store_rollback(csp_register *reg)
{
    if (reg->tx_depth > 1) {
        sqlite3_exec(reg->db, "ROLLBACK TO csp", NULL, NULL, NULL);
        sqlite3_exec(reg->db, "RELEASE csp", NULL, NULL, NULL);
    } else {
        sqlite3_exec(reg->db, "ROLLBACK", NULL, NULL, NULL);
    }
    if (reg->tx_depth > 0)
        reg->tx_depth--;
}

/* Reads one integer from a one-row statement text (a PRAGMA). */
static int pragma_int(csp_register *reg, const char *sql, long long *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(reg->db, sql, -1, &st, NULL);
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
    return rc == SQLITE_OK ? CSP_OK : csp__store_fail(reg, rc, "cannot read the register header");
}

static const char *sql_type(const csp__field *f)
{
    return csp__field_is_int(f) ? "INTEGER" : "TEXT";
}

/* Appends the column definition of field f (not a list). */
static void column_def(csp__buf *b, const csp__field *f)
{
    csp__buf_printf(b, "\"%s\" %s", f->name, sql_type(f));
    if (f->type == CSP_FIELD_ID)
        csp__buf_puts(b, " PRIMARY KEY NOT NULL");
    else if (csp__field_is_int(f))
        csp__buf_puts(b, " NOT NULL DEFAULT 0");
    else if (f->flags & CSP__REQUIRED)
        csp__buf_puts(b, " NOT NULL");
    if (f->type == CSP_FIELD_REF)
        csp__buf_printf(b, " REFERENCES \"%s\"(id) DEFERRABLE INITIALLY DEFERRED",
                        csp__entities[f->target].plural);
}

/* The SQL that brings the schema from version-1 to version: tables of entities
 * added at `version`, columns and list tables of fields added at `version`.
 * Built from the static description only; no input reaches it. */
static void migration_sql(csp__buf *b, int version)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *e = &csp__entities[k];
        if (e->since > version)
            continue;
        if (e->since == version) {
            csp__buf_printf(b, "CREATE TABLE \"%s\" (", e->plural);
            int first = 1;
            for (int i = 0; i < e->nfields; i++) {
                const csp__field *f = &e->fields[i];
                if (csp__field_is_list(f) || f->since > version)
                    continue;
                if (!first)
                    csp__buf_puts(b, ", ");
                column_def(b, f);
                first = 0;
            }
            csp__buf_puts(b, ");\n");
        }
        for (int i = 0; i < e->nfields; i++) {
            const csp__field *f = &e->fields[i];
            if (f->since != version || f->type == CSP_FIELD_ID)
                continue;
            if (csp__field_is_list(f)) {
                csp__buf_printf(b,
                                "CREATE TABLE \"%s_%s\" (owner TEXT NOT NULL REFERENCES \"%s\"(id) ON DELETE "
                                "CASCADE, pos INTEGER NOT NULL, value TEXT NOT NULL",
                                e->plural, f->name, e->plural);
                if (f->type == CSP_FIELD_REF_LIST)
                    csp__buf_printf(b, " REFERENCES \"%s\"(id) DEFERRABLE INITIALLY DEFERRED",
                                    csp__entities[f->target].plural);
                csp__buf_puts(b, ", PRIMARY KEY (owner, pos)) WITHOUT ROWID;\n");
                if (f->type == CSP_FIELD_REF_LIST)
                    csp__buf_printf(b, "CREATE INDEX \"%s_%s_value\" ON \"%s_%s\"(value);\n", e->plural, f->name,
                                    e->plural, f->name);
                continue;
            }
            if (e->since != version) {
                csp__buf_printf(b, "ALTER TABLE \"%s\" ADD COLUMN ", e->plural);
                column_def(b, f);
                csp__buf_puts(b, ";\n");
            }
            /* References are indexed (foreign-key checks and deletes look them
             * up); enum columns are not: they pay on every insert for filters
             * over tables that are small, or scanned anyway. */
            if (f->type == CSP_FIELD_REF)
                csp__buf_printf(b, "CREATE INDEX \"%s_%s\" ON \"%s\"(\"%s\");\n", e->plural, f->name, e->plural,
                                f->name);
        }
    }
}

static int migrate(csp_register *reg, int from, csp__migrate_hook hook)
{
    int rc = csp__store_begin(reg);
    if (rc)
        return rc;
    /* Another connection may have migrated the file while this one waited for
     * the write lock: start from the version it has now. */
    long long now = from;
    if ((rc = pragma_int(reg, "PRAGMA user_version", &now))) {
        csp__store_rollback(reg);
        return rc;
    }
    if (now >= CSP__SCHEMA_VERSION) {
        csp__store_rollback(reg);
        return CSP_OK;
    }
    from = (int)now;
    for (int v = from + 1; v <= CSP__SCHEMA_VERSION && rc == CSP_OK; v++) {
        csp__buf b = {0};
        migration_sql(&b, v);
        if (b.failed)
            rc = csp__fail(CSP_ENOMEM, "out of memory");
        else if (b.p)
            rc = exec(reg, b.p, "cannot migrate the register schema");
        csp__buf_free(&b);
    }
    if (rc == CSP_OK) {
        /* Static numbers only: PRAGMA takes no bound parameters. */
        char sql[96];
        snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;", CSP__APPLICATION_ID,
                 CSP__SCHEMA_VERSION);
        rc = exec(reg, sql, "cannot stamp the register");
    }
    if (rc == CSP_OK && hook)
        rc = hook(reg);
    if (rc || (rc = csp__store_commit(reg)))
        csp__store_rollback(reg);
    return rc;
}

/* Checks the header of an opened database, creating or migrating the schema. */
static int check_and_migrate(csp_register *reg, unsigned flags, csp__migrate_hook hook)
{
    long long app = 0, version = 0, tables = 0;
    int rc;
    if ((rc = pragma_int(reg, "SELECT count(*) FROM sqlite_master", &tables)) ||
        (rc = pragma_int(reg, "PRAGMA application_id", &app)) ||
        (rc = pragma_int(reg, "PRAGMA user_version", &version)))
        return rc;
    if (app != CSP__APPLICATION_ID && (tables > 0 || app != 0 || version != 0))
        return csp__fail(CSP_ENOTREGISTER, "\"%s\" is a SQLite database but not a libcsp register", reg->path);
    if (version > CSP__SCHEMA_VERSION)
        return csp__fail(CSP_EVERSION,
                         "register \"%s\" has schema version %lld, newer than this libcsp %s supports (%d): "
                         "upgrade libcsp to open it",
                         reg->path, version, CSP_VERSION_STRING, CSP__SCHEMA_VERSION);
    if (!(flags & CSP_OPEN_NOCHECK) && tables > 0) {
        sqlite3_stmt *st = NULL;
        rc = sqlite3_prepare_v2(reg->db, "PRAGMA quick_check", -1, &st, NULL);
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            const char *res = (const char *)sqlite3_column_text(st, 0);
            if (!res || strcmp(res, "ok") != 0) {
                csp__fail(CSP_ECORRUPT, "register \"%s\" is damaged: %s", reg->path, res ? res : "?");
                sqlite3_finalize(st);
                return CSP_ECORRUPT;
            }
            rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_OK)
            return csp__store_fail(reg, rc, "cannot check the register");
    }
    if (version < CSP__SCHEMA_VERSION) {
        if (reg->readonly && tables == 0)
            return csp__fail(CSP_EVERSION, "register \"%s\" is empty: open it read-write once to create it",
                             reg->path);
        if (reg->readonly)
            return csp__fail(CSP_EVERSION,
                             "register \"%s\" has schema version %lld and needs migrating to %d: open it "
                             "read-write once",
                             reg->path, version, CSP__SCHEMA_VERSION);
        return migrate(reg, (int)version, hook);
    }
    return CSP_OK;
}

int csp__store_open(csp_register **out, const char *path, const csp_open_options *opts, csp__migrate_hook hook)
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
    if (!reg || !(reg->path = csp__strdup(path))) {
        free(reg);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    reg->readonly = (opts->flags & CSP_OPEN_READONLY) != 0;
    int oflags = reg->readonly ? SQLITE_OPEN_READONLY
                               : SQLITE_OPEN_READWRITE | ((opts->flags & CSP_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);
    oflags |= SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path, &reg->db, oflags, NULL);
    int code = CSP_OK;
    if (rc != SQLITE_OK) {
        code = csp__fail((rc & 0xff) == SQLITE_NOMEM ? CSP_ENOMEM : CSP_EIO, "cannot open register \"%s\": %s", path,
                         reg->db ? sqlite3_errmsg(reg->db) : sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_extended_result_codes(reg->db, 1);
    sqlite3_busy_timeout(reg->db, opts->busy_timeout_ms > 0 ? opts->busy_timeout_ms : 5000);
    if ((code = exec(reg, "PRAGMA foreign_keys = ON", "cannot open register")))
        goto fail;
    if ((code = check_and_migrate(reg, opts->flags, hook)))
        goto fail;
    if (!reg->readonly && strcmp(path, ":memory:") != 0 &&
        (code = exec(reg, "PRAGMA journal_mode = WAL", "cannot switch the register to WAL")))
        goto fail;
    *out = reg;
    return csp__ok();
fail:
    sqlite3_close_v2(reg->db);
    free(reg->path);
    free(reg);
    return code;
}

void csp_register_close(csp_register *reg)
{
    if (!reg)
        return;
    for (csp__iter *it = reg->iters; it;) {
        csp__iter *next = it->next_live;
        csp__iter_finish(it); /* leaves the iterator empty: next() then fails cleanly */
        it = next;
    }
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        for (int s = 0; s < CSP__ST_COUNT; s++)
            sqlite3_finalize(reg->st[k][s]);
        for (int f = 0; f < CSP__MAX_FIELDS; f++)
            for (int s = 0; s < CSP__LST_COUNT; s++)
                sqlite3_finalize(reg->lst[k][f][s]);
    }
    sqlite3_close_v2(reg->db);
    free(reg->path);
    free(reg);
}

const char *csp_register_path(const csp_register *reg)
{
    return reg ? reg->path : NULL;
}

int csp_register_readonly(const csp_register *reg)
{
    return reg ? reg->readonly : 0;
}
