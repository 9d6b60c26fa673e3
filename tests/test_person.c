/*
 * test_person.c: people through the C API.
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
    csp_person *p = NULL;
    TU_OK(csp_person_new(&p, "jasbir-anand"));
    ck_assert_ptr_nonnull(p);
    TU_STR_EQ(csp_person_id(p), "jasbir-anand");
    TU_STR_EQ(csp_person_name(p), NULL);
    TU_STR_EQ(csp_person_honorific(p), NULL);
    ck_assert_int_eq(csp_person_private(p), 0);
    csp_person_free(p);
}
END_TEST

START_TEST(test_new_bad_id)
{
    csp_person *p = NULL;
    TU_CODE(csp_person_new(&p, ""), CSP_EINVALID);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_setters)
{
    csp_person *p = NULL;
    char buf[32];
    TU_OK(csp_person_new(&p, "jasbir-anand"));
    strcpy(buf, "Jasbir Anand");
    TU_OK(csp_person_set_name(p, buf));
    buf[0] = 'X';
    TU_STR_EQ(csp_person_name(p), "Jasbir Anand");
    TU_OK(csp_person_set_honorific(p, "Councillor"));
    TU_STR_EQ(csp_person_honorific(p), "Councillor");
    TU_OK(csp_person_set_honorific(p, NULL));
    TU_STR_EQ(csp_person_honorific(p), NULL);
    TU_OK(csp_person_set_private(p, 1));
    ck_assert_int_eq(csp_person_private(p), 1);
    TU_OK(csp_person_set_private(p, 0));
    ck_assert_int_eq(csp_person_private(p), 0);
    TU_OK(csp_person_set_private(p, 5));
    ck_assert_int_eq(csp_person_private(p), 1);
    csp_person_free(p);
}
END_TEST

START_TEST(test_put_get)
{
    csp_person *p = NULL, *g = NULL;
    TU_OK(csp_person_new(&p, "jasbir-anand"));
    TU_OK(csp_person_set_name(p, "Jasbir Anand"));
    TU_OK(csp_person_set_honorific(p, "Councillor"));
    TU_OK(csp_person_set_private(p, 1));
    TU_OK(csp_person_put(reg, p));
    csp_person_free(p);
    TU_OK(csp_person_get(&g, reg, "jasbir-anand"));
    TU_STR_EQ(csp_person_id(g), "jasbir-anand");
    TU_STR_EQ(csp_person_name(g), "Jasbir Anand");
    TU_STR_EQ(csp_person_honorific(g), "Councillor");
    ck_assert_int_eq(csp_person_private(g), 1);
    csp_person_free(g);
}
END_TEST

START_TEST(test_get_not_found)
{
    csp_person *p = NULL;
    TU_CODE(csp_person_get(&p, reg, "nobody"), CSP_ENOTFOUND);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(test_put_required)
{
    csp_person *p = NULL;
    tu_counts before, after;
    tu_put_person(reg, "existing", 0);
    before = tu_count_all(reg);
    TU_OK(csp_person_new(&p, "x"));
    TU_OK(csp_person_set_honorific(p, "Dr"));
    TU_CODE(csp_person_put(reg, p), CSP_EREQUIRED);
    csp_person_free(p);
    TU_OK(csp_person_new(&p, "existing"));
    TU_CODE(csp_person_put(reg, p), CSP_EREQUIRED);
    csp_person_free(p);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    TU_OK(csp_person_get(&p, reg, "existing"));
    TU_STR_EQ(csp_person_name(p), "existing");
    csp_person_free(p);
}
END_TEST

START_TEST(test_put_replaces)
{
    csp_person *p = NULL, *g = NULL;
    TU_OK(csp_person_new(&p, "a"));
    TU_OK(csp_person_set_name(p, "First"));
    TU_OK(csp_person_set_honorific(p, "Cllr"));
    TU_OK(csp_person_put(reg, p));
    TU_OK(csp_person_set_name(p, "Second"));
    TU_OK(csp_person_set_honorific(p, NULL));
    TU_OK(csp_person_set_private(p, 1));
    TU_OK(csp_person_put(reg, p));
    csp_person_free(p);
    ck_assert_uint_eq(tu_person_count(reg), 1);
    TU_OK(csp_person_get(&g, reg, "a"));
    TU_STR_EQ(csp_person_name(g), "Second");
    TU_STR_EQ(csp_person_honorific(g), NULL);
    ck_assert_int_eq(csp_person_private(g), 1);
    csp_person_free(g);
}
END_TEST

START_TEST(test_delete)
{
    csp_person *p = NULL;
    tu_put_person(reg, "a", 0);
    TU_OK(csp_person_delete(reg, "a"));
    TU_CODE(csp_person_get(&p, reg, "a"), CSP_ENOTFOUND);
    TU_CODE(csp_person_delete(reg, "a"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_person_count(reg), 0);
}
END_TEST

START_TEST(test_delete_in_use)
{
    tu_counts before, after;
    tu_put_org(reg, "council", "local_authority");
    tu_put_person(reg, "chair-person", 0);
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_membership(reg, "seat", "csp", "council", "chair-person", "chair");
    before = tu_count_all(reg);
    TU_CODE(csp_person_delete(reg, "chair-person"), CSP_EINUSE);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    TU_OK(csp_membership_delete(reg, "seat"));
    TU_OK(csp_person_delete(reg, "chair-person"));
}
END_TEST

START_TEST(test_put_keeps_seats)
{
    csp_person *p = NULL;
    tu_put_org(reg, "council", "local_authority");
    tu_put_person(reg, "chair-person", 0);
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_membership(reg, "seat", "csp", "council", "chair-person", "chair");
    TU_OK(csp_person_get(&p, reg, "chair-person"));
    TU_OK(csp_person_set_honorific(p, "Councillor"));
    TU_OK(csp_person_put(reg, p));
    csp_person_free(p);
    ck_assert_uint_eq(tu_membership_count(reg), 1);
}
END_TEST

START_TEST(test_iterate)
{
    char buf[256];
    csp_person_filter f = CSP_PERSON_FILTER_INIT;
    tu_put_person(reg, "zoe", 1);
    tu_put_person(reg, "adam", 0);
    tu_put_person(reg, "mia", 1);
    tu_put_person(reg, "bob", 0);
    ck_assert_uint_eq(tu_person_ids(buf, sizeof buf, reg, NULL), 4);
    TU_STR_EQ(buf, "adam,bob,mia,zoe");
    ck_assert_uint_eq(tu_person_ids(buf, sizeof buf, reg, &f), 4);
    f.is_private = 1;
    tu_person_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "mia,zoe");
    f.is_private = 0;
    tu_person_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "adam,bob");
}
END_TEST

START_TEST(test_iterator_after_close)
{
    csp_register *r = tu_open_mem();
    csp_person_iterator *it = NULL;
    csp_person *p = NULL;
    tu_put_person(r, "a", 0);
    tu_put_person(r, "b", 0);
    TU_OK(csp_person_iterator_new(&it, r, NULL));
    TU_OK(csp_person_next(&p, it));
    csp_person_free(p);
    p = NULL;
    csp_register_close(r);
    TU_CODE(csp_person_next(&p, it), CSP_EARG);
    ck_assert_ptr_null(p);
    csp_person_iterator_free(it);
}
END_TEST

static Suite *person_suite(void)
{
    Suite *s = suite_create("person");
    TCase *tc = tcase_create("person");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_defaults);
    tcase_add_test(tc, test_new_bad_id);
    tcase_add_test(tc, test_setters);
    tcase_add_test(tc, test_put_get);
    tcase_add_test(tc, test_get_not_found);
    tcase_add_test(tc, test_put_required);
    tcase_add_test(tc, test_put_replaces);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_delete_in_use);
    tcase_add_test(tc, test_put_keeps_seats);
    tcase_add_test(tc, test_iterate);
    tcase_add_test(tc, test_iterator_after_close);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(person_suite());
}
