/*
 * test_damage.c: a register damaged on disk, or written past the model by
 * another tool, never hands out what the model would refuse.
 *
 * The hardening issue's findings, each made here with SQLite directly: a
 * register cut short by one byte opened and exported changed text; bit flips
 * exported values the importer refuses ("role": "chaip"), ids with illegal
 * characters, dangling references, and a header flip asked for an upgrade.
 * Now the schema itself refuses such writes (CHECK constraints from the
 * description), every record read is checked against the model, and the
 * cheap checks on open catch a cut file and a changed schema.
 */
#include "testutil.h"

#include <sqlite3.h>

static char dir[256], path[512];
static csp_register *reg;

static void setup(void)
{
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "r.csp");
    csp_register *r = NULL;
    TU_OK(csp_register_open(&r, path, NULL));
    TU_OK(tu_import(r, "{\"format\": \"libcsp/1\","
                       " \"organisations\": [{\"id\": \"met\", \"name\": \"Metropolitan Police Service\", \"kind\": "
                       "\"police\"}, {\"id\": \"council\", \"name\": \"Council\", \"kind\": \"local_authority\"}],"
                       " \"people\": [{\"id\": \"p\", \"name\": \"P\"}],"
                       " \"partnerships\": [{\"id\": \"csp\", \"name\": \"CSP\", \"kind\": "
                       "\"community_safety_partnership\", \"former_names\": [\"Old\"], \"members\": ["
                       "{\"id\": \"csp-chair\", \"organisation\": \"council\", \"person\": \"p\", \"role\": \"chair\"},"
                       "{\"id\": \"csp-met\", \"organisation\": \"met\", \"role\": \"member\"}]}]}"));
    csp_register_close(r);
    reg = NULL;
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    tu_rmtree(dir);
}

/* Runs SQL on the file as another tool would; returns SQLite's result. With
 * `past_checks`, as a tool that ignores the schema's CHECK constraints (the
 * way damage on disk bypasses them). */
static int other_tool(const char *sql, int past_checks)
{
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    if (past_checks)
        ck_assert_int_eq(sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL), SQLITE_OK);
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

START_TEST(test_the_schema_refuses_what_the_model_refuses)
{
    static const char *const writes[] = {
        "UPDATE memberships SET role = 'chaip' WHERE id = 'csp-chair'",
        "UPDATE organisations SET kind = 'polise' WHERE id = 'met'",
        "INSERT INTO people (id, name, private) VALUES ('bad id!', 'X', 0)",
        "INSERT INTO people (id, name, private) VALUES ('q', 'X', 2)",
        "UPDATE partnerships SET formed_on = '20-01-2002' WHERE id = 'csp'",
        "UPDATE partnerships SET meetings_per_year = 400 WHERE id = 'csp'",
        "UPDATE organisations SET name = zeroblob(4) WHERE id = 'met'",
        "INSERT INTO partnerships_former_names (owner, pos, value) VALUES ('csp', 2, '')",
        "UPDATE organisations SET name = printf('%.1001c', 'x') WHERE id = 'met'",
    };
    for (size_t i = 0; i < sizeof writes / sizeof writes[0]; i++) {
        int rc = other_tool(writes[i], 0);
        ck_assert_msg((rc & 0xff) == SQLITE_CONSTRAINT, "%s: SQLite said %d, not a constraint", writes[i], rc);
    }
    /* And what the model takes, another tool may write. */
    ck_assert_int_eq(other_tool("UPDATE organisations SET name = 'The Met' WHERE id = 'met'", 0), SQLITE_OK);
    ck_assert_int_eq(other_tool("UPDATE partnerships SET formed_on = '2002-01' WHERE id = 'csp'", 0), SQLITE_OK);
    csp_open_options ro = CSP_OPEN_OPTIONS_INIT;
    ro.flags = CSP_OPEN_READONLY;
    TU_OK(csp_register_open(&reg, path, &ro));
    char *text = tu_export(reg, 0);
    ck_assert_ptr_nonnull(strstr(text, "\"The Met\""));
    csp_free(text);
}
END_TEST

/* The damaged record is refused wherever it would be handed out; the rest
 * of the register still reads. */
static void assert_refused_everywhere(int entity, const char *id, const char *says, int schema_catches)
/* schema_catches: the damage breaks a CHECK constraint (verify's integrity
 * check would report it too), or only the model's own rules see it. */
{
    csp_record *r = NULL;
    csp_record_iterator *it = NULL;
    char *text = NULL;
    /* Opening checks the file's structure, not each row (that is what
     * verify is for): the register opens, and the record is refused. */
    (void)schema_catches;
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_CODE(csp_record_get(&r, reg, entity, id), CSP_ECORRUPT);
    ck_assert_msg(strstr(csp_error_last()->message, says) != NULL, "%s", csp_error_last()->message);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, path));
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "is damaged"));
    ck_assert_ptr_null(r);
    TU_OK(csp_record_iterator_new(&it, reg, entity, NULL));
    int rc;
    while ((rc = csp_record_next(&r, it)) == CSP_OK)
        csp_record_free(r);
    ck_assert_int_eq(rc, CSP_ECORRUPT);
    csp_record_iterator_free(it);
    TU_CODE(csp_json_export(&text, reg, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(text);
    /* Another record still reads. */
    TU_OK(csp_record_get(&r, reg, CSP_ENTITY_PERSON, "p"));
    csp_record_free(r);
    csp_register_close(reg);
    reg = NULL;
}

START_TEST(test_damaged_values_are_never_handed_out)
{
    /* Each as damage on disk would leave it, past the CHECK constraints. */
    ck_assert_int_eq(other_tool("UPDATE memberships SET role = 'chaip' WHERE id = 'csp-chair'", 1), SQLITE_OK);
    assert_refused_everywhere(CSP_ENTITY_MEMBERSHIP, "csp-chair", "role: unknown value \"chaip\"", 1);
    ck_assert_int_eq(other_tool("UPDATE memberships SET role = 'chair' WHERE id = 'csp-chair'", 0), SQLITE_OK);

    ck_assert_int_eq(other_tool("UPDATE organisations SET name = 'Metropolitan' || char(10) || 'Police' "
                                "WHERE id = 'met'", 1),
                     SQLITE_OK);
    assert_refused_everywhere(CSP_ENTITY_ORGANISATION, "met", "control character", 0);
    ck_assert_int_eq(other_tool("UPDATE organisations SET name = 'Met' WHERE id = 'met'", 0), SQLITE_OK);

    ck_assert_int_eq(other_tool("UPDATE partnerships SET formed_on = '2023-02-30' WHERE id = 'csp'", 1), SQLITE_OK);
    assert_refused_everywhere(CSP_ENTITY_PARTNERSHIP, "csp", "formed_on", 0);
    ck_assert_int_eq(other_tool("UPDATE partnerships SET formed_on = NULL WHERE id = 'csp'", 0), SQLITE_OK);

    /* A reference to nothing (written with foreign keys off). */
    {
        sqlite3 *db = NULL;
        ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
        ck_assert_int_eq(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; UPDATE memberships SET organisation = 'ghost' "
                                          "WHERE id = 'csp-met'",
                                      NULL, NULL, NULL),
                         SQLITE_OK);
        sqlite3_close(db);
    }
    assert_refused_everywhere(CSP_ENTITY_MEMBERSHIP, "csp-met", "organisation names no organisation with id \"ghost\"",
                              0);
    ck_assert_int_eq(other_tool("UPDATE memberships SET organisation = 'met' WHERE id = 'csp-met'", 0), SQLITE_OK);

    /* A blob where text belongs (a number would be stored as text), and text with a NUL byte in it. */
    csp_open_options nocheck = CSP_OPEN_OPTIONS_INIT;
    nocheck.flags = CSP_OPEN_NOCHECK;
    ck_assert_int_eq(other_tool("UPDATE people SET name = x'4142' WHERE id = 'p'", 1), SQLITE_OK);
    TU_OK(csp_register_open(&reg, path, &nocheck));
    csp_record *r = NULL;
    TU_CODE(csp_record_get(&r, reg, CSP_ENTITY_PERSON, "p"), CSP_ECORRUPT);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "name is not text"));
    csp_register_close(reg);
    reg = NULL;
    ck_assert_int_eq(other_tool("UPDATE people SET name = CAST(x'41004200' AS TEXT) WHERE id = 'p'", 1), SQLITE_OK);
    TU_OK(csp_register_open(&reg, path, &nocheck));
    TU_CODE(csp_record_get(&r, reg, CSP_ENTITY_PERSON, "p"), CSP_ECORRUPT);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "NUL byte"));
}
END_TEST

/* The checker reads actions, updates, meetings and attendance a table at a
 * time, past the record reads: what it uses is checked there too, and a
 * damaged value stops the check with an error that names the record. */
static void check_refuses(const char *damage, const char *says)
{
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_OK(tu_import(reg, "{\"format\": \"libcsp/1\","
                         " \"meetings\": [{\"id\": \"m1\", \"partnership\": \"csp\", \"date\": \"2024-03-01\","
                         " \"kind\": \"scheduled\", \"status\": \"held\", \"attendance\": [{\"id\": \"at1\", \"membership\": "
                         "\"csp-met\", \"status\": \"present\"}]}],"
                         " \"actions\": [{\"id\": \"x1\", \"partnership\": \"csp\", \"title\": \"X\", \"raised_on\": "
                         "\"2024-01-10\", \"due_on\": \"2024-02\", \"status\": \"open\", \"updates\": [{\"id\": \"u1\","
                         " \"date\": \"2024-03-05\"}]}]}"));
    csp_report *rep = NULL;
    TU_OK(csp_check(&rep, reg, "2024-06-30", NULL));
    csp_report_free(rep);
    csp_register_close(reg);
    reg = NULL;
    ck_assert_int_eq(other_tool(damage, 1), SQLITE_OK);
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_CODE(csp_check(&rep, reg, "2024-06-30", NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(rep);
    ck_assert_msg(strstr(csp_error_last()->message, says) != NULL, "%s", csp_error_last()->message);
}

START_TEST(test_the_checker_refuses_damaged_values)
{
    check_refuses("UPDATE actions SET due_on = '2024-02-30' WHERE id = 'x1'", "action \"x1\"");
}
END_TEST

START_TEST(test_the_checker_refuses_a_damaged_update)
{
    check_refuses("UPDATE action_updates SET date = '2024-13' WHERE id = 'u1'", "an update of action \"x1\"");
}
END_TEST

START_TEST(test_the_checker_refuses_a_damaged_meeting)
{
    check_refuses("UPDATE meetings SET status = 'helt' WHERE id = 'm1'", "meeting \"m1\"");
}
END_TEST

START_TEST(test_the_checker_refuses_damaged_attendance)
{
    /* Attendance is read where there is a quorum to judge it by. */
    check_refuses("UPDATE partnerships SET quorum = 1 WHERE id = 'csp'; "
                  "UPDATE attendances SET status = 'there' WHERE id = 'at1'",
                  "an attendance at meeting \"m1\"");
}
END_TEST

/* Changes one byte in the root page of `table` (a small table is one leaf):
 * the byte at `offset` into the first run of `bytes` there becomes `to`, as
 * a flipped bit would leave it; the table's indexes are not touched. */
static void damage_table_page(const char *table, const char *bytes, size_t offset, char to)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1", -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    long page = (long)sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    FILE *f = fopen(path, "r+b");
    ck_assert_ptr_nonnull(f);
    unsigned char buf[4096];
    ck_assert_int_eq(fseek(f, (page - 1) * 4096, SEEK_SET), 0);
    ck_assert_uint_eq(fread(buf, 1, sizeof buf, f), sizeof buf);
    size_t n = strlen(bytes);
    unsigned char *at = NULL;
    for (size_t i = 0; i + n <= sizeof buf && !at; i++)
        if (memcmp(buf + i, bytes, n) == 0)
            at = buf + i;
    ck_assert_msg(at != NULL, "\"%s\" is not in the root page of %s", bytes, table);
    at[offset] = (unsigned char)to;
    ck_assert_int_eq(fseek(f, (page - 1) * 4096, SEEK_SET), 0);
    ck_assert_uint_eq(fwrite(buf, 1, sizeof buf, f), sizeof buf);
    ck_assert_int_eq(fclose(f), 0);
}

/* The table and its index of ids disagree: a byte of an id changed in the
 * table's page, the index's page unchanged (as a flipped bit leaves it).
 * Read by id, or all in id order, SQLite takes the id from the index, and
 * the record is whole. A query that finds it another way (by kind) reads the
 * damaged id from the table: the record is not found by its own id, and it
 * is refused rather than handed out under an id the register does not know. */
START_TEST(test_an_id_the_index_does_not_know_is_refused)
{
    damage_table_page("organisations", "metMetropolitan Police Service", 2, 'x'); /* "met" -> "mex" */

    TU_OK(csp_register_open(&reg, path, NULL));
    csp_record *r = NULL;
    csp_record_iterator *it = NULL;
    csp_query *q = NULL;
    TU_OK(csp_record_get(&r, reg, CSP_ENTITY_ORGANISATION, "met"));
    ck_assert_str_eq(csp_record_id(r), "met");
    csp_record_free(r);
    r = NULL;
    /* Every record in id order: the scan walks the index of ids, and the
     * record comes under the id the index knows (the cursor leaves out its
     * lookup there, on the strength of this). */
    TU_OK(csp_record_iterator_new(&it, reg, CSP_ENTITY_ORGANISATION, NULL));
    int seen_met = 0;
    while (csp_record_next(&r, it) == CSP_OK) {
        ck_assert_str_ne(csp_record_id(r), "mex");
        seen_met += strcmp(csp_record_id(r), "met") == 0;
        csp_record_free(r);
    }
    csp_record_iterator_free(it);
    it = NULL;
    r = NULL;
    ck_assert_int_eq(seen_met, 1);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(q, CSP_ORGANISATION_KIND, CSP_OP_EQ, "police"));
    TU_OK(csp_record_iterator_new(&it, reg, CSP_ENTITY_ORGANISATION, q));
    csp_query_free(q);
    int rc;
    while ((rc = csp_record_next(&r, it)) == CSP_OK) {
        ck_assert_str_ne(csp_record_id(r), "mex");
        csp_record_free(r);
    }
    csp_record_iterator_free(it);
    ck_assert_int_eq(rc, CSP_ECORRUPT);
    ck_assert_msg(strstr(csp_error_last()->message, "organisation \"mex\": id: its id is not in the index of "
                                                    "organisations") != NULL,
                  "%s", csp_error_last()->message);
}
END_TEST

/* A seat is exported through the index of its partnership's seats, not its
 * ids': the export checks, in one walk of the index of ids at the end, that
 * every seat it read is found there by its own id; one whose id was changed
 * in the table is refused, and no text is handed out. */
START_TEST(test_the_export_refuses_a_nested_id_the_index_does_not_know)
{
    damage_table_page("memberships", "csp-metcspmet", 6, 'x'); /* "csp-met" -> "csp-mex" */
    TU_OK(csp_register_open(&reg, path, NULL));
    char *text = NULL;
    static const unsigned flags[] = {0, CSP_EXPORT_INDENT, CSP_EXPORT_PUBLIC};
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        csp_export_options eo = CSP_EXPORT_OPTIONS_INIT;
        eo.flags = flags[i];
        TU_CODE(csp_json_export(&text, reg, &eo), CSP_ECORRUPT);
        ck_assert_ptr_null(text);
        ck_assert_msg(strstr(csp_error_last()->message, "the index of memberships and the records the export read "
                                                        "disagree at membership \"csp-met\"") != NULL,
                      "%s", csp_error_last()->message);
        ck_assert_ptr_nonnull(strstr(csp_error_last()->message, path));
    }
}
END_TEST

/* The same damage, with a seat on a later partnership whose id sorts before
 * csp's seats: the seats are read out of id order, so the export looks each
 * one up by its id at the end rather than comparing them in turn with the
 * index of ids (check_ids). The undamaged register exports whole; the damaged
 * one is refused as before. */
START_TEST(test_the_export_refuses_it_with_seats_read_out_of_id_order)
{
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_OK(tu_import(reg, "{\"format\": \"libcsp/1\", \"partnerships\": [{\"id\": \"zz\", \"name\": \"ZZ\","
                         " \"kind\": \"board\", \"members\": [{\"id\": \"a-seat\", \"organisation\": \"met\","
                         " \"role\": \"member\"}]}]}"));
    char *text = NULL;
    TU_OK(csp_json_export(&text, reg, NULL));
    ck_assert_ptr_nonnull(strstr(text, "\"a-seat\""));
    ck_assert_ptr_nonnull(strstr(text, "\"csp-met\""));
    csp_free(text);
    text = NULL;
    csp_register_close(reg);
    reg = NULL;
    damage_table_page("memberships", "csp-metcspmet", 6, 'x'); /* "csp-met" -> "csp-mex" */
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_CODE(csp_json_export(&text, reg, NULL), CSP_ECORRUPT);
    ck_assert_ptr_null(text);
    ck_assert_msg(strstr(csp_error_last()->message, "the index of memberships and the records the export read "
                                                    "disagree at membership \"csp-met\"") != NULL,
                  "%s", csp_error_last()->message);
}
END_TEST

/* verify names such a record as a finding (an ordered entity's scan keeps
 * the id lookup), and reports the rest, rather than stopping at it. */
START_TEST(test_verify_names_an_id_the_index_does_not_know)
{
    TU_OK(csp_register_open(&reg, path, NULL));
    tu_put_strategy(reg, "plan", "csp", "partnership_plan", "agreed");
    tu_put_element(reg, "el-one", "plan", NULL, "strand");
    csp_register_close(reg);
    reg = NULL;
    damage_table_page("elements", "el-oneplan", 5, 'f'); /* "el-one" -> "el-onf" */
    TU_OK(csp_register_open(&reg, path, NULL));
    size_t n = 0;
    char *report = NULL;
    TU_OK(csp_register_verify(reg, NULL, &n, &report));
    ck_assert_uint_ge(n, 1);
    ck_assert_msg(strstr(report, "record: element \"el-onf\": id: its id is not in the index of elements") != NULL,
                  "%s", report);
    csp_free(report);
}
END_TEST

START_TEST(test_a_file_cut_short_is_refused)
{
    size_t len = 0;
    char *buf = tu_read_file(path, &len);
    ck_assert_ptr_nonnull(buf);
    tu_write_file(path, buf, len - 1);
    free(buf);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "not a whole number of its"));
    csp_open_options ro = CSP_OPEN_OPTIONS_INIT;
    ro.flags = CSP_OPEN_READONLY | CSP_OPEN_NOCHECK; /* refused even without the quick check */
    TU_CODE(csp_register_open(&reg, path, &ro), CSP_ECORRUPT);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_a_changed_schema_is_refused)
{
    /* Another tool drops a column the model has... */
    ck_assert_int_eq(other_tool("DROP INDEX organisations_area; ALTER TABLE organisations DROP COLUMN area", 0),
                     SQLITE_OK);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_msg(strstr(csp_error_last()->message, "table \"organisations\"") != NULL, "%s",
                  csp_error_last()->message);
    ck_assert_ptr_null(reg);
}
END_TEST

START_TEST(test_a_renamed_column_is_refused)
{
    /* (fuzz_register found the message quoting the column's name after its
     * statement was freed: under ASan, this test holds it.) */
    ck_assert_int_eq(other_tool("DROP INDEX organisations_area; ALTER TABLE organisations RENAME COLUMN area TO "
                                "region",
                                0),
                     SQLITE_OK);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_msg(strstr(csp_error_last()->message, "has a column \"region\" where the model has \"area\"") != NULL,
                  "%s", csp_error_last()->message);
}
END_TEST

START_TEST(test_a_missing_list_table_is_refused)
{
    ck_assert_int_eq(other_tool("DROP TABLE partnerships_former_names", 0), SQLITE_OK);
    TU_CODE(csp_register_open(&reg, path, NULL), CSP_ECORRUPT);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "partnerships_former_names"));
}
END_TEST

/* The records of a scan and of a get, compared: a scan of every record in
 * id order learns which records have list items by walking each list table
 * beside it (sqlite.c, merge_items), a get and a query with a condition by
 * a lookup per record. `bad` is the id whose read must fail (or NULL). */
static void assert_scan_reads_as_get(const char *const *ids, const size_t *nsources, size_t n, const char *bad)
{
    csp_record_iterator *it = NULL;
    csp_record *r = NULL, *g = NULL;
    size_t k = 0;
    int rc;
    TU_OK(csp_record_iterator_new(&it, reg, CSP_ENTITY_ORGANISATION, NULL));
    while ((rc = csp_record_next(&r, it)) != CSP_ITEROVER) {
        ck_assert_uint_lt(k, n);
        if (bad && strcmp(ids[k], bad) == 0) {
            TU_CODE(rc, CSP_ECORRUPT);
            ck_assert_ptr_nonnull(strstr(csp_error_last()->message, bad));
            k++;
            continue;
        }
        TU_OK(rc);
        TU_STR_EQ(csp_record_id(r), ids[k]);
        ck_assert_uint_eq(csp_record_count(r, CSP_ORGANISATION_SOURCES), nsources[k]);
        TU_OK(csp_record_get(&g, reg, CSP_ENTITY_ORGANISATION, ids[k]));
        ck_assert_int_eq(csp_record_equal(r, g), 1);
        csp_record_free(g);
        csp_record_free(r);
        g = r = NULL;
        k++;
    }
    ck_assert_uint_eq(k, n);
    csp_record_iterator_free(it);
}

/* A scan in id order finds each record's list items by walking the list
 * tables beside it: none missed or misplaced, whether the records with
 * items come first, last, in a row or apart, with ids that sort next to one
 * another ("a", "a-1", "a.b", "a0"), and with list rows whose owner is no
 * record (written past the foreign keys) before, between and after them. A
 * damaged item raises for its record alone: the records after it have
 * theirs. */
START_TEST(test_a_scan_finds_each_records_list_items)
{
    static const char *const ids[] = {"a", "a-1", "a.b", "a0", "b", "bz", "council", "met", "zz"};
    static const size_t nsources[] = {1, 0, 2, 1, 0, 2, 0, 0, 1};
    TU_OK(csp_register_open(&reg, path, NULL));
    TU_OK(tu_import(reg, "{\"format\": \"libcsp/1\", \"sources\": ["
                         "{\"id\": \"s1\", \"url\": \"https://example.org/1\"},"
                         "{\"id\": \"s2\", \"url\": \"https://example.org/2\"}],"
                         " \"organisations\": ["
                         "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"police\", \"sources\": [\"s1\"]},"
                         "{\"id\": \"a-1\", \"name\": \"A1\", \"kind\": \"police\"},"
                         "{\"id\": \"a.b\", \"name\": \"AB\", \"kind\": \"police\", \"sources\": [\"s1\", \"s2\"]},"
                         "{\"id\": \"a0\", \"name\": \"A0\", \"kind\": \"police\", \"sources\": [\"s2\"]},"
                         "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"police\"},"
                         "{\"id\": \"bz\", \"name\": \"BZ\", \"kind\": \"police\", \"sources\": [\"s2\", \"s1\"]},"
                         "{\"id\": \"zz\", \"name\": \"ZZ\", \"kind\": \"police\", \"sources\": [\"s1\"]}]}"));
    assert_scan_reads_as_get(ids, nsources, 9, NULL);
    csp_register_close(reg);
    reg = NULL;

    {
        sqlite3 *db = NULL;
        ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
        ck_assert_int_eq(sqlite3_exec(db, "PRAGMA foreign_keys = OFF; INSERT INTO organisations_sources (owner, pos, value) "
                                          "VALUES ('0', 0, 's1'), ('a00', 0, 's1'), ('a00', 1, 's2'), ('c', 0, 's2'),"
                                          " ('zzz', 0, 's1')",
                                      NULL, NULL, NULL),
                         SQLITE_OK);
        sqlite3_close(db);
    }
    TU_OK(csp_register_open(&reg, path, NULL));
    assert_scan_reads_as_get(ids, nsources, 9, NULL);
    csp_register_close(reg);
    reg = NULL;

    ck_assert_int_eq(other_tool("UPDATE organisations_sources SET value = 'not an id!' WHERE owner = 'a.b' AND value = 's2'",
                                1),
                     SQLITE_OK);
    TU_OK(csp_register_open(&reg, path, NULL));
    assert_scan_reads_as_get(ids, nsources, 9, "a.b");
}
END_TEST

static Suite *damage_suite(void)
{
    Suite *s = suite_create("damage");
    TCase *tc = tcase_create("register");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_the_schema_refuses_what_the_model_refuses);
    tcase_add_test(tc, test_damaged_values_are_never_handed_out);
    tcase_add_test(tc, test_the_checker_refuses_damaged_values);
    tcase_add_test(tc, test_the_checker_refuses_a_damaged_update);
    tcase_add_test(tc, test_the_checker_refuses_a_damaged_meeting);
    tcase_add_test(tc, test_the_checker_refuses_damaged_attendance);
    tcase_add_test(tc, test_an_id_the_index_does_not_know_is_refused);
    tcase_add_test(tc, test_the_export_refuses_a_nested_id_the_index_does_not_know);
    tcase_add_test(tc, test_the_export_refuses_it_with_seats_read_out_of_id_order);
    tcase_add_test(tc, test_verify_names_an_id_the_index_does_not_know);
    tcase_add_test(tc, test_a_file_cut_short_is_refused);
    tcase_add_test(tc, test_a_changed_schema_is_refused);
    tcase_add_test(tc, test_a_renamed_column_is_refused);
    tcase_add_test(tc, test_a_missing_list_table_is_refused);
    tcase_add_test(tc, test_a_scan_finds_each_records_list_items);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(damage_suite());
}
