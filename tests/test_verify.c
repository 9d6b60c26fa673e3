/*
 * test_verify.c: the whole register, checked (csp_register_verify) and
 * copied (csp_register_backup).
 *
 * verify finds, and lists one per line, what damage or another tool left:
 * values the model refuses, references to nothing, list items whose owner is
 * gone, values of the wrong type; a sound register has no finding. backup
 * copies a register in use, its commits still in the -wal file included
 * (copying the file alone loses them: shown here too), safely.
 */
#include "testutil.h"

#include "store/store.h"

#include <sqlite3.h>

static char dir[256], path[512];
static csp_register *reg;
static char *t_report, *t_a, *t_b;

static void setup(void)
{
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "r.csp");
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_OK(tu_import(reg, "{\"format\": \"libcsp/1\","
                         " \"organisations\": [{\"id\": \"met\", \"name\": \"Met\", \"kind\": \"police\"},"
                         " {\"id\": \"council\", \"name\": \"Council\", \"kind\": \"local_authority\"}],"
                         " \"people\": [{\"id\": \"p\", \"name\": \"P\", \"private\": true}],"
                         " \"partnerships\": [{\"id\": \"csp\", \"name\": \"CSP\", \"kind\": "
                         "\"community_safety_partnership\", \"works_with\": [\"lsp\"], \"members\": ["
                         "{\"id\": \"csp-chair\", \"organisation\": \"council\", \"person\": \"p\", \"role\": \"chair\"},"
                         "{\"id\": \"csp-met\", \"organisation\": \"met\", \"role\": \"member\"}]},"
                         " {\"id\": \"lsp\", \"name\": \"LSP\", \"kind\": \"local_strategic_partnership\"}]}"));
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_free(t_report);
    csp_free(t_a);
    csp_free(t_b);
    t_report = t_a = t_b = NULL;
    tu_rmtree(dir);
}

static void other_tool(const char *sql)
{
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    char *err = NULL;
    int rc = sqlite3_exec(db,
                          "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF;", NULL, NULL, &err);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, err ? err : "?");
    sqlite3_free(err);
    sqlite3_close(db);
}

START_TEST(test_a_sound_register)
{
    size_t n = 99;
    TU_OK(csp_register_verify(reg, NULL, &n, &t_report));
    ck_assert_uint_eq(n, 0);
    TU_STR_EQ(t_report, "");
    /* The quick variant, and without a report. */
    csp_verify_options quick = CSP_VERIFY_OPTIONS_INIT;
    quick.flags = CSP_VERIFY_QUICK;
    TU_OK(csp_register_verify(reg, &quick, &n, NULL));
    ck_assert_uint_eq(n, 0);
    /* Bad arguments. */
    TU_CODE(csp_register_verify(NULL, NULL, &n, NULL), CSP_EARG);
    TU_CODE(csp_register_verify(reg, NULL, NULL, NULL), CSP_EARG);
    quick.flags = 0x80;
    TU_CODE(csp_register_verify(reg, &quick, &n, NULL), CSP_EARG);
    quick.flags = 0;
    quick.version = 99;
    TU_CODE(csp_register_verify(reg, &quick, &n, NULL), CSP_EARG);
}
END_TEST

/* verify, and the end of a bulk load, check the references csp__ref_next
 * lists from the description: exactly the foreign keys the schema declares,
 * each to the id of the entity it names. A foreign key added to the schema
 * but not to the list would go unchecked by both. */
START_TEST(test_every_foreign_key_is_checked)
{
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "CREATE TEMP TABLE listed (t, c, target, UNIQUE (t, c))", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "INSERT INTO listed VALUES (?, ?, ?)", -1, &st, NULL), SQLITE_OK);
    csp__ref_iter it = {0};
    int n = 0;
    while (csp__ref_next(&it)) {
        sqlite3_bind_text(st, 1, it.table, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, it.column, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, it.target->plural, -1, SQLITE_STATIC);
        ck_assert_int_eq(sqlite3_step(st), SQLITE_DONE);
        sqlite3_reset(st);
        n++;
    }
    sqlite3_finalize(st);
    ck_assert_int_gt(n, 40);
    /* What one has and the other has not, both ways: nothing. */
    ck_assert_int_eq(sqlite3_prepare_v2(db,
                                        "WITH declared AS (SELECT m.name AS t, f.\"from\" AS c, f.\"table\" || '.' || "
                                        "f.\"to\" AS target FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                                        "WHERE m.type = 'table'), "
                                        "mine AS (SELECT t, c, target || '.id' AS target FROM listed) "
                                        "SELECT (SELECT count(*) FROM declared), (SELECT group_concat(t || '.' || c || "
                                        "' -> ' || target, '; ') FROM (SELECT * FROM declared EXCEPT SELECT * FROM "
                                        "mine)), (SELECT group_concat(t || '.' || c || ' -> ' || target, '; ') FROM "
                                        "(SELECT * FROM mine EXCEPT SELECT * FROM declared))",
                                        -1, &st, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(st, 0), n);
    ck_assert_msg(sqlite3_column_type(st, 1) == SQLITE_NULL, "declared, not checked: %s", sqlite3_column_text(st, 1));
    ck_assert_msg(sqlite3_column_type(st, 2) == SQLITE_NULL, "checked, not declared: %s", sqlite3_column_text(st, 2));
    sqlite3_finalize(st);
    sqlite3_close(db);
}
END_TEST

START_TEST(test_findings_one_per_line)
{
    csp_register_close(reg);
    reg = NULL;
    other_tool("UPDATE memberships SET role = 'chaip' WHERE id = 'csp-chair';"
               "UPDATE memberships SET organisation = 'ghost' WHERE id = 'csp-met';"
               "INSERT INTO partnerships_works_with (owner, pos, value) VALUES ('gone', 1, 'lsp');"
               "UPDATE partnerships_works_with SET value = 'nowhere' WHERE owner = 'csp';"
               "UPDATE organisations SET name = x'00ff' WHERE id = 'met';"
               "UPDATE partnerships SET formed_on = '2023-02-30' WHERE id = 'lsp'");
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = CSP_OPEN_READONLY | CSP_OPEN_NOCHECK;
    TU_OK(csp_register_open(&reg, path, &o));
    size_t n = 0;
    TU_OK(csp_register_verify(reg, NULL, &n, &t_report));
    static const char *const expected[] = {
        "reference: membership \"csp-met\": organisation names no organisation with id \"ghost\"\n",
        "reference: a works_with item of partnership \"gone\" (\"lsp\") belongs to no partnership\n",
        "reference: partnership \"csp\": works_with names no partnership with id \"nowhere\"\n",
        "record: membership \"csp-chair\": role: unknown value \"chaip\"",
        "organisation \"met\": name is not text, or holds a NUL byte",
        "record: partnership \"lsp\": formed_on: \"2023-02-30\" is not a date",
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++)
        ck_assert_msg(strstr(t_report, expected[i]) != NULL, "missing [%s] in:\n%s", expected[i], t_report);
    ck_assert_uint_ge(n, 6);
    /* Lines, each one line. */
    size_t lines = 0;
    for (const char *p = t_report; *p; p++)
        lines += *p == '\n';
    ck_assert_uint_eq(lines, n);
    /* A cap on the listing; every finding still counted. */
    csp_verify_options cap = CSP_VERIFY_OPTIONS_INIT;
    cap.max_findings = 2;
    csp_free(t_report);
    size_t m = 0;
    TU_OK(csp_register_verify(reg, &cap, &m, &t_report));
    ck_assert_uint_eq(m, n);
    char more[64];
    snprintf(more, sizeof more, "and %zu more\n", n - 2);
    ck_assert_msg(strstr(t_report, more) != NULL, "%s", t_report);
}
END_TEST

/* A rule that reads two records, broken by another tool: the seat that
 * attended a meeting is on another partnership, and an agenda item of a
 * cancelled meeting records an outcome. */
START_TEST(test_rules_across_records)
{
    TU_OK(tu_import(reg, "{\"format\": \"libcsp/1\", \"meetings\": [{\"id\": \"mt\", \"partnership\": \"csp\","
                         " \"date\": \"2024-03-01\", \"kind\": \"scheduled\", \"status\": \"held\","
                         " \"agenda\": [{\"id\": \"i1\", \"kind\": \"decision\", \"title\": \"T\", \"outcome\": \"Agreed\"}],"
                         " \"attendance\": [{\"id\": \"at\", \"membership\": \"csp-met\", \"status\": \"present\"}]}]}"));
    size_t n = 99;
    TU_OK(csp_register_verify(reg, NULL, &n, NULL));
    ck_assert_uint_eq(n, 0);
    csp_register_close(reg);
    reg = NULL;
    other_tool("UPDATE meetings SET partnership = 'lsp', status = 'cancelled' WHERE id = 'mt'");
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_OK(csp_register_verify(reg, NULL, &n, &t_report));
    static const char *const expected[] = {
        "rule: membership: attendance \"at\": the seat is on the meeting's partnership, but membership.partnership is "
        "\"csp\" and meeting.partnership is \"lsp\"\n",
        "rule: outcome: agenda_item \"i1\": an item of a cancelled or postponed meeting records no outcome, but outcome "
        "is set and meeting.status is \"cancelled\"\n",
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++)
        ck_assert_msg(strstr(t_report, expected[i]) != NULL, "missing [%s] in:\n%s", expected[i], t_report);
    ck_assert_uint_eq(n, 2);
}
END_TEST

/* The file alone, copied while recent commits are in its -wal. */
static void copy_file(const char *from, const char *to)
{
    size_t len = 0;
    char *buf = tu_read_file(from, &len);
    ck_assert_ptr_nonnull(buf);
    tu_write_file(to, buf, len);
    free(buf);
}

START_TEST(test_backup_of_a_register_in_use)
{
    char copy[600], naive[600];
    tu_join_path(copy, sizeof copy, dir, "copy.csp");
    tu_join_path(naive, sizeof naive, dir, "naive.csp");
    /* A commit that is still in r.csp-wal (the register is open). */
    tu_put_org(reg, "late", "other");
    t_a = tu_export(reg, 0);
    TU_OK(csp_register_backup(reg, copy));
    ck_assert_int_eq(tu_file_mode(copy) & 0777, 0600);
    csp_register *c = NULL;
    csp_open_options ro = CSP_OPEN_OPTIONS_INIT;
    ro.flags = CSP_OPEN_READONLY;
    TU_OK(csp_register_open(&c, copy, &ro));
    t_b = tu_export(c, 0);
    TU_SAME_EXPORT(t_a, t_b);
    size_t n = 1;
    TU_OK(csp_register_verify(c, NULL, &n, NULL));
    ck_assert_uint_eq(n, 0);
    csp_register_close(c);
    /* Nothing but the copy was left beside it. */
    char side[700];
    snprintf(side, sizeof side, "%s-wal", copy);
    ck_assert(!tu_file_exists(side));
    /* What copying the file alone does: the last commit is not in it. */
    copy_file(path, naive);
    TU_OK(csp_register_open(&c, naive, &ro));
    csp_organisation *o = NULL;
    TU_CODE(csp_organisation_get(&o, c, "late"), CSP_ENOTFOUND);
    csp_register_close(c);
}
END_TEST

START_TEST(test_backup_refusals)
{
    char copy[600], busy[600], side[700];
    tu_join_path(copy, sizeof copy, dir, "copy.csp");
    /* Not inside a transaction of its own handle (it would copy uncommitted writes). */
    TU_OK(csp_register_begin(reg));
    TU_CODE(csp_register_backup(reg, copy), CSP_EARG);
    TU_OK(csp_register_rollback(reg));
    ck_assert(!tu_file_exists(copy));
    /* Not over a register that is open. */
    tu_join_path(busy, sizeof busy, dir, "busy.csp");
    csp_register *other = NULL;
    TU_OK(csp_register_open(&other, busy, NULL));
    tu_put_org(other, "x", "other");
    TU_CODE(csp_register_backup(reg, busy), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "is open"));
    csp_register_close(other);
    /* Over a closed file: replaced, keeping its mode. */
    snprintf(side, sizeof side, "%s-wal", busy);
    ck_assert(!tu_file_exists(side));
    ck_assert_int_eq(chmod(busy, 0640), 0);
    TU_OK(csp_register_backup(reg, busy));
    ck_assert_int_eq(tu_file_mode(busy) & 0777, 0640);
    /* Into a missing folder; onto a folder. */
    tu_join_path(copy, sizeof copy, dir, "no/such/copy.csp");
    TU_CODE(csp_register_backup(reg, copy), CSP_EIO);
    TU_CODE(csp_register_backup(reg, dir), CSP_EIO);
    TU_CODE(csp_register_backup(NULL, copy), CSP_EARG);
    TU_CODE(csp_register_backup(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_backup_of_a_register_in_memory)
{
    char copy[600];
    tu_join_path(copy, sizeof copy, dir, "mem-copy.csp");
    csp_register *m = tu_open_mem();
    tu_put_org(m, "only", "other");
    t_a = tu_export(m, 0);
    TU_OK(csp_register_backup(m, copy));
    csp_register_close(m);
    csp_register *c = NULL;
    TU_OK(csp_register_open(&c, copy, NULL));
    t_b = tu_export(c, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_register_close(c);
}
END_TEST

static Suite *verify_suite(void)
{
    Suite *s = suite_create("verify");
    TCase *tc = tcase_create("whole");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_a_sound_register);
    tcase_add_test(tc, test_every_foreign_key_is_checked);
    tcase_add_test(tc, test_findings_one_per_line);
    tcase_add_test(tc, test_rules_across_records);
    tcase_add_test(tc, test_backup_of_a_register_in_use);
    tcase_add_test(tc, test_backup_refusals);
    tcase_add_test(tc, test_backup_of_a_register_in_memory);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(verify_suite());
}
