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
};

const size_t cspctl_listing_count = sizeof cspctl_listings / sizeof cspctl_listings[0];
