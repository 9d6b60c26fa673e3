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
static void put_sample_meeting(const char *id);
static void put_sample_document(const char *id);
static void put_sample_agenda_item(const char *id);
static void put_sample_attendance(const char *id);
static void put_sample_action(const char *id);
static void put_sample_action_update(const char *id);
static void put_sample_risk(const char *id);
static void put_sample_risk_review(const char *id);
static void put_sample_homicide_review(const char *id);
static void put_sample_scrutiny_review(const char *id);
static void put_sample_recommendation(const char *id);
static void put_sample_indicator(const char *id);
static void put_sample_indicator_value(const char *id);
static void put_sample_standing_item(const char *id);
static void put_sample_source(const char *id);

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

/* Puts a meeting with id `id` and its required fields, after the records it names. */
static void put_sample_meeting(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_MEETING, id));
    TU_OK(csp_record_set_text(r, CSP_MEETING_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_MEETING_DATE, "2020-03"));
    TU_OK(csp_record_set_text(r, CSP_MEETING_KIND, "scheduled"));
    TU_OK(csp_record_set_text(r, CSP_MEETING_STATUS, "planned"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a document with id `id` and its required fields, after the records it names. */
static void put_sample_document(const char *id)
{
    csp_record *r = NULL;
    put_sample_meeting("t-meeting");
    TU_OK(csp_record_new(&r, CSP_ENTITY_DOCUMENT, id));
    TU_OK(csp_record_set_text(r, CSP_DOCUMENT_MEETING, "t-meeting"));
    TU_OK(csp_record_set_text(r, CSP_DOCUMENT_KIND, "agenda"));
    TU_OK(csp_record_set_text(r, CSP_DOCUMENT_TITLE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_DOCUMENT_URL, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a agenda_item with id `id` and its required fields, after the records it names. */
static void put_sample_agenda_item(const char *id)
{
    csp_record *r = NULL;
    put_sample_meeting("t-meeting");
    TU_OK(csp_record_new(&r, CSP_ENTITY_AGENDA_ITEM, id));
    TU_OK(csp_record_set_text(r, CSP_AGENDA_ITEM_MEETING, "t-meeting"));
    TU_OK(csp_record_set_text(r, CSP_AGENDA_ITEM_KIND, "progress_review"));
    TU_OK(csp_record_set_text(r, CSP_AGENDA_ITEM_TITLE, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a attendance with id `id` and its required fields, after the records it names. */
static void put_sample_attendance(const char *id)
{
    csp_record *r = NULL;
    put_sample_meeting("t-meeting");
    put_sample_membership("t-membership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_ATTENDANCE, id));
    TU_OK(csp_record_set_text(r, CSP_ATTENDANCE_MEETING, "t-meeting"));
    TU_OK(csp_record_set_text(r, CSP_ATTENDANCE_MEMBERSHIP, "t-membership"));
    TU_OK(csp_record_set_text(r, CSP_ATTENDANCE_STATUS, "present"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a action with id `id` and its required fields, after the records it names. */
static void put_sample_action(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_ACTION, id));
    TU_OK(csp_record_set_text(r, CSP_ACTION_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_ACTION_TITLE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_ACTION_STATUS, "open"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a action_update with id `id` and its required fields, after the records it names. */
static void put_sample_action_update(const char *id)
{
    csp_record *r = NULL;
    put_sample_action("t-action");
    TU_OK(csp_record_new(&r, CSP_ENTITY_ACTION_UPDATE, id));
    TU_OK(csp_record_set_text(r, CSP_ACTION_UPDATE_ACTION, "t-action"));
    TU_OK(csp_record_set_text(r, CSP_ACTION_UPDATE_DATE, "2020-03"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a risk with id `id` and its required fields, after the records it names. */
static void put_sample_risk(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_RISK, id));
    TU_OK(csp_record_set_text(r, CSP_RISK_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_RISK_TITLE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_RISK_STATUS, "open"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a risk_review with id `id` and its required fields, after the records it names. */
static void put_sample_risk_review(const char *id)
{
    csp_record *r = NULL;
    put_sample_risk("t-risk");
    TU_OK(csp_record_new(&r, CSP_ENTITY_RISK_REVIEW, id));
    TU_OK(csp_record_set_text(r, CSP_RISK_REVIEW_RISK, "t-risk"));
    TU_OK(csp_record_set_text(r, CSP_RISK_REVIEW_DATE, "2020-03"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a homicide_review with id `id` and its required fields, after the records it names. */
static void put_sample_homicide_review(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_HOMICIDE_REVIEW, id));
    TU_OK(csp_record_set_text(r, CSP_HOMICIDE_REVIEW_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_HOMICIDE_REVIEW_KIND, "domestic_homicide_review"));
    TU_OK(csp_record_set_text(r, CSP_HOMICIDE_REVIEW_REFERENCE, "Sample text"));
    TU_OK(csp_record_set_text(r, CSP_HOMICIDE_REVIEW_STATUS, "notified"));
    TU_OK(csp_record_set_text(r, CSP_HOMICIDE_REVIEW_NOTIFIED_ON, "2020-03"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a scrutiny_review with id `id` and its required fields, after the records it names. */
static void put_sample_scrutiny_review(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_get(&r, reg, CSP_ENTITY_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_PARTNERSHIP_KIND, "scrutiny_committee"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
    TU_OK(csp_record_new(&r, CSP_ENTITY_SCRUTINY_REVIEW, id));
    TU_OK(csp_record_set_text(r, CSP_SCRUTINY_REVIEW_COMMITTEE, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_SCRUTINY_REVIEW_SCRUTINISED, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_SCRUTINY_REVIEW_DATE, "2020-03"));
    TU_OK(csp_record_set_text(r, CSP_SCRUTINY_REVIEW_TOPIC, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a recommendation with id `id` and its required fields, after the records it names. */
static void put_sample_recommendation(const char *id)
{
    csp_record *r = NULL;
    put_sample_scrutiny_review("t-scrutiny_review");
    TU_OK(csp_record_new(&r, CSP_ENTITY_RECOMMENDATION, id));
    TU_OK(csp_record_set_text(r, CSP_RECOMMENDATION_SCRUTINY_REVIEW, "t-scrutiny_review"));
    TU_OK(csp_record_set_text(r, CSP_RECOMMENDATION_TEXT, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a indicator with id `id` and its required fields, after the records it names. */
static void put_sample_indicator(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_INDICATOR, id));
    TU_OK(csp_record_set_text(r, CSP_INDICATOR_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_INDICATOR_NAME, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a indicator_value with id `id` and its required fields, after the records it names. */
static void put_sample_indicator_value(const char *id)
{
    csp_record *r = NULL;
    put_sample_indicator("t-indicator");
    TU_OK(csp_record_new(&r, CSP_ENTITY_INDICATOR_VALUE, id));
    TU_OK(csp_record_set_text(r, CSP_INDICATOR_VALUE_INDICATOR, "t-indicator"));
    TU_OK(csp_record_set_text(r, CSP_INDICATOR_VALUE_PERIOD_START, "2020-03"));
    TU_OK(csp_record_set_text(r, CSP_INDICATOR_VALUE_VALUE, "7.4"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a standing_item with id `id` and its required fields, after the records it names. */
static void put_sample_standing_item(const char *id)
{
    csp_record *r = NULL;
    put_sample_partnership("t-partnership");
    TU_OK(csp_record_new(&r, CSP_ENTITY_STANDING_ITEM, id));
    TU_OK(csp_record_set_text(r, CSP_STANDING_ITEM_PARTNERSHIP, "t-partnership"));
    TU_OK(csp_record_set_text(r, CSP_STANDING_ITEM_KIND, "progress_review"));
    TU_OK(csp_record_set_text(r, CSP_STANDING_ITEM_TITLE, "Sample text"));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

/* Puts a source with id `id` and its required fields, after the records it names. */
static void put_sample_source(const char *id)
{
    csp_record *r = NULL;
    TU_OK(csp_record_new(&r, CSP_ENTITY_SOURCE, id));
    TU_OK(csp_record_set_text(r, CSP_SOURCE_URL, "Sample text"));
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
    /* sources */
    TU_OK(csp_organisation_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_organisation_sources_count(o), 1);
    TU_STR_EQ(csp_organisation_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_organisation_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ORGANISATION_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ORGANISATION_SOURCES, 0), "t-source");
    TU_CODE(csp_organisation_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_organisation_clear_sources(o));
    ck_assert_uint_eq(csp_organisation_sources_count(o), 0);
    TU_CODE(csp_organisation_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_organisation_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_organisation_sources(NULL, 0));
    TU_OK(csp_organisation_add_sources(o, "t-source"));
    /* established_on */
    TU_OK(csp_organisation_set_established_on(o, "2020-03"));
    TU_STR_EQ(csp_organisation_established_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ORGANISATION_ESTABLISHED_ON), "2020-03");
    TU_CODE(csp_organisation_set_established_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_organisation_established_on(NULL));
    TU_OK(csp_organisation_set_established_on(o, NULL));
    ck_assert_ptr_null(csp_organisation_established_on(o));
    TU_OK(csp_organisation_set_established_on(o, "2020-03"));
    /* dissolved_on */
    TU_OK(csp_organisation_set_dissolved_on(o, "2020-03"));
    TU_STR_EQ(csp_organisation_dissolved_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ORGANISATION_DISSOLVED_ON), "2020-03");
    TU_CODE(csp_organisation_set_dissolved_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_organisation_dissolved_on(NULL));
    TU_OK(csp_organisation_set_dissolved_on(o, NULL));
    ck_assert_ptr_null(csp_organisation_dissolved_on(o));
    TU_OK(csp_organisation_set_dissolved_on(o, "2020-03"));
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
    /* in force on a date: the sample has an open period */
    TU_CODE(csp_organisation_in_force(back, "2020-13"), CSP_EDATE);
    TU_CODE(csp_organisation_in_force(NULL, "2020"), CSP_EARG);
    TU_CODE(csp_organisation_in_force(back, NULL), CSP_EARG);
    ck_assert_int_eq(csp_organisation_in_force(back, "2020"), csp_record_in_force((const csp_record *)back, "2020"));
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
    /* sources */
    TU_OK(csp_person_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_person_sources_count(o), 1);
    TU_STR_EQ(csp_person_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_person_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_PERSON_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_PERSON_SOURCES, 0), "t-source");
    TU_CODE(csp_person_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_person_clear_sources(o));
    ck_assert_uint_eq(csp_person_sources_count(o), 0);
    TU_CODE(csp_person_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_person_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_person_sources(NULL, 0));
    TU_OK(csp_person_add_sources(o, "t-source"));
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
    /* quorum */
    TU_OK(csp_partnership_set_quorum(o, 1));
    ck_assert_int_eq(csp_partnership_quorum(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_PARTNERSHIP_QUORUM), 1);
    TU_CODE(csp_partnership_set_quorum(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_partnership_quorum(NULL), 0);
    /* scrutinised_by */
    TU_OK(csp_partnership_set_scrutinised_by(o, "t-partnership"));
    TU_STR_EQ(csp_partnership_scrutinised_by(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_PARTNERSHIP_SCRUTINISED_BY), "t-partnership");
    TU_CODE(csp_partnership_set_scrutinised_by(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_partnership_scrutinised_by(NULL));
    TU_OK(csp_partnership_set_scrutinised_by(o, NULL));
    ck_assert_ptr_null(csp_partnership_scrutinised_by(o));
    TU_OK(csp_partnership_set_scrutinised_by(o, "t-partnership"));
    /* sources */
    TU_OK(csp_partnership_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_partnership_sources_count(o), 1);
    TU_STR_EQ(csp_partnership_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_partnership_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_PARTNERSHIP_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_PARTNERSHIP_SOURCES, 0), "t-source");
    TU_CODE(csp_partnership_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_partnership_clear_sources(o));
    ck_assert_uint_eq(csp_partnership_sources_count(o), 0);
    TU_CODE(csp_partnership_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_partnership_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_partnership_sources(NULL, 0));
    TU_OK(csp_partnership_add_sources(o, "t-source"));
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
    /* sources */
    TU_OK(csp_membership_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_membership_sources_count(o), 1);
    TU_STR_EQ(csp_membership_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_membership_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_MEMBERSHIP_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_MEMBERSHIP_SOURCES, 0), "t-source");
    TU_CODE(csp_membership_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_membership_clear_sources(o));
    ck_assert_uint_eq(csp_membership_sources_count(o), 0);
    TU_CODE(csp_membership_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_membership_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_membership_sources(NULL, 0));
    TU_OK(csp_membership_add_sources(o, "t-source"));
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
    /* sources */
    TU_OK(csp_duty_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_duty_sources_count(o), 1);
    TU_STR_EQ(csp_duty_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_duty_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DUTY_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DUTY_SOURCES, 0), "t-source");
    TU_CODE(csp_duty_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_duty_clear_sources(o));
    ck_assert_uint_eq(csp_duty_sources_count(o), 0);
    TU_CODE(csp_duty_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_duty_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_duty_sources(NULL, 0));
    TU_OK(csp_duty_add_sources(o, "t-source"));
    /* ends_on */
    TU_OK(csp_duty_set_ends_on(o, "2020-03"));
    TU_STR_EQ(csp_duty_ends_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_DUTY_ENDS_ON), "2020-03");
    TU_CODE(csp_duty_set_ends_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_duty_ends_on(NULL));
    TU_OK(csp_duty_set_ends_on(o, NULL));
    ck_assert_ptr_null(csp_duty_ends_on(o));
    TU_OK(csp_duty_set_ends_on(o, "2020-03"));
    /* areas */
    TU_OK(csp_duty_add_areas(o, "Sample text"));
    ck_assert_uint_eq(csp_duty_areas_count(o), 1);
    TU_STR_EQ(csp_duty_areas(o, 0), "Sample text");
    ck_assert_ptr_null(csp_duty_areas(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DUTY_AREAS), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DUTY_AREAS, 0), "Sample text");
    TU_CODE(csp_duty_add_areas(NULL, "Sample text"), CSP_EARG);
    TU_OK(csp_duty_clear_areas(o));
    ck_assert_uint_eq(csp_duty_areas_count(o), 0);
    TU_CODE(csp_duty_clear_areas(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_duty_areas_count(NULL), 0);
    ck_assert_ptr_null(csp_duty_areas(NULL, 0));
    TU_OK(csp_duty_add_areas(o, "Sample text"));
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
    /* sources */
    TU_OK(csp_duty_holding_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_duty_holding_sources_count(o), 1);
    TU_STR_EQ(csp_duty_holding_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_duty_holding_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DUTY_HOLDING_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DUTY_HOLDING_SOURCES, 0), "t-source");
    TU_CODE(csp_duty_holding_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_duty_holding_clear_sources(o));
    ck_assert_uint_eq(csp_duty_holding_sources_count(o), 0);
    TU_CODE(csp_duty_holding_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_duty_holding_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_duty_holding_sources(NULL, 0));
    TU_OK(csp_duty_holding_add_sources(o, "t-source"));
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
    /* sources */
    TU_OK(csp_strategy_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_strategy_sources_count(o), 1);
    TU_STR_EQ(csp_strategy_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_strategy_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_STRATEGY_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_STRATEGY_SOURCES, 0), "t-source");
    TU_CODE(csp_strategy_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_strategy_clear_sources(o));
    ck_assert_uint_eq(csp_strategy_sources_count(o), 0);
    TU_CODE(csp_strategy_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_strategy_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_sources(NULL, 0));
    TU_OK(csp_strategy_add_sources(o, "t-source"));
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
    /* sources */
    TU_OK(csp_element_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_element_sources_count(o), 1);
    TU_STR_EQ(csp_element_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_element_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ELEMENT_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ELEMENT_SOURCES, 0), "t-source");
    TU_CODE(csp_element_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_element_clear_sources(o));
    ck_assert_uint_eq(csp_element_sources_count(o), 0);
    TU_CODE(csp_element_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_element_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_element_sources(NULL, 0));
    TU_OK(csp_element_add_sources(o, "t-source"));
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
    /* sources */
    TU_OK(csp_assessment_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_assessment_sources_count(o), 1);
    TU_STR_EQ(csp_assessment_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_assessment_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ASSESSMENT_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ASSESSMENT_SOURCES, 0), "t-source");
    TU_CODE(csp_assessment_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_assessment_clear_sources(o));
    ck_assert_uint_eq(csp_assessment_sources_count(o), 0);
    TU_CODE(csp_assessment_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_assessment_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_sources(NULL, 0));
    TU_OK(csp_assessment_add_sources(o, "t-source"));
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
    /* meeting */
    TU_OK(csp_discharge_set_meeting(o, "t-meeting"));
    TU_STR_EQ(csp_discharge_meeting(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_DISCHARGE_MEETING), "t-meeting");
    TU_CODE(csp_discharge_set_meeting(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_discharge_meeting(NULL));
    TU_OK(csp_discharge_set_meeting(o, NULL));
    ck_assert_ptr_null(csp_discharge_meeting(o));
    TU_OK(csp_discharge_set_meeting(o, "t-meeting"));
    /* sources */
    TU_OK(csp_discharge_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_discharge_sources_count(o), 1);
    TU_STR_EQ(csp_discharge_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_discharge_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DISCHARGE_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DISCHARGE_SOURCES, 0), "t-source");
    TU_CODE(csp_discharge_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_discharge_clear_sources(o));
    ck_assert_uint_eq(csp_discharge_sources_count(o), 0);
    TU_CODE(csp_discharge_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_discharge_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_discharge_sources(NULL, 0));
    TU_OK(csp_discharge_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_MEETING, "other"));
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
    TU_OK(csp_record_new(&other, CSP_ENTITY_MEETING, "other"));
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
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_MEETING));
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

START_TEST(test_meeting_fields)
{
    csp_meeting *o = NULL;
    csp_meeting *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_meeting_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_meeting_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_meeting_new(&o, NULL), CSP_EARG);
    TU_OK(csp_meeting_new(&o, "t-meeting"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_MEETING);
    TU_STR_EQ(csp_meeting_id(o), "t-meeting");
    ck_assert_ptr_null(csp_meeting_id(NULL));
    /* partnership */
    TU_OK(csp_meeting_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_meeting_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_meeting_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_partnership(NULL));
    /* date */
    TU_OK(csp_meeting_set_date(o, "2020-03"));
    TU_STR_EQ(csp_meeting_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_DATE), "2020-03");
    TU_CODE(csp_meeting_set_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_date(NULL));
    /* start_time */
    TU_OK(csp_meeting_set_start_time(o, "18:30"));
    TU_STR_EQ(csp_meeting_start_time(o), "18:30");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_START_TIME), "18:30");
    TU_CODE(csp_meeting_set_start_time(NULL, "18:30"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_start_time(NULL));
    TU_OK(csp_meeting_set_start_time(o, NULL));
    ck_assert_ptr_null(csp_meeting_start_time(o));
    TU_OK(csp_meeting_set_start_time(o, "18:30"));
    /* duration_minutes */
    TU_OK(csp_meeting_set_duration_minutes(o, 1));
    ck_assert_int_eq(csp_meeting_duration_minutes(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_MEETING_DURATION_MINUTES), 1);
    TU_CODE(csp_meeting_set_duration_minutes(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_meeting_duration_minutes(NULL), 0);
    /* kind */
    TU_OK(csp_meeting_set_kind(o, "scheduled"));
    TU_STR_EQ(csp_meeting_kind(o), "scheduled");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_KIND), "scheduled");
    TU_CODE(csp_meeting_set_kind(NULL, "scheduled"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_kind(NULL));
    /* status */
    TU_OK(csp_meeting_set_status(o, "planned"));
    TU_STR_EQ(csp_meeting_status(o), "planned");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_STATUS), "planned");
    TU_CODE(csp_meeting_set_status(NULL, "planned"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_status(NULL));
    /* title */
    TU_OK(csp_meeting_set_title(o, "Sample text"));
    TU_STR_EQ(csp_meeting_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_TITLE), "Sample text");
    TU_CODE(csp_meeting_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_title(NULL));
    TU_OK(csp_meeting_set_title(o, NULL));
    ck_assert_ptr_null(csp_meeting_title(o));
    TU_OK(csp_meeting_set_title(o, "Sample text"));
    /* location */
    TU_OK(csp_meeting_set_location(o, "Sample text"));
    TU_STR_EQ(csp_meeting_location(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_LOCATION), "Sample text");
    TU_CODE(csp_meeting_set_location(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_location(NULL));
    TU_OK(csp_meeting_set_location(o, NULL));
    ck_assert_ptr_null(csp_meeting_location(o));
    TU_OK(csp_meeting_set_location(o, "Sample text"));
    /* note */
    TU_OK(csp_meeting_set_note(o, "Sample text"));
    TU_STR_EQ(csp_meeting_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_MEETING_NOTE), "Sample text");
    TU_CODE(csp_meeting_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_meeting_note(NULL));
    TU_OK(csp_meeting_set_note(o, NULL));
    ck_assert_ptr_null(csp_meeting_note(o));
    TU_OK(csp_meeting_set_note(o, "Sample text"));
    /* sources */
    TU_OK(csp_meeting_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_meeting_sources_count(o), 1);
    TU_STR_EQ(csp_meeting_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_meeting_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_MEETING_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_MEETING_SOURCES, 0), "t-source");
    TU_CODE(csp_meeting_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_meeting_clear_sources(o));
    ck_assert_uint_eq(csp_meeting_sources_count(o), 0);
    TU_CODE(csp_meeting_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_meeting_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_meeting_sources(NULL, 0));
    TU_OK(csp_meeting_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_DOCUMENT, "other"));
    wrong = (csp_meeting *)other;
    ck_assert_ptr_null(csp_meeting_id(wrong));
    TU_CODE(csp_meeting_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_meeting_free(NULL);
}
END_TEST

START_TEST(test_meeting_register)
{
    csp_meeting *o = NULL, *back = NULL;
    csp_meeting_iterator *it = NULL;
    csp_meeting_filter filter = CSP_MEETING_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_meeting("t-meeting");
    TU_OK(csp_meeting_get(&back, reg, "t-meeting"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_meeting_id(back), "t-meeting");
    TU_CODE(csp_meeting_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_meeting_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_meeting_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_meeting_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_meeting_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_meeting_put(reg, back));
    TU_CODE(csp_meeting_put(NULL, back), CSP_EARG);
    TU_CODE(csp_meeting_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_meeting_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_meeting_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_DOCUMENT, "other"));
    TU_CODE(csp_meeting_put(reg, (csp_meeting *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_meeting_insert(reg, (csp_meeting *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_meeting_iterator_new(&it, reg, NULL));
    while ((rc = csp_meeting_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_MEETING);
        found += strcmp(csp_meeting_id(o), "t-meeting") == 0;
        csp_meeting_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_meeting_next(&o, it), CSP_ITEROVER);
    csp_meeting_iterator_free(it);
    TU_OK(csp_meeting_iterator_new(&it, reg, &filter));
    TU_OK(csp_meeting_next(&o, it));
    csp_meeting_free(o);
    csp_meeting_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_meeting_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_MEETING_FILTER_VERSION + 1;
    TU_CODE(csp_meeting_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_meeting_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_meeting_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_MEETING));
    TU_OK(csp_query_where(q, CSP_MEETING_ID, CSP_OP_EQ, "t-meeting"));
    TU_OK(csp_meeting_iterator_query(&it, reg, q));
    TU_OK(csp_meeting_next(&o, it));
    TU_STR_EQ(csp_meeting_id(o), "t-meeting");
    csp_meeting_free(o);
    TU_CODE(csp_meeting_next(&o, it), CSP_ITEROVER);
    csp_meeting_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_DOCUMENT));
    TU_CODE(csp_meeting_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_meeting_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_meeting_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_meeting_next(NULL, it), CSP_EARG);
    TU_CODE(csp_meeting_next(&o, NULL), CSP_EARG);
    csp_meeting_iterator_free(NULL);
    TU_OK(csp_meeting_delete(reg, "t-meeting"));
    TU_CODE(csp_meeting_delete(reg, "t-meeting"), CSP_ENOTFOUND);
    TU_CODE(csp_meeting_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_meeting_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_document_fields)
{
    csp_document *o = NULL;
    csp_document *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_document_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_document_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_document_new(&o, NULL), CSP_EARG);
    TU_OK(csp_document_new(&o, "t-document"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_DOCUMENT);
    TU_STR_EQ(csp_document_id(o), "t-document");
    ck_assert_ptr_null(csp_document_id(NULL));
    /* meeting */
    TU_OK(csp_document_set_meeting(o, "t-meeting"));
    TU_STR_EQ(csp_document_meeting(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_DOCUMENT_MEETING), "t-meeting");
    TU_CODE(csp_document_set_meeting(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_document_meeting(NULL));
    /* position */
    ck_assert_int_eq(csp_document_position(o), 0);
    ck_assert_int_eq(csp_document_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_DOCUMENT_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* kind */
    TU_OK(csp_document_set_kind(o, "agenda"));
    TU_STR_EQ(csp_document_kind(o), "agenda");
    TU_STR_EQ(csp_record_text(r, CSP_DOCUMENT_KIND), "agenda");
    TU_CODE(csp_document_set_kind(NULL, "agenda"), CSP_EARG);
    ck_assert_ptr_null(csp_document_kind(NULL));
    /* title */
    TU_OK(csp_document_set_title(o, "Sample text"));
    TU_STR_EQ(csp_document_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DOCUMENT_TITLE), "Sample text");
    TU_CODE(csp_document_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_document_title(NULL));
    /* url */
    TU_OK(csp_document_set_url(o, "Sample text"));
    TU_STR_EQ(csp_document_url(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DOCUMENT_URL), "Sample text");
    TU_CODE(csp_document_set_url(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_document_url(NULL));
    TU_OK(csp_document_set_url(o, NULL));
    ck_assert_ptr_null(csp_document_url(o));
    TU_OK(csp_document_set_url(o, "Sample text"));
    /* reference */
    TU_OK(csp_document_set_reference(o, "Sample text"));
    TU_STR_EQ(csp_document_reference(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_DOCUMENT_REFERENCE), "Sample text");
    TU_CODE(csp_document_set_reference(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_document_reference(NULL));
    TU_OK(csp_document_set_reference(o, NULL));
    ck_assert_ptr_null(csp_document_reference(o));
    TU_OK(csp_document_set_reference(o, "Sample text"));
    /* sources */
    TU_OK(csp_document_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_document_sources_count(o), 1);
    TU_STR_EQ(csp_document_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_document_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_DOCUMENT_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_DOCUMENT_SOURCES, 0), "t-source");
    TU_CODE(csp_document_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_document_clear_sources(o));
    ck_assert_uint_eq(csp_document_sources_count(o), 0);
    TU_CODE(csp_document_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_document_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_document_sources(NULL, 0));
    TU_OK(csp_document_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_AGENDA_ITEM, "other"));
    wrong = (csp_document *)other;
    ck_assert_ptr_null(csp_document_id(wrong));
    TU_CODE(csp_document_set_meeting(wrong, "t-meeting"), CSP_EARG);
    csp_record_free(other);
    csp_document_free(NULL);
}
END_TEST

START_TEST(test_document_register)
{
    csp_document *o = NULL, *back = NULL;
    csp_document_iterator *it = NULL;
    csp_document_filter filter = CSP_DOCUMENT_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_document("t-document");
    TU_OK(csp_document_get(&back, reg, "t-document"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_document_id(back), "t-document");
    TU_CODE(csp_document_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_document_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_document_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_document_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_document_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_document_put(reg, back));
    TU_CODE(csp_document_put(NULL, back), CSP_EARG);
    TU_CODE(csp_document_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_document_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_document_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_AGENDA_ITEM, "other"));
    TU_CODE(csp_document_put(reg, (csp_document *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_document_insert(reg, (csp_document *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_document_iterator_new(&it, reg, NULL));
    while ((rc = csp_document_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_DOCUMENT);
        found += strcmp(csp_document_id(o), "t-document") == 0;
        csp_document_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_document_next(&o, it), CSP_ITEROVER);
    csp_document_iterator_free(it);
    TU_OK(csp_document_iterator_new(&it, reg, &filter));
    TU_OK(csp_document_next(&o, it));
    csp_document_free(o);
    csp_document_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_document_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_DOCUMENT_FILTER_VERSION + 1;
    TU_CODE(csp_document_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_document_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_document_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_DOCUMENT));
    TU_OK(csp_query_where(q, CSP_DOCUMENT_ID, CSP_OP_EQ, "t-document"));
    TU_OK(csp_document_iterator_query(&it, reg, q));
    TU_OK(csp_document_next(&o, it));
    TU_STR_EQ(csp_document_id(o), "t-document");
    csp_document_free(o);
    TU_CODE(csp_document_next(&o, it), CSP_ITEROVER);
    csp_document_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_AGENDA_ITEM));
    TU_CODE(csp_document_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_document_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_document_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_document_next(NULL, it), CSP_EARG);
    TU_CODE(csp_document_next(&o, NULL), CSP_EARG);
    csp_document_iterator_free(NULL);
    TU_OK(csp_document_delete(reg, "t-document"));
    TU_CODE(csp_document_delete(reg, "t-document"), CSP_ENOTFOUND);
    TU_CODE(csp_document_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_document_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_agenda_item_fields)
{
    csp_agenda_item *o = NULL;
    csp_agenda_item *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_agenda_item_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_agenda_item_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_agenda_item_new(&o, NULL), CSP_EARG);
    TU_OK(csp_agenda_item_new(&o, "t-agenda_item"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_AGENDA_ITEM);
    TU_STR_EQ(csp_agenda_item_id(o), "t-agenda_item");
    ck_assert_ptr_null(csp_agenda_item_id(NULL));
    /* meeting */
    TU_OK(csp_agenda_item_set_meeting(o, "t-meeting"));
    TU_STR_EQ(csp_agenda_item_meeting(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_MEETING), "t-meeting");
    TU_CODE(csp_agenda_item_set_meeting(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_meeting(NULL));
    /* position */
    ck_assert_int_eq(csp_agenda_item_position(o), 0);
    ck_assert_int_eq(csp_agenda_item_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_AGENDA_ITEM_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* parent */
    TU_OK(csp_agenda_item_set_parent(o, "t-agenda_item"));
    TU_STR_EQ(csp_agenda_item_parent(o), "t-agenda_item");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_PARENT), "t-agenda_item");
    TU_CODE(csp_agenda_item_set_parent(NULL, "t-agenda_item"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_parent(NULL));
    TU_OK(csp_agenda_item_set_parent(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_parent(o));
    TU_OK(csp_agenda_item_set_parent(o, "t-agenda_item"));
    /* kind */
    TU_OK(csp_agenda_item_set_kind(o, "progress_review"));
    TU_STR_EQ(csp_agenda_item_kind(o), "progress_review");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_KIND), "progress_review");
    TU_CODE(csp_agenda_item_set_kind(NULL, "progress_review"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_kind(NULL));
    /* title */
    TU_OK(csp_agenda_item_set_title(o, "Sample text"));
    TU_STR_EQ(csp_agenda_item_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_TITLE), "Sample text");
    TU_CODE(csp_agenda_item_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_title(NULL));
    /* restricted */
    TU_OK(csp_agenda_item_set_restricted(o, 1));
    ck_assert_int_eq(csp_agenda_item_restricted(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_AGENDA_ITEM_RESTRICTED), 1);
    TU_CODE(csp_agenda_item_set_restricted(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_agenda_item_restricted(NULL), 0);
    /* element */
    TU_OK(csp_agenda_item_set_element(o, "t-element"));
    TU_STR_EQ(csp_agenda_item_element(o), "t-element");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_ELEMENT), "t-element");
    TU_CODE(csp_agenda_item_set_element(NULL, "t-element"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_element(NULL));
    TU_OK(csp_agenda_item_set_element(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_element(o));
    TU_OK(csp_agenda_item_set_element(o, "t-element"));
    /* action */
    TU_OK(csp_agenda_item_set_action(o, "t-action"));
    TU_STR_EQ(csp_agenda_item_action(o), "t-action");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_ACTION), "t-action");
    TU_CODE(csp_agenda_item_set_action(NULL, "t-action"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_action(NULL));
    TU_OK(csp_agenda_item_set_action(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_action(o));
    TU_OK(csp_agenda_item_set_action(o, "t-action"));
    /* risk */
    TU_OK(csp_agenda_item_set_risk(o, "t-risk"));
    TU_STR_EQ(csp_agenda_item_risk(o), "t-risk");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_RISK), "t-risk");
    TU_CODE(csp_agenda_item_set_risk(NULL, "t-risk"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_risk(NULL));
    TU_OK(csp_agenda_item_set_risk(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_risk(o));
    TU_OK(csp_agenda_item_set_risk(o, "t-risk"));
    /* homicide_review */
    TU_OK(csp_agenda_item_set_homicide_review(o, "t-homicide_review"));
    TU_STR_EQ(csp_agenda_item_homicide_review(o), "t-homicide_review");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_HOMICIDE_REVIEW), "t-homicide_review");
    TU_CODE(csp_agenda_item_set_homicide_review(NULL, "t-homicide_review"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_homicide_review(NULL));
    TU_OK(csp_agenda_item_set_homicide_review(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_homicide_review(o));
    TU_OK(csp_agenda_item_set_homicide_review(o, "t-homicide_review"));
    /* scrutiny_review */
    TU_OK(csp_agenda_item_set_scrutiny_review(o, "t-scrutiny_review"));
    TU_STR_EQ(csp_agenda_item_scrutiny_review(o), "t-scrutiny_review");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_SCRUTINY_REVIEW), "t-scrutiny_review");
    TU_CODE(csp_agenda_item_set_scrutiny_review(NULL, "t-scrutiny_review"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_scrutiny_review(NULL));
    TU_OK(csp_agenda_item_set_scrutiny_review(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_scrutiny_review(o));
    TU_OK(csp_agenda_item_set_scrutiny_review(o, "t-scrutiny_review"));
    /* reported_by */
    TU_OK(csp_agenda_item_set_reported_by(o, "t-partnership"));
    TU_STR_EQ(csp_agenda_item_reported_by(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_REPORTED_BY), "t-partnership");
    TU_CODE(csp_agenda_item_set_reported_by(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_reported_by(NULL));
    TU_OK(csp_agenda_item_set_reported_by(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_reported_by(o));
    TU_OK(csp_agenda_item_set_reported_by(o, "t-partnership"));
    /* outcome */
    TU_OK(csp_agenda_item_set_outcome(o, "Sample text"));
    TU_STR_EQ(csp_agenda_item_outcome(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_AGENDA_ITEM_OUTCOME), "Sample text");
    TU_CODE(csp_agenda_item_set_outcome(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_agenda_item_outcome(NULL));
    TU_OK(csp_agenda_item_set_outcome(o, NULL));
    ck_assert_ptr_null(csp_agenda_item_outcome(o));
    TU_OK(csp_agenda_item_set_outcome(o, "Sample text"));
    /* sources */
    TU_OK(csp_agenda_item_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_agenda_item_sources_count(o), 1);
    TU_STR_EQ(csp_agenda_item_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_agenda_item_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_AGENDA_ITEM_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_AGENDA_ITEM_SOURCES, 0), "t-source");
    TU_CODE(csp_agenda_item_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_agenda_item_clear_sources(o));
    ck_assert_uint_eq(csp_agenda_item_sources_count(o), 0);
    TU_CODE(csp_agenda_item_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_agenda_item_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_agenda_item_sources(NULL, 0));
    TU_OK(csp_agenda_item_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ATTENDANCE, "other"));
    wrong = (csp_agenda_item *)other;
    ck_assert_ptr_null(csp_agenda_item_id(wrong));
    TU_CODE(csp_agenda_item_set_meeting(wrong, "t-meeting"), CSP_EARG);
    csp_record_free(other);
    csp_agenda_item_free(NULL);
}
END_TEST

START_TEST(test_agenda_item_register)
{
    csp_agenda_item *o = NULL, *back = NULL;
    csp_agenda_item_iterator *it = NULL;
    csp_agenda_item_filter filter = CSP_AGENDA_ITEM_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_agenda_item("t-agenda_item");
    TU_OK(csp_agenda_item_get(&back, reg, "t-agenda_item"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_agenda_item_id(back), "t-agenda_item");
    TU_CODE(csp_agenda_item_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_agenda_item_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_agenda_item_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_agenda_item_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_agenda_item_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_agenda_item_put(reg, back));
    TU_CODE(csp_agenda_item_put(NULL, back), CSP_EARG);
    TU_CODE(csp_agenda_item_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_agenda_item_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_agenda_item_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ATTENDANCE, "other"));
    TU_CODE(csp_agenda_item_put(reg, (csp_agenda_item *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_agenda_item_insert(reg, (csp_agenda_item *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_agenda_item_iterator_new(&it, reg, NULL));
    while ((rc = csp_agenda_item_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_AGENDA_ITEM);
        found += strcmp(csp_agenda_item_id(o), "t-agenda_item") == 0;
        csp_agenda_item_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_agenda_item_next(&o, it), CSP_ITEROVER);
    csp_agenda_item_iterator_free(it);
    TU_OK(csp_agenda_item_iterator_new(&it, reg, &filter));
    TU_OK(csp_agenda_item_next(&o, it));
    csp_agenda_item_free(o);
    csp_agenda_item_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_agenda_item_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_AGENDA_ITEM_FILTER_VERSION + 1;
    TU_CODE(csp_agenda_item_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_agenda_item_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_agenda_item_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_AGENDA_ITEM));
    TU_OK(csp_query_where(q, CSP_AGENDA_ITEM_ID, CSP_OP_EQ, "t-agenda_item"));
    TU_OK(csp_agenda_item_iterator_query(&it, reg, q));
    TU_OK(csp_agenda_item_next(&o, it));
    TU_STR_EQ(csp_agenda_item_id(o), "t-agenda_item");
    csp_agenda_item_free(o);
    TU_CODE(csp_agenda_item_next(&o, it), CSP_ITEROVER);
    csp_agenda_item_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ATTENDANCE));
    TU_CODE(csp_agenda_item_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_agenda_item_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_agenda_item_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_agenda_item_next(NULL, it), CSP_EARG);
    TU_CODE(csp_agenda_item_next(&o, NULL), CSP_EARG);
    csp_agenda_item_iterator_free(NULL);
    TU_OK(csp_agenda_item_move(reg, "t-agenda_item", NULL, 0));
    TU_CODE(csp_agenda_item_move(NULL, "t-agenda_item", NULL, 0), CSP_EARG);
    TU_CODE(csp_agenda_item_move(reg, NULL, NULL, 0), CSP_EARG);
    TU_CODE(csp_agenda_item_move(reg, "no-such", NULL, 0), CSP_ENOTFOUND);
    TU_OK(csp_agenda_item_delete(reg, "t-agenda_item"));
    TU_CODE(csp_agenda_item_delete(reg, "t-agenda_item"), CSP_ENOTFOUND);
    TU_CODE(csp_agenda_item_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_agenda_item_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_attendance_fields)
{
    csp_attendance *o = NULL;
    csp_attendance *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_attendance_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_attendance_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_attendance_new(&o, NULL), CSP_EARG);
    TU_OK(csp_attendance_new(&o, "t-attendance"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ATTENDANCE);
    TU_STR_EQ(csp_attendance_id(o), "t-attendance");
    ck_assert_ptr_null(csp_attendance_id(NULL));
    /* meeting */
    TU_OK(csp_attendance_set_meeting(o, "t-meeting"));
    TU_STR_EQ(csp_attendance_meeting(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_ATTENDANCE_MEETING), "t-meeting");
    TU_CODE(csp_attendance_set_meeting(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_attendance_meeting(NULL));
    /* membership */
    TU_OK(csp_attendance_set_membership(o, "t-membership"));
    TU_STR_EQ(csp_attendance_membership(o), "t-membership");
    TU_STR_EQ(csp_record_text(r, CSP_ATTENDANCE_MEMBERSHIP), "t-membership");
    TU_CODE(csp_attendance_set_membership(NULL, "t-membership"), CSP_EARG);
    ck_assert_ptr_null(csp_attendance_membership(NULL));
    /* status */
    TU_OK(csp_attendance_set_status(o, "present"));
    TU_STR_EQ(csp_attendance_status(o), "present");
    TU_STR_EQ(csp_record_text(r, CSP_ATTENDANCE_STATUS), "present");
    TU_CODE(csp_attendance_set_status(NULL, "present"), CSP_EARG);
    ck_assert_ptr_null(csp_attendance_status(NULL));
    /* substitute */
    TU_OK(csp_attendance_set_substitute(o, "t-person"));
    TU_STR_EQ(csp_attendance_substitute(o), "t-person");
    TU_STR_EQ(csp_record_text(r, CSP_ATTENDANCE_SUBSTITUTE), "t-person");
    TU_CODE(csp_attendance_set_substitute(NULL, "t-person"), CSP_EARG);
    ck_assert_ptr_null(csp_attendance_substitute(NULL));
    TU_OK(csp_attendance_set_substitute(o, NULL));
    ck_assert_ptr_null(csp_attendance_substitute(o));
    TU_OK(csp_attendance_set_substitute(o, "t-person"));
    /* note */
    TU_OK(csp_attendance_set_note(o, "Sample text"));
    TU_STR_EQ(csp_attendance_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ATTENDANCE_NOTE), "Sample text");
    TU_CODE(csp_attendance_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_attendance_note(NULL));
    TU_OK(csp_attendance_set_note(o, NULL));
    ck_assert_ptr_null(csp_attendance_note(o));
    TU_OK(csp_attendance_set_note(o, "Sample text"));
    /* sources */
    TU_OK(csp_attendance_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_attendance_sources_count(o), 1);
    TU_STR_EQ(csp_attendance_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_attendance_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ATTENDANCE_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ATTENDANCE_SOURCES, 0), "t-source");
    TU_CODE(csp_attendance_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_attendance_clear_sources(o));
    ck_assert_uint_eq(csp_attendance_sources_count(o), 0);
    TU_CODE(csp_attendance_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_attendance_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_attendance_sources(NULL, 0));
    TU_OK(csp_attendance_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ACTION, "other"));
    wrong = (csp_attendance *)other;
    ck_assert_ptr_null(csp_attendance_id(wrong));
    TU_CODE(csp_attendance_set_meeting(wrong, "t-meeting"), CSP_EARG);
    csp_record_free(other);
    csp_attendance_free(NULL);
}
END_TEST

START_TEST(test_attendance_register)
{
    csp_attendance *o = NULL, *back = NULL;
    csp_attendance_iterator *it = NULL;
    csp_attendance_filter filter = CSP_ATTENDANCE_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_attendance("t-attendance");
    TU_OK(csp_attendance_get(&back, reg, "t-attendance"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_attendance_id(back), "t-attendance");
    TU_CODE(csp_attendance_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_attendance_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_attendance_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_attendance_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_attendance_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_attendance_put(reg, back));
    TU_CODE(csp_attendance_put(NULL, back), CSP_EARG);
    TU_CODE(csp_attendance_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_attendance_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_attendance_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ACTION, "other"));
    TU_CODE(csp_attendance_put(reg, (csp_attendance *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_attendance_insert(reg, (csp_attendance *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_attendance_iterator_new(&it, reg, NULL));
    while ((rc = csp_attendance_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ATTENDANCE);
        found += strcmp(csp_attendance_id(o), "t-attendance") == 0;
        csp_attendance_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_attendance_next(&o, it), CSP_ITEROVER);
    csp_attendance_iterator_free(it);
    TU_OK(csp_attendance_iterator_new(&it, reg, &filter));
    TU_OK(csp_attendance_next(&o, it));
    csp_attendance_free(o);
    csp_attendance_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_attendance_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ATTENDANCE_FILTER_VERSION + 1;
    TU_CODE(csp_attendance_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_attendance_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_attendance_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ATTENDANCE));
    TU_OK(csp_query_where(q, CSP_ATTENDANCE_ID, CSP_OP_EQ, "t-attendance"));
    TU_OK(csp_attendance_iterator_query(&it, reg, q));
    TU_OK(csp_attendance_next(&o, it));
    TU_STR_EQ(csp_attendance_id(o), "t-attendance");
    csp_attendance_free(o);
    TU_CODE(csp_attendance_next(&o, it), CSP_ITEROVER);
    csp_attendance_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ACTION));
    TU_CODE(csp_attendance_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_attendance_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_attendance_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_attendance_next(NULL, it), CSP_EARG);
    TU_CODE(csp_attendance_next(&o, NULL), CSP_EARG);
    csp_attendance_iterator_free(NULL);
    TU_OK(csp_attendance_delete(reg, "t-attendance"));
    TU_CODE(csp_attendance_delete(reg, "t-attendance"), CSP_ENOTFOUND);
    TU_CODE(csp_attendance_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_attendance_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_action_fields)
{
    csp_action *o = NULL;
    csp_action *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_action_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_action_new(&o, NULL), CSP_EARG);
    TU_OK(csp_action_new(&o, "t-action"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ACTION);
    TU_STR_EQ(csp_action_id(o), "t-action");
    ck_assert_ptr_null(csp_action_id(NULL));
    /* partnership */
    TU_OK(csp_action_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_action_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_action_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_action_partnership(NULL));
    /* title */
    TU_OK(csp_action_set_title(o, "Sample text"));
    TU_STR_EQ(csp_action_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_TITLE), "Sample text");
    TU_CODE(csp_action_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_action_title(NULL));
    /* description */
    TU_OK(csp_action_set_description(o, "Sample text"));
    TU_STR_EQ(csp_action_description(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_DESCRIPTION), "Sample text");
    TU_CODE(csp_action_set_description(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_action_description(NULL));
    TU_OK(csp_action_set_description(o, NULL));
    ck_assert_ptr_null(csp_action_description(o));
    TU_OK(csp_action_set_description(o, "Sample text"));
    /* raised_on */
    TU_OK(csp_action_set_raised_on(o, "2020-03"));
    TU_STR_EQ(csp_action_raised_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_RAISED_ON), "2020-03");
    TU_CODE(csp_action_set_raised_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_action_raised_on(NULL));
    TU_OK(csp_action_set_raised_on(o, NULL));
    ck_assert_ptr_null(csp_action_raised_on(o));
    TU_OK(csp_action_set_raised_on(o, "2020-03"));
    /* raised_at */
    TU_OK(csp_action_set_raised_at(o, "t-meeting"));
    TU_STR_EQ(csp_action_raised_at(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_RAISED_AT), "t-meeting");
    TU_CODE(csp_action_set_raised_at(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_action_raised_at(NULL));
    TU_OK(csp_action_set_raised_at(o, NULL));
    ck_assert_ptr_null(csp_action_raised_at(o));
    TU_OK(csp_action_set_raised_at(o, "t-meeting"));
    /* raised_at_item */
    TU_OK(csp_action_set_raised_at_item(o, "t-agenda_item"));
    TU_STR_EQ(csp_action_raised_at_item(o), "t-agenda_item");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_RAISED_AT_ITEM), "t-agenda_item");
    TU_CODE(csp_action_set_raised_at_item(NULL, "t-agenda_item"), CSP_EARG);
    ck_assert_ptr_null(csp_action_raised_at_item(NULL));
    TU_OK(csp_action_set_raised_at_item(o, NULL));
    ck_assert_ptr_null(csp_action_raised_at_item(o));
    TU_OK(csp_action_set_raised_at_item(o, "t-agenda_item"));
    /* serves */
    TU_OK(csp_action_set_serves(o, "t-element"));
    TU_STR_EQ(csp_action_serves(o), "t-element");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_SERVES), "t-element");
    TU_CODE(csp_action_set_serves(NULL, "t-element"), CSP_EARG);
    ck_assert_ptr_null(csp_action_serves(NULL));
    TU_OK(csp_action_set_serves(o, NULL));
    ck_assert_ptr_null(csp_action_serves(o));
    TU_OK(csp_action_set_serves(o, "t-element"));
    /* champion */
    TU_OK(csp_action_set_champion(o, "t-membership"));
    TU_STR_EQ(csp_action_champion(o), "t-membership");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_CHAMPION), "t-membership");
    TU_CODE(csp_action_set_champion(NULL, "t-membership"), CSP_EARG);
    ck_assert_ptr_null(csp_action_champion(NULL));
    TU_OK(csp_action_set_champion(o, NULL));
    ck_assert_ptr_null(csp_action_champion(o));
    TU_OK(csp_action_set_champion(o, "t-membership"));
    /* owner_partnership */
    TU_OK(csp_action_set_owner_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_action_owner_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_OWNER_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_action_set_owner_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_action_owner_partnership(NULL));
    TU_OK(csp_action_set_owner_partnership(o, NULL));
    ck_assert_ptr_null(csp_action_owner_partnership(o));
    TU_OK(csp_action_set_owner_partnership(o, "t-partnership"));
    /* owner_organisation */
    TU_OK(csp_action_set_owner_organisation(o, "t-organisation"));
    TU_STR_EQ(csp_action_owner_organisation(o), "t-organisation");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_OWNER_ORGANISATION), "t-organisation");
    TU_CODE(csp_action_set_owner_organisation(NULL, "t-organisation"), CSP_EARG);
    ck_assert_ptr_null(csp_action_owner_organisation(NULL));
    TU_OK(csp_action_set_owner_organisation(o, NULL));
    ck_assert_ptr_null(csp_action_owner_organisation(o));
    TU_OK(csp_action_set_owner_organisation(o, "t-organisation"));
    /* due_on */
    TU_OK(csp_action_set_due_on(o, "2020-03"));
    TU_STR_EQ(csp_action_due_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_DUE_ON), "2020-03");
    TU_CODE(csp_action_set_due_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_action_due_on(NULL));
    TU_OK(csp_action_set_due_on(o, NULL));
    ck_assert_ptr_null(csp_action_due_on(o));
    TU_OK(csp_action_set_due_on(o, "2020-03"));
    /* status */
    TU_OK(csp_action_set_status(o, "open"));
    TU_STR_EQ(csp_action_status(o), "open");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_STATUS), "open");
    TU_CODE(csp_action_set_status(NULL, "open"), CSP_EARG);
    ck_assert_ptr_null(csp_action_status(NULL));
    /* rag */
    TU_OK(csp_action_set_rag(o, "red"));
    TU_STR_EQ(csp_action_rag(o), "red");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_RAG), "red");
    TU_CODE(csp_action_set_rag(NULL, "red"), CSP_EARG);
    ck_assert_ptr_null(csp_action_rag(NULL));
    TU_OK(csp_action_set_rag(o, NULL));
    ck_assert_ptr_null(csp_action_rag(o));
    TU_OK(csp_action_set_rag(o, "red"));
    /* sources */
    TU_OK(csp_action_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_action_sources_count(o), 1);
    TU_STR_EQ(csp_action_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_action_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ACTION_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ACTION_SOURCES, 0), "t-source");
    TU_CODE(csp_action_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_action_clear_sources(o));
    ck_assert_uint_eq(csp_action_sources_count(o), 0);
    TU_CODE(csp_action_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_action_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_action_sources(NULL, 0));
    TU_OK(csp_action_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ACTION_UPDATE, "other"));
    wrong = (csp_action *)other;
    ck_assert_ptr_null(csp_action_id(wrong));
    TU_CODE(csp_action_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_action_free(NULL);
}
END_TEST

START_TEST(test_action_register)
{
    csp_action *o = NULL, *back = NULL;
    csp_action_iterator *it = NULL;
    csp_action_filter filter = CSP_ACTION_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_action("t-action");
    TU_OK(csp_action_get(&back, reg, "t-action"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_action_id(back), "t-action");
    TU_CODE(csp_action_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_action_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_action_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_action_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_action_put(reg, back));
    TU_CODE(csp_action_put(NULL, back), CSP_EARG);
    TU_CODE(csp_action_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_action_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_action_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ACTION_UPDATE, "other"));
    TU_CODE(csp_action_put(reg, (csp_action *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_action_insert(reg, (csp_action *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_action_iterator_new(&it, reg, NULL));
    while ((rc = csp_action_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ACTION);
        found += strcmp(csp_action_id(o), "t-action") == 0;
        csp_action_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_action_next(&o, it), CSP_ITEROVER);
    csp_action_iterator_free(it);
    TU_OK(csp_action_iterator_new(&it, reg, &filter));
    TU_OK(csp_action_next(&o, it));
    csp_action_free(o);
    csp_action_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_action_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ACTION_FILTER_VERSION + 1;
    TU_CODE(csp_action_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_action_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_action_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ACTION));
    TU_OK(csp_query_where(q, CSP_ACTION_ID, CSP_OP_EQ, "t-action"));
    TU_OK(csp_action_iterator_query(&it, reg, q));
    TU_OK(csp_action_next(&o, it));
    TU_STR_EQ(csp_action_id(o), "t-action");
    csp_action_free(o);
    TU_CODE(csp_action_next(&o, it), CSP_ITEROVER);
    csp_action_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ACTION_UPDATE));
    TU_CODE(csp_action_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_action_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_action_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_action_next(NULL, it), CSP_EARG);
    TU_CODE(csp_action_next(&o, NULL), CSP_EARG);
    csp_action_iterator_free(NULL);
    TU_OK(csp_action_delete(reg, "t-action"));
    TU_CODE(csp_action_delete(reg, "t-action"), CSP_ENOTFOUND);
    TU_CODE(csp_action_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_action_update_fields)
{
    csp_action_update *o = NULL;
    csp_action_update *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_action_update_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_update_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_action_update_new(&o, NULL), CSP_EARG);
    TU_OK(csp_action_update_new(&o, "t-action_update"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_ACTION_UPDATE);
    TU_STR_EQ(csp_action_update_id(o), "t-action_update");
    ck_assert_ptr_null(csp_action_update_id(NULL));
    /* action */
    TU_OK(csp_action_update_set_action(o, "t-action"));
    TU_STR_EQ(csp_action_update_action(o), "t-action");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_ACTION), "t-action");
    TU_CODE(csp_action_update_set_action(NULL, "t-action"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_action(NULL));
    /* position */
    ck_assert_int_eq(csp_action_update_position(o), 0);
    ck_assert_int_eq(csp_action_update_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_ACTION_UPDATE_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* date */
    TU_OK(csp_action_update_set_date(o, "2020-03"));
    TU_STR_EQ(csp_action_update_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_DATE), "2020-03");
    TU_CODE(csp_action_update_set_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_date(NULL));
    /* status */
    TU_OK(csp_action_update_set_status(o, "open"));
    TU_STR_EQ(csp_action_update_status(o), "open");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_STATUS), "open");
    TU_CODE(csp_action_update_set_status(NULL, "open"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_status(NULL));
    TU_OK(csp_action_update_set_status(o, NULL));
    ck_assert_ptr_null(csp_action_update_status(o));
    TU_OK(csp_action_update_set_status(o, "open"));
    /* rag */
    TU_OK(csp_action_update_set_rag(o, "red"));
    TU_STR_EQ(csp_action_update_rag(o), "red");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_RAG), "red");
    TU_CODE(csp_action_update_set_rag(NULL, "red"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_rag(NULL));
    TU_OK(csp_action_update_set_rag(o, NULL));
    ck_assert_ptr_null(csp_action_update_rag(o));
    TU_OK(csp_action_update_set_rag(o, "red"));
    /* note */
    TU_OK(csp_action_update_set_note(o, "Sample text"));
    TU_STR_EQ(csp_action_update_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_NOTE), "Sample text");
    TU_CODE(csp_action_update_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_note(NULL));
    TU_OK(csp_action_update_set_note(o, NULL));
    ck_assert_ptr_null(csp_action_update_note(o));
    TU_OK(csp_action_update_set_note(o, "Sample text"));
    /* reported_at */
    TU_OK(csp_action_update_set_reported_at(o, "t-meeting"));
    TU_STR_EQ(csp_action_update_reported_at(o), "t-meeting");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_REPORTED_AT), "t-meeting");
    TU_CODE(csp_action_update_set_reported_at(NULL, "t-meeting"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_reported_at(NULL));
    TU_OK(csp_action_update_set_reported_at(o, NULL));
    ck_assert_ptr_null(csp_action_update_reported_at(o));
    TU_OK(csp_action_update_set_reported_at(o, "t-meeting"));
    /* reported_by */
    TU_OK(csp_action_update_set_reported_by(o, "t-membership"));
    TU_STR_EQ(csp_action_update_reported_by(o), "t-membership");
    TU_STR_EQ(csp_record_text(r, CSP_ACTION_UPDATE_REPORTED_BY), "t-membership");
    TU_CODE(csp_action_update_set_reported_by(NULL, "t-membership"), CSP_EARG);
    ck_assert_ptr_null(csp_action_update_reported_by(NULL));
    TU_OK(csp_action_update_set_reported_by(o, NULL));
    ck_assert_ptr_null(csp_action_update_reported_by(o));
    TU_OK(csp_action_update_set_reported_by(o, "t-membership"));
    /* sources */
    TU_OK(csp_action_update_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_action_update_sources_count(o), 1);
    TU_STR_EQ(csp_action_update_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_action_update_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_ACTION_UPDATE_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_ACTION_UPDATE_SOURCES, 0), "t-source");
    TU_CODE(csp_action_update_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_action_update_clear_sources(o));
    ck_assert_uint_eq(csp_action_update_sources_count(o), 0);
    TU_CODE(csp_action_update_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_action_update_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_action_update_sources(NULL, 0));
    TU_OK(csp_action_update_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_RISK, "other"));
    wrong = (csp_action_update *)other;
    ck_assert_ptr_null(csp_action_update_id(wrong));
    TU_CODE(csp_action_update_set_action(wrong, "t-action"), CSP_EARG);
    csp_record_free(other);
    csp_action_update_free(NULL);
}
END_TEST

START_TEST(test_action_update_register)
{
    csp_action_update *o = NULL, *back = NULL;
    csp_action_update_iterator *it = NULL;
    csp_action_update_filter filter = CSP_ACTION_UPDATE_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_action_update("t-action_update");
    TU_OK(csp_action_update_get(&back, reg, "t-action_update"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_action_update_id(back), "t-action_update");
    TU_CODE(csp_action_update_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_action_update_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_action_update_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_update_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_action_update_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_action_update_put(reg, back));
    TU_CODE(csp_action_update_put(NULL, back), CSP_EARG);
    TU_CODE(csp_action_update_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_action_update_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_action_update_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_RISK, "other"));
    TU_CODE(csp_action_update_put(reg, (csp_action_update *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_action_update_insert(reg, (csp_action_update *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_action_update_iterator_new(&it, reg, NULL));
    while ((rc = csp_action_update_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_ACTION_UPDATE);
        found += strcmp(csp_action_update_id(o), "t-action_update") == 0;
        csp_action_update_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_action_update_next(&o, it), CSP_ITEROVER);
    csp_action_update_iterator_free(it);
    TU_OK(csp_action_update_iterator_new(&it, reg, &filter));
    TU_OK(csp_action_update_next(&o, it));
    csp_action_update_free(o);
    csp_action_update_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_action_update_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_ACTION_UPDATE_FILTER_VERSION + 1;
    TU_CODE(csp_action_update_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_action_update_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_action_update_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ACTION_UPDATE));
    TU_OK(csp_query_where(q, CSP_ACTION_UPDATE_ID, CSP_OP_EQ, "t-action_update"));
    TU_OK(csp_action_update_iterator_query(&it, reg, q));
    TU_OK(csp_action_update_next(&o, it));
    TU_STR_EQ(csp_action_update_id(o), "t-action_update");
    csp_action_update_free(o);
    TU_CODE(csp_action_update_next(&o, it), CSP_ITEROVER);
    csp_action_update_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_RISK));
    TU_CODE(csp_action_update_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_action_update_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_action_update_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_action_update_next(NULL, it), CSP_EARG);
    TU_CODE(csp_action_update_next(&o, NULL), CSP_EARG);
    csp_action_update_iterator_free(NULL);
    TU_OK(csp_action_update_delete(reg, "t-action_update"));
    TU_CODE(csp_action_update_delete(reg, "t-action_update"), CSP_ENOTFOUND);
    TU_CODE(csp_action_update_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_action_update_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_risk_fields)
{
    csp_risk *o = NULL;
    csp_risk *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_risk_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_risk_new(&o, NULL), CSP_EARG);
    TU_OK(csp_risk_new(&o, "t-risk"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_RISK);
    TU_STR_EQ(csp_risk_id(o), "t-risk");
    ck_assert_ptr_null(csp_risk_id(NULL));
    /* partnership */
    TU_OK(csp_risk_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_risk_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_risk_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_partnership(NULL));
    /* title */
    TU_OK(csp_risk_set_title(o, "Sample text"));
    TU_STR_EQ(csp_risk_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_TITLE), "Sample text");
    TU_CODE(csp_risk_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_title(NULL));
    /* description */
    TU_OK(csp_risk_set_description(o, "Sample text"));
    TU_STR_EQ(csp_risk_description(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_DESCRIPTION), "Sample text");
    TU_CODE(csp_risk_set_description(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_description(NULL));
    TU_OK(csp_risk_set_description(o, NULL));
    ck_assert_ptr_null(csp_risk_description(o));
    TU_OK(csp_risk_set_description(o, "Sample text"));
    /* owner */
    TU_OK(csp_risk_set_owner(o, "t-membership"));
    TU_STR_EQ(csp_risk_owner(o), "t-membership");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_OWNER), "t-membership");
    TU_CODE(csp_risk_set_owner(NULL, "t-membership"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_owner(NULL));
    TU_OK(csp_risk_set_owner(o, NULL));
    ck_assert_ptr_null(csp_risk_owner(o));
    TU_OK(csp_risk_set_owner(o, "t-membership"));
    /* likelihood */
    TU_OK(csp_risk_set_likelihood(o, 1));
    ck_assert_int_eq(csp_risk_likelihood(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_LIKELIHOOD), 1);
    TU_CODE(csp_risk_set_likelihood(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_risk_likelihood(NULL), 0);
    /* impact */
    TU_OK(csp_risk_set_impact(o, 1));
    ck_assert_int_eq(csp_risk_impact(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_IMPACT), 1);
    TU_CODE(csp_risk_set_impact(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_risk_impact(NULL), 0);
    /* score */
    ck_assert_int_eq(csp_risk_score(o), 1);
    ck_assert_int_eq(csp_risk_score(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_RISK_SCORE, 1), CSP_EARG); /* kept by libcsp */
    /* status */
    TU_OK(csp_risk_set_status(o, "open"));
    TU_STR_EQ(csp_risk_status(o), "open");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_STATUS), "open");
    TU_CODE(csp_risk_set_status(NULL, "open"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_status(NULL));
    /* mitigations */
    TU_OK(csp_risk_add_mitigations(o, "Sample text"));
    ck_assert_uint_eq(csp_risk_mitigations_count(o), 1);
    TU_STR_EQ(csp_risk_mitigations(o, 0), "Sample text");
    ck_assert_ptr_null(csp_risk_mitigations(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_RISK_MITIGATIONS), 1);
    TU_STR_EQ(csp_record_item(r, CSP_RISK_MITIGATIONS, 0), "Sample text");
    TU_CODE(csp_risk_add_mitigations(NULL, "Sample text"), CSP_EARG);
    TU_OK(csp_risk_clear_mitigations(o));
    ck_assert_uint_eq(csp_risk_mitigations_count(o), 0);
    TU_CODE(csp_risk_clear_mitigations(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_risk_mitigations_count(NULL), 0);
    ck_assert_ptr_null(csp_risk_mitigations(NULL, 0));
    TU_OK(csp_risk_add_mitigations(o, "Sample text"));
    /* reviewed_at */
    TU_OK(csp_risk_set_reviewed_at(o, "t-agenda_item"));
    TU_STR_EQ(csp_risk_reviewed_at(o), "t-agenda_item");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEWED_AT), "t-agenda_item");
    TU_CODE(csp_risk_set_reviewed_at(NULL, "t-agenda_item"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_reviewed_at(NULL));
    TU_OK(csp_risk_set_reviewed_at(o, NULL));
    ck_assert_ptr_null(csp_risk_reviewed_at(o));
    TU_OK(csp_risk_set_reviewed_at(o, "t-agenda_item"));
    /* sources */
    TU_OK(csp_risk_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_risk_sources_count(o), 1);
    TU_STR_EQ(csp_risk_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_risk_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_RISK_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_RISK_SOURCES, 0), "t-source");
    TU_CODE(csp_risk_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_risk_clear_sources(o));
    ck_assert_uint_eq(csp_risk_sources_count(o), 0);
    TU_CODE(csp_risk_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_risk_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_risk_sources(NULL, 0));
    TU_OK(csp_risk_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_RISK_REVIEW, "other"));
    wrong = (csp_risk *)other;
    ck_assert_ptr_null(csp_risk_id(wrong));
    TU_CODE(csp_risk_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_risk_free(NULL);
}
END_TEST

START_TEST(test_risk_register)
{
    csp_risk *o = NULL, *back = NULL;
    csp_risk_iterator *it = NULL;
    csp_risk_filter filter = CSP_RISK_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_risk("t-risk");
    TU_OK(csp_risk_get(&back, reg, "t-risk"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_risk_id(back), "t-risk");
    TU_CODE(csp_risk_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_risk_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_risk_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_risk_put(reg, back));
    TU_CODE(csp_risk_put(NULL, back), CSP_EARG);
    TU_CODE(csp_risk_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_risk_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_RISK_REVIEW, "other"));
    TU_CODE(csp_risk_put(reg, (csp_risk *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_risk_insert(reg, (csp_risk *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_risk_iterator_new(&it, reg, NULL));
    while ((rc = csp_risk_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_RISK);
        found += strcmp(csp_risk_id(o), "t-risk") == 0;
        csp_risk_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_risk_next(&o, it), CSP_ITEROVER);
    csp_risk_iterator_free(it);
    TU_OK(csp_risk_iterator_new(&it, reg, &filter));
    TU_OK(csp_risk_next(&o, it));
    csp_risk_free(o);
    csp_risk_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_risk_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_RISK_FILTER_VERSION + 1;
    TU_CODE(csp_risk_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_risk_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_RISK));
    TU_OK(csp_query_where(q, CSP_RISK_ID, CSP_OP_EQ, "t-risk"));
    TU_OK(csp_risk_iterator_query(&it, reg, q));
    TU_OK(csp_risk_next(&o, it));
    TU_STR_EQ(csp_risk_id(o), "t-risk");
    csp_risk_free(o);
    TU_CODE(csp_risk_next(&o, it), CSP_ITEROVER);
    csp_risk_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_RISK_REVIEW));
    TU_CODE(csp_risk_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_risk_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_risk_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_risk_next(NULL, it), CSP_EARG);
    TU_CODE(csp_risk_next(&o, NULL), CSP_EARG);
    csp_risk_iterator_free(NULL);
    TU_OK(csp_risk_delete(reg, "t-risk"));
    TU_CODE(csp_risk_delete(reg, "t-risk"), CSP_ENOTFOUND);
    TU_CODE(csp_risk_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_risk_review_fields)
{
    csp_risk_review *o = NULL;
    csp_risk_review *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_risk_review_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_review_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_risk_review_new(&o, NULL), CSP_EARG);
    TU_OK(csp_risk_review_new(&o, "t-risk_review"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_RISK_REVIEW);
    TU_STR_EQ(csp_risk_review_id(o), "t-risk_review");
    ck_assert_ptr_null(csp_risk_review_id(NULL));
    /* risk */
    TU_OK(csp_risk_review_set_risk(o, "t-risk"));
    TU_STR_EQ(csp_risk_review_risk(o), "t-risk");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEW_RISK), "t-risk");
    TU_CODE(csp_risk_review_set_risk(NULL, "t-risk"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_review_risk(NULL));
    /* position */
    ck_assert_int_eq(csp_risk_review_position(o), 0);
    ck_assert_int_eq(csp_risk_review_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_RISK_REVIEW_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* date */
    TU_OK(csp_risk_review_set_date(o, "2020-03"));
    TU_STR_EQ(csp_risk_review_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEW_DATE), "2020-03");
    TU_CODE(csp_risk_review_set_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_review_date(NULL));
    /* likelihood */
    TU_OK(csp_risk_review_set_likelihood(o, 1));
    ck_assert_int_eq(csp_risk_review_likelihood(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_REVIEW_LIKELIHOOD), 1);
    TU_CODE(csp_risk_review_set_likelihood(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_risk_review_likelihood(NULL), 0);
    /* impact */
    TU_OK(csp_risk_review_set_impact(o, 1));
    ck_assert_int_eq(csp_risk_review_impact(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_RISK_REVIEW_IMPACT), 1);
    TU_CODE(csp_risk_review_set_impact(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_risk_review_impact(NULL), 0);
    /* score */
    ck_assert_int_eq(csp_risk_review_score(o), 1);
    ck_assert_int_eq(csp_risk_review_score(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_RISK_REVIEW_SCORE, 1), CSP_EARG); /* kept by libcsp */
    /* status */
    TU_OK(csp_risk_review_set_status(o, "open"));
    TU_STR_EQ(csp_risk_review_status(o), "open");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEW_STATUS), "open");
    TU_CODE(csp_risk_review_set_status(NULL, "open"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_review_status(NULL));
    TU_OK(csp_risk_review_set_status(o, NULL));
    ck_assert_ptr_null(csp_risk_review_status(o));
    TU_OK(csp_risk_review_set_status(o, "open"));
    /* note */
    TU_OK(csp_risk_review_set_note(o, "Sample text"));
    TU_STR_EQ(csp_risk_review_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEW_NOTE), "Sample text");
    TU_CODE(csp_risk_review_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_review_note(NULL));
    TU_OK(csp_risk_review_set_note(o, NULL));
    ck_assert_ptr_null(csp_risk_review_note(o));
    TU_OK(csp_risk_review_set_note(o, "Sample text"));
    /* reviewed_at */
    TU_OK(csp_risk_review_set_reviewed_at(o, "t-agenda_item"));
    TU_STR_EQ(csp_risk_review_reviewed_at(o), "t-agenda_item");
    TU_STR_EQ(csp_record_text(r, CSP_RISK_REVIEW_REVIEWED_AT), "t-agenda_item");
    TU_CODE(csp_risk_review_set_reviewed_at(NULL, "t-agenda_item"), CSP_EARG);
    ck_assert_ptr_null(csp_risk_review_reviewed_at(NULL));
    TU_OK(csp_risk_review_set_reviewed_at(o, NULL));
    ck_assert_ptr_null(csp_risk_review_reviewed_at(o));
    TU_OK(csp_risk_review_set_reviewed_at(o, "t-agenda_item"));
    /* sources */
    TU_OK(csp_risk_review_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_risk_review_sources_count(o), 1);
    TU_STR_EQ(csp_risk_review_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_risk_review_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_RISK_REVIEW_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_RISK_REVIEW_SOURCES, 0), "t-source");
    TU_CODE(csp_risk_review_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_risk_review_clear_sources(o));
    ck_assert_uint_eq(csp_risk_review_sources_count(o), 0);
    TU_CODE(csp_risk_review_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_risk_review_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_risk_review_sources(NULL, 0));
    TU_OK(csp_risk_review_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_HOMICIDE_REVIEW, "other"));
    wrong = (csp_risk_review *)other;
    ck_assert_ptr_null(csp_risk_review_id(wrong));
    TU_CODE(csp_risk_review_set_risk(wrong, "t-risk"), CSP_EARG);
    csp_record_free(other);
    csp_risk_review_free(NULL);
}
END_TEST

START_TEST(test_risk_review_register)
{
    csp_risk_review *o = NULL, *back = NULL;
    csp_risk_review_iterator *it = NULL;
    csp_risk_review_filter filter = CSP_RISK_REVIEW_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_risk_review("t-risk_review");
    TU_OK(csp_risk_review_get(&back, reg, "t-risk_review"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_risk_review_id(back), "t-risk_review");
    TU_CODE(csp_risk_review_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_risk_review_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_risk_review_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_review_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_review_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_risk_review_put(reg, back));
    TU_CODE(csp_risk_review_put(NULL, back), CSP_EARG);
    TU_CODE(csp_risk_review_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_review_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_risk_review_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_HOMICIDE_REVIEW, "other"));
    TU_CODE(csp_risk_review_put(reg, (csp_risk_review *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_risk_review_insert(reg, (csp_risk_review *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_risk_review_iterator_new(&it, reg, NULL));
    while ((rc = csp_risk_review_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_RISK_REVIEW);
        found += strcmp(csp_risk_review_id(o), "t-risk_review") == 0;
        csp_risk_review_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_risk_review_next(&o, it), CSP_ITEROVER);
    csp_risk_review_iterator_free(it);
    TU_OK(csp_risk_review_iterator_new(&it, reg, &filter));
    TU_OK(csp_risk_review_next(&o, it));
    csp_risk_review_free(o);
    csp_risk_review_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_risk_review_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_RISK_REVIEW_FILTER_VERSION + 1;
    TU_CODE(csp_risk_review_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_risk_review_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_risk_review_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_RISK_REVIEW));
    TU_OK(csp_query_where(q, CSP_RISK_REVIEW_ID, CSP_OP_EQ, "t-risk_review"));
    TU_OK(csp_risk_review_iterator_query(&it, reg, q));
    TU_OK(csp_risk_review_next(&o, it));
    TU_STR_EQ(csp_risk_review_id(o), "t-risk_review");
    csp_risk_review_free(o);
    TU_CODE(csp_risk_review_next(&o, it), CSP_ITEROVER);
    csp_risk_review_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_HOMICIDE_REVIEW));
    TU_CODE(csp_risk_review_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_risk_review_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_risk_review_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_risk_review_next(NULL, it), CSP_EARG);
    TU_CODE(csp_risk_review_next(&o, NULL), CSP_EARG);
    csp_risk_review_iterator_free(NULL);
    TU_OK(csp_risk_review_delete(reg, "t-risk_review"));
    TU_CODE(csp_risk_review_delete(reg, "t-risk_review"), CSP_ENOTFOUND);
    TU_CODE(csp_risk_review_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_risk_review_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_homicide_review_fields)
{
    csp_homicide_review *o = NULL;
    csp_homicide_review *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_homicide_review_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_homicide_review_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_homicide_review_new(&o, NULL), CSP_EARG);
    TU_OK(csp_homicide_review_new(&o, "t-homicide_review"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_HOMICIDE_REVIEW);
    TU_STR_EQ(csp_homicide_review_id(o), "t-homicide_review");
    ck_assert_ptr_null(csp_homicide_review_id(NULL));
    /* partnership */
    TU_OK(csp_homicide_review_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_homicide_review_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_homicide_review_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_partnership(NULL));
    /* kind */
    TU_OK(csp_homicide_review_set_kind(o, "domestic_homicide_review"));
    TU_STR_EQ(csp_homicide_review_kind(o), "domestic_homicide_review");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_KIND), "domestic_homicide_review");
    TU_CODE(csp_homicide_review_set_kind(NULL, "domestic_homicide_review"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_kind(NULL));
    /* reference */
    TU_OK(csp_homicide_review_set_reference(o, "Sample text"));
    TU_STR_EQ(csp_homicide_review_reference(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_REFERENCE), "Sample text");
    TU_CODE(csp_homicide_review_set_reference(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_reference(NULL));
    /* status */
    TU_OK(csp_homicide_review_set_status(o, "notified"));
    TU_STR_EQ(csp_homicide_review_status(o), "notified");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_STATUS), "notified");
    TU_CODE(csp_homicide_review_set_status(NULL, "notified"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_status(NULL));
    /* notified_on */
    TU_OK(csp_homicide_review_set_notified_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_notified_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_NOTIFIED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_notified_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_notified_on(NULL));
    /* decision */
    TU_OK(csp_homicide_review_set_decision(o, "hold"));
    TU_STR_EQ(csp_homicide_review_decision(o), "hold");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_DECISION), "hold");
    TU_CODE(csp_homicide_review_set_decision(NULL, "hold"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_decision(NULL));
    TU_OK(csp_homicide_review_set_decision(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_decision(o));
    TU_OK(csp_homicide_review_set_decision(o, "hold"));
    /* decided_on */
    TU_OK(csp_homicide_review_set_decided_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_decided_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_DECIDED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_decided_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_decided_on(NULL));
    TU_OK(csp_homicide_review_set_decided_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_decided_on(o));
    TU_OK(csp_homicide_review_set_decided_on(o, "2020-03"));
    /* chair_appointed_on */
    TU_OK(csp_homicide_review_set_chair_appointed_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_chair_appointed_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_CHAIR_APPOINTED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_chair_appointed_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_chair_appointed_on(NULL));
    TU_OK(csp_homicide_review_set_chair_appointed_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_chair_appointed_on(o));
    TU_OK(csp_homicide_review_set_chair_appointed_on(o, "2020-03"));
    /* commissioned_on */
    TU_OK(csp_homicide_review_set_commissioned_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_commissioned_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_COMMISSIONED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_commissioned_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_commissioned_on(NULL));
    TU_OK(csp_homicide_review_set_commissioned_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_commissioned_on(o));
    TU_OK(csp_homicide_review_set_commissioned_on(o, "2020-03"));
    /* submitted_on */
    TU_OK(csp_homicide_review_set_submitted_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_submitted_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_SUBMITTED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_submitted_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_submitted_on(NULL));
    TU_OK(csp_homicide_review_set_submitted_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_submitted_on(o));
    TU_OK(csp_homicide_review_set_submitted_on(o, "2020-03"));
    /* quality_assured_on */
    TU_OK(csp_homicide_review_set_quality_assured_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_quality_assured_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_QUALITY_ASSURED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_quality_assured_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_quality_assured_on(NULL));
    TU_OK(csp_homicide_review_set_quality_assured_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_quality_assured_on(o));
    TU_OK(csp_homicide_review_set_quality_assured_on(o, "2020-03"));
    /* published_on */
    TU_OK(csp_homicide_review_set_published_on(o, "2020-03"));
    TU_STR_EQ(csp_homicide_review_published_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_HOMICIDE_REVIEW_PUBLISHED_ON), "2020-03");
    TU_CODE(csp_homicide_review_set_published_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_homicide_review_published_on(NULL));
    TU_OK(csp_homicide_review_set_published_on(o, NULL));
    ck_assert_ptr_null(csp_homicide_review_published_on(o));
    TU_OK(csp_homicide_review_set_published_on(o, "2020-03"));
    /* sources */
    TU_OK(csp_homicide_review_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_homicide_review_sources_count(o), 1);
    TU_STR_EQ(csp_homicide_review_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_homicide_review_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_HOMICIDE_REVIEW_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_HOMICIDE_REVIEW_SOURCES, 0), "t-source");
    TU_CODE(csp_homicide_review_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_homicide_review_clear_sources(o));
    ck_assert_uint_eq(csp_homicide_review_sources_count(o), 0);
    TU_CODE(csp_homicide_review_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_homicide_review_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_homicide_review_sources(NULL, 0));
    TU_OK(csp_homicide_review_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_SCRUTINY_REVIEW, "other"));
    wrong = (csp_homicide_review *)other;
    ck_assert_ptr_null(csp_homicide_review_id(wrong));
    TU_CODE(csp_homicide_review_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_homicide_review_free(NULL);
}
END_TEST

START_TEST(test_homicide_review_register)
{
    csp_homicide_review *o = NULL, *back = NULL;
    csp_homicide_review_iterator *it = NULL;
    csp_homicide_review_filter filter = CSP_HOMICIDE_REVIEW_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_homicide_review("t-homicide_review");
    TU_OK(csp_homicide_review_get(&back, reg, "t-homicide_review"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_homicide_review_id(back), "t-homicide_review");
    TU_CODE(csp_homicide_review_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_homicide_review_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_homicide_review_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_homicide_review_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_homicide_review_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_homicide_review_put(reg, back));
    TU_CODE(csp_homicide_review_put(NULL, back), CSP_EARG);
    TU_CODE(csp_homicide_review_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_homicide_review_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_homicide_review_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_SCRUTINY_REVIEW, "other"));
    TU_CODE(csp_homicide_review_put(reg, (csp_homicide_review *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_homicide_review_insert(reg, (csp_homicide_review *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_homicide_review_iterator_new(&it, reg, NULL));
    while ((rc = csp_homicide_review_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_HOMICIDE_REVIEW);
        found += strcmp(csp_homicide_review_id(o), "t-homicide_review") == 0;
        csp_homicide_review_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_homicide_review_next(&o, it), CSP_ITEROVER);
    csp_homicide_review_iterator_free(it);
    TU_OK(csp_homicide_review_iterator_new(&it, reg, &filter));
    TU_OK(csp_homicide_review_next(&o, it));
    csp_homicide_review_free(o);
    csp_homicide_review_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_homicide_review_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_HOMICIDE_REVIEW_FILTER_VERSION + 1;
    TU_CODE(csp_homicide_review_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_homicide_review_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_homicide_review_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_HOMICIDE_REVIEW));
    TU_OK(csp_query_where(q, CSP_HOMICIDE_REVIEW_ID, CSP_OP_EQ, "t-homicide_review"));
    TU_OK(csp_homicide_review_iterator_query(&it, reg, q));
    TU_OK(csp_homicide_review_next(&o, it));
    TU_STR_EQ(csp_homicide_review_id(o), "t-homicide_review");
    csp_homicide_review_free(o);
    TU_CODE(csp_homicide_review_next(&o, it), CSP_ITEROVER);
    csp_homicide_review_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_SCRUTINY_REVIEW));
    TU_CODE(csp_homicide_review_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_homicide_review_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_homicide_review_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_homicide_review_next(NULL, it), CSP_EARG);
    TU_CODE(csp_homicide_review_next(&o, NULL), CSP_EARG);
    csp_homicide_review_iterator_free(NULL);
    TU_OK(csp_homicide_review_delete(reg, "t-homicide_review"));
    TU_CODE(csp_homicide_review_delete(reg, "t-homicide_review"), CSP_ENOTFOUND);
    TU_CODE(csp_homicide_review_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_homicide_review_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_scrutiny_review_fields)
{
    csp_scrutiny_review *o = NULL;
    csp_scrutiny_review *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_scrutiny_review_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_scrutiny_review_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_scrutiny_review_new(&o, NULL), CSP_EARG);
    TU_OK(csp_scrutiny_review_new(&o, "t-scrutiny_review"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_SCRUTINY_REVIEW);
    TU_STR_EQ(csp_scrutiny_review_id(o), "t-scrutiny_review");
    ck_assert_ptr_null(csp_scrutiny_review_id(NULL));
    /* committee */
    TU_OK(csp_scrutiny_review_set_committee(o, "t-partnership"));
    TU_STR_EQ(csp_scrutiny_review_committee(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_SCRUTINY_REVIEW_COMMITTEE), "t-partnership");
    TU_CODE(csp_scrutiny_review_set_committee(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_scrutiny_review_committee(NULL));
    /* scrutinised */
    TU_OK(csp_scrutiny_review_set_scrutinised(o, "t-partnership"));
    TU_STR_EQ(csp_scrutiny_review_scrutinised(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_SCRUTINY_REVIEW_SCRUTINISED), "t-partnership");
    TU_CODE(csp_scrutiny_review_set_scrutinised(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_scrutiny_review_scrutinised(NULL));
    /* date */
    TU_OK(csp_scrutiny_review_set_date(o, "2020-03"));
    TU_STR_EQ(csp_scrutiny_review_date(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_SCRUTINY_REVIEW_DATE), "2020-03");
    TU_CODE(csp_scrutiny_review_set_date(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_scrutiny_review_date(NULL));
    /* topic */
    TU_OK(csp_scrutiny_review_set_topic(o, "Sample text"));
    TU_STR_EQ(csp_scrutiny_review_topic(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SCRUTINY_REVIEW_TOPIC), "Sample text");
    TU_CODE(csp_scrutiny_review_set_topic(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_scrutiny_review_topic(NULL));
    /* note */
    TU_OK(csp_scrutiny_review_set_note(o, "Sample text"));
    TU_STR_EQ(csp_scrutiny_review_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SCRUTINY_REVIEW_NOTE), "Sample text");
    TU_CODE(csp_scrutiny_review_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_scrutiny_review_note(NULL));
    TU_OK(csp_scrutiny_review_set_note(o, NULL));
    ck_assert_ptr_null(csp_scrutiny_review_note(o));
    TU_OK(csp_scrutiny_review_set_note(o, "Sample text"));
    /* sources */
    TU_OK(csp_scrutiny_review_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_scrutiny_review_sources_count(o), 1);
    TU_STR_EQ(csp_scrutiny_review_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_scrutiny_review_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_SCRUTINY_REVIEW_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_SCRUTINY_REVIEW_SOURCES, 0), "t-source");
    TU_CODE(csp_scrutiny_review_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_scrutiny_review_clear_sources(o));
    ck_assert_uint_eq(csp_scrutiny_review_sources_count(o), 0);
    TU_CODE(csp_scrutiny_review_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_scrutiny_review_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_scrutiny_review_sources(NULL, 0));
    TU_OK(csp_scrutiny_review_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_RECOMMENDATION, "other"));
    wrong = (csp_scrutiny_review *)other;
    ck_assert_ptr_null(csp_scrutiny_review_id(wrong));
    TU_CODE(csp_scrutiny_review_set_committee(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_scrutiny_review_free(NULL);
}
END_TEST

START_TEST(test_scrutiny_review_register)
{
    csp_scrutiny_review *o = NULL, *back = NULL;
    csp_scrutiny_review_iterator *it = NULL;
    csp_scrutiny_review_filter filter = CSP_SCRUTINY_REVIEW_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_scrutiny_review("t-scrutiny_review");
    TU_OK(csp_scrutiny_review_get(&back, reg, "t-scrutiny_review"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_scrutiny_review_id(back), "t-scrutiny_review");
    TU_CODE(csp_scrutiny_review_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_scrutiny_review_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_scrutiny_review_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_scrutiny_review_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_scrutiny_review_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_scrutiny_review_put(reg, back));
    TU_CODE(csp_scrutiny_review_put(NULL, back), CSP_EARG);
    TU_CODE(csp_scrutiny_review_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_scrutiny_review_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_scrutiny_review_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_RECOMMENDATION, "other"));
    TU_CODE(csp_scrutiny_review_put(reg, (csp_scrutiny_review *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_scrutiny_review_insert(reg, (csp_scrutiny_review *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_scrutiny_review_iterator_new(&it, reg, NULL));
    while ((rc = csp_scrutiny_review_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_SCRUTINY_REVIEW);
        found += strcmp(csp_scrutiny_review_id(o), "t-scrutiny_review") == 0;
        csp_scrutiny_review_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_scrutiny_review_next(&o, it), CSP_ITEROVER);
    csp_scrutiny_review_iterator_free(it);
    TU_OK(csp_scrutiny_review_iterator_new(&it, reg, &filter));
    TU_OK(csp_scrutiny_review_next(&o, it));
    csp_scrutiny_review_free(o);
    csp_scrutiny_review_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_scrutiny_review_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_SCRUTINY_REVIEW_FILTER_VERSION + 1;
    TU_CODE(csp_scrutiny_review_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_scrutiny_review_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_scrutiny_review_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_SCRUTINY_REVIEW));
    TU_OK(csp_query_where(q, CSP_SCRUTINY_REVIEW_ID, CSP_OP_EQ, "t-scrutiny_review"));
    TU_OK(csp_scrutiny_review_iterator_query(&it, reg, q));
    TU_OK(csp_scrutiny_review_next(&o, it));
    TU_STR_EQ(csp_scrutiny_review_id(o), "t-scrutiny_review");
    csp_scrutiny_review_free(o);
    TU_CODE(csp_scrutiny_review_next(&o, it), CSP_ITEROVER);
    csp_scrutiny_review_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_RECOMMENDATION));
    TU_CODE(csp_scrutiny_review_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_scrutiny_review_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_scrutiny_review_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_scrutiny_review_next(NULL, it), CSP_EARG);
    TU_CODE(csp_scrutiny_review_next(&o, NULL), CSP_EARG);
    csp_scrutiny_review_iterator_free(NULL);
    TU_OK(csp_scrutiny_review_delete(reg, "t-scrutiny_review"));
    TU_CODE(csp_scrutiny_review_delete(reg, "t-scrutiny_review"), CSP_ENOTFOUND);
    TU_CODE(csp_scrutiny_review_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_scrutiny_review_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_recommendation_fields)
{
    csp_recommendation *o = NULL;
    csp_recommendation *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_recommendation_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_recommendation_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_recommendation_new(&o, NULL), CSP_EARG);
    TU_OK(csp_recommendation_new(&o, "t-recommendation"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_RECOMMENDATION);
    TU_STR_EQ(csp_recommendation_id(o), "t-recommendation");
    ck_assert_ptr_null(csp_recommendation_id(NULL));
    /* scrutiny_review */
    TU_OK(csp_recommendation_set_scrutiny_review(o, "t-scrutiny_review"));
    TU_STR_EQ(csp_recommendation_scrutiny_review(o), "t-scrutiny_review");
    TU_STR_EQ(csp_record_text(r, CSP_RECOMMENDATION_SCRUTINY_REVIEW), "t-scrutiny_review");
    TU_CODE(csp_recommendation_set_scrutiny_review(NULL, "t-scrutiny_review"), CSP_EARG);
    ck_assert_ptr_null(csp_recommendation_scrutiny_review(NULL));
    /* position */
    ck_assert_int_eq(csp_recommendation_position(o), 0);
    ck_assert_int_eq(csp_recommendation_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_RECOMMENDATION_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* text */
    TU_OK(csp_recommendation_set_text(o, "Sample text"));
    TU_STR_EQ(csp_recommendation_text(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_RECOMMENDATION_TEXT), "Sample text");
    TU_CODE(csp_recommendation_set_text(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_recommendation_text(NULL));
    /* response */
    TU_OK(csp_recommendation_set_response(o, "accepted"));
    TU_STR_EQ(csp_recommendation_response(o), "accepted");
    TU_STR_EQ(csp_record_text(r, CSP_RECOMMENDATION_RESPONSE), "accepted");
    TU_CODE(csp_recommendation_set_response(NULL, "accepted"), CSP_EARG);
    ck_assert_ptr_null(csp_recommendation_response(NULL));
    TU_OK(csp_recommendation_set_response(o, NULL));
    ck_assert_ptr_null(csp_recommendation_response(o));
    TU_OK(csp_recommendation_set_response(o, "accepted"));
    /* responded_on */
    TU_OK(csp_recommendation_set_responded_on(o, "2020-03"));
    TU_STR_EQ(csp_recommendation_responded_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_RECOMMENDATION_RESPONDED_ON), "2020-03");
    TU_CODE(csp_recommendation_set_responded_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_recommendation_responded_on(NULL));
    TU_OK(csp_recommendation_set_responded_on(o, NULL));
    ck_assert_ptr_null(csp_recommendation_responded_on(o));
    TU_OK(csp_recommendation_set_responded_on(o, "2020-03"));
    /* response_text */
    TU_OK(csp_recommendation_set_response_text(o, "Sample text"));
    TU_STR_EQ(csp_recommendation_response_text(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_RECOMMENDATION_RESPONSE_TEXT), "Sample text");
    TU_CODE(csp_recommendation_set_response_text(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_recommendation_response_text(NULL));
    TU_OK(csp_recommendation_set_response_text(o, NULL));
    ck_assert_ptr_null(csp_recommendation_response_text(o));
    TU_OK(csp_recommendation_set_response_text(o, "Sample text"));
    /* sources */
    TU_OK(csp_recommendation_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_recommendation_sources_count(o), 1);
    TU_STR_EQ(csp_recommendation_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_recommendation_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_RECOMMENDATION_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_RECOMMENDATION_SOURCES, 0), "t-source");
    TU_CODE(csp_recommendation_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_recommendation_clear_sources(o));
    ck_assert_uint_eq(csp_recommendation_sources_count(o), 0);
    TU_CODE(csp_recommendation_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_recommendation_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_recommendation_sources(NULL, 0));
    TU_OK(csp_recommendation_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_INDICATOR, "other"));
    wrong = (csp_recommendation *)other;
    ck_assert_ptr_null(csp_recommendation_id(wrong));
    TU_CODE(csp_recommendation_set_scrutiny_review(wrong, "t-scrutiny_review"), CSP_EARG);
    csp_record_free(other);
    csp_recommendation_free(NULL);
}
END_TEST

START_TEST(test_recommendation_register)
{
    csp_recommendation *o = NULL, *back = NULL;
    csp_recommendation_iterator *it = NULL;
    csp_recommendation_filter filter = CSP_RECOMMENDATION_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_recommendation("t-recommendation");
    TU_OK(csp_recommendation_get(&back, reg, "t-recommendation"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_recommendation_id(back), "t-recommendation");
    TU_CODE(csp_recommendation_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_recommendation_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_recommendation_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_recommendation_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_recommendation_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_recommendation_put(reg, back));
    TU_CODE(csp_recommendation_put(NULL, back), CSP_EARG);
    TU_CODE(csp_recommendation_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_recommendation_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_recommendation_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_INDICATOR, "other"));
    TU_CODE(csp_recommendation_put(reg, (csp_recommendation *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_recommendation_insert(reg, (csp_recommendation *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_recommendation_iterator_new(&it, reg, NULL));
    while ((rc = csp_recommendation_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_RECOMMENDATION);
        found += strcmp(csp_recommendation_id(o), "t-recommendation") == 0;
        csp_recommendation_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_recommendation_next(&o, it), CSP_ITEROVER);
    csp_recommendation_iterator_free(it);
    TU_OK(csp_recommendation_iterator_new(&it, reg, &filter));
    TU_OK(csp_recommendation_next(&o, it));
    csp_recommendation_free(o);
    csp_recommendation_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_recommendation_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_RECOMMENDATION_FILTER_VERSION + 1;
    TU_CODE(csp_recommendation_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_recommendation_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_recommendation_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_RECOMMENDATION));
    TU_OK(csp_query_where(q, CSP_RECOMMENDATION_ID, CSP_OP_EQ, "t-recommendation"));
    TU_OK(csp_recommendation_iterator_query(&it, reg, q));
    TU_OK(csp_recommendation_next(&o, it));
    TU_STR_EQ(csp_recommendation_id(o), "t-recommendation");
    csp_recommendation_free(o);
    TU_CODE(csp_recommendation_next(&o, it), CSP_ITEROVER);
    csp_recommendation_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_INDICATOR));
    TU_CODE(csp_recommendation_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_recommendation_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_recommendation_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_recommendation_next(NULL, it), CSP_EARG);
    TU_CODE(csp_recommendation_next(&o, NULL), CSP_EARG);
    csp_recommendation_iterator_free(NULL);
    TU_OK(csp_recommendation_delete(reg, "t-recommendation"));
    TU_CODE(csp_recommendation_delete(reg, "t-recommendation"), CSP_ENOTFOUND);
    TU_CODE(csp_recommendation_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_recommendation_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_indicator_fields)
{
    csp_indicator *o = NULL;
    csp_indicator *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_indicator_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_indicator_new(&o, NULL), CSP_EARG);
    TU_OK(csp_indicator_new(&o, "t-indicator"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_INDICATOR);
    TU_STR_EQ(csp_indicator_id(o), "t-indicator");
    ck_assert_ptr_null(csp_indicator_id(NULL));
    /* partnership */
    TU_OK(csp_indicator_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_indicator_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_indicator_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_partnership(NULL));
    /* name */
    TU_OK(csp_indicator_set_name(o, "Sample text"));
    TU_STR_EQ(csp_indicator_name(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_NAME), "Sample text");
    TU_CODE(csp_indicator_set_name(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_name(NULL));
    /* unit */
    TU_OK(csp_indicator_set_unit(o, "Sample text"));
    TU_STR_EQ(csp_indicator_unit(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_UNIT), "Sample text");
    TU_CODE(csp_indicator_set_unit(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_unit(NULL));
    TU_OK(csp_indicator_set_unit(o, NULL));
    ck_assert_ptr_null(csp_indicator_unit(o));
    TU_OK(csp_indicator_set_unit(o, "Sample text"));
    /* direction */
    TU_OK(csp_indicator_set_direction(o, "higher_is_better"));
    TU_STR_EQ(csp_indicator_direction(o), "higher_is_better");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_DIRECTION), "higher_is_better");
    TU_CODE(csp_indicator_set_direction(NULL, "higher_is_better"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_direction(NULL));
    TU_OK(csp_indicator_set_direction(o, NULL));
    ck_assert_ptr_null(csp_indicator_direction(o));
    TU_OK(csp_indicator_set_direction(o, "higher_is_better"));
    /* target */
    TU_OK(csp_indicator_set_target(o, "7.4"));
    TU_STR_EQ(csp_indicator_target(o), "7.4");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_TARGET), "7.4");
    TU_CODE(csp_indicator_set_target(NULL, "7.4"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_target(NULL));
    TU_OK(csp_indicator_set_target(o, NULL));
    ck_assert_ptr_null(csp_indicator_target(o));
    TU_OK(csp_indicator_set_target(o, "7.4"));
    /* element */
    TU_OK(csp_indicator_set_element(o, "t-element"));
    TU_STR_EQ(csp_indicator_element(o), "t-element");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_ELEMENT), "t-element");
    TU_CODE(csp_indicator_set_element(NULL, "t-element"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_element(NULL));
    TU_OK(csp_indicator_set_element(o, NULL));
    ck_assert_ptr_null(csp_indicator_element(o));
    TU_OK(csp_indicator_set_element(o, "t-element"));
    /* note */
    TU_OK(csp_indicator_set_note(o, "Sample text"));
    TU_STR_EQ(csp_indicator_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_NOTE), "Sample text");
    TU_CODE(csp_indicator_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_note(NULL));
    TU_OK(csp_indicator_set_note(o, NULL));
    ck_assert_ptr_null(csp_indicator_note(o));
    TU_OK(csp_indicator_set_note(o, "Sample text"));
    /* sources */
    TU_OK(csp_indicator_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_indicator_sources_count(o), 1);
    TU_STR_EQ(csp_indicator_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_indicator_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_INDICATOR_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_INDICATOR_SOURCES, 0), "t-source");
    TU_CODE(csp_indicator_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_indicator_clear_sources(o));
    ck_assert_uint_eq(csp_indicator_sources_count(o), 0);
    TU_CODE(csp_indicator_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_indicator_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_indicator_sources(NULL, 0));
    TU_OK(csp_indicator_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_INDICATOR_VALUE, "other"));
    wrong = (csp_indicator *)other;
    ck_assert_ptr_null(csp_indicator_id(wrong));
    TU_CODE(csp_indicator_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_indicator_free(NULL);
}
END_TEST

START_TEST(test_indicator_register)
{
    csp_indicator *o = NULL, *back = NULL;
    csp_indicator_iterator *it = NULL;
    csp_indicator_filter filter = CSP_INDICATOR_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_indicator("t-indicator");
    TU_OK(csp_indicator_get(&back, reg, "t-indicator"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_indicator_id(back), "t-indicator");
    TU_CODE(csp_indicator_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_indicator_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_indicator_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_indicator_put(reg, back));
    TU_CODE(csp_indicator_put(NULL, back), CSP_EARG);
    TU_CODE(csp_indicator_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_indicator_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_INDICATOR_VALUE, "other"));
    TU_CODE(csp_indicator_put(reg, (csp_indicator *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_indicator_insert(reg, (csp_indicator *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_indicator_iterator_new(&it, reg, NULL));
    while ((rc = csp_indicator_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_INDICATOR);
        found += strcmp(csp_indicator_id(o), "t-indicator") == 0;
        csp_indicator_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_indicator_next(&o, it), CSP_ITEROVER);
    csp_indicator_iterator_free(it);
    TU_OK(csp_indicator_iterator_new(&it, reg, &filter));
    TU_OK(csp_indicator_next(&o, it));
    csp_indicator_free(o);
    csp_indicator_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_indicator_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_INDICATOR_FILTER_VERSION + 1;
    TU_CODE(csp_indicator_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_indicator_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_INDICATOR));
    TU_OK(csp_query_where(q, CSP_INDICATOR_ID, CSP_OP_EQ, "t-indicator"));
    TU_OK(csp_indicator_iterator_query(&it, reg, q));
    TU_OK(csp_indicator_next(&o, it));
    TU_STR_EQ(csp_indicator_id(o), "t-indicator");
    csp_indicator_free(o);
    TU_CODE(csp_indicator_next(&o, it), CSP_ITEROVER);
    csp_indicator_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_INDICATOR_VALUE));
    TU_CODE(csp_indicator_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_indicator_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_indicator_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_indicator_next(NULL, it), CSP_EARG);
    TU_CODE(csp_indicator_next(&o, NULL), CSP_EARG);
    csp_indicator_iterator_free(NULL);
    TU_OK(csp_indicator_delete(reg, "t-indicator"));
    TU_CODE(csp_indicator_delete(reg, "t-indicator"), CSP_ENOTFOUND);
    TU_CODE(csp_indicator_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_indicator_value_fields)
{
    csp_indicator_value *o = NULL;
    csp_indicator_value *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_indicator_value_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_value_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_indicator_value_new(&o, NULL), CSP_EARG);
    TU_OK(csp_indicator_value_new(&o, "t-indicator_value"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_INDICATOR_VALUE);
    TU_STR_EQ(csp_indicator_value_id(o), "t-indicator_value");
    ck_assert_ptr_null(csp_indicator_value_id(NULL));
    /* indicator */
    TU_OK(csp_indicator_value_set_indicator(o, "t-indicator"));
    TU_STR_EQ(csp_indicator_value_indicator(o), "t-indicator");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_VALUE_INDICATOR), "t-indicator");
    TU_CODE(csp_indicator_value_set_indicator(NULL, "t-indicator"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_value_indicator(NULL));
    /* position */
    ck_assert_int_eq(csp_indicator_value_position(o), 0);
    ck_assert_int_eq(csp_indicator_value_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_INDICATOR_VALUE_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* period_start */
    TU_OK(csp_indicator_value_set_period_start(o, "2020-03"));
    TU_STR_EQ(csp_indicator_value_period_start(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_VALUE_PERIOD_START), "2020-03");
    TU_CODE(csp_indicator_value_set_period_start(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_value_period_start(NULL));
    /* period_end */
    TU_OK(csp_indicator_value_set_period_end(o, "2020-03"));
    TU_STR_EQ(csp_indicator_value_period_end(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_VALUE_PERIOD_END), "2020-03");
    TU_CODE(csp_indicator_value_set_period_end(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_value_period_end(NULL));
    TU_OK(csp_indicator_value_set_period_end(o, NULL));
    ck_assert_ptr_null(csp_indicator_value_period_end(o));
    TU_OK(csp_indicator_value_set_period_end(o, "2020-03"));
    /* value */
    TU_OK(csp_indicator_value_set_value(o, "7.4"));
    TU_STR_EQ(csp_indicator_value_value(o), "7.4");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_VALUE_VALUE), "7.4");
    TU_CODE(csp_indicator_value_set_value(NULL, "7.4"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_value_value(NULL));
    /* note */
    TU_OK(csp_indicator_value_set_note(o, "Sample text"));
    TU_STR_EQ(csp_indicator_value_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_INDICATOR_VALUE_NOTE), "Sample text");
    TU_CODE(csp_indicator_value_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_indicator_value_note(NULL));
    TU_OK(csp_indicator_value_set_note(o, NULL));
    ck_assert_ptr_null(csp_indicator_value_note(o));
    TU_OK(csp_indicator_value_set_note(o, "Sample text"));
    /* sources */
    TU_OK(csp_indicator_value_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_indicator_value_sources_count(o), 1);
    TU_STR_EQ(csp_indicator_value_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_indicator_value_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_INDICATOR_VALUE_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_INDICATOR_VALUE_SOURCES, 0), "t-source");
    TU_CODE(csp_indicator_value_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_indicator_value_clear_sources(o));
    ck_assert_uint_eq(csp_indicator_value_sources_count(o), 0);
    TU_CODE(csp_indicator_value_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_indicator_value_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_indicator_value_sources(NULL, 0));
    TU_OK(csp_indicator_value_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_STANDING_ITEM, "other"));
    wrong = (csp_indicator_value *)other;
    ck_assert_ptr_null(csp_indicator_value_id(wrong));
    TU_CODE(csp_indicator_value_set_indicator(wrong, "t-indicator"), CSP_EARG);
    csp_record_free(other);
    csp_indicator_value_free(NULL);
}
END_TEST

START_TEST(test_indicator_value_register)
{
    csp_indicator_value *o = NULL, *back = NULL;
    csp_indicator_value_iterator *it = NULL;
    csp_indicator_value_filter filter = CSP_INDICATOR_VALUE_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_indicator_value("t-indicator_value");
    TU_OK(csp_indicator_value_get(&back, reg, "t-indicator_value"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_indicator_value_id(back), "t-indicator_value");
    TU_CODE(csp_indicator_value_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_indicator_value_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_indicator_value_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_value_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_value_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_indicator_value_put(reg, back));
    TU_CODE(csp_indicator_value_put(NULL, back), CSP_EARG);
    TU_CODE(csp_indicator_value_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_value_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_indicator_value_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_STANDING_ITEM, "other"));
    TU_CODE(csp_indicator_value_put(reg, (csp_indicator_value *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_indicator_value_insert(reg, (csp_indicator_value *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_indicator_value_iterator_new(&it, reg, NULL));
    while ((rc = csp_indicator_value_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_INDICATOR_VALUE);
        found += strcmp(csp_indicator_value_id(o), "t-indicator_value") == 0;
        csp_indicator_value_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_indicator_value_next(&o, it), CSP_ITEROVER);
    csp_indicator_value_iterator_free(it);
    TU_OK(csp_indicator_value_iterator_new(&it, reg, &filter));
    TU_OK(csp_indicator_value_next(&o, it));
    csp_indicator_value_free(o);
    csp_indicator_value_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_indicator_value_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_INDICATOR_VALUE_FILTER_VERSION + 1;
    TU_CODE(csp_indicator_value_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_indicator_value_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_indicator_value_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_INDICATOR_VALUE));
    TU_OK(csp_query_where(q, CSP_INDICATOR_VALUE_ID, CSP_OP_EQ, "t-indicator_value"));
    TU_OK(csp_indicator_value_iterator_query(&it, reg, q));
    TU_OK(csp_indicator_value_next(&o, it));
    TU_STR_EQ(csp_indicator_value_id(o), "t-indicator_value");
    csp_indicator_value_free(o);
    TU_CODE(csp_indicator_value_next(&o, it), CSP_ITEROVER);
    csp_indicator_value_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_STANDING_ITEM));
    TU_CODE(csp_indicator_value_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_indicator_value_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_indicator_value_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_indicator_value_next(NULL, it), CSP_EARG);
    TU_CODE(csp_indicator_value_next(&o, NULL), CSP_EARG);
    csp_indicator_value_iterator_free(NULL);
    TU_OK(csp_indicator_value_delete(reg, "t-indicator_value"));
    TU_CODE(csp_indicator_value_delete(reg, "t-indicator_value"), CSP_ENOTFOUND);
    TU_CODE(csp_indicator_value_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_indicator_value_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_standing_item_fields)
{
    csp_standing_item *o = NULL;
    csp_standing_item *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_standing_item_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_standing_item_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_standing_item_new(&o, NULL), CSP_EARG);
    TU_OK(csp_standing_item_new(&o, "t-standing_item"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_STANDING_ITEM);
    TU_STR_EQ(csp_standing_item_id(o), "t-standing_item");
    ck_assert_ptr_null(csp_standing_item_id(NULL));
    /* partnership */
    TU_OK(csp_standing_item_set_partnership(o, "t-partnership"));
    TU_STR_EQ(csp_standing_item_partnership(o), "t-partnership");
    TU_STR_EQ(csp_record_text(r, CSP_STANDING_ITEM_PARTNERSHIP), "t-partnership");
    TU_CODE(csp_standing_item_set_partnership(NULL, "t-partnership"), CSP_EARG);
    ck_assert_ptr_null(csp_standing_item_partnership(NULL));
    /* position */
    ck_assert_int_eq(csp_standing_item_position(o), 0);
    ck_assert_int_eq(csp_standing_item_position(NULL), 0);
    TU_CODE(csp_record_set_int((csp_record *)o, CSP_STANDING_ITEM_POSITION, 1), CSP_EARG); /* kept by libcsp */
    /* parent */
    TU_OK(csp_standing_item_set_parent(o, "t-standing_item"));
    TU_STR_EQ(csp_standing_item_parent(o), "t-standing_item");
    TU_STR_EQ(csp_record_text(r, CSP_STANDING_ITEM_PARENT), "t-standing_item");
    TU_CODE(csp_standing_item_set_parent(NULL, "t-standing_item"), CSP_EARG);
    ck_assert_ptr_null(csp_standing_item_parent(NULL));
    TU_OK(csp_standing_item_set_parent(o, NULL));
    ck_assert_ptr_null(csp_standing_item_parent(o));
    TU_OK(csp_standing_item_set_parent(o, "t-standing_item"));
    /* kind */
    TU_OK(csp_standing_item_set_kind(o, "progress_review"));
    TU_STR_EQ(csp_standing_item_kind(o), "progress_review");
    TU_STR_EQ(csp_record_text(r, CSP_STANDING_ITEM_KIND), "progress_review");
    TU_CODE(csp_standing_item_set_kind(NULL, "progress_review"), CSP_EARG);
    ck_assert_ptr_null(csp_standing_item_kind(NULL));
    /* title */
    TU_OK(csp_standing_item_set_title(o, "Sample text"));
    TU_STR_EQ(csp_standing_item_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_STANDING_ITEM_TITLE), "Sample text");
    TU_CODE(csp_standing_item_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_standing_item_title(NULL));
    /* minutes */
    TU_OK(csp_standing_item_set_minutes(o, 1));
    ck_assert_int_eq(csp_standing_item_minutes(o), 1);
    ck_assert_int_eq(csp_record_int(r, CSP_STANDING_ITEM_MINUTES), 1);
    TU_CODE(csp_standing_item_set_minutes(NULL, 1), CSP_EARG);
    ck_assert_int_eq(csp_standing_item_minutes(NULL), 0);
    /* sources */
    TU_OK(csp_standing_item_add_sources(o, "t-source"));
    ck_assert_uint_eq(csp_standing_item_sources_count(o), 1);
    TU_STR_EQ(csp_standing_item_sources(o, 0), "t-source");
    ck_assert_ptr_null(csp_standing_item_sources(o, 1));
    ck_assert_uint_eq(csp_record_count(r, CSP_STANDING_ITEM_SOURCES), 1);
    TU_STR_EQ(csp_record_item(r, CSP_STANDING_ITEM_SOURCES, 0), "t-source");
    TU_CODE(csp_standing_item_add_sources(NULL, "t-source"), CSP_EARG);
    TU_OK(csp_standing_item_clear_sources(o));
    ck_assert_uint_eq(csp_standing_item_sources_count(o), 0);
    TU_CODE(csp_standing_item_clear_sources(NULL), CSP_EARG);
    ck_assert_uint_eq(csp_standing_item_sources_count(NULL), 0);
    ck_assert_ptr_null(csp_standing_item_sources(NULL, 0));
    TU_OK(csp_standing_item_add_sources(o, "t-source"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_SOURCE, "other"));
    wrong = (csp_standing_item *)other;
    ck_assert_ptr_null(csp_standing_item_id(wrong));
    TU_CODE(csp_standing_item_set_partnership(wrong, "t-partnership"), CSP_EARG);
    csp_record_free(other);
    csp_standing_item_free(NULL);
}
END_TEST

START_TEST(test_standing_item_register)
{
    csp_standing_item *o = NULL, *back = NULL;
    csp_standing_item_iterator *it = NULL;
    csp_standing_item_filter filter = CSP_STANDING_ITEM_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_standing_item("t-standing_item");
    TU_OK(csp_standing_item_get(&back, reg, "t-standing_item"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_standing_item_id(back), "t-standing_item");
    TU_CODE(csp_standing_item_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_standing_item_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_standing_item_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_standing_item_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_standing_item_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_standing_item_put(reg, back));
    TU_CODE(csp_standing_item_put(NULL, back), CSP_EARG);
    TU_CODE(csp_standing_item_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_standing_item_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_standing_item_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_SOURCE, "other"));
    TU_CODE(csp_standing_item_put(reg, (csp_standing_item *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_standing_item_insert(reg, (csp_standing_item *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_standing_item_iterator_new(&it, reg, NULL));
    while ((rc = csp_standing_item_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_STANDING_ITEM);
        found += strcmp(csp_standing_item_id(o), "t-standing_item") == 0;
        csp_standing_item_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_standing_item_next(&o, it), CSP_ITEROVER);
    csp_standing_item_iterator_free(it);
    TU_OK(csp_standing_item_iterator_new(&it, reg, &filter));
    TU_OK(csp_standing_item_next(&o, it));
    csp_standing_item_free(o);
    csp_standing_item_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_standing_item_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_STANDING_ITEM_FILTER_VERSION + 1;
    TU_CODE(csp_standing_item_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_standing_item_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_standing_item_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_STANDING_ITEM));
    TU_OK(csp_query_where(q, CSP_STANDING_ITEM_ID, CSP_OP_EQ, "t-standing_item"));
    TU_OK(csp_standing_item_iterator_query(&it, reg, q));
    TU_OK(csp_standing_item_next(&o, it));
    TU_STR_EQ(csp_standing_item_id(o), "t-standing_item");
    csp_standing_item_free(o);
    TU_CODE(csp_standing_item_next(&o, it), CSP_ITEROVER);
    csp_standing_item_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_SOURCE));
    TU_CODE(csp_standing_item_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_standing_item_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_standing_item_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_standing_item_next(NULL, it), CSP_EARG);
    TU_CODE(csp_standing_item_next(&o, NULL), CSP_EARG);
    csp_standing_item_iterator_free(NULL);
    TU_OK(csp_standing_item_move(reg, "t-standing_item", NULL, 0));
    TU_CODE(csp_standing_item_move(NULL, "t-standing_item", NULL, 0), CSP_EARG);
    TU_CODE(csp_standing_item_move(reg, NULL, NULL, 0), CSP_EARG);
    TU_CODE(csp_standing_item_move(reg, "no-such", NULL, 0), CSP_ENOTFOUND);
    TU_OK(csp_standing_item_delete(reg, "t-standing_item"));
    TU_CODE(csp_standing_item_delete(reg, "t-standing_item"), CSP_ENOTFOUND);
    TU_CODE(csp_standing_item_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_standing_item_delete(reg, NULL), CSP_EARG);
}
END_TEST

START_TEST(test_source_fields)
{
    csp_source *o = NULL;
    csp_source *wrong;
    const csp_record *r;
    csp_record *other = NULL;
    TU_CODE(csp_source_new(NULL, "x"), CSP_EARG);
    TU_CODE(csp_source_new(&o, ""), CSP_EINVALID);
    ck_assert_ptr_null(o);
    TU_CODE(csp_source_new(&o, NULL), CSP_EARG);
    TU_OK(csp_source_new(&o, "t-source"));
    t_obj = (csp_record *)o;
    r = (const csp_record *)o;
    ck_assert_int_eq(csp_record_entity(r), CSP_ENTITY_SOURCE);
    TU_STR_EQ(csp_source_id(o), "t-source");
    ck_assert_ptr_null(csp_source_id(NULL));
    /* url */
    TU_OK(csp_source_set_url(o, "Sample text"));
    TU_STR_EQ(csp_source_url(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_URL), "Sample text");
    TU_CODE(csp_source_set_url(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_source_url(NULL));
    TU_OK(csp_source_set_url(o, NULL));
    ck_assert_ptr_null(csp_source_url(o));
    TU_OK(csp_source_set_url(o, "Sample text"));
    /* reference */
    TU_OK(csp_source_set_reference(o, "Sample text"));
    TU_STR_EQ(csp_source_reference(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_REFERENCE), "Sample text");
    TU_CODE(csp_source_set_reference(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_source_reference(NULL));
    TU_OK(csp_source_set_reference(o, NULL));
    ck_assert_ptr_null(csp_source_reference(o));
    TU_OK(csp_source_set_reference(o, "Sample text"));
    /* title */
    TU_OK(csp_source_set_title(o, "Sample text"));
    TU_STR_EQ(csp_source_title(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_TITLE), "Sample text");
    TU_CODE(csp_source_set_title(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_source_title(NULL));
    TU_OK(csp_source_set_title(o, NULL));
    ck_assert_ptr_null(csp_source_title(o));
    TU_OK(csp_source_set_title(o, "Sample text"));
    /* updated_on */
    TU_OK(csp_source_set_updated_on(o, "2020-03"));
    TU_STR_EQ(csp_source_updated_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_UPDATED_ON), "2020-03");
    TU_CODE(csp_source_set_updated_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_source_updated_on(NULL));
    TU_OK(csp_source_set_updated_on(o, NULL));
    ck_assert_ptr_null(csp_source_updated_on(o));
    TU_OK(csp_source_set_updated_on(o, "2020-03"));
    /* read_on */
    TU_OK(csp_source_set_read_on(o, "2020-03"));
    TU_STR_EQ(csp_source_read_on(o), "2020-03");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_READ_ON), "2020-03");
    TU_CODE(csp_source_set_read_on(NULL, "2020-03"), CSP_EARG);
    ck_assert_ptr_null(csp_source_read_on(NULL));
    TU_OK(csp_source_set_read_on(o, NULL));
    ck_assert_ptr_null(csp_source_read_on(o));
    TU_OK(csp_source_set_read_on(o, "2020-03"));
    /* note */
    TU_OK(csp_source_set_note(o, "Sample text"));
    TU_STR_EQ(csp_source_note(o), "Sample text");
    TU_STR_EQ(csp_record_text(r, CSP_SOURCE_NOTE), "Sample text");
    TU_CODE(csp_source_set_note(NULL, "Sample text"), CSP_EARG);
    ck_assert_ptr_null(csp_source_note(NULL));
    TU_OK(csp_source_set_note(o, NULL));
    ck_assert_ptr_null(csp_source_note(o));
    TU_OK(csp_source_set_note(o, "Sample text"));
    TU_OK(csp_record_new(&other, CSP_ENTITY_ORGANISATION, "other"));
    wrong = (csp_source *)other;
    ck_assert_ptr_null(csp_source_id(wrong));
    TU_CODE(csp_source_set_url(wrong, "Sample text"), CSP_EARG);
    csp_record_free(other);
    csp_source_free(NULL);
}
END_TEST

START_TEST(test_source_register)
{
    csp_source *o = NULL, *back = NULL;
    csp_source_iterator *it = NULL;
    csp_source_filter filter = CSP_SOURCE_FILTER_INIT;
    csp_query *q = NULL, *q_other = NULL;
    csp_record *other = NULL;
    int rc, found = 0;
    put_sample_source("t-source");
    TU_OK(csp_source_get(&back, reg, "t-source"));
    t_obj = (csp_record *)back;
    TU_STR_EQ(csp_source_id(back), "t-source");
    TU_CODE(csp_source_get(&o, reg, "no-such"), CSP_ENOTFOUND);
    ck_assert_ptr_null(o);
    TU_CODE(csp_source_get(NULL, reg, "x"), CSP_EARG);
    TU_CODE(csp_source_get(&o, NULL, "x"), CSP_EARG);
    TU_CODE(csp_source_get(&o, reg, NULL), CSP_EARG);
    TU_CODE(csp_source_insert(reg, back), CSP_EEXISTS);
    TU_OK(csp_source_put(reg, back));
    TU_CODE(csp_source_put(NULL, back), CSP_EARG);
    TU_CODE(csp_source_put(reg, NULL), CSP_EARG);
    TU_CODE(csp_source_insert(NULL, back), CSP_EARG);
    TU_CODE(csp_source_insert(reg, NULL), CSP_EARG);
    TU_OK(csp_record_new(&other, CSP_ENTITY_ORGANISATION, "other"));
    TU_CODE(csp_source_put(reg, (csp_source *)other), CSP_EARG); /* a record of another entity */
    TU_CODE(csp_source_insert(reg, (csp_source *)other), CSP_EARG);
    csp_record_free(other);
    /* every record, then through the filter struct, then through a query */
    TU_OK(csp_source_iterator_new(&it, reg, NULL));
    while ((rc = csp_source_next(&o, it)) == CSP_OK) {
        ck_assert_int_eq(csp_record_entity((const csp_record *)o), CSP_ENTITY_SOURCE);
        found += strcmp(csp_source_id(o), "t-source") == 0;
        csp_source_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    ck_assert_int_eq(found, 1);
    TU_CODE(csp_source_next(&o, it), CSP_ITEROVER);
    csp_source_iterator_free(it);
    TU_OK(csp_source_iterator_new(&it, reg, &filter));
    TU_OK(csp_source_next(&o, it));
    csp_source_free(o);
    csp_source_iterator_free(it);
    filter.version = 0;
    TU_CODE(csp_source_iterator_new(&it, reg, &filter), CSP_EARG);
    ck_assert_ptr_null(it);
    filter.version = CSP_SOURCE_FILTER_VERSION + 1;
    TU_CODE(csp_source_iterator_new(&it, reg, &filter), CSP_EARG);
    TU_CODE(csp_source_iterator_new(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_source_iterator_new(&it, NULL, NULL), CSP_EARG);
    TU_OK(csp_query_new(&q, CSP_ENTITY_SOURCE));
    TU_OK(csp_query_where(q, CSP_SOURCE_ID, CSP_OP_EQ, "t-source"));
    TU_OK(csp_source_iterator_query(&it, reg, q));
    TU_OK(csp_source_next(&o, it));
    TU_STR_EQ(csp_source_id(o), "t-source");
    csp_source_free(o);
    TU_CODE(csp_source_next(&o, it), CSP_ITEROVER);
    csp_source_iterator_free(it);
    TU_OK(csp_query_new(&q_other, CSP_ENTITY_ORGANISATION));
    TU_CODE(csp_source_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */
    TU_CODE(csp_source_iterator_query(NULL, reg, q), CSP_EARG);
    TU_CODE(csp_source_iterator_query(&it, NULL, q), CSP_EARG);
    csp_query_free(q);
    csp_query_free(q_other);
    TU_CODE(csp_source_next(NULL, it), CSP_EARG);
    TU_CODE(csp_source_next(&o, NULL), CSP_EARG);
    csp_source_iterator_free(NULL);
    TU_OK(csp_source_delete(reg, "t-source"));
    TU_CODE(csp_source_delete(reg, "t-source"), CSP_ENOTFOUND);
    TU_CODE(csp_source_delete(NULL, "x"), CSP_EARG);
    TU_CODE(csp_source_delete(reg, NULL), CSP_EARG);
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
    tcase_add_test(tc, test_meeting_fields);
    tcase_add_test(tc, test_meeting_register);
    tcase_add_test(tc, test_document_fields);
    tcase_add_test(tc, test_document_register);
    tcase_add_test(tc, test_agenda_item_fields);
    tcase_add_test(tc, test_agenda_item_register);
    tcase_add_test(tc, test_attendance_fields);
    tcase_add_test(tc, test_attendance_register);
    tcase_add_test(tc, test_action_fields);
    tcase_add_test(tc, test_action_register);
    tcase_add_test(tc, test_action_update_fields);
    tcase_add_test(tc, test_action_update_register);
    tcase_add_test(tc, test_risk_fields);
    tcase_add_test(tc, test_risk_register);
    tcase_add_test(tc, test_risk_review_fields);
    tcase_add_test(tc, test_risk_review_register);
    tcase_add_test(tc, test_homicide_review_fields);
    tcase_add_test(tc, test_homicide_review_register);
    tcase_add_test(tc, test_scrutiny_review_fields);
    tcase_add_test(tc, test_scrutiny_review_register);
    tcase_add_test(tc, test_recommendation_fields);
    tcase_add_test(tc, test_recommendation_register);
    tcase_add_test(tc, test_indicator_fields);
    tcase_add_test(tc, test_indicator_register);
    tcase_add_test(tc, test_indicator_value_fields);
    tcase_add_test(tc, test_indicator_value_register);
    tcase_add_test(tc, test_standing_item_fields);
    tcase_add_test(tc, test_standing_item_register);
    tcase_add_test(tc, test_source_fields);
    tcase_add_test(tc, test_source_register);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(typed_suite());
}
