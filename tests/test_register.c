/*
 * test_register.c: opening, creating, reopening and refusing registers.
 *
 * The test talks to SQLite directly to make files that are not registers,
 * registers from the future, and damaged registers.
 */
#include "testutil.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

static char dir[256];

static void setup(void)
{
    tu_mkdtemp(dir, sizeof dir);
}

static void teardown(void)
{
    tu_rmtree(dir);
}

static const char *in_dir(char *buf, size_t size, const char *name)
{
    return tu_join_path(buf, size, dir, name);
}

static csp_open_options opts_with(unsigned int flags)
{
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = flags;
    return o;
}

static const char *small_doc =
    "{\"format\": \"libcsp/1\","
    " \"organisations\": [{\"id\": \"ealing-council\", \"name\": \"Ealing Council\","
    "   \"kind\": \"local_authority\", \"responsible_authority\": true}],"
    " \"people\": [{\"id\": \"jasbir-anand\", \"name\": \"Jasbir Anand\"}],"
    " \"partnerships\": [{\"id\": \"ealing-sep\", \"name\": \"Safer Ealing Partnership\","
    "   \"kind\": \"community_safety_partnership\", \"meetings_per_year\": 4,"
    "   \"members\": [{\"id\": \"ealing-sep-chair\", \"organisation\": \"ealing-council\","
    "      \"person\": \"jasbir-anand\", \"role\": \"chair\"}]}]}";

/* Creates a register file holding small_doc (and n extra organisations). */
static void make_register(const char *path, int extra)
{
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_CREATE);
    int i;
    TU_OK(csp_register_open(&reg, path, &o));
    TU_OK(tu_import(reg, small_doc));
    for (i = 0; i < extra; i++) {
        char id[64];
        csp_organisation *org = NULL;
        snprintf(id, sizeof id, "org-%05d", i);
        TU_OK(csp_organisation_new(&org, id));
        TU_OK(csp_organisation_set_name(org, "An organisation with a longish name to fill pages"));
        TU_OK(csp_organisation_set_kind(org, "voluntary"));
        TU_OK(csp_organisation_set_area(org, "Somewhere in the middle of England, not far"));
        TU_OK(csp_organisation_put(reg, org));
        csp_organisation_free(org);
    }
    csp_register_close(reg);
}

static void sql_exec(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    char *err = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_msg(sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK, "%s: %s", sql,
                  err ? err : "?");
    sqlite3_close(db);
}

static sqlite3_int64 sql_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    sqlite3_int64 v;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK, "%s: %s", sql,
                  sqlite3_errmsg(db));
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

START_TEST(test_open_memory)
{
    csp_register *reg = NULL;
    TU_OK(csp_register_open(&reg, ":memory:", NULL));
    ck_assert_ptr_nonnull(reg);
    TU_STR_EQ(csp_register_path(reg), ":memory:");
    ck_assert_int_eq(csp_register_readonly(reg), 0);
    ck_assert_uint_eq(tu_organisation_count(reg), 0);
    TU_OK(tu_import(reg, small_doc));
    ck_assert_uint_eq(tu_organisation_count(reg), 1);
    csp_register_close(reg);
}
END_TEST

START_TEST(test_memory_registers_are_separate)
{
    csp_register *a = tu_open_mem();
    csp_register *b = tu_open_mem();
    csp_organisation *o = NULL;
    tu_put_org(a, "only-in-a", "police");
    TU_CODE(csp_organisation_get(&o, b, "only-in-a"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    ck_assert_uint_eq(tu_organisation_count(b), 0);
    csp_register_close(a);
    csp_register_close(b);
}
END_TEST

START_TEST(test_create_file)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_CREATE);
    in_dir(path, sizeof path, "new.csp");
    ck_assert(!tu_file_exists(path));
    TU_OK(csp_register_open(&reg, path, &o));
    ck_assert_ptr_nonnull(reg);
    TU_STR_EQ(csp_register_path(reg), path);
    ck_assert_int_eq(csp_register_readonly(reg), 0);
    csp_register_close(reg);
    ck_assert(tu_file_exists(path));

    /* Defaults (NULL options) also create. */
    in_dir(path, sizeof path, "default.csp");
    TU_OK(csp_register_open(&reg, path, NULL));
    csp_register_close(reg);
    ck_assert(tu_file_exists(path));
}
END_TEST

START_TEST(test_file_header)
{
    char path[512];
    in_dir(path, sizeof path, "header.csp");
    make_register(path, 0);
    /* application id "CSP0", schema version, WAL. */
    ck_assert_int_eq(sql_int(path, "PRAGMA application_id"), 0x43535030);
    ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), csp_schema_version());
    ck_assert_int_eq(sql_int(path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), 1);
}
END_TEST

START_TEST(test_reopen_keeps_data)
{
    char path[512];
    csp_register *reg = NULL;
    csp_organisation *o = NULL;
    csp_membership *m = NULL;
    char *before, *after;
    csp_open_options o0 = opts_with(0);

    in_dir(path, sizeof path, "keep.csp");
    make_register(path, 3);
    TU_OK(csp_register_open(&reg, path, &o0));
    before = tu_export(reg, 0);
    TU_OK(csp_organisation_get(&o, reg, "ealing-council"));
    TU_STR_EQ(csp_organisation_name(o), "Ealing Council");
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);
    csp_organisation_free(o);
    TU_OK(csp_membership_get(&m, reg, "ealing-sep-chair"));
    TU_STR_EQ(csp_membership_person(m), "jasbir-anand");
    csp_membership_free(m);
    ck_assert_uint_eq(tu_organisation_count(reg), 4);
    csp_register_close(reg);

    /* A third open gives the same bytes. */
    TU_OK(csp_register_open(&reg, path, NULL));
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_register_close(reg);
    csp_free(before);
    csp_free(after);
}
END_TEST

START_TEST(test_readonly)
{
    char path[512];
    csp_register *reg = NULL;
    csp_organisation *o = NULL;
    csp_person *p = NULL;
    csp_partnership *ps = NULL;
    csp_membership *m = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY);
    char *before, *after;
    const char *doc = "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"new-person\", \"name\": \"N\"}]}";

    in_dir(path, sizeof path, "ro.csp");
    make_register(path, 0);
    TU_OK(csp_register_open(&reg, path, &ro));
    ck_assert_int_eq(csp_register_readonly(reg), 1);
    before = tu_export(reg, 0);

    /* Reads work. */
    TU_OK(csp_organisation_get(&o, reg, "ealing-council"));
    ck_assert_uint_eq(tu_membership_count(reg), 1);

    /* Every write fails with CSP_EREADONLY. */
    TU_OK(csp_organisation_set_name(o, "Renamed"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREADONLY);
    csp_organisation_free(o);
    TU_CODE(csp_organisation_delete(reg, "ealing-council"), CSP_EREADONLY);

    TU_OK(csp_person_new(&p, "someone"));
    TU_OK(csp_person_set_name(p, "Someone"));
    TU_CODE(csp_person_put(reg, p), CSP_EREADONLY);
    csp_person_free(p);
    TU_CODE(csp_person_delete(reg, "jasbir-anand"), CSP_EREADONLY);

    TU_OK(csp_partnership_new(&ps, "new-board"));
    TU_OK(csp_partnership_set_name(ps, "Board"));
    TU_OK(csp_partnership_set_kind(ps, "board"));
    TU_CODE(csp_partnership_put(reg, ps), CSP_EREADONLY);
    csp_partnership_free(ps);

    TU_OK(csp_membership_get(&m, reg, "ealing-sep-chair"));
    TU_CODE(csp_membership_delete(reg, "ealing-sep-chair"), CSP_EREADONLY);
    TU_OK(csp_membership_set_role(m, "member"));
    TU_CODE(csp_membership_put(reg, m), CSP_EREADONLY);
    csp_membership_free(m);
    TU_CODE(csp_partnership_delete(reg, "ealing-sep"), CSP_EREADONLY);

    TU_CODE(tu_import(reg, doc), CSP_EREADONLY);

    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(after);
    csp_register_close(reg);

    /* And the file still holds what it held. */
    TU_OK(csp_register_open(&reg, path, NULL));
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_register_close(reg);
    csp_free(before);
    csp_free(after);
}
END_TEST

START_TEST(test_open_missing_without_create)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options o = opts_with(0);
    in_dir(path, sizeof path, "missing.csp");
    TU_CODE(csp_register_open(&reg, path, &o), CSP_EIO);
    ck_assert_ptr_null(reg);
    ck_assert(!tu_file_exists(path));
}
END_TEST

START_TEST(test_open_missing_readonly)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_READONLY | CSP_OPEN_CREATE);
    in_dir(path, sizeof path, "missing-ro.csp");
    /* READONLY implies no CREATE. */
    TU_CODE(csp_register_open(&reg, path, &o), CSP_EIO);
    ck_assert_ptr_null(reg);
    ck_assert(!tu_file_exists(path));
}
END_TEST

START_TEST(test_open_in_missing_directory)
{
    char path[512];
    csp_register *reg = NULL;
    in_dir(path, sizeof path, "no/such/dir/x.csp");
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_EIO);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_random_bytes_corrupt)
{
    char path[512];
    unsigned char buf[8192];
    unsigned int x = 12345u;
    size_t i;
    csp_register *reg = NULL;
    for (i = 0; i < sizeof buf; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (unsigned char)(x >> 16);
    }
    in_dir(path, sizeof path, "random.csp");
    tu_write_file(path, buf, sizeof buf);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
    {
        csp_open_options ro = opts_with(CSP_OPEN_READONLY);
        TU_CODE(csp_register_open(&reg, path, &ro), CSP_ECORRUPT);
        ck_assert_ptr_null(reg);
    }
}
END_TEST

START_TEST(test_text_file_corrupt)
{
    char path[512];
    const char *text = "this is a text file, not a database at all, and it goes on a while.\n";
    csp_register *reg = NULL;
    in_dir(path, sizeof path, "text.csp");
    tu_write_file(path, text, strlen(text));
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_other_sqlite_database)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY);
    in_dir(path, sizeof path, "other.sqlite");
    sql_exec(path, "CREATE TABLE recipes(name TEXT, minutes INTEGER);"
                   "INSERT INTO recipes VALUES ('toast', 3);");
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ENOTREGISTER);
    ck_assert_ptr_null(reg);
    TU_CODE(csp_register_open(&reg, path, &ro), CSP_ENOTREGISTER);
    ck_assert_ptr_null(reg);
    /* The file was not touched: still one table, no application id. */
    ck_assert_int_eq(sql_int(path, "SELECT count(*) FROM sqlite_master"), 1);
    ck_assert_int_eq(sql_int(path, "PRAGMA application_id"), 0);
    ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), 0);
}
END_TEST

START_TEST(test_other_application_id)
{
    char path[512];
    csp_register *reg = NULL;
    in_dir(path, sizeof path, "otherapp.sqlite");
    sql_exec(path, "PRAGMA application_id = 1234; CREATE TABLE t(x);");
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ENOTREGISTER);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_newer_version)
{
    char path[512], sql[128];
    csp_register *reg = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY);
    in_dir(path, sizeof path, "future.csp");
    make_register(path, 0);
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", csp_schema_version() + 1);
    sql_exec(path, sql);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_EVERSION);
    ck_assert_ptr_null(reg);
    TU_CODE(csp_register_open(&reg, path, &ro), CSP_EVERSION);
    ck_assert_ptr_null(reg);
    /* Refusing did not rewrite the version. */
    ck_assert_int_eq(sql_int(path, "PRAGMA user_version"), csp_schema_version() + 1);

    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", csp_schema_version() + 100);
    sql_exec(path, sql);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_EVERSION);
    ck_assert_ptr_null(reg);
    /* A version no libcsp could have written is a damaged header (the
     * hardening issue's bit flip: 4 read as 16388 told the user to upgrade). */
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", csp_schema_version() | 0x4000);
    sql_exec(path, sql);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "which no libcsp has written"));
    ck_assert_ptr_null(reg);
}
END_TEST

/* Overwrites the start of every page from page 2 on with garbage. */
static void damage_pages(const char *path)
{
    size_t len = 0, page, off;
    char *buf = tu_read_file(path, &len);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_ge(len, 100);
    page = ((size_t)(unsigned char)buf[16] << 8) | (size_t)(unsigned char)buf[17];
    if (page == 1)
        page = 65536;
    ck_assert_msg(len >= 3 * page, "register too small to damage: %zu bytes, page %zu", len, page);
    for (off = page; off < len; off += page) {
        size_t k;
        for (k = 0; k < 64 && off + k < len; k++)
            buf[off + k] = (char)(0xA5 ^ (int)(k * 7));
    }
    tu_write_file(path, buf, len);
    free(buf);
}

START_TEST(test_damaged_register)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY);
    in_dir(path, sizeof path, "damaged.csp");
    /* Closing the last connection checkpoints the WAL into the main file. */
    make_register(path, 300);
    damage_pages(path);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
    TU_CODE(csp_register_open(&reg, path, &ro), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_truncated_register)
{
    char path[512];
    csp_register *reg = NULL;
    size_t len = 0;
    char *buf;
    in_dir(path, sizeof path, "truncated.csp");
    make_register(path, 300);
    buf = tu_read_file(path, &len);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_gt(len, 8192);
    /* Keep the first half: the header still claims the full page count. */
    tu_write_file(path, buf, len / 2);
    free(buf);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_two_handles)
{
    char path[512];
    csp_register *a = NULL, *b = NULL;
    csp_organisation *o = NULL;
    csp_person *p = NULL;
    in_dir(path, sizeof path, "shared.csp");
    TU_OK(csp_register_open(&a, path, NULL));
    TU_OK(csp_register_open(&b, path, NULL));

    tu_put_org(a, "met-police", "police");
    TU_OK(csp_organisation_get(&o, b, "met-police"));
    TU_STR_EQ(csp_organisation_kind(o), "police");
    csp_organisation_free(o);

    tu_put_person(b, "someone", 0);
    TU_OK(csp_person_get(&p, a, "someone"));
    csp_person_free(p);

    TU_OK(csp_organisation_delete(b, "met-police"));
    TU_CODE(csp_organisation_get(&o, a, "met-police"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);

    TU_OK(tu_import(a, small_doc));
    ck_assert_uint_eq(tu_membership_count(b), 1);
    {
        char *ea = tu_export(a, 0), *eb = tu_export(b, 0);
        TU_SAME_EXPORT(ea, eb);
        csp_free(ea);
        csp_free(eb);
    }
    csp_register_close(a);
    csp_register_close(b);
}
END_TEST

START_TEST(test_readonly_handle_sees_writes)
{
    char path[512];
    csp_register *w = NULL, *r = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY);
    csp_organisation *o = NULL;
    in_dir(path, sizeof path, "rw.csp");
    make_register(path, 0);
    TU_OK(csp_register_open(&w, path, NULL));
    TU_OK(csp_register_open(&r, path, &ro));
    tu_put_org(w, "lfb", "fire_and_rescue");
    TU_OK(csp_organisation_get(&o, r, "lfb"));
    csp_organisation_free(o);
    csp_register_close(w);
    csp_register_close(r);
}
END_TEST

START_TEST(test_objects_outlive_register)
{
    csp_register *reg = tu_open_mem();
    csp_organisation *o = NULL;
    tu_put_org(reg, "lfb", "fire_and_rescue");
    TU_OK(csp_organisation_get(&o, reg, "lfb"));
    csp_register_close(reg);
    /* Objects are copies: still readable after the register is gone. */
    TU_STR_EQ(csp_organisation_id(o), "lfb");
    TU_STR_EQ(csp_organisation_kind(o), "fire_and_rescue");
    csp_organisation_free(o);
}
END_TEST

START_TEST(test_nocheck_flag)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_NOCHECK);
    in_dir(path, sizeof path, "nocheck.csp");
    make_register(path, 0);
    TU_OK(csp_register_open(&reg, path, &o));
    ck_assert_uint_eq(tu_organisation_count(reg), 1);
    csp_register_close(reg);
}
END_TEST

START_TEST(test_busy)
{
    char path[512];
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_CREATE);
    sqlite3 *db = NULL;
    csp_organisation *org = NULL;
    char *before, *after;
    const char *doc = "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"p\", \"name\": \"P\"}]}";

    in_dir(path, sizeof path, "busy.csp");
    make_register(path, 0);
    o.busy_timeout_ms = 50;
    TU_OK(csp_register_open(&reg, path, &o));
    before = tu_export(reg, 0);

    /* Another connection holds the write lock. */
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);

    TU_OK(csp_organisation_new(&org, "blocked"));
    TU_OK(csp_organisation_set_name(org, "Blocked"));
    TU_OK(csp_organisation_set_kind(org, "other"));
    TU_CODE(csp_organisation_put(reg, org), CSP_EBUSY);
    TU_CODE(tu_import(reg, doc), CSP_EBUSY);
    /* The message names the register and says what is wrong, and what to do. */
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, path));
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "in use by another process"));
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "within 50 ms"));
    TU_CODE(csp_membership_delete(reg, "ealing-sep-chair"), CSP_EBUSY);
    /* Reads still work while another connection writes (WAL). */
    ck_assert_uint_eq(tu_organisation_count(reg), 1);

    ck_assert_int_eq(sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    /* Once the lock is gone, the same writes succeed. */
    TU_OK(csp_organisation_put(reg, org));
    TU_OK(tu_import(reg, doc));
    csp_organisation_free(org);
    csp_register_close(reg);
    csp_free(before);
    csp_free(after);
}
END_TEST

/* ---- files in trouble: a folder, a full disk, a read-only folder ---------------- */

/* The names in dir other than . and .., one per line, sorted (for comparing). */
static char *listing(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char *names[64];
    int n = 0;
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL && n < 64)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            names[n++] = strdup(e->d_name);
    closedir(d);
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    size_t size = 1;
    for (int i = 0; i < n; i++)
        size += strlen(names[i]) + 1;
    char *out = malloc(size);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        strcat(out, names[i]);
        strcat(out, "\n");
        free(names[i]);
    }
    return out;
}

START_TEST(test_folder_as_register)
{
    csp_register *reg = NULL;
    csp_open_options o = opts_with(CSP_OPEN_CREATE);
    TU_CODE(csp_register_open(&reg, dir, &o), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "it is a folder, not a register file"));
    o = opts_with(CSP_OPEN_READONLY);
    TU_CODE(csp_register_open(&reg, dir, &o), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "it is a folder"));
}
END_TEST

/* In a child process that can make no file grow (RLIMIT_FSIZE: as on a full
 * disk, every write that extends a file fails): a register is read, and a
 * write or a creation fails with a message naming the register, leaving no
 * file behind. Exit status 0 when all held; the parent reports. */
static int full_disk_child(const char *path, const char *new_path)
{
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = {0, 0};
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0)
        return 90;
    csp_register *reg = NULL;
    csp_open_options ro = opts_with(CSP_OPEN_READONLY), rw = opts_with(CSP_OPEN_CREATE);
    char *before = listing(), *after;
    /* Read: list and export work. */
    if (csp_register_open(&reg, path, &ro) != CSP_OK)
        return printf("read-only open: %s\n", csp_error_last()->message), 91;
    char *text = NULL;
    if (csp_json_export(&text, reg, NULL) != CSP_OK || !strstr(text, "\"ealing-sep\""))
        return printf("export: %s\n", csp_error_last()->message), 92;
    csp_free(text);
    csp_register_close(reg);
    after = listing();
    if (strcmp(before, after) != 0)
        return printf("reading left files:\n%s-- were:\n%s", after, before), 93;
    free(after);
    /* Write: refused, the register named, nothing left. */
    int rc = csp_register_open(&reg, path, &rw);
    if (rc == CSP_OK) {
        rc = tu_import(reg, "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"new\", \"name\": \"N\"}]}");
        csp_register_close(reg);
    }
    if (rc != CSP_EIO || !strstr(csp_error_last()->message, path))
        return printf("write: %s %s\n", csp_code_name(rc), csp_error_last()->message), 94;
    after = listing();
    if (strcmp(before, after) != 0)
        return printf("a failed write left files:\n%s-- were:\n%s", after, before), 95;
    free(after);
    /* Create: refused, and no empty register left. */
    rc = csp_register_open(&reg, new_path, &rw);
    if (rc == CSP_OK)
        return printf("created a register on a full disk\n"), 96;
    after = listing();
    if (strcmp(before, after) != 0)
        return printf("a failed creation left files:\n%s-- were:\n%s", after, before), 97;
    free(after);
    free(before);
    return 0;
}

START_TEST(test_full_disk)
{
    char path[512], new_path[512];
    in_dir(path, sizeof path, "full.csp");
    in_dir(new_path, sizeof new_path, "new.csp");
    make_register(path, 0);
    fflush(stdout);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int status = full_disk_child(path, new_path);
        fflush(stdout);
        _exit(status);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "full-disk child: status %d (see its output)",
                  WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}
END_TEST

/* A read-only folder: as root (who writes anywhere) the child becomes nobody. */
START_TEST(test_readonly_folder)
{
    char path[512];
    in_dir(path, sizeof path, "ro.csp");
    make_register(path, 0);
    ck_assert_int_eq(chmod(path, 0644), 0);
    ck_assert_int_eq(chmod(dir, 0555), 0);
    char *before = listing();
    fflush(stdout);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(80);
        csp_register *reg = NULL;
        csp_open_options ro = opts_with(CSP_OPEN_READONLY), rw = opts_with(0);
        if (access(path, R_OK) != 0)
            _exit(81); /* a folder above it keeps nobody out: cannot test here */
        if (csp_register_open(&reg, path, &ro) != CSP_OK) {
            printf("read-only open in a read-only folder: %s\n", csp_error_last()->message);
            _exit(82);
        }
        char *text = NULL;
        int rc = csp_json_export(&text, reg, NULL);
        csp_free(text);
        csp_register_close(reg);
        if (rc != CSP_OK) {
            printf("export in a read-only folder: %s\n", csp_error_last()->message);
            _exit(83);
        }
        rc = csp_register_open(&reg, path, &rw);
        if (rc == CSP_OK)
            csp_register_close(reg);
        if (rc == CSP_OK || !strstr(csp_error_last()->message, path)) {
            printf("read-write open: %s %s\n", csp_code_name(rc), csp_error_last()->message);
            _exit(84);
        }
        fflush(stdout);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ck_assert_int_eq(chmod(dir, 0700), 0);
    ck_assert_msg(WIFEXITED(status), "child died");
    if (WEXITSTATUS(status) == 81) {
        printf("test_readonly_folder: skipped: nobody cannot reach %s\n", dir);
    } else {
        ck_assert_msg(WEXITSTATUS(status) == 0, "read-only folder child: status %d", WEXITSTATUS(status));
        char *after = listing();
        TU_STR_EQ(after, before); /* no -shm, no -wal */
        free(after);
    }
    free(before);
}
END_TEST

static Suite *register_suite(void)
{
    Suite *s = suite_create("register");
    TCase *tc = tcase_create("open");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_open_memory);
    tcase_add_test(tc, test_memory_registers_are_separate);
    tcase_add_test(tc, test_create_file);
    tcase_add_test(tc, test_file_header);
    tcase_add_test(tc, test_reopen_keeps_data);
    tcase_add_test(tc, test_readonly);
    tcase_add_test(tc, test_open_missing_without_create);
    tcase_add_test(tc, test_open_missing_readonly);
    tcase_add_test(tc, test_open_in_missing_directory);
    tcase_add_test(tc, test_nocheck_flag);
    tcase_add_test(tc, test_objects_outlive_register);
    suite_add_tcase(s, tc);

    tc = tcase_create("refuse");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_random_bytes_corrupt);
    tcase_add_test(tc, test_text_file_corrupt);
    tcase_add_test(tc, test_other_sqlite_database);
    tcase_add_test(tc, test_other_application_id);
    tcase_add_test(tc, test_newer_version);
    tcase_add_test(tc, test_damaged_register);
    tcase_add_test(tc, test_truncated_register);
    suite_add_tcase(s, tc);

    tc = tcase_create("troubles");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_folder_as_register);
    tcase_add_test(tc, test_full_disk);
    tcase_add_test(tc, test_readonly_folder);
    suite_add_tcase(s, tc);

    tc = tcase_create("shared");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_two_handles);
    tcase_add_test(tc, test_readonly_handle_sees_writes);
    tcase_add_test(tc, test_busy);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(register_suite());
}
