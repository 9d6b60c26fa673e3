/*
 * test_check.c: the compliance checker (csp/check.h). For each rule: a
 * register that meets it, one that does not, one that lacks the evidence, and
 * the boundaries (the day 12 months run out, 31 January 2023, a partial date's
 * last day, a body's dissolution); then the options, the order and the
 * catalogue's introspection.
 */
#include "testutil.h"

static csp_register *reg;
static csp_report *t_rep;

/* Bodies of every kind of responsible authority (the CCG until 30 June 2022,
 * the ICB from 1 July 2022) and one that is not; a CSP with its strategy group
 * and the committee that scrutinises it; seats on the CSP for each authority. */
static const char *const BASE =
    "{'format': 'libcsp/1',"
    " 'organisations': ["
    "  {'id': 'council', 'name': 'Council', 'kind': 'local_authority', 'responsible_authority': true},"
    "  {'id': 'police', 'name': 'Police', 'kind': 'police', 'responsible_authority': true},"
    "  {'id': 'fire', 'name': 'Fire', 'kind': 'fire_and_rescue', 'responsible_authority': true},"
    "  {'id': 'ccg', 'name': 'CCG', 'kind': 'health', 'responsible_authority': true,"
    "   'established_on': '2013-04-01', 'dissolved_on': '2022-06-30'},"
    "  {'id': 'icb', 'name': 'ICB', 'kind': 'health', 'responsible_authority': true, 'established_on': '2022-07-01'},"
    "  {'id': 'probation', 'name': 'Probation', 'kind': 'probation', 'responsible_authority': true},"
    "  {'id': 'vcs', 'name': 'Voluntary sector', 'kind': 'voluntary'}],"
    " 'partnerships': ["
    "  {'id': 'cdc', 'name': 'Crime and disorder committee', 'kind': 'scrutiny_committee'},"
    "  {'id': 'csp', 'name': 'Safer Town', 'kind': 'community_safety_partnership', 'meetings_per_year': 4,"
    "   'quorum': 2, 'scrutinised_by': 'cdc',"
    "   'members': ["
    "    {'id': 's-council', 'organisation': 'council', 'role': 'chair', 'start_date': '2020'},"
    "    {'id': 's-police', 'organisation': 'police', 'role': 'member'},"
    "    {'id': 's-fire', 'organisation': 'fire', 'role': 'member'},"
    "    {'id': 's-ccg', 'organisation': 'ccg', 'role': 'member'},"
    "    {'id': 's-probation', 'organisation': 'probation', 'role': 'member'},"
    "    {'id': 's-vcs', 'organisation': 'vcs', 'role': 'member'}]},"
    "  {'id': 'sog', 'name': 'Officer group', 'kind': 'statutory_officer_group', 'parent': 'csp'}]}";

static void setup(void)
{
    reg = tu_open_mem();
    TU_OK(tu_import_q(reg, BASE));
}

static void teardown(void)
{
    csp_report_free(t_rep);
    t_rep = NULL;
    csp_register_close(reg);
    reg = NULL;
}

/* Checks csp as of a date (the default options) into t_rep. */
static void check_as_of(const char *as_of)
{
    csp_check_options o = CSP_CHECK_OPTIONS_INIT;
    o.partnership = "csp";
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, as_of, &o));
    TU_STR_EQ(csp_report_as_of(t_rep), as_of);
}

/* The finding of a rule (for a subject, or the partnership's own), or NULL. */
static const csp_finding *finding(const char *rule, const char *subject)
{
    for (size_t i = 0; i < csp_report_count(t_rep); i++) {
        const csp_finding *f = csp_report_finding(t_rep, i);
        if (strcmp(csp_finding_rule(f), rule) == 0 &&
            strcmp(csp_finding_subject(f), subject ? subject : csp_finding_partnership(f)) == 0)
            return f;
    }
    return NULL;
}

/* Asserts the result of a rule's finding, and that its message holds `has`. */
#define EXPECT(rule, subject, result, has)                                                                          \
    do {                                                                                                           \
        const csp_finding *f_ = finding(rule, subject);                                                            \
        ck_assert_msg(f_ != NULL, "no finding of %s for %s", rule, subject ? subject : "the partnership");         \
        ck_assert_msg(csp_finding_result(f_) == (result), "%s: result %d, expected %d: %s", rule,                  \
                      csp_finding_result(f_), (int)(result), csp_finding_message(f_));                             \
        ck_assert_msg(strstr(csp_finding_message(f_), has) != NULL, "%s: [%s] not in [%s]", rule, has,            \
                      csp_finding_message(f_));                                                                    \
    } while (0)

#define EXPECT_NONE(rule)                                                                                          \
    ck_assert_msg(finding(rule, NULL) == NULL, "a finding of %s: %s", rule, csp_finding_message(finding(rule, NULL)))

static void import(const char *doc)
{
    TU_OK(tu_import_q(reg, doc));
}

/* ---- membership ---- */

START_TEST(test_authorities_represented)
{
    /* The CCG was the health member to 30 June 2022, not after. */
    check_as_of("2022-06-30");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_MET, "has a seat in post for the council");
    ck_assert_str_eq(csp_finding_severity(finding("CSP-MEM-001", NULL)), "breach");
    ck_assert_str_eq(csp_finding_confidence(finding("CSP-MEM-001", NULL)), "verified");
    ck_assert_uint_ge(csp_finding_evidence_count(finding("CSP-MEM-001", NULL)), 5);
    check_as_of("2022-07-01");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_NOT_MET, "of this kind: the health body.");
    /* An ICB seat from that day. */
    import("{'format': 'libcsp/1', 'partnerships': [{'id': 'csp', 'name': 'Safer Town', 'kind':"
           " 'community_safety_partnership', 'meetings_per_year': 4, 'quorum': 2, 'scrutinised_by': 'cdc',"
           " 'members': [{'id': 's-icb', 'organisation': 'icb', 'role': 'member', 'start_date': '2022-07-01'}]}]}");
    check_as_of("2022-07-01");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_MET, "the health body and the probation provider");
    /* A seat that ended, and one sitting on behalf of another body. */
    tu_set_text(reg, CSP_ENTITY_MEMBERSHIP, "s-fire", CSP_MEMBERSHIP_END_DATE, "2023-03");
    check_as_of("2023-03-31");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_MET, "fire and rescue");
    check_as_of("2023-04-01");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_NOT_MET, "the fire and rescue authority.");
    tu_set_text(reg, CSP_ENTITY_MEMBERSHIP, "s-vcs", CSP_MEMBERSHIP_ON_BEHALF_OF, "fire");
    check_as_of("2023-04-01");
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_MET, "fire and rescue");
    /* The strategy group has no seats: not shown. */
    csp_check_options o = CSP_CHECK_OPTIONS_INIT;
    o.partnership = "sog";
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, "2024-06-30", &o));
    EXPECT("CSP-MEM-001", NULL, CSP_RESULT_NOT_SHOWN, "lists no seats on Officer group");
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_NOT_SHOWN, "who chairs it is not shown");
}
END_TEST

START_TEST(test_chair_in_post)
{
    check_as_of("2020-01-01");
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_MET, "has a chair in post on 1 January 2020");
    /* Before the chair's seat began, who chaired is not shown. */
    check_as_of("2019-12-31");
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_NOT_SHOWN, "who chairs it is not shown");
    /* A rule resting on a secondary source says so in every finding. */
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_NOT_SHOWN, "from a secondary source");
    ck_assert_str_eq(csp_finding_severity(finding("CSP-MEM-002", NULL)), "advice");
    /* The chair's seat ended and no chair followed: not met. */
    tu_set_text(reg, CSP_ENTITY_MEMBERSHIP, "s-council", CSP_MEMBERSHIP_END_DATE, "2024-03-31");
    check_as_of("2024-03-31");
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_MET, "has a chair in post");
    check_as_of("2024-04-01");
    EXPECT("CSP-MEM-002", NULL, CSP_RESULT_NOT_MET, "the last chair's seat ended on 31 March 2024");
    TU_STR_EQ(csp_finding_due(finding("CSP-MEM-002", NULL)), "2024-03-31");
}
END_TEST

/* ---- duties and plans ---- */

START_TEST(test_assessment_within_12_months)
{
    check_as_of("2024-06-30");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_NOT_SHOWN, "No strategic assessment of Safer Town");
    /* Undated: not shown either. */
    import("{'format': 'libcsp/1', 'assessments': [{'id': 'a0', 'partnership': 'csp', 'kind':"
           " 'strategic_assessment', 'title': 'Undated'}]}");
    check_as_of("2024-06-30");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_NOT_SHOWN, "1 strategic assessment on record, none with the date");
    /* Completed on 30 June 2023 (by the strategy group): met to 30 June 2024. */
    import("{'format': 'libcsp/1', 'assessments': [{'id': 'a1', 'partnership': 'sog', 'kind':"
           " 'strategic_assessment', 'title': 'SA 2023', 'completed_on': '2023-06-30'}]}");
    check_as_of("2024-06-30");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_MET, "\"SA 2023\", was completed on 30 June 2023");
    TU_STR_EQ(csp_finding_due(finding("CSP-SA-001", NULL)), "2024-06-30");
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-SA-001", NULL), 0), "a1");
    ck_assert_int_eq(csp_finding_evidence_entity(finding("CSP-SA-001", NULL), 0), CSP_ENTITY_ASSESSMENT);
    check_as_of("2024-07-01");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_NOT_MET, "more than 12 months before 1 July 2024");
    /* A partial date is judged as its last day, and the finding says so. */
    tu_set_text(reg, CSP_ENTITY_ASSESSMENT, "a1", CSP_ASSESSMENT_COMPLETED_ON, "2023-06");
    check_as_of("2024-06-30");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_MET, "(a partial date, taken as 30 June 2023)");
    check_as_of("2024-07-01");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_NOT_MET, "June 2023 (a partial date");
    /* An assessment completed after the date does not count on it. */
    tu_set_text(reg, CSP_ENTITY_ASSESSMENT, "a1", CSP_ASSESSMENT_COMPLETED_ON, "2025-01-15");
    check_as_of("2024-07-01");
    EXPECT("CSP-SA-001", NULL, CSP_RESULT_NOT_SHOWN, "none with the date it was completed by 1 July 2024");
}
END_TEST

START_TEST(test_plan_in_force_and_revised)
{
    check_as_of("2022-06-30");
    EXPECT("CSP-PLAN-001", NULL, CSP_RESULT_NOT_SHOWN, "No agreed or published partnership plan");
    import("{'format': 'libcsp/1', 'strategies': ["
           " {'id': 'draft', 'partnership': 'csp', 'title': 'Draft', 'kind': 'partnership_plan', 'status': 'draft',"
           "  'start_date': '2021', 'end_date': '2023'},"
           " {'id': 'plan', 'partnership': 'csp', 'title': 'Plan 2021-2023', 'kind': 'partnership_plan',"
           "  'status': 'agreed', 'start_date': '2021', 'end_date': '2023', 'agreed_on': '2021-03',"
           "  'refreshed_on': ['2022-04-15'], 'strands': ['crime_and_disorder', 'substance_misuse',"
           "  'reoffending']}]}");
    check_as_of("2023-12-31");
    EXPECT("CSP-PLAN-001", NULL, CSP_RESULT_MET, "\"Plan 2021-2023\" is in force on 31 December 2023");
    TU_STR_EQ(csp_finding_due(finding("CSP-PLAN-001", NULL)), "2023-12-31");
    check_as_of("2024-01-01");
    EXPECT("CSP-PLAN-001", NULL, CSP_RESULT_NOT_MET, "the latest, \"Plan 2021-2023\", ended with 2023");
    EXPECT("CSP-PLAN-002", NULL, CSP_RESULT_NOT_SHOWN, "CSP-PLAN-001");
    /* Revised on 15 April 2022: within 12 months to 15 April 2023, not the day after. */
    check_as_of("2023-04-15");
    EXPECT("CSP-PLAN-002", NULL, CSP_RESULT_MET, "refreshed on 15 April 2022");
    TU_STR_EQ(csp_finding_due(finding("CSP-PLAN-002", NULL)), "2023-04-15");
    check_as_of("2023-04-16");
    EXPECT("CSP-PLAN-002", NULL, CSP_RESULT_NOT_MET, "more than 12 months before 16 April 2023");
    /* No end date: whether it is in force is not shown. */
    tu_set_text(reg, CSP_ENTITY_STRATEGY, "plan", CSP_STRATEGY_END_DATE, NULL);
    check_as_of("2023-04-16");
    EXPECT("CSP-PLAN-001", NULL, CSP_RESULT_NOT_SHOWN, "without the start or end of its period");
}
END_TEST

START_TEST(test_plan_covers_strands)
{
    import("{'format': 'libcsp/1', 'strategies': ["
           " {'id': 'plan', 'partnership': 'csp', 'title': 'Plan', 'kind': 'partnership_plan', 'status': 'agreed',"
           "  'start_date': '2021', 'end_date': '2024', 'strands': ['crime_and_disorder', 'substance_misuse',"
           "  'reoffending']}]}");
    /* Serious violence from 31 January 2023. */
    check_as_of("2023-01-30");
    EXPECT("CSP-PLAN-003", NULL, CSP_RESULT_MET, "cover each strategy s6 requires then.");
    check_as_of("2023-01-31");
    EXPECT("CSP-PLAN-003", NULL, CSP_RESULT_NOT_MET, "do not cover: serious violence.");
    /* A serious violence strategy in force (no period: open) covers it. */
    import("{'format': 'libcsp/1', 'strategies': [{'id': 'svd', 'partnership': 'csp', 'title': 'SVD strategy',"
           " 'kind': 'serious_violence_strategy', 'status': 'published'}]}");
    check_as_of("2023-01-31");
    EXPECT("CSP-PLAN-003", NULL, CSP_RESULT_MET, "serious violence included");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-PLAN-003", NULL)), 2);
    /* A plan that records no strands: not shown. */
    csp_record *r;
    TU_OK(csp_record_get(&r, reg, CSP_ENTITY_STRATEGY, "plan"));
    TU_OK(csp_record_clear(r, CSP_STRATEGY_STRANDS));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
    TU_OK(csp_record_delete(reg, CSP_ENTITY_STRATEGY, "svd"));
    check_as_of("2023-01-31");
    EXPECT("CSP-PLAN-003", NULL, CSP_RESULT_NOT_SHOWN, "records the strands of s6 it covers");
}
END_TEST

/* ---- meetings ---- */

static const char *const MEETINGS =
    "{'format': 'libcsp/1', 'meetings': ["
    " {'id': 'm1', 'partnership': 'csp', 'date': '2023-07-01', 'kind': 'scheduled', 'status': 'held',"
    "  'attendance': [{'id': 'a1', 'membership': 's-council', 'status': 'present'},"
    "                 {'id': 'a2', 'membership': 's-police', 'status': 'present'}]},"
    " {'id': 'm2', 'partnership': 'csp', 'date': '2023-10-01', 'kind': 'scheduled', 'status': 'held',"
    "  'attendance': [{'id': 'a3', 'membership': 's-council', 'status': 'present'},"
    "                 {'id': 'a4', 'membership': 's-police', 'status': 'apologies'}]},"
    " {'id': 'm3', 'partnership': 'csp', 'date': '2024-01-10', 'kind': 'scheduled', 'status': 'cancelled'},"
    " {'id': 'm4', 'partnership': 'csp', 'date': '2024-02-01', 'kind': 'scheduled', 'status': 'held'},"
    " {'id': 'm5', 'partnership': 'csp', 'date': '2024-04-01', 'kind': 'scheduled', 'status': 'held'}]}";

START_TEST(test_cadence_kept)
{
    check_as_of("2024-06-30");
    EXPECT("CSP-MTG-001", NULL, CSP_RESULT_NOT_SHOWN, "no meeting of it is on record");
    import(MEETINGS);
    /* Four held in the 12 months to 1 July 2024 (m3 was cancelled). */
    check_as_of("2024-07-01");
    EXPECT("CSP-MTG-001", NULL, CSP_RESULT_MET, "held 4 meetings in the 12 months to 1 July 2024");
    check_as_of("2024-07-02");
    EXPECT("CSP-MTG-001", NULL, CSP_RESULT_NOT_MET, "held 3 meetings in the 12 months to 2 July 2024, fewer than the 4");
    /* No cadence promised: no finding. */
    csp_record *p;
    TU_OK(csp_record_get(&p, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    TU_OK(csp_record_set_int(p, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 0));
    TU_OK(csp_record_put(reg, p));
    csp_record_free(p);
    check_as_of("2024-07-02");
    EXPECT_NONE("CSP-MTG-001");
}
END_TEST

START_TEST(test_meetings_quorate)
{
    import(MEETINGS);
    /* m2 had one seat present against a quorum of 2; m1 was quorate; m4 and m5 recorded no attendance. */
    check_as_of("2024-06-30");
    EXPECT("CSP-MTG-002", "m2", CSP_RESULT_NOT_MET, "1 seat present, fewer than its quorum of 2");
    ck_assert_int_eq(csp_finding_subject_entity(finding("CSP-MTG-002", "m2")), CSP_ENTITY_MEETING);
    EXPECT_NONE("CSP-MTG-002");
    /* Only m1 in the period: met. */
    check_as_of("2023-09-30");
    EXPECT("CSP-MTG-002", NULL, CSP_RESULT_MET, "Each of the 1 meeting");
    /* Only meetings without attendance in the period: not shown. */
    check_as_of("2025-03-01");
    EXPECT("CSP-MTG-002", NULL, CSP_RESULT_NOT_SHOWN, "no attendance of them is on record");
}
END_TEST

/* ---- actions ---- */

START_TEST(test_actions)
{
    import("{'format': 'libcsp/1', 'meetings': [{'id': 'm1', 'partnership': 'csp', 'date': '2024-03-01',"
           " 'kind': 'scheduled', 'status': 'held'}],"
           " 'actions': ["
           "  {'id': 'x1', 'partnership': 'csp', 'title': 'Good', 'raised_on': '2024-01', 'champion': 's-police',"
           "   'due_on': '2024-12', 'status': 'open', 'updates': [{'id': 'u1', 'date': '2024-03-05'}]},"
           "  {'id': 'x2', 'partnership': 'csp', 'title': 'No champion', 'raised_on': '2024-01', 'due_on': '2024-03',"
           "   'status': 'in_progress'},"
           "  {'id': 'x3', 'partnership': 'csp', 'title': 'Voluntary champion', 'raised_on': '2024-01',"
           "   'champion': 's-vcs', 'status': 'open'},"
           "  {'id': 'x4', 'partnership': 'csp', 'title': 'Done', 'raised_on': '2024-01', 'due_on': '2024-02',"
           "   'status': 'done'}]}");
    check_as_of("2024-04-01");
    /* One finding per partnership and rule, naming the actions at fault and
     * holding them all as evidence. */
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_NOT_MET,
           "2 of the 3 open actions of Safer Town have no champion sitting for a responsible authority on 1 April "
           "2024: \"No champion\" (no champion is named) and \"Voluntary champion\" (its champion sits for "
           "Voluntary sector, not a responsible authority then).");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-ACT-001", NULL)), 2);
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-ACT-001", NULL), 0), "x2");
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-ACT-001", NULL), 1), "x3");
    /* x2 was due by 31 March 2024 (a due month is due by its end); the done x4 is not counted. */
    EXPECT("CSP-ACT-002", NULL, CSP_RESULT_NOT_MET,
           "1 of the 3 open actions of Safer Town was past its due date on 1 April 2024: \"No champion\" (due by 31 "
           "March 2024).");
    TU_STR_EQ(csp_finding_due(finding("CSP-ACT-002", NULL)), "2024-03-31");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-ACT-002", NULL)), 1);
    check_as_of("2024-03-31");
    EXPECT("CSP-ACT-002", NULL, CSP_RESULT_MET, "Each of the 3 open actions");
    /* No update since the meeting of 1 March: x2 and x3 (x1 was updated on 5 March). */
    check_as_of("2024-04-01");
    EXPECT("CSP-ACT-003", NULL, CSP_RESULT_NOT_MET,
           "2 of the 3 open actions of Safer Town had had no progress update since the meeting of 1 March 2024 on 1 "
           "April 2024: \"No champion\" and \"Voluntary champion\".");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-ACT-003", NULL)), 3); /* and the meeting */
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-ACT-003", NULL), 2), "m1");
    /* An update after the date checked was not yet given on it. */
    import("{'format': 'libcsp/1', 'actions': [{'id': 'x3', 'partnership': 'csp', 'title': 'Voluntary champion',"
           " 'raised_on': '2024-01', 'champion': 's-vcs', 'status': 'open',"
           " 'updates': [{'id': 'u3', 'date': '2024-04-02'}]}]}");
    check_as_of("2024-04-01");
    EXPECT("CSP-ACT-003", NULL, CSP_RESULT_NOT_MET, "2 of the 3 open actions");
    check_as_of("2024-04-02");
    EXPECT("CSP-ACT-003", NULL, CSP_RESULT_NOT_MET, "1 of the 3 open actions of Safer Town had had no progress update");
    /* An update in the meeting's month (a partial date that reaches it) counts. */
    import("{'format': 'libcsp/1', 'actions': [{'id': 'x2', 'partnership': 'csp', 'title': 'No champion',"
           " 'raised_on': '2024-01', 'due_on': '2024-03', 'status': 'in_progress',"
           " 'updates': [{'id': 'u2', 'date': '2024-03'}]}]}");
    check_as_of("2024-04-02");
    EXPECT("CSP-ACT-003", NULL, CSP_RESULT_MET, "has had an update since the last meeting");
    /* Put right: everything met. */
    tu_set_text(reg, CSP_ENTITY_ACTION, "x2", CSP_ACTION_STATUS, "done");
    tu_set_text(reg, CSP_ENTITY_ACTION, "x3", CSP_ACTION_STATUS, "cancelled");
    check_as_of("2024-04-01");
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_MET, "Each of the 1 open action of Safer Town has a champion");
    EXPECT("CSP-ACT-002", NULL, CSP_RESULT_MET, "is within its due date");
    EXPECT("CSP-ACT-003", NULL, CSP_RESULT_MET, "has had an update since the last meeting");
    /* An action raised after the date was not open on it: not counted, not judged. */
    import("{'format': 'libcsp/1', 'actions': [{'id': 'x5', 'partnership': 'csp', 'title': 'Later',"
           " 'raised_on': '2024-05-02', 'status': 'open'}]}");
    check_as_of("2024-05-01");
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_MET, "Each of the 1 open action of Safer Town has a champion");
    check_as_of("2024-05-02");
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_NOT_MET, "1 of the 2 open actions of Safer Town has no champion");
    /* More than three at fault: three named, the rest counted, all evidence. */
    import("{'format': 'libcsp/1', 'actions': ["
           " {'id': 'y1', 'partnership': 'csp', 'title': 'Y1', 'status': 'open'},"
           " {'id': 'y2', 'partnership': 'csp', 'title': 'Y2', 'status': 'open'},"
           " {'id': 'y3', 'partnership': 'csp', 'title': 'Y3', 'status': 'open'},"
           " {'id': 'y4', 'partnership': 'csp', 'title': 'Y4', 'status': 'open'}]}");
    check_as_of("2024-05-02");
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_NOT_MET, "(no champion is named) and 2 more.");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-ACT-001", NULL)), 5);
    /* Named and given in id order, whatever order the store reads them in: a0,
     * recorded last, comes first. */
    import("{'format': 'libcsp/1', 'actions': [{'id': 'a0', 'partnership': 'csp', 'title': 'A0', 'status': 'open'}]}");
    check_as_of("2024-05-02");
    EXPECT("CSP-ACT-001", NULL, CSP_RESULT_NOT_MET,
           "on 2 May 2024: \"A0\" (no champion is named), \"Later\" (no champion is named), \"Y1\" (no champion is "
           "named) and 3 more.");
    const csp_finding *f = finding("CSP-ACT-001", NULL);
    ck_assert_uint_eq(csp_finding_evidence_count(f), 6);
    for (size_t i = 1; i < csp_finding_evidence_count(f); i++)
        ck_assert_msg(strcmp(csp_finding_evidence_id(f, i - 1), csp_finding_evidence_id(f, i)) < 0, "evidence %zu: %s",
                      i, csp_finding_evidence_id(f, i));
    TU_STR_EQ(csp_finding_evidence_id(f, 0), "a0");
}
END_TEST

/* Checks csp as of a date with one rule that is off by default turned on. */
static void check_enabled(const char *as_of, const char *rule)
{
    const char *enable[] = {rule, NULL};
    csp_check_options o = CSP_CHECK_OPTIONS_INIT;
    o.partnership = "csp";
    o.enable = enable;
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, as_of, &o));
}

/* ---- the Serious Violence Duty: its specified authorities, its outputs ---- */

START_TEST(test_svd_holders_represented)
{
    check_as_of("2023-01-30");
    EXPECT_NONE("CSP-MEM-003"); /* the Duty began on 31 January 2023 */
    /* The CCG had gone, and no youth offending team sits. */
    check_as_of("2023-01-31");
    EXPECT("CSP-MEM-003", NULL, CSP_RESULT_NOT_MET,
           "no seat in post for the integrated care board and the youth offending team, which are specified");
    import("{'format': 'libcsp/1', 'organisations': [{'id': 'yot', 'name': 'YOT', 'kind': 'youth_justice'}],"
           " 'partnerships': [{'id': 'csp', 'name': 'Safer Town', 'kind': 'community_safety_partnership',"
           " 'meetings_per_year': 4, 'quorum': 2, 'scrutinised_by': 'cdc', 'members': ["
           " {'id': 's-icb', 'organisation': 'icb', 'role': 'member', 'start_date': '2022-07-01'},"
           " {'id': 's-yot', 'organisation': 'yot', 'role': 'member', 'start_date': '2023-02-01'}]}]}");
    check_as_of("2023-01-31");
    EXPECT("CSP-MEM-003", NULL, CSP_RESULT_NOT_MET, "for the youth offending team, which is a specified authority");
    check_as_of("2023-02-01");
    EXPECT("CSP-MEM-003", NULL, CSP_RESULT_MET, "the youth offending team included");
    ck_assert_str_eq(csp_finding_confidence(finding("CSP-MEM-003", NULL)), "verified");
    /* A group that is part of the CSP holds the Duty: its seats are the ones judged. */
    import("{'format': 'libcsp/1', 'partnerships': [{'id': 'svg', 'name': 'Violence group', 'kind': 'other',"
           " 'parent': 'csp'}], 'duty_holdings': [{'id': 'h-svd', 'duty': 'pcsc2022.s8.serious_violence_duty',"
           " 'partnership': 'svg', 'start_date': '2023-06'}]}");
    check_as_of("2023-05-31");
    EXPECT("CSP-MEM-003", NULL, CSP_RESULT_MET, "Safer Town has a seat");
    check_as_of("2023-06-01");
    EXPECT("CSP-MEM-003", NULL, CSP_RESULT_NOT_SHOWN,
           "no seats on Violence group, which leads the Serious Violence Duty for Safer Town");
}
END_TEST

START_TEST(test_svd_outputs)
{
    check_as_of("2024-01-30");
    EXPECT_NONE("CSP-SVD-001"); /* the first strategy was expected by 31 January 2024 */
    check_as_of("2024-01-31");
    EXPECT("CSP-SVD-001", NULL, CSP_RESULT_NOT_SHOWN,
           "has no agreed or published serious violence strategy, and no strategic needs assessment by 31 January");
    EXPECT("CSP-SVD-001", NULL, CSP_RESULT_NOT_SHOWN, "secondary source");
    import("{'format': 'libcsp/1', 'strategies': [{'id': 'svs', 'partnership': 'sog', 'title': 'SV strategy',"
           " 'kind': 'serious_violence_strategy', 'status': 'published', 'published_on': '2024-01'}],"
           " 'assessments': [{'id': 'sna', 'partnership': 'csp', 'kind': 'strategic_needs_assessment',"
           " 'title': 'SNA'}]}");
    check_as_of("2024-01-31");
    EXPECT("CSP-SVD-001", NULL, CSP_RESULT_NOT_SHOWN,
           "has no strategic needs assessment with the date it was completed by");
    tu_set_text(reg, CSP_ENTITY_ASSESSMENT, "sna", CSP_ASSESSMENT_COMPLETED_ON, "2023-11-30");
    check_as_of("2024-01-31");
    EXPECT("CSP-SVD-001", NULL, CSP_RESULT_MET, "\"SV strategy\" (in January 2024), and a strategic needs");
    ck_assert_uint_eq(csp_finding_evidence_count(finding("CSP-SVD-001", NULL)), 2);
    /* A strategy published after the date does not count on it. */
    tu_set_text(reg, CSP_ENTITY_STRATEGY, "svs", CSP_STRATEGY_PUBLISHED_ON, "2024-02-01");
    check_as_of("2024-01-31");
    EXPECT("CSP-SVD-001", NULL, CSP_RESULT_NOT_SHOWN, "no agreed or published serious violence strategy by");
}
END_TEST

/* ---- seats that ended ---- */

START_TEST(test_seats_filled)
{
    check_as_of("2024-06-30");
    EXPECT_NONE("CSP-MEM-004"); /* no seat has ended */
    tu_set_text(reg, CSP_ENTITY_MEMBERSHIP, "s-fire", CSP_MEMBERSHIP_END_DATE, "2023-03");
    check_as_of("2023-03-31");
    EXPECT_NONE("CSP-MEM-004"); /* in post that day */
    check_as_of("2023-04-01");
    EXPECT("CSP-MEM-004", "s-fire", CSP_RESULT_NOT_MET, "ended on 31 March 2023, and no seat for Fire is in post");
    /* Within the 12 months to 31 March 2024, not after. */
    check_as_of("2024-03-31");
    EXPECT("CSP-MEM-004", "s-fire", CSP_RESULT_NOT_MET, "no seat for Fire");
    check_as_of("2024-04-01");
    EXPECT_NONE("CSP-MEM-004");
    /* Someone sits for the fire authority again from May. */
    import("{'format': 'libcsp/1', 'partnerships': [{'id': 'csp', 'name': 'Safer Town', 'kind':"
           " 'community_safety_partnership', 'meetings_per_year': 4, 'quorum': 2, 'scrutinised_by': 'cdc',"
           " 'members': [{'id': 's-fire2', 'organisation': 'fire', 'role': 'member', 'start_date': '2023-05-01'}]}]}");
    check_as_of("2023-04-30");
    EXPECT("CSP-MEM-004", "s-fire", CSP_RESULT_NOT_MET, "no seat for Fire");
    check_as_of("2023-05-01");
    EXPECT("CSP-MEM-004", NULL, CSP_RESULT_MET, "has a seat in post again");
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-MEM-004", NULL), 0), "s-fire");
}
END_TEST

/* ---- the plan to the PCC; community engagement ---- */

START_TEST(test_plan_sent_to_pcc)
{
    check_as_of("2023-06-30");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_NOT_SHOWN, "No agreed or published partnership plan");
    import("{'format': 'libcsp/1', 'strategies': [{'id': 'plan', 'partnership': 'csp', 'title': 'Plan',"
           " 'kind': 'partnership_plan', 'status': 'agreed', 'start_date': '2023', 'end_date': '2025',"
           " 'agreed_on': '2023-03'}]}");
    check_as_of("2023-06-30");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_NOT_SHOWN, "No record shows that the plan in force, \"Plan\"");
    /* Sent before the plan was agreed: not this plan. */
    import("{'format': 'libcsp/1', 'discharges': [{'id': 'd0', 'duty': 'si2007_1830.plan_to_pcc',"
           " 'partnership': 'csp', 'discharged_on': '2023-02-28', 'title': 'Old plan sent'}]}");
    check_as_of("2023-06-30");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_NOT_SHOWN, "No record shows");
    /* Sent in the month it was agreed (by the strategy group): met, from that month's last day. */
    import("{'format': 'libcsp/1', 'discharges': [{'id': 'd1', 'duty': 'si2007_1830.plan_to_pcc',"
           " 'partnership': 'sog', 'discharged_on': '2023-03', 'title': 'Plan sent to the PCC'}]}");
    check_as_of("2023-03-01");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_MET, "in March 2023 (a partial date, taken as 31 March 2023)");
    check_as_of("2023-06-30");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_MET, "(recorded as \"Plan sent to the PCC\")");
    TU_STR_EQ(csp_finding_evidence_id(finding("CSP-PLAN-004", NULL), 0), "d1");
    /* An English area code: judged as before. */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA_CODE, "E09000009");
    check_as_of("2023-06-30");
    EXPECT("CSP-PLAN-004", NULL, CSP_RESULT_MET, "(recorded as \"Plan sent to the PCC\")");
    /* Not in Wales (a Welsh GSS code: Cardiff), whose regulations have no reg 13A. */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA_CODE, "W06000015");
    check_as_of("2023-06-30");
    EXPECT_NONE("CSP-PLAN-004");
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA_CODE, "E09000009");
    /* Not in the City of London. */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA, "City of London");
    check_as_of("2023-06-30");
    EXPECT_NONE("CSP-PLAN-004");
}
END_TEST

START_TEST(test_engagement_within)
{
    check_as_of("2024-06-30");
    EXPECT_NONE("CSP-ENG-001"); /* off by default: unverified */
    check_enabled("2024-06-30", "CSP-ENG-001");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_NOT_SHOWN, "No public meeting of Safer Town");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_NOT_SHOWN, "unverified");
    import("{'format': 'libcsp/1', 'meetings': ["
           " {'id': 'pm', 'partnership': 'csp', 'date': '2023-07-01', 'kind': 'public', 'status': 'held'},"
           " {'id': 'pm2', 'partnership': 'csp', 'date': '2024-05-01', 'kind': 'public', 'status': 'cancelled'}]}");
    check_enabled("2024-06-30", "CSP-ENG-001");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_MET, "held a public meeting on 1 July 2023");
    check_enabled("2024-07-01", "CSP-ENG-001");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_MET, "on 1 July 2023");
    check_enabled("2024-07-02", "CSP-ENG-001");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_NOT_SHOWN, "No public meeting"); /* the cancelled one does not count */
    import("{'format': 'libcsp/1', 'discharges': [{'id': 'd1', 'duty': 'si2007_1830.community_engagement',"
           " 'partnership': 'csp', 'discharged_on': '2024-02', 'title': 'Residents survey'}]}");
    check_enabled("2024-07-02", "CSP-ENG-001");
    EXPECT("CSP-ENG-001", NULL, CSP_RESULT_MET, "in February 2024 (a partial date, taken as 29 February 2024)");
}
END_TEST

/* ---- scrutiny ---- */

START_TEST(test_scrutiny)
{
    check_as_of("2024-07-01");
    EXPECT("CSP-SCR-001", NULL, CSP_RESULT_NOT_SHOWN, "No review of Safer Town by Crime and disorder committee");
    EXPECT_NONE("CSP-SCR-002");
    import("{'format': 'libcsp/1', 'scrutiny_reviews': [{'id': 'r1', 'committee': 'cdc', 'scrutinised': 'csp',"
           " 'date': '2023-07-01', 'topic': 'Knife crime', 'recommendations': ["
           "  {'id': 'rec1', 'text': 'Do more', 'response': 'accepted', 'responded_on': '2023-07-20'},"
           "  {'id': 'rec2', 'text': 'Do better'}]}]}");
    check_as_of("2024-07-01");
    EXPECT("CSP-SCR-001", NULL, CSP_RESULT_MET, "last scrutinised on 1 July 2023");
    TU_STR_EQ(csp_finding_due(finding("CSP-SCR-001", NULL)), "2024-07-01");
    check_as_of("2024-07-02");
    EXPECT("CSP-SCR-001", NULL, CSP_RESULT_NOT_MET, "more than 12 months before 2 July 2024");
    /* Recommendations: an answer is looked for 28 days on (29 July 2023); the figure is unverified. */
    check_as_of("2023-07-29");
    EXPECT("CSP-SCR-002", NULL, CSP_RESULT_MET, "Each of the 2 scrutiny recommendations");
    check_as_of("2023-07-30");
    EXPECT("CSP-SCR-002", "rec2", CSP_RESULT_NOT_MET, "Recommendation 2 of the review");
    EXPECT("CSP-SCR-002", "rec2", CSP_RESULT_NOT_MET, "is unverified");
    TU_STR_EQ(csp_finding_due(finding("CSP-SCR-002", "rec2")), "2023-07-29");
    /* Before the committee provisions commenced (30 April 2009), the rules do not apply. */
    check_as_of("2009-04-29");
    EXPECT_NONE("CSP-SCR-001");
    check_as_of("2009-04-30");
    EXPECT("CSP-SCR-001", NULL, CSP_RESULT_NOT_SHOWN, "No review"); /* the 2023 review not yet held then */
    /* In Wales they commenced on 1 October 2009 (a Welsh GSS code: Cardiff). */
    tu_set_text(reg, CSP_ENTITY_PARTNERSHIP, "csp", CSP_PARTNERSHIP_AREA_CODE, "W06000015");
    check_as_of("2009-09-30");
    EXPECT_NONE("CSP-SCR-001");
    EXPECT_NONE("CSP-SCR-002");
    check_as_of("2009-10-01");
    EXPECT("CSP-SCR-001", NULL, CSP_RESULT_NOT_SHOWN, "No review"); /* the 2023 review not yet held then */
}
END_TEST

/* ---- reviews (unverified timescales: off by default) ---- */

START_TEST(test_homicide_reviews)
{
    import("{'format': 'libcsp/1', 'homicide_reviews': ["
           " {'id': 'h1', 'partnership': 'csp', 'kind': 'domestic_homicide_review', 'reference': 'DHR 2024/01',"
           "  'status': 'notified', 'notified_on': '2024-01-10'},"
           " {'id': 'h2', 'partnership': 'csp', 'kind': 'domestic_homicide_review', 'reference': 'DHR 2024/02',"
           "  'status': 'in_progress', 'notified_on': '2024-01-10', 'decision': 'hold', 'decided_on': '2024-02-01',"
           "  'commissioned_on': '2024-02-15'}]}");
    check_as_of("2024-09-01");
    EXPECT_NONE("CSP-DHR-001");
    ck_assert_ptr_null(finding("CSP-DHR-001", "h1"));
    static const char *const enable[] = {"CSP-DHR-001", "CSP-DHR-002", NULL};
    csp_check_options o = CSP_CHECK_OPTIONS_INIT;
    o.partnership = "csp";
    o.enable = enable;
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, "2024-02-10", &o));
    ck_assert_ptr_null(finding("CSP-DHR-001", "h1")); /* due by 10 February */
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, "2024-02-11", &o));
    EXPECT("CSP-DHR-001", "h1", CSP_RESULT_NOT_MET, "was due by 10 February 2024 and is not on record");
    EXPECT("CSP-DHR-001", "h1", CSP_RESULT_NOT_MET, "is unverified");
    ck_assert_ptr_null(finding("CSP-DHR-001", "h2"));
    csp_report_free(t_rep);
    t_rep = NULL;
    TU_OK(csp_check(&t_rep, reg, "2024-08-16", &o));
    EXPECT("CSP-DHR-002", "h2", CSP_RESULT_NOT_MET, "its submission to the Home Office was due by 15 August 2024");
}
END_TEST

/* ---- options, order, introspection ---- */

START_TEST(test_options)
{
    csp_check_options o = CSP_CHECK_OPTIONS_INIT;
    static const char *const skip[] = {"CSP-MEM-002", NULL};
    static const char *const unknown[] = {"CSP-NOPE-001", NULL};
    /* Every partnership, in id order; the committee has no rule of its kind yet. */
    TU_OK(csp_check(&t_rep, reg, "2024-06-30", NULL));
    ck_assert_uint_gt(csp_report_count(t_rep), 0);
    TU_STR_EQ(csp_finding_partnership(csp_report_finding(t_rep, 0)), "csp");
    TU_STR_EQ(csp_finding_partnership(csp_report_finding(t_rep, csp_report_count(t_rep) - 1)), "sog");
    /* Deterministic. */
    {
        csp_report *again = NULL;
        TU_OK(csp_check(&again, reg, "2024-06-30", NULL));
        ck_assert_uint_eq(csp_report_count(again), csp_report_count(t_rep));
        for (size_t i = 0; i < csp_report_count(again); i++) {
            TU_STR_EQ(csp_finding_rule(csp_report_finding(again, i)), csp_finding_rule(csp_report_finding(t_rep, i)));
            TU_STR_EQ(csp_finding_message(csp_report_finding(again, i)),
                      csp_finding_message(csp_report_finding(t_rep, i)));
        }
        csp_report_free(again);
    }
    ck_assert_ptr_null(csp_report_finding(t_rep, csp_report_count(t_rep)));
    csp_report_free(t_rep);
    t_rep = NULL;
    /* Skip by id, and by confidence. */
    o.skip = skip;
    TU_OK(csp_check(&t_rep, reg, "2024-06-30", &o));
    EXPECT_NONE("CSP-MEM-002");
    ck_assert_ptr_nonnull(finding("CSP-MEM-001", NULL));
    csp_report_free(t_rep);
    t_rep = NULL;
    o.skip = NULL;
    o.skip_confidence = CSP_CHECK_SKIP_SECONDARY;
    TU_OK(csp_check(&t_rep, reg, "2024-06-30", &o));
    for (size_t i = 0; i < csp_report_count(t_rep); i++)
        ck_assert_str_ne(csp_finding_confidence(csp_report_finding(t_rep, i)), "secondary");
    csp_report_free(t_rep);
    t_rep = NULL;
    /* Problems only. */
    o.skip_confidence = 0;
    o.flags = CSP_CHECK_PROBLEMS_ONLY;
    TU_OK(csp_check(&t_rep, reg, "2022-06-30", &o));
    ck_assert_uint_eq(csp_report_count_result(t_rep, CSP_RESULT_MET, NULL), 0);
    ck_assert_uint_gt(csp_report_count(t_rep), 0);
    csp_report_free(t_rep);
    t_rep = NULL;
    /* Refusals. */
    o.flags = 0;
    o.skip = unknown;
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_EARG);
    TU_MSG_HAS("CSP-NOPE-001");
    o.skip = NULL;
    o.enable = unknown;
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_EARG);
    o.enable = NULL;
    o.flags = 0x80;
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_EARG);
    o.flags = 0;
    o.skip_confidence = 0x80;
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_EARG);
    o.skip_confidence = 0;
    o.version = 99;
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_EARG);
    o.version = CSP_CHECK_OPTIONS_VERSION;
    o.partnership = "nope";
    TU_CODE(csp_check(&t_rep, reg, "2024-06-30", &o), CSP_ENOTFOUND);
    TU_CODE(csp_check(&t_rep, reg, "2024-06", NULL), CSP_EDATE);
    TU_CODE(csp_check(&t_rep, reg, "2024-02-30", NULL), CSP_EDATE);
    ck_assert_ptr_null(t_rep);
}
END_TEST

START_TEST(test_catalogue)
{
    size_t n = csp_rule_count();
    ck_assert_uint_ge(n, 15);
    for (size_t i = 0; i < n; i++) {
        const char *id = csp_rule_id(i);
        ck_assert_ptr_nonnull(id);
        ck_assert_int_eq(csp_rule_find(id), (int)i);
        ck_assert_ptr_nonnull(csp_rule_title(i));
        ck_assert_ptr_nonnull(csp_rule_source(i));
        ck_assert_ptr_nonnull(csp_rule_explain(i));
        ck_assert_ptr_nonnull(csp_rule_fix(i));
        ck_assert_ptr_nonnull(csp_schema_enum_label("rule_family", csp_rule_family(i)));
        ck_assert_ptr_nonnull(csp_schema_enum_label("rule_severity", csp_rule_severity(i)));
        ck_assert_ptr_nonnull(csp_schema_enum_label("confidence", csp_rule_confidence(i)));
        ck_assert_int_ge(csp_rule_on_by_default(i), 0);
    }
    ck_assert_ptr_null(csp_rule_id(n));
    ck_assert_ptr_null(csp_rule_title(n));
    ck_assert_ptr_null(csp_rule_family(n));
    ck_assert_ptr_null(csp_rule_source(n));
    ck_assert_ptr_null(csp_rule_confidence(n));
    ck_assert_ptr_null(csp_rule_severity(n));
    ck_assert_ptr_null(csp_rule_explain(n));
    ck_assert_ptr_null(csp_rule_fix(n));
    ck_assert_int_eq(csp_rule_on_by_default(n), -1);
    ck_assert_int_eq(csp_rule_applies_to(n, "board"), -1);
    ck_assert_int_eq(csp_rule_find("CSP-NOPE-001"), CSP_ENOTFOUND);
    int i = csp_rule_find("CSP-MEM-001");
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(csp_rule_applies_to((size_t)i, "community_safety_partnership"), 1);
    ck_assert_int_eq(csp_rule_applies_to((size_t)i, "statutory_officer_group"), 1);
    ck_assert_int_eq(csp_rule_applies_to((size_t)i, "board"), 0);
    ck_assert_int_eq(csp_rule_applies_to((size_t)i, "no_such_kind"), 0);
    ck_assert_int_eq(csp_rule_on_by_default((size_t)csp_rule_find("CSP-DHR-001")), 0);
    ck_assert_str_eq(csp_rule_confidence((size_t)csp_rule_find("CSP-DHR-001")), "unverified");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_authorities_represented);
    tcase_add_test(tc, test_chair_in_post);
    tcase_add_test(tc, test_assessment_within_12_months);
    tcase_add_test(tc, test_plan_in_force_and_revised);
    tcase_add_test(tc, test_plan_covers_strands);
    tcase_add_test(tc, test_cadence_kept);
    tcase_add_test(tc, test_meetings_quorate);
    tcase_add_test(tc, test_actions);
    tcase_add_test(tc, test_svd_holders_represented);
    tcase_add_test(tc, test_svd_outputs);
    tcase_add_test(tc, test_seats_filled);
    tcase_add_test(tc, test_plan_sent_to_pcc);
    tcase_add_test(tc, test_engagement_within);
    tcase_add_test(tc, test_scrutiny);
    tcase_add_test(tc, test_homicide_reviews);
    tcase_add_test(tc, test_options);
    tcase_add_test(tc, test_catalogue);
    suite_add_tcase(s, tc);
    return tu_run(s);
}
