/*
 * test_examples.c: every bundled example document imports, round-trips and
 * is canonical; all of them load into one register; facts from the sources.
 */
#include "testutil.h"

#define EXAMPLES_DIR CSP_SOURCE_DIR "/examples/data"

/* The sorted list of the .json paths in examples/data (malloc'd; free with free_files). */
static char **list_files(size_t *count)
{
    DIR *d = opendir(EXAMPLES_DIR);
    struct dirent *e;
    char **files = NULL;
    size_t n = 0, i, j;
    ck_assert_msg(d != NULL, "cannot open %s", EXAMPLES_DIR);
    while ((e = readdir(d)) != NULL) {
        char path[1024];
        char **nf;
        if (e->d_name[0] == '.' || !tu_ends_with(e->d_name, ".json"))
            continue;
        tu_join_path(path, sizeof path, EXAMPLES_DIR, e->d_name);
        nf = realloc(files, (n + 1) * sizeof *files);
        ck_assert_ptr_nonnull(nf);
        files = nf;
        files[n] = malloc(strlen(path) + 1);
        ck_assert_ptr_nonnull(files[n]);
        strcpy(files[n], path);
        n++;
    }
    closedir(d);
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && strcmp(files[j - 1], files[j]) > 0; j--) {
            char *t = files[j];
            files[j] = files[j - 1];
            files[j - 1] = t;
        }
    *count = n;
    return files;
}

static void free_files(char **files, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        free(files[i]);
    free(files);
}

static void import_file_ok(csp_register *reg, const char *path)
{
    int rc = csp_json_import_file(reg, path, NULL);
    ck_assert_msg(rc == CSP_OK, "%s: %s: %s", path, csp_code_name(rc), csp_error_last()->message);
}

START_TEST(test_there_are_examples)
{
    size_t n = 0;
    char **files = list_files(&n);
    ck_assert_msg(n >= 3, "expected at least 3 example documents in %s, found %zu", EXAMPLES_DIR, n);
    free_files(files, n);
}
END_TEST

/* import -> export -> import into a fresh register -> export: identical bytes. */
START_TEST(test_each_roundtrips)
{
    size_t n = 0, i;
    char **files = list_files(&n);
    for (i = 0; i < n; i++) {
        unsigned int flags[2] = {0, CSP_EXPORT_INDENT};
        size_t k;
        for (k = 0; k < 2; k++) {
            csp_register *a = tu_open_mem(), *b = tu_open_mem();
            char *ea, *eb;
            import_file_ok(a, files[i]);
            ea = tu_export(a, flags[k]);
            ck_assert_msg(tu_import(b, ea) == CSP_OK, "%s: re-import of its export failed: %s",
                          files[i], csp_error_last()->message);
            eb = tu_export(b, flags[k]);
            ck_assert_msg(strcmp(ea, eb) == 0, "%s: export changed on a round trip", files[i]);
            /* Importing the export over the register it came from is a no-op. */
            TU_OK(tu_import(a, ea));
            csp_free(eb);
            eb = tu_export(a, flags[k]);
            ck_assert_msg(strcmp(ea, eb) == 0, "%s: re-import changed the register", files[i]);
            csp_free(ea);
            csp_free(eb);
            csp_register_close(a);
            csp_register_close(b);
        }
    }
    free_files(files, n);
}
END_TEST

/* Each file is already in canonical form: csp_json_export_file() writes it back byte for byte. */
START_TEST(test_each_is_canonical)
{
    size_t n = 0, i;
    char **files = list_files(&n);
    char dir[256], out[512];
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(out, sizeof out, dir, "export.json");
    for (i = 0; i < n; i++) {
        csp_register *a = tu_open_mem();
        char *orig, *exp;
        size_t lo = 0, le = 0;
        import_file_ok(a, files[i]);
        TU_OK(csp_json_export_file(a, out, NULL));
        orig = tu_read_file(files[i], &lo);
        exp = tu_read_file(out, &le);
        ck_assert_ptr_nonnull(orig);
        ck_assert_ptr_nonnull(exp);
        ck_assert_msg(lo == le && memcmp(orig, exp, lo) == 0,
                      "%s is not in canonical form (csp_json_export_file differs)", files[i]);
        free(orig);
        free(exp);
        csp_register_close(a);
    }
    tu_rmtree(dir);
    free_files(files, n);
}
END_TEST

/* Imports every file into one register, in the given order; returns the compact export. */
static char *load_all(char **files, size_t n, int reverse)
{
    csp_register *r = tu_open_mem();
    size_t i;
    char *e;
    for (i = 0; i < n; i++)
        import_file_ok(r, files[reverse ? n - 1 - i : i]);
    /* Twice: the second pass is a no-op. */
    for (i = 0; i < n; i++)
        import_file_ok(r, files[i]);
    e = tu_export(r, 0);
    csp_register_close(r);
    return e;
}

START_TEST(test_all_in_one_register)
{
    size_t n = 0;
    char **files = list_files(&n);
    char *fwd = load_all(files, n, 0), *rev = load_all(files, n, 1);
    TU_SAME_EXPORT(fwd, rev);
    {
        /* And the combined export round-trips. */
        csp_register *r = tu_open_mem();
        char *e;
        TU_OK(tu_import(r, fwd));
        e = tu_export(r, 0);
        TU_SAME_EXPORT(fwd, e);
        csp_free(e);
        csp_register_close(r);
    }
    csp_free(fwd);
    csp_free(rev);
    free_files(files, n);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Facts from the source documents (shared/seeds, examples/data/README) */
/* ------------------------------------------------------------------ */

static csp_register *all;

static void load_all_setup(void)
{
    size_t n = 0, i;
    char **files = list_files(&n);
    all = tu_open_mem();
    for (i = 0; i < n; i++)
        import_file_ok(all, files[i]);
    free_files(files, n);
}

static void load_all_teardown(void)
{
    csp_register_close(all);
    all = NULL;
}

START_TEST(test_fact_ealing_sep)
{
    csp_partnership *p = NULL;
    csp_membership *m = NULL;
    char buf[1024];
    csp_membership_filter f = CSP_MEMBERSHIP_FILTER_INIT;
    TU_OK(csp_partnership_get(&p, all, "ealing-sep"));
    TU_STR_EQ(csp_partnership_name(p), "Safer Ealing Partnership");
    TU_STR_EQ(csp_partnership_short_name(p), "SEP");
    TU_STR_EQ(csp_partnership_kind(p), "community_safety_partnership");
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 4); /* quarterly */
    csp_partnership_free(p);

    /* Chaired by the cabinet member, a councillor. */
    TU_OK(csp_membership_get(&m, all, "ealing-sep-chair"));
    TU_STR_EQ(csp_membership_role(m), "chair");
    TU_STR_EQ(csp_membership_organisation(m), "ealing-council");
    TU_STR_EQ(csp_membership_person(m), "jasbir-anand");
    csp_membership_free(m);
    f.partnership = "ealing-sep";
    f.role = "chair";
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, all, &f), 1);
    TU_STR_EQ(buf, "ealing-sep-chair");

    /* The Metropolitan Police sit on it. */
    f.role = NULL;
    f.organisation = "met-police";
    ck_assert_uint_ge(tu_membership_ids(buf, sizeof buf, all, &f), 1);
}
END_TEST

START_TEST(test_fact_ealing_lsp)
{
    csp_partnership *p = NULL;
    size_t i;
    int found = 0;
    TU_OK(csp_partnership_get(&p, all, "ealing-lsp"));
    TU_STR_EQ(csp_partnership_kind(p), "local_strategic_partnership");
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01"); /* formed in January 2002 */
    for (i = 0; i < csp_partnership_works_with_count(p); i++)
        if (strcmp(csp_partnership_works_with(p, i), "ealing-sep") == 0)
            found = 1;
    ck_assert_msg(found, "ealing-lsp should work with ealing-sep");
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_fact_hackney_sog)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_get(&p, all, "hackney-sog"));
    TU_STR_EQ(csp_partnership_kind(p), "statutory_officer_group");
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 4); /* four times a year */
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 120); /* two hours */
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 1);
    TU_STR_EQ(csp_partnership_parent(p), "hackney-csp");
    ck_assert_ptr_nonnull(csp_partnership_accountable_to(p));
    csp_partnership_free(p);

    TU_OK(csp_partnership_get(&p, all, "hackney-csp"));
    ck_assert_uint_ge(csp_partnership_former_names_count(p), 1);
    TU_STR_EQ(csp_partnership_former_names(p, 0), "safer cleaner partnership");
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_fact_westminster_delivery_groups)
{
    char buf[1024];
    csp_partnership_filter f = CSP_PARTNERSHIP_FILTER_INIT;
    f.parent = "westminster-swp";
    f.kind = "delivery_group";
    ck_assert_uint_eq(tu_partnership_ids(buf, sizeof buf, all, &f), 4);
    TU_STR_EQ(buf, "westminster-swp-contest,westminster-swp-location,westminster-swp-offender,"
                   "westminster-swp-victim");
}
END_TEST

START_TEST(test_fact_shared_organisations)
{
    csp_organisation *o = NULL;
    char buf[8192];
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
    /* One Metropolitan Police Service, shared by the three files. */
    TU_OK(csp_organisation_get(&o, all, "met-police"));
    TU_STR_EQ(csp_organisation_name(o), "Metropolitan Police Service");
    TU_STR_EQ(csp_organisation_kind(o), "police");
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 1);
    csp_organisation_free(o);
    f.kind = "police";
    tu_organisation_ids(buf, sizeof buf, all, &f);
    ck_assert_ptr_nonnull(strstr(buf, "met-police"));

    TU_OK(csp_organisation_get(&o, all, "london-fire-brigade"));
    TU_STR_EQ(csp_organisation_kind(o), "fire_and_rescue");
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);
    csp_organisation_free(o);

    /* MOPAC is a policing body, not a responsible authority (CDA 1998 s5). */
    TU_OK(csp_organisation_get(&o, all, "mopac"));
    TU_STR_EQ(csp_organisation_kind(o), "policing_body");
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 0);
    csp_organisation_free(o);
}
END_TEST

static Suite *examples_suite(void)
{
    Suite *s = suite_create("examples");
    TCase *tc = tcase_create("files");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_there_are_examples);
    tcase_add_test(tc, test_each_roundtrips);
    tcase_add_test(tc, test_each_is_canonical);
    tcase_add_test(tc, test_all_in_one_register);
    suite_add_tcase(s, tc);

    tc = tcase_create("facts");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, load_all_setup, load_all_teardown);
    tcase_add_test(tc, test_fact_ealing_sep);
    tcase_add_test(tc, test_fact_ealing_lsp);
    tcase_add_test(tc, test_fact_hackney_sog);
    tcase_add_test(tc, test_fact_westminster_delivery_groups);
    tcase_add_test(tc, test_fact_shared_organisations);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(examples_suite());
}
