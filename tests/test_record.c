/*
 * test_record.c: the generic record API (record.h): any entity, any field, by
 * id. Records made and read field by field, copied, compared and validated;
 * put, insert, get, delete and move on a register; iteration over every
 * entity; and typed handles used as records and records as typed handles.
 */
#include "testutil.h"

static csp_register *reg;
/* Objects of the running test, freed by teardown even when an assertion fails. */
static csp_record *t_r, *t_r2, *t_r3, *t_rec;
static csp_record_iterator *t_it;
static csp_query *t_q;
static char *t_a, *t_b;
static csp_register *t_reg2;

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_record_free(t_r);
    csp_record_free(t_r2);
    csp_record_free(t_r3);
    csp_record_free(t_rec);
    t_r = t_r2 = t_r3 = t_rec = NULL;
    csp_record_iterator_free(t_it);
    t_it = NULL;
    csp_query_free(t_q);
    t_q = NULL;
    csp_free(t_a);
    csp_free(t_b);
    t_a = t_b = NULL;
    csp_register_close(t_reg2);
    t_reg2 = NULL;
    csp_register_close(reg);
    reg = NULL;
}

/* One record of every entity, the references resolving. */
static const char *const ALL_DOC =
    "{'format': 'libcsp/1',"
    " 'organisations': ["
    "  {'id': 'met', 'name': 'Metropolitan Police Service', 'kind': 'police', 'area': 'London',"
    "   'responsible_authority': true}],"
    " 'people': [{'id': 'jo', 'name': 'Jo Bloggs', 'honorific': 'Councillor'}],"
    " 'partnerships': ["
    "  {'id': 'csp', 'name': 'Safer Somewhere', 'kind': 'community_safety_partnership',"
    "   'area': 'Somewhere', 'area_code': 'E09000009', 'formed_on': '2002-01',"
    "   'former_names': ['Old name'], 'meetings_per_year': 4,"
    "   'members': [{'id': 'm1', 'organisation': 'met', 'person': 'jo', 'role': 'chair',"
    "                'start_date': '2020', 'end_date': '2021-06'}]}],"
    " 'duties': [{'id': 'local.duty', 'title': 'A local duty', 'source': 'Local Act s1',"
    "             'recurrence': 'yearly', 'confidence': 'verified', 'applies_to': ['board']}],"
    " 'duty_holdings': [{'id': 'h1', 'duty': 'local.duty', 'partnership': 'csp'}],"
    " 'strategies': ["
    "  {'id': 's1', 'partnership': 'csp', 'title': 'Plan', 'kind': 'partnership_plan',"
    "   'status': 'agreed', 'start_date': '2020', 'end_date': '2023', 'refreshed_on': ['2021'],"
    "   'duties': ['local.duty'], 'strands': ['reoffending'],"
    "   'elements': [{'id': 'e1', 'kind': 'strand', 'title': 'One'},"
    "                {'id': 'e2', 'parent': 'e1', 'kind': 'objective', 'title': 'Two'}]}],"
    " 'assessments': [{'id': 'a1', 'partnership': 'csp', 'kind': 'strategic_assessment',"
    "                  'findings': ['f1', 'f2'], 'feeds': ['e1']}],"
    " 'discharges': [{'id': 'd1', 'duty': 'local.duty', 'partnership': 'csp',"
    "                 'discharged_on': '2024-03', 'title': 'Done'}]}";

/* A record of every entity of the governance layer, over ALL_DOC's. */
static const char *const GOVERNANCE_DOC =
    "{'format': 'libcsp/1',"
    " 'partnerships': [{'id': 'cdc', 'name': 'Scrutiny committee', 'kind': 'scrutiny_committee',"
    "   'standing_agenda': [{'id': 'si1', 'kind': 'other', 'title': 'First hour', 'minutes': 60},"
    "                       {'id': 'si2', 'parent': 'si1', 'kind': 'progress_review', 'title': 'Progress'}]}],"
    " 'meetings': [{'id': 'mt1', 'partnership': 'csp', 'date': '2021-03-04', 'start_time': '18:30',"
    "   'duration_minutes': 120, 'kind': 'scheduled', 'status': 'held', 'sources': ['src1'],"
    "   'documents': [{'id': 'doc1', 'kind': 'agenda', 'title': 'Agenda', 'url': 'https://example.org/a'}],"
    "   'agenda': [{'id': 'ai1', 'kind': 'progress_review', 'title': 'Progress'},"
    "              {'id': 'ai2', 'parent': 'ai1', 'kind': 'decision', 'title': 'Decide', 'outcome': 'Agreed',"
    "               'action': 'act1'}],"
    "   'attendance': [{'id': 'att1', 'membership': 'm1', 'status': 'present'}]}],"
    " 'actions': [{'id': 'act1', 'partnership': 'csp', 'title': 'Do it', 'raised_on': '2021-03-04',"
    "   'raised_at': 'mt1', 'raised_at_item': 'ai2', 'serves': 'e1', 'champion': 'm1', 'due_on': '2021-06',"
    "   'status': 'open', 'rag': 'amber',"
    "   'updates': [{'id': 'u1', 'date': '2021-04', 'status': 'in_progress', 'reported_by': 'm1'}]}],"
    " 'risks': [{'id': 'r1', 'partnership': 'csp', 'title': 'A risk', 'owner': 'm1', 'likelihood': 3,"
    "   'impact': 4, 'status': 'open', 'mitigations': ['Watch it'],"
    "   'reviews': [{'id': 'rr1', 'date': '2021-03-04', 'likelihood': 2, 'impact': 2}]}],"
    " 'homicide_reviews': [{'id': 'dhr1', 'partnership': 'csp', 'kind': 'domestic_homicide_review',"
    "   'reference': 'DHR 2021/01', 'status': 'notified', 'notified_on': '2021-01'}],"
    " 'scrutiny_reviews': [{'id': 'sr1', 'committee': 'cdc', 'scrutinised': 'csp', 'date': '2021-05-01',"
    "   'topic': 'Knife crime', 'recommendations': [{'id': 'rec1', 'text': 'Do more', 'response': 'accepted',"
    "   'responded_on': '2021-07'}]}],"
    " 'indicators': [{'id': 'i1', 'partnership': 'csp', 'name': 'Knife crime', 'target': '7.5',"
    "   'values': [{'id': 'iv1', 'period_start': '2021', 'value': '8'}]}],"
    " 'sources': [{'id': 'src1', 'url': 'https://example.org/', 'updated_on': '2018-06-07'}]}";

/*
 * Runs an iteration over entity (query may be NULL), writes the ids joined by
 * ',' into buf, checks each record's entity and that the end is CSP_ITEROVER
 * (twice, with *out NULL), and returns the number of records.
 */
static size_t ids_of(char *buf, size_t size, csp_register *r, int entity, const csp_query *query)
{
    size_t n = 0;
    int rc;
    buf[0] = '\0';
    TU_OK(csp_record_iterator_new(&t_it, r, entity, query));
    ck_assert_ptr_nonnull(t_it);
    while ((rc = csp_record_next(&t_rec, t_it)) == CSP_OK) {
        ck_assert_ptr_nonnull(t_rec);
        ck_assert_int_eq(csp_record_entity(t_rec), entity);
        tu_join_(buf, size, csp_record_id(t_rec));
        csp_record_free(t_rec);
        t_rec = NULL;
        n++;
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_ptr_null(t_rec);
    TU_CODE(csp_record_next(&t_rec, t_it), CSP_ITEROVER);
    ck_assert_ptr_null(t_rec);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    return n;
}

/* ------------------------------------------------------------------ */
/* csp_record_new                                                      */
/* ------------------------------------------------------------------ */

START_TEST(test_new)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, "met"));
    ck_assert_ptr_nonnull(t_r);
    ck_assert_int_eq(csp_record_entity(t_r), CSP_ENTITY_ORGANISATION);
    TU_STR_EQ(csp_record_id(t_r), "met");
    TU_STR_EQ(csp_record_text(t_r, CSP_ORGANISATION_ID), "met");
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_ORGANISATION_ID), 1);
    TU_STR_EQ(csp_record_text(t_r, CSP_ORGANISATION_NAME), NULL);
    ck_assert_int_eq(csp_record_entity(NULL), -1);
    TU_STR_EQ(csp_record_id(NULL), NULL);
    csp_record_free(NULL);
}
END_TEST

START_TEST(test_new_every_entity)
{
    size_t n = csp_schema_entity_count();
    ck_assert_uint_eq(n, 25);
    for (size_t e = 0; e < n; e++) {
        const char *name = csp_schema_entity_name(e);
        size_t nf = csp_schema_field_count(name);
        TU_OK(csp_record_new(&t_r, (int)e, "x-1"));
        ck_assert_int_eq(csp_record_entity(t_r), (int)e);
        TU_STR_EQ(csp_record_id(t_r), "x-1");
        /* Every field but the id starts unset. */
        for (size_t f = 1; f < nf; f++)
            ck_assert_msg(!csp_record_is_set(t_r, (int)f), "%s field %zu set in a new record", name, f);
        csp_record_free(t_r);
        t_r = NULL;
    }
}
END_TEST

START_TEST(test_new_bad_arguments)
{
    char longid[200];
    t_r = (csp_record *)&t_r; /* not NULL: new must set it to NULL on failure */
    TU_CODE(csp_record_new(&t_r, -1, "x"), CSP_EARG);
    ck_assert_ptr_null(t_r);
    t_r = (csp_record *)&t_r;
    TU_CODE(csp_record_new(&t_r, 9999, "x"), CSP_EARG);
    ck_assert_ptr_null(t_r);
    t_r = (csp_record *)&t_r;
    TU_CODE(csp_record_new(&t_r, (int)csp_schema_entity_count(), "x"), CSP_EARG);
    ck_assert_ptr_null(t_r);
    TU_CODE(csp_record_new(NULL, CSP_ENTITY_ORGANISATION, "x"), CSP_EARG);
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);
    ck_assert_ptr_null(t_r);
    /* Bad ids: CSP_EINVALID, naming the id field. */
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, ""), CSP_EINVALID);
    ck_assert_ptr_null(t_r);
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_PERSON, "-dash"), CSP_EINVALID);
    ck_assert_ptr_null(t_r);
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_PERSON, "has space"), CSP_EINVALID);
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_PERSON, "caf\xc3\xa9"), CSP_EINVALID);
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_PERSON, "bad\xff"), CSP_EINVALID);
    memset(longid, 'a', 129);
    longid[129] = '\0';
    TU_CODE(csp_record_new(&t_r, CSP_ENTITY_PERSON, longid), CSP_EINVALID);
    ck_assert_ptr_null(t_r);
    longid[128] = '\0';
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PERSON, longid));
    TU_STR_EQ(csp_record_id(t_r), longid);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Values of every kind                                                */
/* ------------------------------------------------------------------ */

START_TEST(test_text_kinds)
{
    char buf[40];
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));

    /* TEXT: copied, NULL clears, empty refused. */
    strcpy(buf, "Safer Ealing");
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_NAME, buf));
    strcpy(buf, "changed");
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_NAME), "Safer Ealing");
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_SHORT_NAME, "SEP"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_SHORT_NAME, NULL));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_SHORT_NAME), NULL);
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_SHORT_NAME, "SEP"));
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_SHORT_NAME, ""), CSP_EINVALID);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_SHORT_NAME), "SEP");
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_SHORT_NAME, "bad\xc3"), CSP_EINVALID);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_SHORT_NAME), "SEP");

    /* A formatted text: a GSS code. */
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_AREA_CODE, "E09000009"));
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_AREA_CODE, "e09000009"), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_AREA_CODE, "E0900000"), CSP_EINVALID);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_AREA_CODE), "E09000009");

    /* ENUM. */
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_KIND, "board"));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_KIND), "board");
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_KIND, "committee"), CSP_EENUM);
    TU_MSG_HAS("committee");
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_KIND, "Board"), CSP_EENUM);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_KIND), "board");
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_KIND, NULL));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_KIND), NULL);

    /* DATE: full and partial; impossible and malformed dates refused. */
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "2002"));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_FORMED_ON), "2002");
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "2002-01"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "2024-02-29"));
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "2023-02-29"), CSP_EDATE);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "2023-13"), CSP_EDATE);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMED_ON, "1 March 2023"), CSP_EDATE);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_FORMED_ON), "2024-02-29");

    /* REF: an id, checked for form (not existence) here. */
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_PARENT, "lsp"));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_PARENT), "lsp");
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_PARENT, "no such"), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_PARENT, ""), CSP_EINVALID);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_PARENT), "lsp");

    /* ID: can be set (a renamed copy), not cleared. */
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_ID, "csp2"));
    TU_STR_EQ(csp_record_id(t_r), "csp2");
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_ID, NULL), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_ID, "a b"), CSP_EINVALID);
    TU_CODE(csp_record_clear(t_r, CSP_PARTNERSHIP_ID), CSP_EARG);
    TU_STR_EQ(csp_record_id(t_r), "csp2");

    /* clear unsets a text field too. */
    TU_OK(csp_record_clear(t_r, CSP_PARTNERSHIP_NAME));
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_NAME), NULL);
}
END_TEST

START_TEST(test_number_kinds)
{
    long long min = 0, max = 0;
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));

    /* BOOL: any non-zero is 1. */
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 0);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 1));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 1);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 0));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 0);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 42));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 1);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, -7));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 1);
    TU_OK(csp_record_clear(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 0);

    /* INT: within its bounds; 0 unsets. */
    TU_OK(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR));
    ck_assert_int_eq(min, 1);
    ck_assert_int_eq(max, 366);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 4));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 4);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, min));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), min);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, max));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), max);
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, max + 1), CSP_EINVALID);
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, -1), CSP_EINVALID);
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 1LL << 40), CSP_EINVALID);
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), max);
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 0));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 0);
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 0);

    TU_OK(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MINUTES_PER_MEETING));
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MINUTES_PER_MEETING, max));
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_MINUTES_PER_MEETING, max + 1), CSP_EINVALID);
    TU_OK(csp_record_clear(t_r, CSP_PARTNERSHIP_MINUTES_PER_MEETING));
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MINUTES_PER_MEETING), 0);
}
END_TEST

START_TEST(test_list_kinds)
{
    char buf[40];
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));

    /* TEXT_LIST: items copied, in order; empty text refused. */
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 0), NULL);
    strcpy(buf, "First name");
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, buf));
    strcpy(buf, "changed");
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "Second name"));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "First name")); /* texts may repeat */
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, ""), CSP_EINVALID);
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, NULL), CSP_EARG);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 3);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 0), "First name");
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 1), "Second name");
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 2), "First name");
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 3), NULL);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, (size_t)-1), NULL);
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 1);
    TU_OK(csp_record_clear(t_r, CSP_PARTNERSHIP_FORMER_NAMES));
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 0), NULL);

    /* REF_LIST: ids. */
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_WORKS_WITH, "lsp"));
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_WORKS_WITH, "not an id"), CSP_EINVALID);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_WORKS_WITH), 1);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_WORKS_WITH, 0), "lsp");
    csp_record_free(t_r);
    t_r = NULL;

    /* ENUM_LIST and DATE_LIST, and a REF_LIST of another entity. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_STRATEGY, "s"));
    TU_OK(csp_record_add(t_r, CSP_STRATEGY_STRANDS, "reoffending"));
    TU_CODE(csp_record_add(t_r, CSP_STRATEGY_STRANDS, "burglary"), CSP_EENUM);
    TU_MSG_HAS("burglary");
    TU_OK(csp_record_add(t_r, CSP_STRATEGY_STRANDS, "serious_violence"));
    ck_assert_uint_eq(csp_record_count(t_r, CSP_STRATEGY_STRANDS), 2);
    TU_STR_EQ(csp_record_item(t_r, CSP_STRATEGY_STRANDS, 1), "serious_violence");

    TU_OK(csp_record_add(t_r, CSP_STRATEGY_REFRESHED_ON, "2021"));
    TU_OK(csp_record_add(t_r, CSP_STRATEGY_REFRESHED_ON, "2022-03"));
    TU_OK(csp_record_add(t_r, CSP_STRATEGY_REFRESHED_ON, "2023-01-31"));
    TU_CODE(csp_record_add(t_r, CSP_STRATEGY_REFRESHED_ON, "2023-02-30"), CSP_EDATE);
    TU_CODE(csp_record_add(t_r, CSP_STRATEGY_REFRESHED_ON, "yesterday"), CSP_EDATE);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_STRATEGY_REFRESHED_ON), 3);
    TU_STR_EQ(csp_record_item(t_r, CSP_STRATEGY_REFRESHED_ON, 2), "2023-01-31");

    TU_OK(csp_record_add(t_r, CSP_STRATEGY_DUTIES, "cda1998.s6.strategies"));
    ck_assert_uint_eq(csp_record_count(t_r, CSP_STRATEGY_DUTIES), 1);

    /* duty.applies_to, an enum list of partnership kinds. */
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_DUTY, "d"));
    TU_OK(csp_record_add(t_r2, CSP_DUTY_APPLIES_TO, "board"));
    TU_CODE(csp_record_add(t_r2, CSP_DUTY_APPLIES_TO, "police"), CSP_EENUM);
    ck_assert_uint_eq(csp_record_count(t_r2, CSP_DUTY_APPLIES_TO), 1);
}
END_TEST

/* Reading a field with the function of another kind gives NULL or 0; writing it, CSP_EINVALID. */
START_TEST(test_wrong_kind)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_NAME, "Name"));
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 4));
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 1));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "Old"));
    TU_OK(csp_record_copy(&t_r2, t_r));

    /* Reads. */
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_NAME), 0);
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_ID), 0);
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), NULL);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), NULL);
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_FORMER_NAMES), NULL);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_NAME), 0);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 0);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_NAME, 0), NULL);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 0), NULL);

    /* Writes. */
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_NAME, 1), CSP_EINVALID);
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_ID, 1), CSP_EINVALID);
    TU_CODE(csp_record_set_int(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 1), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, "4"), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, "true"), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "Old"), CSP_EINVALID);
    TU_CODE(csp_record_set_text(t_r, CSP_PARTNERSHIP_FORMER_NAMES, NULL), CSP_EINVALID);
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_NAME, "Another"), CSP_EINVALID);
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, "4"), CSP_EINVALID);
    TU_CODE(csp_record_add(t_r, CSP_PARTNERSHIP_PARENT, "lsp"), CSP_EINVALID);

    /* Nothing changed. */
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
}
END_TEST

START_TEST(test_unknown_field)
{
    static const int bad[] = {-1, 18, 19, 9999, -9999};
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));
    ck_assert_uint_eq(csp_schema_field_count("partnership"), 18);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int f = bad[i];
        TU_STR_EQ(csp_record_text(t_r, f), NULL);
        ck_assert_int_eq(csp_record_int(t_r, f), 0);
        ck_assert_int_eq(csp_record_is_set(t_r, f), 0);
        ck_assert_uint_eq(csp_record_count(t_r, f), 0);
        TU_STR_EQ(csp_record_item(t_r, f, 0), NULL);
        TU_CODE(csp_record_set_text(t_r, f, "x"), CSP_EARG);
        TU_CODE(csp_record_set_text(t_r, f, NULL), CSP_EARG);
        TU_CODE(csp_record_set_int(t_r, f, 1), CSP_EARG);
        TU_CODE(csp_record_add(t_r, f, "x"), CSP_EARG);
        TU_CODE(csp_record_clear(t_r, f), CSP_EARG);
    }
    /* A NULL record. */
    TU_STR_EQ(csp_record_text(NULL, CSP_PARTNERSHIP_NAME), NULL);
    ck_assert_int_eq(csp_record_int(NULL, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 0);
    ck_assert_int_eq(csp_record_is_set(NULL, CSP_PARTNERSHIP_ID), 0);
    ck_assert_uint_eq(csp_record_count(NULL, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    TU_STR_EQ(csp_record_item(NULL, CSP_PARTNERSHIP_FORMER_NAMES, 0), NULL);
    TU_CODE(csp_record_set_text(NULL, CSP_PARTNERSHIP_NAME, "x"), CSP_EARG);
    TU_CODE(csp_record_set_int(NULL, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 1), CSP_EARG);
    TU_CODE(csp_record_add(NULL, CSP_PARTNERSHIP_FORMER_NAMES, "x"), CSP_EARG);
    TU_CODE(csp_record_clear(NULL, CSP_PARTNERSHIP_NAME), CSP_EARG);
    TU_CODE(csp_record_validate(NULL), CSP_EARG);
    ck_assert_int_eq(csp_record_equal(NULL, NULL), 0);
    ck_assert_int_eq(csp_record_equal(t_r, NULL), 0);
    ck_assert_int_eq(csp_record_equal(NULL, t_r), 0);
}
END_TEST

/* Fields kept by libcsp (an element's position, a duty's builtin flag) have no setter. */
START_TEST(test_readonly_fields)
{
    ck_assert_uint_ne(csp_schema_field_flags(CSP_ENTITY_ELEMENT, CSP_ELEMENT_POSITION) & CSP_FLAG_READONLY, 0);
    ck_assert_uint_ne(csp_schema_field_flags(CSP_ENTITY_DUTY, CSP_DUTY_BUILTIN) & CSP_FLAG_READONLY, 0);
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ELEMENT, "e"));
    TU_CODE(csp_record_set_int(t_r, CSP_ELEMENT_POSITION, 3), CSP_EARG);
    TU_MSG_HAS("position");
    TU_CODE(csp_record_set_int(t_r, CSP_ELEMENT_POSITION, 0), CSP_EARG);
    TU_CODE(csp_record_set_text(t_r, CSP_ELEMENT_POSITION, "3"), CSP_EARG);
    TU_CODE(csp_record_clear(t_r, CSP_ELEMENT_POSITION), CSP_EARG);
    TU_CODE(csp_record_add(t_r, CSP_ELEMENT_POSITION, "3"), CSP_EARG);
    ck_assert_int_eq(csp_record_int(t_r, CSP_ELEMENT_POSITION), 0);

    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_DUTY, "d"));
    TU_CODE(csp_record_set_int(t_r2, CSP_DUTY_BUILTIN, 1), CSP_EARG);
    TU_MSG_HAS("builtin");
    TU_CODE(csp_record_clear(t_r2, CSP_DUTY_BUILTIN), CSP_EARG);
    ck_assert_int_eq(csp_record_int(t_r2, CSP_DUTY_BUILTIN), 0);
    ck_assert_int_eq(csp_record_is_set(t_r2, CSP_DUTY_BUILTIN), 0);
}
END_TEST

START_TEST(test_is_set)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_MEMBERSHIP, "m"));
    /* ID: always. */
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_MEMBERSHIP_ID), 1);
    /* TEXT, ENUM, DATE, REF. */
    static const struct {
        int field;
        const char *value;
    } texts[] = {
        {CSP_MEMBERSHIP_POST, "Borough commander"},
        {CSP_MEMBERSHIP_ROLE, "chair"},
        {CSP_MEMBERSHIP_START_DATE, "2020-03"},
        {CSP_MEMBERSHIP_PERSON, "jo"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ck_assert_int_eq(csp_record_is_set(t_r, texts[i].field), 0);
        TU_OK(csp_record_set_text(t_r, texts[i].field, texts[i].value));
        ck_assert_int_eq(csp_record_is_set(t_r, texts[i].field), 1);
        TU_OK(csp_record_set_text(t_r, texts[i].field, NULL));
        ck_assert_int_eq(csp_record_is_set(t_r, texts[i].field), 0);
        TU_OK(csp_record_set_text(t_r, texts[i].field, texts[i].value));
        TU_OK(csp_record_clear(t_r, texts[i].field));
        ck_assert_int_eq(csp_record_is_set(t_r, texts[i].field), 0);
    }
    /* BOOL: a true one. */
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_PERSON, "p"));
    ck_assert_int_eq(csp_record_is_set(t_r2, CSP_PERSON_PRIVATE), 0);
    TU_OK(csp_record_set_int(t_r2, CSP_PERSON_PRIVATE, 1));
    ck_assert_int_eq(csp_record_is_set(t_r2, CSP_PERSON_PRIVATE), 1);
    TU_OK(csp_record_set_int(t_r2, CSP_PERSON_PRIVATE, 0));
    ck_assert_int_eq(csp_record_is_set(t_r2, CSP_PERSON_PRIVATE), 0);
    /* INT: non-zero. */
    TU_OK(csp_record_new(&t_r3, CSP_ENTITY_PARTNERSHIP, "csp"));
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_MINUTES_PER_MEETING), 0);
    TU_OK(csp_record_set_int(t_r3, CSP_PARTNERSHIP_MINUTES_PER_MEETING, 120));
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_MINUTES_PER_MEETING), 1);
    TU_OK(csp_record_set_int(t_r3, CSP_PARTNERSHIP_MINUTES_PER_MEETING, 0));
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_MINUTES_PER_MEETING), 0);
    /* Lists: non-empty. */
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_WORKS_WITH), 0);
    TU_OK(csp_record_add(t_r3, CSP_PARTNERSHIP_WORKS_WITH, "lsp"));
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_WORKS_WITH), 1);
    TU_OK(csp_record_clear(t_r3, CSP_PARTNERSHIP_WORKS_WITH));
    ck_assert_int_eq(csp_record_is_set(t_r3, CSP_PARTNERSHIP_WORKS_WITH), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* copy, equal, validate                                               */
/* ------------------------------------------------------------------ */

static void fill_partnership(csp_record *r)
{
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_NAME, "Safer Ealing Partnership"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_SHORT_NAME, "SEP"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_KIND, "community_safety_partnership"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_AREA_CODE, "E09000009"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_FORMED_ON, "2002-01"));
    TU_OK(csp_record_add(r, CSP_PARTNERSHIP_FORMER_NAMES, "Ealing CDRP"));
    TU_OK(csp_record_add(r, CSP_PARTNERSHIP_FORMER_NAMES, "Safer Ealing"));
    TU_OK(csp_record_set_int(r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 4));
    TU_OK(csp_record_set_int(r, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 1));
}

START_TEST(test_copy_is_deep)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "sep"));
    fill_partnership(t_r);
    TU_OK(csp_record_copy(&t_r2, t_r));
    ck_assert_ptr_nonnull(t_r2);
    ck_assert_ptr_ne(t_r2, t_r);
    ck_assert_int_eq(csp_record_entity(t_r2), CSP_ENTITY_PARTNERSHIP);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    ck_assert_int_eq(csp_record_equal(t_r2, t_r), 1);
    /* Strings are the copy's own. */
    ck_assert_ptr_ne(csp_record_text(t_r, CSP_PARTNERSHIP_NAME), csp_record_text(t_r2, CSP_PARTNERSHIP_NAME));
    ck_assert_ptr_ne(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 0),
                     csp_record_item(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, 0));

    /* Changing the copy leaves the original. */
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_NAME, "Another"));
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_ID, "another"));
    TU_OK(csp_record_clear(t_r2, CSP_PARTNERSHIP_FORMER_NAMES));
    TU_OK(csp_record_add(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, "X"));
    TU_OK(csp_record_set_int(t_r2, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 12));
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_SHORT_NAME, NULL));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 0);
    TU_STR_EQ(csp_record_id(t_r), "sep");
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_NAME), "Safer Ealing Partnership");
    TU_STR_EQ(csp_record_text(t_r, CSP_PARTNERSHIP_SHORT_NAME), "SEP");
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 2);
    TU_STR_EQ(csp_record_item(t_r, CSP_PARTNERSHIP_FORMER_NAMES, 1), "Safer Ealing");
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 4);

    /* Freeing the original leaves the copy. */
    csp_record_free(t_r);
    t_r = NULL;
    TU_STR_EQ(csp_record_text(t_r2, CSP_PARTNERSHIP_NAME), "Another");
    TU_STR_EQ(csp_record_item(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, 0), "X");

    /* Bad arguments. */
    TU_CODE(csp_record_copy(NULL, t_r2), CSP_EARG);
    t_r3 = (csp_record *)&t_r3;
    TU_CODE(csp_record_copy(&t_r3, NULL), CSP_EARG);
    ck_assert_ptr_null(t_r3);
}
END_TEST

START_TEST(test_equal)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "sep"));
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_PARTNERSHIP, "sep"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r), 1);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    fill_partnership(t_r);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 0);
    fill_partnership(t_r2);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    /* Each kind of value counts. */
    TU_OK(csp_record_set_int(t_r2, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 0));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 0);
    TU_OK(csp_record_set_int(t_r2, CSP_PARTNERSHIP_AD_HOC_MEETINGS, 1));
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_FORMED_ON, "2002"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 0);
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_FORMED_ON, "2002-01"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    /* List order counts. */
    TU_OK(csp_record_clear(t_r2, CSP_PARTNERSHIP_FORMER_NAMES));
    TU_OK(csp_record_add(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, "Safer Ealing"));
    TU_OK(csp_record_add(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, "Ealing CDRP"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 0);
    /* The id counts. */
    TU_OK(csp_record_copy(&t_r3, t_r));
    TU_OK(csp_record_set_text(t_r3, CSP_PARTNERSHIP_ID, "sep2"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r3), 0);
    csp_record_free(t_r2);
    csp_record_free(t_r3);
    t_r2 = t_r3 = NULL;
    /* The entity counts: same id, no other field. */
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_ORGANISATION, "x"));
    TU_OK(csp_record_new(&t_r3, CSP_ENTITY_PERSON, "x"));
    ck_assert_int_eq(csp_record_equal(t_r2, t_r3), 0);
}
END_TEST

/* An element's position is a place, not part of what it says: equal ignores it. */
START_TEST(test_equal_ignores_position)
{
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_strategy(reg, "s", "csp", "partnership_plan", "draft");
    tu_put_element(reg, "e1", "s", NULL, "strand");
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ELEMENT, "e1"));
    ck_assert_int_eq(csp_record_int(t_r, CSP_ELEMENT_POSITION), 1);
    tu_put_element(reg, "e0", "s", NULL, "strand");
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "e0", NULL, 0));
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_ELEMENT, "e1"));
    ck_assert_int_eq(csp_record_int(t_r2, CSP_ELEMENT_POSITION), 2);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    /* A new record saying the same, with no position at all. */
    TU_OK(csp_record_new(&t_r3, CSP_ENTITY_ELEMENT, "e1"));
    TU_OK(csp_record_set_text(t_r3, CSP_ELEMENT_STRATEGY, "s"));
    TU_OK(csp_record_set_text(t_r3, CSP_ELEMENT_KIND, "strand"));
    TU_OK(csp_record_set_text(t_r3, CSP_ELEMENT_TITLE, "e1"));
    ck_assert_int_eq(csp_record_int(t_r3, CSP_ELEMENT_POSITION), 0);
    ck_assert_int_eq(csp_record_equal(t_r, t_r3), 1);
    ck_assert_int_eq(csp_record_equal(t_r3, t_r2), 1);
    TU_OK(csp_record_set_text(t_r3, CSP_ELEMENT_TITLE, "other"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r3), 0);
}
END_TEST

START_TEST(test_validate)
{
    /* Required fields. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, "met"));
    TU_CODE(csp_record_validate(t_r), CSP_EREQUIRED);
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, "Met"));
    TU_CODE(csp_record_validate(t_r), CSP_EREQUIRED);
    TU_MSG_HAS("kind");
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_KIND, "police"));
    TU_OK(csp_record_validate(t_r));
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, NULL));
    TU_CODE(csp_record_validate(t_r), CSP_EREQUIRED);
    TU_MSG_HAS("name");
    csp_record_free(t_r);
    t_r = NULL;

    /* date_order: an end before its start; references are not checked here. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_MEMBERSHIP, "m"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_PARTNERSHIP, "nowhere"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_ORGANISATION, "nobody"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_ROLE, "member"));
    TU_OK(csp_record_validate(t_r));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_START_DATE, "2021-05-01"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_END_DATE, "2021-04-30"));
    TU_CODE(csp_record_validate(t_r), CSP_ECONSTRAINT);
    TU_MSG_HAS("end_date");
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_END_DATE, "2021-05-01"));
    TU_OK(csp_record_validate(t_r));
    /* A partial end in the start's month is not before it. */
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_END_DATE, "2021-05"));
    TU_OK(csp_record_validate(t_r));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_END_DATE, "2021-04"));
    TU_CODE(csp_record_validate(t_r), CSP_ECONSTRAINT);
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_START_DATE, NULL));
    TU_OK(csp_record_validate(t_r));
    csp_record_free(t_r);
    t_r = NULL;

    /* one_of: a duty holding by a partnership or an organisation, exactly one. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_DUTY_HOLDING, "h"));
    TU_OK(csp_record_set_text(t_r, CSP_DUTY_HOLDING_DUTY, "local.duty"));
    TU_CODE(csp_record_validate(t_r), CSP_EREQUIRED); /* neither */
    TU_MSG_HAS("partnership");
    TU_OK(csp_record_set_text(t_r, CSP_DUTY_HOLDING_PARTNERSHIP, "csp"));
    TU_OK(csp_record_validate(t_r));
    TU_OK(csp_record_set_text(t_r, CSP_DUTY_HOLDING_ORGANISATION, "met"));
    TU_CODE(csp_record_validate(t_r), CSP_ECONSTRAINT); /* both */
    TU_MSG_HAS("organisation");
    TU_OK(csp_record_set_text(t_r, CSP_DUTY_HOLDING_PARTNERSHIP, NULL));
    TU_OK(csp_record_validate(t_r));
    csp_record_free(t_r);
    t_r = NULL;

    /* A list of references names each record once. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "csp"));
    fill_partnership(t_r);
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_WORKS_WITH, "lsp"));
    TU_OK(csp_record_validate(t_r));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_WORKS_WITH, "lsp"));
    TU_CODE(csp_record_validate(t_r), CSP_EINVALID);
}
END_TEST

/* ------------------------------------------------------------------ */
/* get, put, insert, delete                                            */
/* ------------------------------------------------------------------ */

START_TEST(test_put_get)
{
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "lsp"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_NAME, "Local Strategic Partnership"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_KIND, "local_strategic_partnership"));
    TU_OK(csp_record_put(reg, t_r));
    csp_record_free(t_r);
    t_r = NULL;

    TU_OK(csp_record_new(&t_r, CSP_ENTITY_PARTNERSHIP, "sep"));
    fill_partnership(t_r);
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_PARENT, "lsp"));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_WORKS_WITH, "lsp"));
    TU_OK(csp_record_put(reg, t_r));

    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_PARTNERSHIP, "sep"));
    ck_assert_ptr_nonnull(t_r2);
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    TU_STR_EQ(csp_record_text(t_r2, CSP_PARTNERSHIP_FORMED_ON), "2002-01");
    ck_assert_uint_eq(csp_record_count(t_r2, CSP_PARTNERSHIP_FORMER_NAMES), 2);
    TU_STR_EQ(csp_record_item(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, 0), "Ealing CDRP");
    ck_assert_int_eq(csp_record_int(t_r2, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 4);

    /* A record read is a detached copy. */
    TU_OK(csp_record_set_text(t_r2, CSP_PARTNERSHIP_NAME, "Changed locally"));
    csp_record_free(t_r2);
    t_r2 = NULL;
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_PARTNERSHIP, "sep"));
    TU_STR_EQ(csp_record_text(t_r2, CSP_PARTNERSHIP_NAME), "Safer Ealing Partnership");
    csp_record_free(t_r2);
    t_r2 = NULL;

    /* Not found, and bad arguments. */
    t_r3 = (csp_record *)&t_r3;
    TU_CODE(csp_record_get(&t_r3, reg, CSP_ENTITY_PARTNERSHIP, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(t_r3);
    TU_CODE(csp_record_get(&t_r3, reg, CSP_ENTITY_ORGANISATION, "sep"), CSP_ENOTFOUND);
    TU_CODE(csp_record_get(&t_r3, reg, -1, "sep"), CSP_EARG);
    TU_CODE(csp_record_get(&t_r3, reg, 9999, "sep"), CSP_EARG);
    TU_CODE(csp_record_get(&t_r3, NULL, CSP_ENTITY_PARTNERSHIP, "sep"), CSP_EARG);
    TU_CODE(csp_record_get(&t_r3, reg, CSP_ENTITY_PARTNERSHIP, NULL), CSP_EARG);
    TU_CODE(csp_record_get(NULL, reg, CSP_ENTITY_PARTNERSHIP, "sep"), CSP_EARG);
    ck_assert_ptr_null(t_r3);
    TU_CODE(csp_record_put(NULL, t_r), CSP_EARG);
    TU_CODE(csp_record_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_record_insert(NULL, t_r), CSP_EARG);
    TU_CODE(csp_record_insert(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_put_replaces)
{
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_NAME, "Renamed"));
    TU_OK(csp_record_clear(t_r, CSP_PARTNERSHIP_FORMER_NAMES));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "A"));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "B"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_AREA_CODE, NULL));
    TU_OK(csp_record_set_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, 0));
    TU_OK(csp_record_put(reg, t_r));
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_PARTNERSHIP, NULL), 1);
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    TU_STR_EQ(csp_record_text(t_r2, CSP_PARTNERSHIP_NAME), "Renamed");
    TU_STR_EQ(csp_record_text(t_r2, CSP_PARTNERSHIP_AREA_CODE), NULL);
    ck_assert_uint_eq(csp_record_count(t_r2, CSP_PARTNERSHIP_FORMER_NAMES), 2);
    TU_STR_EQ(csp_record_item(t_r2, CSP_PARTNERSHIP_FORMER_NAMES, 1), "B");
    ck_assert_int_eq(csp_record_int(t_r2, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 0);
    /* What referred to it still does. */
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_MEMBERSHIP, NULL), 1);
}
END_TEST

/* Setting the id of a record read makes a renamed copy: put adds it beside the original. */
START_TEST(test_renamed_copy)
{
    char buf[128];
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_ID, "csp-copy"));
    TU_OK(csp_record_insert(reg, t_r));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, NULL);
    TU_STR_EQ(buf, "csp,csp-copy");
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_PARTNERSHIP, "csp-copy"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    ck_assert_uint_eq(csp_record_count(t_r2, CSP_PARTNERSHIP_FORMER_NAMES), 1);
    csp_record_free(t_r);
    csp_record_free(t_r2);
    t_r = t_r2 = NULL;
    /* An ordered record: the copy is new, so it goes last. */
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ELEMENT, "e1"));
    TU_OK(csp_record_set_text(t_r, CSP_ELEMENT_ID, "e1-copy"));
    TU_OK(csp_record_put(reg, t_r));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, NULL);
    TU_STR_EQ(buf, "e1,e2,e1-copy");
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_ELEMENT, "e1-copy"));
    ck_assert_int_eq(csp_record_int(t_r2, CSP_ELEMENT_POSITION), 3);
    /* Put again, it keeps its place. */
    TU_OK(csp_record_set_text(t_r2, CSP_ELEMENT_TITLE, "Copy"));
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "e1-copy", NULL, 0));
    TU_OK(csp_record_put(reg, t_r2));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, NULL);
    TU_STR_EQ(buf, "e1-copy,e1,e2");
}
END_TEST

START_TEST(test_put_refused_leaves_register)
{
    TU_OK(tu_import_q(reg, ALL_DOC));
    t_a = tu_export(reg, 0);
    /* Missing a required field. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, "lfb"));
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, "LFB"));
    TU_CODE(csp_record_put(reg, t_r), CSP_EREQUIRED);
    /* A reference to nothing: the message names the field. */
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_MEMBERSHIP, "m2"));
    TU_OK(csp_record_set_text(t_r2, CSP_MEMBERSHIP_PARTNERSHIP, "csp"));
    TU_OK(csp_record_set_text(t_r2, CSP_MEMBERSHIP_ORGANISATION, "lfb"));
    TU_OK(csp_record_set_text(t_r2, CSP_MEMBERSHIP_ROLE, "member"));
    TU_CODE(csp_record_put(reg, t_r2), CSP_EREFERENCE);
    TU_MSG_HAS("organisation");
    TU_MSG_HAS("lfb");
    TU_ERR_PATH("organisation");
    /* A ref list to nothing. */
    TU_OK(csp_record_get(&t_r3, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    TU_OK(csp_record_add(t_r3, CSP_PARTNERSHIP_WORKS_WITH, "ghost"));
    TU_CODE(csp_record_put(reg, t_r3), CSP_EREFERENCE);
    TU_MSG_HAS("works_with");
    /* An end before its start. */
    csp_record_free(t_r3);
    t_r3 = NULL;
    TU_OK(csp_record_get(&t_r3, reg, CSP_ENTITY_MEMBERSHIP, "m1"));
    TU_OK(csp_record_set_text(t_r3, CSP_MEMBERSHIP_END_DATE, "2019"));
    TU_CODE(csp_record_put(reg, t_r3), CSP_ECONSTRAINT);
    TU_CODE(csp_record_insert(reg, t_r3), CSP_ECONSTRAINT);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_insert)
{
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, "lfb"));
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, "London Fire Brigade"));
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_KIND, "fire_and_rescue"));
    TU_OK(csp_record_insert(reg, t_r));
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_ORGANISATION, "lfb"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);

    /* A taken id: refused, the register unchanged, also for an identical record. */
    t_a = tu_export(reg, 0);
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, "Another name"));
    TU_CODE(csp_record_insert(reg, t_r), CSP_EEXISTS);
    TU_MSG_HAS("lfb");
    TU_CODE(csp_record_insert(reg, t_r2), CSP_EEXISTS);
    csp_record_free(t_r3);
    t_r3 = NULL;
    TU_OK(csp_record_get(&t_r3, reg, CSP_ENTITY_ORGANISATION, "met"));
    TU_CODE(csp_record_insert(reg, t_r3), CSP_EEXISTS);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    /* Taken in another entity only: no conflict. */
    csp_record_free(t_r3);
    t_r3 = NULL;
    TU_OK(csp_record_new(&t_r3, CSP_ENTITY_PERSON, "met"));
    TU_OK(csp_record_set_text(t_r3, CSP_PERSON_NAME, "A person called met"));
    TU_OK(csp_record_insert(reg, t_r3));
}
END_TEST

START_TEST(test_delete)
{
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "nope"), CSP_ENOTFOUND);
    TU_CODE(csp_record_delete(reg, -1, "met"), CSP_EARG);
    TU_CODE(csp_record_delete(reg, 9999, "met"), CSP_EARG);
    TU_CODE(csp_record_delete(NULL, CSP_ENTITY_ORGANISATION, "met"), CSP_EARG);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);

    /* Still referred to: CSP_EINUSE naming the referrer; nothing changes. */
    t_a = tu_export(reg, 0);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "met"), CSP_EINUSE);
    TU_MSG_HAS("membership");
    TU_MSG_HAS("m1");
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_PERSON, "jo"), CSP_EINUSE);
    TU_MSG_HAS("m1");
    /* e1 is e2's parent, and assessment a1 feeds it. */
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ELEMENT, "e1"), CSP_EINUSE);
    TU_MSG_HAS("e1");
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_DUTY, "local.duty"), CSP_EINUSE);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_PARTNERSHIP, "csp"), CSP_EINUSE);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    /* Referred to from a list only. */
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ELEMENT, "e2"));
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ELEMENT, "e1"), CSP_EINUSE);
    TU_MSG_HAS("assessment \"a1\"");
    TU_MSG_HAS("feeds");

    /* Free once the referrer goes. */
    TU_OK(csp_record_delete(reg, CSP_ENTITY_MEMBERSHIP, "m1"));
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "met"));
    TU_OK(csp_record_delete(reg, CSP_ENTITY_PERSON, "jo"));
    TU_CODE(csp_record_get(&t_r, reg, CSP_ENTITY_ORGANISATION, "met"), CSP_ENOTFOUND);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "met"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 0);

    /* A list field goes with its record. */
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ASSESSMENT, "a1"));
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ELEMENT, "e1"));
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ELEMENT, NULL), 0);
}
END_TEST

/* A deleted ordered record's siblings keep their order, renumbered. */
START_TEST(test_delete_ordered)
{
    char buf[128];
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_strategy(reg, "s", "csp", "partnership_plan", "draft");
    tu_put_element(reg, "z", "s", NULL, "strand");
    tu_put_element(reg, "b", "s", NULL, "strand");
    tu_put_element(reg, "a", "s", NULL, "strand");
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ELEMENT, "b"));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, NULL);
    TU_STR_EQ(buf, "z,a");
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ELEMENT, "a"));
    ck_assert_int_eq(csp_record_int(t_r, CSP_ELEMENT_POSITION), 2);
}
END_TEST

/* Built-in duties: never changed, never deleted. */
START_TEST(test_builtin_duty)
{
    static const char *const id = "pcsc2022.s8.serious_violence_duty";
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_DUTY, id));
    ck_assert_int_eq(csp_record_int(t_r, CSP_DUTY_BUILTIN), 1);
    TU_STR_EQ(csp_record_text(t_r, CSP_DUTY_COMMENCEMENT), "2023-01-31");
    t_a = tu_export(reg, 0);
    /* Put back as read, changed, or as a fresh record with its id. */
    TU_CODE(csp_record_put(reg, t_r), CSP_ECONSTRAINT);
    TU_MSG_HAS(id);
    TU_OK(csp_record_set_text(t_r, CSP_DUTY_TITLE, "Changed"));
    TU_CODE(csp_record_put(reg, t_r), CSP_ECONSTRAINT);
    TU_CODE(csp_record_insert(reg, t_r), CSP_ECONSTRAINT);
    TU_OK(csp_record_new(&t_r2, CSP_ENTITY_DUTY, id));
    TU_OK(csp_record_set_text(t_r2, CSP_DUTY_TITLE, "Mine"));
    TU_OK(csp_record_set_text(t_r2, CSP_DUTY_SOURCE, "Mine"));
    TU_OK(csp_record_set_text(t_r2, CSP_DUTY_RECURRENCE, "yearly"));
    TU_OK(csp_record_set_text(t_r2, CSP_DUTY_CONFIDENCE, "verified"));
    TU_CODE(csp_record_put(reg, t_r2), CSP_ECONSTRAINT);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_DUTY, id), CSP_ECONSTRAINT);
    TU_MSG_HAS(id);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_DUTY, id));
    ck_assert_int_eq(csp_record_int(t_r, CSP_DUTY_BUILTIN), 1);
    ck_assert_str_ne(csp_record_text(t_r, CSP_DUTY_TITLE), "Changed");
    /* A local duty may be changed and deleted, and is not built in. */
    TU_OK(csp_record_set_text(t_r2, CSP_DUTY_ID, "local.mine"));
    TU_OK(csp_record_put(reg, t_r2));
    TU_OK(csp_record_get(&t_r3, reg, CSP_ENTITY_DUTY, "local.mine"));
    ck_assert_int_eq(csp_record_int(t_r3, CSP_DUTY_BUILTIN), 0);
    TU_OK(csp_record_delete(reg, CSP_ENTITY_DUTY, "local.mine"));
}
END_TEST

/* ------------------------------------------------------------------ */
/* move                                                                */
/* ------------------------------------------------------------------ */

START_TEST(test_move)
{
    char buf[128];
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_strategy(reg, "s", "csp", "partnership_plan", "draft");
    tu_put_strategy(reg, "t", "csp", "partnership_plan", "draft");
    tu_put_element(reg, "a", "s", NULL, "strand");
    tu_put_element(reg, "b", "s", NULL, "strand");
    tu_put_element(reg, "c", "s", NULL, "strand");
    tu_put_element(reg, "t1", "t", NULL, "strand");

    TU_OK(csp_query_new(&t_q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_where(t_q, CSP_ELEMENT_STRATEGY, CSP_OP_EQ, "s"));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "a,b,c");

    /* To the front of the top level. */
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "c", NULL, 0));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "c,a,b");
    /* Under another element: its subtree follows it. */
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "a", "b", 0));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "c,b,a");
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ELEMENT, "a"));
    TU_STR_EQ(csp_record_text(t_r, CSP_ELEMENT_PARENT), "b");
    ck_assert_int_eq(csp_record_int(t_r, CSP_ELEMENT_POSITION), 3);
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", NULL, 0));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "b,a,c");
    /* Last: a negative or too large index. */
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", NULL, -1));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "c,b,a");
    TU_OK(csp_record_move(reg, CSP_ENTITY_ELEMENT, "c", NULL, 99));
    ids_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, t_q);
    TU_STR_EQ(buf, "b,a,c");

    /* Refused moves leave the register. */
    t_a = tu_export(reg, 0);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", "a", 0), CSP_ECONSTRAINT); /* under its own child */
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", "b", 0), CSP_ECONSTRAINT); /* under itself */
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", "t1", 0), CSP_ECONSTRAINT); /* another strategy */
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "b", "ghost", 0), CSP_EREFERENCE);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "ghost", NULL, 0), CSP_ENOTFOUND);
    /* Not a tree entity. */
    tu_put_org(reg, "met", "police");
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ORGANISATION, "met", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_STRATEGY, "s", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_MEMBERSHIP, "m", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, -1, "b", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, 9999, "b", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(NULL, CSP_ENTITY_ELEMENT, "b", NULL, 0), CSP_EARG);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, NULL, NULL, 0), CSP_EARG);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "met"), CSP_OK);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Iteration                                                           */
/* ------------------------------------------------------------------ */

START_TEST(test_iterate_every_entity)
{
    static const char *const want[] = {
        "met", "jo", "cdc,csp", "m1", NULL /* duties: the catalogue too */, "h1", "s1", "e1,e2", "a1", "d1",
        "mt1", "doc1", "ai1,ai2", "att1", "act1", "u1", "r1", "rr1", "dhr1", "sr1", "rec1", "i1", "iv1", "si1,si2", "src1",
    };
    char buf[4096];
    size_t builtins;
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_DUTY));
    TU_OK(csp_query_where_int(t_q, CSP_DUTY_BUILTIN, CSP_OP_EQ, 1));
    builtins = tu_count(reg, CSP_ENTITY_DUTY, t_q);
    ck_assert_uint_gt(builtins, 0);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_DUTY, NULL), builtins);

    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(tu_import_q(reg, GOVERNANCE_DOC));
    ck_assert_uint_eq(csp_schema_entity_count(), sizeof want / sizeof want[0]);
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        size_t n = ids_of(buf, sizeof buf, reg, e, NULL);
        ck_assert_uint_eq(tu_count(reg, e, NULL), n);
        if (want[e] != NULL) {
            ck_assert_msg(strcmp(buf, want[e]) == 0, "%s: expected %s, got %s", csp_schema_entity_name((size_t)e),
                          want[e], buf);
        } else {
            ck_assert_uint_eq(n, builtins + 1);
            ck_assert_msg(strstr(buf, "local.duty") != NULL, "duties: %s", buf);
        }
    }
    /* Each record read by iteration is the record get reads. */
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_PARTNERSHIP, NULL));
    TU_OK(csp_record_next(&t_r, t_it)); /* "cdc" */
    csp_record_free(t_r);
    TU_OK(csp_record_next(&t_r, t_it)); /* "csp" */
    TU_OK(csp_record_get(&t_r2, reg, CSP_ENTITY_PARTNERSHIP, "csp"));
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 1);
    ck_assert_int_eq(csp_record_int(t_r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 4);
}
END_TEST

START_TEST(test_iterator_bad_arguments)
{
    t_it = (csp_record_iterator *)&t_it;
    TU_CODE(csp_record_iterator_new(&t_it, reg, -1, NULL), CSP_EARG);
    ck_assert_ptr_null(t_it);
    t_it = (csp_record_iterator *)&t_it;
    TU_CODE(csp_record_iterator_new(&t_it, reg, 9999, NULL), CSP_EARG);
    ck_assert_ptr_null(t_it);
    TU_CODE(csp_record_iterator_new(&t_it, NULL, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);
    ck_assert_ptr_null(t_it);
    TU_CODE(csp_record_iterator_new(NULL, reg, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);
    /* A query of another entity. */
    TU_OK(csp_query_new(&t_q, CSP_ENTITY_PERSON));
    TU_CODE(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ORGANISATION, t_q), CSP_EARG);
    ck_assert_ptr_null(t_it);
    {
        size_t n = 7;
        TU_CODE(csp_record_count_matching(&n, reg, CSP_ENTITY_ORGANISATION, t_q), CSP_EARG);
        TU_CODE(csp_record_count_matching(&n, reg, -1, NULL), CSP_EARG);
        TU_CODE(csp_record_count_matching(&n, NULL, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);
        TU_CODE(csp_record_count_matching(NULL, reg, CSP_ENTITY_ORGANISATION, NULL), CSP_EARG);
    }
    TU_CODE(csp_record_next(&t_r, NULL), CSP_EARG);
    ck_assert_ptr_null(t_r);
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ORGANISATION, NULL));
    TU_CODE(csp_record_next(NULL, t_it), CSP_EARG);
    TU_CODE(csp_record_next(&t_r, t_it), CSP_ITEROVER); /* an empty register */
    ck_assert_ptr_null(t_r);
    csp_record_iterator_free(NULL);
}
END_TEST

/* An iterator freed before its end. */
START_TEST(test_iterator_free_early)
{
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ELEMENT, NULL));
    TU_OK(csp_record_next(&t_r, t_it));
    TU_STR_EQ(csp_record_id(t_r), "e1");
    csp_record_iterator_free(t_it);
    t_it = NULL;
    /* Two at once, and the register still writable. */
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ELEMENT, NULL));
    {
        csp_record_iterator *it2 = NULL;
        TU_OK(csp_record_iterator_new(&it2, reg, CSP_ENTITY_ORGANISATION, NULL));
        TU_OK(csp_record_next(&t_r2, it2));
        TU_STR_EQ(csp_record_id(t_r2), "met");
        csp_record_iterator_free(it2);
    }
    csp_record_iterator_free(t_it);
    t_it = NULL;
    tu_put_org(reg, "lfb", "fire_and_rescue");
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 2);
}
END_TEST

/* Closing the register stops its iterators: their next call fails cleanly. */
START_TEST(test_iterator_after_close)
{
    csp_record_iterator *done = NULL;
    TU_OK(tu_import_q(reg, ALL_DOC));
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ELEMENT, NULL));
    TU_OK(csp_record_next(&t_r, t_it));
    TU_STR_EQ(csp_record_id(t_r), "e1");
    /* One at its end, one not started. */
    TU_OK(csp_record_iterator_new(&done, reg, CSP_ENTITY_PERSON, NULL));
    TU_OK(csp_record_next(&t_r2, done));
    TU_CODE(csp_record_next(&t_r3, done), CSP_ITEROVER);
    {
        csp_record_iterator *fresh = NULL;
        TU_OK(csp_record_iterator_new(&fresh, reg, CSP_ENTITY_ORGANISATION, NULL));
        csp_register_close(reg);
        reg = NULL;
        TU_CODE(csp_record_next(&t_r3, fresh), CSP_EARG);
        ck_assert_ptr_null(t_r3);
        csp_record_iterator_free(fresh);
    }
    TU_CODE(csp_record_next(&t_r3, t_it), CSP_EARG);
    ck_assert_ptr_null(t_r3);
    TU_CODE(csp_record_next(&t_r3, t_it), CSP_EARG);
    TU_CODE(csp_record_next(&t_r3, done), CSP_EARG);
    csp_record_iterator_free(done);
    /* The record read before the close is a copy and still valid. */
    TU_STR_EQ(csp_record_text(t_r, CSP_ELEMENT_TITLE), "One");
}
END_TEST

/* The iterator keeps what it needs: the query may be freed at once. */
START_TEST(test_iterator_outlives_query)
{
    char buf[256];
    static const char *const kinds[] = {"police", "health", "police", "health", "police"};
    static const char *const names[] = {"E", "D", "C", "B", "A"};
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "o%d", i);
        TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, id));
        TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, names[i]));
        TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_KIND, kinds[i]));
        TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_AREA, i < 3 ? "Ealing" : "Brent"));
        TU_OK(csp_record_put(reg, t_r));
        csp_record_free(t_r);
        t_r = NULL;
    }
    /* Text conditions, an order, a limit. */
    {
        csp_query *q = NULL;
        char *value = NULL;
        TU_OK(csp_query_new(&q, CSP_ENTITY_ORGANISATION));
        value = malloc(16);
        ck_assert_ptr_nonnull(value);
        strcpy(value, "police");
        TU_OK(csp_query_where(q, CSP_ORGANISATION_KIND, CSP_OP_EQ, value));
        strcpy(value, "Brent");
        TU_OK(csp_query_where(q, CSP_ORGANISATION_AREA, CSP_OP_NE, value));
        TU_OK(csp_query_order(q, CSP_ORGANISATION_NAME, 0));
        TU_OK(csp_query_limit(q, 10));
        TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ORGANISATION, q));
        memset(value, 'x', 15);
        free(value);
        csp_query_free(q);
    }
    /* Scribble over freed memory the query may have occupied. */
    {
        void *junk[8];
        for (int i = 0; i < 8; i++) {
            junk[i] = malloc(sizeof(void *) * 64);
            ck_assert_ptr_nonnull(junk[i]);
            memset(junk[i], 0x5a, sizeof(void *) * 64);
        }
        for (int i = 0; i < 8; i++)
            free(junk[i]);
    }
    buf[0] = '\0';
    {
        int rc;
        while ((rc = csp_record_next(&t_rec, t_it)) == CSP_OK) {
            tu_join_(buf, sizeof buf, csp_record_id(t_rec));
            csp_record_free(t_rec);
            t_rec = NULL;
        }
        TU_CODE(rc, CSP_ITEROVER);
    }
    TU_STR_EQ(buf, "o2,o0"); /* police, not Brent, by name: C, E */
    csp_record_iterator_free(t_it);
    t_it = NULL;

    /* A date condition (its bounds are kept in the query) and a list condition. */
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_strategy(reg, "s1", "csp", "partnership_plan", "draft");
    tu_put_strategy(reg, "s2", "csp", "partnership_plan", "draft");
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_STRATEGY, "s2"));
    TU_OK(csp_record_set_text(t_r, CSP_STRATEGY_START_DATE, "2020-03"));
    TU_OK(csp_record_add(t_r, CSP_STRATEGY_STRANDS, "reoffending"));
    TU_OK(csp_record_put(reg, t_r));
    {
        csp_query *q = NULL;
        TU_OK(csp_query_new(&q, CSP_ENTITY_STRATEGY));
        TU_OK(csp_query_where(q, CSP_STRATEGY_START_DATE, CSP_OP_LT, "2020-04-01"));
        TU_OK(csp_query_where(q, CSP_STRATEGY_START_DATE, CSP_OP_GE, "2020-03-31"));
        TU_OK(csp_query_where(q, CSP_STRATEGY_STRANDS, CSP_OP_EQ, "reoffending"));
        TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_STRATEGY, q));
        csp_query_free(q);
    }
    TU_OK(csp_record_next(&t_rec, t_it));
    TU_STR_EQ(csp_record_id(t_rec), "s2");
    csp_record_free(t_rec);
    t_rec = NULL;
    TU_CODE(csp_record_next(&t_rec, t_it), CSP_ITEROVER);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Typed handles and records                                           */
/* ------------------------------------------------------------------ */

START_TEST(test_typed_interchange)
{
    csp_organisation *o = NULL;
    /* A record used as a typed handle. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_ORGANISATION, "met"));
    TU_OK(csp_organisation_set_name((csp_organisation *)t_r, "Metropolitan Police Service"));
    TU_OK(csp_organisation_set_kind((csp_organisation *)t_r, "police"));
    TU_OK(csp_record_set_int(t_r, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, 1));
    TU_STR_EQ(csp_organisation_id((csp_organisation *)t_r), "met");
    TU_STR_EQ(csp_organisation_name((csp_organisation *)t_r), "Metropolitan Police Service");
    ck_assert_int_eq(csp_organisation_responsible_authority((csp_organisation *)t_r), 1);
    TU_OK(csp_organisation_put(reg, (csp_organisation *)t_r));

    /* A typed object used as a record. */
    TU_OK(csp_organisation_get(&o, reg, "met"));
    t_r2 = (csp_record *)o;
    ck_assert_int_eq(csp_record_entity(t_r2), CSP_ENTITY_ORGANISATION);
    TU_STR_EQ(csp_record_text(t_r2, CSP_ORGANISATION_NAME), "Metropolitan Police Service");
    TU_STR_EQ(csp_record_text(t_r2, CSP_ORGANISATION_KIND), "police");
    ck_assert_int_eq(csp_record_equal(t_r, t_r2), 1);
    TU_OK(csp_record_set_text(t_r2, CSP_ORGANISATION_AREA, "London"));
    TU_STR_EQ(csp_organisation_area(o), "London");
    TU_OK(csp_record_put(reg, t_r2));
    csp_organisation_free(o);
    t_r2 = NULL;
    o = NULL;
    TU_OK(csp_organisation_new(&o, "lfb"));
    t_r2 = (csp_record *)o;
    TU_OK(csp_organisation_set_name(o, "LFB"));
    TU_OK(csp_record_set_text(t_r2, CSP_ORGANISATION_KIND, "fire_and_rescue"));
    TU_OK(csp_record_insert(reg, t_r2));

    /* A typed getter given a record of another entity: NULL or 0; a setter: CSP_EARG. */
    TU_OK(csp_record_new(&t_r3, CSP_ENTITY_PERSON, "jo"));
    TU_OK(csp_record_set_text(t_r3, CSP_PERSON_NAME, "Jo"));
    TU_OK(csp_record_set_int(t_r3, CSP_PERSON_PRIVATE, 1));
    TU_STR_EQ(csp_organisation_name((csp_organisation *)t_r3), NULL);
    TU_STR_EQ(csp_organisation_id((csp_organisation *)t_r3), NULL);
    ck_assert_int_eq(csp_organisation_responsible_authority((csp_organisation *)t_r3), 0);
    TU_STR_EQ(csp_partnership_name((csp_partnership *)t_r3), NULL);
    TU_CODE(csp_organisation_set_name((csp_organisation *)t_r3, "X"), CSP_EARG);
    TU_CODE(csp_organisation_put(reg, (csp_organisation *)t_r3), CSP_EARG);
    TU_STR_EQ(csp_person_name((csp_person *)t_r3), "Jo");
    TU_STR_EQ(csp_record_text(t_r3, CSP_PERSON_NAME), "Jo");

    /* Iterators interchange too. */
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ORGANISATION, NULL));
    {
        csp_organisation *got = NULL;
        TU_OK(csp_organisation_next(&got, (csp_organisation_iterator *)t_it));
        t_rec = (csp_record *)got;
        TU_STR_EQ(csp_organisation_id(got), "lfb");
        TU_STR_EQ(csp_record_text(t_rec, CSP_ORGANISATION_NAME), "LFB");
    }
    csp_record_free(t_rec);
    t_rec = NULL;
    TU_OK(csp_record_next(&t_rec, t_it));
    TU_STR_EQ(csp_organisation_area((csp_organisation *)t_rec), "London");
}
END_TEST

static Suite *record_suite(void)
{
    Suite *s = suite_create("record");
    TCase *tc = tcase_create("values");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new);
    tcase_add_test(tc, test_new_every_entity);
    tcase_add_test(tc, test_new_bad_arguments);
    tcase_add_test(tc, test_text_kinds);
    tcase_add_test(tc, test_number_kinds);
    tcase_add_test(tc, test_list_kinds);
    tcase_add_test(tc, test_wrong_kind);
    tcase_add_test(tc, test_unknown_field);
    tcase_add_test(tc, test_readonly_fields);
    tcase_add_test(tc, test_is_set);
    tcase_add_test(tc, test_copy_is_deep);
    tcase_add_test(tc, test_equal);
    tcase_add_test(tc, test_equal_ignores_position);
    tcase_add_test(tc, test_validate);
    suite_add_tcase(s, tc);

    tc = tcase_create("register");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_put_get);
    tcase_add_test(tc, test_put_replaces);
    tcase_add_test(tc, test_renamed_copy);
    tcase_add_test(tc, test_put_refused_leaves_register);
    tcase_add_test(tc, test_insert);
    tcase_add_test(tc, test_delete);
    tcase_add_test(tc, test_delete_ordered);
    tcase_add_test(tc, test_builtin_duty);
    tcase_add_test(tc, test_move);
    suite_add_tcase(s, tc);

    tc = tcase_create("iteration");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_iterate_every_entity);
    tcase_add_test(tc, test_iterator_bad_arguments);
    tcase_add_test(tc, test_iterator_free_early);
    tcase_add_test(tc, test_iterator_after_close);
    tcase_add_test(tc, test_iterator_outlives_query);
    tcase_add_test(tc, test_typed_interchange);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(record_suite());
}
