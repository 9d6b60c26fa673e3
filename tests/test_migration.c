/*
 * test_migration.c: a register at schema version 1 (before the statutory
 * layer) is migrated to the current version when opened read-write, and
 * refused with CSP_EVERSION, untouched, when opened read-only. A version-2
 * register (before the indexes of filterable fields) gains them.
 *
 * A version-1 file is made the way an old libcsp left it: the register is
 * created with this library, then the version-2 tables are dropped with
 * SQLite directly and PRAGMA user_version is set back to 1.
 */
#include "testutil.h"
#include "core/util.h"

#include <sqlite3.h>

#define SVD "pcsc2022.s8.serious_violence_duty"

/* The schema version this library writes (model.toml [model] schema_version). */
#define SCHEMA_NOW 9

/* The entities (SQL tables) that schema version 2 added. */
static const char *const V2_TABLES[] = {"duties",   "duty_holdings", "strategies",
                                        "elements", "assessments",   "discharges", NULL};

static char dir[256];
static char path[512];
/* Buffers of the running test, freed by teardown even when an assertion fails (CK_FORK=no). */
static char *t_a, *t_b;
static unsigned char *t_file_a, *t_file_b;

static void setup(void)
{
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "register.csp");
}

static void teardown(void)
{
    tu_rmtree(dir);
    csp_free(t_a);
    csp_free(t_b);
    free(t_file_a);
    free(t_file_b);
    t_a = t_b = NULL;
    t_file_a = t_file_b = NULL;
}

/* ------------------------------------------------------------------ */
/* SQLite directly                                                     */
/* ------------------------------------------------------------------ */

static sqlite3 *db_open(int flags)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, flags, NULL);
    ck_assert_msg(rc == SQLITE_OK, "sqlite3_open_v2(%s): %s", path, db ? sqlite3_errmsg(db) : "?");
    return db;
}

static void db_exec(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, err ? err : "?");
    sqlite3_free(err);
}

/* The first column of the first row of a query, as an integer. */
static long long db_int(const char *sql)
{
    sqlite3 *db = db_open(SQLITE_OPEN_READONLY);
    sqlite3_stmt *st = NULL;
    long long v;
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/* Whether a table named name exists. */
static int db_has_table(const char *name)
{
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'",
             name);
    return db_int(sql) > 0;
}

/* Whether a table name is one of version 2's: an entity table or one of its "<plural>_<field>" lists. */
static int is_v2_table(const char *name)
{
    size_t i;
    for (i = 0; V2_TABLES[i] != NULL; i++) {
        size_t n = strlen(V2_TABLES[i]);
        if (strcmp(name, V2_TABLES[i]) == 0)
            return 1;
        if (strncmp(name, V2_TABLES[i], n) == 0 && name[n] == '_')
            return 1;
    }
    return 0;
}

/* How many tables of version 2 (entities and lists) the file has. */
static long long count_v2_tables(void)
{
    sqlite3 *db = db_open(SQLITE_OPEN_READONLY);
    sqlite3_stmt *st = NULL;
    long long n = 0;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1,
                                        &st, NULL),
                     SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW)
        n += is_v2_table((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

/*
 * Turns the register at path back into schema version 1: drops every table
 * of version 2 (list tables first) and sets user_version to 1. Returns how
 * many tables it dropped.
 */
/* Makes the register look as a version-`version` file: every table and
 * column added after that version dropped (found through the schema
 * introspection), and user_version set back. Returns the tables dropped. */
static int downgrade_to(int version)
{
    sqlite3 *db = db_open(SQLITE_OPEN_READWRITE);
    int n = 0;
    char sql[512];
    db_exec(db, "PRAGMA foreign_keys = OFF; BEGIN");
    /* The tables of later entities and of later list fields are dropped,
     * later columns of older tables with their indexes. */
    for (size_t k = 0; k < csp_schema_entity_count(); k++) {
        int e = (int)k;
        const char *plural = csp_schema_entity_plural(e);
        int nfields = (int)csp_schema_field_count(csp_schema_entity_name(k));
        int later = csp_schema_field_since(e, 0) > version;
        for (int f = 0; f < nfields; f++) {
            const char *name = csp_schema_field_name(e, f);
            int type = csp_schema_field_type(e, f);
            int list = type == CSP_FIELD_TEXT_LIST || type == CSP_FIELD_REF_LIST || type == CSP_FIELD_ENUM_LIST ||
                       type == CSP_FIELD_DATE_LIST;
            if (list && (later || csp_schema_field_since(e, f) > version)) {
                snprintf(sql, sizeof sql, "DROP TABLE \"%s_%s\"", plural, name);
                db_exec(db, sql);
                n++;
            } else if (!later && !list && csp_schema_field_since(e, f) > version) {
                snprintf(sql, sizeof sql,
                         "DROP INDEX IF EXISTS \"%s_%s\"; DROP INDEX IF EXISTS \"%s_%s_lo\"; "
                         "DROP INDEX IF EXISTS \"%s_%s_hi\"; ALTER TABLE \"%s\" DROP COLUMN \"%s\"",
                         plural, name, plural, name, plural, name, plural, name);
                db_exec(db, sql);
            }
        }
        if (later) {
            snprintf(sql, sizeof sql, "DROP TABLE \"%s\"", plural);
            db_exec(db, sql);
            n++;
        }
    }
    if (version < 8) /* the index of the open actions (model.toml) */
        db_exec(db, "DROP INDEX IF EXISTS actions_open");
    if (version < 9) { /* optional fields' indexes whole, as they were */
        sqlite3_stmt *st = NULL;
        ck_assert_int_eq(sqlite3_prepare_v2(db,
                                            "SELECT name, substr(sql, 1, instr(sql, ' WHERE ') - 1) FROM sqlite_master "
                                            "WHERE type = 'index' AND sql LIKE '% WHERE \"%\" IS NOT NULL'",
                                            -1, &st, NULL),
                         SQLITE_OK);
        csp__buf redo = {0}; /* run once the read of sqlite_master is done */
        while (sqlite3_step(st) == SQLITE_ROW)
            csp__buf_printf(&redo, "DROP INDEX \"%s\"; %s;\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
        sqlite3_finalize(st);
        ck_assert(!redo.failed);
        if (redo.p)
            db_exec(db, redo.p);
        csp__buf_free(&redo);
    }
    db_exec(db, "COMMIT");
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", version);
    db_exec(db, sql);
    ck_assert_int_eq(sqlite3_close(db), SQLITE_OK);
    return n;
}

static int downgrade_to_v1(void)
{
    return downgrade_to(1);
}

/* ------------------------------------------------------------------ */
/* The register                                                        */
/* ------------------------------------------------------------------ */

static csp_register *open_path(unsigned int flags, int *rc)
{
    csp_register *reg = NULL;
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    opts.flags = flags;
    *rc = csp_register_open(&reg, path, &opts);
    if (*rc != CSP_OK)
        ck_assert_ptr_null(reg);
    return reg;
}

/* Writes the core records a version-1 register could hold. */
static void fill_v1(csp_register *reg)
{
    csp_organisation *o = NULL;
    csp_partnership *p = NULL;
    TU_OK(csp_organisation_new(&o, "ealing-council"));
    TU_OK(csp_organisation_set_name(o, "Ealing Council"));
    TU_OK(csp_organisation_set_kind(o, "local_authority"));
    TU_OK(csp_organisation_set_area(o, "Ealing"));
    TU_OK(csp_organisation_set_responsible_authority(o, 1));
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, 1));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
    tu_put_org(reg, "met", "police");
    tu_put_person(reg, "jasbir-anand", 0);
    tu_put_person(reg, "private-person", 1);
    TU_OK(csp_partnership_new(&p, "ealing-sep"));
    TU_OK(csp_partnership_set_name(p, "Safer Ealing Partnership"));
    TU_OK(csp_partnership_set_kind(p, "community_safety_partnership"));
    TU_OK(csp_partnership_set_area_code(p, "E09000009"));
    TU_OK(csp_partnership_set_formed_on(p, "2002-01"));
    TU_OK(csp_partnership_add_former_names(p, "Old name"));
    TU_OK(csp_partnership_set_meetings_per_year(p, 4));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    tu_put_partnership(reg, "ealing-sog", "statutory_officer_group", "ealing-sep");
    tu_put_membership(reg, "sep-chair", "ealing-sep", "ealing-council", "jasbir-anand", "chair");
    tu_put_membership(reg, "sep-police", "ealing-sep", "met", "private-person", "member");
}

/* Creates a version-2 register with core records, exports it into *export, and makes it version 1. */
static void make_v1(char **export)
{
    int rc;
    csp_register *reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    fill_v1(reg);
    *export = tu_export(reg, 0);
    csp_register_close(reg);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    ck_assert_int_ge(downgrade_to_v1(), 6);
    ck_assert_int_eq(db_int("PRAGMA user_version"), 1);
    ck_assert_int_eq(count_v2_tables(), 0);
    ck_assert(db_has_table("organisations"));
    ck_assert(db_has_table("partnerships_former_names"));
}

static unsigned char *read_bytes(size_t *len)
{
    char *buf = tu_read_file(path, len);
    ck_assert_msg(buf != NULL, "cannot read %s", path);
    return (unsigned char *)buf;
}

/* ------------------------------------------------------------------ */
/* Tests                                                               */
/* ------------------------------------------------------------------ */

START_TEST(test_schema_version)
{
    csp_register *reg;
    long long n;
    int rc;
    ck_assert_int_eq(csp_schema_version(), SCHEMA_NOW);
    /* A new register is stamped with it. */
    reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    ck_assert_int_eq(db_int("PRAGMA application_id"), 0x43535030);
    n = count_v2_tables();
    ck_assert_int_ge(n, 6 + 6); /* six entities, and their list fields */
    ck_assert_int_ge(downgrade_to_v1(), n); /* and those of later versions */
    ck_assert_int_eq(count_v2_tables(), 0);
}
END_TEST

START_TEST(test_readonly_v1_refused)
{
    csp_register *reg;
    size_t la, lb;
    int rc;
    make_v1(&t_a);
    t_file_a = read_bytes(&la);

    reg = open_path(CSP_OPEN_READONLY, &rc);
    ck_assert_ptr_null(reg);
    TU_CODE(rc, CSP_EVERSION);
    TU_MSG_HAS(path);
    /* Twice: the first refusal changed nothing. */
    reg = open_path(CSP_OPEN_READONLY | CSP_OPEN_NOCHECK, &rc);
    ck_assert_ptr_null(reg);
    TU_CODE(rc, CSP_EVERSION);

    t_file_b = read_bytes(&lb);
    ck_assert_uint_eq(la, lb);
    ck_assert_msg(memcmp(t_file_a, t_file_b, la) == 0, "a read-only open changed the file");
    ck_assert_int_eq(db_int("PRAGMA user_version"), 1);
    ck_assert_int_eq(count_v2_tables(), 0);
}
END_TEST

START_TEST(test_migrate_on_open)
{
    csp_register *reg;
    csp_organisation *o = NULL;
    csp_partnership *p = NULL;
    csp_duty *d = NULL;
    csp_duty_filter f = CSP_DUTY_FILTER_INIT;
    char buf[8192];
    size_t builtin;
    int rc;
    make_v1(&t_a);

    reg = open_path(0, &rc); /* read-write, without CREATE */
    TU_OK(rc);
    ck_assert_ptr_nonnull(reg);

    /* What was written before is kept. */
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_uint_eq(tu_organisation_count(reg), 2);
    ck_assert_uint_eq(tu_person_count(reg), 2);
    ck_assert_uint_eq(tu_partnership_count(reg), 2);
    ck_assert_uint_eq(tu_membership_count(reg), 2);
    TU_OK(csp_organisation_get(&o, reg, "ealing-council"));
    TU_STR_EQ(csp_organisation_name(o), "Ealing Council");
    TU_STR_EQ(csp_organisation_area(o), "Ealing");
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 1);
    csp_organisation_free(o);
    TU_OK(csp_partnership_get(&p, reg, "ealing-sep"));
    TU_STR_EQ(csp_partnership_area_code(p), "E09000009");
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01");
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 1);
    csp_partnership_free(p);

    /* The built-in catalogue is installed, as in a new register. */
    f.builtin = 1;
    builtin = tu_duty_ids(buf, sizeof buf, reg, &f);
    ck_assert_uint_ge(builtin, 15);
    ck_assert_uint_eq(tu_duty_count(reg), builtin);
    TU_OK(csp_duty_get(&d, reg, SVD));
    TU_STR_EQ(csp_duty_commencement(d), "2023-01-31");
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    csp_duty_free(d);
    {
        csp_register *fresh = tu_open_mem();
        char buf2[8192];
        tu_duty_ids(buf2, sizeof buf2, fresh, &f);
        csp_register_close(fresh);
        TU_STR_EQ(buf, buf2);
    }

    /* The new entities can be written. */
    tu_put_holding(reg, "sep-svd", SVD, "ealing-sep", NULL);
    tu_put_strategy(reg, "sep-2020-2023", "ealing-sep", "partnership_plan", "agreed");
    tu_put_element(reg, "strand-1", "sep-2020-2023", NULL, "strand");
    tu_put_assessment(reg, "sa-2024", "ealing-sep", "strategic_assessment");
    tu_put_discharge(reg, "sa-2024-done", "si2007_1830.strategic_assessment", "ealing-sep", "2024-03-12");
    csp_register_close(reg);

    ck_assert_int_eq(csp_schema_version(), SCHEMA_NOW);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    ck_assert_int_eq(db_int("PRAGMA application_id"), 0x43535030);
    ck_assert(db_has_table("duties"));
    ck_assert(db_has_table("elements"));
    ck_assert(db_has_table("strategies_refreshed_on"));
    ck_assert(db_has_table("assessments_feeds"));

    /* Now it opens read-only, with everything in it. */
    reg = open_path(CSP_OPEN_READONLY, &rc);
    TU_OK(rc);
    ck_assert_uint_eq(tu_duty_count(reg), builtin);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 1);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
    ck_assert_uint_eq(tu_element_count(reg), 1);
    ck_assert_uint_eq(tu_assessment_count(reg), 1);
    ck_assert_uint_eq(tu_discharge_count(reg), 1);
    ck_assert_uint_eq(tu_membership_count(reg), 2);
    csp_register_close(reg);
}
END_TEST

START_TEST(test_migrate_once)
{
    /* Opening a migrated register again migrates nothing and duplicates nothing. */
    csp_register *reg;
    size_t n;
    int rc;
    make_v1(&t_a);
    reg = open_path(0, &rc);
    TU_OK(rc);
    n = tu_duty_count(reg);
    tu_put_duty(reg, "local.walkabout", "quarterly", "unverified");
    csp_register_close(reg);
    reg = open_path(0, &rc);
    TU_OK(rc);
    ck_assert_uint_eq(tu_duty_count(reg), n + 1);
    t_b = tu_export(reg, 0);
    ck_assert_msg(strstr(t_b, "local.walkabout") != NULL, "%s", t_b);
    csp_register_close(reg);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
}
END_TEST

START_TEST(test_migrate_empty_v1)
{
    /* A version-1 register with no records at all. */
    csp_register *reg;
    int rc;
    reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    downgrade_to_v1();
    ck_assert_int_eq(db_int("PRAGMA user_version"), 1);
    reg = open_path(0, &rc);
    TU_OK(rc);
    ck_assert_uint_ge(tu_duty_count(reg), 15);
    ck_assert_uint_eq(tu_organisation_count(reg), 0);
    csp_register_close(reg);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
}
END_TEST

START_TEST(test_newer_version_refused)
{
    /* For contrast: a file from a newer libcsp is refused in both modes, and left alone. */
    csp_register *reg;
    sqlite3 *db;
    int rc;
    reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    db = db_open(SQLITE_OPEN_READWRITE);
    db_exec(db, "PRAGMA user_version = 99");
    sqlite3_close(db);
    reg = open_path(0, &rc);
    TU_CODE(rc, CSP_EVERSION);
    reg = open_path(CSP_OPEN_READONLY, &rc);
    TU_CODE(rc, CSP_EVERSION);
    ck_assert_int_eq(db_int("PRAGMA user_version"), 99);
}
END_TEST

/* Version 3 added an index for every filterable field (csp_query uses them),
 * version 4 the duties' labels. A version-2 file, made by dropping them and
 * setting the version back, gains them again when opened read-write, keeping
 * its records; the built-in duties get their labels. */
START_TEST(test_v2_gains_filter_indexes)
{
    csp_register *reg;
    sqlite3 *db;
    int rc;
    long long before, after;
    reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    tu_put_org(reg, "met", "police");
    csp_register_close(reg);
    before = db_int("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                    "('organisations_kind', 'strategies_end_date_hi', 'memberships_role')");
    ck_assert_int_eq(before, 3);
    db = db_open(SQLITE_OPEN_READWRITE);
    db_exec(db, "DROP INDEX organisations_kind; DROP INDEX strategies_end_date_hi; DROP INDEX memberships_role;"
                "PRAGMA user_version = 2");
    sqlite3_close(db);
    downgrade_to(2);
    reg = open_path(CSP_OPEN_READONLY, &rc);
    TU_CODE(rc, CSP_EVERSION); /* read-only: cannot migrate */
    reg = open_path(0, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    after = db_int("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                   "('organisations_kind', 'strategies_end_date_hi', 'memberships_role')");
    ck_assert_int_eq(after, 3);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    ck_assert_int_eq(db_int("SELECT count(*) FROM organisations WHERE id = 'met'"), 1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM duties WHERE builtin = 1 AND label IS NULL"), 0);
}
END_TEST

/* The register at path, of an older version, refused read-only (it cannot be
 * migrated then) and opened read-write: migrated to the current version. */
static csp_register *upgraded(void)
{
    int rc;
    csp_register *reg = open_path(CSP_OPEN_READONLY, &rc);
    TU_CODE(rc, CSP_EVERSION);
    reg = open_path(0, &rc);
    TU_OK(rc);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    return reg;
}

/* Version 8 added the index of the open actions the checker reads. A
 * version-7 file gains it when opened read-write, and the open actions are
 * then read from it alone. */
START_TEST(test_v7_gains_open_actions_index)
{
    csp_register *reg;
    int rc;
    reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    downgrade_to(7);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'actions_open'"), 0);
    reg = upgraded();
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'actions_open' AND sql LIKE "
                            "'%WHERE +\"actions\".\"status\" IN (''open'', ''in_progress'')'"),
                     1);
    csp_register_close(reg);
}
END_TEST

/* A new register at path with fill_v1's records, closed; t_a, its export. */
static void new_filled_register(void)
{
    int rc;
    csp_register *reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    fill_v1(reg);
    t_a = tu_export(reg, 0);
    csp_register_close(reg);
}

/* Version 9 made the indexes of optional fields partial, holding only the
 * records that have a value. A version-8 file's whole indexes are dropped and
 * built partial when it is opened read-write, its records kept, and a query
 * by such a field finds its records (test_query holds the plans of a new
 * register to its indexes). */
START_TEST(test_v8_gains_partial_indexes)
{
    csp_register *reg;
    new_filled_register();
    const char *partial = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '% IS NOT NULL'";
    long long n = db_int(partial);
    /* One for each optional reference or filterable text field (person, on_behalf_of, area, ...). */
    ck_assert_int_ge(n, 20);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'memberships_on_behalf_of' AND sql = "
                            "'CREATE INDEX \"memberships_on_behalf_of\" ON \"memberships\"(\"on_behalf_of\") WHERE "
                            "\"on_behalf_of\" IS NOT NULL'"),
                     1);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'memberships_organisation' AND sql = "
                            "'CREATE INDEX \"memberships_organisation\" ON \"memberships\"(\"organisation\")'"),
                     1); /* required: whole */
    downgrade_to(8);
    ck_assert_int_eq(db_int(partial), 0);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'memberships_on_behalf_of'"), 1);
    reg = upgraded();
    ck_assert_int_eq(db_int(partial), n);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_membership_iterator *it = NULL;
    csp_membership *m = NULL;
    size_t seats = 0;
    csp_membership_filter by = CSP_MEMBERSHIP_FILTER_INIT;
    by.person = "jasbir-anand";
    TU_OK(csp_membership_iterator_new(&it, reg, &by));
    while (csp_membership_next(&m, it) == CSP_OK) {
        seats++;
        csp_membership_free(m);
    }
    csp_membership_iterator_free(it);
    ck_assert_uint_gt(seats, 0);
    csp_register_close(reg);
}
END_TEST

/* SQL without its " CHECK (...)" clauses (balanced parentheses; the clauses
 * hold none inside their quoted strings). */
static char *strip_checks(const char *sql)
{
    char *out = malloc(strlen(sql) + 1), *o = out;
    ck_assert_ptr_nonnull(out);
    while (*sql) {
        if (strncmp(sql, " CHECK (", 8) == 0) {
            int depth = 0;
            sql += 7;
            do {
                depth += *sql == '(';
                depth -= *sql == ')';
                sql++;
            } while (*sql && depth > 0);
            continue;
        }
        *o++ = *sql++;
    }
    *o = '\0';
    return out;
}

/* Turns the register into a version-4 file: every table as version 4 made
 * it, without CHECK constraints (SQLite's writable_schema, as the issue's
 * "another tool"), and user_version 4. */
static void downgrade_to_v4(void)
{
    downgrade_to(4);
    sqlite3 *db = db_open(SQLITE_OPEN_READWRITE);
    sqlite3_stmt *st = NULL, *up = NULL;
    db_exec(db, "PRAGMA writable_schema = ON");
    ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                            "'%CHECK (%'",
                                        -1, &st, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, "UPDATE sqlite_master SET sql = ?2 WHERE name = ?1", -1, &up, NULL),
                     SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        char *bare = strip_checks((const char *)sqlite3_column_text(st, 1));
        sqlite3_bind_text(up, 1, (const char *)sqlite3_column_text(st, 0), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(up, 2, bare, -1, SQLITE_TRANSIENT);
        ck_assert_int_eq(sqlite3_step(up), SQLITE_DONE);
        sqlite3_reset(up);
        free(bare);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(up);
    db_exec(db, "PRAGMA writable_schema = OFF; PRAGMA user_version = 4");
    ck_assert_int_eq(sqlite3_close(db), SQLITE_OK);
}

/* A version-4 register (before the CHECK constraints) is upgraded: its tables
 * are rebuilt with the constraints and keep every record. One that holds a
 * value the model now refuses (as 0.1 allowed: a tab in a name, a blank
 * post) is refused, untouched, naming what to correct; corrected with a SQLite
 * tool, it upgrades. */
START_TEST(test_v4_gains_check_constraints)
{
    csp_register *reg;
    sqlite3 *db;
    int rc;
    new_filled_register();
    /* As a version-4 file: the same tables without their constraints. */
    downgrade_to_v4();
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%CHECK%'"), 0);
    reg = open_path(0, &rc);
    TU_OK(rc);
    t_b = tu_export(reg, 0);
    csp_register_close(reg);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
    ck_assert_int_eq(db_int("SELECT count(*) FROM sqlite_master WHERE name = 'people' AND sql LIKE '%CHECK%'"), 1);

    /* Legacy values the model now refuses, in a version-4 file. */
    downgrade_to_v4();
    db = db_open(SQLITE_OPEN_READWRITE);
    db_exec(db, "UPDATE people SET name = 'Jasbir' || char(9) || 'Anand' WHERE id = 'jasbir-anand';"
                "UPDATE partnerships SET name = '   ' WHERE id = 'ealing-sog'");
    sqlite3_close(db);
    reg = open_path(0, &rc);
    TU_CODE(rc, CSP_ECONSTRAINT);
    const char *m = csp_error_last()->message;
    ck_assert_msg(strstr(m, "cannot upgrade register") && strstr(m, "person \"jasbir-anand\": name: character 7 is a "
                                                                 "control character") &&
                      strstr(m, "partnership \"ealing-sog\": name: text must not be blank") &&
                      strstr(m, "correct them with a SQLite tool"),
                  "%s", m);
    ck_assert_int_eq(db_int("PRAGMA user_version"), 4); /* untouched */
    db = db_open(SQLITE_OPEN_READWRITE);
    db_exec(db, "UPDATE people SET name = 'Jasbir Anand' WHERE id = 'jasbir-anand';"
                "UPDATE partnerships SET name = 'Ealing SOG' WHERE id = 'ealing-sog'");
    sqlite3_close(db);
    reg = open_path(0, &rc);
    TU_OK(rc);
    csp_register_close(reg);
    ck_assert_int_eq(db_int("PRAGMA user_version"), SCHEMA_NOW);
}
END_TEST

/* A version-2 register file with one record of each statutory entity. */
static void make_v2_full(void)
{
    int rc;
    csp_register *reg = open_path(CSP_OPEN_CREATE, &rc);
    TU_OK(rc);
    fill_v1(reg);
    tu_put_duty(reg, "local.walkabout", "quarterly", "unverified");
    tu_put_holding(reg, "sep-svd", SVD, "ealing-sep", NULL);
    tu_put_strategy(reg, "plan", "ealing-sep", "partnership_plan", "agreed");
    tu_put_element(reg, "s1", "plan", NULL, "strand");
    tu_put_element(reg, "s2", "plan", NULL, "strand");
    tu_put_assessment(reg, "sa", "ealing-sep", "strategic_assessment");
    tu_put_discharge(reg, "done", "local.walkabout", "ealing-sep", "2024");
    t_a = tu_export(reg, 0);
    csp_register_close(reg);
}

START_TEST(test_readonly_statutory_writes)
{
    csp_register *reg;
    csp_duty *d = NULL;
    csp_strategy *s = NULL;
    csp_element *el = NULL;
    csp_assessment *a = NULL;
    csp_duty_holding *h = NULL;
    csp_discharge *x = NULL;
    int rc;
    make_v2_full();
    reg = open_path(CSP_OPEN_READONLY, &rc);
    TU_OK(rc);
    ck_assert_int_eq(csp_register_readonly(reg), 1);

    TU_OK(csp_duty_get(&d, reg, "local.walkabout"));
    TU_OK(csp_duty_set_note(d, "changed"));
    TU_CODE(csp_duty_put(reg, d), CSP_EREADONLY);
    csp_duty_free(d);
    TU_CODE(csp_duty_delete(reg, "local.walkabout"), CSP_EREADONLY);

    TU_OK(csp_duty_holding_get(&h, reg, "sep-svd"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREADONLY);
    csp_duty_holding_free(h);
    TU_CODE(csp_duty_holding_delete(reg, "sep-svd"), CSP_EREADONLY);

    TU_OK(csp_discharge_get(&x, reg, "done"));
    TU_CODE(csp_discharge_put(reg, x), CSP_EREADONLY);
    csp_discharge_free(x);
    TU_CODE(csp_discharge_delete(reg, "done"), CSP_EREADONLY);

    TU_OK(csp_strategy_get(&s, reg, "plan"));
    TU_OK(csp_strategy_set_status(s, "withdrawn"));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREADONLY);
    csp_strategy_free(s);

    TU_OK(csp_element_get(&el, reg, "s2"));
    TU_CODE(csp_element_put(reg, el), CSP_EREADONLY);
    csp_element_free(el);
    TU_CODE(csp_element_move(reg, "s2", NULL, 0), CSP_EREADONLY);
    TU_CODE(csp_element_delete(reg, "s2"), CSP_EREADONLY);

    TU_OK(csp_assessment_get(&a, reg, "sa"));
    TU_CODE(csp_assessment_put(reg, a), CSP_EREADONLY);
    csp_assessment_free(a);
    TU_CODE(csp_assessment_delete(reg, "sa"), CSP_EREADONLY);

    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"assessments\": [{\"id\": \"sa2\","
                           " \"partnership\": \"ealing-sep\", \"kind\": \"other\"}]}"),
            CSP_EREADONLY);

    t_b = tu_export(reg, 0);
    csp_register_close(reg);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

static Suite *migration_suite(void)
{
    Suite *s = suite_create("migration");
    TCase *tc = tcase_create("v1_to_v2");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_schema_version);
    tcase_add_test(tc, test_readonly_v1_refused);
    tcase_add_test(tc, test_migrate_on_open);
    tcase_add_test(tc, test_migrate_once);
    tcase_add_test(tc, test_migrate_empty_v1);
    tcase_add_test(tc, test_newer_version_refused);
    tcase_add_test(tc, test_v2_gains_filter_indexes);
    tcase_add_test(tc, test_v7_gains_open_actions_index);
    tcase_add_test(tc, test_v8_gains_partial_indexes);
    tcase_add_test(tc, test_v4_gains_check_constraints);
    suite_add_tcase(s, tc);

    tc = tcase_create("readonly");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_readonly_statutory_writes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(migration_suite());
}
