/*
 * test_query.c: queries (query.h): every operator on every kind of field,
 * partial dates as query.h defines them, order, limit, refused conditions;
 * and, through the store's EXPLAIN QUERY PLAN, that a condition on every
 * filterable field is answered with its index.
 */
#include "testutil.h"

#include "model/model.h" /* struct csp_register: its store, for explain() */

static csp_register *reg;
/* Objects of the running test, freed by teardown even when an assertion fails. */
static csp_query *t_q;
static csp_record *t_r, *t_rec;
static csp_record_iterator *t_it;
static char *t_plan;

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_query_free(t_q);
    t_q = NULL;
    csp_record_free(t_r);
    csp_record_free(t_rec);
    t_r = t_rec = NULL;
    csp_record_iterator_free(t_it);
    t_it = NULL;
    free(t_plan);
    t_plan = NULL;
    csp_register_close(reg);
    reg = NULL;
}

/*
 * The data of the operator tests. Organisations are listed out of id order
 * (the default order is the id's); "alpha" sorts after the capitals in byte
 * order.
 */
static const char *const DOC =
    "{'format': 'libcsp/1',"
    " 'organisations': ["
    "  {'id': 'o4', 'name': 'Delta', 'kind': 'voluntary', 'area': 'Ealing'},"
    "  {'id': 'o2', 'name': 'Bravo', 'kind': 'health', 'area': 'Brent'},"
    "  {'id': 'o5', 'name': 'alpha', 'kind': 'other'},"
    "  {'id': 'o1', 'name': 'Alpha', 'kind': 'police', 'area': 'Ealing', 'responsible_authority': true},"
    "  {'id': 'o3', 'name': 'Charlie', 'kind': 'police', 'responsible_authority': true}],"
    " 'people': [{'id': 'jo', 'name': 'Jo'}, {'id': 'kim', 'name': 'Kim'}],"
    " 'partnerships': ["
    "  {'id': 'p1', 'name': 'P1', 'kind': 'community_safety_partnership', 'meetings_per_year': 4,"
    "   'works_with': ['p2', 'p3'], 'former_names': ['Old', 'Older'],"
    "   'members': [{'id': 'm1', 'organisation': 'o1', 'person': 'jo', 'role': 'chair'},"
    "               {'id': 'm2', 'organisation': 'o2', 'person': 'kim', 'role': 'member'},"
    "               {'id': 'm3', 'organisation': 'o3', 'role': 'member'}]},"
    "  {'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': 12, 'works_with': ['p3'],"
    "   'former_names': ['Old']},"
    "  {'id': 'p3', 'name': 'P3', 'kind': 'board'},"
    "  {'id': 'p4', 'name': 'P4', 'kind': 'task_group', 'meetings_per_year': 4, 'works_with': ['p1']}],"
    " 'duties': ["
    "  {'id': 'local.a', 'title': 'A', 'source': 'S', 'recurrence': 'yearly', 'confidence': 'verified',"
    "   'applies_to': ['board', 'task_group']},"
    "  {'id': 'local.b', 'title': 'B', 'source': 'S', 'recurrence': 'yearly', 'confidence': 'verified',"
    "   'applies_to': ['task_group']},"
    "  {'id': 'local.c', 'title': 'C', 'source': 'S', 'recurrence': 'yearly', 'confidence': 'verified'}],"
    " 'strategies': ["
    "  {'id': 's1', 'partnership': 'p1', 'title': 'S1', 'kind': 'other', 'status': 'draft',"
    "   'refreshed_on': ['2021', '2022-03'],"
    "   'elements': [{'id': 'z', 'kind': 'strand', 'title': 'Z'},"
    "                {'id': 'a', 'kind': 'strand', 'title': 'A'},"
    "                {'id': 'a1', 'parent': 'a', 'kind': 'aim', 'title': 'A1'},"
    "                {'id': 'm', 'kind': 'strand', 'title': 'M'}]},"
    "  {'id': 's2', 'partnership': 'p1', 'title': 'S2', 'kind': 'other', 'status': 'draft'}]}";

/* The ids a query selects, joined by ','; also checks count_matching agrees. */
static const char *run(char *buf, size_t size, int entity, const csp_query *q)
{
    size_t n = 0, counted = (size_t)-1;
    int rc;
    buf[0] = '\0';
    TU_OK(csp_record_iterator_new(&t_it, reg, entity, q));
    while ((rc = csp_record_next(&t_rec, t_it)) == CSP_OK) {
        tu_join_(buf, size, csp_record_id(t_rec));
        csp_record_free(t_rec);
        t_rec = NULL;
        n++;
    }
    TU_CODE(rc, CSP_ITEROVER);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    TU_OK(csp_record_count_matching(&counted, reg, entity, q));
    ck_assert_msg(counted == n, "count_matching %zu, iteration %zu (%s)", counted, n, buf);
    return buf;
}

/* The ids of entity matching one condition `field op value` (a text value). */
#define CHECK_WHERE(entity, field, op, value, want)                                                   \
    do {                                                                                              \
        char buf_[512];                                                                               \
        TU_OK(csp_query_new(&t_q, (entity)));                                                         \
        TU_OK(csp_query_where(t_q, (field), (op), (value)));                                          \
        run(buf_, sizeof buf_, (entity), t_q);                                                        \
        ck_assert_msg(strcmp(buf_, (want)) == 0, "%s %s %s: expected \"%s\", got \"%s\"", #field, #op, \
                      #value, (want), buf_);                                                          \
        csp_query_free(t_q);                                                                          \
        t_q = NULL;                                                                                   \
    } while (0)

#define CHECK_WHERE_INT(entity, field, op, value, want)                                               \
    do {                                                                                              \
        char buf_[512];                                                                               \
        TU_OK(csp_query_new(&t_q, (entity)));                                                         \
        TU_OK(csp_query_where_int(t_q, (field), (op), (value)));                                      \
        run(buf_, sizeof buf_, (entity), t_q);                                                        \
        ck_assert_msg(strcmp(buf_, (want)) == 0, "%s %s %s: expected \"%s\", got \"%s\"", #field, #op, \
                      #value, (want), buf_);                                                          \
        csp_query_free(t_q);                                                                          \
        t_q = NULL;                                                                                   \
    } while (0)

/* ------------------------------------------------------------------ */
/* The query object                                                    */
/* ------------------------------------------------------------------ */

START_TEST(test_new_free)
{
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        TU_OK(csp_query_new(&t_q, e));
        ck_assert_ptr_nonnull(t_q);
        ck_assert_int_eq(csp_query_entity(t_q), e);
        csp_query_free(t_q);
        t_q = NULL;
    }
    t_q = (csp_query *)&t_q;
    TU_CODE(csp_query_new(&t_q, -1), CSP_EARG);
    ck_assert_ptr_null(t_q);
    t_q = (csp_query *)&t_q;
    TU_CODE(csp_query_new(&t_q, (int)csp_schema_entity_count()), CSP_EARG);
    ck_assert_ptr_null(t_q);
    TU_CODE(csp_query_new(&t_q, 9999), CSP_EARG);
    TU_CODE(csp_query_new(NULL, CSP_ENTITY_ORGANISATION), CSP_EARG);
    ck_assert_int_eq(csp_query_entity(NULL), -1);
    csp_query_free(NULL);
    TU_CODE(csp_query_where(NULL, CSP_ORGANISATION_NAME, CSP_OP_EQ, "x"), CSP_EARG);
    TU_CODE(csp_query_where_int(NULL, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_EQ, 1), CSP_EARG);
    TU_CODE(csp_query_order(NULL, CSP_ORGANISATION_NAME, 0), CSP_EARG);
    TU_CODE(csp_query_limit(NULL, 1), CSP_EARG);
}
END_TEST

/* An empty query selects every record, in the default order. */
START_TEST(test_empty_query)
{
    char buf[256];
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o1,o2,o3,o4,o5");
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, NULL), "o1,o2,o3,o4,o5");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Operators, kind by kind                                             */
/* ------------------------------------------------------------------ */

START_TEST(test_text_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    /* A required text field: byte order. */
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_EQ, "Bravo", "o2");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_EQ, "bravo", "");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_NE, "Bravo", "o1,o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_LT, "Charlie", "o1,o2");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_LE, "Charlie", "o1,o2,o3");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_GT, "Charlie", "o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_GE, "Charlie", "o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_GT, "Z", "o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_SET, NULL, "o1,o2,o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_OP_UNSET, NULL, "");
    /* An optional one: NE and UNSET match the unset, the comparisons never. */
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_EQ, "Ealing", "o1,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_NE, "Ealing", "o2,o3,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_LT, "Ealing", "o2");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_LE, "Ealing", "o1,o2,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_GT, "Brent", "o1,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_GE, "A", "o1,o2,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_SET, NULL, "o1,o2,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_OP_UNSET, NULL, "o3,o5");
    /* The id. */
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_EQ, "o3", "o3");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_NE, "o3", "o1,o2,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_LT, "o3", "o1,o2");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_GE, "o3", "o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_SET, NULL, "o1,o2,o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID, CSP_OP_UNSET, NULL, "");
}
END_TEST

START_TEST(test_enum_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    /* Enum values compare as text: health < other < police < voluntary. */
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_EQ, "police", "o1,o3");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_EQ, "business", "");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_NE, "police", "o2,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_LT, "police", "o2,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_LE, "police", "o1,o2,o3,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_GT, "police", "o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_GE, "police", "o1,o3,o4");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_SET, NULL, "o1,o2,o3,o4,o5");
    CHECK_WHERE(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_OP_UNSET, NULL, "");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE, CSP_OP_EQ, "member", "m2,m3");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE, CSP_OP_NE, "member", "m1");
}
END_TEST

START_TEST(test_ref_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    /* An optional reference. */
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_EQ, "jo", "m1");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_EQ, "nobody", "");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_NE, "jo", "m2,m3");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_LT, "kim", "m1");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_LE, "kim", "m1,m2");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_GT, "jo", "m2");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_GE, "jo", "m1,m2");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_SET, NULL, "m1,m2");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_OP_UNSET, NULL, "m3");
    /* A required one (the nesting parent). */
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, "p1", "m1,m2,m3");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_NE, "p1", "");
    CHECK_WHERE(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ORGANISATION, CSP_OP_GT, "o1", "m2,m3");
    /* A reference to the same entity. */
    CHECK_WHERE(CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT, CSP_OP_EQ, "a", "a1");
    CHECK_WHERE(CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT, CSP_OP_UNSET, NULL, "z,a,m");
}
END_TEST

START_TEST(test_bool_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_EQ, 1, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_EQ, 7, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_EQ, 0, "o2,o4,o5");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_NE, 1, "o2,o4,o5");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_NE, 0, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_SET, 0, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_UNSET, 1, "o2,o4,o5");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_GT, 0, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_GE, 1, "o1,o3");
    CHECK_WHERE_INT(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_COOPERATING_BODY, CSP_OP_EQ, 1, "");
    /* The built-in duties. */
    {
        char buf[64];
        size_t n = 0;
        TU_OK(csp_query_new(&t_q, CSP_ENTITY_DUTY));
        TU_OK(csp_query_where_int(t_q, CSP_DUTY_BUILTIN, CSP_OP_EQ, 0));
        TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_DUTY, t_q), "local.a,local.b,local.c");
        csp_query_free(t_q);
        t_q = NULL;
        TU_OK(csp_query_new(&t_q, CSP_ENTITY_DUTY));
        TU_OK(csp_query_where_int(t_q, CSP_DUTY_BUILTIN, CSP_OP_SET, 0));
        TU_OK(csp_record_count_matching(&n, reg, CSP_ENTITY_DUTY, t_q));
        ck_assert_uint_ge(n, 10);
    }
}
END_TEST

START_TEST(test_int_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    /* meetings_per_year: p1 4, p2 12, p3 unset, p4 4. */
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_EQ, 4, "p1,p4");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_EQ, 5, "");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_NE, 4, "p2,p3");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_GT, 4, "p2");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_GE, 4, "p1,p2,p4");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_SET, 0, "p1,p2,p4");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_UNSET, 0, "p3");
    /* "A comparison never matches a record whose field is unset" (query.h):
     * p3, whose meetings_per_year is unset, is not "fewer than 12". */
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_LT, 12, "p1,p4");
    CHECK_WHERE_INT(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_LE, 4, "p1,p4");
}
END_TEST

START_TEST(test_list_operators)
{
    TU_OK(tu_import_q(reg, DOC));
    /* REF_LIST: EQ is "contains". */
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p3", "p1,p2");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p1", "p4");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p4", "");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_SET, NULL, "p1,p2,p4");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_UNSET, NULL, "p3");
    /* TEXT_LIST. */
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_EQ, "Old", "p1,p2");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_EQ, "Older", "p1");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_EQ, "Ol", "");
    CHECK_WHERE(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_UNSET, NULL, "p3,p4");
    /* ENUM_LIST (the catalogue's duties apply to CSPs and others, not boards). */
    CHECK_WHERE(CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO, CSP_OP_EQ, "task_group", "local.a,local.b");
    CHECK_WHERE(CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO, CSP_OP_EQ, "board", "local.a");
    /* DATE_LIST: the same date as written. */
    CHECK_WHERE(CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, CSP_OP_EQ, "2022-03", "s1");
    CHECK_WHERE(CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, CSP_OP_EQ, "2021", "s1");
    CHECK_WHERE(CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, CSP_OP_SET, NULL, "s1");
    CHECK_WHERE(CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, CSP_OP_UNSET, NULL, "s2");
    /* Two conditions on one list: both items. */
    {
        char buf[64];
        TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
        TU_OK(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p2"));
        TU_OK(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p3"));
        TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_PARTNERSHIP, t_q), "p1");
    }
}
END_TEST

/* Several conditions: all must hold. */
START_TEST(test_conditions_and)
{
    char buf[128];
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_EQ, "police"));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o1,o3");
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_AREA, CSP_OP_SET, NULL));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o1");
    TU_OK(csp_query_where_int(t_q, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_OP_EQ, 0));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

typedef struct date_case {
    const char *stored; /* NULL: unset */
    int op;
    const char *value;
    int match;
} date_case;

static const date_case date_cases[] = {
    /* A month: every day of it. */
    {"2020-03", CSP_OP_LT, "2020-04-01", 1},
    {"2020-03", CSP_OP_LT, "2020-03-31", 0},
    {"2020-03", CSP_OP_LT, "2020-03-15", 0},
    {"2020-03", CSP_OP_LT, "2020-03-01", 0},
    {"2020-03", CSP_OP_LE, "2020-03-01", 1},
    {"2020-03", CSP_OP_LE, "2020-03-15", 1},
    {"2020-03", CSP_OP_LE, "2020-03-31", 1},
    {"2020-03", CSP_OP_LE, "2020-02-29", 0},
    {"2020-03", CSP_OP_GT, "2020-02-29", 1},
    {"2020-03", CSP_OP_GT, "2020-03-01", 0},
    {"2020-03", CSP_OP_GT, "2020-03-15", 0},
    {"2020-03", CSP_OP_GE, "2020-03-15", 1},
    {"2020-03", CSP_OP_GE, "2020-03-31", 1},
    {"2020-03", CSP_OP_GE, "2020-04-01", 0},
    {"2020-03", CSP_OP_EQ, "2020-03", 1},
    {"2020-03", CSP_OP_EQ, "2020-03-15", 0},
    {"2020-03", CSP_OP_EQ, "2020-03-01", 0},
    {"2020-03", CSP_OP_EQ, "2020", 0},
    {"2020-03", CSP_OP_NE, "2020-03-15", 1},
    {"2020-03", CSP_OP_NE, "2020-03", 0},
    {"2020-03", CSP_OP_SET, NULL, 1},
    {"2020-03", CSP_OP_UNSET, NULL, 0},
    /* A year. */
    {"2020", CSP_OP_LT, "2020-12-31", 0},
    {"2020", CSP_OP_LT, "2021-01-01", 1},
    {"2020", CSP_OP_LE, "2020-06-30", 1},
    {"2020", CSP_OP_GE, "2020-06-30", 1},
    {"2020", CSP_OP_LE, "2020-01-01", 1},
    {"2020", CSP_OP_LE, "2019-12-31", 0},
    {"2020", CSP_OP_GE, "2020-12-31", 1},
    {"2020", CSP_OP_GE, "2021-01-01", 0},
    {"2020", CSP_OP_GT, "2019-12-31", 1},
    {"2020", CSP_OP_GT, "2020-01-01", 0},
    {"2020", CSP_OP_GT, "2020-12-31", 0},
    {"2020", CSP_OP_EQ, "2020", 1},
    {"2020", CSP_OP_EQ, "2020-01-01", 0},
    {"2020", CSP_OP_EQ, "2020-01", 0},
    {"2020", CSP_OP_NE, "2020", 0},
    {"2020", CSP_OP_NE, "2020-06", 1},
    /* Full against full. */
    {"2020-03-15", CSP_OP_LT, "2020-03-16", 1},
    {"2020-03-15", CSP_OP_LT, "2020-03-15", 0},
    {"2020-03-15", CSP_OP_LE, "2020-03-15", 1},
    {"2020-03-15", CSP_OP_LE, "2020-03-14", 0},
    {"2020-03-15", CSP_OP_GT, "2020-03-14", 1},
    {"2020-03-15", CSP_OP_GT, "2020-03-15", 0},
    {"2020-03-15", CSP_OP_GE, "2020-03-15", 1},
    {"2020-03-15", CSP_OP_GE, "2020-03-16", 0},
    {"2020-03-15", CSP_OP_EQ, "2020-03-15", 1},
    {"2020-03-15", CSP_OP_EQ, "2020-03-16", 0},
    {"2020-03-15", CSP_OP_NE, "2020-03-15", 0},
    {"2020-03-15", CSP_OP_NE, "2020-03-16", 1},
    {"2020-03-15", CSP_OP_SET, NULL, 1},
    /* A partial value in the query is its whole period too. */
    {"2019-12-31", CSP_OP_LT, "2020", 1},
    {"2020-01-01", CSP_OP_LT, "2020", 0},
    {"2020-12-31", CSP_OP_GT, "2020", 0},
    {"2021-01-01", CSP_OP_GT, "2020", 1},
    {"2020-06-15", CSP_OP_LE, "2020", 1},
    {"2020-06-15", CSP_OP_GE, "2020", 1},
    {"2021-01-01", CSP_OP_LE, "2020", 0},
    {"2019-12-31", CSP_OP_GE, "2020", 0},
    {"2020-03", CSP_OP_LT, "2020-04", 1},
    {"2020-03", CSP_OP_LT, "2020-03", 0},
    {"2020-03", CSP_OP_LE, "2020-03", 1},
    {"2020-03", CSP_OP_GE, "2020-03", 1},
    {"2020-03", CSP_OP_GT, "2020-02", 1},
    {"2020-03", CSP_OP_LE, "2020", 1},
    {"2020-03", CSP_OP_GE, "2020", 1},
    {"2020-03", CSP_OP_LT, "2020", 0},
    {"2020-03", CSP_OP_GT, "2020", 0},
    {"2020", CSP_OP_LT, "2020-03", 0},
    {"2020", CSP_OP_GE, "2020-03", 1},
    {"2020", CSP_OP_LE, "2020-03", 1},
    {"2020-12", CSP_OP_LT, "2021", 1},
    {"2021-01", CSP_OP_GT, "2020", 1},
    /* Unset: only NE and UNSET. */
    {NULL, CSP_OP_EQ, "2020", 0},
    {NULL, CSP_OP_LT, "2999", 0},
    {NULL, CSP_OP_LE, "2999", 0},
    {NULL, CSP_OP_GT, "1900", 0},
    {NULL, CSP_OP_GE, "1900", 0},
    {NULL, CSP_OP_NE, "2020", 1},
    {NULL, CSP_OP_SET, NULL, 0},
    {NULL, CSP_OP_UNSET, NULL, 1},
};

static const char *op_name(int op)
{
    static const char *const names[] = {"?", "EQ", "NE", "LT", "LE", "GT", "GE", "SET", "UNSET"};
    return op >= 1 && op <= 8 ? names[op] : "?";
}

/* Runs every date case on one date field of one record (entity, id), rewriting its value. */
static void check_date_cases(int entity, const char *id, int field)
{
    for (size_t i = 0; i < sizeof date_cases / sizeof date_cases[0]; i++) {
        const date_case *c = &date_cases[i];
        size_t n = 99;
        TU_OK(csp_record_get(&t_r, reg, entity, id));
        TU_OK(csp_record_set_text(t_r, field, c->stored));
        TU_OK(csp_record_put(reg, t_r));
        csp_record_free(t_r);
        t_r = NULL;
        TU_OK(csp_query_new(&t_q, entity));
        TU_OK(csp_query_where(t_q, field, c->op, c->value));
        TU_OK(csp_query_where(t_q, 0, CSP_OP_EQ, id));
        TU_OK(csp_record_count_matching(&n, reg, entity, t_q));
        ck_assert_msg(n == (size_t)c->match, "%s.%s: stored %s %s %s: expected %s, got %zu",
                      csp_schema_entity_name((size_t)entity), csp_schema_field_name(entity, field),
                      c->stored ? c->stored : "(unset)", op_name(c->op), c->value ? c->value : "",
                      c->match ? "a match" : "none", n);
        csp_query_free(t_q);
        t_q = NULL;
    }
}

START_TEST(test_dates_indexed)
{
    TU_OK(tu_import_q(reg, DOC));
    ck_assert_uint_ne(csp_schema_field_flags(CSP_ENTITY_STRATEGY, CSP_STRATEGY_AGREED_ON) & CSP_FLAG_FILTER, 0);
    check_date_cases(CSP_ENTITY_STRATEGY, "s2", CSP_STRATEGY_AGREED_ON);
}
END_TEST

START_TEST(test_dates_not_indexed)
{
    TU_OK(tu_import_q(reg, DOC));
    ck_assert_uint_eq(csp_schema_field_flags(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMED_ON) & CSP_FLAG_FILTER, 0);
    check_date_cases(CSP_ENTITY_PARTNERSHIP, "p3", CSP_PARTNERSHIP_FORMED_ON);
}
END_TEST

/* Several records at once: a date range picks the periods inside it. */
START_TEST(test_date_range)
{
    static const char *const dates[] = {"2019", "2020", "2020-02", "2020-03", "2020-03-31", "2020-04-01", "2021"};
    char buf[256];
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    for (int i = 0; i < 7; i++) {
        char id[8];
        snprintf(id, sizeof id, "d%d", i);
        tu_put_discharge(reg, id, "cda1998.s6.strategies", "csp", dates[i]);
    }
    /* The periods that touch March 2020. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_DISCHARGE));
    TU_OK(csp_query_where(t_q, CSP_DISCHARGE_DISCHARGED_ON, CSP_OP_GE, "2020-03-01"));
    TU_OK(csp_query_where(t_q, CSP_DISCHARGE_DISCHARGED_ON, CSP_OP_LE, "2020-03-31"));
    /* GE "not wholly before" and LE "not wholly after": the periods that touch March. */
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_DISCHARGE, t_q), "d1,d3,d4");
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_DISCHARGE));
    TU_OK(csp_query_where(t_q, CSP_DISCHARGE_DISCHARGED_ON, CSP_OP_GT, "2020-02-29"));
    TU_OK(csp_query_where(t_q, CSP_DISCHARGE_DISCHARGED_ON, CSP_OP_LT, "2020-04-01"));
    /* GT "wholly after" and LT "wholly before": the periods inside March. */
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_DISCHARGE, t_q), "d3,d4");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Order and limit                                                     */
/* ------------------------------------------------------------------ */

#define CHECK_ORDER(entity, want)                                                                     \
    do {                                                                                              \
        char buf_[512];                                                                               \
        run(buf_, sizeof buf_, (entity), t_q);                                                        \
        ck_assert_msg(strcmp(buf_, (want)) == 0, "expected \"%s\", got \"%s\"", (want), buf_);        \
        csp_query_free(t_q);                                                                          \
        t_q = NULL;                                                                                   \
    } while (0)

START_TEST(test_order)
{
    TU_OK(tu_import_q(reg, DOC));
    /* One key, both ways (byte order: "alpha" after the capitals). */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 0));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o1,o2,o3,o4,o5");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o5,o4,o3,o2,o1");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 42)); /* any non-zero is descending */
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o5,o4,o3,o2,o1");
    /* Ties come in id order, ascending or descending. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_KIND, 0));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o2,o5,o1,o3,o4");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_KIND, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o4,o1,o3,o5,o2");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o1,o3,o2,o4,o5");
    /* Two keys. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_KIND, 0));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o2,o5,o3,o1,o4");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, 0));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 0));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o2,o4,o5,o1,o3");
    /* An int key; the id as a key. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    TU_OK(csp_query_where_int(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_SET, 0));
    TU_OK(csp_query_order(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 1));
    CHECK_ORDER(CSP_ENTITY_PARTNERSHIP, "p2,p1,p4");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_ID, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o5,o4,o3,o2,o1");
    /* With a condition. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_EQ, "police"));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 1));
    CHECK_ORDER(CSP_ENTITY_ORGANISATION, "o3,o1");
}
END_TEST

/* Ordered entities come by position by default, not by id. */
START_TEST(test_default_order_position)
{
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_where(t_q, CSP_ELEMENT_STRATEGY, CSP_OP_EQ, "s1"));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "z,a,a1,m");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "z,a,a1,m");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_where(t_q, CSP_ELEMENT_KIND, CSP_OP_EQ, "strand"));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "z,a,m");
    /* An explicit key first, the position after it. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_order(t_q, CSP_ELEMENT_KIND, 0));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "a1,z,a,m");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_order(t_q, CSP_ELEMENT_TITLE, 0));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "a,a1,m,z");
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_order(t_q, CSP_ELEMENT_POSITION, 1));
    CHECK_ORDER(CSP_ENTITY_ELEMENT, "m,a1,a,z");
}
END_TEST

START_TEST(test_limit)
{
    char buf[128];
    size_t n = 0;
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_order(t_q, CSP_ORGANISATION_NAME, 1));
    TU_OK(csp_query_limit(t_q, 2));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4");
    TU_OK(csp_record_count_matching(&n, reg, CSP_ENTITY_ORGANISATION, t_q));
    ck_assert_uint_eq(n, 2);
    TU_OK(csp_query_limit(t_q, 1));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5");
    TU_OK(csp_query_limit(t_q, 5));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4,o3,o2,o1");
    TU_OK(csp_query_limit(t_q, 1000));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4,o3,o2,o1");
    TU_OK(csp_query_limit(t_q, (size_t)-1));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4,o3,o2,o1");
    TU_OK(csp_query_limit(t_q, 0)); /* no limit */
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4,o3,o2,o1");
    /* With a condition: the limit caps the matches. */
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_NE, "police"));
    TU_OK(csp_query_limit(t_q, 2));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_ORGANISATION, t_q), "o5,o4");
    TU_OK(csp_record_count_matching(&n, reg, CSP_ENTITY_ORGANISATION, t_q));
    ck_assert_uint_eq(n, 2);
    TU_OK(csp_query_limit(t_q, 10));
    TU_OK(csp_record_count_matching(&n, reg, CSP_ENTITY_ORGANISATION, t_q));
    ck_assert_uint_eq(n, 3);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Refused conditions                                                  */
/* ------------------------------------------------------------------ */

/* The query has the conditions and keys it had (internal: schema/query.h), and selects as before. */
#define CHECK_UNCHANGED(want_conds, want_keys)                                                        \
    do {                                                                                              \
        size_t n_ = 99;                                                                               \
        ck_assert_int_eq(t_q->nconds, (want_conds));                                                  \
        ck_assert_int_eq(t_q->norder, (want_keys));                                                   \
        TU_OK(csp_record_count_matching(&n_, reg, csp_query_entity(t_q), t_q));                       \
        ck_assert_uint_eq(n_, 2);                                                                     \
    } while (0)

START_TEST(test_bad_values)
{
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_EQ, "police"));
    CHECK_UNCHANGED(1, 0);
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_EQ, "constabulary"), CSP_EENUM);
    TU_PATH("query.kind");
    TU_MSG_HAS("constabulary");
    CHECK_UNCHANGED(1, 0);
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_KIND, CSP_OP_LT, "Police"), CSP_EENUM);
    TU_PATH("query.kind");
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_ID, CSP_OP_EQ, "not an id"), CSP_EINVALID);
    TU_PATH("query.id");
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_ID, CSP_OP_EQ, ""), CSP_EINVALID);
    TU_PATH("query.id");
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_NAME, CSP_OP_EQ, ""), CSP_EINVALID);
    TU_PATH("query.name");
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_NAME, CSP_OP_EQ, "bad\xff"), CSP_EINVALID);
    TU_PATH("query.name");
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_NAME, CSP_OP_EQ, NULL), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_ORGANISATION_NAME, CSP_OP_LT, NULL), CSP_EARG);
    CHECK_UNCHANGED(1, 0);
    csp_query_free(t_q);
    t_q = NULL;

    TU_OK(csp_query_new(&t_q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_where(t_q, CSP_MEMBERSHIP_ROLE, CSP_OP_EQ, "member"));
    TU_CODE(csp_query_where(t_q, CSP_MEMBERSHIP_PERSON, CSP_OP_EQ, "jo bloggs"), CSP_EINVALID);
    TU_PATH("query.person");
    TU_CODE(csp_query_where(t_q, CSP_MEMBERSHIP_START_DATE, CSP_OP_LT, "2023-02-30"), CSP_EDATE);
    TU_PATH("query.start_date");
    TU_CODE(csp_query_where(t_q, CSP_MEMBERSHIP_START_DATE, CSP_OP_GE, "March 2023"), CSP_EDATE);
    TU_PATH("query.start_date");
    TU_CODE(csp_query_where(t_q, CSP_MEMBERSHIP_END_DATE, CSP_OP_EQ, "2023-13"), CSP_EDATE);
    TU_PATH("query.end_date");
    CHECK_UNCHANGED(1, 0);
    csp_query_free(t_q);
    t_q = NULL;

    /* List items are checked like the list's values. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    TU_OK(csp_query_where(t_q, CSP_PARTNERSHIP_KIND, CSP_OP_EQ, "board"));
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_EQ, "p 3"), CSP_EINVALID);
    TU_PATH("query.works_with");
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_EQ, ""), CSP_EINVALID);
    TU_PATH("query.former_names");
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_AREA_CODE, CSP_OP_EQ, "E0900000X"), CSP_EINVALID);
    TU_PATH("query.area_code");
    CHECK_UNCHANGED(1, 0);
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_DUTY));
    TU_CODE(csp_query_where(t_q, CSP_DUTY_APPLIES_TO, CSP_OP_EQ, "police"), CSP_EENUM);
    TU_PATH("query.applies_to");
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_STRATEGY));
    TU_CODE(csp_query_where(t_q, CSP_STRATEGY_REFRESHED_ON, CSP_OP_EQ, "2021-02-29"), CSP_EDATE);
    TU_PATH("query.refreshed_on");

    /* SET and UNSET ignore the value. */
    TU_OK(csp_query_where(t_q, CSP_STRATEGY_REFRESHED_ON, CSP_OP_SET, "not a date"));
    TU_OK(csp_query_where(t_q, CSP_STRATEGY_AGREED_ON, CSP_OP_UNSET, "not a date"));
    {
        char buf[64];
        TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_STRATEGY, t_q), "s1");
    }
}
END_TEST

START_TEST(test_bad_conditions)
{
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    TU_OK(csp_query_where(t_q, CSP_PARTNERSHIP_KIND, CSP_OP_EQ, "board"));
    /* Unknown fields and operators. */
    TU_CODE(csp_query_where(t_q, -1, CSP_OP_EQ, "x"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, (int)csp_schema_field_count("partnership"), CSP_OP_EQ, "x"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, 9999, CSP_OP_SET, NULL), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_NAME, 0, "x"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_NAME, 9, "x"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_NAME, -1, "x"), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, -1, CSP_OP_EQ, 1), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, (int)csp_schema_field_count("partnership"), CSP_OP_EQ, 1), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 0, 1), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 9, 1), CSP_EARG);
    CHECK_UNCHANGED(1, 0);
    /* The wrong function for the field's kind. */
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_EQ, "4"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_AD_HOC_MEETINGS, CSP_OP_EQ, "1"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_AD_HOC_MEETINGS, CSP_OP_SET, NULL), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_NAME, CSP_OP_EQ, 1), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_ID, CSP_OP_EQ, 1), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_FORMED_ON, CSP_OP_EQ, 2020), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_SET, 0), CSP_EARG);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_PARENT, CSP_OP_UNSET, 0), CSP_EARG);
    CHECK_UNCHANGED(1, 0);
    /* Lists take EQ, SET and UNSET only. */
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_NE, "p1"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_LT, "p1"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_WORKS_WITH, CSP_OP_LE, "p1"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_GT, "A"), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_FORMER_NAMES, CSP_OP_GE, "A"), CSP_EARG);
    CHECK_UNCHANGED(1, 0);
    /* Order: not on a list, not on an unknown field. */
    TU_CODE(csp_query_order(t_q, CSP_PARTNERSHIP_WORKS_WITH, 0), CSP_EARG);
    TU_CODE(csp_query_order(t_q, CSP_PARTNERSHIP_FORMER_NAMES, 1), CSP_EARG);
    TU_CODE(csp_query_order(t_q, -1, 0), CSP_EARG);
    TU_CODE(csp_query_order(t_q, (int)csp_schema_field_count("partnership"), 0), CSP_EARG);
    CHECK_UNCHANGED(1, 0);
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_STRATEGY));
    TU_CODE(csp_query_order(t_q, CSP_STRATEGY_REFRESHED_ON, 0), CSP_EARG);
    TU_CODE(csp_query_order(t_q, CSP_STRATEGY_STRANDS, 0), CSP_EARG);
    TU_CODE(csp_query_order(t_q, CSP_STRATEGY_DUTIES, 0), CSP_EARG);
}
END_TEST

/* A query holds a bounded number of conditions and order keys. */
START_TEST(test_too_many)
{
    int n = 0, rc;
    TU_OK(tu_import_q(reg, DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    /* At least 8 conditions fit; then one more is refused, with either function. */
    while ((rc = csp_query_where(t_q, CSP_PARTNERSHIP_NAME, CSP_OP_NE, "nothing")) == CSP_OK) {
        n++;
        ck_assert_int_lt(n, 1000);
    }
    TU_CODE(rc, CSP_EARG);
    ck_assert_int_ge(n, 8);
    TU_CODE(csp_query_where_int(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_EQ, 4), CSP_EARG);
    TU_CODE(csp_query_where(t_q, CSP_PARTNERSHIP_KIND, CSP_OP_SET, NULL), CSP_EARG);
    ck_assert_int_eq(t_q->nconds, n);
    {
        size_t count = 0;
        TU_OK(csp_record_count_matching(&count, reg, CSP_ENTITY_PARTNERSHIP, t_q));
        ck_assert_uint_eq(count, 4);
    }
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    n = 0;
    while ((rc = csp_query_where_int(t_q, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, CSP_OP_NE, 99)) == CSP_OK) {
        n++;
        ck_assert_int_lt(n, 1000);
    }
    TU_CODE(rc, CSP_EARG);
    ck_assert_int_ge(n, 8);
    csp_query_free(t_q);
    t_q = NULL;
    /* Order keys: a few fit, then CSP_EARG, and the query still runs. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    n = 0;
    while ((rc = csp_query_order(t_q, CSP_PARTNERSHIP_NAME, n % 2)) == CSP_OK) {
        n++;
        ck_assert_int_lt(n, 1000);
    }
    TU_CODE(rc, CSP_EARG);
    ck_assert_int_ge(n, 2);
    {
        char buf[64];
        TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_PARTNERSHIP, t_q), "p1,p2,p3,p4");
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* Indexes: EXPLAIN QUERY PLAN for every filterable field               */
/* ------------------------------------------------------------------ */

/* Records per entity (fewer under valgrind: without statistics SQLite plans
 * the same whatever the tables hold). */
#define BULK tu_rounds(400, 40)

/* The place of value in enum name. */
static int enum_index(const char *name, const char *value)
{
    for (size_t k = 0; k < csp_schema_enum_count(name); k++)
        if (strcmp(csp_schema_enum_value(name, k), value) == 0)
            return (int)k;
    ck_abort_msg("%s has no value %s", name, value);
    return -1;
}

/* A valid value for field f of entity e, for record number i, or NULL to leave it unset. */
static const char *sample_text(char *buf, size_t size, int e, int f, int i)
{
    int type = csp_schema_field_type(e, f);
    const char *name = csp_schema_field_name(e, f);
    int target = csp_schema_field_target(e, f);
    switch (type) {
    case CSP_FIELD_TEXT:
    case CSP_FIELD_TEXT_LIST:
        if (strcmp(name, "area_code") == 0)
            snprintf(buf, size, "E%08d", i % 40);
        else if (strcmp(name, "start_time") == 0)
            snprintf(buf, size, "%02d:30", i % 24);
        else if (strcmp(name, "target") == 0 || strcmp(name, "value") == 0)
            snprintf(buf, size, "%d.5", i % 37);
        else
            snprintf(buf, size, "text %d", i % 37);
        return buf;
    case CSP_FIELD_ENUM:
    case CSP_FIELD_ENUM_LIST: {
        const char *en = csp_schema_field_enum(e, f);
        if (e == CSP_ENTITY_MEETING && f == CSP_MEETING_STATUS) /* its agenda items record outcomes */
            return "held";
        if (e == CSP_ENTITY_HOMICIDE_REVIEW && f == CSP_HOMICIDE_REVIEW_DECISION) /* it is commissioned */
            return "hold";
        return csp_schema_enum_value(en, (size_t)i % csp_schema_enum_count(en));
    }
    case CSP_FIELD_DATE:
    case CSP_FIELD_DATE_LIST:
        /* The same date in every field of a record: a start is never after its end. */
        if (i % 3 == 0)
            snprintf(buf, size, "%d", 2000 + i % 25);
        else if (i % 3 == 1)
            snprintf(buf, size, "%d-%02d", 2000 + i % 25, 1 + i % 12);
        else
            snprintf(buf, size, "%d-%02d-%02d", 2000 + i % 25, 1 + i % 12, 1 + i % 28);
        return buf;
    case CSP_FIELD_REF:
    case CSP_FIELD_REF_LIST: {
        const char *tname = csp_schema_entity_name((size_t)target);
        if ((e == CSP_ENTITY_SCRUTINY_REVIEW && f == CSP_SCRUTINY_REVIEW_COMMITTEE) ||
            (e == CSP_ENTITY_PARTNERSHIP && f == CSP_PARTNERSHIP_SCRUTINISED_BY)) {
            /* a partnership of kind scrutiny_committee: partnership kinds go round the enum */
            int committee = enum_index("partnership_kind", "scrutiny_committee");
            if (e == CSP_ENTITY_PARTNERSHIP && i <= committee) /* not put yet, or itself */
                return NULL;
            snprintf(buf, size, "%s-%d", tname, committee);
            return buf;
        }
        if (csp_schema_field_flags(e, f) & CSP_FLAG_TREE) {
            /* An element earlier in the same strategy (elements go to strategy i % 40). */
            if (i < 40)
                return NULL;
            snprintf(buf, size, "%s-%d", tname, i - 40);
            return buf;
        }
        if (target == e) { /* another partnership, earlier */
            if (i == 0)
                return NULL;
            snprintf(buf, size, "%s-%d", tname, i / 2);
            return buf;
        }
        /* The owner of a tree's records: a parent 40 records back shares it. */
        if ((e == CSP_ENTITY_ELEMENT && f == CSP_ELEMENT_STRATEGY) ||
            (e == CSP_ENTITY_AGENDA_ITEM && f == CSP_AGENDA_ITEM_MEETING) ||
            (e == CSP_ENTITY_STANDING_ITEM && f == CSP_STANDING_ITEM_PARTNERSHIP)) {
            snprintf(buf, size, "%s-%d", tname, i % 40);
            return buf;
        }
        if (target == CSP_ENTITY_DUTY) { /* local duties and built-in ones */
            if (i % 2)
                return "cda1998.s6.strategies";
            snprintf(buf, size, "%s-%d", tname, i);
            return buf;
        }
        snprintf(buf, size, "%s-%d", tname, i);
        return buf;
    }
    default:
        return NULL;
    }
}

/* Puts BULK records of every entity, each field with a value (one of duty_holding's two). */
static void put_bulk(void)
{
    char id[64], buf[64];
    TU_OK(csp_register_begin(reg));
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        int nf = (int)csp_schema_field_count(csp_schema_entity_name((size_t)e));
        for (int i = 0; i < BULK; i++) {
            snprintf(id, sizeof id, "%s-%d", csp_schema_entity_name((size_t)e), i);
            TU_OK(csp_record_new(&t_r, e, id));
            for (int f = 1; f < nf; f++) {
                unsigned flags = csp_schema_field_flags(e, f);
                int type = csp_schema_field_type(e, f);
                const char *v;
                if (flags & CSP_FLAG_READONLY)
                    continue;
                if (e == CSP_ENTITY_DUTY_HOLDING &&
                    f == (i % 2 ? CSP_DUTY_HOLDING_PARTNERSHIP : CSP_DUTY_HOLDING_ORGANISATION))
                    continue;
                if (type == CSP_FIELD_BOOL) {
                    TU_OK(csp_record_set_int(t_r, f, i % 2));
                    continue;
                }
                if (type == CSP_FIELD_INT) {
                    long long min = 0, max = 0;
                    TU_OK(csp_schema_field_bounds(&min, &max, e, f));
                    TU_OK(csp_record_set_int(t_r, f, min + i % (max - min + 1)));
                    continue;
                }
                if (e == CSP_ENTITY_ACTION && f == (i % 2 ? CSP_ACTION_OWNER_PARTNERSHIP : CSP_ACTION_OWNER_ORGANISATION))
                    continue; /* one owner */
                /* The agenda item that raised action i is on meeting i % 40, not on meeting i. */
                if (e == CSP_ENTITY_ACTION && f == CSP_ACTION_RAISED_AT_ITEM)
                    continue;
                /* A reference to an entity described later: its records are not put yet. */
                if ((type == CSP_FIELD_REF || type == CSP_FIELD_REF_LIST) && csp_schema_field_target(e, f) > e)
                    continue;
                v = sample_text(buf, sizeof buf, e, f, i);
                if (v == NULL)
                    continue;
                if (type >= CSP_FIELD_TEXT_LIST)
                    TU_OK(csp_record_add(t_r, f, v));
                else
                    TU_OK(csp_record_set_text(t_r, f, v));
            }
            TU_OK(csp_record_put(reg, t_r));
            csp_record_free(t_r);
            t_r = NULL;
        }
    }
    TU_OK(csp_register_commit(reg));
}

/* Whether the plan searches table with the named index (not a scan of the table). */
static int uses_index(const char *plan, const char *table, const char *index)
{
    char want[2][160];
    snprintf(want[0], sizeof want[0], "SEARCH %s USING INDEX %s (", table, index);
    snprintf(want[1], sizeof want[1], "SEARCH %s USING COVERING INDEX %s (", table, index);
    return strstr(plan, want[0]) != NULL || strstr(plan, want[1]) != NULL;
}

static int scans(const char *plan, const char *table)
{
    char want[160];
    const char *p = plan;
    size_t n = (size_t)snprintf(want, sizeof want, "SCAN %s", table);
    /* "SCAN organisations" alone or followed by " USING ...", not "SCAN organisations_kind". */
    while ((p = strstr(p, want)) != NULL) {
        if (p[n] == '\0' || p[n] == '\n' || p[n] == ' ')
            return 1;
        p += n;
    }
    return 0;
}

/* Explains a one-condition query on (e, f) with op, and checks the index it should use. */
static int check_plan(int e, int f, int op, const char *index_suffix, char *report, size_t size)
{
    const char *plural = csp_schema_entity_plural(e);
    const char *fname = csp_schema_field_name(e, f);
    int type = csp_schema_field_type(e, f);
    char value[64], index[128], table[128];
    int ok;
    TU_OK(csp_query_new(&t_q, e));
    if (type == CSP_FIELD_BOOL || type == CSP_FIELD_INT) {
        TU_OK(csp_query_where_int(t_q, f, op, 1));
    } else {
        const char *v = sample_text(value, sizeof value, e, f, 41);
        if (v == NULL) /* a sample left unset (a tree parent of an early record) */
            v = sample_text(value, sizeof value, e, f, 80);
        ck_assert_ptr_nonnull(v);
        TU_OK(csp_query_where(t_q, f, op, v));
    }
    if (type >= CSP_FIELD_TEXT_LIST) {
        /* "contains": the list table's value index. */
        snprintf(table, sizeof table, "%s_%s", plural, fname);
        snprintf(index, sizeof index, "%s_%s_value", plural, fname);
    } else {
        snprintf(table, sizeof table, "%s", plural);
        snprintf(index, sizeof index, "%s_%s%s", plural, fname, index_suffix);
    }
    TU_OK(reg->store->explain(reg->store, t_q, NULL, 0, &t_plan));
    ck_assert_ptr_nonnull(t_plan);
    ok = uses_index(t_plan, table, index) && (type >= CSP_FIELD_TEXT_LIST || !scans(t_plan, plural));
    if (!ok) {
        size_t used = strlen(report);
        snprintf(report + used, size - used, "%s.%s %s: expected a SEARCH using %s, plan:\n%s", plural, fname,
                 op_name(op), index, t_plan);
    }
    free(t_plan);
    t_plan = NULL;
    csp_query_free(t_q);
    t_q = NULL;
    return ok;
}

START_TEST(test_filterable_fields_use_indexes)
{
    static char report[16384];
    int checked = 0, failed = 0;
    size_t n = 0;
    report[0] = '\0';
    put_bulk();
    TU_OK(csp_record_count_matching(&n, reg, CSP_ENTITY_ELEMENT, NULL));
    ck_assert_uint_eq(n, (size_t)BULK);
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        int nf = (int)csp_schema_field_count(csp_schema_entity_name((size_t)e));
        for (int f = 0; f < nf; f++) {
            if (!(csp_schema_field_flags(e, f) & CSP_FLAG_FILTER))
                continue;
            if (csp_schema_field_type(e, f) == CSP_FIELD_DATE) {
                /* EQ, LE and GT compare the first day a date can name; LT and GE the last. */
                failed += !check_plan(e, f, CSP_OP_EQ, "_lo", report, sizeof report);
                failed += !check_plan(e, f, CSP_OP_LE, "_lo", report, sizeof report);
                failed += !check_plan(e, f, CSP_OP_GT, "_lo", report, sizeof report);
                failed += !check_plan(e, f, CSP_OP_LT, "_hi", report, sizeof report);
                failed += !check_plan(e, f, CSP_OP_GE, "_hi", report, sizeof report);
                checked += 5;
            } else {
                failed += !check_plan(e, f, CSP_OP_EQ, "", report, sizeof report);
                checked++;
            }
        }
    }
    ck_assert_int_ge(checked, 40);
    /* Check's messages are short: the plans go to stderr. */
    if (failed)
        fprintf(stderr, "%s", report);
    ck_assert_msg(failed == 0, "%d of %d plans do not use their index (the plans are on stderr)", failed,
                  checked);
}
END_TEST

/* The plan of an unfiltered field is a scan: the check above can fail. */
START_TEST(test_unfiltered_field_scans)
{
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(t_q, CSP_ORGANISATION_NAME, CSP_OP_EQ, "Met"));
    TU_OK(reg->store->explain(reg->store, t_q, NULL, 0, &t_plan));
    ck_assert_msg(!uses_index(t_plan, "organisations", "organisations_name"), "%s", t_plan);
    ck_assert_msg(strstr(t_plan, "SEARCH organisations USING INDEX") == NULL, "%s", t_plan);
}
END_TEST

/* A scan of every record in id order walks the index of ids (SQLite then
 * takes the id from it): the cursor leaves out its check that a record is
 * found by its own id on the strength of this (store/sqlite.c, query_sql;
 * test_damage.c shows the id coming from the index). Every entity that is
 * not ordered, with and without the names of what its references name. */
START_TEST(test_full_scans_walk_the_id_index)
{
    put_bulk();
    int checked = 0;
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        int nf = (int)csp_schema_field_count(csp_schema_entity_name((size_t)e)), ordered = 0;
        for (int f = 0; f < nf; f++)
            ordered |= (csp_schema_field_flags(e, f) & CSP_FLAG_ORDER) != 0;
        if (ordered)
            continue;
        const char *plural = csp_schema_entity_plural(e);
        char scan[200];
        snprintf(scan, sizeof scan, "SCAN %s USING INDEX sqlite_autoindex_%s_1", plural, plural);
        for (int names = 0; names < 2; names++) {
            TU_OK(csp_query_new(&t_q, e));
            TU_OK(csp_query_names(t_q, names));
            TU_OK(reg->store->explain(reg->store, t_q, NULL, 0, &t_plan));
            ck_assert_msg(strstr(t_plan, scan) != NULL && strstr(t_plan, "TEMP B-TREE") == NULL,
                          "%s (names %d): expected \"%s\", plan:\n%s", plural, names, scan, t_plan);
            free(t_plan);
            t_plan = NULL;
            csp_query_free(t_q);
            t_q = NULL;
            checked++;
        }
    }
    ck_assert_int_ge(checked, 16);
}
END_TEST

/* ---- the open actions: a described, partial index ----------------------------- */

static const char *const OPEN_ACTIONS_DOC =
    "{'format': 'libcsp/1',"
    " 'partnerships': [{'id': 'q', 'name': 'Q', 'kind': 'community_safety_partnership'},"
    "                  {'id': 'p', 'name': 'P', 'kind': 'community_safety_partnership'}],"
    " 'actions': ["
    "  {'id': 'b', 'partnership': 'q', 'title': 'T', 'status': 'open'},"
    "  {'id': 'z', 'partnership': 'p', 'title': 'T', 'status': 'in_progress'},"
    "  {'id': 'a10', 'partnership': 'p', 'title': 'T', 'status': 'open'},"
    "  {'id': 'done', 'partnership': 'p', 'title': 'T', 'status': 'done'},"
    "  {'id': 'cancelled', 'partnership': 'q', 'title': 'T', 'status': 'cancelled'},"
    "  {'id': 'superseded', 'partnership': 'p', 'title': 'T', 'status': 'superseded'},"
    "  {'id': 'a9', 'partnership': 'p', 'title': 'T', 'status': 'in_progress'},"
    "  {'id': 'a', 'partnership': 'q', 'title': 'T', 'status': 'open'}]}";

static int add_seen(const char *const *v, void *arg)
{
    char *seen = arg;
    size_t n = strlen(seen);
    snprintf(seen + n, 256 - n, "%s%s/%s", n ? " " : "", v[0], v[1]);
    return CSP_OK;
}

/* The open actions (csp__query_action_open) are the records of the index
 * model.toml describes: a scan reads only open and in-progress actions, each
 * partnership's in id order, from the index alone, for the whole register
 * or for one partnership. */
START_TEST(test_open_actions_scan_the_index)
{
    static const int fields[] = {CSP_ACTION_PARTNERSHIP, CSP_ACTION_ID};
    char seen[256] = "";
    csp__query q;
    TU_OK(tu_import_q(reg, OPEN_ACTIONS_DOC));
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
    TU_OK(csp__query_action_open(&q));
    TU_OK(reg->store->scan(reg->store, &q, fields, 2, add_seen, seen));
    ck_assert_str_eq(seen, "p/a10 p/a9 p/z q/a q/b");
    TU_OK(reg->store->explain(reg->store, &q, fields, 2, &t_plan));
    ck_assert_msg(strstr(t_plan, "SCAN actions USING COVERING INDEX actions_open") && !strstr(t_plan, "TEMP B-TREE"),
                  "%s", t_plan);
    free(t_plan);
    t_plan = NULL;
    csp__query_reset(&q);
    /* One partnership's. */
    csp__query_init(&q, &csp__entities[CSP_ENTITY_ACTION]);
    TU_OK(csp__query_eq_borrowed(&q, CSP_ACTION_PARTNERSHIP, "q"));
    TU_OK(csp__query_action_open(&q));
    seen[0] = '\0';
    TU_OK(reg->store->scan(reg->store, &q, fields, 2, add_seen, seen));
    ck_assert_str_eq(seen, "q/a q/b");
    TU_OK(reg->store->explain(reg->store, &q, fields, 2, &t_plan));
    ck_assert_msg(strstr(t_plan, "SEARCH actions USING COVERING INDEX actions_open (partnership=?)") &&
                      !strstr(t_plan, "TEMP B-TREE"),
                  "%s", t_plan);
    csp__query_reset(&q);
}
END_TEST

/* ---- in force on a date ---------------------------------------------------- */

/* Strategies with every shape of period and status, for in_force. */
static const char *const IN_FORCE_DOC =
    "{'format': 'libcsp/1',"
    " 'partnerships': [{'id': 'p', 'name': 'P', 'kind': 'community_safety_partnership'}],"
    " 'strategies': ["
    "  {'id': 'y2020_2023', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'agreed',"
    "   'start_date': '2020', 'end_date': '2023'},"
    "  {'id': 'published', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'published',"
    "   'start_date': '2020-03', 'end_date': '2022-06-30'},"
    "  {'id': 'draft', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'draft',"
    "   'start_date': '2020', 'end_date': '2023'},"
    "  {'id': 'superseded', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'superseded',"
    "   'start_date': '2020', 'end_date': '2023'},"
    "  {'id': 'open', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'agreed'},"
    "  {'id': 'from_2021_06', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'agreed',"
    "   'start_date': '2021-06'},"
    "  {'id': 'until_2021', 'partnership': 'p', 'title': 'T', 'kind': 'other', 'status': 'agreed',"
    "   'end_date': '2021'}]}";

/* The strategies in force on date, by the query and, one by one, by csp_record_in_force(): they must agree. */
static const char *in_force_on(char *buf, size_t size, const char *date)
{
    char one[512] = "";
    int rc;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_STRATEGY));
    TU_OK(csp_query_in_force(t_q, date));
    run(buf, size, CSP_ENTITY_STRATEGY, t_q);
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_STRATEGY, NULL));
    while ((rc = csp_record_next(&t_rec, t_it)) == CSP_OK) {
        int in = csp_record_in_force(t_rec, date);
        ck_assert_msg(in == 0 || in == 1, "in_force(%s, %s) = %d", csp_record_id(t_rec), date, in);
        if (in)
            tu_join_(one, sizeof one, csp_record_id(t_rec));
        csp_record_free(t_rec);
        t_rec = NULL;
    }
    TU_CODE(rc, CSP_ITEROVER);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    ck_assert_msg(strcmp(one, buf) == 0, "on %s the query gives \"%s\", the records \"%s\"", date, buf, one);
    return buf;
}

#define CHECK_IN_FORCE(date, want)                                                                    \
    do {                                                                                              \
        char buf_[512];                                                                               \
        in_force_on(buf_, sizeof buf_, (date));                                                       \
        ck_assert_msg(strcmp(buf_, (want)) == 0, "in force on %s: expected \"%s\", got \"%s\"", (date), \
                      (want), buf_);                                                                  \
    } while (0)

START_TEST(test_in_force)
{
    TU_OK(tu_import_q(reg, IN_FORCE_DOC));
    /* A 2020-2023 strategy runs from the first day of 2020 to the last of 2023;
     * drafts and superseded ones are never in force; open ends hold. */
    CHECK_IN_FORCE("2019-12-31", "open,until_2021");
    CHECK_IN_FORCE("2020-01-01", "open,until_2021,y2020_2023");
    CHECK_IN_FORCE("2020-02-29", "open,until_2021,y2020_2023");
    CHECK_IN_FORCE("2020-03-01", "open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2021-05-31", "open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2021-06-01", "from_2021_06,open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2021-12-31", "from_2021_06,open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2022-01-01", "from_2021_06,open,published,y2020_2023");
    CHECK_IN_FORCE("2022-06-30", "from_2021_06,open,published,y2020_2023");
    CHECK_IN_FORCE("2022-07-01", "from_2021_06,open,y2020_2023");
    CHECK_IN_FORCE("2023-12-31", "from_2021_06,open,y2020_2023");
    CHECK_IN_FORCE("2024-01-01", "from_2021_06,open");
    /* A partial date: in force at some time in that month or year. */
    CHECK_IN_FORCE("2021-06", "from_2021_06,open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2021-05", "open,published,until_2021,y2020_2023");
    CHECK_IN_FORCE("2024", "from_2021_06,open");
    CHECK_IN_FORCE("2019", "open,until_2021");
}
END_TEST

START_TEST(test_in_force_refused)
{
    TU_OK(tu_import_q(reg, IN_FORCE_DOC));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_STRATEGY));
    TU_OK(csp_query_where(t_q, CSP_STRATEGY_KIND, CSP_OP_EQ, "other"));
    TU_CODE(csp_query_in_force(t_q, "2020-02-30"), CSP_EDATE);
    TU_CODE(csp_query_in_force(t_q, "soon"), CSP_EDATE);
    ck_assert_int_eq(t_q->nconds, 1); /* unchanged */
    csp_query_free(t_q);
    t_q = NULL;
    /* Entities with nothing to be in force by. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PARTNERSHIP));
    TU_CODE(csp_query_in_force(t_q, "2020"), CSP_EARG);
    ck_assert_int_eq(t_q->nconds, 0);
    ck_assert_int_eq(csp_schema_entity_has_in_force(CSP_ENTITY_PARTNERSHIP), 0);
    ck_assert_int_eq(csp_schema_entity_has_in_force(CSP_ENTITY_STRATEGY), 1);
    ck_assert_int_eq(csp_schema_entity_has_in_force(CSP_ENTITY_MEMBERSHIP), 1);
    ck_assert_int_eq(csp_schema_entity_has_in_force(-1), 0);
}
END_TEST

/* Memberships: in force within their dates, whatever their role. */
START_TEST(test_in_force_seats)
{
    char buf[256];
    TU_OK(tu_import_q(reg, "{'format': 'libcsp/1', 'organisations': [{'id': 'o', 'name': 'O', 'kind': 'police'}],"
                           " 'partnerships': [{'id': 'p', 'name': 'P', 'kind': 'board', 'members': ["
                           "  {'id': 'ended', 'organisation': 'o', 'role': 'member', 'end_date': '2022-06'},"
                           "  {'id': 'always', 'organisation': 'o', 'role': 'chair'},"
                           "  {'id': 'later', 'organisation': 'o', 'role': 'member', 'start_date': '2023-02-01'}]}]}"));
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_in_force(t_q, "2022-06-30"));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_MEMBERSHIP, t_q), "always,ended");
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_in_force(t_q, "2022-07-01"));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_MEMBERSHIP, t_q), "always");
    csp_query_free(t_q);
    t_q = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_in_force(t_q, "2023-02"));
    TU_STR_EQ(run(buf, sizeof buf, CSP_ENTITY_MEMBERSHIP, t_q), "always,later");
}
END_TEST

/* ---- names of what references name -------------------------------------------- */

START_TEST(test_names)
{
    int rc, n = 0;
    TU_OK(tu_import_q(reg, DOC));
    /* Without names: none. */
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_MEMBERSHIP, "m1"));
    ck_assert_ptr_null(csp_record_ref_name(t_r, CSP_MEMBERSHIP_ORGANISATION));
    TU_STR_EQ(csp_record_name(t_r), "m1"); /* a seat with no post is named by its id */
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_names(t_q, 1));
    TU_OK(csp_query_where(t_q, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, "p1"));
    TU_OK(csp_query_order(t_q, CSP_MEMBERSHIP_ROLE, 0)); /* "role" is a column of memberships only */
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_MEMBERSHIP, t_q));
    while ((rc = csp_record_next(&t_rec, t_it)) == CSP_OK) {
        const char *id = csp_record_id(t_rec);
        TU_STR_EQ(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_PARTNERSHIP), "P1");
        if (strcmp(id, "m1") == 0) {
            TU_STR_EQ(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_ORGANISATION), "Alpha");
            TU_STR_EQ(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_PERSON), "Jo");
            /* A copy keeps the names; a typed getter reads the same record. */
            TU_OK(csp_record_copy(&t_r, t_rec));
            TU_STR_EQ(csp_record_ref_name(t_r, CSP_MEMBERSHIP_PERSON), "Jo");
            TU_STR_EQ(csp_membership_person((const csp_membership *)t_r), "jo");
            csp_record_free(t_r);
            t_r = NULL;
        } else if (strcmp(id, "m3") == 0) {
            TU_STR_EQ(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_ORGANISATION), "Charlie");
            ck_assert_ptr_null(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_PERSON)); /* unset */
        }
        /* Not a reference, or no such field: NULL. */
        ck_assert_ptr_null(csp_record_ref_name(t_rec, CSP_MEMBERSHIP_ROLE));
        ck_assert_ptr_null(csp_record_ref_name(t_rec, 99));
        csp_record_free(t_rec);
        t_rec = NULL;
        n++;
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(n, 3);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    csp_query_free(t_q);
    t_q = NULL;
    /* Elements name their strategy and parent by title; conditions on a
     * column every joined table has ("kind", "title") stay unambiguous. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_names(t_q, 1));
    TU_OK(csp_query_where(t_q, CSP_ELEMENT_KIND, CSP_OP_EQ, "aim"));
    TU_OK(csp_query_where(t_q, CSP_ELEMENT_TITLE, CSP_OP_SET, NULL));
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ELEMENT, t_q));
    TU_OK(csp_record_next(&t_rec, t_it));
    TU_STR_EQ(csp_record_id(t_rec), "a1");
    TU_STR_EQ(csp_record_ref_name(t_rec, CSP_ELEMENT_PARENT), "A");
    TU_STR_EQ(csp_record_ref_name(t_rec, CSP_ELEMENT_STRATEGY), "S1");
    TU_STR_EQ(csp_record_name(t_rec), "A1");
    ck_assert_int_eq(csp_schema_entity_name_field(CSP_ENTITY_ELEMENT), CSP_ELEMENT_TITLE);
    ck_assert_int_eq(csp_schema_entity_name_field(CSP_ENTITY_DUTY_HOLDING), -1);
    ck_assert_int_eq(csp_schema_entity_name_field(99), -1);
}
END_TEST

static Suite *query_suite(void)
{
    Suite *s = suite_create("query");
    TCase *tc = tcase_create("operators");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_free);
    tcase_add_test(tc, test_empty_query);
    tcase_add_test(tc, test_text_operators);
    tcase_add_test(tc, test_enum_operators);
    tcase_add_test(tc, test_ref_operators);
    tcase_add_test(tc, test_bool_operators);
    tcase_add_test(tc, test_int_operators);
    tcase_add_test(tc, test_list_operators);
    tcase_add_test(tc, test_conditions_and);
    suite_add_tcase(s, tc);

    tc = tcase_create("dates");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_dates_indexed);
    tcase_add_test(tc, test_dates_not_indexed);
    tcase_add_test(tc, test_date_range);
    suite_add_tcase(s, tc);

    tc = tcase_create("order");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_order);
    tcase_add_test(tc, test_default_order_position);
    tcase_add_test(tc, test_limit);
    tcase_add_test(tc, test_in_force);
    tcase_add_test(tc, test_in_force_refused);
    tcase_add_test(tc, test_in_force_seats);
    tcase_add_test(tc, test_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("refused");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_bad_values);
    tcase_add_test(tc, test_bad_conditions);
    tcase_add_test(tc, test_too_many);
    suite_add_tcase(s, tc);

    tc = tcase_create("indexes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_filterable_fields_use_indexes);
    tcase_add_test(tc, test_unfiltered_field_scans);
    tcase_add_test(tc, test_full_scans_walk_the_id_index);
    tcase_add_test(tc, test_open_actions_scan_the_index);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(query_suite());
}
