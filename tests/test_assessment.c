/*
 * test_assessment.c: strategic assessments and needs assessments, through
 * the C API and JSON.
 */
#include "testutil.h"

static csp_register *reg;

/* Buffers of the running test, freed by teardown even when an assertion fails (CK_FORK=no). */
static char *t_a, *t_b, *t_c;
static csp_register *t_r2; /* a second register, closed by teardown */

/* Two partnerships, a strategy of csp with three elements. */
static void setup(void)
{
    reg = tu_open_mem();
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "sog", "statutory_officer_group", "csp");
    tu_put_strategy(reg, "plan", "csp", "partnership_plan", "agreed");
    tu_put_element(reg, "strand-violence", "plan", NULL, "strand");
    tu_put_element(reg, "strand-asb", "plan", NULL, "strand");
    tu_put_element(reg, "obj-knife", "plan", "strand-violence", "objective");
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_register_close(t_r2);
    t_r2 = NULL;
    csp_free(t_a);
    csp_free(t_b);
    free(t_c);
    t_a = t_b = NULL;
    t_c = NULL;
}

START_TEST(test_new_defaults)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, "sa-2024"));
    ck_assert_ptr_nonnull(a);
    TU_STR_EQ(csp_assessment_id(a), "sa-2024");
    TU_STR_EQ(csp_assessment_partnership(a), NULL);
    TU_STR_EQ(csp_assessment_kind(a), NULL);
    TU_STR_EQ(csp_assessment_title(a), NULL);
    TU_STR_EQ(csp_assessment_completed_on(a), NULL);
    TU_STR_EQ(csp_assessment_start_date(a), NULL);
    TU_STR_EQ(csp_assessment_end_date(a), NULL);
    ck_assert_uint_eq(csp_assessment_findings_count(a), 0);
    TU_STR_EQ(csp_assessment_findings(a, 0), NULL);
    ck_assert_uint_eq(csp_assessment_priorities_count(a), 0);
    TU_STR_EQ(csp_assessment_priorities(a, 0), NULL);
    ck_assert_uint_eq(csp_assessment_feeds_count(a), 0);
    TU_STR_EQ(csp_assessment_feeds(a, 0), NULL);
    csp_assessment_free(a);
    a = NULL;
    TU_CODE(csp_assessment_new(&a, ""), CSP_EINVALID);
    ck_assert_ptr_null(a);
    TU_CODE(csp_assessment_new(&a, "sa 2024"), CSP_EINVALID);
    ck_assert_ptr_null(a);
    csp_assessment_free(NULL);
}
END_TEST

START_TEST(test_setters)
{
    csp_assessment *a = NULL;
    char buf[64];
    TU_OK(csp_assessment_new(&a, "sa"));
    TU_OK(csp_assessment_set_partnership(a, "csp"));
    TU_STR_EQ(csp_assessment_partnership(a), "csp");
    strcpy(buf, "Strategic Assessment 2024");
    TU_OK(csp_assessment_set_title(a, buf));
    strcpy(buf, "changed");
    TU_STR_EQ(csp_assessment_title(a), "Strategic Assessment 2024"); /* copied */
    TU_OK(csp_assessment_set_completed_on(a, "2024-03-12"));
    TU_STR_EQ(csp_assessment_completed_on(a), "2024-03-12");
    TU_OK(csp_assessment_set_start_date(a, "2023-01"));
    TU_STR_EQ(csp_assessment_start_date(a), "2023-01");
    TU_OK(csp_assessment_set_end_date(a, "2023-12-31"));
    TU_STR_EQ(csp_assessment_end_date(a), "2023-12-31");

    TU_CODE(csp_assessment_set_completed_on(a, "2024-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_assessment_completed_on(a), "2024-03-12");
    TU_CODE(csp_assessment_set_start_date(a, "2023-00"), CSP_EDATE);
    TU_STR_EQ(csp_assessment_start_date(a), "2023-01");
    TU_CODE(csp_assessment_set_end_date(a, "23-12-31"), CSP_EDATE);
    TU_STR_EQ(csp_assessment_end_date(a), "2023-12-31");

    TU_OK(csp_assessment_set_title(a, NULL));
    TU_STR_EQ(csp_assessment_title(a), NULL);
    TU_OK(csp_assessment_set_completed_on(a, NULL));
    TU_STR_EQ(csp_assessment_completed_on(a), NULL);
    TU_OK(csp_assessment_set_start_date(a, NULL));
    TU_STR_EQ(csp_assessment_start_date(a), NULL);
    TU_OK(csp_assessment_set_end_date(a, NULL));
    TU_STR_EQ(csp_assessment_end_date(a), NULL);
    csp_assessment_free(a);
}
END_TEST

START_TEST(test_kinds)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, "sa"));
    TU_ENUM_FIELD(assessment, a, kind, 4, "strategic_needs_assessment", "needs_assessment", "Strategic_Assessment",
                  "");
    csp_assessment_free(a);
}
END_TEST

START_TEST(test_lists)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, "sa"));
    TU_OK(csp_assessment_add_findings(a, "knife crime rose 12%"));
    TU_OK(csp_assessment_add_findings(a, "anti-social behaviour fell"));
    TU_OK(csp_assessment_add_findings(a, "burglary is concentrated in two wards"));
    ck_assert_uint_eq(csp_assessment_findings_count(a), 3);
    TU_STR_EQ(csp_assessment_findings(a, 0), "knife crime rose 12%");
    TU_STR_EQ(csp_assessment_findings(a, 1), "anti-social behaviour fell");
    TU_STR_EQ(csp_assessment_findings(a, 2), "burglary is concentrated in two wards");
    TU_STR_EQ(csp_assessment_findings(a, 3), NULL);

    TU_OK(csp_assessment_add_priorities(a, "violence against women and girls"));
    TU_OK(csp_assessment_add_priorities(a, "youth violence"));
    ck_assert_uint_eq(csp_assessment_priorities_count(a), 2);
    TU_STR_EQ(csp_assessment_priorities(a, 0), "violence against women and girls");
    TU_STR_EQ(csp_assessment_priorities(a, 1), "youth violence");
    TU_STR_EQ(csp_assessment_priorities(a, 2), NULL);

    TU_OK(csp_assessment_add_feeds(a, "obj-knife"));
    TU_OK(csp_assessment_add_feeds(a, "strand-violence"));
    TU_OK(csp_assessment_add_feeds(a, "not-checked-until-put"));
    ck_assert_uint_eq(csp_assessment_feeds_count(a), 3);
    TU_STR_EQ(csp_assessment_feeds(a, 0), "obj-knife");
    TU_STR_EQ(csp_assessment_feeds(a, 1), "strand-violence");
    TU_STR_EQ(csp_assessment_feeds(a, 2), "not-checked-until-put");
    TU_STR_EQ(csp_assessment_feeds(a, 3), NULL);

    TU_OK(csp_assessment_clear_findings(a));
    ck_assert_uint_eq(csp_assessment_findings_count(a), 0);
    ck_assert_uint_eq(csp_assessment_priorities_count(a), 2); /* the others are untouched */
    TU_OK(csp_assessment_clear_priorities(a));
    ck_assert_uint_eq(csp_assessment_priorities_count(a), 0);
    TU_OK(csp_assessment_clear_feeds(a));
    ck_assert_uint_eq(csp_assessment_feeds_count(a), 0);
    TU_STR_EQ(csp_assessment_feeds(a, 0), NULL);
    csp_assessment_free(a);
}
END_TEST

static csp_assessment *full(const char *id)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, id));
    TU_OK(csp_assessment_set_partnership(a, "csp"));
    TU_OK(csp_assessment_set_kind(a, "strategic_assessment"));
    TU_OK(csp_assessment_set_title(a, "Strategic Assessment 2024"));
    TU_OK(csp_assessment_set_completed_on(a, "2024-03"));
    TU_OK(csp_assessment_set_start_date(a, "2023-01-01"));
    TU_OK(csp_assessment_set_end_date(a, "2023-12-31"));
    /* Out of alphabetical order: the order is kept. */
    TU_OK(csp_assessment_add_findings(a, "zeta finding"));
    TU_OK(csp_assessment_add_findings(a, "alpha finding"));
    TU_OK(csp_assessment_add_findings(a, "mu finding"));
    TU_OK(csp_assessment_add_priorities(a, "youth violence"));
    TU_OK(csp_assessment_add_priorities(a, "anti-social behaviour"));
    TU_OK(csp_assessment_add_feeds(a, "strand-violence"));
    TU_OK(csp_assessment_add_feeds(a, "obj-knife"));
    TU_OK(csp_assessment_add_feeds(a, "strand-asb"));
    return a;
}

START_TEST(test_put_get)
{
    csp_assessment *a = full("sa-2024"), *g = NULL;
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
    TU_OK(csp_assessment_get(&g, reg, "sa-2024"));
    TU_STR_EQ(csp_assessment_id(g), "sa-2024");
    TU_STR_EQ(csp_assessment_partnership(g), "csp");
    TU_STR_EQ(csp_assessment_kind(g), "strategic_assessment");
    TU_STR_EQ(csp_assessment_title(g), "Strategic Assessment 2024");
    TU_STR_EQ(csp_assessment_completed_on(g), "2024-03");
    TU_STR_EQ(csp_assessment_start_date(g), "2023-01-01");
    TU_STR_EQ(csp_assessment_end_date(g), "2023-12-31");
    ck_assert_uint_eq(csp_assessment_findings_count(g), 3);
    TU_STR_EQ(csp_assessment_findings(g, 0), "zeta finding");
    TU_STR_EQ(csp_assessment_findings(g, 1), "alpha finding");
    TU_STR_EQ(csp_assessment_findings(g, 2), "mu finding");
    ck_assert_uint_eq(csp_assessment_priorities_count(g), 2);
    TU_STR_EQ(csp_assessment_priorities(g, 0), "youth violence");
    TU_STR_EQ(csp_assessment_priorities(g, 1), "anti-social behaviour");
    ck_assert_uint_eq(csp_assessment_feeds_count(g), 3);
    TU_STR_EQ(csp_assessment_feeds(g, 0), "strand-violence");
    TU_STR_EQ(csp_assessment_feeds(g, 1), "obj-knife");
    TU_STR_EQ(csp_assessment_feeds(g, 2), "strand-asb");
    csp_assessment_free(g);
    g = NULL;
    TU_CODE(csp_assessment_get(&g, reg, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(g);
    TU_MSG_HAS("nope");
}
END_TEST

START_TEST(test_put_required)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, "sa"));
    TU_OK(csp_assessment_set_kind(a, "strategic_assessment"));
    TU_CODE(csp_assessment_put(reg, a), CSP_EREQUIRED);
    TU_MSG_HAS("partnership");
    csp_assessment_free(a);
    a = NULL;
    TU_OK(csp_assessment_new(&a, "sa"));
    TU_OK(csp_assessment_set_partnership(a, "csp"));
    TU_CODE(csp_assessment_put(reg, a), CSP_EREQUIRED);
    TU_MSG_HAS("kind");
    ck_assert_uint_eq(tu_assessment_count(reg), 0);
    /* Everything else is optional. */
    TU_OK(csp_assessment_set_kind(a, "other"));
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
    ck_assert_uint_eq(tu_assessment_count(reg), 1);
}
END_TEST

START_TEST(test_put_references)
{
    csp_assessment *a = full("sa");
    t_a = tu_export(reg, 0);
    TU_OK(csp_assessment_set_partnership(a, "ghost-csp"));
    TU_CODE(csp_assessment_put(reg, a), CSP_EREFERENCE);
    TU_ERR_PATH("partnership");
    TU_MSG_HAS("ghost-csp");
    TU_OK(csp_assessment_set_partnership(a, "csp"));

    TU_OK(csp_assessment_clear_feeds(a));
    TU_OK(csp_assessment_add_feeds(a, "obj-knife"));
    TU_OK(csp_assessment_add_feeds(a, "strand-asb"));
    TU_OK(csp_assessment_add_feeds(a, "ghost-element"));
    TU_CODE(csp_assessment_put(reg, a), CSP_EREFERENCE);
    TU_ERR_PATH("feeds[2]");
    TU_MSG_HAS("ghost-element");

    TU_OK(csp_assessment_clear_feeds(a));
    TU_OK(csp_assessment_add_feeds(a, "plan")); /* a strategy, not an element */
    TU_CODE(csp_assessment_put(reg, a), CSP_EREFERENCE);
    TU_ERR_PATH("feeds[0]");
    ck_assert_uint_eq(tu_assessment_count(reg), 0);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_assessment_free(a);
}
END_TEST

START_TEST(test_period)
{
    csp_assessment *a = full("sa"), *g = NULL;
    TU_OK(csp_assessment_set_start_date(a, "2024-01-01"));
    TU_OK(csp_assessment_set_end_date(a, "2023-12-31"));
    TU_CODE(csp_assessment_put(reg, a), CSP_ECONSTRAINT);
    TU_OK(csp_assessment_set_start_date(a, "2024"));
    TU_OK(csp_assessment_set_end_date(a, "2023-12"));
    TU_CODE(csp_assessment_put(reg, a), CSP_ECONSTRAINT);
    ck_assert_uint_eq(tu_assessment_count(reg), 0);
    TU_OK(csp_assessment_set_end_date(a, "2024-12"));
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
    TU_OK(csp_assessment_get(&g, reg, "sa"));
    TU_STR_EQ(csp_assessment_start_date(g), "2024");
    TU_STR_EQ(csp_assessment_end_date(g), "2024-12");
    csp_assessment_free(g);
}
END_TEST

START_TEST(test_put_replaces)
{
    csp_assessment *a = full("sa"), *g = NULL;
    TU_OK(csp_assessment_put(reg, a));
    TU_OK(csp_assessment_clear_findings(a));
    TU_OK(csp_assessment_add_findings(a, "only finding"));
    TU_OK(csp_assessment_clear_feeds(a));
    TU_OK(csp_assessment_set_title(a, NULL));
    TU_OK(csp_assessment_set_kind(a, "strategic_needs_assessment"));
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
    ck_assert_uint_eq(tu_assessment_count(reg), 1);
    TU_OK(csp_assessment_get(&g, reg, "sa"));
    ck_assert_uint_eq(csp_assessment_findings_count(g), 1);
    TU_STR_EQ(csp_assessment_findings(g, 0), "only finding");
    ck_assert_uint_eq(csp_assessment_priorities_count(g), 2);
    ck_assert_uint_eq(csp_assessment_feeds_count(g), 0);
    TU_STR_EQ(csp_assessment_title(g), NULL);
    TU_STR_EQ(csp_assessment_kind(g), "strategic_needs_assessment");
    csp_assessment_free(g);
    /* With no feeds left, every element can go. */
    TU_OK(csp_element_delete(reg, "obj-knife"));
}
END_TEST

START_TEST(test_feeds_hold_elements)
{
    csp_assessment *a = full("sa");
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
    TU_CODE(csp_element_delete(reg, "strand-asb"), CSP_EINUSE);
    TU_CODE(csp_element_delete(reg, "obj-knife"), CSP_EINUSE);
    ck_assert_uint_eq(tu_element_count(reg), 3);
    TU_OK(csp_assessment_delete(reg, "sa"));
    TU_OK(csp_element_delete(reg, "strand-asb"));
    TU_OK(csp_element_delete(reg, "obj-knife"));
    TU_OK(csp_element_delete(reg, "strand-violence"));
}
END_TEST

START_TEST(test_delete)
{
    csp_assessment *a = NULL;
    tu_put_assessment(reg, "sa-2023", "csp", "strategic_assessment");
    tu_put_assessment(reg, "sa-2024", "csp", "strategic_assessment");
    TU_OK(csp_assessment_delete(reg, "sa-2023"));
    TU_CODE(csp_assessment_get(&a, reg, "sa-2023"), CSP_ENOTFOUND);
    TU_CODE(csp_assessment_delete(reg, "sa-2023"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_assessment_count(reg), 1);

    /* A discharge naming it keeps it. */
    {
        csp_discharge *d = NULL;
        TU_OK(csp_discharge_new(&d, "x"));
        TU_OK(csp_discharge_set_duty(d, "si2007_1830.strategic_assessment"));
        TU_OK(csp_discharge_set_partnership(d, "csp"));
        TU_OK(csp_discharge_set_discharged_on(d, "2024-03-12"));
        TU_OK(csp_discharge_set_title(d, "strategic assessment 2024 completed"));
        TU_OK(csp_discharge_set_assessment(d, "sa-2024"));
        TU_OK(csp_discharge_put(reg, d));
        csp_discharge_free(d);
    }
    TU_CODE(csp_assessment_delete(reg, "sa-2024"), CSP_EINUSE);
    ck_assert_uint_eq(tu_assessment_count(reg), 1);
    TU_OK(csp_discharge_delete(reg, "x"));
    TU_OK(csp_assessment_delete(reg, "sa-2024"));
    ck_assert_uint_eq(tu_assessment_count(reg), 0);

    /* The partnership that made an assessment cannot go while it stands. */
    tu_put_assessment(reg, "sog-sa", "sog", "other");
    TU_CODE(csp_partnership_delete(reg, "sog"), CSP_EINUSE);
}
END_TEST

START_TEST(test_filters)
{
    char buf[512];
    csp_assessment_filter f = CSP_ASSESSMENT_FILTER_INIT;
    csp_assessment_iterator *it = NULL;
    tu_put_assessment(reg, "sa-2024", "csp", "strategic_assessment");
    tu_put_assessment(reg, "sa-2023", "csp", "strategic_assessment");
    tu_put_assessment(reg, "svd-sna", "csp", "strategic_needs_assessment");
    tu_put_assessment(reg, "sog-sa", "sog", "strategic_assessment");
    tu_put_assessment(reg, "county-csa", "sog", "community_safety_agreement");

    ck_assert_uint_eq(tu_assessment_ids(buf, sizeof buf, reg, &f), 5);
    TU_STR_EQ(buf, "county-csa,sa-2023,sa-2024,sog-sa,svd-sna");
    ck_assert_uint_eq(tu_assessment_ids(buf, sizeof buf, reg, NULL), 5);
    f.partnership = "csp";
    tu_assessment_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024,svd-sna");
    f.kind = "strategic_assessment";
    tu_assessment_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024");
    f.partnership = NULL;
    tu_assessment_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024,sog-sa");
    f.kind = "other";
    ck_assert_uint_eq(tu_assessment_ids(buf, sizeof buf, reg, &f), 0);
    f.kind = NULL;
    f.partnership = "nobody";
    ck_assert_uint_eq(tu_assessment_ids(buf, sizeof buf, reg, &f), 0);

    f.partnership = NULL;
    f.kind = "needs";
    TU_CODE(csp_assessment_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

START_TEST(test_iterator_after_close)
{
    csp_register *r = tu_open_mem();
    csp_assessment_iterator *it = NULL;
    csp_assessment *a = NULL;
    tu_put_partnership(r, "p", "board", NULL);
    tu_put_assessment(r, "a1", "p", "other");
    tu_put_assessment(r, "a2", "p", "other");
    TU_OK(csp_assessment_iterator_new(&it, r, NULL));
    TU_OK(csp_assessment_next(&a, it));
    TU_STR_EQ(csp_assessment_id(a), "a1");
    csp_assessment_free(a);
    a = NULL;
    csp_register_close(r);
    TU_CODE(csp_assessment_next(&a, it), CSP_EARG);
    ck_assert_ptr_null(a);
    csp_assessment_iterator_free(it);
}
END_TEST

/* ------------------------------------------------------------------ */
/* JSON                                                                */
/* ------------------------------------------------------------------ */

START_TEST(test_json_roundtrip)
{
    csp_assessment *g = NULL;
    static const char *const doc =
        "{'format': 'libcsp/1',"
        " 'assessments': ["
        "  {'id': 'sa-2024', 'partnership': 'csp', 'kind': 'strategic_assessment',"
        "   'title': 'Strategic Assessment 2024', 'completed_on': '2024-03', 'start_date': '2023',"
        "   'end_date': '2023-12-31', 'findings': ['zeta', 'alpha', 'mu'],"
        "   'priorities': ['youth violence', 'anti-social behaviour'],"
        "   'feeds': ['strand-violence', 'obj-knife']},"
        "  {'id': 'a-sna', 'partnership': 'sog', 'kind': 'strategic_needs_assessment'}]}";
    TU_OK(tu_import_q(reg, doc));
    TU_OK(csp_assessment_get(&g, reg, "sa-2024"));
    ck_assert_uint_eq(csp_assessment_findings_count(g), 3);
    TU_STR_EQ(csp_assessment_findings(g, 0), "zeta");
    TU_STR_EQ(csp_assessment_findings(g, 2), "mu");
    TU_STR_EQ(csp_assessment_priorities(g, 1), "anti-social behaviour");
    TU_STR_EQ(csp_assessment_feeds(g, 1), "obj-knife");
    TU_STR_EQ(csp_assessment_completed_on(g), "2024-03");
    csp_assessment_free(g);

    t_a = tu_export(reg, 0);
    /* Lists keep their order; records are sorted by id. */
    ck_assert_msg(strstr(t_a, "\"zeta\"") < strstr(t_a, "\"alpha\""), "%s", t_a);
    ck_assert_msg(strstr(t_a, "\"a-sna\"") < strstr(t_a, "\"sa-2024\""), "%s", t_a);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_json_feeds_forward)
{
    /* feeds may name an element defined later in the same document. */
    static const char *const doc =
        "{'format': 'libcsp/1',"
        " 'assessments': [{'id': 'sa', 'partnership': 'csp', 'kind': 'strategic_assessment',"
        "   'feeds': ['new-el']}],"
        " 'strategies': [{'id': 'new-plan', 'partnership': 'csp', 'title': 'N', 'kind': 'other',"
        "   'status': 'draft', 'elements': [{'id': 'new-el', 'kind': 'priority', 'title': 'P'}]}]}";
    TU_OK(tu_import_q(reg, doc));
    ck_assert_uint_eq(tu_assessment_count(reg), 1);
}
END_TEST

typedef struct json_case {
    const char *doc; /* single-quoted */
    int code;
    const char *path;
} json_case;

#define A_OK "{'id': 'a-ok', 'partnership': 'csp', 'kind': 'other'}"
#define A_HEAD "{'id': 'a', 'partnership': 'csp', 'kind': 'strategic_assessment'"

static const json_case assessment_json_cases[] = {
    {"{'format': 'libcsp/1', 'assessments': [" A_OK ", " A_HEAD ", 'feeds': ['obj-knife', 'ghost']}]}",
     CSP_EREFERENCE, "assessments[1].feeds[1]"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'feeds': ['plan']}]}",
     CSP_EREFERENCE, "assessments[0].feeds[0]"},
    {"{'format': 'libcsp/1', 'assessments': [{'id': 'a', 'partnership': 'ghost', 'kind': 'other'}]}",
     CSP_EREFERENCE, "assessments[0].partnership"},
    {"{'format': 'libcsp/1', 'assessments': [" A_OK ", {'id': 'a', 'partnership': 'csp', 'kind': 'needs'}]}",
     CSP_EENUM, "assessments[1].kind"},
    {"{'format': 'libcsp/1', 'assessments': [{'id': 'a', 'partnership': 'csp'}]}",
     CSP_EREQUIRED, "assessments[0].kind"},
    {"{'format': 'libcsp/1', 'assessments': [{'id': 'a', 'kind': 'other'}]}",
     CSP_EREQUIRED, "assessments[0].partnership"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'completed_on': '2024-02-30'}]}",
     CSP_EDATE, "assessments[0].completed_on"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'start_date': '2024', 'end_date': '2023'}]}",
     CSP_ECONSTRAINT, "assessments[0].end_date"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'findings': 'one finding'}]}",
     CSP_EINVALID, "assessments[0].findings"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'findings': ['ok', 3]}]}",
     CSP_EINVALID, "assessments[0].findings[1]"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'priorities': ['ok', '']}]}",
     CSP_EINVALID, "assessments[0].priorities[1]"},
    {"{'format': 'libcsp/1', 'assessments': [" A_HEAD ", 'recommendations': []}]}",
     CSP_EUNKNOWN, "assessments[0].recommendations"},
    {"{'format': 'libcsp/1', 'assessments': [" A_OK ", " A_OK "]}",
     CSP_EEXISTS, "assessments[1]"},
};

#define N_ASSESSMENT_JSON_CASES ((int)(sizeof assessment_json_cases / sizeof assessment_json_cases[0]))

START_TEST(test_json_errors)
{
    const json_case *c = &assessment_json_cases[_i];
    int rc;
    t_a = tu_export(reg, 0);
    t_c = tu_q(c->doc);
    rc = tu_import(reg, t_c);
    ck_assert_msg(rc == c->code, "case %d: expected %s, got %s: \"%s\" [path \"%s\"]\n%s", _i,
                  csp_code_name(c->code), csp_code_name(rc), csp_error_last()->message,
                  csp_error_last()->path, t_c);
    if (c->code == CSP_EEXISTS)
        TU_PATH_PREFIX(c->path);
    else
        TU_PATH(c->path);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_uint_eq(tu_assessment_count(reg), 0);
}
END_TEST

static Suite *assessment_suite(void)
{
    Suite *s = suite_create("assessment");
    TCase *tc = tcase_create("object");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_defaults);
    tcase_add_test(tc, test_setters);
    tcase_add_test(tc, test_kinds);
    tcase_add_test(tc, test_lists);
    suite_add_tcase(s, tc);

    tc = tcase_create("store");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_put_get);
    tcase_add_test(tc, test_put_required);
    tcase_add_test(tc, test_put_references);
    tcase_add_test(tc, test_period);
    tcase_add_test(tc, test_put_replaces);
    tcase_add_test(tc, test_feeds_hold_elements);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_filters);
    tcase_add_test(tc, test_iterator_after_close);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_json_roundtrip);
    tcase_add_test(tc, test_json_feeds_forward);
    tcase_add_loop_test(tc, test_json_errors, 0, N_ASSESSMENT_JSON_CASES);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(assessment_suite());
}
