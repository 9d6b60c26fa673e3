/*
 * test_governance_questions.c: the coordinator's questions of csp/governance.h
 * (overdue actions, actions without an update since the last meeting, the
 * duties owed, progress up a strategy tree, quoracy, the risk register), on
 * tests/data/good-governance.json and on records put here.
 */
#include "testutil.h"

#define DATA CSP_SOURCE_DIR "/tests/data/good-governance.json"

static csp_register *reg;
static csp_query *t_q;
static csp_id_list *t_ids;
static csp_record_iterator *t_it;
static char *t_s;

static void setup(void)
{
    reg = tu_open_mem();
    TU_OK(csp_json_import_file(reg, DATA, NULL));
}

static void teardown(void)
{
    csp_query_free(t_q);
    t_q = NULL;
    csp_id_list_free(t_ids);
    t_ids = NULL;
    csp_record_iterator_free(t_it);
    t_it = NULL;
    csp_free(t_s);
    t_s = NULL;
    csp_register_close(reg);
    reg = NULL;
}

/* The ids a query selects, joined by ',' into buf. */
static const char *ids(char *buf, size_t size, int entity, const csp_query *q)
{
    csp_record *r;
    int rc;
    buf[0] = '\0';
    TU_OK(csp_record_iterator_new(&t_it, reg, entity, q));
    while ((rc = csp_record_next(&r, t_it)) == CSP_OK) {
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s", n ? "," : "", csp_record_id(r));
        csp_record_free(r);
    }
    ck_assert_int_eq(rc, CSP_ITEROVER);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    return buf;
}

static const char *list_ids(char *buf, size_t size, const csp_id_list *l)
{
    buf[0] = '\0';
    for (size_t i = 0; i < csp_id_list_count(l); i++) {
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, "%s%s", i ? "," : "", csp_id_list_get(l, i));
    }
    return buf;
}

START_TEST(test_overdue)
{
    char buf[256];
    /* x1 is due in March 2024: overdue from 1 April, not on 31 March. */
    TU_OK(csp_query_overdue_actions(&t_q, "csp", "2024-03-31"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_ACTION, t_q), "");
    csp_query_free(t_q);
    TU_OK(csp_query_overdue_actions(&t_q, "csp", "2024-04-01"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_ACTION, t_q), "x1");
    csp_query_free(t_q);
    /* x2 is due in September but done; x3 has no due date. Every partnership. */
    TU_OK(csp_query_overdue_actions(&t_q, NULL, "2025"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_ACTION, t_q), "x1");
    /* A query like any other: refined further. */
    TU_OK(csp_query_where(t_q, CSP_ACTION_CHAMPION, CSP_OP_EQ, "m2"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_ACTION, t_q), "");
    csp_query_free(t_q);
    /* Reopened, x2 is overdue too, and comes after x1 (by due date). */
    tu_set_text(reg, CSP_ENTITY_ACTION, "x2", CSP_ACTION_STATUS, "in_progress");
    TU_OK(csp_query_overdue_actions(&t_q, "csp", "2024-12-01"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_ACTION, t_q), "x1,x2");
    csp_query_free(t_q);
    t_q = NULL;
    /* Bad arguments. */
    TU_CODE(csp_query_overdue_actions(NULL, "csp", "2024"), CSP_EARG);
    TU_CODE(csp_query_overdue_actions(&t_q, "csp", NULL), CSP_EARG);
    ck_assert_ptr_null(t_q);
    TU_CODE(csp_query_overdue_actions(&t_q, "csp", "2024-02-30"), CSP_EDATE);
    ck_assert_ptr_null(t_q);
    TU_CODE(csp_query_overdue_actions(&t_q, "not an id", "2024"), CSP_EINVALID);
    ck_assert_ptr_null(t_q);
}
END_TEST

START_TEST(test_without_update)
{
    char buf[256];
    /* The last meeting held on or before 1 July 2024 is mt2 (1 June). x1 has no
     * update; x3 was updated on 2 June; x2 is done. */
    TU_OK(csp_partnership_last_meeting(&t_s, reg, "csp", "2024-07-01"));
    TU_STR_EQ(t_s, "mt2");
    csp_free(t_s);
    TU_OK(csp_partnership_last_meeting(&t_s, reg, "csp", "2024-05"));
    TU_STR_EQ(t_s, "mt1");
    csp_free(t_s);
    TU_OK(csp_partnership_last_meeting(&t_s, reg, "csp", "2024-02"));
    ck_assert_ptr_null(t_s);
    TU_OK(csp_actions_without_update(&t_ids, reg, "csp", "2024-07-01"));
    TU_STR_EQ(list_ids(buf, sizeof buf, t_ids), "x1");
    csp_id_list_free(t_ids);
    /* Before mt2, the last meeting is mt1 (1 March): x3 had no update since
     * either, until 2 June. */
    TU_OK(csp_actions_without_update(&t_ids, reg, "csp", "2024-05-01"));
    TU_STR_EQ(list_ids(buf, sizeof buf, t_ids), "x1,x3");
    csp_id_list_free(t_ids);
    /* No meeting held yet: nothing owes an update. */
    TU_OK(csp_actions_without_update(&t_ids, reg, "csp", "2024-02-01"));
    ck_assert_uint_eq(csp_id_list_count(t_ids), 0);
    ck_assert_ptr_null(csp_id_list_get(t_ids, 0));
    csp_id_list_free(t_ids);
    /* An action raised at the last meeting owes none yet. */
    tu_set_text(reg, CSP_ENTITY_ACTION, "x1", CSP_ACTION_DUE_ON, NULL);
    tu_set_text(reg, CSP_ENTITY_ACTION, "x1", CSP_ACTION_RAISED_ON, "2024-06-01");
    TU_OK(csp_actions_without_update(&t_ids, reg, "csp", "2024-07-01"));
    ck_assert_uint_eq(csp_id_list_count(t_ids), 0);
    csp_id_list_free(t_ids);
    /* A meeting that was cancelled does not count. */
    tu_set_text(reg, CSP_ENTITY_ACTION, "x1", CSP_ACTION_RAISED_ON, "2024-01");
    tu_set_text(reg, CSP_ENTITY_MEETING, "mt2", CSP_MEETING_STATUS, "cancelled");
    TU_OK(csp_actions_without_update(&t_ids, reg, "csp", "2024-07-01"));
    TU_STR_EQ(list_ids(buf, sizeof buf, t_ids), "x1");
    csp_id_list_free(t_ids);
    t_ids = NULL;
    /* NULL and bad arguments. */
    ck_assert_uint_eq(csp_id_list_count(NULL), 0);
    ck_assert_ptr_null(csp_id_list_get(NULL, 0));
    csp_id_list_free(NULL);
    TU_CODE(csp_actions_without_update(NULL, reg, "csp", "2024"), CSP_EARG);
    TU_CODE(csp_actions_without_update(&t_ids, NULL, "csp", "2024"), CSP_EARG);
    ck_assert_ptr_null(t_ids);
    TU_CODE(csp_actions_without_update(&t_ids, reg, NULL, "2024"), CSP_EARG);
    TU_CODE(csp_actions_without_update(&t_ids, reg, "csp", "2024-13"), CSP_EDATE);
    TU_CODE(csp_partnership_last_meeting(NULL, reg, "csp", "2024"), CSP_EARG);
    TU_CODE(csp_partnership_last_meeting(&t_s, reg, "csp", "soon"), CSP_EDATE);
    ck_assert_ptr_null(t_s);
    /* A partnership that is not in the register, or an empty id: said so. */
    TU_CODE(csp_partnership_last_meeting(&t_s, reg, "nope", "2024"), CSP_ENOTFOUND);
    TU_CODE(csp_actions_without_update(&t_ids, reg, "nope", "2024"), CSP_ENOTFOUND);
    ck_assert_ptr_null(t_ids);
    TU_CODE(csp_actions_without_update(&t_ids, reg, "", "2024"), CSP_ENOTFOUND);
    TU_CODE(csp_query_overdue_actions(&t_q, "csp", ""), CSP_EDATE);
    TU_MSG_HAS("\"\" is not a date");
}
END_TEST

/* Whether the list holds id. */
static int listed(const csp_id_list *l, const char *id)
{
    for (size_t i = 0; i < csp_id_list_count(l); i++)
        if (strcmp(csp_id_list_get(l, i), id) == 0)
            return 1;
    return 0;
}

/* The duties owed on a date: by kind, commencement, a pilot's period and areas. */
START_TEST(test_duties_owed)
{
    static const char *const svd = "pcsc2022.s8.serious_violence_duty",
                             *owhr = "pcsc2022.s24.offensive_weapons_homicide_review",
                             *plan = "si2007_1830.partnership_plan";
    /* The Serious Violence Duty from 31 January 2023; the plan always (no holding recorded). */
    TU_OK(csp_partnership_duties_owed(&t_ids, reg, "csp", "2023-01-30"));
    ck_assert(listed(t_ids, plan) && !listed(t_ids, svd));
    for (size_t i = 1; i < csp_id_list_count(t_ids); i++) /* in id order */
        ck_assert_str_lt(csp_id_list_get(t_ids, i - 1), csp_id_list_get(t_ids, i));
    csp_id_list_free(t_ids);
    TU_OK(csp_partnership_duties_owed(&t_ids, reg, "csp", "2023-01-31"));
    ck_assert(listed(t_ids, svd) && !listed(t_ids, owhr)); /* not a pilot area */
    csp_id_list_free(t_ids);
    /* The offensive weapons homicide reviews: in the pilot areas, from 1 April to 31 December 2023. */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA, "Barnet");
    static const struct {
        const char *as_of;
        int owed;
    } pilot[] = {{"2023-03-31", 0}, {"2023-04-01", 1}, {"2023-12-31", 1}, {"2024-01-01", 0}, {"2023", 0}};
    for (size_t i = 0; i < sizeof pilot / sizeof *pilot; i++) {
        TU_OK(csp_partnership_duties_owed(&t_ids, reg, "csp", pilot[i].as_of));
        ck_assert_msg(listed(t_ids, owhr) == pilot[i].owed, "as of %s", pilot[i].as_of);
        csp_id_list_free(t_ids);
    }
    t_ids = NULL;
    /* A kind the catalogue gives no duty: none. */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_KIND, "board");
    TU_OK(csp_partnership_duties_owed(&t_ids, reg, "csp", "2024-06-30"));
    ck_assert_uint_eq(csp_id_list_count(t_ids), 0);
    csp_id_list_free(t_ids);
    t_ids = NULL;
    /* Bad arguments. */
    TU_CODE(csp_partnership_duties_owed(NULL, reg, "csp", "2024"), CSP_EARG);
    TU_CODE(csp_partnership_duties_owed(&t_ids, NULL, "csp", "2024"), CSP_EARG);
    TU_CODE(csp_partnership_duties_owed(&t_ids, reg, NULL, "2024"), CSP_EARG);
    TU_CODE(csp_partnership_duties_owed(&t_ids, reg, "csp", NULL), CSP_EARG);
    TU_CODE(csp_partnership_duties_owed(&t_ids, reg, "csp", "2024-02-30"), CSP_EDATE);
    TU_CODE(csp_partnership_duties_owed(&t_ids, reg, "nope", "2024"), CSP_ENOTFOUND);
    ck_assert_ptr_null(t_ids);
}
END_TEST

START_TEST(test_progress)
{
    size_t done = 9, total = 9;
    /* e1 (a strand) has x2 (done) and, through its objective e2, x1 and x3. */
    TU_OK(csp_element_progress(&done, &total, reg, "e1"));
    ck_assert_uint_eq(done, 1);
    ck_assert_uint_eq(total, 3);
    TU_OK(csp_element_progress(&done, &total, reg, "e2"));
    ck_assert_uint_eq(done, 0);
    ck_assert_uint_eq(total, 2);
    /* Cancelled and superseded actions are not counted; done ones are. */
    tu_set_text(reg, CSP_ENTITY_ACTION, "x3", CSP_ACTION_STATUS, "cancelled");
    tu_set_text(reg, CSP_ENTITY_ACTION, "x1", CSP_ACTION_STATUS, "done");
    TU_OK(csp_element_progress(&done, &total, reg, "e1"));
    ck_assert_uint_eq(done, 2);
    ck_assert_uint_eq(total, 2);
    TU_OK(csp_element_progress(&done, &total, reg, "e2"));
    ck_assert_uint_eq(done, 1);
    ck_assert_uint_eq(total, 1);
    TU_CODE(csp_element_progress(&done, &total, reg, "nope"), CSP_ENOTFOUND);
    TU_CODE(csp_element_progress(NULL, &total, reg, "e1"), CSP_EARG);
    TU_CODE(csp_element_progress(&done, &total, reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_quorate)
{
    int quorate = 7;
    size_t present = 7;
    /* mt1: the quorum is 2; m1 present, m2 sent apologies. */
    TU_OK(csp_meeting_quorate(&quorate, &present, reg, "mt1"));
    ck_assert_int_eq(quorate, 0);
    ck_assert_uint_eq(present, 1);
    {
        csp_record *a;
        TU_OK(csp_record_get(&a, reg, CSP_ENTITY_ATTENDANCE, "a2"));
        TU_OK(csp_record_set_text(a, CSP_ATTENDANCE_STATUS, "present"));
        TU_OK(csp_record_put(reg, a));
        csp_record_free(a);
    }
    TU_OK(csp_meeting_quorate(&quorate, &present, reg, "mt1"));
    ck_assert_int_eq(quorate, 1);
    ck_assert_uint_eq(present, 2);
    /* mt2 recorded no attendance: not known. */
    TU_OK(csp_meeting_quorate(&quorate, &present, reg, "mt2"));
    ck_assert_int_eq(quorate, -1);
    ck_assert_uint_eq(present, 0);
    /* No quorum recorded: not known either. */
    {
        csp_record *p;
        TU_OK(csp_record_get(&p, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
        TU_OK(csp_record_set_int(p, CSP_PARTNERSHIP_QUORUM, 0));
        TU_OK(csp_record_put(reg, p));
        csp_record_free(p);
    }
    TU_OK(csp_meeting_quorate(&quorate, &present, reg, "mt1"));
    ck_assert_int_eq(quorate, -1);
    ck_assert_uint_eq(present, 2);
    TU_CODE(csp_meeting_quorate(&quorate, &present, reg, "nope"), CSP_ENOTFOUND);
    TU_CODE(csp_meeting_quorate(NULL, &present, reg, "mt1"), CSP_EARG);
    TU_CODE(csp_meeting_quorate(&quorate, &present, NULL, "mt1"), CSP_EARG);
}
END_TEST

START_TEST(test_risk_register)
{
    char buf[256];
    /* r2 (5 x 4 = 20, treated), r1 (2 x 2 = 4, open); r3 (25) is closed. */
    TU_OK(csp_query_open_risks(&t_q, "csp"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_RISK, t_q), "r2,r1");
    csp_query_free(t_q);
    TU_OK(csp_query_open_risks(&t_q, NULL));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_RISK, t_q), "r2,r1");
    csp_query_free(t_q);
    TU_OK(csp_query_open_risks(&t_q, "tfg"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_RISK, t_q), "");
    csp_query_free(t_q);
    t_q = NULL;
    /* A review that raises r1's score above r2's moves it up. */
    {
        csp_record *r;
        TU_OK(csp_record_get(&r, reg, CSP_ENTITY_RISK, "r1"));
        TU_OK(csp_record_set_int(r, CSP_RISK_LIKELIHOOD, 5));
        TU_OK(csp_record_set_int(r, CSP_RISK_IMPACT, 5));
        TU_OK(csp_record_put(reg, r));
        csp_record_free(r);
    }
    TU_OK(csp_query_open_risks(&t_q, "csp"));
    TU_STR_EQ(ids(buf, sizeof buf, CSP_ENTITY_RISK, t_q), "r1,r2");
    csp_query_free(t_q);
    t_q = NULL;
    TU_CODE(csp_query_open_risks(NULL, "csp"), CSP_EARG);
    TU_CODE(csp_query_open_risks(&t_q, "not an id"), CSP_EINVALID);
    ck_assert_ptr_null(t_q);
}
END_TEST

/* A risk's score is kept in step with its factors on the record itself, before any put. */
START_TEST(test_score_follows_its_factors)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_RISK, "loose"));
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_SCORE), 0);
    TU_OK(csp_record_set_int(r, CSP_RISK_LIKELIHOOD, 3));
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_SCORE), 0); /* no impact yet */
    TU_OK(csp_record_set_int(r, CSP_RISK_IMPACT, 4));
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_SCORE), 12);
    TU_OK(csp_record_clear(r, CSP_RISK_IMPACT));
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_SCORE), 0);
    TU_CODE(csp_record_set_int(r, CSP_RISK_SCORE, 9), CSP_EARG); /* kept by libcsp */
    csp_record_free(r);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("governance_questions");
    TCase *tc = tcase_create("questions");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_overdue);
    tcase_add_test(tc, test_without_update);
    tcase_add_test(tc, test_duties_owed);
    tcase_add_test(tc, test_progress);
    tcase_add_test(tc, test_quorate);
    tcase_add_test(tc, test_risk_register);
    tcase_add_test(tc, test_score_follows_its_factors);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
