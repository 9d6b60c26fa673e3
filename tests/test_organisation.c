/*
 * test_organisation.c: organisations through the C API.
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
    csp_organisation *o = NULL;
    TU_OK(csp_organisation_new(&o, "ealing-council"));
    ck_assert_ptr_nonnull(o);
    TU_STR_EQ(csp_organisation_id(o), "ealing-council");
    TU_STR_EQ(csp_organisation_name(o), NULL);
    TU_STR_EQ(csp_organisation_kind(o), NULL);
    TU_STR_EQ(csp_organisation_area(o), NULL);
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 0);
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 0);
    ck_assert_int_eq(csp_organisation_cooperating_body(o), 0);
    csp_organisation_free(o);
}
END_TEST

START_TEST(test_new_empty_id)
{
    csp_organisation *o = NULL;
    TU_CODE(csp_organisation_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
}
END_TEST

/*
 * An id outside the documented form (1-128 chars, first [A-Za-z0-9], rest
 * [A-Za-z0-9._:/-]) is refused with CSP_EINVALID, either by new or by put.
 */
static void check_bad_id(const char *id)
{
    csp_organisation *o = NULL;
    int rc = csp_organisation_new(&o, id);
    if (rc == CSP_OK) {
        TU_OK(csp_organisation_set_name(o, "Name"));
        TU_OK(csp_organisation_set_kind(o, "police"));
        rc = csp_organisation_put(reg, o);
        csp_organisation_free(o);
        o = NULL;
    }
    ck_assert_msg(rc == CSP_EINVALID, "id \"%s\": expected CSP_EINVALID from new or put, got %s",
                  id, csp_code_name(rc));
    ck_assert_ptr_null(o);
    ck_assert_uint_eq(tu_organisation_count(reg), 0);
}

START_TEST(test_bad_ids)
{
    char longid[200];
    check_bad_id("-starts-with-dash");
    check_bad_id(".dot");
    check_bad_id("has space");
    check_bad_id("semi;colon");
    check_bad_id("quote\"");
    check_bad_id("caf\xc3\xa9");
    memset(longid, 'a', 129);
    longid[129] = '\0';
    check_bad_id(longid);
}
END_TEST

START_TEST(test_good_ids)
{
    char longid[200];
    csp_organisation *o = NULL;
    memset(longid, 'b', 128);
    longid[128] = '\0';
    tu_put_org(reg, longid, "police");
    tu_put_org(reg, "A", "police");
    tu_put_org(reg, "9", "police");
    tu_put_org(reg, "x.y_z:w/v-u", "police");
    TU_OK(csp_organisation_get(&o, reg, longid));
    TU_STR_EQ(csp_organisation_id(o), longid);
    csp_organisation_free(o);
    ck_assert_uint_eq(tu_organisation_count(reg), 4);
}
END_TEST

START_TEST(test_setters)
{
    csp_organisation *o = NULL;
    char buf[32];
    TU_OK(csp_organisation_new(&o, "lfb"));

    strcpy(buf, "London Fire Brigade");
    TU_OK(csp_organisation_set_name(o, buf));
    strcpy(buf, "changed");
    TU_STR_EQ(csp_organisation_name(o), "London Fire Brigade"); /* copied */
    TU_OK(csp_organisation_set_name(o, "LFB"));
    TU_STR_EQ(csp_organisation_name(o), "LFB");

    TU_OK(csp_organisation_set_kind(o, "fire_and_rescue"));
    TU_STR_EQ(csp_organisation_kind(o), "fire_and_rescue");

    TU_OK(csp_organisation_set_area(o, "London"));
    TU_STR_EQ(csp_organisation_area(o), "London");
    TU_OK(csp_organisation_set_area(o, NULL));
    TU_STR_EQ(csp_organisation_area(o), NULL);
    TU_OK(csp_organisation_set_area(o, "London"));

    TU_OK(csp_organisation_set_responsible_authority(o, 1));
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);
    TU_OK(csp_organisation_set_responsible_authority(o, 0));
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 0);
    TU_OK(csp_organisation_set_responsible_authority(o, 42));
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);

    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, 1));
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 1);
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, -1));
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 1);
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, 0));
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 0);

    TU_OK(csp_organisation_set_cooperating_body(o, 1));
    ck_assert_int_eq(csp_organisation_cooperating_body(o), 1);
    TU_OK(csp_organisation_set_cooperating_body(o, 0));
    ck_assert_int_eq(csp_organisation_cooperating_body(o), 0);

    TU_STR_EQ(csp_organisation_id(o), "lfb");
    csp_organisation_free(o);
}
END_TEST

START_TEST(test_every_kind)
{
    const char *const *kinds = NULL;
    csp_organisation *o = NULL;
    size_t i;
    TU_OK(csp_schema_enum_values(&kinds, "organisation", "kind"));
    TU_OK(csp_organisation_new(&o, "x"));
    for (i = 0; kinds[i] != NULL; i++) {
        TU_OK(csp_organisation_set_kind(o, kinds[i]));
        TU_STR_EQ(csp_organisation_kind(o), kinds[i]);
    }
    ck_assert_uint_eq(i, 14);
    csp_organisation_free(o);
}
END_TEST

START_TEST(test_invalid_kind)
{
    csp_organisation *o = NULL;
    TU_OK(csp_organisation_new(&o, "x"));
    TU_OK(csp_organisation_set_kind(o, "police"));
    TU_CODE(csp_organisation_set_kind(o, "constabulary"), CSP_EENUM);
    TU_STR_EQ(csp_organisation_kind(o), "police");
    TU_CODE(csp_organisation_set_kind(o, "Police"), CSP_EENUM);
    TU_STR_EQ(csp_organisation_kind(o), "police");
    TU_CODE(csp_organisation_set_kind(o, "police "), CSP_EENUM);
    TU_CODE(csp_organisation_set_kind(o, ""), CSP_EENUM);
    TU_STR_EQ(csp_organisation_kind(o), "police");
    /* The message names the bad value. */
    TU_CODE(csp_organisation_set_kind(o, "constabulary"), CSP_EENUM);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "constabulary"));
    csp_organisation_free(o);
}
END_TEST

START_TEST(test_put_get_roundtrip)
{
    csp_organisation *o = NULL, *g = NULL;
    TU_OK(csp_organisation_new(&o, "met"));
    TU_OK(csp_organisation_set_name(o, "Metropolitan Police Service"));
    TU_OK(csp_organisation_set_kind(o, "police"));
    TU_OK(csp_organisation_set_area(o, "London"));
    TU_OK(csp_organisation_set_responsible_authority(o, 1));
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, 1));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);

    g = NULL;
    TU_OK(csp_organisation_get(&g, reg, "met"));
    ck_assert_ptr_nonnull(g);
    TU_STR_EQ(csp_organisation_id(g), "met");
    TU_STR_EQ(csp_organisation_name(g), "Metropolitan Police Service");
    TU_STR_EQ(csp_organisation_kind(g), "police");
    TU_STR_EQ(csp_organisation_area(g), "London");
    ck_assert_int_eq(csp_organisation_responsible_authority(g), 1);
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(g), 1);
    ck_assert_int_eq(csp_organisation_cooperating_body(g), 0);
    csp_organisation_free(g);
}
END_TEST

START_TEST(test_unicode_text)
{
    csp_organisation *o = NULL, *g = NULL;
    const char *name = "Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x8f\xa0 \"quoted\" back\\slash";
    TU_OK(csp_organisation_new(&o, "u"));
    TU_OK(csp_organisation_set_name(o, name));
    TU_OK(csp_organisation_set_kind(o, "community"));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
    TU_OK(csp_organisation_get(&g, reg, "u"));
    TU_STR_EQ(csp_organisation_name(g), name);
    csp_organisation_free(g);
}
END_TEST

START_TEST(test_get_not_found)
{
    csp_organisation *o = NULL;
    TU_CODE(csp_organisation_get(&o, reg, "nobody"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "nobody"));
}
END_TEST

START_TEST(test_put_required)
{
    csp_organisation *o = NULL;
    tu_counts before, after;
    char *exp_before, *exp_after;
    tu_put_org(reg, "existing", "police");
    before = tu_count_all(reg);
    exp_before = tu_export(reg, 0);

    TU_OK(csp_organisation_new(&o, "x"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREQUIRED); /* neither name nor kind */
    TU_OK(csp_organisation_set_kind(o, "police"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREQUIRED); /* no name */
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "name"));
    csp_organisation_free(o);

    TU_OK(csp_organisation_new(&o, "y"));
    TU_OK(csp_organisation_set_name(o, "Y"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREQUIRED); /* no kind */
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "kind"));
    csp_organisation_free(o);

    /* Replacing an existing record with an incomplete one fails too, and keeps the old one. */
    TU_OK(csp_organisation_new(&o, "existing"));
    TU_OK(csp_organisation_set_name(o, "Renamed"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREQUIRED);
    csp_organisation_free(o);

    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    exp_after = tu_export(reg, 0);
    TU_SAME_EXPORT(exp_before, exp_after);
    csp_free(exp_before);
    csp_free(exp_after);
}
END_TEST

START_TEST(test_put_replaces)
{
    csp_organisation *o = NULL, *g = NULL;
    TU_OK(csp_organisation_new(&o, "lfb"));
    TU_OK(csp_organisation_set_name(o, "London Fire Brigade"));
    TU_OK(csp_organisation_set_kind(o, "fire_and_rescue"));
    TU_OK(csp_organisation_set_area(o, "London"));
    TU_OK(csp_organisation_set_cooperating_body(o, 1));
    TU_OK(csp_organisation_put(reg, o));

    TU_OK(csp_organisation_set_name(o, "LFB"));
    TU_OK(csp_organisation_set_area(o, NULL));
    TU_OK(csp_organisation_set_cooperating_body(o, 0));
    TU_OK(csp_organisation_set_responsible_authority(o, 1));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);

    ck_assert_uint_eq(tu_organisation_count(reg), 1);
    TU_OK(csp_organisation_get(&g, reg, "lfb"));
    TU_STR_EQ(csp_organisation_name(g), "LFB");
    TU_STR_EQ(csp_organisation_area(g), NULL);
    ck_assert_int_eq(csp_organisation_cooperating_body(g), 0);
    ck_assert_int_eq(csp_organisation_responsible_authority(g), 1);
    csp_organisation_free(g);
}
END_TEST

START_TEST(test_put_keeps_memberships)
{
    /* Replacing an organisation that holds a seat keeps the seat. */
    csp_organisation *o = NULL;
    tu_put_org(reg, "org", "police");
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_membership(reg, "seat", "csp", "org", NULL, "member");
    TU_OK(csp_organisation_get(&o, reg, "org"));
    TU_OK(csp_organisation_set_name(o, "Renamed"));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
    ck_assert_uint_eq(tu_membership_count(reg), 1);
}
END_TEST

START_TEST(test_delete)
{
    csp_organisation *o = NULL;
    tu_put_org(reg, "a", "police");
    tu_put_org(reg, "b", "health");
    TU_OK(csp_organisation_delete(reg, "a"));
    TU_CODE(csp_organisation_get(&o, reg, "a"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_organisation_count(reg), 1);
    TU_CODE(csp_organisation_delete(reg, "a"), CSP_ENOTFOUND);
    TU_CODE(csp_organisation_delete(reg, "never"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_organisation_count(reg), 1);
}
END_TEST

START_TEST(test_delete_in_use)
{
    csp_organisation *o = NULL;
    tu_counts before, after;
    tu_put_org(reg, "council", "local_authority");
    tu_put_org(reg, "mopac", "policing_body");
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_membership(reg, "seat", "csp", "council", NULL, "chair");
    before = tu_count_all(reg);
    TU_CODE(csp_organisation_delete(reg, "council"), CSP_EINUSE);
    /* The message names a membership that refers to it. */
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "seat"));
    after = tu_count_all(reg);
    TU_SAME_COUNTS(before, after);
    TU_OK(csp_organisation_get(&o, reg, "council"));
    csp_organisation_free(o);

    /* After the seat goes, the organisation can go. */
    TU_OK(csp_membership_delete(reg, "seat"));
    TU_OK(csp_organisation_delete(reg, "council"));
}
END_TEST

START_TEST(test_delete_in_use_on_behalf_of)
{
    csp_membership *m = NULL;
    tu_put_org(reg, "council", "local_authority");
    tu_put_org(reg, "contractor", "voluntary");
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    TU_OK(csp_membership_new(&m, "seat"));
    TU_OK(csp_membership_set_partnership(m, "csp"));
    TU_OK(csp_membership_set_organisation(m, "contractor"));
    TU_OK(csp_membership_set_on_behalf_of(m, "council"));
    TU_OK(csp_membership_set_role(m, "member"));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
    TU_CODE(csp_organisation_delete(reg, "council"), CSP_EINUSE);
    ck_assert_uint_eq(tu_organisation_count(reg), 2);
}
END_TEST

static void put_full(const char *id, const char *kind, const char *area, int ra, int svd, int coop)
{
    csp_organisation *o = NULL;
    TU_OK(csp_organisation_new(&o, id));
    TU_OK(csp_organisation_set_name(o, id));
    TU_OK(csp_organisation_set_kind(o, kind));
    TU_OK(csp_organisation_set_area(o, area));
    TU_OK(csp_organisation_set_responsible_authority(o, ra));
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, svd));
    TU_OK(csp_organisation_set_cooperating_body(o, coop));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
}

static void fill(void)
{
    /* Put out of order: iteration is in id order. */
    put_full("met", "police", "London", 1, 1, 0);
    put_full("ealing-council", "local_authority", "Ealing", 1, 1, 0);
    put_full("lfb", "fire_and_rescue", "London", 1, 1, 0);
    put_full("mopac", "policing_body", "London", 0, 0, 1);
    put_full("hackney-council", "local_authority", "Hackney", 1, 1, 0);
    put_full("charity", "voluntary", NULL, 0, 0, 1);
    put_full("school", "education", "Ealing", 0, 0, 0);
}

START_TEST(test_iterate_all)
{
    char buf[512];
    fill();
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, NULL), 7);
    TU_STR_EQ(buf, "charity,ealing-council,hackney-council,lfb,met,mopac,school");
    {
        csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
        ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 7);
    }
}
END_TEST

START_TEST(test_iterate_empty)
{
    char buf[16];
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, NULL), 0);
    TU_STR_EQ(buf, "");
}
END_TEST

START_TEST(test_iterate_filters)
{
    char buf[512];
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
    fill();

    f.kind = "local_authority";
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-council,hackney-council");
    f.kind = "probation";
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 0);
    f.kind = NULL;

    f.area = "London";
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "lfb,met,mopac");
    f.area = "london"; /* exact text */
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 0);
    f.area = NULL;

    f.responsible_authority = 1;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-council,hackney-council,lfb,met");
    f.responsible_authority = 0;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "charity,mopac,school");
    f.responsible_authority = -1;

    f.serious_violence_duty_holder = 1;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-council,hackney-council,lfb,met");
    f.serious_violence_duty_holder = 0;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "charity,mopac,school");
    f.serious_violence_duty_holder = -1;

    f.cooperating_body = 1;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "charity,mopac");
    f.cooperating_body = 0;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-council,hackney-council,lfb,met,school");
    f.cooperating_body = -1;

    /* Combined. */
    f.kind = "local_authority";
    f.area = "Ealing";
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "ealing-council");
    f.kind = NULL;
    f.responsible_authority = 0;
    tu_organisation_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "school");
}
END_TEST

START_TEST(test_iterate_bad_kind)
{
    csp_organisation_iterator *it = NULL;
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
    f.kind = "constabulary";
    TU_CODE(csp_organisation_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

START_TEST(test_iterator_objects_are_copies)
{
    csp_organisation_iterator *it = NULL;
    csp_organisation *a = NULL, *b = NULL;
    fill();
    TU_OK(csp_organisation_iterator_new(&it, reg, NULL));
    TU_OK(csp_organisation_next(&a, it));
    TU_OK(csp_organisation_next(&b, it));
    csp_organisation_iterator_free(it);
    /* Still valid after the iterator is gone. */
    TU_STR_EQ(csp_organisation_id(a), "charity");
    TU_STR_EQ(csp_organisation_kind(a), "voluntary");
    TU_STR_EQ(csp_organisation_area(a), NULL);
    TU_STR_EQ(csp_organisation_id(b), "ealing-council");
    TU_STR_EQ(csp_organisation_area(b), "Ealing");
    ck_assert_int_eq(csp_organisation_responsible_authority(b), 1);
    csp_organisation_free(a);
    csp_organisation_free(b);
}
END_TEST

START_TEST(test_iterator_free_early)
{
    csp_organisation_iterator *it = NULL;
    csp_organisation *a = NULL;
    fill();
    TU_OK(csp_organisation_iterator_new(&it, reg, NULL));
    TU_OK(csp_organisation_next(&a, it));
    csp_organisation_free(a);
    csp_organisation_iterator_free(it);
    /* The register is still usable for writes afterwards. */
    tu_put_org(reg, "later", "other");
    ck_assert_uint_eq(tu_organisation_count(reg), 8);
}
END_TEST

START_TEST(test_iterator_after_close)
{
    csp_register *r = tu_open_mem();
    csp_organisation_iterator *it = NULL;
    csp_organisation *o = NULL;
    tu_put_org(r, "a", "police");
    tu_put_org(r, "b", "police");
    TU_OK(csp_organisation_iterator_new(&it, r, NULL));
    TU_OK(csp_organisation_next(&o, it));
    csp_organisation_free(o);
    o = NULL;
    csp_register_close(r);
    TU_CODE(csp_organisation_next(&o, it), CSP_EARG);
    ck_assert_ptr_null(o);
    TU_CODE(csp_organisation_next(&o, it), CSP_EARG);
    csp_organisation_iterator_free(it);
}
END_TEST

START_TEST(test_iterator_after_close_unstarted)
{
    csp_register *r = tu_open_mem();
    csp_organisation_iterator *it = NULL;
    csp_organisation *o = NULL;
    tu_put_org(r, "a", "police");
    TU_OK(csp_organisation_iterator_new(&it, r, NULL));
    csp_register_close(r);
    TU_CODE(csp_organisation_next(&o, it), CSP_EARG);
    ck_assert_ptr_null(o);
    csp_organisation_iterator_free(it);
}
END_TEST

static Suite *organisation_suite(void)
{
    Suite *s = suite_create("organisation");
    TCase *tc = tcase_create("object");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_defaults);
    tcase_add_test(tc, test_new_empty_id);
    tcase_add_test(tc, test_bad_ids);
    tcase_add_test(tc, test_good_ids);
    tcase_add_test(tc, test_setters);
    tcase_add_test(tc, test_every_kind);
    tcase_add_test(tc, test_invalid_kind);
    suite_add_tcase(s, tc);

    tc = tcase_create("store");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_put_get_roundtrip);
    tcase_add_test(tc, test_unicode_text);
    tcase_add_test(tc, test_get_not_found);
    tcase_add_test(tc, test_put_required);
    tcase_add_test(tc, test_put_replaces);
    tcase_add_test(tc, test_put_keeps_memberships);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_delete_in_use);
    tcase_add_test(tc, test_delete_in_use_on_behalf_of);
    suite_add_tcase(s, tc);

    tc = tcase_create("iterate");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_iterate_all);
    tcase_add_test(tc, test_iterate_empty);
    tcase_add_test(tc, test_iterate_filters);
    tcase_add_test(tc, test_iterate_bad_kind);
    tcase_add_test(tc, test_iterator_objects_are_copies);
    tcase_add_test(tc, test_iterator_free_early);
    tcase_add_test(tc, test_iterator_after_close);
    tcase_add_test(tc, test_iterator_after_close_unstarted);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(organisation_suite());
}
