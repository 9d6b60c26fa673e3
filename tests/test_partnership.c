/*
 * test_partnership.c: partnerships through the C API.
 */
#include "testutil.h"

static csp_register *reg;

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
}

START_TEST(test_new_defaults)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "ealing-sep"));
    TU_STR_EQ(csp_partnership_id(p), "ealing-sep");
    TU_STR_EQ(csp_partnership_name(p), NULL);
    TU_STR_EQ(csp_partnership_short_name(p), NULL);
    TU_STR_EQ(csp_partnership_kind(p), NULL);
    TU_STR_EQ(csp_partnership_area(p), NULL);
    TU_STR_EQ(csp_partnership_area_code(p), NULL);
    TU_STR_EQ(csp_partnership_parent(p), NULL);
    TU_STR_EQ(csp_partnership_accountable_to(p), NULL);
    TU_STR_EQ(csp_partnership_formed_on(p), NULL);
    TU_STR_EQ(csp_partnership_statutory_basis(p), NULL);
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 0);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 0);
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 0);
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 0);
    ck_assert_ptr_null(csp_partnership_works_with(p, 0));
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 0);
    ck_assert_ptr_null(csp_partnership_former_names(p, 0));
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_new_bad_id)
{
    csp_partnership *p = NULL;
    TU_CODE(csp_partnership_new(&p, ""), CSP_EINVALID);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_text_setters)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "sep"));
    TU_OK(csp_partnership_set_name(p, "Safer Ealing Partnership"));
    TU_STR_EQ(csp_partnership_name(p), "Safer Ealing Partnership");
    TU_OK(csp_partnership_set_short_name(p, "SEP"));
    TU_STR_EQ(csp_partnership_short_name(p), "SEP");
    TU_OK(csp_partnership_set_short_name(p, NULL));
    TU_STR_EQ(csp_partnership_short_name(p), NULL);
    TU_OK(csp_partnership_set_area(p, "Ealing"));
    TU_STR_EQ(csp_partnership_area(p), "Ealing");
    TU_OK(csp_partnership_set_area(p, NULL));
    TU_STR_EQ(csp_partnership_area(p), NULL);
    TU_OK(csp_partnership_set_statutory_basis(p, "Crime and Disorder Act 1998 ss5-7"));
    TU_STR_EQ(csp_partnership_statutory_basis(p), "Crime and Disorder Act 1998 ss5-7");
    TU_OK(csp_partnership_set_statutory_basis(p, NULL));
    TU_STR_EQ(csp_partnership_statutory_basis(p), NULL);
    TU_OK(csp_partnership_set_parent(p, "lsp"));
    TU_STR_EQ(csp_partnership_parent(p), "lsp");
    TU_OK(csp_partnership_set_parent(p, NULL));
    TU_STR_EQ(csp_partnership_parent(p), NULL);
    TU_OK(csp_partnership_set_accountable_to(p, "lsp"));
    TU_STR_EQ(csp_partnership_accountable_to(p), "lsp");
    TU_OK(csp_partnership_set_accountable_to(p, NULL));
    TU_STR_EQ(csp_partnership_accountable_to(p), NULL);
    TU_OK(csp_partnership_set_ad_hoc_meetings(p, 1));
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 1);
    TU_OK(csp_partnership_set_ad_hoc_meetings(p, 0));
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 0);
    TU_OK(csp_partnership_set_ad_hoc_meetings(p, 9));
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 1);
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_kind)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "sep"));
    /* "police" is an organisation kind, not a partnership kind. */
    TU_ENUM_FIELD(partnership, p, kind, 9, "community_safety_partnership", "csp", "police", "");
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_area_code)
{
    csp_partnership *p = NULL;
    static const char *const bad[] = {
        "e09000009", "E0900000", "E090000091", "EE9000009", "", "E09 00009", "909000009",
        "E0900000a", " E09000009", "E09000009 ", "\xc3\x88" "9000009",
    };
    size_t i;
    TU_OK(csp_partnership_new(&p, "sep"));
    TU_OK(csp_partnership_set_area_code(p, "E09000009"));
    TU_STR_EQ(csp_partnership_area_code(p), "E09000009");
    TU_OK(csp_partnership_set_area_code(p, "W06000015"));
    TU_STR_EQ(csp_partnership_area_code(p), "W06000015");
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int rc = csp_partnership_set_area_code(p, bad[i]);
        ck_assert_msg(rc == CSP_EINVALID, "area_code \"%s\": expected CSP_EINVALID, got %s", bad[i],
                      csp_code_name(rc));
        TU_STR_EQ(csp_partnership_area_code(p), "W06000015");
    }
    TU_OK(csp_partnership_set_area_code(p, NULL));
    TU_STR_EQ(csp_partnership_area_code(p), NULL);
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_formed_on)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "sep"));
    TU_OK(csp_partnership_set_formed_on(p, "2002-01"));
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01"); /* never padded */
    TU_CODE(csp_partnership_set_formed_on(p, "2023-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01");
    TU_CODE(csp_partnership_set_formed_on(p, "January 2002"), CSP_EDATE);
    TU_CODE(csp_partnership_set_formed_on(p, "2002-1"), CSP_EDATE);
    TU_CODE(csp_partnership_set_formed_on(p, ""), CSP_EDATE);
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01");
    TU_OK(csp_partnership_set_formed_on(p, "2002"));
    TU_STR_EQ(csp_partnership_formed_on(p), "2002");
    TU_OK(csp_partnership_set_formed_on(p, "2024-02-29"));
    TU_STR_EQ(csp_partnership_formed_on(p), "2024-02-29");
    TU_OK(csp_partnership_set_formed_on(p, NULL));
    TU_STR_EQ(csp_partnership_formed_on(p), NULL);
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_int_ranges)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "sep"));
    TU_OK(csp_partnership_set_meetings_per_year(p, 4));
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 4);
    TU_OK(csp_partnership_set_meetings_per_year(p, 1));
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 1);
    TU_OK(csp_partnership_set_meetings_per_year(p, 366));
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 366);
    TU_CODE(csp_partnership_set_meetings_per_year(p, 367), CSP_EINVALID);
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 366);
    TU_CODE(csp_partnership_set_meetings_per_year(p, -1), CSP_EINVALID);
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 366);
    TU_OK(csp_partnership_set_meetings_per_year(p, 0));
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 0);

    TU_OK(csp_partnership_set_minutes_per_meeting(p, 120));
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 120);
    TU_OK(csp_partnership_set_minutes_per_meeting(p, 1440));
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 1440);
    TU_OK(csp_partnership_set_minutes_per_meeting(p, 1));
    TU_CODE(csp_partnership_set_minutes_per_meeting(p, 1441), CSP_EINVALID);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 1);
    TU_CODE(csp_partnership_set_minutes_per_meeting(p, -60), CSP_EINVALID);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 1);
    TU_OK(csp_partnership_set_minutes_per_meeting(p, 0));
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 0);
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_lists)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, "sep"));
    TU_OK(csp_partnership_add_works_with(p, "zeta"));
    TU_OK(csp_partnership_add_works_with(p, "alpha"));
    TU_OK(csp_partnership_add_works_with(p, "mid"));
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 3);
    TU_STR_EQ(csp_partnership_works_with(p, 0), "zeta");
    TU_STR_EQ(csp_partnership_works_with(p, 1), "alpha");
    TU_STR_EQ(csp_partnership_works_with(p, 2), "mid");
    TU_STR_EQ(csp_partnership_works_with(p, 3), NULL);
    TU_STR_EQ(csp_partnership_works_with(p, (size_t)-1), NULL);
    TU_CODE(csp_partnership_add_works_with(p, ""), CSP_EINVALID);
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 3);
    TU_OK(csp_partnership_clear_works_with(p));
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 0);
    TU_STR_EQ(csp_partnership_works_with(p, 0), NULL);
    TU_OK(csp_partnership_clear_works_with(p));

    TU_OK(csp_partnership_add_former_names(p, "Safer Cleaner Partnership"));
    TU_OK(csp_partnership_add_former_names(p, "Another Name, Later"));
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 2);
    TU_STR_EQ(csp_partnership_former_names(p, 0), "Safer Cleaner Partnership");
    TU_STR_EQ(csp_partnership_former_names(p, 1), "Another Name, Later");
    TU_STR_EQ(csp_partnership_former_names(p, 2), NULL);
    TU_CODE(csp_partnership_add_former_names(p, ""), CSP_EINVALID);
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 2);
    TU_OK(csp_partnership_clear_former_names(p));
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 0);
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_put_get_full)
{
    csp_partnership *p = NULL, *g = NULL;
    tu_put_partnership(reg, "lsp", "local_strategic_partnership", NULL);
    tu_put_partnership(reg, "wider-csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "ealing-lsp", "local_strategic_partnership", NULL);
    tu_put_partnership(reg, "a-board", "board", NULL);

    TU_OK(csp_partnership_new(&p, "ealing-sep"));
    TU_OK(csp_partnership_set_name(p, "Safer Ealing Partnership"));
    TU_OK(csp_partnership_set_short_name(p, "SEP"));
    TU_OK(csp_partnership_set_kind(p, "community_safety_partnership"));
    TU_OK(csp_partnership_set_area(p, "Ealing"));
    TU_OK(csp_partnership_set_area_code(p, "E09000009"));
    TU_OK(csp_partnership_set_parent(p, "lsp"));
    TU_OK(csp_partnership_set_accountable_to(p, "wider-csp"));
    /* Not in id order: the order given is kept. */
    TU_OK(csp_partnership_add_works_with(p, "ealing-lsp"));
    TU_OK(csp_partnership_add_works_with(p, "a-board"));
    TU_OK(csp_partnership_set_formed_on(p, "2002-01"));
    TU_OK(csp_partnership_add_former_names(p, "safer cleaner partnership"));
    TU_OK(csp_partnership_add_former_names(p, "Ealing Community Safety Partnership"));
    TU_OK(csp_partnership_set_statutory_basis(p, "Crime and Disorder Act 1998 ss5-7"));
    TU_OK(csp_partnership_set_meetings_per_year(p, 4));
    TU_OK(csp_partnership_set_minutes_per_meeting(p, 120));
    TU_OK(csp_partnership_set_ad_hoc_meetings(p, 1));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);

    TU_OK(csp_partnership_get(&g, reg, "ealing-sep"));
    TU_STR_EQ(csp_partnership_id(g), "ealing-sep");
    TU_STR_EQ(csp_partnership_name(g), "Safer Ealing Partnership");
    TU_STR_EQ(csp_partnership_short_name(g), "SEP");
    TU_STR_EQ(csp_partnership_kind(g), "community_safety_partnership");
    TU_STR_EQ(csp_partnership_area(g), "Ealing");
    TU_STR_EQ(csp_partnership_area_code(g), "E09000009");
    TU_STR_EQ(csp_partnership_parent(g), "lsp");
    TU_STR_EQ(csp_partnership_accountable_to(g), "wider-csp");
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 2);
    TU_STR_EQ(csp_partnership_works_with(g, 0), "ealing-lsp");
    TU_STR_EQ(csp_partnership_works_with(g, 1), "a-board");
    TU_STR_EQ(csp_partnership_formed_on(g), "2002-01");
    ck_assert_uint_eq(csp_partnership_former_names_count(g), 2);
    TU_STR_EQ(csp_partnership_former_names(g, 0), "safer cleaner partnership");
    TU_STR_EQ(csp_partnership_former_names(g, 1), "Ealing Community Safety Partnership");
    TU_STR_EQ(csp_partnership_statutory_basis(g), "Crime and Disorder Act 1998 ss5-7");
    ck_assert_int_eq(csp_partnership_meetings_per_year(g), 4);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(g), 120);
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(g), 1);
    csp_partnership_free(g);
}
END_TEST

START_TEST(test_get_not_found)
{
    csp_partnership *p = NULL;
    TU_CODE(csp_partnership_get(&p, reg, "none"), CSP_ENOTFOUND);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_put_required)
{
    csp_partnership *p = NULL;
    tu_counts before, after;
    tu_put_partnership(reg, "existing", "board", NULL);
    before = tu_count_all(reg);
    TU_OK(csp_partnership_new(&p, "x"));
    TU_CODE(csp_partnership_put(reg, p), CSP_EREQUIRED);
    TU_OK(csp_partnership_set_name(p, "X"));
    TU_CODE(csp_partnership_put(reg, p), CSP_EREQUIRED);
    csp_partnership_free(p);
    TU_OK(csp_partnership_new(&p, "y"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_CODE(csp_partnership_put(reg, p), CSP_EREQUIRED);
    csp_partnership_free(p);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
}
END_TEST

static void check_dangling(void (*configure)(csp_partnership *), const char *missing)
{
    csp_partnership *p = NULL;
    tu_counts before, after;
    char *eb, *ea;
    before = tu_count_all(reg);
    eb = tu_export(reg, 0);
    TU_OK(csp_partnership_new(&p, "new-one"));
    TU_OK(csp_partnership_set_name(p, "New"));
    TU_OK(csp_partnership_set_kind(p, "delivery_group"));
    configure(p);
    TU_CODE(csp_partnership_put(reg, p), CSP_EREFERENCE);
    ck_assert_msg(strstr(csp_error_last()->message, missing) != NULL,
                  "message should name \"%s\": %s", missing, csp_error_last()->message);
    csp_partnership_free(p);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    ea = tu_export(reg, 0);
    TU_SAME_EXPORT(eb, ea);
    csp_free(eb);
    csp_free(ea);
}

static void dangling_parent(csp_partnership *p)
{
    TU_OK(csp_partnership_set_parent(p, "ghost-parent"));
}

static void dangling_accountable(csp_partnership *p)
{
    TU_OK(csp_partnership_set_accountable_to(p, "ghost-board"));
}

static void dangling_works_with(csp_partnership *p)
{
    TU_OK(csp_partnership_add_works_with(p, "real"));
    TU_OK(csp_partnership_add_works_with(p, "ghost-friend"));
}

START_TEST(test_put_dangling)
{
    tu_put_partnership(reg, "real", "board", NULL);
    check_dangling(dangling_parent, "ghost-parent");
    check_dangling(dangling_accountable, "ghost-board");
    check_dangling(dangling_works_with, "ghost-friend");
}
END_TEST

START_TEST(test_put_dangling_replace)
{
    /* A failed replace leaves the old record in place. */
    csp_partnership *p = NULL, *g = NULL;
    tu_put_partnership(reg, "real", "board", NULL);
    TU_OK(csp_partnership_get(&p, reg, "real"));
    TU_OK(csp_partnership_set_name(p, "Changed"));
    TU_OK(csp_partnership_add_works_with(p, "ghost"));
    TU_CODE(csp_partnership_put(reg, p), CSP_EREFERENCE);
    csp_partnership_free(p);
    TU_OK(csp_partnership_get(&g, reg, "real"));
    TU_STR_EQ(csp_partnership_name(g), "real");
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 0);
    csp_partnership_free(g);
}
END_TEST

START_TEST(test_reference_existing)
{
    /* A parent already in the register is a good reference. */
    csp_partnership *p = NULL;
    tu_put_partnership(reg, "other", "board", NULL);
    TU_OK(csp_partnership_new(&p, "child"));
    TU_OK(csp_partnership_set_name(p, "Child"));
    TU_OK(csp_partnership_set_kind(p, "task_group"));
    TU_OK(csp_partnership_set_parent(p, "other"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    ck_assert_uint_eq(tu_partnership_count(reg), 2);
}
END_TEST

/* A partnership set to name b through field (parent or accountable_to). */
static int put_pointing(const char *id, int field, const char *to)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, id));
    TU_OK(csp_partnership_set_name(p, id));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_record_set_text((csp_record *)p, field, to));
    int rc = csp_partnership_put(reg, p);
    csp_partnership_free(p);
    return rc;
}

START_TEST(test_no_cycles)
{
    static const int fields[] = {CSP_PARTNERSHIP_PARENT, CSP_PARTNERSHIP_ACCOUNTABLE_TO};
    for (size_t k = 0; k < 2; k++) {
        int f = fields[k];
        const char *fname = csp_schema_field_name(CSP_ENTITY_PARTNERSHIP, f);
        char *before = tu_export(reg, 0);
        /* Itself: refused as the record is checked. */
        TU_CODE(put_pointing("self", f, "self"), CSP_ECONSTRAINT);
        TU_PATH(fname);
        ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "names the partnership itself"));
        /* A chain is fine; closing it into a cycle of two, or three, is not. */
        tu_put_partnership(reg, "a", "board", NULL);
        TU_OK(put_pointing("b", f, "a"));
        TU_OK(put_pointing("c", f, "b"));
        TU_CODE(put_pointing("a", f, "b"), CSP_ECONSTRAINT);
        ck_assert_msg(strstr(csp_error_last()->message, "leads back to it: a -> b -> a (a cycle)") != NULL, "%s",
                      csp_error_last()->message);
        TU_CODE(put_pointing("a", f, "c"), CSP_ECONSTRAINT);
        ck_assert_msg(strstr(csp_error_last()->message, "a -> c -> b -> a") != NULL, "%s",
                      csp_error_last()->message);
        /* Nothing of a refused put was kept: a still names nothing. */
        csp_partnership *a = NULL;
        TU_OK(csp_partnership_get(&a, reg, "a"));
        ck_assert_ptr_null(csp_record_text((csp_record *)a, f));
        csp_partnership_free(a);
        /* Cleared for the next field. */
        TU_OK(csp_partnership_delete(reg, "c"));
        TU_OK(csp_partnership_delete(reg, "b"));
        TU_OK(csp_partnership_delete(reg, "a"));
        char *after = tu_export(reg, 0);
        TU_SAME_EXPORT(before, after);
        csp_free(before);
        csp_free(after);
    }
    /* parent and accountable_to are separate relations: a is part of b, b
     * accountable to a (a resilience partnership that holds its CSP to account). */
    tu_put_partnership(reg, "a", "board", NULL);
    TU_OK(put_pointing("b", CSP_PARTNERSHIP_PARENT, "a"));
    TU_OK(put_pointing("a2", CSP_PARTNERSHIP_ACCOUNTABLE_TO, "b"));
}
END_TEST

START_TEST(test_works_with_not_itself)
{
    csp_partnership *p = NULL;
    tu_put_partnership(reg, "x", "board", NULL);
    TU_OK(csp_partnership_new(&p, "me"));
    TU_OK(csp_partnership_set_name(p, "Me"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_add_works_with(p, "x"));
    TU_OK(csp_partnership_add_works_with(p, "me"));
    TU_CODE(csp_partnership_put(reg, p), CSP_ECONSTRAINT);
    TU_PATH("works_with[1]");
    csp_partnership_free(p);
    /* Two partnerships that work with each other are no cycle to refuse. */
    TU_OK(csp_partnership_new(&p, "y"));
    TU_OK(csp_partnership_set_name(p, "Y"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_add_works_with(p, "x"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
}
END_TEST

START_TEST(test_import_cycles_refused)
{
    char *before = tu_export(reg, 0);
    /* A cycle made wholly inside one document (neither end exists before it). */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"partnerships\": ["
                           "{\"id\": \"p1\", \"name\": \"P1\", \"kind\": \"board\", \"parent\": \"p3\"},"
                           "{\"id\": \"p2\", \"name\": \"P2\", \"kind\": \"board\", \"parent\": \"p1\"},"
                           "{\"id\": \"p3\", \"name\": \"P3\", \"kind\": \"board\", \"parent\": \"p2\"}]}"),
            CSP_ECONSTRAINT);
    TU_PATH("partnerships[0].parent");
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "p1 -> p3 -> p2 -> p1"));
    /* Itself, in a document, at its place. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"partnerships\": ["
                           "{\"id\": \"q\", \"name\": \"Q\", \"kind\": \"board\", \"works_with\": [\"q\"]}]}"),
            CSP_ECONSTRAINT);
    TU_PATH("partnerships[0].works_with[0]");
    char *after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(before);
    csp_free(after);
}
END_TEST

START_TEST(test_put_replaces_lists)
{
    csp_partnership *p = NULL, *g = NULL;
    tu_put_partnership(reg, "a", "board", NULL);
    tu_put_partnership(reg, "b", "board", NULL);
    tu_put_partnership(reg, "c", "board", NULL);
    TU_OK(csp_partnership_new(&p, "x"));
    TU_OK(csp_partnership_set_name(p, "X"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_add_works_with(p, "c"));
    TU_OK(csp_partnership_add_works_with(p, "a"));
    TU_OK(csp_partnership_add_former_names(p, "Old X"));
    TU_OK(csp_partnership_add_former_names(p, "Older X"));
    TU_OK(csp_partnership_put(reg, p));

    TU_OK(csp_partnership_clear_works_with(p));
    TU_OK(csp_partnership_add_works_with(p, "b"));
    TU_OK(csp_partnership_clear_former_names(p));
    TU_OK(csp_partnership_set_meetings_per_year(p, 12));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);

    ck_assert_uint_eq(tu_partnership_count(reg), 4);
    TU_OK(csp_partnership_get(&g, reg, "x"));
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 1);
    TU_STR_EQ(csp_partnership_works_with(g, 0), "b");
    ck_assert_uint_eq(csp_partnership_former_names_count(g), 0);
    ck_assert_int_eq(csp_partnership_meetings_per_year(g), 12);
    csp_partnership_free(g);
}
END_TEST

START_TEST(test_delete)
{
    csp_partnership *p = NULL;
    tu_put_partnership(reg, "a", "board", NULL);
    TU_OK(csp_partnership_delete(reg, "a"));
    TU_CODE(csp_partnership_get(&p, reg, "a"), CSP_ENOTFOUND);
    TU_CODE(csp_partnership_delete(reg, "a"), CSP_ENOTFOUND);
    TU_CODE(csp_partnership_delete(reg, "never"), CSP_ENOTFOUND);
}
END_TEST

START_TEST(test_delete_with_members)
{
    tu_counts before, after;
    tu_put_org(reg, "org", "police");
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_membership(reg, "csp-seat", "csp", "org", NULL, "member");
    before = tu_count_all(reg);
    TU_CODE(csp_partnership_delete(reg, "csp"), CSP_EINUSE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "csp-seat"));
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
}
END_TEST

START_TEST(test_delete_with_children)
{
    tu_counts before, after;
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "victim-group", "delivery_group", "csp");
    before = tu_count_all(reg);
    TU_CODE(csp_partnership_delete(reg, "csp"), CSP_EINUSE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "victim-group"));
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    TU_OK(csp_partnership_delete(reg, "victim-group"));
    TU_OK(csp_partnership_delete(reg, "csp"));
}
END_TEST

START_TEST(test_delete_referenced)
{
    csp_partnership *p = NULL;
    tu_put_partnership(reg, "wider", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "friend", "local_strategic_partnership", NULL);
    TU_OK(csp_partnership_new(&p, "sog"));
    TU_OK(csp_partnership_set_name(p, "SOG"));
    TU_OK(csp_partnership_set_kind(p, "statutory_officer_group"));
    TU_OK(csp_partnership_set_accountable_to(p, "wider"));
    TU_OK(csp_partnership_add_works_with(p, "friend"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    TU_CODE(csp_partnership_delete(reg, "wider"), CSP_EINUSE);
    TU_CODE(csp_partnership_delete(reg, "friend"), CSP_EINUSE);
    ck_assert_uint_eq(tu_partnership_count(reg), 3);
    /* The referrer itself can go, and then the others. */
    TU_OK(csp_partnership_delete(reg, "sog"));
    TU_OK(csp_partnership_delete(reg, "wider"));
    TU_OK(csp_partnership_delete(reg, "friend"));
    ck_assert_uint_eq(tu_partnership_count(reg), 0);
}
END_TEST

START_TEST(test_put_keeps_dependents)
{
    /* Replacing a partnership keeps its seats, its children and what refers to it. */
    csp_partnership *p = NULL, *g = NULL;
    tu_counts before, after;
    tu_put_org(reg, "org", "police");
    tu_put_person(reg, "someone", 0);
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "child", "delivery_group", "csp");
    TU_OK(csp_partnership_new(&p, "friend"));
    TU_OK(csp_partnership_set_name(p, "Friend"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_set_accountable_to(p, "csp"));
    TU_OK(csp_partnership_add_works_with(p, "csp"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    tu_put_membership(reg, "csp-seat", "csp", "org", "someone", "chair");
    before = tu_count_all(reg);

    TU_OK(csp_partnership_get(&p, reg, "csp"));
    TU_OK(csp_partnership_set_name(p, "Renamed CSP"));
    TU_OK(csp_partnership_set_meetings_per_year(p, 6));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);

    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    TU_OK(csp_partnership_get(&g, reg, "child"));
    TU_STR_EQ(csp_partnership_parent(g), "csp");
    csp_partnership_free(g);
    TU_OK(csp_partnership_get(&g, reg, "friend"));
    TU_STR_EQ(csp_partnership_accountable_to(g), "csp");
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 1);
    csp_partnership_free(g);
    TU_OK(csp_partnership_get(&g, reg, "csp"));
    TU_STR_EQ(csp_partnership_name(g), "Renamed CSP");
    csp_partnership_free(g);
}
END_TEST

START_TEST(test_delete_removes_lists)
{
    /* A deleted partnership's own lists go with it; a new one with its id starts empty. */
    csp_partnership *p = NULL, *g = NULL;
    tu_put_partnership(reg, "other", "board", NULL);
    TU_OK(csp_partnership_new(&p, "gone"));
    TU_OK(csp_partnership_set_name(p, "Gone"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_add_works_with(p, "other"));
    TU_OK(csp_partnership_add_former_names(p, "Was Here"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    TU_OK(csp_partnership_delete(reg, "gone"));
    /* "other" is no longer referenced. */
    TU_OK(csp_partnership_delete(reg, "other"));
    tu_put_partnership(reg, "gone", "board", NULL);
    TU_OK(csp_partnership_get(&g, reg, "gone"));
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 0);
    ck_assert_uint_eq(csp_partnership_former_names_count(g), 0);
    csp_partnership_free(g);
}
END_TEST

static void put_p(const char *id, const char *kind, const char *area, const char *code,
                  const char *parent, const char *accountable)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, id));
    TU_OK(csp_partnership_set_name(p, id));
    TU_OK(csp_partnership_set_kind(p, kind));
    TU_OK(csp_partnership_set_area(p, area));
    TU_OK(csp_partnership_set_area_code(p, code));
    TU_OK(csp_partnership_set_parent(p, parent));
    TU_OK(csp_partnership_set_accountable_to(p, accountable));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
}

static void fill(void)
{
    put_p("westminster-swp", "community_safety_partnership", "Westminster", "E09000033", NULL, NULL);
    put_p("hackney-csp", "community_safety_partnership", "Hackney", "E09000012", NULL, NULL);
    put_p("hackney-sog", "statutory_officer_group", "Hackney", "E09000012", "hackney-csp",
          "hackney-csp");
    put_p("swp-victim", "delivery_group", "Westminster", NULL, "westminster-swp", NULL);
    put_p("swp-offender", "delivery_group", "Westminster", NULL, "westminster-swp",
          "hackney-csp");
    put_p("ealing-sep", "community_safety_partnership", "Ealing", "E09000009", NULL, NULL);
}

START_TEST(test_iterate)
{
    char buf[512];
    csp_partnership_filter f = CSP_PARTNERSHIP_FILTER_INIT;
    fill();
    ck_assert_uint_eq(tu_partnership_ids(buf, sizeof buf, reg, NULL), 6);
    TU_STR_EQ(buf, "ealing-sep,hackney-csp,hackney-sog,swp-offender,swp-victim,westminster-swp");
    ck_assert_uint_eq(tu_partnership_ids(buf, sizeof buf, reg, &f), 6);

    f.kind = "community_safety_partnership";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-sep,hackney-csp,westminster-swp");
    f.kind = "board";
    ck_assert_uint_eq(tu_partnership_ids(buf, sizeof buf, reg, &f), 0);
    f.kind = NULL;

    f.area = "Westminster";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "swp-offender,swp-victim,westminster-swp");
    f.area = NULL;

    f.area_code = "E09000012";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "hackney-csp,hackney-sog");
    f.area_code = NULL;

    f.parent = "westminster-swp";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "swp-offender,swp-victim");
    f.parent = NULL;

    f.accountable_to = "hackney-csp";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "hackney-sog,swp-offender");

    f.kind = "delivery_group";
    tu_partnership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "swp-offender");
}
END_TEST

START_TEST(test_iterate_bad_kind)
{
    csp_partnership_iterator *it = NULL;
    csp_partnership_filter f = CSP_PARTNERSHIP_FILTER_INIT;
    f.kind = "police";
    TU_CODE(csp_partnership_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

START_TEST(test_iterator_yields_lists)
{
    csp_partnership_iterator *it = NULL;
    csp_partnership *p = NULL, *g = NULL;
    tu_put_partnership(reg, "b", "board", NULL);
    TU_OK(csp_partnership_new(&p, "a"));
    TU_OK(csp_partnership_set_name(p, "A"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_OK(csp_partnership_add_works_with(p, "b"));
    TU_OK(csp_partnership_add_former_names(p, "Old A"));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    TU_OK(csp_partnership_iterator_new(&it, reg, NULL));
    TU_OK(csp_partnership_next(&g, it));
    TU_STR_EQ(csp_partnership_id(g), "a");
    ck_assert_uint_eq(csp_partnership_works_with_count(g), 1);
    TU_STR_EQ(csp_partnership_works_with(g, 0), "b");
    ck_assert_uint_eq(csp_partnership_former_names_count(g), 1);
    TU_STR_EQ(csp_partnership_former_names(g, 0), "Old A");
    csp_partnership_free(g);
    csp_partnership_iterator_free(it);
}
END_TEST

START_TEST(test_iterator_after_close)
{
    csp_register *r = tu_open_mem();
    csp_partnership_iterator *it = NULL;
    csp_partnership *p = NULL;
    tu_put_partnership(r, "a", "board", NULL);
    tu_put_partnership(r, "b", "board", NULL);
    TU_OK(csp_partnership_iterator_new(&it, r, NULL));
    TU_OK(csp_partnership_next(&p, it));
    csp_partnership_free(p);
    p = NULL;
    csp_register_close(r);
    TU_CODE(csp_partnership_next(&p, it), CSP_EARG);
    ck_assert_ptr_null(p);
    csp_partnership_iterator_free(it);
}
END_TEST

static Suite *partnership_suite(void)
{
    Suite *s = suite_create("partnership");
    TCase *tc = tcase_create("object");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_defaults);
    tcase_add_test(tc, test_new_bad_id);
    tcase_add_test(tc, test_text_setters);
    tcase_add_test(tc, test_kind);
    tcase_add_test(tc, test_area_code);
    tcase_add_test(tc, test_formed_on);
    tcase_add_test(tc, test_int_ranges);
    tcase_add_test(tc, test_lists);
    suite_add_tcase(s, tc);

    tc = tcase_create("store");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_put_get_full);
    tcase_add_test(tc, test_get_not_found);
    tcase_add_test(tc, test_put_required);
    tcase_add_test(tc, test_put_dangling);
    tcase_add_test(tc, test_put_dangling_replace);
    tcase_add_test(tc, test_reference_existing);
    tcase_add_test(tc, test_no_cycles);
    tcase_add_test(tc, test_works_with_not_itself);
    tcase_add_test(tc, test_import_cycles_refused);
    tcase_add_test(tc, test_put_replaces_lists);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_delete_with_members);
    tcase_add_test(tc, test_delete_with_children);
    tcase_add_test(tc, test_delete_referenced);
    tcase_add_test(tc, test_put_keeps_dependents);
    tcase_add_test(tc, test_delete_removes_lists);
    suite_add_tcase(s, tc);

    tc = tcase_create("iterate");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_iterate);
    tcase_add_test(tc, test_iterate_bad_kind);
    tcase_add_test(tc, test_iterator_yields_lists);
    tcase_add_test(tc, test_iterator_after_close);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(partnership_suite());
}
