/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/*
 * test_typed.c: every typed function of the entity headers reaches its own
 * entity and field: each setter and getter against the generic record API
 * with its field id, each register function on a real register, NULL
 * arguments and handles of another entity refused. The typed functions are
 * generated from the model's description, and so is this suite, beside them.
 */
#include "testutil.h"

static csp_register *reg;
/* The object of the running test, freed by teardown even when an assertion fails. */
static csp_record *t_obj;

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_record_free(t_obj);
    t_obj = NULL;
    csp_register_close(reg);
    reg = NULL;
}

static void put_sample_organisation(const char *id);
static void put_sample_person(const char *id);
static void put_sample_partnership(const char *id);
static void put_sample_membership(const char *id);
static void put_sample_duty(const char *id);
static void put_sample_duty_holding(const char *id);
static void put_sample_strategy(const char *id);
static void put_sample_element(const char *id);
static void put_sample_assessment(const char *id);
static void put_sample_discharge(const char *id);

/* Puts a organisation with id `id` and its required fields, after the records it names. */
static void put_sample_organisation(const char *id)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_ORGANISATION, id));
    TU_OK(csp_record_set_text(r, CSP_ORGANISATION_NAME, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_ORGANISATION_KIND, "police"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a person with id `id` and its required fields, after the records it names. */
static void put_sample_person(const char *id)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_PERSON, id));
    TU_OK(csp_record_set_text(r, CSP_PERSON_NAME, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a partnership with id `id` and its required fields, after the records it names. */
static void put_sample_partnership(const char *id)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_PARTNERSHIP, id));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_NAME, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_KIND, "community_safety_partnership"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a membership with id `id` and its required fields, after the records it names. */
static void put_sample_membership(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    put_sample_organisation("t-organisation");
    TU_OK(csp_record_new(&r, CSP_ENTITY_MEMBERSHIP, id));
    TU_OK(csp_record_set_text(r, CSP_MEMBERSHIP_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_MEMBERSHIP_ORGANISATION, "t-organisation"));
    TU_OK(csp_record_set_text(r, CSP_MEMBERSHIP_ROLE, "chair"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a duty with id `id` and its required fields, after the records it names. */
static void put_sample_duty(const char *id)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_DUTY, id));
    TU_OK(csp_record_set_text(r, CSP_DUTY_TITLE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_DUTY_SOURCE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_DUTY_RECURRENCE, "continuous"));
    TU_OK(csp_record_set_text(r, CSP_DUTY_CONFIDENCE, "verified"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a duty_holding with id `id` and its required fields, after the records it names. */
static void put_sample_duty_holding(const char *id)
{
    csp_record *r = NULL;
    put_sample_duty("t-duty");
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_DUTY_HOLDING, id));
    TU_OK(csp_record_set_text(r, CSP_DUTY_HOLDING_DUTY, "t-duty"));
    TU_OK(csp_record_set_text(r, CSP_DUTY_HOLDING_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a strategy with id `id` and its required fields, after the records it names. */
static void put_sample_strategy(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_STRATEGY, id));
    TU_OK(csp_record_set_text(r, CSP_STRATEGY_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_STRATEGY_TITLE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_STRATEGY_KIND, "partnership_plan"));
    TU_OK(csp_record_set_text(r, CSP_STRATEGY_STATUS, "draft"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a element with id `id` and its required fields, after the records it names. */
static void put_sample_element(const char *id)
{
    csp_record *r = NULL;
    put_sample_strategy("t-strategy");
    TU_OK(csp_record_new(&r, CSP_ENTITY_ELEMENT, id));
    TU_OK(csp_record_set_text(r, CSP_ELEMENT_STRATEGY, "t-strategy"));
    TU_OK(csp_record_set_text(r, CSP_ELEMENT_KIND, "strand"));
    TU_OK(csp_record_set_text(r, CSP_ELEMENT_TITLE, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a assessment with id `id` and its required fields, after the records it names. */
static void put_sample_assessment(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_ASSESSMENT, id));
    TU_OK(csp_record_set_text(r, CSP_ASSESSMENT_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_ASSESSMENT_KIND, "strategic_assessment"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a discharge with id `id` and its required fields, after the records it names. */
static void put_sample_discharge(const char *id)
{
    csp_record *r = NULL;
    put_sample_duty("t-duty");
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_DISCHARGE, id));
    TU_OK(csp_record_set_text(r, CSP_DISCHARGE_DUTY, "t-duty"));
    TU_OK(csp_record_set_text(r, CSP_DISCHARGE_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_DISCHARGE_DISCHARGED_ON, "2020-03"));
    TU_OK(csp_record_set_text(r, CSP_DISCHARGE_TITLE, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

START_TEST(test_organisation_fields)
{
    csp_organisation *o = NULL;
    csp_organisation *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_organisation_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_organisation_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_organisation_new(&o, NULL), CSP_EARG);
    TU_OK(csp_organisation_new(&o, "t-organisation"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ORGANISATION);
    TU_STR_EQ(csp_organisation_id(o), "t-organisation");
    ck_assert_ptr_null(csp_organisation_id(NULL));
    /* name */
    TU_OK(csp_organisation_set_name(o, "Sample text"));
    TU_STR_EQ(csp_organisation_name(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ORGANISATION_NAME), "Sample text");
    TU_CODE(csp_organisation_set_name(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_organisation_name(NULL));
    /* kind */
    TU_OK(csp_organisation_set_kind(o, "police"));
    TU_STR_EQ(csp_organisation_kind(o), "police");
    TU_STR_EQ(csp_record_text(r, CSP_ORGANISATION_KIND), "police");
    TU_CODE(csp_organisation_set_kind(NULL, "police"), CSP_EARG);
    ck_assert_ptr_null(csp_organisation_kind(NULL));
    /* area */
    TU_OK(csp_organisation_set_area(o, "Sample text"));
    TU_STR_EQ(csp_organisation_area(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ORGANISATION_AREA), "Sample text");
    TU_CODE(csp_organisation_set_area(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_organisation_area(NULL));
    TU_OK(csp_organisation_set_area(o, NULL));
    ck_assert_ptr_null(csp_organisation_area(o));
    TU_OK(csp_organisation_set_area(o, "Sample text"));
    /* responsible_authority */
    TU_OK(csp_organisation_set_responsible_authority(o, 1));
    ck_assert_int_eq(csp_organisation_responsible_authority(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY), 1);
    TU_CODE(csp_organisation_set_responsible_authority(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_organisation_responsible_authority(NULL), 0);
    /* serious_violence_duty_holder */
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, 1));
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER), 1);
    TU_CODE(csp_organisation_set_serious_violence_duty_holder(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(NULL), 0);
    /* cooperating_body */
    TU_OK(csp_organisation_set_cooperating_body(o, 1));
    ck_assert_int_eq(csp_organisation_cooperating_body(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_ORGANISATION_COOPERATING_BODY), 1);
    TU_CODE(csp_organisation_set_cooperating_body(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_organisation_cooperating_body(NULL), 0);
    TU_OK(csp_record_new(&other, CSP_ENTITY_PERSON, "other"));
    wrong = (csp_organisation *)other;
    ck_assert_ptr_null(csp_organisation_id(wrong));
    TU_CODE(csp_organisation_set_name(wrong, "Sample text"), CSP_EARG);
    csp_record_free(other);
    csp_organisation_free(NULL);
}
END_TEST

START_TEST(test_organisation_register)
{
    csp_organisation *o = NULL, *back = NULL;
    csp_organisation_iterator *it = NULL;
    csp_organisation_filter filter = CSP_ORGANISATION_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_organisation("t-organisation");
    TU_OK(csp_organisation_get(&back, reg, "t-organisation"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_organisation_id(back), "t-organisation");
    TU_CODE(csp_organisation_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_organisation_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_organisation_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_organisation_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_organisation_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_organisation_put(reg, back));
    TU_CODE(csp_organisation_put(NULL, back), CSP_EARG);
    TU_CODE(csp_organisation_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_organisation_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_organisation_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_PERSON, "other"));
    TU_CODE(csp_organisation_put(reg, (csp_organisation *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_organisation_insert(reg, (csp_organisation *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_organisation_iterator_new(&it, reg, NULL));
    while ((rc = csp_organisation_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ORGANISATION);
        found += strcmp(csp_organisation_id(o), "t-organisation") == 0;
        csp_organisation_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_organisation_next(&o, it), CSP_ITEROVER);
    csp_organisation_iterator_free(it);
    TU_OK(csp_organisation_iterator_new(&it, reg, &filter));
    TU_OK(csp_organisation_next(&o, it));
    csp_organisation_free(o);
    csp_organisation_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_organisation_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ORGANISATION_FILTER_VERSION + 1;
    TU_CODE(csp_organisation_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_organisation_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_organisation_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ORGANISATION));
    TU_OK(csp_query_where(q, CSP_ORGANISATION_ID, CSP_OP_EQ, "t-organisation"));
    TU_OK(csp_organisation_iterator_query(&it, reg, q));
    TU_OK(csp_organisation_next(&o, it));
    TU_STR_EQ(csp_organisation_id(o), "t-organisation");
    csp_organisation_free(o);
    TU_CODE(csp_organisation_next(&o, it), CSP_ITEROVER);
    csp_organisation_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_PERSON));
    TU_CODE(csp_organisation_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_organisation_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_organisation_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_organisation_next(NULL, it), CSP_EARG);
    TU_CODE(csp_organisation_next(&o, NULL), CSP_EARG);
    csp_organisation_iterator_free(NULL);
    TU_OK(csp_organisation_delete(reg, "t-organisation"));
    TU_CODE(csp_organisation_delete(reg, "t-organisation"), CSP_ENOTFOUND);
    TU_CODE(csp_organisation_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_organisation_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_person_fields)
{
    csp_person *o = NULL;
    csp_person *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_person_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_person_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_person_new(&o, NULL), CSP_EARG);
    TU_OK(csp_person_new(&o, "t-person"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_PERSON);
    TU_STR_EQ(csp_person_id(o), "t-person");
    ck_assert_ptr_null(csp_person_id(NULL));
    /* name */
    TU_OK(csp_person_set_name(o, "Sample text"));
    TU_STR_EQ(csp_person_name(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PERSON_NAME), "Sample text");
    TU_CODE(csp_person_set_name(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_person_name(NULL));
    /* honorific */
    TU_OK(csp_person_set_honorific(o, "Sample text"));
    TU_STR_EQ(csp_person_honorific(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PERSON_HONORIFIC), "Sample text");
    TU_CODE(csp_person_set_honorific(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_person_honorific(NULL));
    TU_OK(csp_person_set_honorific(o, NULL));
    ck_assert_ptr_null(csp_person_honorific(o));
    TU_OK(csp_person_set_honorific(o, "Sample text"));
    /* private */
    TU_OK(csp_person_set_private(o, 1));
    ck_assert_int_eq(csp_person_private(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_PERSON_PRIVATE), 1);
    TU_CODE(csp_person_set_private(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_person_private(NULL), 0);
    TU_OK(csp_record_new(&other, CSP_ENTITY_PARTNERSHIP, "other"));
    wrong = (csp_person *)other;
    ck_assert_ptr_null(csp_person_id(wrong));
    TU_CODE(csp_person_set_name(wrong, "Sample text"), CSP_EARG);
    csp_record_free(other);
    csp_person_free(NULL);
}
END_TEST

START_TEST(test_person_register)
{
    csp_person *o = NULL, *back = NULL;
    csp_person_iterator *it = NULL;
    csp_person_filter filter = CSP_PERSON_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_person("t-person");
    TU_OK(csp_person_get(&back, reg, "t-person"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_person_id(back), "t-person");
    TU_CODE(csp_person_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_person_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_person_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_person_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_person_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_person_put(reg, back));
    TU_CODE(csp_person_put(NULL, back), CSP_EARG);
    TU_CODE(csp_person_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_person_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_person_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_PARTNERSHIP, "other"));
    TU_CODE(csp_person_put(reg, (csp_person *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_person_insert(reg, (csp_person *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_person_iterator_new(&it, reg, NULL));
    while ((rc = csp_person_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_PERSON);
        found += strcmp(csp_person_id(o), "t-person") == 0;
        csp_person_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_person_next(&o, it), CSP_ITEROVER);
    csp_person_iterator_free(it);
    TU_OK(csp_person_iterator_new(&it, reg, &filter));
    TU_OK(csp_person_next(&o, it));
    csp_person_free(o);
    csp_person_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_person_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_PERSON_FILTER_VERSION + 1;
    TU_CODE(csp_person_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_person_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_person_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_PERSON));
    TU_OK(csp_query_where(q, CSP_PERSON_ID, CSP_OP_EQ, "t-person"));
    TU_OK(csp_person_iterator_query(&it, reg, q));
    TU_OK(csp_person_next(&o, it));
    TU_STR_EQ(csp_person_id(o), "t-person");
    csp_person_free(o);
    TU_CODE(csp_person_next(&o, it), CSP_ITEROVER);
    csp_person_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_PARTNERSHIP));
    TU_CODE(csp_person_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_person_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_person_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_person_next(NULL, it), CSP_EARG);
    TU_CODE(csp_person_next(&o, NULL), CSP_EARG);
    csp_person_iterator_free(NULL);
    TU_OK(csp_person_delete(reg, "t-person"));
    TU_CODE(csp_person_delete(reg, "t-person"), CSP_ENOTFOUND);
    TU_CODE(csp_person_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_person_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_partnership_fields)
{
    csp_partnership *o = NULL;
    csp_partnership *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_partnership_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_partnership_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_partnership_new(&o, NULL), CSP_EARG);
    TU_OK(csp_partnership_new(&o, "t-partnership"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_PARTNERSHIP);
    TU_STR_EQ(csp_partnership_id(o), "t-partnership");
    ck_assert_ptr_null(csp_partnership_id(NULL));
    /* name */
    TU_OK(csp_partnership_set_name(o, "Sample text"));
    TU_STR_EQ(csp_partnership_name(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_NAME), "Sample text");
    TU_CODE(csp_partnership_set_name(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_name(NULL));
    /* short_name */
    TU_OK(csp_partnership_set_short_name(o, "Sample text"));
    TU_STR_EQ(csp_partnership_short_name(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_SHORT_NAME), "Sample text");
    TU_CODE(csp_partnership_set_short_name(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_short_name(NULL));
    TU_OK(csp_partnership_set_short_name(o, NULL));
    ck_assert_ptr_null(csp_partnership_short_name(o));
    TU_OK(csp_partnership_set_short_name(o, "Sample text"));
    /* kind */
    TU_OK(csp_partnership_set_kind(o, "community_safety_partnership"));
    TU_STR_EQ(csp_partnership_kind(o), "community_safety_partnership");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_KIND), "community_safety_partnership");
    TU_CODE(csp_partnership_set_kind(NULL, "community_safety_partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_kind(NULL));
    /* area */
    TU_OK(csp_partnership_set_area(o, "Sample text"));
    TU_STR_EQ(csp_partnership_area(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_AREA), "Sample text");
    TU_CODE(csp_partnership_set_area(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_area(NULL));
    TU_OK(csp_partnership_set_area(o, NULL));
    ck_assert_ptr_null(csp_partnership_area(o));
    TU_OK(csp_partnership_set_area(o, "Sample text"));
    /* area_code */
    TU_OK(csp_partnership_set_area_code(o, "E09000009"));
    TU_STR_EQ(csp_partnership_area_code(o), "E09000009");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_AREA_CODE), "E09000009");
    TU_CODE(csp_partnership_set_area_code(NULL, "E09000009"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_area_code(NULL));
    TU_OK(csp_partnership_set_area_code(o, NULL));
    ck_assert_ptr_null(csp_partnership_area_code(o));
    TU_OK(csp_partnership_set_area_code(o, "E09000009"));
    /* parent */
    TU_OK(csp_partnership_set_parent(o, "t-partnership"));
    TU_STR_EQ(csp_partnership_parent(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_PARENT), "t-partnership");
    TU_CODE(csp_partnership_set_parent(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_parent(NULL));
    TU_OK(csp_partnership_set_parent(o, NULL));
    ck_assert_ptr_null(csp_partnership_parent(o));
    TU_OK(csp_partnership_set_parent(o, "t-partnership"));
    /* accountable_to */
    TU_OK(csp_partnership_set_accountable_to(o, "t-partnership"));
    TU_STR_EQ(csp_partnership_accountable_to(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_ACCOUNTABLE_TO), "t-partnership");
    TU_CODE(csp_partnership_set_accountable_to(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_accountable_to(NULL));
    TU_OK(csp_partnership_set_accountable_to(o, NULL));
    ck_assert_ptr_null(csp_partnership_accountable_to(o));
    TU_OK(csp_partnership_set_accountable_to(o, "t-partnership"));
    /* works_with */
    TU_OK(csp_partnership_add_works_with(o, "t-partnership"));
    ck_assert_uint_eq(csp_partnership_works_with_count(o), 1);
    TU_STR_EQ(csp_partnership_works_with(o, 0), "t-partnership");
    ck_assert_ptr_null(csp_partnership_works_with(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_PARTNERSHIP_WORKS_WITH), 1);
    TU_STR_EQ(csp_record_item(r, CSP_PARTNERSHIP_WORKS_WITH, 0), "t-partnership");
    TU_CODE(csp_partnership_add_works_with(NULL, "t-partnership"), CSP_EARG);
    TU_OK(csp_partnership_clear_works_with(o));
    ck_assert_uint_eq(csp_partnership_works_with_count(o), 0);
    TU_CODE(csp_partnership_clear_works_with(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_partnership_works_with_count(NULL), 0);
    ck_assert_ptr_null(csp_partnership_works_with(NULL, 0));
    TU_OK(csp_partnership_add_works_with(o, "t-partnership"));
    /* formed_on */
    TU_OK(csp_partnership_set_formed_on(o, "2020-03"));
    TU_STR_EQ(csp_partnership_formed_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_FORMED_ON), "2020-03");
    TU_CODE(csp_partnership_set_formed_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_formed_on(NULL));
    TU_OK(csp_partnership_set_formed_on(o, NULL));
    ck_assert_ptr_null(csp_partnership_formed_on(o));
    TU_OK(csp_partnership_set_formed_on(o, "2020-03"));
    /* former_names */
    TU_OK(csp_partnership_add_former_names(o, "Sample text"));
    ck_assert_uint_eq(csp_partnership_former_names_count(o), 1);
    TU_STR_EQ(csp_partnership_former_names(o, 0), "Sample text");
    ck_assert_ptr_null(csp_partnership_former_names(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_PARTNERSHIP_FORMER_NAMES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_PARTNERSHIP_FORMER_NAMES, 0), "Sample text");
    TU_CODE(csp_partnership_add_former_names(NULL, "Sample text"), CSP_EARG);
    TU_OK(csp_partnership_clear_former_names(o));
    ck_assert_uint_eq(csp_partnership_former_names_count(o), 0);
    TU_CODE(csp_partnership_clear_former_names(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_partnership_former_names_count(NULL), 0);
    ck_assert_ptr_null(csp_partnership_former_names(NULL, 0));
    TU_OK(csp_partnership_add_former_names(o, "Sample text"));
    /* statutory_basis */
    TU_OK(csp_partnership_set_statutory_basis(o, "Sample text"));
    TU_STR_EQ(csp_partnership_statutory_basis(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_STATUTORY_BASIS), "Sample text");
    TU_CODE(csp_partnership_set_statutory_basis(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_statutory_basis(NULL));
    TU_OK(csp_partnership_set_statutory_basis(o, NULL));
    ck_assert_ptr_null(csp_partnership_statutory_basis(o));
    TU_OK(csp_partnership_set_statutory_basis(o, "Sample text"));
    /* meetings_per_year */
    TU_OK(csp_partnership_set_meetings_per_year(o, 1));
    ck_assert_int_eq(csp_partnership_meetings_per_year(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_PARTNERSHIP_MEETINGS_PER_YEAR), 1);
    TU_CODE(csp_partnership_set_meetings_per_year(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_partnership_meetings_per_year(NULL), 0);
    /* minutes_per_meeting */
    TU_OK(csp_partnership_set_minutes_per_meeting(o, 1));
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_PARTNERSHIP_MINUTES_PER_MEETING), 1);
    TU_CODE(csp_partnership_set_minutes_per_meeting(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(NULL), 0);
    /* ad_hoc_meetings */
    TU_OK(csp_partnership_set_ad_hoc_meetings(o, 1));
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_PARTNERSHIP_AD_HOC_MEETINGS), 1);
    TU_CODE(csp_partnership_set_ad_hoc_meetings(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(NULL), 0);
    TU_OK(csp_record_new(&other, CSP_ENTITY_MEMBERSHIP, "other"));
    wrong = (csp_partnership *)other;
    ck_assert_ptr_null(csp_partnership_id(wrong));
    TU_CODE(csp_partnership_set_name(wrong, "Sample text"), CSP_EARG);
    csp_record_free(other);
    csp_partnership_free(NULL);
}
END_TEST

START_TEST(test_partnership_register)
{
    csp_partnership *o = NULL, *back = NULL;
    csp_partnership_iterator *it = NULL;
    csp_partnership_filter filter = CSP_PARTNERSHIP_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_partnership("t-partnership");
    TU_OK(csp_partnership_get(&back, reg, "t-partnership"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_partnership_id(back), "t-partnership");
    TU_CODE(csp_partnership_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_partnership_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_partnership_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_partnership_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_partnership_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_partnership_put(reg, back));
    TU_CODE(csp_partnership_put(NULL, back), CSP_EARG);
    TU_CODE(csp_partnership_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_partnership_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_partnership_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_MEMBERSHIP, "other"));
    TU_CODE(csp_partnership_put(reg, (csp_partnership *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_partnership_insert(reg, (csp_partnership *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_partnership_iterator_new(&it, reg, NULL));
    while ((rc = csp_partnership_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_PARTNERSHIP);
        found += strcmp(csp_partnership_id(o), "t-partnership") == 0;
        csp_partnership_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_partnership_next(&o, it), CSP_ITEROVER);
    csp_partnership_iterator_free(it);
    TU_OK(csp_partnership_iterator_new(&it, reg, &filter));
    TU_OK(csp_partnership_next(&o, it));
    csp_partnership_free(o);
    csp_partnership_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_partnership_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_PARTNERSHIP_FILTER_VERSION + 1;
    TU_CODE(csp_partnership_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_partnership_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_partnership_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_PARTNERSHIP));
    TU_OK(csp_query_where(q, CSP_PARTNERSHIP_ID, CSP_OP_EQ, "t-partnership"));
    TU_OK(csp_partnership_iterator_query(&it, reg, q));
    TU_OK(csp_partnership_next(&o, it));
    TU_STR_EQ(csp_partnership_id(o), "t-partnership");
    csp_partnership_free(o);
    TU_CODE(csp_partnership_next(&o, it), CSP_ITEROVER);
    csp_partnership_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_MEMBERSHIP));
    TU_CODE(csp_partnership_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_partnership_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_partnership_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_partnership_next(NULL, it), CSP_EARG);
    TU_CODE(csp_partnership_next(&o, NULL), CSP_EARG);
    csp_partnership_iterator_free(NULL);
    TU_OK(csp_partnership_delete(reg, "t-partnership"));
    TU_CODE(csp_partnership_delete(reg, "t-partnership"), CSP_ENOTFOUND);
    TU_CODE(csp_partnership_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_partnership_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_membership_fields)
{
    csp_membership *o = NULL;
    csp_membership *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_membership_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_membership_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_membership_new(&o, NULL), CSP_EARG);
    TU_OK(csp_membership_new(&o, "t-membership"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_MEMBERSHIP);
    TU_STR_EQ(csp_membership_id(o), "t-membership");
    ck_assert_ptr_null(csp_membership_id(NULL));
    /* partnership */
    TU_OK(csp_membership_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_membership_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_membership_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_partnership(NULL));
    /* organisation */
    TU_OK(csp_membership_set_organisation(o, "t-organisation"));
    TU_STR_EQ(csp_membership_organisation(o), "t-organisation");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_ORGANISATION), "t-organisation");
    TU_CODE(csp_membership_set_organisation(NULL, "t-organisation"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_organisation(NULL));
    /* person */
    TU_OK(csp_membership_set_person(o, "t-person"));
    TU_STR_EQ(csp_membership_person(o), "t-person");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_PERSON), "t-person");
    TU_CODE(csp_membership_set_person(NULL, "t-person"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_person(NULL));
    TU_OK(csp_membership_set_person(o, NULL));
    ck_assert_ptr_null(csp_membership_person(o));
    TU_OK(csp_membership_set_person(o, "t-person"));
    /* role */
    TU_OK(csp_membership_set_role(o, "chair"));
    TU_STR_EQ(csp_membership_role(o), "chair");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_ROLE), "chair");
    TU_CODE(csp_membership_set_role(NULL, "chair"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_role(NULL));
    /* post */
    TU_OK(csp_membership_set_post(o, "Sample text"));
    TU_STR_EQ(csp_membership_post(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_POST), "Sample text");
    TU_CODE(csp_membership_set_post(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_post(NULL));
    TU_OK(csp_membership_set_post(o, NULL));
    ck_assert_ptr_null(csp_membership_post(o));
    TU_OK(csp_membership_set_post(o, "Sample text"));
    /* on_behalf_of */
    TU_OK(csp_membership_set_on_behalf_of(o, "t-organisation"));
    TU_STR_EQ(csp_membership_on_behalf_of(o), "t-organisation");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_ON_BEHALF_OF), "t-organisation");
    TU_CODE(csp_membership_set_on_behalf_of(NULL, "t-organisation"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_on_behalf_of(NULL));
    TU_OK(csp_membership_set_on_behalf_of(o, NULL));
    ck_assert_ptr_null(csp_membership_on_behalf_of(o));
    TU_OK(csp_membership_set_on_behalf_of(o, "t-organisation"));
    /* start_date */
    TU_OK(csp_membership_set_start_date(o, "2020-03"));
    TU_STR_EQ(csp_membership_start_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_START_DATE), "2020-03");
    TU_CODE(csp_membership_set_start_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_start_date(NULL));
    TU_OK(csp_membership_set_start_date(o, NULL));
    ck_assert_ptr_null(csp_membership_start_date(o));
    TU_OK(csp_membership_set_start_date(o, "2020-03"));
    /* end_date */
    TU_OK(csp_membership_set_end_date(o, "2020-03"));
    TU_STR_EQ(csp_membership_end_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_MEMBERSHIP_END_DATE), "2020-03");
    TU_CODE(csp_membership_set_end_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_membership_end_date(NULL));
    TU_OK(csp_membership_set_end_date(o, NULL));
    ck_assert_ptr_null(csp_membership_end_date(o));
    TU_OK(csp_membership_set_end_date(o, "2020-03"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_DUTY, "other"));
    wrong = (csp_membership *)other;
    ck_assert_ptr_null(csp_membership_id(wrong));
    TU_CODE(csp_membership_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_membership_free(NULL);
}
END_TEST

START_TEST(test_membership_register)
{
    csp_membership *o = NULL, *back = NULL;
    csp_membership_iterator *it = NULL;
    csp_membership_filter filter = CSP_MEMBERSHIP_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_membership("t-membership");
    TU_OK(csp_membership_get(&back, reg, "t-membership"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_membership_id(back), "t-membership");
    TU_CODE(csp_membership_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_membership_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_membership_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_membership_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_membership_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_membership_put(reg, back));
    TU_CODE(csp_membership_put(NULL, back), CSP_EARG);
    TU_CODE(csp_membership_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_membership_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_membership_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_DUTY, "other"));
    TU_CODE(csp_membership_put(reg, (csp_membership *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_membership_insert(reg, (csp_membership *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_membership_iterator_new(&it, reg, NULL));
    while ((rc = csp_membership_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_MEMBERSHIP);
        found += strcmp(csp_membership_id(o), "t-membership") == 0;
        csp_membership_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_membership_next(&o, it), CSP_ITEROVER);
    csp_membership_iterator_free(it);
    TU_OK(csp_membership_iterator_new(&it, reg, &filter));
    TU_OK(csp_membership_next(&o, it));
    csp_membership_free(o);
    csp_membership_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_membership_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_MEMBERSHIP_FILTER_VERSION + 1;
    TU_CODE(csp_membership_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_membership_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_membership_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_MEMBERSHIP));
    TU_OK(csp_query_where(q, CSP_MEMBERSHIP_ID, CSP_OP_EQ, "t-membership"));
    TU_OK(csp_membership_iterator_query(&it, reg, q));
    TU_OK(csp_membership_next(&o, it));
    TU_STR_EQ(csp_membership_id(o), "t-membership");
    csp_membership_free(o);
    TU_CODE(csp_membership_next(&o, it), CSP_ITEROVER);
    csp_membership_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_DUTY));
    TU_CODE(csp_membership_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_membership_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_membership_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_membership_next(NULL, it), CSP_EARG);
    TU_CODE(csp_membership_next(&o, NULL), CSP_EARG);
    csp_membership_iterator_free(NULL);
    /* in force on a date: the sample has an open period */
    TU_CODE(csp_membership_in_force(back, "2020-13"), CSP_EDATE);
    TU_CODE(csp_membership_in_force(NULL, "2020"), CSP_EARG);
    TU_CODE(csp_membership_in_force(back, NULL), CSP_EARG);
    ck_assert_int_eq(csp_membership_in_force(back, "2020"), csp_record_in_force((const csp_record *)back, "2020"));
    TU_OK(csp_membership_delete(reg, "t-membership"));
    TU_CODE(csp_membership_delete(reg, "t-membership"), CSP_ENOTFOUND);
    TU_CODE(csp_membership_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_membership_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_duty_fields)
{
    csp_duty *o = NULL;
    csp_duty *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_duty_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_duty_new(&o, NULL), CSP_EARG);
    TU_OK(csp_duty_new(&o, "t-duty"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_DUTY);
    TU_STR_EQ(csp_duty_id(o), "t-duty");
    ck_assert_ptr_null(csp_duty_id(NULL));
    /* title */
    TU_OK(csp_duty_set_title(o, "Sample text"));
    TU_STR_EQ(csp_duty_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_TITLE), "Sample text");
    TU_CODE(csp_duty_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_title(NULL));
    /* source */
    TU_OK(csp_duty_set_source(o, "Sample text"));
    TU_STR_EQ(csp_duty_source(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_SOURCE), "Sample text");
    TU_CODE(csp_duty_set_source(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_source(NULL));
    /* commencement */
    TU_OK(csp_duty_set_commencement(o, "2020-03"));
    TU_STR_EQ(csp_duty_commencement(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_COMMENCEMENT), "2020-03");
    TU_CODE(csp_duty_set_commencement(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_commencement(NULL));
    TU_OK(csp_duty_set_commencement(o, NULL));
    ck_assert_ptr_null(csp_duty_commencement(o));
    TU_OK(csp_duty_set_commencement(o, "2020-03"));
    /* recurrence */
    TU_OK(csp_duty_set_recurrence(o, "continuous"));
    TU_STR_EQ(csp_duty_recurrence(o), "continuous");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_RECURRENCE), "continuous");
    TU_CODE(csp_duty_set_recurrence(NULL, "continuous"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_recurrence(NULL));
    /* applies_to */
    TU_OK(csp_duty_add_applies_to(o, "community_safety_partnership"));
    ck_assert_uint_eq(csp_duty_applies_to_count(o), 1);
    TU_STR_EQ(csp_duty_applies_to(o, 0), "community_safety_partnership");
    ck_assert_ptr_null(csp_duty_applies_to(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DUTY_APPLIES_TO), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DUTY_APPLIES_TO, 0), "community_safety_partnership");
    TU_CODE(csp_duty_add_applies_to(NULL, "community_safety_partnership"), CSP_EARG);
    TU_OK(csp_duty_clear_applies_to(o));
    ck_assert_uint_eq(csp_duty_applies_to_count(o), 0);
    TU_CODE(csp_duty_clear_applies_to(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_duty_applies_to_count(NULL), 0);
    ck_assert_ptr_null(csp_duty_applies_to(NULL, 0));
    TU_OK(csp_duty_add_applies_to(o, "community_safety_partnership"));
    /* confidence */
    TU_OK(csp_duty_set_confidence(o, "verified"));
    TU_STR_EQ(csp_duty_confidence(o), "verified");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_CONFIDENCE), "verified");
    TU_CODE(csp_duty_set_confidence(NULL, "verified"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_confidence(NULL));
    /* note */
    TU_OK(csp_duty_set_note(o, "Sample text"));
    TU_STR_EQ(csp_duty_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_NOTE), "Sample text");
    TU_CODE(csp_duty_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_note(NULL));
    TU_OK(csp_duty_set_note(o, NULL));
    ck_assert_ptr_null(csp_duty_note(o));
    TU_OK(csp_duty_set_note(o, "Sample text"));
    /* builtin */
    ck_assert_int_eq(csp_duty_builtin(o), 0);
    ck_assert_int_eq(csp_duty_builtin(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_DUTY_BUILTIN, 1), CSP_EARG); /* kept by libcsp */
    /* label */
    TU_OK(csp_duty_set_label(o, "Sample text"));
    TU_STR_EQ(csp_duty_label(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_LABEL), "Sample text");
    TU_CODE(csp_duty_set_label(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_label(NULL));
    TU_OK(csp_duty_set_label(o, NULL));
    ck_assert_ptr_null(csp_duty_label(o));
    TU_OK(csp_duty_set_label(o, "Sample text"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_DUTY_HOLDING, "other"));
    wrong = (csp_duty *)other;
    ck_assert_ptr_null(csp_duty_id(wrong));
    TU_CODE(csp_duty_set_title(wrong, "Sample text"), CSP_EARG);
    csp_record_free(other);
    csp_duty_free(NULL);
}
END_TEST

START_TEST(test_duty_register)
{
    csp_duty *o = NULL, *back = NULL;
    csp_duty_iterator *it = NULL;
    csp_duty_filter filter = CSP_DUTY_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_duty("t-duty");
    TU_OK(csp_duty_get(&back, reg, "t-duty"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_duty_id(back), "t-duty");
    TU_CODE(csp_duty_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_duty_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_duty_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_duty_put(reg, back));
    TU_CODE(csp_duty_put(NULL, back), CSP_EARG);
    TU_CODE(csp_duty_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_duty_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_DUTY_HOLDING, "other"));
    TU_CODE(csp_duty_put(reg, (csp_duty *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_duty_insert(reg, (csp_duty *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_duty_iterator_new(&it, reg, NULL));
    while ((rc = csp_duty_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_DUTY);
        found += strcmp(csp_duty_id(o), "t-duty") == 0;
        csp_duty_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_duty_next(&o, it), CSP_ITEROVER);
    csp_duty_iterator_free(it);
    TU_OK(csp_duty_iterator_new(&it, reg, &filter));
    TU_OK(csp_duty_next(&o, it));
    csp_duty_free(o);
    csp_duty_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_duty_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_DUTY_FILTER_VERSION + 1;
    TU_CODE(csp_duty_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_duty_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_DUTY));
    TU_OK(csp_query_where(q, CSP_DUTY_ID, CSP_OP_EQ, "t-duty"));
    TU_OK(csp_duty_iterator_query(&it, reg, q));
    TU_OK(csp_duty_next(&o, it));
    TU_STR_EQ(csp_duty_id(o), "t-duty");
    csp_duty_free(o);
    TU_CODE(csp_duty_next(&o, it), CSP_ITEROVER);
    csp_duty_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_DUTY_HOLDING));
    TU_CODE(csp_duty_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_duty_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_duty_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_duty_next(NULL, it), CSP_EARG);
    TU_CODE(csp_duty_next(&o, NULL), CSP_EARG);
    csp_duty_iterator_free(NULL);
    TU_OK(csp_duty_delete(reg, "t-duty"));
    TU_CODE(csp_duty_delete(reg, "t-duty"), CSP_ENOTFOUND);
    TU_CODE(csp_duty_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_duty_holding_fields)
{
    csp_duty_holding *o = NULL;
    csp_duty_holding *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_duty_holding_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_holding_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_duty_holding_new(&o, NULL), CSP_EARG);
    TU_OK(csp_duty_holding_new(&o, "t-duty_holding"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_DUTY_HOLDING);
    TU_STR_EQ(csp_duty_holding_id(o), "t-duty_holding");
    ck_assert_ptr_null(csp_duty_holding_id(NULL));
    /* duty */
    TU_OK(csp_duty_holding_set_duty(o, "t-duty"));
    TU_STR_EQ(csp_duty_holding_duty(o), "t-duty");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_DUTY), "t-duty");
    TU_CODE(csp_duty_holding_set_duty(NULL, "t-duty"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_duty(NULL));
    /* partnership */
    TU_OK(csp_duty_holding_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_duty_holding_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_duty_holding_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_partnership(NULL));
    TU_OK(csp_duty_holding_set_partnership(o, NULL));
    ck_assert_ptr_null(csp_duty_holding_partnership(o));
    TU_OK(csp_duty_holding_set_partnership(o, "t-partnership"));
    /* organisation */
    TU_OK(csp_duty_holding_set_organisation(o, "t-organisation"));
    TU_STR_EQ(csp_duty_holding_organisation(o), "t-organisation");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_ORGANISATION), "t-organisation");
    TU_CODE(csp_duty_holding_set_organisation(NULL, "t-organisation"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_organisation(NULL));
    TU_OK(csp_duty_holding_set_organisation(o, NULL));
    ck_assert_ptr_null(csp_duty_holding_organisation(o));
    TU_OK(csp_duty_holding_set_organisation(o, "t-organisation"));
    /* start_date */
    TU_OK(csp_duty_holding_set_start_date(o, "2020-03"));
    TU_STR_EQ(csp_duty_holding_start_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_START_DATE), "2020-03");
    TU_CODE(csp_duty_holding_set_start_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_start_date(NULL));
    TU_OK(csp_duty_holding_set_start_date(o, NULL));
    ck_assert_ptr_null(csp_duty_holding_start_date(o));
    TU_OK(csp_duty_holding_set_start_date(o, "2020-03"));
    /* end_date */
    TU_OK(csp_duty_holding_set_end_date(o, "2020-03"));
    TU_STR_EQ(csp_duty_holding_end_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_END_DATE), "2020-03");
    TU_CODE(csp_duty_holding_set_end_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_end_date(NULL));
    TU_OK(csp_duty_holding_set_end_date(o, NULL));
    ck_assert_ptr_null(csp_duty_holding_end_date(o));
    TU_OK(csp_duty_holding_set_end_date(o, "2020-03"));
    /* note */
    TU_OK(csp_duty_holding_set_note(o, "Sample text"));
    TU_STR_EQ(csp_duty_holding_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_HOLDING_NOTE), "Sample text");
    TU_CODE(csp_duty_holding_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_holding_note(NULL));
    TU_OK(csp_duty_holding_set_note(o, NULL));
    ck_assert_ptr_null(csp_duty_holding_note(o));
    TU_OK(csp_duty_holding_set_note(o, "Sample text"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_STRATEGY, "other"));
    wrong = (csp_duty_holding *)other;
    ck_assert_ptr_null(csp_duty_holding_id(wrong));
    TU_CODE(csp_duty_holding_set_duty(wrong, "t-duty"), CSP_EARG);
    csp_record_free(other);
    csp_duty_holding_free(NULL);
}
END_TEST

START_TEST(test_duty_holding_register)
{
    csp_duty_holding *o = NULL, *back = NULL;
    csp_duty_holding_iterator *it = NULL;
    csp_duty_holding_filter filter = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_duty_holding("t-duty_holding");
    TU_OK(csp_duty_holding_get(&back, reg, "t-duty_holding"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_duty_holding_id(back), "t-duty_holding");
    TU_CODE(csp_duty_holding_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_duty_holding_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_duty_holding_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_holding_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_holding_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_duty_holding_put(reg, back));
    TU_CODE(csp_duty_holding_put(NULL, back), CSP_EARG);
    TU_CODE(csp_duty_holding_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_holding_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_duty_holding_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_STRATEGY, "other"));
    TU_CODE(csp_duty_holding_put(reg, (csp_duty_holding *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_duty_holding_insert(reg, (csp_duty_holding *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_duty_holding_iterator_new(&it, reg, NULL));
    while ((rc = csp_duty_holding_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_DUTY_HOLDING);
        found += strcmp(csp_duty_holding_id(o), "t-duty_holding") == 0;
        csp_duty_holding_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_duty_holding_next(&o, it), CSP_ITEROVER);
    csp_duty_holding_iterator_free(it);
    TU_OK(csp_duty_holding_iterator_new(&it, reg, &filter));
    TU_OK(csp_duty_holding_next(&o, it));
    csp_duty_holding_free(o);
    csp_duty_holding_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_duty_holding_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_DUTY_HOLDING_FILTER_VERSION + 1;
    TU_CODE(csp_duty_holding_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_duty_holding_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_duty_holding_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_DUTY_HOLDING));
    TU_OK(csp_query_where(q, CSP_DUTY_HOLDING_ID, CSP_OP_EQ, "t-duty_holding"));
    TU_OK(csp_duty_holding_iterator_query(&it, reg, q));
    TU_OK(csp_duty_holding_next(&o, it));
    TU_STR_EQ(csp_duty_holding_id(o), "t-duty_holding");
    csp_duty_holding_free(o);
    TU_CODE(csp_duty_holding_next(&o, it), CSP_ITEROVER);
    csp_duty_holding_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_STRATEGY));
    TU_CODE(csp_duty_holding_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_duty_holding_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_duty_holding_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_duty_holding_next(NULL, it), CSP_EARG);
    TU_CODE(csp_duty_holding_next(&o, NULL), CSP_EARG);
    csp_duty_holding_iterator_free(NULL);
    /* in force on a date: the sample has an open period */
    TU_CODE(csp_duty_holding_in_force(back, "2020-13"), CSP_EDATE);
    TU_CODE(csp_duty_holding_in_force(NULL, "2020"), CSP_EARG);
    TU_CODE(csp_duty_holding_in_force(back, NULL), CSP_EARG);
    ck_assert_int_eq(csp_duty_holding_in_force(back, "2020"), csp_record_in_force((const csp_record *)back, "2020"));
    TU_OK(csp_duty_holding_delete(reg, "t-duty_holding"));
    TU_CODE(csp_duty_holding_delete(reg, "t-duty_holding"), CSP_ENOTFOUND);
    TU_CODE(csp_duty_holding_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_duty_holding_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_strategy_fields)
{
    csp_strategy *o = NULL;
    csp_strategy *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_strategy_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_strategy_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_strategy_new(&o, NULL), CSP_EARG);
    TU_OK(csp_strategy_new(&o, "t-strategy"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_STRATEGY);
    TU_STR_EQ(csp_strategy_id(o), "t-strategy");
    ck_assert_ptr_null(csp_strategy_id(NULL));
    /* partnership */
    TU_OK(csp_strategy_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_strategy_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_strategy_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_partnership(NULL));
    /* title */
    TU_OK(csp_strategy_set_title(o, "Sample text"));
    TU_STR_EQ(csp_strategy_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_TITLE), "Sample text");
    TU_CODE(csp_strategy_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_title(NULL));
    /* kind */
    TU_OK(csp_strategy_set_kind(o, "partnership_plan"));
    TU_STR_EQ(csp_strategy_kind(o), "partnership_plan");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_KIND), "partnership_plan");
    TU_CODE(csp_strategy_set_kind(NULL, "partnership_plan"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_kind(NULL));
    /* status */
    TU_OK(csp_strategy_set_status(o, "draft"));
    TU_STR_EQ(csp_strategy_status(o), "draft");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_STATUS), "draft");
    TU_CODE(csp_strategy_set_status(NULL, "draft"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_status(NULL));
    /* start_date */
    TU_OK(csp_strategy_set_start_date(o, "2020-03"));
    TU_STR_EQ(csp_strategy_start_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_START_DATE), "2020-03");
    TU_CODE(csp_strategy_set_start_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_start_date(NULL));
    TU_OK(csp_strategy_set_start_date(o, NULL));
    ck_assert_ptr_null(csp_strategy_start_date(o));
    TU_OK(csp_strategy_set_start_date(o, "2020-03"));
    /* end_date */
    TU_OK(csp_strategy_set_end_date(o, "2020-03"));
    TU_STR_EQ(csp_strategy_end_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_END_DATE), "2020-03");
    TU_CODE(csp_strategy_set_end_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_end_date(NULL));
    TU_OK(csp_strategy_set_end_date(o, NULL));
    ck_assert_ptr_null(csp_strategy_end_date(o));
    TU_OK(csp_strategy_set_end_date(o, "2020-03"));
    /* agreed_on */
    TU_OK(csp_strategy_set_agreed_on(o, "2020-03"));
    TU_STR_EQ(csp_strategy_agreed_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_AGREED_ON), "2020-03");
    TU_CODE(csp_strategy_set_agreed_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_agreed_on(NULL));
    TU_OK(csp_strategy_set_agreed_on(o, NULL));
    ck_assert_ptr_null(csp_strategy_agreed_on(o));
    TU_OK(csp_strategy_set_agreed_on(o, "2020-03"));
    /* published_on */
    TU_OK(csp_strategy_set_published_on(o, "2020-03"));
    TU_STR_EQ(csp_strategy_published_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_PUBLISHED_ON), "2020-03");
    TU_CODE(csp_strategy_set_published_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_published_on(NULL));
    TU_OK(csp_strategy_set_published_on(o, NULL));
    ck_assert_ptr_null(csp_strategy_published_on(o));
    TU_OK(csp_strategy_set_published_on(o, "2020-03"));
    /* refreshed_on */
    TU_OK(csp_strategy_add_refreshed_on(o, "2021"));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(o), 1);
    TU_STR_EQ(csp_strategy_refreshed_on(o, 0), "2021");
    ck_assert_ptr_null(csp_strategy_refreshed_on(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_STRATEGY_REFRESHED_ON), 1);
    TU_STR_EQ(csp_record_item(r, CSP_STRATEGY_REFRESHED_ON, 0), "2021");
    TU_CODE(csp_strategy_add_refreshed_on(NULL, "2021"), CSP_EARG);
    TU_OK(csp_strategy_clear_refreshed_on(o));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(o), 0);
    TU_CODE(csp_strategy_clear_refreshed_on(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_refreshed_on(NULL, 0));
    TU_OK(csp_strategy_add_refreshed_on(o, "2021"));
    /* vision */
    TU_OK(csp_strategy_set_vision(o, "Sample text"));
    TU_STR_EQ(csp_strategy_vision(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_VISION), "Sample text");
    TU_CODE(csp_strategy_set_vision(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_vision(NULL));
    TU_OK(csp_strategy_set_vision(o, NULL));
    ck_assert_ptr_null(csp_strategy_vision(o));
    TU_OK(csp_strategy_set_vision(o, "Sample text"));
    /* duties */
    TU_OK(csp_strategy_add_duties(o, "t-duty"));
    ck_assert_uint_eq(csp_strategy_duties_count(o), 1);
    TU_STR_EQ(csp_strategy_duties(o, 0), "t-duty");
    ck_assert_ptr_null(csp_strategy_duties(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_STRATEGY_DUTIES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_STRATEGY_DUTIES, 0), "t-duty");
    TU_CODE(csp_strategy_add_duties(NULL, "t-duty"), CSP_EARG);
    TU_OK(csp_strategy_clear_duties(o));
    ck_assert_uint_eq(csp_strategy_duties_count(o), 0);
    TU_CODE(csp_strategy_clear_duties(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_strategy_duties_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_duties(NULL, 0));
    TU_OK(csp_strategy_add_duties(o, "t-duty"));
    /* strands */
    TU_OK(csp_strategy_add_strands(o, "crime_and_disorder"));
    ck_assert_uint_eq(csp_strategy_strands_count(o), 1);
    TU_STR_EQ(csp_strategy_strands(o, 0), "crime_and_disorder");
    ck_assert_ptr_null(csp_strategy_strands(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_STRATEGY_STRANDS), 1);
    TU_STR_EQ(csp_record_item(r, CSP_STRATEGY_STRANDS, 0), "crime_and_disorder");
    TU_CODE(csp_strategy_add_strands(NULL, "crime_and_disorder"), CSP_EARG);
    TU_OK(csp_strategy_clear_strands(o));
    ck_assert_uint_eq(csp_strategy_strands_count(o), 0);
    TU_CODE(csp_strategy_clear_strands(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_strategy_strands_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_strands(NULL, 0));
    TU_OK(csp_strategy_add_strands(o, "crime_and_disorder"));
    /* serious_violence_definition */
    TU_OK(csp_strategy_set_serious_violence_definition(o, "Sample text"));
    TU_STR_EQ(csp_strategy_serious_violence_definition(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_SERIOUS_VIOLENCE_DEFINITION), "Sample text");
    TU_CODE(csp_strategy_set_serious_violence_definition(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_serious_violence_definition(NULL));
    TU_OK(csp_strategy_set_serious_violence_definition(o, NULL));
    ck_assert_ptr_null(csp_strategy_serious_violence_definition(o));
    TU_OK(csp_strategy_set_serious_violence_definition(o, "Sample text"));
    /* note */
    TU_OK(csp_strategy_set_note(o, "Sample text"));
    TU_STR_EQ(csp_strategy_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_STRATEGY_NOTE), "Sample text");
    TU_CODE(csp_strategy_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_strategy_note(NULL));
    TU_OK(csp_strategy_set_note(o, NULL));
    ck_assert_ptr_null(csp_strategy_note(o));
    TU_OK(csp_strategy_set_note(o, "Sample text"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ELEMENT, "other"));
    wrong = (csp_strategy *)other;
    ck_assert_ptr_null(csp_strategy_id(wrong));
    TU_CODE(csp_strategy_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_strategy_free(NULL);
}
END_TEST

START_TEST(test_strategy_register)
{
    csp_strategy *o = NULL, *back = NULL;
    csp_strategy_iterator *it = NULL;
    csp_strategy_filter filter = CSP_STRATEGY_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_strategy("t-strategy");
    TU_OK(csp_strategy_get(&back, reg, "t-strategy"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_strategy_id(back), "t-strategy");
    TU_CODE(csp_strategy_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_strategy_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_strategy_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_strategy_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_strategy_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_strategy_put(reg, back));
    TU_CODE(csp_strategy_put(NULL, back), CSP_EARG);
    TU_CODE(csp_strategy_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_strategy_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_strategy_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ELEMENT, "other"));
    TU_CODE(csp_strategy_put(reg, (csp_strategy *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_strategy_insert(reg, (csp_strategy *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_strategy_iterator_new(&it, reg, NULL));
    while ((rc = csp_strategy_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_STRATEGY);
        found += strcmp(csp_strategy_id(o), "t-strategy") == 0;
        csp_strategy_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_strategy_next(&o, it), CSP_ITEROVER);
    csp_strategy_iterator_free(it);
    TU_OK(csp_strategy_iterator_new(&it, reg, &filter));
    TU_OK(csp_strategy_next(&o, it));
    csp_strategy_free(o);
    csp_strategy_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_strategy_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_STRATEGY_FILTER_VERSION + 1;
    TU_CODE(csp_strategy_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_strategy_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_strategy_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_STRATEGY));
    TU_OK(csp_query_where(q, CSP_STRATEGY_ID, CSP_OP_EQ, "t-strategy"));
    TU_OK(csp_strategy_iterator_query(&it, reg, q));
    TU_OK(csp_strategy_next(&o, it));
    TU_STR_EQ(csp_strategy_id(o), "t-strategy");
    csp_strategy_free(o);
    TU_CODE(csp_strategy_next(&o, it), CSP_ITEROVER);
    csp_strategy_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ELEMENT));
    TU_CODE(csp_strategy_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_strategy_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_strategy_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_strategy_next(NULL, it), CSP_EARG);
    TU_CODE(csp_strategy_next(&o, NULL), CSP_EARG);
    csp_strategy_iterator_free(NULL);
    /* in force on a date: the sample has an open period */
    TU_CODE(csp_strategy_in_force(back, "2020-13"), CSP_EDATE);
    TU_CODE(csp_strategy_in_force(NULL, "2020"), CSP_EARG);
    TU_CODE(csp_strategy_in_force(back, NULL), CSP_EARG);
    ck_assert_int_eq(csp_strategy_in_force(back, "2020"), csp_record_in_force((const csp_record *)back, "2020"));
    TU_OK(csp_strategy_delete(reg, "t-strategy"));
    TU_CODE(csp_strategy_delete(reg, "t-strategy"), CSP_ENOTFOUND);
    TU_CODE(csp_strategy_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_strategy_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_element_fields)
{
    csp_element *o = NULL;
    csp_element *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_element_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_element_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_element_new(&o, NULL), CSP_EARG);
    TU_OK(csp_element_new(&o, "t-element"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ELEMENT);
    TU_STR_EQ(csp_element_id(o), "t-element");
    ck_assert_ptr_null(csp_element_id(NULL));
    /* strategy */
    TU_OK(csp_element_set_strategy(o, "t-strategy"));
    TU_STR_EQ(csp_element_strategy(o), "t-strategy");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_STRATEGY), "t-strategy");
    TU_CODE(csp_element_set_strategy(NULL, "t-strategy"), CSP_EARG);
    ck_assert_ptr_null(csp_element_strategy(NULL));
    /* position */
    ck_assert_int_eq(csp_element_position(o), 0);
    ck_assert_int_eq(csp_element_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_ELEMENT_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* parent */
    TU_OK(csp_element_set_parent(o, "t-element"));
    TU_STR_EQ(csp_element_parent(o), "t-element");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_PARENT), "t-element");
    TU_CODE(csp_element_set_parent(NULL, "t-element"), CSP_EARG);
    ck_assert_ptr_null(csp_element_parent(NULL));
    TU_OK(csp_element_set_parent(o, NULL));
    ck_assert_ptr_null(csp_element_parent(o));
    TU_OK(csp_element_set_parent(o, "t-element"));
    /* kind */
    TU_OK(csp_element_set_kind(o, "strand"));
    TU_STR_EQ(csp_element_kind(o), "strand");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_KIND), "strand");
    TU_CODE(csp_element_set_kind(NULL, "strand"), CSP_EARG);
    ck_assert_ptr_null(csp_element_kind(NULL));
    /* title */
    TU_OK(csp_element_set_title(o, "Sample text"));
    TU_STR_EQ(csp_element_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_TITLE), "Sample text");
    TU_CODE(csp_element_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_element_title(NULL));
    /* text */
    TU_OK(csp_element_set_text(o, "Sample text"));
    TU_STR_EQ(csp_element_text(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_TEXT), "Sample text");
    TU_CODE(csp_element_set_text(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_element_text(NULL));
    TU_OK(csp_element_set_text(o, NULL));
    ck_assert_ptr_null(csp_element_text(o));
    TU_OK(csp_element_set_text(o, "Sample text"));
    /* delivered_by */
    TU_OK(csp_element_set_delivered_by(o, "t-partnership"));
    TU_STR_EQ(csp_element_delivered_by(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_ELEMENT_DELIVERED_BY), "t-partnership");
    TU_CODE(csp_element_set_delivered_by(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_element_delivered_by(NULL));
    TU_OK(csp_element_set_delivered_by(o, NULL));
    ck_assert_ptr_null(csp_element_delivered_by(o));
    TU_OK(csp_element_set_delivered_by(o, "t-partnership"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ASSESSMENT, "other"));
    wrong = (csp_element *)other;
    ck_assert_ptr_null(csp_element_id(wrong));
    TU_CODE(csp_element_set_strategy(wrong, "t-strategy"), CSP_EARG);
    csp_record_free(other);
    csp_element_free(NULL);
}
END_TEST

START_TEST(test_element_register)
{
    csp_element *o = NULL, *back = NULL;
    csp_element_iterator *it = NULL;
    csp_element_filter filter = CSP_ELEMENT_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_element("t-element");
    TU_OK(csp_element_get(&back, reg, "t-element"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_element_id(back), "t-element");
    TU_CODE(csp_element_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_element_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_element_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_element_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_element_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_element_put(reg, back));
    TU_CODE(csp_element_put(NULL, back), CSP_EARG);
    TU_CODE(csp_element_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_element_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_element_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ASSESSMENT, "other"));
    TU_CODE(csp_element_put(reg, (csp_element *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_element_insert(reg, (csp_element *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_element_iterator_new(&it, reg, NULL));
    while ((rc = csp_element_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ELEMENT);
        found += strcmp(csp_element_id(o), "t-element") == 0;
        csp_element_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_element_next(&o, it), CSP_ITEROVER);
    csp_element_iterator_free(it);
    TU_OK(csp_element_iterator_new(&it, reg, &filter));
    TU_OK(csp_element_next(&o, it));
    csp_element_free(o);
    csp_element_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_element_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ELEMENT_FILTER_VERSION + 1;
    TU_CODE(csp_element_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_element_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_element_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ELEMENT));
    TU_OK(csp_query_where(q, CSP_ELEMENT_ID, CSP_OP_EQ, "t-element"));
    TU_OK(csp_element_iterator_query(&it, reg, q));
    TU_OK(csp_element_next(&o, it));
    TU_STR_EQ(csp_element_id(o), "t-element");
    csp_element_free(o);
    TU_CODE(csp_element_next(&o, it), CSP_ITEROVER);
    csp_element_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ASSESSMENT));
    TU_CODE(csp_element_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_element_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_element_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_element_next(NULL, it), CSP_EARG);
    TU_CODE(csp_element_next(&o, NULL), CSP_EARG);
    csp_element_iterator_free(NULL);
    TU_OK(csp_element_move(reg, "t-element", NULL, 0));
    TU_CODE(csp_element_move(NULL, "t-element", NULL, 0), CSP_EARG);
    TU_CODE(csp_element_move(reg, NULL, NULL, 0), CSP_EARG);
    TU_CODE(csp_element_move(reg, "no-such", NULL, 0), CSP_ENOTFOUND);
    TU_OK(csp_element_delete(reg, "t-element"));
    TU_CODE(csp_element_delete(reg, "t-element"), CSP_ENOTFOUND);
    TU_CODE(csp_element_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_element_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_assessment_fields)
{
    csp_assessment *o = NULL;
    csp_assessment *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_assessment_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_assessment_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_assessment_new(&o, NULL), CSP_EARG);
    TU_OK(csp_assessment_new(&o, "t-assessment"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ASSESSMENT);
    TU_STR_EQ(csp_assessment_id(o), "t-assessment");
    ck_assert_ptr_null(csp_assessment_id(NULL));
    /* partnership */
    TU_OK(csp_assessment_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_assessment_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_assessment_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_partnership(NULL));
    /* kind */
    TU_OK(csp_assessment_set_kind(o, "strategic_assessment"));
    TU_STR_EQ(csp_assessment_kind(o), "strategic_assessment");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_KIND), "strategic_assessment");
    TU_CODE(csp_assessment_set_kind(NULL, "strategic_assessment"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_kind(NULL));
    /* title */
    TU_OK(csp_assessment_set_title(o, "Sample text"));
    TU_STR_EQ(csp_assessment_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_TITLE), "Sample text");
    TU_CODE(csp_assessment_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_title(NULL));
    TU_OK(csp_assessment_set_title(o, NULL));
    ck_assert_ptr_null(csp_assessment_title(o));
    TU_OK(csp_assessment_set_title(o, "Sample text"));
    /* completed_on */
    TU_OK(csp_assessment_set_completed_on(o, "2020-03"));
    TU_STR_EQ(csp_assessment_completed_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_COMPLETED_ON), "2020-03");
    TU_CODE(csp_assessment_set_completed_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_completed_on(NULL));
    TU_OK(csp_assessment_set_completed_on(o, NULL));
    ck_assert_ptr_null(csp_assessment_completed_on(o));
    TU_OK(csp_assessment_set_completed_on(o, "2020-03"));
    /* start_date */
    TU_OK(csp_assessment_set_start_date(o, "2020-03"));
    TU_STR_EQ(csp_assessment_start_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_START_DATE), "2020-03");
    TU_CODE(csp_assessment_set_start_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_start_date(NULL));
    TU_OK(csp_assessment_set_start_date(o, NULL));
    ck_assert_ptr_null(csp_assessment_start_date(o));
    TU_OK(csp_assessment_set_start_date(o, "2020-03"));
    /* end_date */
    TU_OK(csp_assessment_set_end_date(o, "2020-03"));
    TU_STR_EQ(csp_assessment_end_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ASSESSMENT_END_DATE), "2020-03");
    TU_CODE(csp_assessment_set_end_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_assessment_end_date(NULL));
    TU_OK(csp_assessment_set_end_date(o, NULL));
    ck_assert_ptr_null(csp_assessment_end_date(o));
    TU_OK(csp_assessment_set_end_date(o, "2020-03"));
    /* findings */
    TU_OK(csp_assessment_add_findings(o, "Sample text"));
    ck_assert_uint_eq(csp_assessment_findings_count(o), 1);
    TU_STR_EQ(csp_assessment_findings(o, 0), "Sample text");
    ck_assert_ptr_null(csp_assessment_findings(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ASSESSMENT_FINDINGS), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ASSESSMENT_FINDINGS, 0), "Sample text");
    TU_CODE(csp_assessment_add_findings(NULL, "Sample text"), CSP_EARG);
    TU_OK(csp_assessment_clear_findings(o));
    ck_assert_uint_eq(csp_assessment_findings_count(o), 0);
    TU_CODE(csp_assessment_clear_findings(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_assessment_findings_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_findings(NULL, 0));
    TU_OK(csp_assessment_add_findings(o, "Sample text"));
    /* priorities */
    TU_OK(csp_assessment_add_priorities(o, "Sample text"));
    ck_assert_uint_eq(csp_assessment_priorities_count(o), 1);
    TU_STR_EQ(csp_assessment_priorities(o, 0), "Sample text");
    ck_assert_ptr_null(csp_assessment_priorities(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ASSESSMENT_PRIORITIES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ASSESSMENT_PRIORITIES, 0), "Sample text");
    TU_CODE(csp_assessment_add_priorities(NULL, "Sample text"), CSP_EARG);
    TU_OK(csp_assessment_clear_priorities(o));
    ck_assert_uint_eq(csp_assessment_priorities_count(o), 0);
    TU_CODE(csp_assessment_clear_priorities(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_assessment_priorities_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_priorities(NULL, 0));
    TU_OK(csp_assessment_add_priorities(o, "Sample text"));
    /* feeds */
    TU_OK(csp_assessment_add_feeds(o, "t-element"));
    ck_assert_uint_eq(csp_assessment_feeds_count(o), 1);
    TU_STR_EQ(csp_assessment_feeds(o, 0), "t-element");
    ck_assert_ptr_null(csp_assessment_feeds(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ASSESSMENT_FEEDS), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ASSESSMENT_FEEDS, 0), "t-element");
    TU_CODE(csp_assessment_add_feeds(NULL, "t-element"), CSP_EARG);
    TU_OK(csp_assessment_clear_feeds(o));
    ck_assert_uint_eq(csp_assessment_feeds_count(o), 0);
    TU_CODE(csp_assessment_clear_feeds(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_assessment_feeds_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_feeds(NULL, 0));
    TU_OK(csp_assessment_add_feeds(o, "t-element"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_DISCHARGE, "other"));
    wrong = (csp_assessment *)other;
    ck_assert_ptr_null(csp_assessment_id(wrong));
    TU_CODE(csp_assessment_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_assessment_free(NULL);
}
END_TEST

START_TEST(test_assessment_register)
{
    csp_assessment *o = NULL, *back = NULL;
    csp_assessment_iterator *it = NULL;
    csp_assessment_filter filter = CSP_ASSESSMENT_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_assessment("t-assessment");
    TU_OK(csp_assessment_get(&back, reg, "t-assessment"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_assessment_id(back), "t-assessment");
    TU_CODE(csp_assessment_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_assessment_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_assessment_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_assessment_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_assessment_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_assessment_put(reg, back));
    TU_CODE(csp_assessment_put(NULL, back), CSP_EARG);
    TU_CODE(csp_assessment_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_assessment_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_assessment_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_DISCHARGE, "other"));
    TU_CODE(csp_assessment_put(reg, (csp_assessment *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_assessment_insert(reg, (csp_assessment *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_assessment_iterator_new(&it, reg, NULL));
    while ((rc = csp_assessment_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ASSESSMENT);
        found += strcmp(csp_assessment_id(o), "t-assessment") == 0;
        csp_assessment_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_assessment_next(&o, it), CSP_ITEROVER);
    csp_assessment_iterator_free(it);
    TU_OK(csp_assessment_iterator_new(&it, reg, &filter));
    TU_OK(csp_assessment_next(&o, it));
    csp_assessment_free(o);
    csp_assessment_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_assessment_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ASSESSMENT_FILTER_VERSION + 1;
    TU_CODE(csp_assessment_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_assessment_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_assessment_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ASSESSMENT));
    TU_OK(csp_query_where(q, CSP_ASSESSMENT_ID, CSP_OP_EQ, "t-assessment"));
    TU_OK(csp_assessment_iterator_query(&it, reg, q));
    TU_OK(csp_assessment_next(&o, it));
    TU_STR_EQ(csp_assessment_id(o), "t-assessment");
    csp_assessment_free(o);
    TU_CODE(csp_assessment_next(&o, it), CSP_ITEROVER);
    csp_assessment_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_DISCHARGE));
    TU_CODE(csp_assessment_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_assessment_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_assessment_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_assessment_next(NULL, it), CSP_EARG);
    TU_CODE(csp_assessment_next(&o, NULL), CSP_EARG);
    csp_assessment_iterator_free(NULL);
    TU_OK(csp_assessment_delete(reg, "t-assessment"));
    TU_CODE(csp_assessment_delete(reg, "t-assessment"), CSP_ENOTFOUND);
    TU_CODE(csp_assessment_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_assessment_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_discharge_fields)
{
    csp_discharge *o = NULL;
    csp_discharge *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_discharge_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_discharge_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_discharge_new(&o, NULL), CSP_EARG);
    TU_OK(csp_discharge_new(&o, "t-discharge"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_DISCHARGE);
    TU_STR_EQ(csp_discharge_id(o), "t-discharge");
    ck_assert_ptr_null(csp_discharge_id(NULL));
    /* duty */
    TU_OK(csp_discharge_set_duty(o, "t-duty"));
    TU_STR_EQ(csp_discharge_duty(o), "t-duty");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_DUTY), "t-duty");
    TU_CODE(csp_discharge_set_duty(NULL, "t-duty"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_duty(NULL));
    /* partnership */
    TU_OK(csp_discharge_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_discharge_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_discharge_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_partnership(NULL));
    /* discharged_on */
    TU_OK(csp_discharge_set_discharged_on(o, "2020-03"));
    TU_STR_EQ(csp_discharge_discharged_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_DISCHARGED_ON), "2020-03");
    TU_CODE(csp_discharge_set_discharged_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_discharged_on(NULL));
    /* title */
    TU_OK(csp_discharge_set_title(o, "Sample text"));
    TU_STR_EQ(csp_discharge_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_TITLE), "Sample text");
    TU_CODE(csp_discharge_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_title(NULL));
    /* evidence_title */
    TU_OK(csp_discharge_set_evidence_title(o, "Sample text"));
    TU_STR_EQ(csp_discharge_evidence_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_EVIDENCE_TITLE), "Sample text");
    TU_CODE(csp_discharge_set_evidence_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_evidence_title(NULL));
    TU_OK(csp_discharge_set_evidence_title(o, NULL));
    ck_assert_ptr_null(csp_discharge_evidence_title(o));
    TU_OK(csp_discharge_set_evidence_title(o, "Sample text"));
    /* evidence_url */
    TU_OK(csp_discharge_set_evidence_url(o, "Sample text"));
    TU_STR_EQ(csp_discharge_evidence_url(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_EVIDENCE_URL), "Sample text");
    TU_CODE(csp_discharge_set_evidence_url(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_evidence_url(NULL));
    TU_OK(csp_discharge_set_evidence_url(o, NULL));
    ck_assert_ptr_null(csp_discharge_evidence_url(o));
    TU_OK(csp_discharge_set_evidence_url(o, "Sample text"));
    /* evidence_ref */
    TU_OK(csp_discharge_set_evidence_ref(o, "Sample text"));
    TU_STR_EQ(csp_discharge_evidence_ref(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_EVIDENCE_REF), "Sample text");
    TU_CODE(csp_discharge_set_evidence_ref(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_evidence_ref(NULL));
    TU_OK(csp_discharge_set_evidence_ref(o, NULL));
    ck_assert_ptr_null(csp_discharge_evidence_ref(o));
    TU_OK(csp_discharge_set_evidence_ref(o, "Sample text"));
    /* note */
    TU_OK(csp_discharge_set_note(o, "Sample text"));
    TU_STR_EQ(csp_discharge_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_NOTE), "Sample text");
    TU_CODE(csp_discharge_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_note(NULL));
    TU_OK(csp_discharge_set_note(o, NULL));
    ck_assert_ptr_null(csp_discharge_note(o));
    TU_OK(csp_discharge_set_note(o, "Sample text"));
    /* strategy */
    TU_OK(csp_discharge_set_strategy(o, "t-strategy"));
    TU_STR_EQ(csp_discharge_strategy(o), "t-strategy");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_STRATEGY), "t-strategy");
    TU_CODE(csp_discharge_set_strategy(NULL, "t-strategy"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_strategy(NULL));
    TU_OK(csp_discharge_set_strategy(o, NULL));
    ck_assert_ptr_null(csp_discharge_strategy(o));
    TU_OK(csp_discharge_set_strategy(o, "t-strategy"));
    /* assessment */
    TU_OK(csp_discharge_set_assessment(o, "t-assessment"));
    TU_STR_EQ(csp_discharge_assessment(o), "t-assessment");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_ASSESSMENT), "t-assessment");
    TU_CODE(csp_discharge_set_assessment(NULL, "t-assessment"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_assessment(NULL));
    TU_OK(csp_discharge_set_assessment(o, NULL));
    ck_assert_ptr_null(csp_discharge_assessment(o));
    TU_OK(csp_discharge_set_assessment(o, "t-assessment"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ORGANISATION, "other"));
    wrong = (csp_discharge *)other;
    ck_assert_ptr_null(csp_discharge_id(wrong));
    TU_CODE(csp_discharge_set_duty(wrong, "t-duty"), CSP_EARG);
    csp_record_free(other);
    csp_discharge_free(NULL);
}
END_TEST

START_TEST(test_discharge_register)
{
    csp_discharge *o = NULL, *back = NULL;
    csp_discharge_iterator *it = NULL;
    csp_discharge_filter filter = CSP_DISCHARGE_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_discharge("t-discharge");
    TU_OK(csp_discharge_get(&back, reg, "t-discharge"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_discharge_id(back), "t-discharge");
    TU_CODE(csp_discharge_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_discharge_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_discharge_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_discharge_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_discharge_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_discharge_put(reg, back));
    TU_CODE(csp_discharge_put(NULL, back), CSP_EARG);
    TU_CODE(csp_discharge_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_discharge_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_discharge_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ORGANISATION, "other"));
    TU_CODE(csp_discharge_put(reg, (csp_discharge *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_discharge_insert(reg, (csp_discharge *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_discharge_iterator_new(&it, reg, NULL));
    while ((rc = csp_discharge_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_DISCHARGE);
        found += strcmp(csp_discharge_id(o), "t-discharge") == 0;
        csp_discharge_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_discharge_next(&o, it), CSP_ITEROVER);
    csp_discharge_iterator_free(it);
    TU_OK(csp_discharge_iterator_new(&it, reg, &filter));
    TU_OK(csp_discharge_next(&o, it));
    csp_discharge_free(o);
    csp_discharge_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_discharge_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_DISCHARGE_FILTER_VERSION + 1;
    TU_CODE(csp_discharge_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_discharge_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_discharge_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_DISCHARGE));
    TU_OK(csp_query_where(q, CSP_DISCHARGE_ID, CSP_OP_EQ, "t-discharge"));
    TU_OK(csp_discharge_iterator_query(&it, reg, q));
    TU_OK(csp_discharge_next(&o, it));
    TU_STR_EQ(csp_discharge_id(o), "t-discharge");
    csp_discharge_free(o);
    TU_CODE(csp_discharge_next(&o, it), CSP_ITEROVER);
    csp_discharge_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ORGANISATION));
    TU_CODE(csp_discharge_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_discharge_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_discharge_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_discharge_next(NULL, it), CSP_EARG);
    TU_CODE(csp_discharge_next(&o, NULL), CSP_EARG);
    csp_discharge_iterator_free(NULL);
    TU_OK(csp_discharge_delete(reg, "t-discharge"));
    TU_CODE(csp_discharge_delete(reg, "t-discharge"), CSP_ENOTFOUND);
    TU_CODE(csp_discharge_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_discharge_delete(reg, NULL), CSP_EARG);
}
END_TEST

static Suite *typed_suite(void)
{
    Suite *s = suite_create("typed");
    TCase *tc = tcase_create("entities");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_organisation_fields);
    tcase_add_test(tc, test_organisation_register);
    tcase_add_test(tc, test_person_fields);
    tcase_add_test(tc, test_person_register);
    tcase_add_test(tc, test_partnership_fields);
    tcase_add_test(tc, test_partnership_register);
    tcase_add_test(tc, test_membership_fields);
    tcase_add_test(tc, test_membership_register);
    tcase_add_test(tc, test_duty_fields);
    tcase_add_test(tc, test_duty_register);
    tcase_add_test(tc, test_duty_holding_fields);
    tcase_add_test(tc, test_duty_holding_register);
    tcase_add_test(tc, test_strategy_fields);
    tcase_add_test(tc, test_strategy_register);
    tcase_add_test(tc, test_element_fields);
    tcase_add_test(tc, test_element_register);
    tcase_add_test(tc, test_assessment_fields);
    tcase_add_test(tc, test_assessment_register);
    tcase_add_test(tc, test_discharge_fields);
    tcase_add_test(tc, test_discharge_register);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(typed_suite());
}
