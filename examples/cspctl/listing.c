/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/* What `cspctl list REGISTER NOUN` prints for each entity (listing.h). */
#include "listing.h"

static const int organisation_columns[] = {CSP_ORGANISATION_ID, CSP_ORGANISATION_KIND, CSP_ORGANISATION_NAME, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER, CSP_ORGANISATION_COOPERATING_BODY};
static const int person_columns[] = {CSP_PERSON_ID, CSP_PERSON_NAME, CSP_PERSON_HONORIFIC, CSP_PERSON_PRIVATE};
static const int partnership_columns[] = {CSP_PARTNERSHIP_ID, CSP_PARTNERSHIP_KIND, CSP_PARTNERSHIP_NAME, CSP_PARTNERSHIP_PARENT, CSP_PARTNERSHIP_ACCOUNTABLE_TO};
static const int membership_columns[] = {CSP_MEMBERSHIP_ID, CSP_MEMBERSHIP_PARTNERSHIP, CSP_MEMBERSHIP_ORGANISATION, CSP_MEMBERSHIP_ROLE, CSP_MEMBERSHIP_PERSON, CSP_MEMBERSHIP_POST};
static const int duty_columns[] = {CSP_DUTY_ID, CSP_DUTY_RECURRENCE, CSP_DUTY_CONFIDENCE, CSP_DUTY_BUILTIN, CSP_DUTY_COMMENCEMENT, CSP_DUTY_SOURCE};
static const int duty_holding_columns[] = {CSP_DUTY_HOLDING_ID, CSP_DUTY_HOLDING_DUTY, CSP_DUTY_HOLDING_PARTNERSHIP, CSP_DUTY_HOLDING_ORGANISATION, CSP_DUTY_HOLDING_START_DATE, CSP_DUTY_HOLDING_END_DATE};
static const int strategy_columns[] = {CSP_STRATEGY_ID, CSP_STRATEGY_PARTNERSHIP, CSP_STRATEGY_KIND, CSP_STRATEGY_STATUS, CSP_STRATEGY_START_DATE, CSP_STRATEGY_END_DATE, CSP_STRATEGY_TITLE};
static const int element_columns[] = {CSP_ELEMENT_ID, CSP_ELEMENT_STRATEGY, CSP_ELEMENT_POSITION, CSP_ELEMENT_PARENT, CSP_ELEMENT_KIND, CSP_ELEMENT_TITLE};
static const int assessment_columns[] = {CSP_ASSESSMENT_ID, CSP_ASSESSMENT_PARTNERSHIP, CSP_ASSESSMENT_KIND, CSP_ASSESSMENT_COMPLETED_ON, CSP_ASSESSMENT_TITLE};
static const int discharge_columns[] = {CSP_DISCHARGE_ID, CSP_DISCHARGE_DUTY, CSP_DISCHARGE_PARTNERSHIP, CSP_DISCHARGE_DISCHARGED_ON, CSP_DISCHARGE_TITLE};
static const int meeting_columns[] = {CSP_MEETING_ID, CSP_MEETING_PARTNERSHIP, CSP_MEETING_DATE, CSP_MEETING_START_TIME, CSP_MEETING_KIND, CSP_MEETING_STATUS, CSP_MEETING_TITLE};
static const int document_columns[] = {CSP_DOCUMENT_ID, CSP_DOCUMENT_MEETING, CSP_DOCUMENT_POSITION, CSP_DOCUMENT_KIND, CSP_DOCUMENT_TITLE};
static const int agenda_item_columns[] = {CSP_AGENDA_ITEM_ID, CSP_AGENDA_ITEM_MEETING, CSP_AGENDA_ITEM_POSITION, CSP_AGENDA_ITEM_PARENT, CSP_AGENDA_ITEM_KIND, CSP_AGENDA_ITEM_TITLE};
static const int attendance_columns[] = {CSP_ATTENDANCE_ID, CSP_ATTENDANCE_MEETING, CSP_ATTENDANCE_MEMBERSHIP, CSP_ATTENDANCE_STATUS, CSP_ATTENDANCE_SUBSTITUTE};
static const int action_columns[] = {CSP_ACTION_ID, CSP_ACTION_PARTNERSHIP, CSP_ACTION_STATUS, CSP_ACTION_RAG, CSP_ACTION_DUE_ON, CSP_ACTION_CHAMPION, CSP_ACTION_TITLE};
static const int action_update_columns[] = {CSP_ACTION_UPDATE_ID, CSP_ACTION_UPDATE_ACTION, CSP_ACTION_UPDATE_POSITION, CSP_ACTION_UPDATE_DATE, CSP_ACTION_UPDATE_STATUS, CSP_ACTION_UPDATE_RAG, CSP_ACTION_UPDATE_REPORTED_BY};
static const int risk_columns[] = {CSP_RISK_ID, CSP_RISK_PARTNERSHIP, CSP_RISK_STATUS, CSP_RISK_SCORE, CSP_RISK_OWNER, CSP_RISK_TITLE};
static const int risk_review_columns[] = {CSP_RISK_REVIEW_ID, CSP_RISK_REVIEW_RISK, CSP_RISK_REVIEW_POSITION, CSP_RISK_REVIEW_DATE, CSP_RISK_REVIEW_LIKELIHOOD, CSP_RISK_REVIEW_IMPACT, CSP_RISK_REVIEW_SCORE, CSP_RISK_REVIEW_STATUS};
static const int homicide_review_columns[] = {CSP_HOMICIDE_REVIEW_ID, CSP_HOMICIDE_REVIEW_PARTNERSHIP, CSP_HOMICIDE_REVIEW_KIND, CSP_HOMICIDE_REVIEW_REFERENCE, CSP_HOMICIDE_REVIEW_STATUS, CSP_HOMICIDE_REVIEW_NOTIFIED_ON, CSP_HOMICIDE_REVIEW_PUBLISHED_ON};
static const int scrutiny_review_columns[] = {CSP_SCRUTINY_REVIEW_ID, CSP_SCRUTINY_REVIEW_COMMITTEE, CSP_SCRUTINY_REVIEW_SCRUTINISED, CSP_SCRUTINY_REVIEW_DATE, CSP_SCRUTINY_REVIEW_TOPIC};
static const int recommendation_columns[] = {CSP_RECOMMENDATION_ID, CSP_RECOMMENDATION_SCRUTINY_REVIEW, CSP_RECOMMENDATION_POSITION, CSP_RECOMMENDATION_RESPONSE, CSP_RECOMMENDATION_RESPONDED_ON};
static const int indicator_columns[] = {CSP_INDICATOR_ID, CSP_INDICATOR_PARTNERSHIP, CSP_INDICATOR_DIRECTION, CSP_INDICATOR_TARGET, CSP_INDICATOR_UNIT, CSP_INDICATOR_NAME};
static const int indicator_value_columns[] = {CSP_INDICATOR_VALUE_ID, CSP_INDICATOR_VALUE_INDICATOR, CSP_INDICATOR_VALUE_POSITION, CSP_INDICATOR_VALUE_PERIOD_START, CSP_INDICATOR_VALUE_PERIOD_END, CSP_INDICATOR_VALUE_VALUE};
static const int standing_item_columns[] = {CSP_STANDING_ITEM_ID, CSP_STANDING_ITEM_PARTNERSHIP, CSP_STANDING_ITEM_POSITION, CSP_STANDING_ITEM_PARENT, CSP_STANDING_ITEM_KIND, CSP_STANDING_ITEM_MINUTES, CSP_STANDING_ITEM_TITLE};
static const int source_columns[] = {CSP_SOURCE_ID, CSP_SOURCE_UPDATED_ON, CSP_SOURCE_READ_ON, CSP_SOURCE_TITLE, CSP_SOURCE_URL};

const cspctl_listing cspctl_listings[] = {
    {"organisations", NULL, CSP_ENTITY_ORGANISATION, (int)(sizeof organisation_columns / sizeof organisation_columns[0]), organisation_columns},
    {"people", NULL, CSP_ENTITY_PERSON, (int)(sizeof person_columns / sizeof person_columns[0]), person_columns},
    {"partnerships", NULL, CSP_ENTITY_PARTNERSHIP, (int)(sizeof partnership_columns / sizeof partnership_columns[0]), partnership_columns},
    {"memberships", NULL, CSP_ENTITY_MEMBERSHIP, (int)(sizeof membership_columns / sizeof membership_columns[0]), membership_columns},
    {"duties", NULL, CSP_ENTITY_DUTY, (int)(sizeof duty_columns / sizeof duty_columns[0]), duty_columns},
    {"duty_holdings", "holdings", CSP_ENTITY_DUTY_HOLDING, (int)(sizeof duty_holding_columns / sizeof duty_holding_columns[0]), duty_holding_columns},
    {"strategies", NULL, CSP_ENTITY_STRATEGY, (int)(sizeof strategy_columns / sizeof strategy_columns[0]), strategy_columns},
    {"elements", NULL, CSP_ENTITY_ELEMENT, (int)(sizeof element_columns / sizeof element_columns[0]), element_columns},
    {"assessments", NULL, CSP_ENTITY_ASSESSMENT, (int)(sizeof assessment_columns / sizeof assessment_columns[0]), assessment_columns},
    {"discharges", NULL, CSP_ENTITY_DISCHARGE, (int)(sizeof discharge_columns / sizeof discharge_columns[0]), discharge_columns},
    {"meetings", NULL, CSP_ENTITY_MEETING, (int)(sizeof meeting_columns / sizeof meeting_columns[0]), meeting_columns},
    {"documents", NULL, CSP_ENTITY_DOCUMENT, (int)(sizeof document_columns / sizeof document_columns[0]), document_columns},
    {"agenda_items", NULL, CSP_ENTITY_AGENDA_ITEM, (int)(sizeof agenda_item_columns / sizeof agenda_item_columns[0]), agenda_item_columns},
    {"attendances", NULL, CSP_ENTITY_ATTENDANCE, (int)(sizeof attendance_columns / sizeof attendance_columns[0]), attendance_columns},
    {"actions", NULL, CSP_ENTITY_ACTION, (int)(sizeof action_columns / sizeof action_columns[0]), action_columns},
    {"action_updates", NULL, CSP_ENTITY_ACTION_UPDATE, (int)(sizeof action_update_columns / sizeof action_update_columns[0]), action_update_columns},
    {"risks", NULL, CSP_ENTITY_RISK, (int)(sizeof risk_columns / sizeof risk_columns[0]), risk_columns},
    {"risk_reviews", NULL, CSP_ENTITY_RISK_REVIEW, (int)(sizeof risk_review_columns / sizeof risk_review_columns[0]), risk_review_columns},
    {"homicide_reviews", NULL, CSP_ENTITY_HOMICIDE_REVIEW, (int)(sizeof homicide_review_columns / sizeof homicide_review_columns[0]), homicide_review_columns},
    {"scrutiny_reviews", NULL, CSP_ENTITY_SCRUTINY_REVIEW, (int)(sizeof scrutiny_review_columns / sizeof scrutiny_review_columns[0]), scrutiny_review_columns},
    {"recommendations", NULL, CSP_ENTITY_RECOMMENDATION, (int)(sizeof recommendation_columns / sizeof recommendation_columns[0]), recommendation_columns},
    {"indicators", NULL, CSP_ENTITY_INDICATOR, (int)(sizeof indicator_columns / sizeof indicator_columns[0]), indicator_columns},
    {"indicator_values", NULL, CSP_ENTITY_INDICATOR_VALUE, (int)(sizeof indicator_value_columns / sizeof indicator_value_columns[0]), indicator_value_columns},
    {"standing_items", NULL, CSP_ENTITY_STANDING_ITEM, (int)(sizeof standing_item_columns / sizeof standing_item_columns[0]), standing_item_columns},
    {"sources", NULL, CSP_ENTITY_SOURCE, (int)(sizeof source_columns / sizeof source_columns[0]), source_columns},
};

const size_t cspctl_listing_count = sizeof cspctl_listings / sizeof cspctl_listings[0];
