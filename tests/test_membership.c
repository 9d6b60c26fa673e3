/*
 * test_membership.c: memberships (seats) through the C API.
 */
#include "testutil.h"

static csp_register *reg;

/* A small register: two partnerships, three organisations, two people. */
static void setup(void)
{
    reg = tu_open_mem();
    tu_put_org(reg, "council", "local_authority");
    tu_put_org(reg, "police", "police");
    tu_put_org(reg, "contractor", "business");
    tu_put_person(reg, "alice", 0);
    tu_put_person(reg, "bob", 1);
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "sog", "statutory_officer_group", "csp");
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
}

static csp_membership *seat(const char *id, const char *partnership, const char *org,
                            const char *role)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, id));
    if (partnership)
        TU_OK(csp_membership_set_partnership(m, partnership));
    if (org)
        TU_OK(csp_membership_set_organisation(m, org));
    if (role)
        TU_OK(csp_membership_set_role(m, role));
    return m;
}

START_TEST(test_new_defaults)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, "csp-chair"));
    TU_STR_EQ(csp_membership_id(m), "csp-chair");
    TU_STR_EQ(csp_membership_partnership(m), NULL);
    TU_STR_EQ(csp_membership_organisation(m), NULL);
    TU_STR_EQ(csp_membership_person(m), NULL);
    TU_STR_EQ(csp_membership_role(m), NULL);
    TU_STR_EQ(csp_membership_post(m), NULL);
    TU_STR_EQ(csp_membership_on_behalf_of(m), NULL);
    TU_STR_EQ(csp_membership_start_date(m), NULL);
    TU_STR_EQ(csp_membership_end_date(m), NULL);
    csp_membership_free(m);
    TU_CODE(csp_membership_new(&m, ""), CSP_EINVALID);
    ck_assert_ptr_null(m);
}
END_TEST

START_TEST(test_setters)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, "s"));
    TU_OK(csp_membership_set_partnership(m, "csp"));
    TU_STR_EQ(csp_membership_partnership(m), "csp");
    TU_OK(csp_membership_set_organisation(m, "police"));
    TU_STR_EQ(csp_membership_organisation(m), "police");
    TU_OK(csp_membership_set_person(m, "alice"));
    TU_STR_EQ(csp_membership_person(m), "alice");
    TU_OK(csp_membership_set_person(m, NULL));
    TU_STR_EQ(csp_membership_person(m), NULL);
    TU_OK(csp_membership_set_post(m, "police west area BCU commander"));
    TU_STR_EQ(csp_membership_post(m), "police west area BCU commander");
    TU_OK(csp_membership_set_post(m, NULL));
    TU_STR_EQ(csp_membership_post(m), NULL);
    TU_OK(csp_membership_set_on_behalf_of(m, "council"));
    TU_STR_EQ(csp_membership_on_behalf_of(m), "council");
    TU_OK(csp_membership_set_on_behalf_of(m, NULL));
    TU_STR_EQ(csp_membership_on_behalf_of(m), NULL);
    TU_OK(csp_membership_set_start_date(m, "2020"));
    TU_STR_EQ(csp_membership_start_date(m), "2020");
    TU_OK(csp_membership_set_start_date(m, NULL));
    TU_STR_EQ(csp_membership_start_date(m), NULL);
    TU_OK(csp_membership_set_end_date(m, "2023-03-31"));
    TU_STR_EQ(csp_membership_end_date(m), "2023-03-31");
    TU_OK(csp_membership_set_end_date(m, NULL));
    TU_STR_EQ(csp_membership_end_date(m), NULL);
    csp_membership_free(m);
}
END_TEST

START_TEST(test_roles)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, "s"));
    TU_ENUM_FIELD(membership, m, role, 7, "chair", "chiar", "Chair", "vice-chair", "");
    csp_membership_free(m);
}
END_TEST

START_TEST(test_dates)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, "s"));
    TU_OK(csp_membership_set_start_date(m, "2020-03"));
    TU_CODE(csp_membership_set_start_date(m, "2023-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_membership_start_date(m), "2020-03");
    TU_CODE(csp_membership_set_start_date(m, "2020-13"), CSP_EDATE);
    TU_CODE(csp_membership_set_start_date(m, "03/2020"), CSP_EDATE);
    TU_STR_EQ(csp_membership_start_date(m), "2020-03");
    TU_OK(csp_membership_set_end_date(m, "2023"));
    TU_CODE(csp_membership_set_end_date(m, "2023-02-29"), CSP_EDATE);
    TU_CODE(csp_membership_set_end_date(m, ""), CSP_EDATE);
    TU_STR_EQ(csp_membership_end_date(m), "2023");
    csp_membership_free(m);
}
END_TEST

START_TEST(test_put_get)
{
    csp_membership *m = seat("csp-police", "csp", "police", "member"), *g = NULL;
    TU_OK(csp_membership_set_person(m, "alice"));
    TU_OK(csp_membership_set_post(m, "police west area BCU commander"));
    TU_OK(csp_membership_set_on_behalf_of(m, "council"));
    TU_OK(csp_membership_set_start_date(m, "2020"));
    TU_OK(csp_membership_set_end_date(m, "2023-03-31"));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
    TU_OK(csp_membership_get(&g, reg, "csp-police"));
    TU_STR_EQ(csp_membership_id(g), "csp-police");
    TU_STR_EQ(csp_membership_partnership(g), "csp");
    TU_STR_EQ(csp_membership_organisation(g), "police");
    TU_STR_EQ(csp_membership_person(g), "alice");
    TU_STR_EQ(csp_membership_role(g), "member");
    TU_STR_EQ(csp_membership_post(g), "police west area BCU commander");
    TU_STR_EQ(csp_membership_on_behalf_of(g), "council");
    TU_STR_EQ(csp_membership_start_date(g), "2020");
    TU_STR_EQ(csp_membership_end_date(g), "2023-03-31");
    csp_membership_free(g);
}
END_TEST

START_TEST(test_get_not_found)
{
    csp_membership *m = NULL;
    TU_CODE(csp_membership_get(&m, reg, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(m);
}
END_TEST

START_TEST(test_put_required)
{
    csp_membership *m;
    tu_counts before = tu_count_all(reg), after;
    m = seat("s1", NULL, "police", "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREQUIRED);
    csp_membership_free(m);
    m = seat("s2", "csp", NULL, "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREQUIRED);
    csp_membership_free(m);
    m = seat("s3", "csp", "police", NULL);
    TU_CODE(csp_membership_put(reg, m), CSP_EREQUIRED);
    csp_membership_free(m);
    m = seat("s4", NULL, NULL, NULL);
    TU_CODE(csp_membership_put(reg, m), CSP_EREQUIRED);
    csp_membership_free(m);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
}
END_TEST

START_TEST(test_put_dangling)
{
    csp_membership *m;
    tu_counts before = tu_count_all(reg), after;
    char *eb = tu_export(reg, 0), *ea;

    m = seat("s", "ghost-partnership", "police", "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "ghost-partnership"));
    csp_membership_free(m);

    m = seat("s", "csp", "ghost-org", "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "ghost-org"));
    csp_membership_free(m);

    m = seat("s", "csp", "police", "member");
    TU_OK(csp_membership_set_person(m, "ghost-person"));
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "ghost-person"));
    csp_membership_free(m);

    m = seat("s", "csp", "police", "member");
    TU_OK(csp_membership_set_on_behalf_of(m, "ghost-principal"));
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "ghost-principal"));
    csp_membership_free(m);

    /* Ids of other kinds do not count: "alice" is a person, not an organisation. */
    m = seat("s", "csp", "alice", "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    csp_membership_free(m);
    m = seat("s", "police", "police", "member");
    TU_CODE(csp_membership_put(reg, m), CSP_EREFERENCE);
    csp_membership_free(m);

    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    ea = tu_export(reg, 0);
    TU_SAME_EXPORT(eb, ea);
    csp_free(eb);
    csp_free(ea);
}
END_TEST

START_TEST(test_end_before_start)
{
    csp_membership *m = seat("s", "csp", "police", "member");
    tu_counts before = tu_count_all(reg), after;
    TU_OK(csp_membership_set_start_date(m, "2021-05-01"));
    TU_OK(csp_membership_set_end_date(m, "2020-12-31"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_OK(csp_membership_set_start_date(m, "2021-05"));
    TU_OK(csp_membership_set_end_date(m, "2020"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_OK(csp_membership_set_start_date(m, "2022"));
    TU_OK(csp_membership_set_end_date(m, "2021-12-31"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);

    /* A one-day seat, and an open-ended one, are fine. */
    TU_OK(csp_membership_set_start_date(m, "2021-05-01"));
    TU_OK(csp_membership_set_end_date(m, "2021-05-01"));
    TU_OK(csp_membership_put(reg, m));
    TU_OK(csp_membership_set_end_date(m, NULL));
    TU_OK(csp_membership_put(reg, m));
    TU_OK(csp_membership_set_start_date(m, NULL));
    TU_OK(csp_membership_set_end_date(m, "2019"));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
    ck_assert_uint_eq(tu_membership_count(reg), 1);
}
END_TEST

START_TEST(test_put_replaces)
{
    csp_membership *m = seat("s", "csp", "police", "member"), *g = NULL;
    TU_OK(csp_membership_set_person(m, "alice"));
    TU_OK(csp_membership_set_post(m, "commander"));
    TU_OK(csp_membership_put(reg, m));
    TU_OK(csp_membership_set_role(m, "chair"));
    TU_OK(csp_membership_set_person(m, NULL));
    TU_OK(csp_membership_set_partnership(m, "sog"));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
    ck_assert_uint_eq(tu_membership_count(reg), 1);
    TU_OK(csp_membership_get(&g, reg, "s"));
    TU_STR_EQ(csp_membership_role(g), "chair");
    TU_STR_EQ(csp_membership_person(g), NULL);
    TU_STR_EQ(csp_membership_partnership(g), "sog");
    TU_STR_EQ(csp_membership_post(g), "commander");
    csp_membership_free(g);
}
END_TEST

START_TEST(test_delete)
{
    csp_membership *m = NULL;
    tu_put_membership(reg, "s", "csp", "police", NULL, "member");
    TU_OK(csp_membership_delete(reg, "s"));
    TU_CODE(csp_membership_get(&m, reg, "s"), CSP_ENOTFOUND);
    TU_CODE(csp_membership_delete(reg, "s"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_membership_count(reg), 0);
    /* The organisation and partnership are unaffected. */
    ck_assert_uint_eq(tu_organisation_count(reg), 3);
    ck_assert_uint_eq(tu_partnership_count(reg), 2);
}
END_TEST

START_TEST(test_delete_holders_in_use)
{
    tu_counts before, after;
    tu_put_membership(reg, "s", "sog", "police", "alice", "member");
    before = tu_count_all(reg);
    TU_CODE(csp_organisation_delete(reg, "police"), CSP_EINUSE);
    TU_CODE(csp_person_delete(reg, "alice"), CSP_EINUSE);
    TU_CODE(csp_partnership_delete(reg, "sog"), CSP_EINUSE);
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
}
END_TEST

static void fill(void)
{
    tu_put_membership(reg, "sog-police", "sog", "police", "alice", "member");
    tu_put_membership(reg, "csp-chair", "csp", "council", "alice", "chair");
    tu_put_membership(reg, "csp-police", "csp", "police", "bob", "member");
    tu_put_membership(reg, "csp-secretariat", "csp", "council", NULL, "secretariat");
    tu_put_membership(reg, "sog-chair", "sog", "council", "bob", "chair");
    tu_put_membership(reg, "csp-contractor", "csp", "contractor", NULL, "observer");
}

START_TEST(test_iterate)
{
    char buf[512];
    csp_membership_filter f = CSP_MEMBERSHIP_FILTER_INIT;
    fill();
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, reg, NULL), 6);
    TU_STR_EQ(buf, "csp-chair,csp-contractor,csp-police,csp-secretariat,sog-chair,sog-police");
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, reg, &f), 6);

    f.partnership = "sog";
    tu_membership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sog-chair,sog-police");
    f.partnership = NULL;

    f.organisation = "council";
    tu_membership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "csp-chair,csp-secretariat,sog-chair");
    f.organisation = NULL;

    f.person = "alice";
    tu_membership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "csp-chair,sog-police");
    f.person = NULL;

    f.role = "chair";
    tu_membership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "csp-chair,sog-chair");
    f.role = "champion";
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, reg, &f), 0);

    f.role = "member";
    f.partnership = "csp";
    tu_membership_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "csp-police");
    f.person = "alice";
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, reg, &f), 0);

    f.role = NULL;
    f.partnership = NULL;
    f.person = "nobody-at-all";
    ck_assert_uint_eq(tu_membership_ids(buf, sizeof buf, reg, &f), 0);
}
END_TEST

START_TEST(test_iterate_bad_role)
{
    csp_membership_iterator *it = NULL;
    csp_membership_filter f = CSP_MEMBERSHIP_FILTER_INIT;
    f.role = "chiar";
    TU_CODE(csp_membership_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

START_TEST(test_iterator_after_close)
{
    csp_register *r = tu_open_mem();
    csp_membership_iterator *it = NULL;
    csp_membership *m = NULL;
    tu_put_org(r, "o", "police");
    tu_put_partnership(r, "p", "board", NULL);
    tu_put_membership(r, "m1", "p", "o", NULL, "member");
    tu_put_membership(r, "m2", "p", "o", NULL, "member");
    TU_OK(csp_membership_iterator_new(&it, r, NULL));
    TU_OK(csp_membership_next(&m, it));
    csp_membership_free(m);
    m = NULL;
    csp_register_close(r);
    TU_CODE(csp_membership_next(&m, it), CSP_EARG);
    ck_assert_ptr_null(m);
    csp_membership_iterator_free(it);
}
END_TEST

static Suite *membership_suite(void)
{
    Suite *s = suite_create("membership");
    TCase *tc = tcase_create("object");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_defaults);
    tcase_add_test(tc, test_setters);
    tcase_add_test(tc, test_roles);
    tcase_add_test(tc, test_dates);
    suite_add_tcase(s, tc);

    tc = tcase_create("store");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_put_get);
    tcase_add_test(tc, test_get_not_found);
    tcase_add_test(tc, test_put_required);
    tcase_add_test(tc, test_put_dangling);
    tcase_add_test(tc, test_end_before_start);
    tcase_add_test(tc, test_put_replaces);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_delete_holders_in_use);
    suite_add_tcase(s, tc);

    tc = tcase_create("iterate");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_iterate);
    tcase_add_test(tc, test_iterate_bad_role);
    tcase_add_test(tc, test_iterator_after_close);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(membership_suite());
}
