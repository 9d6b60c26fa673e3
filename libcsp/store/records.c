/* Generic record statements: write, read, check references, delete, iterate. */
#include "store/store.h"
#include "core/error.h"
#include "core/util.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- statement text, derived from the description --------------------- */

static void select_columns(csp__buf *b, const csp__entity *e)
{
    int first = 1;
    for (int i = 0; i < e->nfields; i++) {
        if (csp__field_is_list(&e->fields[i]))
            continue;
        csp__buf_printf(b, "%s\"%s\"", first ? "" : ", ", e->fields[i].name);
        first = 0;
    }
}

static void build_sql(csp__buf *b, const csp__entity *e, int which)
{
    switch (which) {
    case CSP__ST_INSERT:
    case CSP__ST_UPSERT: {
        csp__buf_printf(b, "INSERT INTO \"%s\" (", e->plural);
        select_columns(b, e);
        csp__buf_puts(b, ") VALUES (");
        int n = 0;
        for (int i = 0; i < e->nfields; i++)
            if (!csp__field_is_list(&e->fields[i])) {
                csp__buf_printf(b, "%s?%d", n ? ", " : "", n + 1);
                n++;
            }
        csp__buf_puts(b, ")");
        if (which == CSP__ST_UPSERT) {
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
    case CSP__ST_GET:
        csp__buf_puts(b, "SELECT ");
        select_columns(b, e);
        csp__buf_printf(b, " FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case CSP__ST_EXISTS:
        csp__buf_printf(b, "SELECT 1 FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case CSP__ST_DELETE:
        csp__buf_printf(b, "DELETE FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    case CSP__ST_ROWID:
        csp__buf_printf(b, "SELECT rowid FROM \"%s\" WHERE id = ?1", e->plural);
        break;
    default:
        break;
    }
}

static int prepare(csp_register *reg, const char *sql, sqlite3_stmt **out)
{
    int rc = sqlite3_prepare_v3(reg->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, NULL);
    return rc == SQLITE_OK ? CSP_OK : csp__store_fail(reg, rc, "cannot prepare a statement");
}

static int stmt(csp_register *reg, const csp__entity *e, int which, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &reg->st[e->kind][which];
    if (!*slot) {
        csp__buf b = {0};
        build_sql(&b, e, which);
        int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : prepare(reg, b.p, slot);
        csp__buf_free(&b);
        if (rc)
            return rc;
    }
    sqlite3_reset(*slot);
    sqlite3_clear_bindings(*slot);
    *out = *slot;
    return CSP_OK;
}

static int list_stmt(csp_register *reg, const csp__entity *e, int field, int which, sqlite3_stmt **out)
{
    sqlite3_stmt **slot = &reg->lst[e->kind][field][which];
    if (!*slot) {
        char sql[256];
        const char *t = e->plural, *f = e->fields[field].name;
        if (which == CSP__LST_INSERT)
            snprintf(sql, sizeof sql, "INSERT INTO \"%s_%s\" (owner, pos, value) VALUES (?1, ?2, ?3)", t, f);
        else if (which == CSP__LST_SELECT)
            snprintf(sql, sizeof sql, "SELECT value FROM \"%s_%s\" WHERE owner = ?1 ORDER BY pos", t, f);
        else
            snprintf(sql, sizeof sql, "DELETE FROM \"%s_%s\" WHERE owner = ?1", t, f);
        int rc = prepare(reg, sql, slot);
        if (rc)
            return rc;
    }
    sqlite3_reset(*slot);
    sqlite3_clear_bindings(*slot);
    *out = *slot;
    return CSP_OK;
}

/* Runs a statement that returns no rows. */
static int step_done(csp_register *reg, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? CSP_OK : csp__store_fail(reg, rc, what);
}

static int bind_text(sqlite3_stmt *st, int col, const char *s)
{
    return s ? sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, col);
}

/* ---- write ------------------------------------------------------------- */

static int write_lists(csp_register *reg, const csp__record *r)
{
    const csp__entity *e = r->e;
    sqlite3_stmt *st;
    int rc;
    for (int i = 0; i < e->nfields; i++) {
        if (!csp__field_is_list(&e->fields[i]))
            continue;
        if ((rc = list_stmt(reg, e, i, CSP__LST_DELETE, &st)))
            return rc;
        bind_text(st, 1, csp__record_id(r));
        if ((rc = step_done(reg, st, "cannot write a list")))
            return rc;
        const csp__strlist *l = &r->v[i].list;
        for (size_t k = 0; k < l->n; k++) {
            if ((rc = list_stmt(reg, e, i, CSP__LST_INSERT, &st)))
                return rc;
            bind_text(st, 1, csp__record_id(r));
            sqlite3_bind_int64(st, 2, (sqlite3_int64)k);
            bind_text(st, 3, l->v[k]);
            if ((rc = step_done(reg, st, "cannot write a list")))
                return rc;
        }
    }
    return CSP_OK;
}

int csp__store_max_rowid(csp_register *reg, const csp__entity *e, long long *out)
{
    char sql[128];
    sqlite3_stmt *st = NULL;
    snprintf(sql, sizeof sql, "SELECT coalesce(max(rowid), 0) FROM \"%s\"", e->plural);
    int rc = sqlite3_prepare_v2(reg->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? CSP_OK : csp__store_fail(reg, rc, "cannot read the register");
}

/* The record with r's id is already stored: identical and older than this import? */
static int existing_same(csp_register *reg, const csp__record *r, long long since_rowid, const char *where)
{
    sqlite3_stmt *st;
    int rc = stmt(reg, r->e, CSP__ST_ROWID, &st);
    if (rc)
        return rc;
    bind_text(st, 1, csp__record_id(r));
    long long rowid = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    char path[300];
    csp__field_path(path, sizeof path, where, "id");
    if (rowid > since_rowid)
        return csp__fail_at(CSP_EEXISTS, path, "%s id \"%s\" appears more than once in the document", r->e->name,
                            csp__record_id(r));
    csp__record old;
    csp__record_init(&old, r->e);
    rc = csp__store_get(reg, r->e, csp__record_id(r), &old);
    int same = rc == CSP_OK && csp__record_equal(&old, r);
    csp__record_reset(&old);
    if (rc)
        return rc;
    if (!same)
        return csp__fail_at(CSP_EEXISTS, path,
                            "a different %s with id \"%s\" is already in the register (an import only adds; an "
                            "identical record is accepted)",
                            r->e->name, csp__record_id(r));
    return CSP__WRITE_SAME;
}

int csp__store_write(csp_register *reg, const csp__record *r, csp__write_mode mode, long long since_rowid,
                     const char *where)
{
    const csp__entity *e = r->e;
    sqlite3_stmt *st;
    int rc = stmt(reg, e, mode == CSP__WRITE_UPSERT ? CSP__ST_UPSERT : CSP__ST_INSERT, &st);
    if (rc)
        return rc;
    int col = 1;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (csp__field_is_list(f))
            continue;
        if (csp__field_is_int(f)) {
            if (f->type == CSP_FIELD_INT && r->v[i].i == 0)
                sqlite3_bind_int64(st, col, 0);
            else
                sqlite3_bind_int64(st, col, (sqlite3_int64)r->v[i].i);
        } else {
            bind_text(st, col, r->v[i].s);
        }
        col++;
    }
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_CONSTRAINT_PRIMARYKEY && mode == CSP__WRITE_INSERT)
        return existing_same(reg, r, since_rowid, where);
    if (rc != SQLITE_DONE) {
        char what[200];
        snprintf(what, sizeof what, "cannot write %s \"%.100s\"", e->name, csp__record_id(r));
        return csp__store_fail(reg, rc, what);
    }
    return write_lists(reg, r);
}

/* ---- read -------------------------------------------------------------- */

/* Fills r from a row whose columns are select_columns(e), then reads its lists. */
static int read_row(csp_register *reg, sqlite3_stmt *row, csp__record *r)
{
    const csp__entity *e = r->e;
    int col = 0, rc;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (csp__field_is_list(f))
            continue;
        if (csp__field_is_int(f)) {
            r->v[i].i = sqlite3_column_int64(row, col);
        } else if (sqlite3_column_type(row, col) != SQLITE_NULL) {
            const char *s = (const char *)sqlite3_column_text(row, col);
            if (!s || !(r->v[i].s = csp__strdup(s)))
                return csp__fail(CSP_ENOMEM, "out of memory");
        }
        col++;
    }
    for (int i = 0; i < e->nfields; i++) {
        if (!csp__field_is_list(&e->fields[i]))
            continue;
        sqlite3_stmt *st;
        if ((rc = list_stmt(reg, e, i, CSP__LST_SELECT, &st)))
            return rc;
        bind_text(st, 1, r->v[0].s);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            char *s = csp__strdup((const char *)sqlite3_column_text(st, 0));
            if (!s || csp__strlist_push(&r->v[i].list, s)) {
                free(s);
                sqlite3_reset(st);
                return csp__fail(CSP_ENOMEM, "out of memory");
            }
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return csp__store_fail(reg, rc, "cannot read a list");
    }
    return CSP_OK;
}

int csp__store_get(csp_register *reg, const csp__entity *e, const char *id, csp__record *r)
{
    sqlite3_stmt *st;
    int rc = stmt(reg, e, CSP__ST_GET, &st);
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
        return csp__store_fail(reg, rc, "cannot read the register");
    }
    rc = read_row(reg, st, r);
    sqlite3_reset(st);
    if (rc)
        csp__record_reset(r);
    return rc;
}

int csp__store_exists(csp_register *reg, const csp__entity *e, const char *id)
{
    sqlite3_stmt *st;
    int rc = stmt(reg, e, CSP__ST_EXISTS, &st);
    if (rc)
        return rc;
    bind_text(st, 1, id);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return csp__store_fail(reg, rc, "cannot read the register");
}

int csp__store_check_refs(csp_register *reg, const csp__record *r, const char *where)
{
    const csp__entity *e = r->e;
    char path[320];
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (f->type != CSP_FIELD_REF && f->type != CSP_FIELD_REF_LIST)
            continue;
        const csp__entity *t = &csp__entities[f->target];
        size_t n = f->type == CSP_FIELD_REF ? (r->v[i].s != NULL) : r->v[i].list.n;
        for (size_t k = 0; k < n; k++) {
            const char *id = f->type == CSP_FIELD_REF ? r->v[i].s : r->v[i].list.v[k];
            int found = csp__store_exists(reg, t, id);
            if (found < 0)
                return found;
            if (!found) {
                csp__field_path(path, sizeof path, where, f->name);
                if (f->type == CSP_FIELD_REF_LIST) {
                    size_t len = strlen(path);
                    snprintf(path + len, sizeof path - len, "[%zu]", k);
                }
                if (where && *where)
                    return csp__fail_at(CSP_EREFERENCE, path, "no %s with id \"%s\"", t->name, id);
                return csp__fail_at(CSP_EREFERENCE, path, "%s \"%s\": %s names no %s with id \"%s\"", e->name,
                                    csp__record_id(r), f->name, t->name, id);
            }
        }
    }
    return CSP_OK;
}

/* ---- order ------------------------------------------------------------- */

int csp__store_set_order(csp_register *reg, const csp__entity *e, const char *id, long long position,
                         int parent_field, const char *parent)
{
    char sql[256];
    if (parent_field >= 0)
        snprintf(sql, sizeof sql, "UPDATE \"%s\" SET \"%s\" = ?2, \"%s\" = ?3 WHERE id = ?1", e->plural,
                 e->fields[e->order_field].name, e->fields[parent_field].name);
    else
        snprintf(sql, sizeof sql, "UPDATE \"%s\" SET \"%s\" = ?2 WHERE id = ?1", e->plural,
                 e->fields[e->order_field].name);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(reg->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return csp__store_fail(reg, rc, "cannot reorder");
    bind_text(st, 1, id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)position);
    if (parent_field >= 0)
        bind_text(st, 3, parent);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? CSP_OK : csp__store_fail(reg, rc, "cannot reorder");
}

int csp__store_max_order(csp_register *reg, const csp__entity *e, const char *owner, long long *out)
{
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT coalesce(max(\"%s\"), 0) FROM \"%s\" WHERE \"%s\" = ?1",
             e->fields[e->order_field].name, e->plural, e->fields[e->nest_field].name);
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(reg->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        bind_text(st, 1, owner);
        if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            *out = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? CSP_OK : csp__store_fail(reg, rc, "cannot read the register");
}

/* ---- delete ------------------------------------------------------------ */

/* Finds one record that references (e, id); fills who/field. 1 found, 0 none, <0 error. */
static int find_referrer(csp_register *reg, const csp__entity *e, const char *id, char *who, size_t size)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *o = &csp__entities[k];
        for (int i = 0; i < o->nfields; i++) {
            const csp__field *f = &o->fields[i];
            if ((f->type != CSP_FIELD_REF && f->type != CSP_FIELD_REF_LIST) || f->target != e->kind)
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
            int rc = sqlite3_prepare_v2(reg->db, sql, -1, &st, NULL);
            if (rc != SQLITE_OK)
                return csp__store_fail(reg, rc, "cannot check references");
            sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
            rc = sqlite3_step(st);
            if (rc == SQLITE_ROW)
                snprintf(who, size, "%s \"%s\" (field %s)", o->name, (const char *)sqlite3_column_text(st, 0),
                         f->name);
            sqlite3_finalize(st);
            if (rc == SQLITE_ROW)
                return 1;
            if (rc != SQLITE_DONE)
                return csp__store_fail(reg, rc, "cannot check references");
        }
    }
    return 0;
}

int csp__store_delete(csp_register *reg, const csp__entity *e, const char *id)
{
    int rc = csp__store_exists(reg, e, id);
    if (rc < 0)
        return rc;
    if (rc == 0)
        return csp__fail(CSP_ENOTFOUND, "no %s with id \"%.128s\"", e->name, id);
    char who[300];
    if ((rc = find_referrer(reg, e, id, who, sizeof who)) != 0)
        return rc < 0 ? rc
                      : csp__fail(CSP_EINUSE, "cannot delete %s \"%.128s\": %s still refers to it", e->name, id, who);
    if ((rc = csp__store_begin(reg)))
        return rc;
    sqlite3_stmt *st;
    if ((rc = stmt(reg, e, CSP__ST_DELETE, &st)) == CSP_OK) {
        bind_text(st, 1, id);
        rc = step_done(reg, st, "cannot delete");
    }
    if (rc || (rc = csp__store_commit(reg)))
        csp__store_rollback(reg);
    return rc;
}

/* ---- iterate ----------------------------------------------------------- */

int csp__iter_init(csp__iter *it, csp_register *reg, const csp__entity *e, const csp__cond *conds, int nconds)
{
    memset(it, 0, sizeof *it);
    csp__buf b = {0};
    csp__buf_puts(&b, "SELECT ");
    select_columns(&b, e);
    csp__buf_printf(&b, " FROM \"%s\"", e->plural);
    for (int c = 0; c < nconds; c++)
        csp__buf_printf(&b, "%s\"%s\" = ?%d", c ? " AND " : " WHERE ", e->fields[conds[c].field].name, c + 1);
    if (e->order_field >= 0)
        csp__buf_printf(&b, " ORDER BY \"%s\", id", e->fields[e->order_field].name);
    else
        csp__buf_puts(&b, " ORDER BY id");
    int rc = b.failed ? csp__fail(CSP_ENOMEM, "out of memory") : CSP_OK;
    if (rc == CSP_OK) {
        int src = sqlite3_prepare_v2(reg->db, b.p, -1, &it->stmt, NULL);
        if (src != SQLITE_OK)
            rc = csp__store_fail(reg, src, "cannot start an iteration");
    }
    csp__buf_free(&b);
    if (rc)
        return rc;
    for (int c = 0; c < nconds; c++) {
        if (csp__field_is_int(&e->fields[conds[c].field]))
            sqlite3_bind_int64(it->stmt, c + 1, (sqlite3_int64)conds[c].i);
        else
            sqlite3_bind_text(it->stmt, c + 1, conds[c].s, -1, SQLITE_TRANSIENT);
    }
    it->reg = reg;
    it->e = e;
    it->next_live = reg->iters;
    if (reg->iters)
        reg->iters->prev_live = it;
    reg->iters = it;
    return CSP_OK;
}

int csp__iter_next(csp__iter *it, csp__record *r)
{
    if (!it->reg)
        return csp__fail(CSP_EARG, "the iterator's register has been closed");
    if (!it->stmt)
        return CSP_ITEROVER;
    int rc = sqlite3_step(it->stmt);
    if (rc == SQLITE_DONE) {
        /* Finalise now: stepping a finished statement would start it again. */
        sqlite3_finalize(it->stmt);
        it->stmt = NULL;
        return CSP_ITEROVER;
    }
    if (rc != SQLITE_ROW)
        return csp__store_fail(it->reg, rc, "cannot read the register");
    rc = read_row(it->reg, it->stmt, r);
    if (rc)
        csp__record_reset(r);
    return rc;
}

void csp__iter_finish(csp__iter *it)
{
    if (it->reg) {
        if (it->prev_live)
            it->prev_live->next_live = it->next_live;
        else
            it->reg->iters = it->next_live;
        if (it->next_live)
            it->next_live->prev_live = it->prev_live;
    }
    sqlite3_finalize(it->stmt);
    it->stmt = NULL;
    it->reg = NULL;
    it->next_live = it->prev_live = NULL;
}
