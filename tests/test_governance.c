/*
 * test_governance.c: the governance layer of schema version 6 (meetings with
 * their documents, agenda and attendance; actions and their updates; risks
 * and their reviews; homicide and scrutiny reviews with recommendations;
 * indicators and their values; sources on every record) and its rules across
 * records, through the typed and generic C APIs and JSON import and export.
 *
 * Each refusal is checked for its code, its place (the JSON path on import,
 * the field on an API put), the record it names, and for leaving the
 * register as it was (the export before and after, byte for byte).
 */
#include "testutil.h"

#define SA "si2007_1830.strategic_assessment"

static csp_register *reg;

/* Buffers and objects of the running test, freed by teardown even when an
 * assertion fails (CK_FORK=no). */
static char *t_a, *t_b, *t_pub;
static char *t_c;           /* malloc'd (tu_q) */
static csp_register *t_r2; /* a second register */
static csp_record *t_rec;
static csp_query *t_q;

/* ------------------------------------------------------------------ */
/* The documents                                                       */
/* ------------------------------------------------------------------ */

#define FORMAT "'format': 'libcsp/1'"

/*
 * What the governance records stand on: organisations, people (sam private),
 * partnerships (csp with three seats: chair in post 2020-01-01 to
 * 2022-12-31, cllr from 2021-06-01, fire-seat with no dates; board with a
 * seat of its own; cdc, a crime and disorder committee; tfg, a task group),
 * a strategy with an element, and two sources.
 */
#define BASE_KEYS                                                                                   \
    " 'organisations': ["                                                                           \
    "  {'id': 'council', 'name': 'The council', 'kind': 'local_authority', 'responsible_authority': true}," \
    "  {'id': 'fire', 'name': 'Fire brigade', 'kind': 'fire_and_rescue', 'sources': ['src-web']},"  \
    "  {'id': 'met', 'name': 'Metropolitan Police Service', 'kind': 'police', 'responsible_authority': true}]," \
    " 'people': [{'id': 'alex', 'name': 'Alex Smith'}, {'id': 'jo', 'name': 'Jo Bloggs'},"         \
    "            {'id': 'sam', 'name': 'Sam Private', 'private': true}],"                           \
    " 'partnerships': ["                                                                            \
    "  {'id': 'board', 'name': 'Health and wellbeing board', 'kind': 'board',"                      \
    "   'members': [{'id': 'board-seat', 'organisation': 'met', 'role': 'member'}]},"               \
    "  {'id': 'cdc', 'name': 'Crime and disorder committee', 'kind': 'scrutiny_committee'},"        \
    "  {'id': 'csp', 'name': 'Safer Somewhere', 'kind': 'community_safety_partnership', 'quorum': 3," \
    "   'sources': ['src-doc'],"                                                                    \
    "   'members': ["                                                                               \
    "    {'id': 'chair', 'organisation': 'met', 'person': 'jo', 'role': 'chair',"                   \
    "     'start_date': '2020-01-01', 'end_date': '2022-12-31'},"                                   \
    "    {'id': 'cllr', 'organisation': 'council', 'person': 'sam', 'role': 'member',"              \
    "     'start_date': '2021-06-01'},"                                                             \
    "    {'id': 'fire-seat', 'organisation': 'fire', 'role': 'member'}]},"                          \
    "  {'id': 'tfg', 'name': 'Knife crime task group', 'kind': 'task_group', 'parent': 'csp'}],"    \
    " 'strategies': [{'id': 'plan', 'partnership': 'csp', 'title': 'Plan', 'kind': 'partnership_plan'," \
    "   'status': 'agreed', 'elements': [{'id': 'e1', 'kind': 'priority', 'title': 'Knife crime'}]}]," \
    " 'sources': ["                                                                                 \
    "  {'id': 'src-doc', 'reference': 'Terms of reference 2020', 'title': 'ToR', 'read_on': '2024-01-02'}," \
    "  {'id': 'src-web', 'url': 'https://example.org/csp', 'title': 'CSP page', 'updated_on': '2018-06-07'," \
    "   'read_on': '2024-01-02', 'note': 'last updated on 7 June 2018'}]"

/*
 * Every governance entity, every field of each used somewhere. Meeting
 * mt-1's agenda: ai-1 (ai-1-1), ai-2, ai-3 restricted (ai-3-1), ai-4, ai-5
 * (naming unpublished dhr-1), ai-6 (naming published dhr-0). act-2 was
 * raised at the restricted ai-3, act-3 at its sub-item ai-3-1.
 */
#define GOV_KEYS_1                                                                                  \
    " 'discharges': [{'id': 'dis-1', 'duty': '" SA "', 'partnership': 'csp', 'discharged_on': '2021-03-04'," \
    "   'title': 'Strategic assessment considered', 'meeting': 'mt-1', 'sources': ['src-doc']}],"   \
    " 'meetings': ["                                                                                \
    "  {'id': 'mt-1', 'partnership': 'csp', 'date': '2021-03-04', 'start_time': '18:30',"           \
    "   'duration_minutes': 120, 'kind': 'scheduled', 'status': 'held', 'title': 'Board meeting',"  \
    "   'location': 'Town hall', 'note': 'Quorate', 'sources': ['src-web', 'src-doc'],"             \
    "   'documents': ["                                                                             \
    "    {'id': 'doc-agenda', 'kind': 'agenda', 'title': 'Agenda', 'url': 'https://example.org/agenda.pdf'}," \
    "    {'id': 'doc-minutes', 'kind': 'minutes', 'title': 'Minutes', 'reference': 'MIN/2021/03',"  \
    "     'sources': ['src-doc']}],"                                                                \
    "   'agenda': ["                                                                                \
    "    {'id': 'ai-1', 'kind': 'progress_review', 'title': 'Progress', 'element': 'e1'},"          \
    "    {'id': 'ai-1-1', 'parent': 'ai-1', 'kind': 'report_back', 'title': 'Task group reports',"  \
    "     'reported_by': 'tfg', 'outcome': 'Noted'},"                                               \
    "    {'id': 'ai-2', 'kind': 'risks_and_issues', 'title': 'Risks', 'risk': 'risk-1'},"           \
    "    {'id': 'ai-3', 'kind': 'key_issue', 'title': 'Homicide review', 'restricted': true,"       \
    "     'homicide_review': 'dhr-1'},"                                                             \
    "    {'id': 'ai-3-1', 'parent': 'ai-3', 'kind': 'decision', 'title': 'Commission', 'outcome': 'Agreed'}," \
    "    {'id': 'ai-4', 'kind': 'decision', 'title': 'Scrutiny response', 'scrutiny_review': 'sr-1'," \
    "     'action': 'act-1', 'outcome': 'Agreed', 'sources': ['src-doc']},"                         \
    "    {'id': 'ai-5', 'kind': 'other', 'title': 'Reviews in hand', 'homicide_review': 'dhr-1'},"  \
    "    {'id': 'ai-6', 'kind': 'other', 'title': 'Published review', 'homicide_review': 'dhr-0'}]," \
    "   'attendance': ["                                                                            \
    "    {'id': 'att-chair', 'membership': 'chair', 'status': 'present'},"                          \
    "    {'id': 'att-fire', 'membership': 'fire-seat', 'status': 'apologies', 'substitute': 'alex'," \
    "     'note': 'Substitute attended', 'sources': ['src-doc']}]},"                                \
    "  {'id': 'mt-2', 'partnership': 'csp', 'date': '2021-06', 'kind': 'ad_hoc', 'status': 'cancelled'," \
    "   'agenda': [{'id': 'mt2-ai', 'kind': 'other', 'title': 'Apologies'}]}]"

#define GOV_KEYS_2                                                                                  \
    " 'actions': ["                                                                                 \
    "  {'id': 'act-1', 'partnership': 'csp', 'title': 'Map knife crime', 'description': 'Where and when'," \
    "   'raised_on': '2021-03-04', 'raised_at': 'mt-1', 'raised_at_item': 'ai-4', 'serves': 'e1',"  \
    "   'champion': 'chair', 'owner_partnership': 'tfg', 'due_on': '2021-09', 'status': 'in_progress'," \
    "   'rag': 'amber', 'sources': ['src-web'],"                                                    \
    "   'updates': ["                                                                               \
    "    {'id': 'upd-1', 'date': '2021-04-01', 'status': 'in_progress', 'rag': 'green', 'note': 'On track'," \
    "     'reported_at': 'mt-1', 'reported_by': 'chair', 'sources': ['src-doc']},"                  \
    "    {'id': 'upd-2', 'date': '2021-05', 'rag': 'amber'}]},"                                     \
    "  {'id': 'act-2', 'partnership': 'csp', 'title': 'Support the review', 'raised_at': 'mt-1',"   \
    "   'raised_at_item': 'ai-3', 'owner_organisation': 'council', 'status': 'open'},"              \
    "  {'id': 'act-3', 'partnership': 'csp', 'title': 'Appoint a chair', 'raised_at': 'mt-1',"      \
    "   'raised_at_item': 'ai-3-1', 'status': 'done'}],"                                            \
    " 'risks': [{'id': 'risk-1', 'partnership': 'csp', 'title': 'Funding ends', 'description': 'd'," \
    "   'owner': 'chair', 'likelihood': 3, 'impact': 4, 'status': 'open',"                          \
    "   'mitigations': ['Bid for more', 'Keep a reserve'], 'reviewed_at': 'ai-2', 'sources': ['src-web']," \
    "   'reviews': [{'id': 'rr-1', 'date': '2021-03-04', 'likelihood': 4, 'impact': 5, 'status': 'open'," \
    "     'note': 'Worse', 'reviewed_at': 'ai-2'},"                                                 \
    "    {'id': 'rr-2', 'date': '2021-06', 'likelihood': 2}]}],"                                    \
    " 'homicide_reviews': ["                                                                        \
    "  {'id': 'dhr-0', 'partnership': 'csp', 'kind': 'domestic_homicide_review', 'reference': 'DHR 2019/02'," \
    "   'status': 'published', 'notified_on': '2019-05-01', 'decision': 'hold', 'decided_on': '2019-05-20'," \
    "   'chair_appointed_on': '2019-06-01', 'commissioned_on': '2019-06', 'submitted_on': '2020-01'," \
    "   'quality_assured_on': '2020-04', 'published_on': '2020-06-01', 'sources': ['src-web']},"   \
    "  {'id': 'dhr-1', 'partnership': 'csp', 'kind': 'domestic_homicide_review', 'reference': 'DHR 2021/01'," \
    "   'status': 'in_progress', 'notified_on': '2021-01-10', 'decision': 'hold', 'decided_on': '2021-02'," \
    "   'chair_appointed_on': '2021-02-20', 'commissioned_on': '2021-03-04'},"                      \
    "  {'id': 'dhr-2', 'partnership': 'csp', 'kind': 'domestic_abuse_related_death_review',"        \
    "   'reference': 'DARDR 2021/02', 'status': 'not_held', 'notified_on': '2021-04-01',"           \
    "   'decision': 'not_hold', 'decided_on': '2021-04-20'}],"                                      \
    " 'scrutiny_reviews': [{'id': 'sr-1', 'committee': 'cdc', 'scrutinised': 'csp', 'date': '2021-02-01'," \
    "   'topic': 'Knife crime', 'note': 'A critical friend', 'sources': ['src-web'],"               \
    "   'recommendations': ["                                                                       \
    "    {'id': 'rec-1', 'text': 'Publish the plan', 'response': 'accepted', 'responded_on': '2021-03-04'," \
    "     'response_text': 'Agreed', 'sources': ['src-doc']},"                                      \
    "    {'id': 'rec-2', 'text': 'Map knife crime'}]}],"                                            \
    " 'indicators': [{'id': 'ind-1', 'partnership': 'csp', 'name': 'Knife crime with injury',"      \
    "   'unit': 'offences', 'direction': 'lower_is_better', 'target': '7.4', 'element': 'e1',"      \
    "   'note': 'Police recorded', 'sources': ['src-web'],"                                         \
    "   'values': [{'id': 'iv-1', 'period_start': '2020', 'value': '-12'},"                         \
    "    {'id': 'iv-2', 'period_start': '2021-01', 'period_end': '2021-03', 'value': '7.40',"       \
    "     'note': 'provisional', 'sources': ['src-doc']}]}]"

static const char *const BASE_DOC = "{" FORMAT "," BASE_KEYS "}";

/* C11 promises string literals of 4095 bytes: longer documents are joined at run time. */
static const char *const FULL_PARTS[] = {"{" FORMAT ",", BASE_KEYS ",", GOV_KEYS_1 ",", GOV_KEYS_2 "}", NULL};
/* The same, the governance arrays first (before what they name). */
static const char *const GOV_FIRST_PARTS[] = {"{" FORMAT ",", GOV_KEYS_1 ",", GOV_KEYS_2 ",", BASE_KEYS "}",
                                              NULL};

/* Joins parts into a document, with ' turned into "; free() the result. */
static char *join_doc(const char *const *parts)
{
    size_t n = 0, k;
    char *doc, *q;
    for (k = 0; parts[k] != NULL; k++)
        n += strlen(parts[k]);
    doc = malloc(n + 1);
    ck_assert_ptr_nonnull(doc);
    doc[0] = '\0';
    for (k = 0; parts[k] != NULL; k++)
        strcat(doc, parts[k]);
    q = tu_q(doc);
    free(doc);
    return q;
}

/* Imports the parts joined; returns the code. */
static int import_parts(csp_register *r, const char *const *parts)
{
    char *doc = join_doc(parts);
    int rc = tu_import(r, doc);
    free(doc);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Fixtures and helpers                                                */
/* ------------------------------------------------------------------ */

static void setup(void)
{
    reg = tu_open_mem();
    TU_OK(tu_import_q(reg, BASE_DOC));
}

static void setup_full(void)
{
    reg = tu_open_mem();
    TU_OK(import_parts(reg, FULL_PARTS));
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_register_close(t_r2);
    t_r2 = NULL;
    csp_record_free(t_rec);
    t_rec = NULL;
    csp_query_free(t_q);
    t_q = NULL;
    csp_free(t_a);
    csp_free(t_b);
    csp_free(t_pub);
    t_a = t_b = t_pub = NULL;
    free(t_c);
    t_c = NULL;
}

/* Takes the export (compact) to compare with after a refused write. */
static void snapshot(void)
{
    csp_free(t_a);
    t_a = tu_export(reg, 0);
}

/* Asserts that the register exports as it did at snapshot(). */
static void unchanged(void)
{
    csp_free(t_b);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}

/* Asserts that the last error's message contains both needles. */
#define TU_MSG_HAS2(a, b)                                                                  \
    do {                                                                                   \
        TU_MSG_HAS(a);                                                                     \
        TU_MSG_HAS(b);                                                                     \
    } while (0)

static csp_meeting *meeting_obj(const char *id, const char *partnership, const char *date,
                                const char *status)
{
    csp_meeting *m = NULL;
    TU_OK(csp_meeting_new(&m, id));
    TU_OK(csp_meeting_set_partnership(m, partnership));
    TU_OK(csp_meeting_set_date(m, date));
    TU_OK(csp_meeting_set_kind(m, "scheduled"));
    TU_OK(csp_meeting_set_status(m, status));
    return m;
}

static void put_meeting(const char *id, const char *partnership, const char *date, const char *status)
{
    csp_meeting *m = meeting_obj(id, partnership, date, status);
    TU_OK(csp_meeting_put(reg, m));
    csp_meeting_free(m);
}

static csp_agenda_item *item_obj(const char *id, const char *meeting, const char *parent,
                                 const char *outcome)
{
    csp_agenda_item *i = NULL;
    TU_OK(csp_agenda_item_new(&i, id));
    TU_OK(csp_agenda_item_set_meeting(i, meeting));
    if (parent != NULL)
        TU_OK(csp_agenda_item_set_parent(i, parent));
    TU_OK(csp_agenda_item_set_kind(i, outcome != NULL ? "decision" : "other"));
    TU_OK(csp_agenda_item_set_title(i, id));
    if (outcome != NULL)
        TU_OK(csp_agenda_item_set_outcome(i, outcome));
    return i;
}

static void put_item(const char *id, const char *meeting, const char *parent, const char *outcome)
{
    csp_agenda_item *i = item_obj(id, meeting, parent, outcome);
    TU_OK(csp_agenda_item_put(reg, i));
    csp_agenda_item_free(i);
}

static csp_attendance *attendance_obj(const char *id, const char *meeting, const char *membership)
{
    csp_attendance *a = NULL;
    TU_OK(csp_attendance_new(&a, id));
    TU_OK(csp_attendance_set_meeting(a, meeting));
    TU_OK(csp_attendance_set_membership(a, membership));
    TU_OK(csp_attendance_set_status(a, "present"));
    return a;
}

static void put_attendance(const char *id, const char *meeting, const char *membership)
{
    csp_attendance *a = attendance_obj(id, meeting, membership);
    TU_OK(csp_attendance_put(reg, a));
    csp_attendance_free(a);
}

static csp_action *action_obj(const char *id, const char *partnership)
{
    csp_action *a = NULL;
    TU_OK(csp_action_new(&a, id));
    TU_OK(csp_action_set_partnership(a, partnership));
    TU_OK(csp_action_set_title(a, id));
    TU_OK(csp_action_set_status(a, "open"));
    return a;
}

static csp_membership *membership_get(const char *id)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_get(&m, reg, id));
    return m;
}

static int risk_score(csp_register *r, const char *id)
{
    csp_risk *k = NULL;
    int score;
    TU_OK(csp_risk_get(&k, r, id));
    score = csp_risk_score(k);
    csp_risk_free(k);
    return score;
}

/*
 * Asserts that the agenda of meeting, iterated with filter.meeting, is
 * exactly want (ids joined by ','), at positions 1..n in that order, each
 * parent before its children and in the same meeting.
 */
static void check_agenda_in(csp_register *r, const char *meeting, const char *want)
{
    csp_agenda_item_filter f = CSP_AGENDA_ITEM_FILTER_INIT;
    csp_agenda_item_iterator *it = NULL;
    csp_agenda_item *item = NULL;
    char got[1024] = "", seen[1024] = ",", problem[512] = "";
    int rc, pos = 0;
    f.meeting = meeting;
    TU_OK(csp_agenda_item_iterator_new(&it, r, &f));
    while ((rc = csp_agenda_item_next(&item, it)) == CSP_OK) {
        const char *id = csp_agenda_item_id(item), *parent = csp_agenda_item_parent(item);
        char key[200];
        pos++;
        if (strlen(got) + strlen(id) + 2 < sizeof got) {
            if (got[0] != '\0')
                strcat(got, ",");
            strcat(got, id);
        }
        if (problem[0] == '\0' && csp_agenda_item_position(item) != pos)
            snprintf(problem, sizeof problem, "%s: position %d, expected %d", id,
                     csp_agenda_item_position(item), pos);
        if (problem[0] == '\0' && strcmp(csp_agenda_item_meeting(item), meeting) != 0)
            snprintf(problem, sizeof problem, "%s: in meeting %s", id, csp_agenda_item_meeting(item));
        if (parent != NULL) {
            snprintf(key, sizeof key, ",%s,", parent);
            if (problem[0] == '\0' && strstr(seen, key) == NULL)
                snprintf(problem, sizeof problem, "%s comes before its parent %s", id, parent);
        }
        if (strlen(seen) + strlen(id) + 2 < sizeof seen) {
            strcat(seen, id);
            strcat(seen, ",");
        }
        csp_agenda_item_free(item);
        item = NULL;
    }
    csp_agenda_item_iterator_free(it);
    ck_assert_msg(rc == CSP_ITEROVER, "csp_agenda_item_next: %s: %s", csp_code_name(rc),
                  csp_error_last()->message);
    ck_assert_msg(problem[0] == '\0', "meeting %s: %s (order [%s])", meeting, problem, got);
    ck_assert_msg(strcmp(got, want) == 0, "meeting %s: expected agenda [%s], got [%s]", meeting, want, got);
}

static void check_agenda(const char *meeting, const char *want)
{
    check_agenda_in(reg, meeting, want);
}

/* Whether the text holds the quoted string "s" (a JSON string value or key). */
static int has_quoted(const char *text, const char *s)
{
    char q[256];
    snprintf(q, sizeof q, "\"%s\"", s);
    return strstr(text, q) != NULL;
}

/* The number of records of each governance entity, joined by ',' into buf. */
static void governance_counts(char *buf, size_t size, csp_register *r)
{
    static const int entities[] = {
        CSP_ENTITY_MEETING,         CSP_ENTITY_DOCUMENT,       CSP_ENTITY_AGENDA_ITEM,
        CSP_ENTITY_ATTENDANCE,      CSP_ENTITY_ACTION,         CSP_ENTITY_ACTION_UPDATE,
        CSP_ENTITY_RISK,            CSP_ENTITY_RISK_REVIEW,    CSP_ENTITY_HOMICIDE_REVIEW,
        CSP_ENTITY_SCRUTINY_REVIEW, CSP_ENTITY_RECOMMENDATION, CSP_ENTITY_INDICATOR,
        CSP_ENTITY_INDICATOR_VALUE, CSP_ENTITY_SOURCE,         CSP_ENTITY_DISCHARGE};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
        int n = snprintf(buf + used, size - used, "%s%zu", k ? "," : "", tu_count(r, entities[k], NULL));
        ck_assert(n > 0 && (size_t)n < size - used);
        used += (size_t)n;
    }
}

/* meetings, documents, agenda items, attendance, actions, updates, risks,
 * risk reviews, homicide reviews, scrutiny reviews, recommendations,
 * indicators, values, sources, discharges: of FULL_PARTS */
#define FULL_COUNTS "2,2,9,2,3,2,1,2,3,1,2,1,2,2,1"

/* ------------------------------------------------------------------ */
/* A full document: import, read back, round-trip                      */
/* ------------------------------------------------------------------ */

START_TEST(test_full_document_imports)
{
    char buf[256];
    csp_meeting *m = NULL;
    csp_document *d = NULL;
    csp_attendance *at = NULL;
    csp_action *a = NULL;
    csp_action_update *u = NULL;
    csp_risk_review *rr = NULL;
    csp_homicide_review *h = NULL;
    csp_recommendation *rec = NULL;
    csp_indicator *ind = NULL;
    csp_indicator_value *iv = NULL;
    csp_source *s = NULL;
    csp_discharge *dis = NULL;
    csp_partnership *p = NULL;

    governance_counts(buf, sizeof buf, reg);
    TU_STR_EQ(buf, FULL_COUNTS);

    TU_OK(csp_meeting_get(&m, reg, "mt-1"));
    TU_STR_EQ(csp_meeting_partnership(m), "csp");
    TU_STR_EQ(csp_meeting_date(m), "2021-03-04");
    TU_STR_EQ(csp_meeting_start_time(m), "18:30");
    ck_assert_int_eq(csp_meeting_duration_minutes(m), 120);
    TU_STR_EQ(csp_meeting_kind(m), "scheduled");
    TU_STR_EQ(csp_meeting_status(m), "held");
    TU_STR_EQ(csp_meeting_location(m), "Town hall");
    ck_assert_uint_eq(csp_meeting_sources_count(m), 2);
    TU_STR_EQ(csp_meeting_sources(m, 0), "src-web");
    TU_STR_EQ(csp_meeting_sources(m, 1), "src-doc");
    TU_STR_EQ(csp_meeting_sources(m, 2), NULL);
    csp_meeting_free(m);

    TU_OK(csp_document_get(&d, reg, "doc-minutes"));
    TU_STR_EQ(csp_document_meeting(d), "mt-1");
    ck_assert_int_eq(csp_document_position(d), 2);
    TU_STR_EQ(csp_document_url(d), NULL);
    TU_STR_EQ(csp_document_reference(d), "MIN/2021/03");
    csp_document_free(d);

    check_agenda("mt-1", "ai-1,ai-1-1,ai-2,ai-3,ai-3-1,ai-4,ai-5,ai-6");
    check_agenda("mt-2", "mt2-ai");

    TU_OK(csp_attendance_get(&at, reg, "att-fire"));
    TU_STR_EQ(csp_attendance_meeting(at), "mt-1");
    TU_STR_EQ(csp_attendance_membership(at), "fire-seat");
    TU_STR_EQ(csp_attendance_status(at), "apologies");
    TU_STR_EQ(csp_attendance_substitute(at), "alex");
    csp_attendance_free(at);

    TU_OK(csp_action_get(&a, reg, "act-1"));
    TU_STR_EQ(csp_action_raised_at(a), "mt-1");
    TU_STR_EQ(csp_action_raised_at_item(a), "ai-4");
    TU_STR_EQ(csp_action_serves(a), "e1");
    TU_STR_EQ(csp_action_champion(a), "chair");
    TU_STR_EQ(csp_action_owner_partnership(a), "tfg");
    TU_STR_EQ(csp_action_owner_organisation(a), NULL);
    TU_STR_EQ(csp_action_due_on(a), "2021-09");
    TU_STR_EQ(csp_action_rag(a), "amber");
    csp_action_free(a);

    TU_OK(csp_action_update_get(&u, reg, "upd-2"));
    TU_STR_EQ(csp_action_update_action(u), "act-1");
    ck_assert_int_eq(csp_action_update_position(u), 2);
    TU_STR_EQ(csp_action_update_date(u), "2021-05");
    csp_action_update_free(u);

    ck_assert_int_eq(risk_score(reg, "risk-1"), 12);
    TU_OK(csp_risk_review_get(&rr, reg, "rr-1"));
    ck_assert_int_eq(csp_risk_review_score(rr), 20);
    ck_assert_int_eq(csp_risk_review_position(rr), 1);
    csp_risk_review_free(rr);
    rr = NULL;
    TU_OK(csp_risk_review_get(&rr, reg, "rr-2"));
    ck_assert_int_eq(csp_risk_review_likelihood(rr), 2);
    ck_assert_int_eq(csp_risk_review_score(rr), 0); /* impact unset */
    csp_risk_review_free(rr);

    TU_OK(csp_homicide_review_get(&h, reg, "dhr-0"));
    TU_STR_EQ(csp_homicide_review_quality_assured_on(h), "2020-04");
    TU_STR_EQ(csp_homicide_review_published_on(h), "2020-06-01");
    csp_homicide_review_free(h);

    TU_OK(csp_recommendation_get(&rec, reg, "rec-2"));
    TU_STR_EQ(csp_recommendation_scrutiny_review(rec), "sr-1");
    ck_assert_int_eq(csp_recommendation_position(rec), 2);
    TU_STR_EQ(csp_recommendation_response(rec), NULL);
    csp_recommendation_free(rec);

    TU_OK(csp_indicator_get(&ind, reg, "ind-1"));
    TU_STR_EQ(csp_indicator_target(ind), "7.4");
    TU_STR_EQ(csp_indicator_direction(ind), "lower_is_better");
    csp_indicator_free(ind);
    TU_OK(csp_indicator_value_get(&iv, reg, "iv-1"));
    TU_STR_EQ(csp_indicator_value_value(iv), "-12");
    csp_indicator_value_free(iv);
    iv = NULL;
    TU_OK(csp_indicator_value_get(&iv, reg, "iv-2"));
    TU_STR_EQ(csp_indicator_value_value(iv), "7.40"); /* as written */
    TU_STR_EQ(csp_indicator_value_period_end(iv), "2021-03");
    csp_indicator_value_free(iv);

    TU_OK(csp_source_get(&s, reg, "src-web"));
    TU_STR_EQ(csp_source_url(s), "https://example.org/csp");
    TU_STR_EQ(csp_source_updated_on(s), "2018-06-07");
    csp_source_free(s);

    TU_OK(csp_discharge_get(&dis, reg, "dis-1"));
    TU_STR_EQ(csp_discharge_meeting(dis), "mt-1");
    csp_discharge_free(dis);

    TU_OK(csp_partnership_get(&p, reg, "csp"));
    ck_assert_int_eq(csp_partnership_quorum(p), 3);
    csp_partnership_free(p);
}
END_TEST

/* export -> import into a fresh register -> export: the same bytes. */
static void roundtrip(unsigned int flags)
{
    t_a = tu_export(reg, flags);
    ck_assert_msg(has_quoted(t_a, "meetings") && has_quoted(t_a, "agenda") &&
                      has_quoted(t_a, "attendance") && has_quoted(t_a, "updates") &&
                      has_quoted(t_a, "reviews") && has_quoted(t_a, "recommendations") &&
                      has_quoted(t_a, "values") && has_quoted(t_a, "documents") &&
                      has_quoted(t_a, "homicide_reviews") && has_quoted(t_a, "sources"),
                  "a governance array is missing from the export:\n%s", t_a);
    /* What libcsp keeps is not exported. */
    ck_assert_msg(!has_quoted(t_a, "score") && !has_quoted(t_a, "position"), "%s", t_a);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, flags);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_int_eq(risk_score(t_r2, "risk-1"), 12);
    check_agenda_in(t_r2, "mt-1", "ai-1,ai-1-1,ai-2,ai-3,ai-3-1,ai-4,ai-5,ai-6");
}

START_TEST(test_full_roundtrip_compact)
{
    roundtrip(0);
}
END_TEST

START_TEST(test_full_roundtrip_indented)
{
    roundtrip(CSP_EXPORT_INDENT);
    ck_assert_ptr_nonnull(strstr(t_a, "\n  \"meetings\": ["));
}
END_TEST

START_TEST(test_full_document_twice)
{
    /* The same document again: every record identical, accepted, nothing changes. */
    snapshot();
    TU_OK(import_parts(reg, FULL_PARTS));
    unchanged();
    TU_OK(tu_import(reg, t_a));
    unchanged();
}
END_TEST

START_TEST(test_full_document_in_a_fresh_register_order_free)
{
    /*
     * The governance arrays before what they refer to (meetings before the
     * partnerships whose seats attend): the rules across records are checked
     * at the end of the import, so the order of the arrays does not matter.
     */
    csp_register *r = NULL;
    char buf[256];
    TU_OK(csp_register_open(&r, ":memory:", NULL));
    t_r2 = r;
    TU_OK(import_parts(t_r2, GOV_FIRST_PARTS));
    governance_counts(buf, sizeof buf, t_r2);
    TU_STR_EQ(buf, FULL_COUNTS);
    t_a = tu_export(reg, 0);
    t_b = tu_export(t_r2, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Bad documents: the code, the JSON path, nothing written             */
/* ------------------------------------------------------------------ */

typedef struct json_case {
    const char *doc; /* the keys after "format", single-quoted */
    int code;
    const char *path;
    const char *says; /* the message holds this */
} json_case;

#define MT(id, date, status) \
    "{'id': '" id "', 'partnership': 'csp', 'date': '" date "', 'kind': 'scheduled', 'status': '" status "'"
#define ACT(id) "{'id': '" id "', 'partnership': 'csp', 'title': 'T', 'status': 'open'"
#define DHR(id) \
    "{'id': '" id "', 'partnership': 'csp', 'kind': 'domestic_homicide_review', 'reference': 'R', 'status': 'decided', 'notified_on': '2021-01-10'"
#define IND(id) "{'id': '" id "', 'partnership': 'csp', 'name': 'N'"

static const json_case json_cases[] = {
    /* 0: an action whose champion sits on another partnership */
    {"'actions': [" ACT("a-x") ", 'champion': 'board-seat'}]", CSP_ECONSTRAINT, "actions[0].champion",
     "a-x"},
    /* 1: the second of two actions */
    {"'actions': [" ACT("a-ok") ", 'champion': 'chair'}, " ACT("a-x") ", 'champion': 'board-seat'}]",
     CSP_ECONSTRAINT, "actions[1].champion", "champion.partnership is \"board\""},
    /* 2: an update dated before its action was raised (a partial date in the same month is not) */
    {"'actions': [" ACT("a-x") ", 'raised_on': '2021-03-04', 'updates': [{'id': 'u-ok', 'date': '2021-03'},"
     " {'id': 'u-x', 'date': '2021-03-03'}]}]",
     CSP_ECONSTRAINT, "actions[0].updates[1].date", "u-x"},
    /* 3: raised in a month, updated before it */
    {"'actions': [" ACT("a-x") ", 'raised_on': '2021-03', 'updates': [{'id': 'u-x', 'date': '2021-02-28'}]}]",
     CSP_ECONSTRAINT, "actions[0].updates[0].date", "raised_on"},
    /* 4: an agenda item of a cancelled meeting with an outcome */
    {"'meetings': [" MT("mt-x", "2021-05-01", "cancelled") ", 'agenda': [{'id': 'i-ok', 'kind': 'other',"
     " 'title': 'Apologies'}, {'id': 'i-x', 'kind': 'decision', 'title': 'D', 'outcome': 'Agreed'}]}]",
     CSP_ECONSTRAINT, "meetings[0].agenda[1].outcome", "cancelled"},
    /* 5: a sub-item of a postponed meeting with an outcome */
    {"'meetings': [" MT("mt-x", "2021-05-01", "postponed") ", 'agenda': [{'id': 'i-1', 'kind': 'other',"
     " 'title': 'Part'}, {'id': 'i-x', 'parent': 'i-1', 'kind': 'decision', 'title': 'D', 'outcome': 'Agreed'}]}]",
     CSP_ECONSTRAINT, "meetings[0].agenda[1].outcome", "postponed"},
    /* 6: attendance by a seat that had ended before the meeting */
    {"'meetings': [" MT("mt-x", "2023-01-01", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'chair',"
     " 'status': 'present'}]}]",
     CSP_ECONSTRAINT, "meetings[0].attendance[0].membership", "end_date"},
    /* 7: attendance by a seat that had not yet started */
    {"'meetings': [" MT("mt-x", "2021-05-31", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'cllr',"
     " 'status': 'apologies'}]}]",
     CSP_ECONSTRAINT, "meetings[0].attendance[0].membership", "start_date"},
    /* 8: a meeting in a month that ends before the seat starts */
    {"'meetings': [" MT("mt-x", "2021-05", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'cllr',"
     " 'status': 'absent'}]}]",
     CSP_ECONSTRAINT, "meetings[0].attendance[0].membership", "at-x"},
    /* 9: attendance by a seat on another partnership */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'board-seat',"
     " 'status': 'present'}]}]",
     CSP_ECONSTRAINT, "meetings[0].attendance[0].membership", "partnership"},
    /* 10: deep in the second meeting */
    {"'meetings': [" MT("mt-ok", "2021-05-01", "held") ", 'attendance': [{'id': 'at-ok', 'membership': 'chair',"
     " 'status': 'present'}]}, " MT("mt-x", "2021-07-01", "held") ", 'attendance': [{'id': 'at-ok2',"
     " 'membership': 'cllr', 'status': 'present'}, {'id': 'at-x', 'membership': 'board-seat', 'status': 'present'}]}]",
     CSP_ECONSTRAINT, "meetings[1].attendance[1].membership", "at-x"},
    /* 11: the seat comes later in the document, on another partnership */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'late-seat',"
     " 'status': 'present'}]}], 'partnerships': [{'id': 'late', 'name': 'Late', 'kind': 'board',"
     " 'members': [{'id': 'late-seat', 'organisation': 'met', 'role': 'member'}]}]",
     CSP_ECONSTRAINT, "meetings[0].attendance[0].membership", "late"},
    /* 12: a scrutiny review by a partnership that is not a scrutiny committee */
    {"'scrutiny_reviews': [{'id': 'sr-x', 'committee': 'board', 'scrutinised': 'csp', 'date': '2021-01-01',"
     " 'topic': 'T'}]",
     CSP_ECONSTRAINT, "scrutiny_reviews[0].committee", "board"},
    /* 13: ... whose committee comes later in the document */
    {"'scrutiny_reviews': [{'id': 'sr-x', 'committee': 'late', 'scrutinised': 'csp', 'date': '2021-01-01',"
     " 'topic': 'T'}], 'partnerships': [{'id': 'late', 'name': 'Late', 'kind': 'delivery_group'}]",
     CSP_ECONSTRAINT, "scrutiny_reviews[0].committee", "delivery_group"},
    /* 14-20: homicide reviews */
    {"'homicide_reviews': [" DHR("h-x") ", 'decision': 'not_hold', 'commissioned_on': '2021-03-01'}]",
     CSP_ECONSTRAINT, "homicide_reviews[0].commissioned_on", "not_hold"},
    {"'homicide_reviews': [" DHR("h-x") ", 'decision': 'not_hold', 'published_on': '2022-03-01'}]",
     CSP_ECONSTRAINT, "homicide_reviews[0].published_on", "not_hold"},
    {"'homicide_reviews': [" DHR("h-x") ", 'decided_on': '2021-01-09'}]", CSP_ECONSTRAINT,
     "homicide_reviews[0].decided_on", "notified_on"},
    {"'homicide_reviews': [" DHR("h-x") ", 'decided_on': '2021-02', 'commissioned_on': '2021-01-31'}]",
     CSP_ECONSTRAINT, "homicide_reviews[0].commissioned_on", "decided_on"},
    {"'homicide_reviews': [" DHR("h-x") ", 'commissioned_on': '2021-03-01', 'submitted_on': '2021-02'}]",
     CSP_ECONSTRAINT, "homicide_reviews[0].submitted_on", "commissioned_on"},
    {"'homicide_reviews': [" DHR("h-x") ", 'submitted_on': '2021-09', 'quality_assured_on': '2021-08-31'}]",
     CSP_ECONSTRAINT, "homicide_reviews[0].quality_assured_on", "submitted_on"},
    {"'homicide_reviews': [" DHR("h-x") ", 'published_on': '2020'}]", CSP_ECONSTRAINT,
     "homicide_reviews[0].published_on", "notified_on"},
    /* 21: an action with two owners */
    {"'actions': [" ACT("a-x") ", 'owner_partnership': 'tfg', 'owner_organisation': 'council'}]",
     CSP_ECONSTRAINT, "actions[0]", "owner_organisation"},
    /* 22: a document with neither url nor reference */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'documents': [{'id': 'd-x', 'kind': 'agenda',"
     " 'title': 'Agenda'}]}]",
     CSP_EREQUIRED, "meetings[0].documents[0]", "reference"},
    /* 23: a source with neither */
    {"'sources': [{'id': 'src-x', 'title': 'A page', 'read_on': '2024-01-01'}]", CSP_EREQUIRED, "sources[0]",
     "url"},
    /* 24-27: times */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'start_time': '24:00'}]", CSP_EINVALID,
     "meetings[0].start_time", "24:00"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'start_time': '7:30'}]", CSP_EINVALID,
     "meetings[0].start_time", "7:30"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'start_time': '18.30'}]", CSP_EINVALID,
     "meetings[0].start_time", "hh:mm"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'start_time': '18:60'}]", CSP_EINVALID,
     "meetings[0].start_time", "18:60"},
    /* 28-31: decimals */
    {"'indicators': [" IND("i-x") ", 'target': '7,4'}]", CSP_EINVALID, "indicators[0].target", "7,4"},
    {"'indicators': [" IND("i-x") ", 'target': '1e3'}]", CSP_EINVALID, "indicators[0].target", "1e3"},
    {"'indicators': [" IND("i-x") ", 'values': [{'id': 'v-ok', 'period_start': '2020', 'value': '7.4'},"
     " {'id': 'v-x', 'period_start': '2021', 'value': '1e3'}]}]",
     CSP_EINVALID, "indicators[0].values[1].value", "decimal"},
    {"'indicators': [" IND("i-x") ", 'values': [{'id': 'v-x', 'period_start': '2020', 'value': 7.4}]}]",
     CSP_EINVALID, "indicators[0].values[0].value", "text"},
    /* 32-34: risks */
    {"'risks': [{'id': 'r-x', 'partnership': 'csp', 'title': 'T', 'status': 'open', 'likelihood': 3,"
     " 'impact': 4, 'score': 12}]",
     CSP_EUNKNOWN, "risks[0].score", "kept by libcsp"},
    {"'risks': [{'id': 'r-x', 'partnership': 'csp', 'title': 'T', 'status': 'open', 'owner': 'board-seat'}]",
     CSP_ECONSTRAINT, "risks[0].owner", "r-x"},
    {"'risks': [{'id': 'r-x', 'partnership': 'csp', 'title': 'T', 'status': 'open', 'likelihood': 6}]",
     CSP_EINVALID, "risks[0].likelihood", "6"},
    {"'risks': [{'id': 'r-x', 'partnership': 'csp', 'title': 'T', 'status': 'open', 'reviews': [{'id': 'rr-x',"
     " 'date': '2021', 'impact': 0}]}]",
     CSP_EINVALID, "risks[0].reviews[0].impact", "0"},
    /* 36-40: the other rules of an action and its updates */
    {"'meetings': [{'id': 'bm', 'partnership': 'board', 'date': '2021-05-01', 'kind': 'scheduled',"
     " 'status': 'held'}], 'actions': [" ACT("a-x") ", 'raised_at': 'bm'}]",
     CSP_ECONSTRAINT, "actions[0].raised_at", "board"},
    {"'meetings': [" MT("m1", "2021-05-01", "held") ", 'agenda': [{'id': 'i1', 'kind': 'other', 'title': 'I'}]}, "
     MT("m2", "2021-06-01", "held") "}], 'actions': [" ACT("a-x") ", 'raised_at': 'm2', 'raised_at_item': 'i1'}]",
     CSP_ECONSTRAINT, "actions[0].raised_at_item", "raised_at_item.meeting is \"m1\""},
    {"'meetings': [" MT("m1", "2021-05-01", "held") "}], 'actions': [" ACT("a-x") ", 'raised_at': 'm1',"
     " 'raised_on': '2021-04-30'}]",
     CSP_ECONSTRAINT, "actions[0].raised_at", "2021-04-30"},
    {"'actions': [" ACT("a-x") ", 'raised_on': '2021-05-01', 'due_on': '2021-04'}]", CSP_ECONSTRAINT,
     "actions[0].due_on", "raised_on"},
    {"'actions': [" ACT("a-x") ", 'updates': [{'id': 'u-x', 'date': '2021-05-01', 'reported_by': 'board-seat'}]}]",
     CSP_ECONSTRAINT, "actions[0].updates[0].reported_by", "u-x"},
    /* 41: a recommendation answered before the review made it */
    {"'scrutiny_reviews': [{'id': 'sr-x', 'committee': 'cdc', 'scrutinised': 'csp', 'date': '2021-05-01',"
     " 'topic': 'T', 'recommendations': [{'id': 'rec-ok', 'text': 'A', 'responded_on': '2021-05'},"
     " {'id': 'rec-x', 'text': 'B', 'responded_on': '2021-04-30'}]}]",
     CSP_ECONSTRAINT, "scrutiny_reviews[0].recommendations[1].responded_on", "rec-x"},
    /* 42-44: sources that do not exist */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'sources': ['ghost']}]", CSP_EREFERENCE,
     "meetings[0].sources[0]", "ghost"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'agenda': [{'id': 'i-x', 'kind': 'other', 'title': 'I',"
     " 'sources': ['src-web', 'ghost']}]}]",
     CSP_EREFERENCE, "meetings[0].agenda[0].sources[1]", "ghost"},
    {"'organisations': [{'id': 'o-x', 'name': 'O', 'kind': 'other', 'sources': ['src-doc', 'src-doc']}]",
     CSP_EINVALID, "organisations[0].sources[1]", "src-doc"},
    /* 45: an agenda item under an item of another meeting */
    {"'meetings': [" MT("m1", "2021-05-01", "held") ", 'agenda': [{'id': 'i1', 'kind': 'other', 'title': 'I'}]}, "
     MT("m2", "2021-06-01", "held") ", 'agenda': [{'id': 'i2', 'parent': 'i1', 'kind': 'other', 'title': 'I'}]}]",
     CSP_ECONSTRAINT, "meetings[1].agenda[0].parent", "\"m1\""},
    /* 46-48: what a nested record does not say in JSON */
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'agenda': [{'id': 'i-x', 'kind': 'other', 'title': 'I',"
     " 'position': 1}]}]",
     CSP_EUNKNOWN, "meetings[0].agenda[0].position", "position"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'attendance': [{'id': 'at-x', 'meeting': 'mt-x',"
     " 'membership': 'chair', 'status': 'present'}]}]",
     CSP_EUNKNOWN, "meetings[0].attendance[0].meeting", "nested"},
    {"'meetings': [" MT("mt-x", "2021-05-01", "held") ", 'attendance': [{'id': 'at-x', 'membership': 'chair',"
     " 'status': 'present', 'substitute': 'nobody'}]}]",
     CSP_EREFERENCE, "meetings[0].attendance[0].substitute", "nobody"},
    /* 49-51: the new fields elsewhere */
    {"'partnerships': [{'id': 'q', 'name': 'Q', 'kind': 'board', 'quorum': 1001}]", CSP_EINVALID,
     "partnerships[0].quorum", "1001"},
    {"'discharges': [{'id': 'd-x', 'duty': '" SA "', 'partnership': 'csp', 'discharged_on': '2021-03',"
     " 'title': 'T', 'meeting': 'ghost-meeting'}]",
     CSP_EREFERENCE, "discharges[0].meeting", "ghost-meeting"},
    {"'indicators': [" IND("i-x") ", 'values': [{'id': 'v-x', 'period_start': '2021-04', 'period_end': '2021-03'}]}]",
     CSP_EREQUIRED, "indicators[0].values[0].value", "value"},
    /* 52: a value's period ending before it starts */
    {"'indicators': [" IND("i-x") ", 'values': [{'id': 'v-x', 'period_start': '2021-04', 'period_end': '2021-03',"
     " 'value': '1'}]}]",
     CSP_ECONSTRAINT, "indicators[0].values[0].period_end", "period_start"},
    /* 53: an unknown meeting status */
    {"'meetings': [" MT("mt-x", "2021-05-01", "adjourned") "}]", CSP_EENUM, "meetings[0].status", "adjourned"},
};

#define N_JSON_CASES ((int)(sizeof json_cases / sizeof json_cases[0]))

START_TEST(test_json_refused)
{
    const json_case *c = &json_cases[_i];
    char before[256], after[256], doc[8192];
    int rc;
    ck_assert_int_lt(snprintf(doc, sizeof doc, "{" FORMAT ", %s}", c->doc), (int)sizeof doc);
    t_c = tu_q(doc);
    snapshot();
    governance_counts(before, sizeof before, reg);
    rc = tu_import(reg, t_c);
    ck_assert_msg(rc == c->code, "case %d: expected %s, got %s: \"%s\" [path \"%s\"]\n%s", _i,
                  csp_code_name(c->code), csp_code_name(rc), csp_error_last()->message,
                  csp_error_last()->path, t_c);
    ck_assert_int_eq(csp_error_last()->code, c->code);
    TU_PATH(c->path);
    TU_MSG_HAS(c->says);
    unchanged();
    governance_counts(after, sizeof after, reg);
    TU_STR_EQ(after, before);
}
END_TEST

START_TEST(test_json_refused_on_full_register)
{
    /* The same refusals against a register that already holds every
     * governance record: one register for all of them (each refusal must
     * leave it as it was, so each case starts where the last one did). */
    snapshot();
    for (int i = 0; i < N_JSON_CASES; i++) {
        const json_case *c = &json_cases[i];
        char doc[8192];
        ck_assert_int_lt(snprintf(doc, sizeof doc, "{" FORMAT ", %s}", c->doc), (int)sizeof doc);
        free(t_c);
        t_c = tu_q(doc);
        TU_CODE(tu_import(reg, t_c), c->code);
        TU_PATH(c->path);
        unchanged();
    }
}
END_TEST

/*
 * Asserts that the last error is at path and says exactly text after it: the
 * message is "<path>: <text>", or "<path>: <path>: <text>" (the place, then
 * the record it names, which on import is the same path).
 */
static void says_exactly(const char *path, const char *text)
{
    const char *m = csp_error_last()->message;
    size_t n = strlen(path);
    TU_PATH(path);
    ck_assert_msg(strncmp(m + n, ": ", 2) == 0, "message: \"%s\"", m);
    m += n + 2;
    if (strncmp(m, path, n) == 0 && strncmp(m + n, ": ", 2) == 0)
        m += n + 2;
    ck_assert_msg(strcmp(m, text) == 0, "message: expected \"%s: %s\", got \"%s\"", path, text,
                  csp_error_last()->message);
}

START_TEST(test_json_count_rule_messages)
{
    /* The rules that count fields name the record by its JSON path, and say which fields. */
    snapshot();
    TU_CODE(tu_import_q(reg, "{" FORMAT ", 'actions': [" ACT("a-ok") "}, " ACT("a-x")
                             ", 'owner_partnership': 'tfg', 'owner_organisation': 'council'}]}"),
            CSP_ECONSTRAINT);
    says_exactly("actions[1]", "at most one of owner_partnership or owner_organisation must be set (more than one is)");
    TU_CODE(tu_import_q(reg, "{" FORMAT ", 'meetings': [" MT("mt-x", "2021-05-01", "held")
                             ", 'documents': [{'id': 'd-ok', 'kind': 'agenda', 'title': 'A', 'reference': 'R'},"
                             " {'id': 'd-x', 'kind': 'minutes', 'title': 'M'}]}]}"),
            CSP_EREQUIRED);
    says_exactly("meetings[0].documents[1]", "at least one of url or reference must be set (none is)");
    TU_CODE(tu_import_q(reg, "{" FORMAT ", 'sources': [{'id': 'src-x', 'title': 'T'}]}"), CSP_EREQUIRED);
    says_exactly("sources[0]", "at least one of url or reference must be set (none is)");
    /* Through the API, the record is named instead. */
    TU_OK(csp_record_new(&t_rec, CSP_ENTITY_SOURCE, "src-x"));
    TU_CODE(csp_record_put(reg, t_rec), CSP_EREQUIRED);
    TU_STR_EQ(csp_error_last()->message, "source \"src-x\": at least one of url or reference must be set (none is)");
    unchanged();
}
END_TEST

START_TEST(test_json_accepted_edges)
{
    /* What the rules allow: boundaries and partial dates as the periods they name. */
    static const char *const ok =
        "{" FORMAT ","
        " 'meetings': ["
        "  " MT("m-first-day", "2020-01-01", "held") ", 'start_time': '00:00', 'attendance': ["
        "    {'id': 'at-1', 'membership': 'chair', 'status': 'present'}]},"
        "  " MT("m-last-day", "2022-12-31", "held") ", 'start_time': '23:59', 'attendance': ["
        "    {'id': 'at-2', 'membership': 'chair', 'status': 'present'},"
        "    {'id': 'at-3', 'membership': 'fire-seat', 'status': 'absent'}]},"
        "  " MT("m-month", "2021-06", "held") ", 'attendance': ["
        "    {'id': 'at-4', 'membership': 'cllr', 'status': 'present'}]},"
        "  " MT("m-year", "2022", "postponed") ", 'agenda': [{'id': 'i-no-outcome', 'kind': 'decision',"
        "    'title': 'Deferred'}], 'attendance': [{'id': 'at-5', 'membership': 'chair', 'status': 'apologies'}]}],"
        " 'actions': [" ACT("a-1") ", 'raised_on': '2021-03', 'due_on': '2021-03-01', 'owner_partnership': 'tfg',"
        "   'updates': [{'id': 'u-1', 'date': '2021-03-01'}, {'id': 'u-2', 'date': '2021'}]},"
        "  " ACT("a-2") ", 'owner_organisation': 'council'}, " ACT("a-3") "}],"
        " 'homicide_reviews': [" DHR("h-1") ", 'decision': 'not_hold', 'decided_on': '2021-01-10',"
        "   'chair_appointed_on': '2021-01-11'}, " DHR("h-2") ", 'decided_on': '2021-01', 'commissioned_on': '2021-01-10',"
        "   'submitted_on': '2021-01-10', 'quality_assured_on': '2021', 'published_on': '2021-01'}],"
        " 'indicators': [" IND("i-1") ", 'target': '-0.5', 'values': [{'id': 'v-1', 'period_start': '2021',"
        "   'value': '0'}, {'id': 'v-2', 'period_start': '2021', 'period_end': '2021-12-31', 'value': '100.25'}]}]}";
    TU_OK(tu_import_q(reg, ok));
    check_agenda("m-year", "i-no-outcome");
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ATTENDANCE, NULL), 5);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ACTION_UPDATE, NULL), 2);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_HOMICIDE_REVIEW, NULL), 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The rules across records through the API: the record written       */
/* ------------------------------------------------------------------ */

START_TEST(test_api_action_champion_other_partnership)
{
    csp_action *a = action_obj("a-x", "csp");
    put_meeting("mt", "csp", "2021-03-04", "held");
    snapshot();
    TU_OK(csp_action_set_champion(a, "board-seat"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("champion");
    TU_MSG_HAS2("action \"a-x\"", "champion.partnership is \"board\" and partnership is \"csp\"");
    TU_CODE(csp_action_insert(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("champion");
    unchanged();
    /* A seat on the action's partnership is fine. */
    TU_OK(csp_action_set_champion(a, "fire-seat"));
    TU_OK(csp_action_put(reg, a));
    /* Replacing it with a champion elsewhere: refused, the stored one kept. */
    snapshot();
    TU_OK(csp_action_set_champion(a, "board-seat"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("champion");
    unchanged();
    csp_action_free(a);
    a = NULL;
    TU_OK(csp_action_get(&a, reg, "a-x"));
    TU_STR_EQ(csp_action_champion(a), "fire-seat");
    csp_action_free(a);
}
END_TEST

START_TEST(test_api_action_meeting_rules)
{
    csp_action *a = action_obj("a-x", "csp");
    put_meeting("mt", "csp", "2021-03-04", "held");
    put_meeting("mt-other", "csp", "2021-04-01", "held");
    put_meeting("bm", "board", "2021-03-04", "held");
    put_item("i-other", "mt-other", NULL, NULL);
    snapshot();
    /* The meeting that raised it is another partnership's. */
    TU_OK(csp_action_set_raised_at(a, "bm"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("raised_at");
    /* The item that raised it is on another meeting. */
    TU_OK(csp_action_set_raised_at(a, "mt"));
    TU_OK(csp_action_set_raised_at_item(a, "i-other"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("raised_at_item");
    TU_MSG_HAS("raised_at_item.meeting is \"mt-other\"");
    /* Raised before the meeting that raised it. */
    TU_OK(csp_action_set_raised_at_item(a, NULL));
    TU_OK(csp_action_set_raised_on(a, "2021-03-03"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("raised_at");
    TU_MSG_HAS("2021-03-03");
    /* Due before it was raised. */
    TU_OK(csp_action_set_raised_on(a, "2021-03-04"));
    TU_OK(csp_action_set_due_on(a, "2021-03-03"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("due_on");
    unchanged();
    TU_OK(csp_action_set_due_on(a, "2021-03"));
    TU_OK(csp_action_set_raised_at_item(a, NULL));
    TU_OK(csp_action_put(reg, a));
    csp_action_free(a);
}
END_TEST

START_TEST(test_api_action_owner_at_most_one)
{
    csp_action *a = action_obj("a-x", "csp");
    snapshot();
    TU_OK(csp_action_set_owner_partnership(a, "tfg"));
    TU_OK(csp_action_set_owner_organisation(a, "council"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_MSG_HAS2("owner_partnership", "owner_organisation");
    TU_MSG_HAS2("a-x", "at most one");
    TU_CODE(csp_action_insert(reg, a), CSP_ECONSTRAINT);
    unchanged();
    TU_OK(csp_action_set_owner_partnership(a, NULL));
    TU_OK(csp_action_put(reg, a));
    TU_OK(csp_action_set_owner_organisation(a, NULL));
    TU_OK(csp_action_put(reg, a)); /* no owner at all: fine */
    TU_OK(csp_action_set_owner_partnership(a, "tfg"));
    TU_OK(csp_action_put(reg, a));
    csp_action_free(a);
}
END_TEST

START_TEST(test_api_update_before_raised)
{
    csp_action *a = action_obj("a-x", "csp");
    csp_action_update *u = NULL;
    TU_OK(csp_action_set_raised_on(a, "2021-03-04"));
    TU_OK(csp_action_put(reg, a));
    csp_action_free(a);
    snapshot();
    TU_OK(csp_action_update_new(&u, "u-x"));
    TU_OK(csp_action_update_set_action(u, "a-x"));
    TU_OK(csp_action_update_set_date(u, "2021-03-03"));
    TU_CODE(csp_action_update_put(reg, u), CSP_ECONSTRAINT);
    TU_ERR_PATH("date");
    TU_MSG_HAS2("u-x", "2021-03-03");
    TU_OK(csp_action_update_set_date(u, "2021-02"));
    TU_CODE(csp_action_update_put(reg, u), CSP_ECONSTRAINT);
    TU_ERR_PATH("date");
    /* Reported by a seat on another partnership. */
    TU_OK(csp_action_update_set_date(u, "2021-03-04"));
    TU_OK(csp_action_update_set_reported_by(u, "board-seat"));
    TU_CODE(csp_action_update_put(reg, u), CSP_ECONSTRAINT);
    TU_ERR_PATH("reported_by");
    unchanged();
    /* The same day, and a month that holds it, are not before. */
    TU_OK(csp_action_update_set_reported_by(u, "chair"));
    TU_OK(csp_action_update_put(reg, u));
    csp_action_update_free(u);
    u = NULL;
    TU_OK(csp_action_update_new(&u, "u-2"));
    TU_OK(csp_action_update_set_action(u, "a-x"));
    TU_OK(csp_action_update_set_date(u, "2021-03"));
    TU_OK(csp_action_update_put(reg, u));
    csp_action_update_free(u);
    u = NULL;
    TU_OK(csp_action_update_get(&u, reg, "u-2"));
    ck_assert_int_eq(csp_action_update_position(u), 2);
    csp_action_update_free(u);
}
END_TEST

START_TEST(test_api_agenda_item_of_cancelled_meeting)
{
    csp_agenda_item *i;
    put_meeting("mt-c", "csp", "2021-05-01", "cancelled");
    put_meeting("mt-p", "csp", "2021-05-01", "postponed");
    put_item("i-none", "mt-c", NULL, NULL); /* an item without an outcome: fine */
    snapshot();
    i = item_obj("i-x", "mt-c", NULL, "Agreed");
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    TU_ERR_PATH("outcome");
    TU_MSG_HAS2("i-x", "cancelled");
    csp_agenda_item_free(i);
    i = item_obj("i-x", "mt-p", NULL, "Agreed");
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    TU_ERR_PATH("outcome");
    TU_MSG_HAS("postponed");
    csp_agenda_item_free(i);
    /* A sub-item of an item already there, and the stored item given an outcome. */
    i = item_obj("i-x", "mt-c", "i-none", "Agreed");
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    csp_agenda_item_free(i);
    i = item_obj("i-none", "mt-c", NULL, "Agreed");
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    TU_ERR_PATH("outcome");
    csp_agenda_item_free(i);
    unchanged();
    check_agenda("mt-c", "i-none");
    check_agenda("mt-p", "");
}
END_TEST

START_TEST(test_api_meeting_cancelled_with_decided_item)
{
    /* The other order: a held meeting with a decided item, then changed to cancelled. */
    csp_meeting *m;
    csp_agenda_item *i;
    put_meeting("mt", "csp", "2021-05-01", "held");
    put_item("i-1", "mt", NULL, NULL);
    put_item("i-1-a", "mt", "i-1", "Agreed");
    snapshot();
    m = meeting_obj("mt", "csp", "2021-05-01", "cancelled");
    TU_CODE(csp_meeting_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS2("agenda_item \"i-1-a\"", "cancelled");
    TU_MSG_HAS("meeting \"mt\"");
    TU_OK(csp_meeting_set_status(m, "postponed"));
    TU_CODE(csp_meeting_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("i-1-a");
    unchanged();
    csp_meeting_free(m);
    m = NULL;
    TU_OK(csp_meeting_get(&m, reg, "mt"));
    TU_STR_EQ(csp_meeting_status(m), "held");
    csp_meeting_free(m);
    m = NULL;
    /* With the outcome cleared, it can be cancelled. */
    TU_OK(csp_agenda_item_get(&i, reg, "i-1-a"));
    TU_OK(csp_agenda_item_set_outcome(i, NULL));
    TU_OK(csp_agenda_item_put(reg, i));
    csp_agenda_item_free(i);
    m = meeting_obj("mt", "csp", "2021-05-01", "cancelled");
    TU_OK(csp_meeting_put(reg, m));
    csp_meeting_free(m);
    check_agenda("mt", "i-1,i-1-a");
}
END_TEST

START_TEST(test_api_attendance_seat_out_of_post)
{
    csp_attendance *a;
    put_meeting("mt-late", "csp", "2023-01-01", "held");
    put_meeting("mt-early", "csp", "2021-05-31", "held");
    put_meeting("mt-month", "csp", "2021-05", "held");
    snapshot();
    /* The seat had ended (2022-12-31) before the meeting. */
    a = attendance_obj("at-x", "mt-late", "chair");
    TU_CODE(csp_attendance_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    TU_MSG_HAS2("at-x", "2022-12-31");
    TU_CODE(csp_attendance_insert(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    csp_attendance_free(a);
    /* The seat had not started (2021-06-01). */
    a = attendance_obj("at-x", "mt-early", "cllr");
    TU_CODE(csp_attendance_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    TU_MSG_HAS2("start_date", "2021-06-01");
    TU_OK(csp_attendance_set_meeting(a, "mt-month"));
    TU_CODE(csp_attendance_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    csp_attendance_free(a);
    unchanged();
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ATTENDANCE, NULL), 0);
    /* In post: a seat with no dates, and the first and last days of a seat. */
    put_attendance("at-1", "mt-late", "fire-seat");
    put_meeting("mt-first", "csp", "2020-01-01", "held");
    put_meeting("mt-last", "csp", "2022-12-31", "held");
    put_attendance("at-2", "mt-first", "chair");
    put_attendance("at-3", "mt-last", "chair");
    put_meeting("mt-june", "csp", "2021-06", "held");
    put_attendance("at-4", "mt-june", "cllr");
}
END_TEST

START_TEST(test_api_attendance_seat_on_other_partnership)
{
    csp_attendance *a;
    put_meeting("mt", "csp", "2021-05-01", "held");
    put_meeting("bm", "board", "2021-05-01", "held");
    snapshot();
    a = attendance_obj("at-x", "mt", "board-seat");
    TU_CODE(csp_attendance_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    TU_MSG_HAS2("board", "csp");
    TU_OK(csp_attendance_set_meeting(a, "bm"));
    TU_OK(csp_attendance_set_membership(a, "chair"));
    TU_CODE(csp_attendance_put(reg, a), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    unchanged();
    TU_OK(csp_attendance_set_membership(a, "board-seat"));
    TU_OK(csp_attendance_put(reg, a));
    csp_attendance_free(a);
}
END_TEST

START_TEST(test_api_generic_record_attendance)
{
    /* The generic record API goes through the same write path. */
    put_meeting("mt", "csp", "2023-01-01", "held");
    snapshot();
    TU_OK(csp_record_new(&t_rec, CSP_ENTITY_ATTENDANCE, "at-x"));
    TU_OK(csp_record_set_text(t_rec, CSP_ATTENDANCE_MEETING, "mt"));
    TU_OK(csp_record_set_text(t_rec, CSP_ATTENDANCE_MEMBERSHIP, "chair"));
    TU_OK(csp_record_set_text(t_rec, CSP_ATTENDANCE_STATUS, "present"));
    TU_OK(csp_record_validate(t_rec)); /* one record alone breaks nothing */
    TU_CODE(csp_record_put(reg, t_rec), CSP_ECONSTRAINT);
    TU_ERR_PATH("membership");
    TU_CODE(csp_record_insert(reg, t_rec), CSP_ECONSTRAINT);
    unchanged();
    TU_OK(csp_record_set_text(t_rec, CSP_ATTENDANCE_MEMBERSHIP, "fire-seat"));
    TU_OK(csp_record_put(reg, t_rec));
}
END_TEST

/* ------------------------------------------------------------------ */
/* ... and the records that name the record written                    */
/* ------------------------------------------------------------------ */

START_TEST(test_api_membership_end_date_breaks_attendance)
{
    csp_membership *m;
    put_meeting("mt", "csp", "2021-05-01", "held");
    put_attendance("at-chair", "mt", "chair");
    snapshot();
    /* Ended before the meeting it attended. */
    m = membership_get("chair");
    TU_OK(csp_membership_set_end_date(m, "2021-04-30"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS2("membership \"chair\"", "attendance \"at-chair\"");
    TU_MSG_HAS("2021-04-30");
    /* Started after it. */
    TU_OK(csp_membership_set_end_date(m, NULL));
    TU_OK(csp_membership_set_start_date(m, "2021-05-02"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("at-chair");
    /* Moved to another partnership. */
    TU_OK(csp_membership_set_start_date(m, "2020-01-01"));
    TU_OK(csp_membership_set_partnership(m, "board"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("at-chair");
    unchanged();
    csp_membership_free(m);
    m = membership_get("chair");
    TU_STR_EQ(csp_membership_end_date(m), "2022-12-31");
    /* An end on the day of the meeting keeps it in post. */
    TU_OK(csp_membership_set_end_date(m, "2021-05-01"));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
}
END_TEST

START_TEST(test_api_meeting_date_breaks_attendance)
{
    csp_meeting *m;
    put_meeting("mt", "csp", "2021-05-01", "held");
    put_attendance("at-chair", "mt", "chair");
    snapshot();
    m = meeting_obj("mt", "csp", "2023-02-01", "held");
    TU_CODE(csp_meeting_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS2("meeting \"mt\"", "attendance \"at-chair\"");
    TU_OK(csp_meeting_set_date(m, "2019-12-31"));
    TU_CODE(csp_meeting_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("at-chair");
    TU_OK(csp_meeting_set_date(m, "2021-05-01"));
    TU_OK(csp_meeting_set_partnership(m, "board"));
    TU_CODE(csp_meeting_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("at-chair");
    unchanged();
    TU_OK(csp_meeting_set_partnership(m, "csp"));
    TU_OK(csp_meeting_set_date(m, "2022-12"));
    TU_OK(csp_meeting_put(reg, m));
    csp_meeting_free(m);
}
END_TEST

START_TEST(test_api_champion_moved_breaks_action)
{
    csp_action *a = action_obj("a-1", "csp");
    csp_membership *m;
    csp_risk *k = NULL;
    TU_OK(csp_action_set_champion(a, "fire-seat"));
    TU_OK(csp_action_put(reg, a));
    csp_action_free(a);
    snapshot();
    m = membership_get("fire-seat");
    TU_OK(csp_membership_set_partnership(m, "board"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS2("action \"a-1\"", "champion");
    unchanged();
    csp_membership_free(m);
    /* And a risk's owner. */
    TU_OK(csp_risk_new(&k, "r-1"));
    TU_OK(csp_risk_set_partnership(k, "csp"));
    TU_OK(csp_risk_set_title(k, "R"));
    TU_OK(csp_risk_set_status(k, "open"));
    TU_OK(csp_risk_set_owner(k, "board-seat"));
    TU_CODE(csp_risk_put(reg, k), CSP_ECONSTRAINT);
    TU_ERR_PATH("owner");
    TU_OK(csp_risk_set_owner(k, "chair"));
    TU_OK(csp_risk_put(reg, k));
    csp_risk_free(k);
    snapshot();
    m = membership_get("chair");
    TU_OK(csp_membership_set_partnership(m, "tfg"));
    TU_CODE(csp_membership_put(reg, m), CSP_ECONSTRAINT);
    TU_MSG_HAS("risk \"r-1\"");
    unchanged();
    csp_membership_free(m);
}
END_TEST

START_TEST(test_api_raised_on_breaks_update)
{
    csp_action *a = action_obj("a-1", "csp");
    csp_action_update *u = NULL;
    TU_OK(csp_action_set_raised_on(a, "2021-03-01"));
    TU_OK(csp_action_put(reg, a));
    TU_OK(csp_action_update_new(&u, "u-1"));
    TU_OK(csp_action_update_set_action(u, "a-1"));
    TU_OK(csp_action_update_set_date(u, "2021-03-10"));
    TU_OK(csp_action_update_put(reg, u));
    csp_action_update_free(u);
    snapshot();
    TU_OK(csp_action_set_raised_on(a, "2021-04"));
    TU_CODE(csp_action_put(reg, a), CSP_ECONSTRAINT);
    TU_MSG_HAS2("action \"a-1\"", "action_update \"u-1\"");
    unchanged();
    TU_OK(csp_action_set_raised_on(a, "2021-03"));
    TU_OK(csp_action_put(reg, a));
    csp_action_free(a);
}
END_TEST

START_TEST(test_api_scrutiny_review)
{
    csp_scrutiny_review *s = NULL;
    csp_recommendation *r = NULL;
    csp_partnership *p = NULL;
    snapshot();
    TU_OK(csp_scrutiny_review_new(&s, "sr-x"));
    TU_OK(csp_scrutiny_review_set_committee(s, "board"));
    TU_OK(csp_scrutiny_review_set_scrutinised(s, "csp"));
    TU_OK(csp_scrutiny_review_set_date(s, "2021-05-01"));
    TU_OK(csp_scrutiny_review_set_topic(s, "Knife crime"));
    TU_CODE(csp_scrutiny_review_put(reg, s), CSP_ECONSTRAINT);
    TU_ERR_PATH("committee");
    TU_MSG_HAS2("sr-x", "\"board\"");
    TU_OK(csp_scrutiny_review_set_committee(s, "csp"));
    TU_CODE(csp_scrutiny_review_put(reg, s), CSP_ECONSTRAINT);
    TU_MSG_HAS("community_safety_partnership");
    unchanged();
    TU_OK(csp_scrutiny_review_set_committee(s, "cdc"));
    TU_OK(csp_scrutiny_review_put(reg, s));

    /* A recommendation answered before the review: refused; on the day: fine. */
    TU_OK(csp_recommendation_new(&r, "rec-1"));
    TU_OK(csp_recommendation_set_scrutiny_review(r, "sr-x"));
    TU_OK(csp_recommendation_set_text(r, "Publish"));
    TU_OK(csp_recommendation_set_response(r, "partly_accepted"));
    TU_OK(csp_recommendation_set_responded_on(r, "2021-04-30"));
    TU_CODE(csp_recommendation_put(reg, r), CSP_ECONSTRAINT);
    TU_ERR_PATH("responded_on");
    TU_OK(csp_recommendation_set_responded_on(r, "2021-05-01"));
    TU_OK(csp_recommendation_put(reg, r));
    csp_recommendation_free(r);

    /* The committee changes kind, or the review moves after the answer: refused, naming the record. */
    snapshot();
    TU_OK(csp_partnership_get(&p, reg, "cdc"));
    TU_OK(csp_partnership_set_kind(p, "board"));
    TU_CODE(csp_partnership_put(reg, p), CSP_ECONSTRAINT);
    TU_MSG_HAS2("partnership \"cdc\"", "scrutiny_review \"sr-x\"");
    csp_partnership_free(p);
    TU_OK(csp_scrutiny_review_set_date(s, "2021-05-02"));
    TU_CODE(csp_scrutiny_review_put(reg, s), CSP_ECONSTRAINT);
    TU_MSG_HAS("recommendation \"rec-1\"");
    unchanged();
    csp_scrutiny_review_free(s);
}
END_TEST

static csp_homicide_review *dhr_obj(const char *id)
{
    csp_homicide_review *h = NULL;
    TU_OK(csp_homicide_review_new(&h, id));
    TU_OK(csp_homicide_review_set_partnership(h, "csp"));
    TU_OK(csp_homicide_review_set_kind(h, "domestic_homicide_review"));
    TU_OK(csp_homicide_review_set_reference(h, "DHR 2021/01"));
    TU_OK(csp_homicide_review_set_status(h, "decided"));
    TU_OK(csp_homicide_review_set_notified_on(h, "2021-01-10"));
    return h;
}

START_TEST(test_api_homicide_review_rules)
{
    csp_homicide_review *h = dhr_obj("h-x");
    snapshot();
    /* Decided not to hold: neither commissioned nor published. */
    TU_OK(csp_homicide_review_set_decision(h, "not_hold"));
    TU_OK(csp_homicide_review_set_commissioned_on(h, "2021-03-01"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("commissioned_on");
    TU_MSG_HAS2("h-x", "not_hold");
    TU_OK(csp_homicide_review_set_commissioned_on(h, NULL));
    TU_OK(csp_homicide_review_set_published_on(h, "2022"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("published_on");
    TU_OK(csp_homicide_review_set_published_on(h, NULL));
    TU_OK(csp_homicide_review_set_decision(h, "hold"));

    /* Each milestone not before the one it follows. */
    TU_OK(csp_homicide_review_set_decided_on(h, "2021-01-09"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("decided_on");
    TU_OK(csp_homicide_review_set_decided_on(h, "2021-02-01"));
    TU_OK(csp_homicide_review_set_commissioned_on(h, "2021-01"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("commissioned_on");
    TU_OK(csp_homicide_review_set_commissioned_on(h, "2021-03-01"));
    TU_OK(csp_homicide_review_set_submitted_on(h, "2021-02-28"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("submitted_on");
    TU_OK(csp_homicide_review_set_submitted_on(h, "2021-09-01"));
    TU_OK(csp_homicide_review_set_quality_assured_on(h, "2021-08"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("quality_assured_on");
    TU_OK(csp_homicide_review_set_quality_assured_on(h, "2021-12-01"));
    TU_OK(csp_homicide_review_set_published_on(h, "2020-12-31"));
    TU_CODE(csp_homicide_review_put(reg, h), CSP_ECONSTRAINT);
    TU_ERR_PATH("published_on");
    unchanged();

    TU_OK(csp_homicide_review_set_published_on(h, "2022-02"));
    TU_OK(csp_homicide_review_set_status(h, "published"));
    TU_OK(csp_homicide_review_put(reg, h));
    csp_homicide_review_free(h);
    /* A review decided against, with only a decision date, is fine. */
    h = dhr_obj("h-2");
    TU_OK(csp_homicide_review_set_decision(h, "not_hold"));
    TU_OK(csp_homicide_review_set_decided_on(h, "2021-01-10"));
    TU_OK(csp_homicide_review_set_status(h, "not_held"));
    TU_OK(csp_homicide_review_put(reg, h));
    csp_homicide_review_free(h);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_HOMICIDE_REVIEW, NULL), 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* One record's own rules: url or reference, formats                   */
/* ------------------------------------------------------------------ */

START_TEST(test_document_url_or_reference)
{
    csp_document *d = NULL;
    put_meeting("mt", "csp", "2021-05-01", "held");
    snapshot();
    TU_OK(csp_document_new(&d, "d-1"));
    TU_OK(csp_document_set_meeting(d, "mt"));
    TU_OK(csp_document_set_kind(d, "minutes"));
    TU_OK(csp_document_set_title(d, "Minutes"));
    TU_CODE(csp_document_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS2("url", "reference");
    TU_MSG_HAS("d-1");
    unchanged();
    TU_OK(csp_document_set_reference(d, "MIN/1"));
    TU_OK(csp_document_put(reg, d));
    TU_OK(csp_document_set_url(d, "https://example.org/minutes.pdf"));
    TU_OK(csp_document_put(reg, d));
    TU_OK(csp_document_set_reference(d, NULL));
    TU_OK(csp_document_put(reg, d));
    csp_document_free(d);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_DOCUMENT, NULL), 1);
}
END_TEST

START_TEST(test_source_url_or_reference)
{
    csp_source *s = NULL;
    snapshot();
    TU_OK(csp_source_new(&s, "src-x"));
    TU_OK(csp_source_set_title(s, "A page"));
    TU_OK(csp_source_set_read_on(s, "2024-01-01"));
    TU_CODE(csp_source_put(reg, s), CSP_EREQUIRED);
    TU_MSG_HAS2("url", "reference");
    unchanged();
    TU_OK(csp_source_set_url(s, "https://example.org/"));
    TU_OK(csp_source_put(reg, s));
    TU_OK(csp_source_set_url(s, NULL));
    TU_OK(csp_source_set_reference(s, "Annual report 2023, p. 4"));
    TU_OK(csp_source_put(reg, s));
    TU_CODE(csp_source_set_updated_on(s, "2018-02-30"), CSP_EDATE);
    csp_source_free(s);
}
END_TEST

START_TEST(test_time_format)
{
    static const char *const good[] = {"18:30", "00:00", "23:59", "09:05", NULL};
    static const char *const bad[] = {"24:00", "7:30", "18:60", "18.30", "1830", "18:30:00", "",
                                      " 18:30", "18:3a", "-1:00", "25:00", NULL};
    csp_meeting *m = meeting_obj("mt", "csp", "2021-05-01", "held");
    for (size_t k = 0; good[k] != NULL; k++) {
        TU_OK(csp_meeting_set_start_time(m, good[k]));
        TU_STR_EQ(csp_meeting_start_time(m), good[k]);
    }
    TU_OK(csp_meeting_set_start_time(m, "18:30"));
    for (size_t k = 0; bad[k] != NULL; k++) {
        TU_CODE(csp_meeting_set_start_time(m, bad[k]), CSP_EINVALID);
        TU_ERR_PATH("start_time");
        TU_STR_EQ(csp_meeting_start_time(m), "18:30");
    }
    TU_OK(csp_meeting_put(reg, m));
    csp_meeting_free(m);
    m = NULL;
    TU_OK(csp_meeting_get(&m, reg, "mt"));
    TU_STR_EQ(csp_meeting_start_time(m), "18:30");
    csp_meeting_free(m);
}
END_TEST

START_TEST(test_decimal_format)
{
    static const char *const good[] = {"7.4", "-12", "0", "7.40", "-0.5", "1000000", "3.14159", NULL};
    static const char *const bad[] = {"7,4", "1e3", "+1", ".5", "7.", "-", "", "1 000", "--1", "0x10",
                                      "7.4.1", "NaN", "1,000", " 7", NULL};
    csp_indicator *ind = NULL;
    csp_indicator_value *v = NULL;
    TU_OK(csp_indicator_new(&ind, "i-1"));
    TU_OK(csp_indicator_set_partnership(ind, "csp"));
    TU_OK(csp_indicator_set_name(ind, "N"));
    TU_OK(csp_indicator_value_new(&v, "v-1"));
    TU_OK(csp_indicator_value_set_indicator(v, "i-1"));
    TU_OK(csp_indicator_value_set_period_start(v, "2021"));
    for (size_t k = 0; good[k] != NULL; k++) {
        TU_OK(csp_indicator_set_target(ind, good[k]));
        TU_STR_EQ(csp_indicator_target(ind), good[k]);
        TU_OK(csp_indicator_value_set_value(v, good[k]));
        TU_STR_EQ(csp_indicator_value_value(v), good[k]);
    }
    TU_OK(csp_indicator_set_target(ind, "7.4"));
    TU_OK(csp_indicator_value_set_value(v, "-12"));
    for (size_t k = 0; bad[k] != NULL; k++) {
        TU_CODE(csp_indicator_set_target(ind, bad[k]), CSP_EINVALID);
        TU_ERR_PATH("target");
        TU_STR_EQ(csp_indicator_target(ind), "7.4");
        TU_CODE(csp_indicator_value_set_value(v, bad[k]), CSP_EINVALID);
        TU_ERR_PATH("value");
        TU_STR_EQ(csp_indicator_value_value(v), "-12");
    }
    TU_OK(csp_indicator_put(reg, ind));
    TU_OK(csp_indicator_value_put(reg, v));
    csp_indicator_free(ind);
    csp_indicator_value_free(v);
    v = NULL;
    TU_OK(csp_indicator_value_get(&v, reg, "v-1"));
    TU_STR_EQ(csp_indicator_value_value(v), "-12");
    ck_assert_int_eq(csp_indicator_value_position(v), 1);
    csp_indicator_value_free(v);
}
END_TEST

START_TEST(test_quorum_and_discharge_meeting)
{
    csp_partnership *p = NULL;
    csp_discharge *d = NULL;
    TU_OK(csp_partnership_get(&p, reg, "board"));
    ck_assert_int_eq(csp_partnership_quorum(p), 0);
    TU_CODE(csp_partnership_set_quorum(p, 1001), CSP_EINVALID);
    TU_CODE(csp_partnership_set_quorum(p, -1), CSP_EINVALID);
    TU_OK(csp_partnership_set_quorum(p, 5));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
    p = NULL;
    TU_OK(csp_partnership_get(&p, reg, "board"));
    ck_assert_int_eq(csp_partnership_quorum(p), 5);
    csp_partnership_free(p);

    put_meeting("mt", "csp", "2021-03-04", "held");
    TU_OK(csp_discharge_new(&d, "dis-x"));
    TU_OK(csp_discharge_set_duty(d, SA));
    TU_OK(csp_discharge_set_partnership(d, "csp"));
    TU_OK(csp_discharge_set_discharged_on(d, "2021-03-04"));
    TU_OK(csp_discharge_set_title(d, "Considered"));
    TU_OK(csp_discharge_set_meeting(d, "ghost"));
    TU_CODE(csp_discharge_put(reg, d), CSP_EREFERENCE);
    TU_ERR_PATH("meeting");
    TU_OK(csp_discharge_set_meeting(d, "mt"));
    TU_OK(csp_discharge_put(reg, d));
    csp_discharge_free(d);
    TU_CODE(csp_meeting_delete(reg, "mt"), CSP_EINUSE);
    TU_MSG_HAS("dis-x");
    TU_OK(csp_discharge_delete(reg, "dis-x"));
    TU_OK(csp_meeting_delete(reg, "mt"));
}
END_TEST

/* ------------------------------------------------------------------ */
/* The risk score libcsp keeps                                         */
/* ------------------------------------------------------------------ */

START_TEST(test_risk_score_kept)
{
    csp_risk *k = NULL;
    long long n;
    TU_OK(csp_risk_new(&k, "r-1"));
    TU_OK(csp_risk_set_partnership(k, "csp"));
    TU_OK(csp_risk_set_title(k, "Funding"));
    TU_OK(csp_risk_set_status(k, "open"));
    TU_OK(csp_risk_set_likelihood(k, 3));
    TU_OK(csp_risk_set_impact(k, 4));
    ck_assert_int_eq(csp_risk_score(k), 12); /* kept by libcsp, on the record as its factors are set */
    TU_OK(csp_risk_put(reg, k));
    ck_assert_int_eq(csp_risk_score(k), 12);
    csp_risk_free(k);
    ck_assert_int_eq(risk_score(reg, "r-1"), 12);

    /* Through the generic API: readable, not settable. */
    TU_OK(csp_record_get(&t_rec, reg, CSP_ENTITY_RISK, "r-1"));
    ck_assert_int_eq(csp_record_int(t_rec, CSP_RISK_SCORE), 12);
    ck_assert_int_eq(csp_record_is_set(t_rec, CSP_RISK_SCORE), 1);
    TU_CODE(csp_record_set_int(t_rec, CSP_RISK_SCORE, 5), CSP_EARG);
    TU_ERR_PATH("score");
    TU_MSG_HAS("kept by libcsp");
    TU_CODE(csp_record_set_int(t_rec, CSP_RISK_SCORE, 12), CSP_EARG);
    TU_CODE(csp_record_clear(t_rec, CSP_RISK_SCORE), CSP_EARG);
    ck_assert_int_eq(csp_record_int(t_rec, CSP_RISK_SCORE), 12);
    ck_assert_uint_ne(csp_schema_field_flags(CSP_ENTITY_RISK, CSP_RISK_SCORE) & CSP_FLAG_READONLY, 0);

    /* Changing the likelihood changes the score. */
    TU_OK(csp_record_set_int(t_rec, CSP_RISK_LIKELIHOOD, 5));
    TU_OK(csp_record_put(reg, t_rec));
    ck_assert_int_eq(risk_score(reg, "r-1"), 20);
    TU_OK(csp_record_set_int(t_rec, CSP_RISK_IMPACT, 1));
    TU_OK(csp_record_put(reg, t_rec));
    ck_assert_int_eq(risk_score(reg, "r-1"), 5);
    /* Unset (0) either, and the score is 0. */
    TU_OK(csp_record_set_int(t_rec, CSP_RISK_IMPACT, 0));
    TU_OK(csp_record_put(reg, t_rec));
    ck_assert_int_eq(risk_score(reg, "r-1"), 0);
    TU_CODE(csp_record_set_int(t_rec, CSP_RISK_LIKELIHOOD, 6), CSP_EINVALID);
    ck_assert_int_eq(csp_record_int(t_rec, CSP_RISK_LIKELIHOOD), 5);
    csp_record_free(t_rec);
    t_rec = NULL;

    /* The score is queryable. */
    TU_OK(csp_record_get(&t_rec, reg, CSP_ENTITY_RISK, "r-1"));
    TU_OK(csp_record_set_int(t_rec, CSP_RISK_IMPACT, 5));
    TU_OK(csp_record_put(reg, t_rec));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_RISK));
    TU_OK(csp_query_where_int(t_q, CSP_RISK_SCORE, CSP_OP_GE, 25));
    n = (long long)tu_count(reg, CSP_ENTITY_RISK, t_q);
    ck_assert_int_eq(n, 1);
    csp_query_free(t_q);
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_RISK));
    TU_OK(csp_query_where_int(t_q, CSP_RISK_SCORE, CSP_OP_LT, 25));
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_RISK, t_q), 0);
}
END_TEST

START_TEST(test_risk_score_from_import_and_reviews)
{
    csp_risk_review *rr = NULL;
    TU_OK(tu_import_q(reg, "{" FORMAT ", 'risks': [{'id': 'r-1', 'partnership': 'csp', 'title': 'T',"
                           " 'status': 'treated', 'likelihood': 2, 'impact': 5, 'reviews': ["
                           " {'id': 'rr-1', 'date': '2021-01', 'likelihood': 3, 'impact': 3},"
                           " {'id': 'rr-2', 'date': '2021-02', 'likelihood': 5, 'impact': 5}]}]}"));
    ck_assert_int_eq(risk_score(reg, "r-1"), 10);
    TU_OK(csp_risk_review_get(&rr, reg, "rr-1"));
    ck_assert_int_eq(csp_risk_review_score(rr), 9);
    ck_assert_int_eq(csp_risk_review_position(rr), 1);
    csp_risk_review_free(rr);
    rr = NULL;
    TU_OK(csp_risk_review_get(&rr, reg, "rr-2"));
    ck_assert_int_eq(csp_risk_review_score(rr), 25);
    ck_assert_int_eq(csp_risk_review_position(rr), 2);
    /* A review changed: its score follows. */
    TU_OK(csp_risk_review_set_impact(rr, 2));
    TU_OK(csp_risk_review_put(reg, rr));
    csp_risk_review_free(rr);
    rr = NULL;
    TU_OK(csp_risk_review_get(&rr, reg, "rr-2"));
    ck_assert_int_eq(csp_risk_review_score(rr), 10);
    ck_assert_int_eq(csp_risk_review_position(rr), 2);
    csp_risk_review_free(rr);
    /* The score is not exported, and the export imports with the same scores. */
    t_a = tu_export(reg, 0);
    ck_assert_msg(!has_quoted(t_a, "score"), "%s", t_a);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    ck_assert_int_eq(risk_score(t_r2, "r-1"), 10);
    TU_OK(csp_record_get(&t_rec, t_r2, CSP_ENTITY_RISK_REVIEW, "rr-2"));
    ck_assert_int_eq(csp_record_int(t_rec, CSP_RISK_REVIEW_SCORE), 10);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The agenda: an ordered tree                                         */
/* ------------------------------------------------------------------ */

/* mt: a(a1, a2), b(b1), c; mt2: x */
static void fill_agenda(void)
{
    put_meeting("mt", "csp", "2021-05-01", "held");
    put_meeting("mt2", "csp", "2021-06-01", "held");
    put_item("a", "mt", NULL, NULL);
    put_item("b", "mt", NULL, NULL);
    put_item("c", "mt", NULL, NULL);
    put_item("a1", "mt", "a", NULL);
    put_item("b1", "mt", "b", "Agreed");
    put_item("a2", "mt", "a", NULL);
    put_item("x", "mt2", NULL, NULL);
    check_agenda("mt", "a,a1,a2,b,b1,c");
    check_agenda("mt2", "x");
}

START_TEST(test_agenda_positions)
{
    csp_agenda_item *i = NULL;
    csp_agenda_item_filter f = CSP_AGENDA_ITEM_FILTER_INIT;
    csp_agenda_item_iterator *it = NULL;
    char buf[256] = "";
    int rc;
    fill_agenda();
    TU_OK(csp_agenda_item_get(&i, reg, "b1"));
    ck_assert_int_eq(csp_agenda_item_position(i), 5);
    TU_STR_EQ(csp_agenda_item_parent(i), "b");
    TU_STR_EQ(csp_agenda_item_outcome(i), "Agreed");
    /* Put again, it keeps its place. */
    TU_OK(csp_agenda_item_set_title(i, "Renamed"));
    TU_OK(csp_agenda_item_put(reg, i));
    csp_agenda_item_free(i);
    check_agenda("mt", "a,a1,a2,b,b1,c");
    /* The children of a, in order. */
    f.parent = "a";
    TU_OK(csp_agenda_item_iterator_new(&it, reg, &f));
    while ((rc = csp_agenda_item_next(&i, it)) == CSP_OK) {
        tu_join_(buf, sizeof buf, csp_agenda_item_id(i));
        csp_agenda_item_free(i);
        i = NULL;
    }
    csp_agenda_item_iterator_free(it);
    TU_CODE(rc, CSP_ITEROVER);
    TU_STR_EQ(buf, "a1,a2");
    /* Deleting closes ranks; an item with sub-items cannot go. */
    TU_CODE(csp_agenda_item_delete(reg, "a"), CSP_EINUSE);
    TU_MSG_HAS("a1");
    TU_OK(csp_agenda_item_delete(reg, "a1"));
    check_agenda("mt", "a,a2,b,b1,c");
}
END_TEST

START_TEST(test_agenda_parent_in_same_meeting)
{
    csp_agenda_item *i;
    fill_agenda();
    snapshot();
    i = item_obj("y", "mt2", "a", NULL); /* a is on mt */
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    TU_ERR_PATH("parent");
    csp_agenda_item_free(i);
    i = item_obj("y", "mt", "ghost", NULL);
    TU_CODE(csp_agenda_item_put(reg, i), CSP_EREFERENCE);
    TU_ERR_PATH("parent");
    TU_MSG_HAS("ghost");
    csp_agenda_item_free(i);
    i = item_obj("y", "mt", "y", NULL);
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    csp_agenda_item_free(i);
    i = item_obj("a", "mt", "a2", NULL); /* under its own child */
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    csp_agenda_item_free(i);
    unchanged();
    check_agenda("mt", "a,a1,a2,b,b1,c");
}
END_TEST

START_TEST(test_agenda_move)
{
    csp_agenda_item *i = NULL;
    fill_agenda();
    TU_OK(csp_agenda_item_move(reg, "c", NULL, 0));
    check_agenda("mt", "c,a,a1,a2,b,b1");
    TU_OK(csp_agenda_item_move(reg, "a2", "a", 0));
    check_agenda("mt", "c,a,a2,a1,b,b1");
    /* The generic API: b1 under c, last; a (with its sub-items) to the end. */
    TU_OK(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "b1", "c", -1));
    check_agenda("mt", "c,b1,a,a2,a1,b");
    TU_OK(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "a", NULL, -1));
    check_agenda("mt", "c,b1,b,a,a2,a1");
    TU_OK(csp_agenda_item_get(&i, reg, "b1"));
    TU_STR_EQ(csp_agenda_item_parent(i), "c");
    ck_assert_int_eq(csp_agenda_item_position(i), 2);
    csp_agenda_item_free(i);
    /* A sub-item to the top level, between c and b. */
    TU_OK(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "a1", NULL, 1));
    check_agenda("mt", "c,b1,a1,b,a,a2");
    check_agenda("mt2", "x");

    /* Refused: under its own descendant, under an item of another meeting, no such item. */
    snapshot();
    TU_CODE(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "c", "b1", 0), CSP_ECONSTRAINT);
    TU_CODE(csp_agenda_item_move(reg, "c", "c", 0), CSP_ECONSTRAINT);
    TU_CODE(csp_agenda_item_move(reg, "a", "x", 0), CSP_ECONSTRAINT);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "a", "ghost", 0), CSP_EREFERENCE);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, "ghost", NULL, 0), CSP_ENOTFOUND);
    /* Meetings, attendance, documents do not form trees. */
    TU_CODE(csp_record_move(reg, CSP_ENTITY_MEETING, "mt", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_DOCUMENT, "mt", NULL, 0), CSP_EARG);
    unchanged();
    check_agenda("mt", "c,b1,a1,b,a,a2");

    /* The order survives export and import. */
    csp_free(t_a);
    t_a = tu_export(reg, CSP_EXPORT_INDENT);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    check_agenda_in(t_r2, "mt", "c,b1,a1,b,a,a2");
    csp_free(t_b);
    t_b = tu_export(t_r2, CSP_EXPORT_INDENT);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_agenda_move_to_other_meeting_with_children)
{
    /* An item with sub-items put with another meeting: refused, nothing changes. */
    csp_agenda_item *i;
    fill_agenda();
    snapshot();
    i = item_obj("a", "mt2", NULL, NULL);
    TU_CODE(csp_agenda_item_put(reg, i), CSP_ECONSTRAINT);
    csp_agenda_item_free(i);
    unchanged();
    /* A leaf goes last in the other meeting, and the first closes ranks. */
    i = item_obj("c", "mt2", NULL, NULL);
    TU_OK(csp_agenda_item_put(reg, i));
    csp_agenda_item_free(i);
    check_agenda("mt", "a,a1,a2,b,b1");
    check_agenda("mt2", "x,c");
}
END_TEST

START_TEST(test_ordered_lists_in_json)
{
    /* Documents, updates, reviews, recommendations and values keep document order, not id order. */
    TU_OK(tu_import_q(reg, "{" FORMAT ","
                           " 'meetings': [" MT("mt", "2021-05-01", "held") ", 'documents': ["
                           "  {'id': 'd-z', 'kind': 'agenda', 'title': 'Z', 'url': 'https://example.org/z'},"
                           "  {'id': 'd-a', 'kind': 'minutes', 'title': 'A', 'reference': 'A'}],"
                           "  'agenda': [{'id': 'z', 'kind': 'other', 'title': 'Z'}, {'id': 'y', 'kind': 'other', 'title': 'Y'},"
                           "   {'id': 'z1', 'parent': 'z', 'kind': 'other', 'title': 'Z1'}]}],"
                           " 'actions': [" ACT("act") ", 'updates': [{'id': 'u-z', 'date': '2021-05'},"
                           "  {'id': 'u-a', 'date': '2021-04'}]}]}"));
    check_agenda("mt", "z,z1,y");
    t_a = tu_export(reg, 0);
    ck_assert_msg(strstr(t_a, "\"d-z\"") < strstr(t_a, "\"d-a\""), "%s", t_a);
    ck_assert_msg(strstr(t_a, "\"u-z\"") < strstr(t_a, "\"u-a\""), "%s", t_a);
    ck_assert_msg(strstr(t_a, "\"z1\"") < strstr(t_a, "\"y\""), "%s", t_a);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Public export                                                       */
/* ------------------------------------------------------------------ */

START_TEST(test_public_export)
{
    t_a = tu_export(reg, 0);
    t_pub = tu_export(reg, CSP_EXPORT_PUBLIC);
    /* The full export has everything. */
    ck_assert(has_quoted(t_a, "dhr-1") && has_quoted(t_a, "ai-3") && has_quoted(t_a, "ai-3-1"));

    /* An unpublished homicide review is left out, and every reference to it; a published one stays. */
    ck_assert_msg(!has_quoted(t_pub, "dhr-1") && !has_quoted(t_pub, "dhr-2"), "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "DHR 2021/01") == NULL && strstr(t_pub, "DARDR") == NULL, "%s", t_pub);
    ck_assert_msg(has_quoted(t_pub, "dhr-0") && strstr(t_pub, "DHR 2019/02") != NULL, "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "\"id\":\"ai-5\",\"kind\":\"other\",\"title\":\"Reviews in hand\"}") != NULL,
                  "ai-5 should stay without its review:\n%s", t_pub);
    ck_assert_msg(strstr(t_pub, "\"title\":\"Published review\",\"homicide_review\":\"dhr-0\"") != NULL,
                  "ai-6 should keep its published review:\n%s", t_pub);

    /* A restricted item and its sub-items are left out; references to either are dropped. */
    ck_assert_msg(!has_quoted(t_pub, "ai-3") && !has_quoted(t_pub, "ai-3-1"), "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "Homicide review") == NULL && strstr(t_pub, "Commission") == NULL, "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "{\"id\":\"act-2\",\"partnership\":\"csp\",\"title\":\"Support the review\","
                                "\"raised_at\":\"mt-1\",\"owner_organisation\"") != NULL,
                  "act-2 should stay without raised_at_item:\n%s", t_pub);
    ck_assert_msg(strstr(t_pub, "\"raised_at\":\"mt-1\",\"status\":\"done\"") != NULL,
                  "act-3 should stay without raised_at_item:\n%s", t_pub);
    /* What is not restricted stays: act-1 raised at ai-4, risk-1 reviewed at ai-2. */
    ck_assert_msg(strstr(t_pub, "\"raised_at_item\":\"ai-4\"") != NULL, "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "\"reviewed_at\":\"ai-2\"") != NULL, "%s", t_pub);
    ck_assert_msg(has_quoted(t_pub, "ai-1-1") && has_quoted(t_pub, "ai-6"), "%s", t_pub);

    /* Sources are kept, and the records' references to them. */
    ck_assert_msg(strstr(t_pub, "\"sources\":[\n{\"id\":\"src-doc\"") != NULL, "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "https://example.org/csp") != NULL, "%s", t_pub);
    ck_assert_msg(strstr(t_pub, "\"sources\":[\"src-web\",\"src-doc\"]") != NULL, "%s", t_pub);
    /* A private person is left out, as before. */
    ck_assert_msg(!has_quoted(t_pub, "sam") && has_quoted(t_pub, "cllr"), "%s", t_pub);
    /* The full export is not changed by having made a public one. */
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_public_export_imports_cleanly)
{
    char buf[256];
    t_pub = tu_export(reg, CSP_EXPORT_PUBLIC);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_pub));
    /* A register made from it exports the same bytes (public or not: nothing in it is private now). */
    t_a = tu_export(t_r2, 0);
    TU_SAME_EXPORT(t_pub, t_a);
    t_b = tu_export(t_r2, CSP_EXPORT_PUBLIC);
    TU_SAME_EXPORT(t_pub, t_b);
    check_agenda_in(t_r2, "mt-1", "ai-1,ai-1-1,ai-2,ai-4,ai-5,ai-6");
    governance_counts(buf, sizeof buf, t_r2);
    TU_STR_EQ(buf, "2,2,7,2,3,2,1,2,1,1,2,1,2,2,1");
    csp_free(t_a);
    t_a = tu_export(t_r2, CSP_EXPORT_PUBLIC | CSP_EXPORT_INDENT);
    csp_register_close(t_r2);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
}
END_TEST

START_TEST(test_public_export_review_published_later)
{
    /* Publishing a review brings it (and the agenda item's reference) into the public export. */
    csp_homicide_review *h = NULL;
    t_pub = tu_export(reg, CSP_EXPORT_PUBLIC);
    ck_assert(!has_quoted(t_pub, "dhr-1"));
    TU_OK(csp_homicide_review_get(&h, reg, "dhr-1"));
    TU_OK(csp_homicide_review_set_submitted_on(h, "2021-09"));
    TU_OK(csp_homicide_review_set_quality_assured_on(h, "2021-12"));
    TU_OK(csp_homicide_review_set_published_on(h, "2022-02-01"));
    TU_OK(csp_homicide_review_set_status(h, "published"));
    TU_OK(csp_homicide_review_put(reg, h));
    csp_homicide_review_free(h);
    t_a = tu_export(reg, CSP_EXPORT_PUBLIC);
    ck_assert_msg(strstr(t_a, "\"title\":\"Reviews in hand\",\"homicide_review\":\"dhr-1\"") != NULL, "%s", t_a);
    /* Still restricted: ai-3 is left out even though its review is public now. */
    ck_assert_msg(!has_quoted(t_a, "ai-3"), "%s", t_a);
    ck_assert_msg(has_quoted(t_a, "dhr-1") && strstr(t_a, "DHR 2021/01") != NULL, "%s", t_a);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Sources                                                             */
/* ------------------------------------------------------------------ */

START_TEST(test_sources_on_every_entity)
{
    size_t n = csp_schema_entity_count(), with = 0;
    for (size_t e = 0; e < n; e++) {
        int f = csp_schema_field_find((int)e, "sources");
        if ((int)e == CSP_ENTITY_SOURCE) {
            ck_assert_int_lt(f, 0);
            continue;
        }
        ck_assert_msg(f > 0, "%s has no sources field", csp_schema_entity_name(e));
        ck_assert_int_eq(csp_schema_field_type((int)e, f), CSP_FIELD_REF_LIST);
        ck_assert_int_eq(csp_schema_field_target((int)e, f), CSP_ENTITY_SOURCE);
        with++;
    }
    ck_assert_uint_eq(with, n - 1);
}
END_TEST

START_TEST(test_sources_dangling_refused)
{
    csp_meeting *m = meeting_obj("mt", "csp", "2021-05-01", "held");
    csp_organisation *o = NULL;
    snapshot();
    TU_OK(csp_meeting_add_sources(m, "src-web"));
    TU_OK(csp_meeting_add_sources(m, "ghost"));
    TU_CODE(csp_meeting_put(reg, m), CSP_EREFERENCE);
    TU_ERR_PATH("sources[1]");
    TU_MSG_HAS("ghost");
    TU_OK(csp_meeting_clear_sources(m));
    /* A source named twice. */
    TU_OK(csp_meeting_add_sources(m, "src-doc"));
    TU_OK(csp_meeting_add_sources(m, "src-doc"));
    TU_CODE(csp_meeting_put(reg, m), CSP_EINVALID);
    TU_ERR_PATH("sources[1]");
    csp_meeting_free(m);
    /* On an older entity too, through the generic API. */
    TU_OK(csp_organisation_get(&o, reg, "met"));
    TU_OK(csp_organisation_add_sources(o, "nowhere"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREFERENCE);
    TU_ERR_PATH("sources[0]");
    csp_organisation_free(o);
    TU_OK(csp_record_get(&t_rec, reg, CSP_ENTITY_PARTNERSHIP, "tfg"));
    TU_OK(csp_record_add(t_rec, csp_schema_field_find(CSP_ENTITY_PARTNERSHIP, "sources"), "ghost"));
    TU_CODE(csp_record_put(reg, t_rec), CSP_EREFERENCE);
    TU_MSG_HAS("ghost");
    unchanged();
}
END_TEST

START_TEST(test_source_in_use)
{
    csp_organisation *o = NULL;
    snapshot();
    /* src-web is named by fire (an organisation) and, in the full register, by many more. */
    TU_CODE(csp_source_delete(reg, "src-web"), CSP_EINUSE);
    TU_MSG_HAS("src-web");
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_SOURCE, "src-doc"), CSP_EINUSE);
    TU_MSG_HAS("partnership \"csp\"");
    unchanged();
    TU_OK(csp_organisation_get(&o, reg, "fire"));
    TU_OK(csp_organisation_clear_sources(o));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
    TU_OK(csp_source_delete(reg, "src-web"));
    TU_CODE(csp_source_delete(reg, "src-web"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_SOURCE, NULL), 1);
}
END_TEST

START_TEST(test_source_in_use_full)
{
    snapshot();
    TU_CODE(csp_source_delete(reg, "src-web"), CSP_EINUSE);
    TU_CODE(csp_source_delete(reg, "src-doc"), CSP_EINUSE);
    unchanged();
    /* A meeting still named (by actions, attendance, a discharge) cannot go either. */
    TU_CODE(csp_meeting_delete(reg, "mt-1"), CSP_EINUSE);
    TU_CODE(csp_agenda_item_delete(reg, "ai-4"), CSP_EINUSE);
    TU_CODE(csp_membership_delete(reg, "chair"), CSP_EINUSE);
    TU_CODE(csp_homicide_review_delete(reg, "dhr-1"), CSP_EINUSE);
    unchanged();
}
END_TEST

/* ------------------------------------------------------------------ */

static Suite *governance_suite(void)
{
    Suite *s = suite_create("governance");
    TCase *tc = tcase_create("full");
    tcase_add_checked_fixture(tc, setup_full, teardown);
    tcase_add_test(tc, test_full_document_imports);
    tcase_add_test(tc, test_full_roundtrip_compact);
    tcase_add_test(tc, test_full_roundtrip_indented);
    tcase_add_test(tc, test_full_document_twice);
    tcase_add_test(tc, test_full_document_in_a_fresh_register_order_free);
    tcase_add_test(tc, test_json_refused_on_full_register);
    tcase_add_test(tc, test_public_export);
    tcase_add_test(tc, test_public_export_imports_cleanly);
    tcase_add_test(tc, test_public_export_review_published_later);
    tcase_add_test(tc, test_source_in_use_full);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_json_refused, 0, N_JSON_CASES);
    tcase_add_test(tc, test_json_count_rule_messages);
    tcase_add_test(tc, test_json_accepted_edges);
    tcase_add_test(tc, test_ordered_lists_in_json);
    suite_add_tcase(s, tc);

    tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_api_action_champion_other_partnership);
    tcase_add_test(tc, test_api_action_meeting_rules);
    tcase_add_test(tc, test_api_action_owner_at_most_one);
    tcase_add_test(tc, test_api_update_before_raised);
    tcase_add_test(tc, test_api_agenda_item_of_cancelled_meeting);
    tcase_add_test(tc, test_api_meeting_cancelled_with_decided_item);
    tcase_add_test(tc, test_api_attendance_seat_out_of_post);
    tcase_add_test(tc, test_api_attendance_seat_on_other_partnership);
    tcase_add_test(tc, test_api_generic_record_attendance);
    tcase_add_test(tc, test_api_membership_end_date_breaks_attendance);
    tcase_add_test(tc, test_api_meeting_date_breaks_attendance);
    tcase_add_test(tc, test_api_champion_moved_breaks_action);
    tcase_add_test(tc, test_api_raised_on_breaks_update);
    tcase_add_test(tc, test_api_scrutiny_review);
    tcase_add_test(tc, test_api_homicide_review_rules);
    suite_add_tcase(s, tc);

    tc = tcase_create("fields");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_document_url_or_reference);
    tcase_add_test(tc, test_source_url_or_reference);
    tcase_add_test(tc, test_time_format);
    tcase_add_test(tc, test_decimal_format);
    tcase_add_test(tc, test_quorum_and_discharge_meeting);
    tcase_add_test(tc, test_risk_score_kept);
    tcase_add_test(tc, test_risk_score_from_import_and_reviews);
    suite_add_tcase(s, tc);

    tc = tcase_create("agenda");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_agenda_positions);
    tcase_add_test(tc, test_agenda_parent_in_same_meeting);
    tcase_add_test(tc, test_agenda_move);
    tcase_add_test(tc, test_agenda_move_to_other_meeting_with_children);
    suite_add_tcase(s, tc);

    tc = tcase_create("sources");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_sources_on_every_entity);
    tcase_add_test(tc, test_sources_dangling_refused);
    tcase_add_test(tc, test_source_in_use);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(governance_suite());
}
