/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/*
 * The typed functions of the entity headers: each is one call to the
 * generic record API through model/typed.h, with its entity and field ids.
 */
#include "csp/csp.h"
#include "core/error.h"
#include "model/typed.h"

#include <stddef.h>

/* ---- organisations (organisation.h) --------------------------------------------- */

int csp_organisation_new(csp_organisation **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ORGANISATION, id);
    *out = (csp_organisation *)r;
    return rc;
}

void csp_organisation_free(csp_organisation *organisation)
{
    csp_record_free((csp_record *)organisation);
}

int csp_organisation_get(csp_organisation **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ORGANISATION, id);
    *out = (csp_organisation *)r;
    return rc;
}

int csp_organisation_put(csp_register *reg, const csp_organisation *organisation)
{
    return csp__typed_put(reg, (const csp_record *)organisation, CSP_ENTITY_ORGANISATION, 0);
}

int csp_organisation_insert(csp_register *reg, const csp_organisation *organisation)
{
    return csp__typed_put(reg, (const csp_record *)organisation, CSP_ENTITY_ORGANISATION, 1);
}

int csp_organisation_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ORGANISATION, id);
}

int csp_organisation_in_force(const csp_organisation *organisation, const char *date)
{
    return csp__typed_in_force((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, date);
}

int csp_organisation_iterator_new(csp_organisation_iterator **out, csp_register *reg, const csp_organisation_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_organisation_filter, kind), CSP_ORGANISATION_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_organisation_filter, area), CSP_ORGANISATION_AREA, 0, 1, "filter.area"},
        {offsetof(csp_organisation_filter, responsible_authority), CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, 1, 1, "filter.responsible_authority"},
        {offsetof(csp_organisation_filter, serious_violence_duty_holder), CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER, 1, 1, "filter.serious_violence_duty_holder"},
        {offsetof(csp_organisation_filter, cooperating_body), CSP_ORGANISATION_COOPERATING_BODY, 1, 1, "filter.cooperating_body"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ORGANISATION, filter, filter ? filter->version : 0, CSP_ORGANISATION_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_organisation_iterator *)it;
    return rc;
}

int csp_organisation_iterator_query(csp_organisation_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ORGANISATION, query);
    *out = (csp_organisation_iterator *)it;
    return rc;
}

int csp_organisation_next(csp_organisation **out, csp_organisation_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ORGANISATION);
    *out = (csp_organisation *)r;
    return rc;
}

void csp_organisation_iterator_free(csp_organisation_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_organisation_id(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ID);
}

const char *csp_organisation_name(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME);
}

int csp_organisation_set_name(csp_organisation *organisation, const char *value)
{
    return csp__typed_set_text((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, value);
}

const char *csp_organisation_kind(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND);
}

int csp_organisation_set_kind(csp_organisation *organisation, const char *value)
{
    return csp__typed_set_text((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, value);
}

const char *csp_organisation_area(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA);
}

int csp_organisation_set_area(csp_organisation *organisation, const char *value)
{
    return csp__typed_set_text((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, value);
}

int csp_organisation_responsible_authority(const csp_organisation *organisation)
{
    return csp__typed_int((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY);
}

int csp_organisation_set_responsible_authority(csp_organisation *organisation, int value)
{
    return csp__typed_set_int((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, value);
}

int csp_organisation_serious_violence_duty_holder(const csp_organisation *organisation)
{
    return csp__typed_int((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER);
}

int csp_organisation_set_serious_violence_duty_holder(csp_organisation *organisation, int value)
{
    return csp__typed_set_int((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER, value);
}

int csp_organisation_cooperating_body(const csp_organisation *organisation)
{
    return csp__typed_int((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_COOPERATING_BODY);
}

int csp_organisation_set_cooperating_body(csp_organisation *organisation, int value)
{
    return csp__typed_set_int((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_COOPERATING_BODY, value);
}

size_t csp_organisation_sources_count(const csp_organisation *organisation)
{
    return csp__typed_count((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SOURCES);
}

const char *csp_organisation_sources(const csp_organisation *organisation, size_t i)
{
    return csp__typed_item((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SOURCES, i);
}

int csp_organisation_add_sources(csp_organisation *organisation, const char *value)
{
    return csp__typed_add((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SOURCES, value);
}

int csp_organisation_clear_sources(csp_organisation *organisation)
{
    return csp__typed_clear((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_SOURCES);
}

const char *csp_organisation_established_on(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ESTABLISHED_ON);
}

int csp_organisation_set_established_on(csp_organisation *organisation, const char *value)
{
    return csp__typed_set_text((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_ESTABLISHED_ON, value);
}

const char *csp_organisation_dissolved_on(const csp_organisation *organisation)
{
    return csp__typed_text((const csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_DISSOLVED_ON);
}

int csp_organisation_set_dissolved_on(csp_organisation *organisation, const char *value)
{
    return csp__typed_set_text((csp_record *)organisation, CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_DISSOLVED_ON, value);
}

/* ---- people (person.h) ---------------------------------------------------------- */

int csp_person_new(csp_person **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_PERSON, id);
    *out = (csp_person *)r;
    return rc;
}

void csp_person_free(csp_person *person)
{
    csp_record_free((csp_record *)person);
}

int csp_person_get(csp_person **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_PERSON, id);
    *out = (csp_person *)r;
    return rc;
}

int csp_person_put(csp_register *reg, const csp_person *person)
{
    return csp__typed_put(reg, (const csp_record *)person, CSP_ENTITY_PERSON, 0);
}

int csp_person_insert(csp_register *reg, const csp_person *person)
{
    return csp__typed_put(reg, (const csp_record *)person, CSP_ENTITY_PERSON, 1);
}

int csp_person_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_PERSON, id);
}

int csp_person_iterator_new(csp_person_iterator **out, csp_register *reg, const csp_person_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_person_filter, is_private), CSP_PERSON_PRIVATE, 1, 1, "filter.is_private"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_PERSON, filter, filter ? filter->version : 0, CSP_PERSON_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_person_iterator *)it;
    return rc;
}

int csp_person_iterator_query(csp_person_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_PERSON, query);
    *out = (csp_person_iterator *)it;
    return rc;
}

int csp_person_next(csp_person **out, csp_person_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_PERSON);
    *out = (csp_person *)r;
    return rc;
}

void csp_person_iterator_free(csp_person_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_person_id(const csp_person *person)
{
    return csp__typed_text((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_ID);
}

const char *csp_person_name(const csp_person *person)
{
    return csp__typed_text((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_NAME);
}

int csp_person_set_name(csp_person *person, const char *value)
{
    return csp__typed_set_text((csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_NAME, value);
}

const char *csp_person_honorific(const csp_person *person)
{
    return csp__typed_text((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_HONORIFIC);
}

int csp_person_set_honorific(csp_person *person, const char *value)
{
    return csp__typed_set_text((csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_HONORIFIC, value);
}

int csp_person_private(const csp_person *person)
{
    return csp__typed_int((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_PRIVATE);
}

int csp_person_set_private(csp_person *person, int value)
{
    return csp__typed_set_int((csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_PRIVATE, value);
}

size_t csp_person_sources_count(const csp_person *person)
{
    return csp__typed_count((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_SOURCES);
}

const char *csp_person_sources(const csp_person *person, size_t i)
{
    return csp__typed_item((const csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_SOURCES, i);
}

int csp_person_add_sources(csp_person *person, const char *value)
{
    return csp__typed_add((csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_SOURCES, value);
}

int csp_person_clear_sources(csp_person *person)
{
    return csp__typed_clear((csp_record *)person, CSP_ENTITY_PERSON, CSP_PERSON_SOURCES);
}

/* ---- partnerships (partnership.h) ----------------------------------------------- */

int csp_partnership_new(csp_partnership **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_PARTNERSHIP, id);
    *out = (csp_partnership *)r;
    return rc;
}

void csp_partnership_free(csp_partnership *partnership)
{
    csp_record_free((csp_record *)partnership);
}

int csp_partnership_get(csp_partnership **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_PARTNERSHIP, id);
    *out = (csp_partnership *)r;
    return rc;
}

int csp_partnership_put(csp_register *reg, const csp_partnership *partnership)
{
    return csp__typed_put(reg, (const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, 0);
}

int csp_partnership_insert(csp_register *reg, const csp_partnership *partnership)
{
    return csp__typed_put(reg, (const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, 1);
}

int csp_partnership_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_PARTNERSHIP, id);
}

int csp_partnership_iterator_new(csp_partnership_iterator **out, csp_register *reg, const csp_partnership_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_partnership_filter, kind), CSP_PARTNERSHIP_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_partnership_filter, area), CSP_PARTNERSHIP_AREA, 0, 1, "filter.area"},
        {offsetof(csp_partnership_filter, area_code), CSP_PARTNERSHIP_AREA_CODE, 0, 1, "filter.area_code"},
        {offsetof(csp_partnership_filter, parent), CSP_PARTNERSHIP_PARENT, 0, 1, "filter.parent"},
        {offsetof(csp_partnership_filter, accountable_to), CSP_PARTNERSHIP_ACCOUNTABLE_TO, 0, 1, "filter.accountable_to"},
        {offsetof(csp_partnership_filter, scrutinised_by), CSP_PARTNERSHIP_SCRUTINISED_BY, 0, 1, "filter.scrutinised_by"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_PARTNERSHIP, filter, filter ? filter->version : 0, CSP_PARTNERSHIP_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_partnership_iterator *)it;
    return rc;
}

int csp_partnership_iterator_query(csp_partnership_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_PARTNERSHIP, query);
    *out = (csp_partnership_iterator *)it;
    return rc;
}

int csp_partnership_next(csp_partnership **out, csp_partnership_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_PARTNERSHIP);
    *out = (csp_partnership *)r;
    return rc;
}

void csp_partnership_iterator_free(csp_partnership_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_partnership_id(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_ID);
}

const char *csp_partnership_name(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_NAME);
}

int csp_partnership_set_name(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_NAME, value);
}

const char *csp_partnership_short_name(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SHORT_NAME);
}

int csp_partnership_set_short_name(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SHORT_NAME, value);
}

const char *csp_partnership_kind(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND);
}

int csp_partnership_set_kind(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, value);
}

const char *csp_partnership_area(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AREA);
}

int csp_partnership_set_area(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AREA, value);
}

const char *csp_partnership_area_code(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AREA_CODE);
}

int csp_partnership_set_area_code(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AREA_CODE, value);
}

const char *csp_partnership_parent(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_PARENT);
}

int csp_partnership_set_parent(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_PARENT, value);
}

const char *csp_partnership_accountable_to(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_ACCOUNTABLE_TO);
}

int csp_partnership_set_accountable_to(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_ACCOUNTABLE_TO, value);
}

size_t csp_partnership_works_with_count(const csp_partnership *partnership)
{
    return csp__typed_count((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH);
}

const char *csp_partnership_works_with(const csp_partnership *partnership, size_t i)
{
    return csp__typed_item((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, i);
}

int csp_partnership_add_works_with(csp_partnership *partnership, const char *value)
{
    return csp__typed_add((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, value);
}

int csp_partnership_clear_works_with(csp_partnership *partnership)
{
    return csp__typed_clear((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH);
}

const char *csp_partnership_formed_on(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMED_ON);
}

int csp_partnership_set_formed_on(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMED_ON, value);
}

size_t csp_partnership_former_names_count(const csp_partnership *partnership)
{
    return csp__typed_count((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES);
}

const char *csp_partnership_former_names(const csp_partnership *partnership, size_t i)
{
    return csp__typed_item((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, i);
}

int csp_partnership_add_former_names(csp_partnership *partnership, const char *value)
{
    return csp__typed_add((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES, value);
}

int csp_partnership_clear_former_names(csp_partnership *partnership)
{
    return csp__typed_clear((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES);
}

const char *csp_partnership_statutory_basis(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_STATUTORY_BASIS);
}

int csp_partnership_set_statutory_basis(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_STATUTORY_BASIS, value);
}

int csp_partnership_meetings_per_year(const csp_partnership *partnership)
{
    return csp__typed_int((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR);
}

int csp_partnership_set_meetings_per_year(csp_partnership *partnership, int value)
{
    return csp__typed_set_int((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR, value);
}

int csp_partnership_minutes_per_meeting(const csp_partnership *partnership)
{
    return csp__typed_int((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MINUTES_PER_MEETING);
}

int csp_partnership_set_minutes_per_meeting(csp_partnership *partnership, int value)
{
    return csp__typed_set_int((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MINUTES_PER_MEETING, value);
}

int csp_partnership_ad_hoc_meetings(const csp_partnership *partnership)
{
    return csp__typed_int((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AD_HOC_MEETINGS);
}

int csp_partnership_set_ad_hoc_meetings(csp_partnership *partnership, int value)
{
    return csp__typed_set_int((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AD_HOC_MEETINGS, value);
}

int csp_partnership_quorum(const csp_partnership *partnership)
{
    return csp__typed_int((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_QUORUM);
}

int csp_partnership_set_quorum(csp_partnership *partnership, int value)
{
    return csp__typed_set_int((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_QUORUM, value);
}

const char *csp_partnership_scrutinised_by(const csp_partnership *partnership)
{
    return csp__typed_text((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SCRUTINISED_BY);
}

int csp_partnership_set_scrutinised_by(csp_partnership *partnership, const char *value)
{
    return csp__typed_set_text((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SCRUTINISED_BY, value);
}

size_t csp_partnership_sources_count(const csp_partnership *partnership)
{
    return csp__typed_count((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SOURCES);
}

const char *csp_partnership_sources(const csp_partnership *partnership, size_t i)
{
    return csp__typed_item((const csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SOURCES, i);
}

int csp_partnership_add_sources(csp_partnership *partnership, const char *value)
{
    return csp__typed_add((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SOURCES, value);
}

int csp_partnership_clear_sources(csp_partnership *partnership)
{
    return csp__typed_clear((csp_record *)partnership, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_SOURCES);
}

/* ---- memberships (membership.h) ------------------------------------------------- */

int csp_membership_new(csp_membership **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_MEMBERSHIP, id);
    *out = (csp_membership *)r;
    return rc;
}

void csp_membership_free(csp_membership *membership)
{
    csp_record_free((csp_record *)membership);
}

int csp_membership_get(csp_membership **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_MEMBERSHIP, id);
    *out = (csp_membership *)r;
    return rc;
}

int csp_membership_put(csp_register *reg, const csp_membership *membership)
{
    return csp__typed_put(reg, (const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, 0);
}

int csp_membership_insert(csp_register *reg, const csp_membership *membership)
{
    return csp__typed_put(reg, (const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, 1);
}

int csp_membership_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_MEMBERSHIP, id);
}

int csp_membership_in_force(const csp_membership *membership, const char *date)
{
    return csp__typed_in_force((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, date);
}

int csp_membership_iterator_new(csp_membership_iterator **out, csp_register *reg, const csp_membership_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_membership_filter, partnership), CSP_MEMBERSHIP_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_membership_filter, organisation), CSP_MEMBERSHIP_ORGANISATION, 0, 1, "filter.organisation"},
        {offsetof(csp_membership_filter, person), CSP_MEMBERSHIP_PERSON, 0, 1, "filter.person"},
        {offsetof(csp_membership_filter, role), CSP_MEMBERSHIP_ROLE, 0, 1, "filter.role"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_MEMBERSHIP, filter, filter ? filter->version : 0, CSP_MEMBERSHIP_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_membership_iterator *)it;
    return rc;
}

int csp_membership_iterator_query(csp_membership_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_MEMBERSHIP, query);
    *out = (csp_membership_iterator *)it;
    return rc;
}

int csp_membership_next(csp_membership **out, csp_membership_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_MEMBERSHIP);
    *out = (csp_membership *)r;
    return rc;
}

void csp_membership_iterator_free(csp_membership_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_membership_id(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ID);
}

const char *csp_membership_partnership(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PARTNERSHIP);
}

int csp_membership_set_partnership(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PARTNERSHIP, value);
}

const char *csp_membership_organisation(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ORGANISATION);
}

int csp_membership_set_organisation(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ORGANISATION, value);
}

const char *csp_membership_person(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON);
}

int csp_membership_set_person(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, value);
}

const char *csp_membership_role(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE);
}

int csp_membership_set_role(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE, value);
}

const char *csp_membership_post(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_POST);
}

int csp_membership_set_post(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_POST, value);
}

const char *csp_membership_on_behalf_of(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ON_BEHALF_OF);
}

int csp_membership_set_on_behalf_of(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ON_BEHALF_OF, value);
}

const char *csp_membership_start_date(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_START_DATE);
}

int csp_membership_set_start_date(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_START_DATE, value);
}

const char *csp_membership_end_date(const csp_membership *membership)
{
    return csp__typed_text((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_END_DATE);
}

int csp_membership_set_end_date(csp_membership *membership, const char *value)
{
    return csp__typed_set_text((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_END_DATE, value);
}

size_t csp_membership_sources_count(const csp_membership *membership)
{
    return csp__typed_count((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_SOURCES);
}

const char *csp_membership_sources(const csp_membership *membership, size_t i)
{
    return csp__typed_item((const csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_SOURCES, i);
}

int csp_membership_add_sources(csp_membership *membership, const char *value)
{
    return csp__typed_add((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_SOURCES, value);
}

int csp_membership_clear_sources(csp_membership *membership)
{
    return csp__typed_clear((csp_record *)membership, CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_SOURCES);
}

/* ---- duties (duty.h) ------------------------------------------------------------ */

int csp_duty_new(csp_duty **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_DUTY, id);
    *out = (csp_duty *)r;
    return rc;
}

void csp_duty_free(csp_duty *duty)
{
    csp_record_free((csp_record *)duty);
}

int csp_duty_get(csp_duty **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_DUTY, id);
    *out = (csp_duty *)r;
    return rc;
}

int csp_duty_put(csp_register *reg, const csp_duty *duty)
{
    return csp__typed_put(reg, (const csp_record *)duty, CSP_ENTITY_DUTY, 0);
}

int csp_duty_insert(csp_register *reg, const csp_duty *duty)
{
    return csp__typed_put(reg, (const csp_record *)duty, CSP_ENTITY_DUTY, 1);
}

int csp_duty_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_DUTY, id);
}

int csp_duty_iterator_new(csp_duty_iterator **out, csp_register *reg, const csp_duty_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_duty_filter, recurrence), CSP_DUTY_RECURRENCE, 0, 1, "filter.recurrence"},
        {offsetof(csp_duty_filter, confidence), CSP_DUTY_CONFIDENCE, 0, 1, "filter.confidence"},
        {offsetof(csp_duty_filter, builtin), CSP_DUTY_BUILTIN, 1, 1, "filter.builtin"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_DUTY, filter, filter ? filter->version : 0, CSP_DUTY_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_duty_iterator *)it;
    return rc;
}

int csp_duty_iterator_query(csp_duty_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_DUTY, query);
    *out = (csp_duty_iterator *)it;
    return rc;
}

int csp_duty_next(csp_duty **out, csp_duty_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_DUTY);
    *out = (csp_duty *)r;
    return rc;
}

void csp_duty_iterator_free(csp_duty_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_duty_id(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_ID);
}

const char *csp_duty_title(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_TITLE);
}

int csp_duty_set_title(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_TITLE, value);
}

const char *csp_duty_source(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCE);
}

int csp_duty_set_source(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCE, value);
}

const char *csp_duty_commencement(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_COMMENCEMENT);
}

int csp_duty_set_commencement(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_COMMENCEMENT, value);
}

const char *csp_duty_recurrence(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_RECURRENCE);
}

int csp_duty_set_recurrence(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_RECURRENCE, value);
}

size_t csp_duty_applies_to_count(const csp_duty *duty)
{
    return csp__typed_count((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO);
}

const char *csp_duty_applies_to(const csp_duty *duty, size_t i)
{
    return csp__typed_item((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO, i);
}

int csp_duty_add_applies_to(csp_duty *duty, const char *value)
{
    return csp__typed_add((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO, value);
}

int csp_duty_clear_applies_to(csp_duty *duty)
{
    return csp__typed_clear((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO);
}

const char *csp_duty_confidence(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_CONFIDENCE);
}

int csp_duty_set_confidence(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_CONFIDENCE, value);
}

const char *csp_duty_note(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_NOTE);
}

int csp_duty_set_note(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_NOTE, value);
}

int csp_duty_builtin(const csp_duty *duty)
{
    return csp__typed_int((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_BUILTIN);
}

const char *csp_duty_label(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_LABEL);
}

int csp_duty_set_label(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_LABEL, value);
}

size_t csp_duty_sources_count(const csp_duty *duty)
{
    return csp__typed_count((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCES);
}

const char *csp_duty_sources(const csp_duty *duty, size_t i)
{
    return csp__typed_item((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCES, i);
}

int csp_duty_add_sources(csp_duty *duty, const char *value)
{
    return csp__typed_add((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCES, value);
}

int csp_duty_clear_sources(csp_duty *duty)
{
    return csp__typed_clear((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_SOURCES);
}

const char *csp_duty_ends_on(const csp_duty *duty)
{
    return csp__typed_text((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_ENDS_ON);
}

int csp_duty_set_ends_on(csp_duty *duty, const char *value)
{
    return csp__typed_set_text((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_ENDS_ON, value);
}

size_t csp_duty_areas_count(const csp_duty *duty)
{
    return csp__typed_count((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_AREAS);
}

const char *csp_duty_areas(const csp_duty *duty, size_t i)
{
    return csp__typed_item((const csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_AREAS, i);
}

int csp_duty_add_areas(csp_duty *duty, const char *value)
{
    return csp__typed_add((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_AREAS, value);
}

int csp_duty_clear_areas(csp_duty *duty)
{
    return csp__typed_clear((csp_record *)duty, CSP_ENTITY_DUTY, CSP_DUTY_AREAS);
}

/* ---- duty_holdings (duty.h) ----------------------------------------------------- */

int csp_duty_holding_new(csp_duty_holding **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_DUTY_HOLDING, id);
    *out = (csp_duty_holding *)r;
    return rc;
}

void csp_duty_holding_free(csp_duty_holding *duty_holding)
{
    csp_record_free((csp_record *)duty_holding);
}

int csp_duty_holding_get(csp_duty_holding **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_DUTY_HOLDING, id);
    *out = (csp_duty_holding *)r;
    return rc;
}

int csp_duty_holding_put(csp_register *reg, const csp_duty_holding *duty_holding)
{
    return csp__typed_put(reg, (const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, 0);
}

int csp_duty_holding_insert(csp_register *reg, const csp_duty_holding *duty_holding)
{
    return csp__typed_put(reg, (const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, 1);
}

int csp_duty_holding_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_DUTY_HOLDING, id);
}

int csp_duty_holding_in_force(const csp_duty_holding *duty_holding, const char *date)
{
    return csp__typed_in_force((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, date);
}

int csp_duty_holding_iterator_new(csp_duty_holding_iterator **out, csp_register *reg, const csp_duty_holding_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_duty_holding_filter, duty), CSP_DUTY_HOLDING_DUTY, 0, 1, "filter.duty"},
        {offsetof(csp_duty_holding_filter, partnership), CSP_DUTY_HOLDING_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_duty_holding_filter, organisation), CSP_DUTY_HOLDING_ORGANISATION, 0, 1, "filter.organisation"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_DUTY_HOLDING, filter, filter ? filter->version : 0, CSP_DUTY_HOLDING_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_duty_holding_iterator *)it;
    return rc;
}

int csp_duty_holding_iterator_query(csp_duty_holding_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_DUTY_HOLDING, query);
    *out = (csp_duty_holding_iterator *)it;
    return rc;
}

int csp_duty_holding_next(csp_duty_holding **out, csp_duty_holding_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_DUTY_HOLDING);
    *out = (csp_duty_holding *)r;
    return rc;
}

void csp_duty_holding_iterator_free(csp_duty_holding_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_duty_holding_id(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_ID);
}

const char *csp_duty_holding_duty(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_DUTY);
}

int csp_duty_holding_set_duty(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_DUTY, value);
}

const char *csp_duty_holding_partnership(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_PARTNERSHIP);
}

int csp_duty_holding_set_partnership(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_PARTNERSHIP, value);
}

const char *csp_duty_holding_organisation(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_ORGANISATION);
}

int csp_duty_holding_set_organisation(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_ORGANISATION, value);
}

const char *csp_duty_holding_start_date(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_START_DATE);
}

int csp_duty_holding_set_start_date(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_START_DATE, value);
}

const char *csp_duty_holding_end_date(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_END_DATE);
}

int csp_duty_holding_set_end_date(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_END_DATE, value);
}

const char *csp_duty_holding_note(const csp_duty_holding *duty_holding)
{
    return csp__typed_text((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_NOTE);
}

int csp_duty_holding_set_note(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_set_text((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_NOTE, value);
}

size_t csp_duty_holding_sources_count(const csp_duty_holding *duty_holding)
{
    return csp__typed_count((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_SOURCES);
}

const char *csp_duty_holding_sources(const csp_duty_holding *duty_holding, size_t i)
{
    return csp__typed_item((const csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_SOURCES, i);
}

int csp_duty_holding_add_sources(csp_duty_holding *duty_holding, const char *value)
{
    return csp__typed_add((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_SOURCES, value);
}

int csp_duty_holding_clear_sources(csp_duty_holding *duty_holding)
{
    return csp__typed_clear((csp_record *)duty_holding, CSP_ENTITY_DUTY_HOLDING, CSP_DUTY_HOLDING_SOURCES);
}

/* ---- strategies (strategy.h) ---------------------------------------------------- */

int csp_strategy_new(csp_strategy **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_STRATEGY, id);
    *out = (csp_strategy *)r;
    return rc;
}

void csp_strategy_free(csp_strategy *strategy)
{
    csp_record_free((csp_record *)strategy);
}

int csp_strategy_get(csp_strategy **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_STRATEGY, id);
    *out = (csp_strategy *)r;
    return rc;
}

int csp_strategy_put(csp_register *reg, const csp_strategy *strategy)
{
    return csp__typed_put(reg, (const csp_record *)strategy, CSP_ENTITY_STRATEGY, 0);
}

int csp_strategy_insert(csp_register *reg, const csp_strategy *strategy)
{
    return csp__typed_put(reg, (const csp_record *)strategy, CSP_ENTITY_STRATEGY, 1);
}

int csp_strategy_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_STRATEGY, id);
}

int csp_strategy_in_force(const csp_strategy *strategy, const char *date)
{
    return csp__typed_in_force((const csp_record *)strategy, CSP_ENTITY_STRATEGY, date);
}

int csp_strategy_iterator_new(csp_strategy_iterator **out, csp_register *reg, const csp_strategy_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_strategy_filter, partnership), CSP_STRATEGY_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_strategy_filter, kind), CSP_STRATEGY_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_strategy_filter, status), CSP_STRATEGY_STATUS, 0, 1, "filter.status"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_STRATEGY, filter, filter ? filter->version : 0, CSP_STRATEGY_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_strategy_iterator *)it;
    return rc;
}

int csp_strategy_iterator_query(csp_strategy_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_STRATEGY, query);
    *out = (csp_strategy_iterator *)it;
    return rc;
}

int csp_strategy_next(csp_strategy **out, csp_strategy_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_STRATEGY);
    *out = (csp_strategy *)r;
    return rc;
}

void csp_strategy_iterator_free(csp_strategy_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_strategy_id(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_ID);
}

const char *csp_strategy_partnership(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PARTNERSHIP);
}

int csp_strategy_set_partnership(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PARTNERSHIP, value);
}

const char *csp_strategy_title(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_TITLE);
}

int csp_strategy_set_title(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_TITLE, value);
}

const char *csp_strategy_kind(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_KIND);
}

int csp_strategy_set_kind(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_KIND, value);
}

const char *csp_strategy_status(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STATUS);
}

int csp_strategy_set_status(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STATUS, value);
}

const char *csp_strategy_start_date(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_START_DATE);
}

int csp_strategy_set_start_date(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_START_DATE, value);
}

const char *csp_strategy_end_date(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_END_DATE);
}

int csp_strategy_set_end_date(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_END_DATE, value);
}

const char *csp_strategy_agreed_on(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_AGREED_ON);
}

int csp_strategy_set_agreed_on(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_AGREED_ON, value);
}

const char *csp_strategy_published_on(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PUBLISHED_ON);
}

int csp_strategy_set_published_on(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PUBLISHED_ON, value);
}

size_t csp_strategy_refreshed_on_count(const csp_strategy *strategy)
{
    return csp__typed_count((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON);
}

const char *csp_strategy_refreshed_on(const csp_strategy *strategy, size_t i)
{
    return csp__typed_item((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, i);
}

int csp_strategy_add_refreshed_on(csp_strategy *strategy, const char *value)
{
    return csp__typed_add((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON, value);
}

int csp_strategy_clear_refreshed_on(csp_strategy *strategy)
{
    return csp__typed_clear((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON);
}

const char *csp_strategy_vision(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_VISION);
}

int csp_strategy_set_vision(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_VISION, value);
}

size_t csp_strategy_duties_count(const csp_strategy *strategy)
{
    return csp__typed_count((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_DUTIES);
}

const char *csp_strategy_duties(const csp_strategy *strategy, size_t i)
{
    return csp__typed_item((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_DUTIES, i);
}

int csp_strategy_add_duties(csp_strategy *strategy, const char *value)
{
    return csp__typed_add((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_DUTIES, value);
}

int csp_strategy_clear_duties(csp_strategy *strategy)
{
    return csp__typed_clear((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_DUTIES);
}

size_t csp_strategy_strands_count(const csp_strategy *strategy)
{
    return csp__typed_count((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS);
}

const char *csp_strategy_strands(const csp_strategy *strategy, size_t i)
{
    return csp__typed_item((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS, i);
}

int csp_strategy_add_strands(csp_strategy *strategy, const char *value)
{
    return csp__typed_add((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS, value);
}

int csp_strategy_clear_strands(csp_strategy *strategy)
{
    return csp__typed_clear((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS);
}

const char *csp_strategy_serious_violence_definition(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SERIOUS_VIOLENCE_DEFINITION);
}

int csp_strategy_set_serious_violence_definition(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SERIOUS_VIOLENCE_DEFINITION, value);
}

const char *csp_strategy_note(const csp_strategy *strategy)
{
    return csp__typed_text((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_NOTE);
}

int csp_strategy_set_note(csp_strategy *strategy, const char *value)
{
    return csp__typed_set_text((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_NOTE, value);
}

size_t csp_strategy_sources_count(const csp_strategy *strategy)
{
    return csp__typed_count((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SOURCES);
}

const char *csp_strategy_sources(const csp_strategy *strategy, size_t i)
{
    return csp__typed_item((const csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SOURCES, i);
}

int csp_strategy_add_sources(csp_strategy *strategy, const char *value)
{
    return csp__typed_add((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SOURCES, value);
}

int csp_strategy_clear_sources(csp_strategy *strategy)
{
    return csp__typed_clear((csp_record *)strategy, CSP_ENTITY_STRATEGY, CSP_STRATEGY_SOURCES);
}

/* ---- elements (strategy.h) ------------------------------------------------------ */

int csp_element_new(csp_element **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ELEMENT, id);
    *out = (csp_element *)r;
    return rc;
}

void csp_element_free(csp_element *element)
{
    csp_record_free((csp_record *)element);
}

int csp_element_get(csp_element **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ELEMENT, id);
    *out = (csp_element *)r;
    return rc;
}

int csp_element_put(csp_register *reg, const csp_element *element)
{
    return csp__typed_put(reg, (const csp_record *)element, CSP_ENTITY_ELEMENT, 0);
}

int csp_element_insert(csp_register *reg, const csp_element *element)
{
    return csp__typed_put(reg, (const csp_record *)element, CSP_ENTITY_ELEMENT, 1);
}

int csp_element_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ELEMENT, id);
}

int csp_element_move(csp_register *reg, const char *id, const char *parent_id, long index)
{
    return csp_record_move(reg, CSP_ENTITY_ELEMENT, id, parent_id, index);
}

int csp_element_iterator_new(csp_element_iterator **out, csp_register *reg, const csp_element_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_element_filter, strategy), CSP_ELEMENT_STRATEGY, 0, 1, "filter.strategy"},
        {offsetof(csp_element_filter, parent), CSP_ELEMENT_PARENT, 0, 1, "filter.parent"},
        {offsetof(csp_element_filter, kind), CSP_ELEMENT_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_element_filter, delivered_by), CSP_ELEMENT_DELIVERED_BY, 0, 1, "filter.delivered_by"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ELEMENT, filter, filter ? filter->version : 0, CSP_ELEMENT_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_element_iterator *)it;
    return rc;
}

int csp_element_iterator_query(csp_element_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ELEMENT, query);
    *out = (csp_element_iterator *)it;
    return rc;
}

int csp_element_next(csp_element **out, csp_element_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ELEMENT);
    *out = (csp_element *)r;
    return rc;
}

void csp_element_iterator_free(csp_element_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_element_id(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_ID);
}

const char *csp_element_strategy(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_STRATEGY);
}

int csp_element_set_strategy(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_STRATEGY, value);
}

int csp_element_position(const csp_element *element)
{
    return csp__typed_int((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_POSITION);
}

const char *csp_element_parent(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT);
}

int csp_element_set_parent(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT, value);
}

const char *csp_element_kind(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_KIND);
}

int csp_element_set_kind(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_KIND, value);
}

const char *csp_element_title(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_TITLE);
}

int csp_element_set_title(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_TITLE, value);
}

const char *csp_element_text(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_TEXT);
}

int csp_element_set_text(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_TEXT, value);
}

const char *csp_element_delivered_by(const csp_element *element)
{
    return csp__typed_text((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_DELIVERED_BY);
}

int csp_element_set_delivered_by(csp_element *element, const char *value)
{
    return csp__typed_set_text((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_DELIVERED_BY, value);
}

size_t csp_element_sources_count(const csp_element *element)
{
    return csp__typed_count((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_SOURCES);
}

const char *csp_element_sources(const csp_element *element, size_t i)
{
    return csp__typed_item((const csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_SOURCES, i);
}

int csp_element_add_sources(csp_element *element, const char *value)
{
    return csp__typed_add((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_SOURCES, value);
}

int csp_element_clear_sources(csp_element *element)
{
    return csp__typed_clear((csp_record *)element, CSP_ENTITY_ELEMENT, CSP_ELEMENT_SOURCES);
}

/* ---- assessments (assessment.h) ------------------------------------------------- */

int csp_assessment_new(csp_assessment **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ASSESSMENT, id);
    *out = (csp_assessment *)r;
    return rc;
}

void csp_assessment_free(csp_assessment *assessment)
{
    csp_record_free((csp_record *)assessment);
}

int csp_assessment_get(csp_assessment **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ASSESSMENT, id);
    *out = (csp_assessment *)r;
    return rc;
}

int csp_assessment_put(csp_register *reg, const csp_assessment *assessment)
{
    return csp__typed_put(reg, (const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, 0);
}

int csp_assessment_insert(csp_register *reg, const csp_assessment *assessment)
{
    return csp__typed_put(reg, (const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, 1);
}

int csp_assessment_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ASSESSMENT, id);
}

int csp_assessment_iterator_new(csp_assessment_iterator **out, csp_register *reg, const csp_assessment_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_assessment_filter, partnership), CSP_ASSESSMENT_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_assessment_filter, kind), CSP_ASSESSMENT_KIND, 0, 1, "filter.kind"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ASSESSMENT, filter, filter ? filter->version : 0, CSP_ASSESSMENT_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_assessment_iterator *)it;
    return rc;
}

int csp_assessment_iterator_query(csp_assessment_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ASSESSMENT, query);
    *out = (csp_assessment_iterator *)it;
    return rc;
}

int csp_assessment_next(csp_assessment **out, csp_assessment_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ASSESSMENT);
    *out = (csp_assessment *)r;
    return rc;
}

void csp_assessment_iterator_free(csp_assessment_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_assessment_id(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_ID);
}

const char *csp_assessment_partnership(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PARTNERSHIP);
}

int csp_assessment_set_partnership(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PARTNERSHIP, value);
}

const char *csp_assessment_kind(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_KIND);
}

int csp_assessment_set_kind(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_KIND, value);
}

const char *csp_assessment_title(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_TITLE);
}

int csp_assessment_set_title(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_TITLE, value);
}

const char *csp_assessment_completed_on(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_COMPLETED_ON);
}

int csp_assessment_set_completed_on(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_COMPLETED_ON, value);
}

const char *csp_assessment_start_date(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_START_DATE);
}

int csp_assessment_set_start_date(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_START_DATE, value);
}

const char *csp_assessment_end_date(const csp_assessment *assessment)
{
    return csp__typed_text((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_END_DATE);
}

int csp_assessment_set_end_date(csp_assessment *assessment, const char *value)
{
    return csp__typed_set_text((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_END_DATE, value);
}

size_t csp_assessment_findings_count(const csp_assessment *assessment)
{
    return csp__typed_count((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FINDINGS);
}

const char *csp_assessment_findings(const csp_assessment *assessment, size_t i)
{
    return csp__typed_item((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FINDINGS, i);
}

int csp_assessment_add_findings(csp_assessment *assessment, const char *value)
{
    return csp__typed_add((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FINDINGS, value);
}

int csp_assessment_clear_findings(csp_assessment *assessment)
{
    return csp__typed_clear((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FINDINGS);
}

size_t csp_assessment_priorities_count(const csp_assessment *assessment)
{
    return csp__typed_count((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PRIORITIES);
}

const char *csp_assessment_priorities(const csp_assessment *assessment, size_t i)
{
    return csp__typed_item((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PRIORITIES, i);
}

int csp_assessment_add_priorities(csp_assessment *assessment, const char *value)
{
    return csp__typed_add((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PRIORITIES, value);
}

int csp_assessment_clear_priorities(csp_assessment *assessment)
{
    return csp__typed_clear((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PRIORITIES);
}

size_t csp_assessment_feeds_count(const csp_assessment *assessment)
{
    return csp__typed_count((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FEEDS);
}

const char *csp_assessment_feeds(const csp_assessment *assessment, size_t i)
{
    return csp__typed_item((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FEEDS, i);
}

int csp_assessment_add_feeds(csp_assessment *assessment, const char *value)
{
    return csp__typed_add((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FEEDS, value);
}

int csp_assessment_clear_feeds(csp_assessment *assessment)
{
    return csp__typed_clear((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FEEDS);
}

size_t csp_assessment_sources_count(const csp_assessment *assessment)
{
    return csp__typed_count((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_SOURCES);
}

const char *csp_assessment_sources(const csp_assessment *assessment, size_t i)
{
    return csp__typed_item((const csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_SOURCES, i);
}

int csp_assessment_add_sources(csp_assessment *assessment, const char *value)
{
    return csp__typed_add((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_SOURCES, value);
}

int csp_assessment_clear_sources(csp_assessment *assessment)
{
    return csp__typed_clear((csp_record *)assessment, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_SOURCES);
}

/* ---- discharges (duty.h) -------------------------------------------------------- */

int csp_discharge_new(csp_discharge **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_DISCHARGE, id);
    *out = (csp_discharge *)r;
    return rc;
}

void csp_discharge_free(csp_discharge *discharge)
{
    csp_record_free((csp_record *)discharge);
}

int csp_discharge_get(csp_discharge **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_DISCHARGE, id);
    *out = (csp_discharge *)r;
    return rc;
}

int csp_discharge_put(csp_register *reg, const csp_discharge *discharge)
{
    return csp__typed_put(reg, (const csp_record *)discharge, CSP_ENTITY_DISCHARGE, 0);
}

int csp_discharge_insert(csp_register *reg, const csp_discharge *discharge)
{
    return csp__typed_put(reg, (const csp_record *)discharge, CSP_ENTITY_DISCHARGE, 1);
}

int csp_discharge_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_DISCHARGE, id);
}

int csp_discharge_iterator_new(csp_discharge_iterator **out, csp_register *reg, const csp_discharge_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_discharge_filter, duty), CSP_DISCHARGE_DUTY, 0, 1, "filter.duty"},
        {offsetof(csp_discharge_filter, partnership), CSP_DISCHARGE_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_discharge_filter, meeting), CSP_DISCHARGE_MEETING, 0, 1, "filter.meeting"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_DISCHARGE, filter, filter ? filter->version : 0, CSP_DISCHARGE_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_discharge_iterator *)it;
    return rc;
}

int csp_discharge_iterator_query(csp_discharge_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_DISCHARGE, query);
    *out = (csp_discharge_iterator *)it;
    return rc;
}

int csp_discharge_next(csp_discharge **out, csp_discharge_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_DISCHARGE);
    *out = (csp_discharge *)r;
    return rc;
}

void csp_discharge_iterator_free(csp_discharge_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_discharge_id(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_ID);
}

const char *csp_discharge_duty(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_DUTY);
}

int csp_discharge_set_duty(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_DUTY, value);
}

const char *csp_discharge_partnership(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_PARTNERSHIP);
}

int csp_discharge_set_partnership(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_PARTNERSHIP, value);
}

const char *csp_discharge_discharged_on(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_DISCHARGED_ON);
}

int csp_discharge_set_discharged_on(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_DISCHARGED_ON, value);
}

const char *csp_discharge_title(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_TITLE);
}

int csp_discharge_set_title(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_TITLE, value);
}

const char *csp_discharge_evidence_title(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_TITLE);
}

int csp_discharge_set_evidence_title(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_TITLE, value);
}

const char *csp_discharge_evidence_url(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_URL);
}

int csp_discharge_set_evidence_url(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_URL, value);
}

const char *csp_discharge_evidence_ref(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_REF);
}

int csp_discharge_set_evidence_ref(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_REF, value);
}

const char *csp_discharge_note(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_NOTE);
}

int csp_discharge_set_note(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_NOTE, value);
}

const char *csp_discharge_strategy(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_STRATEGY);
}

int csp_discharge_set_strategy(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_STRATEGY, value);
}

const char *csp_discharge_assessment(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_ASSESSMENT);
}

int csp_discharge_set_assessment(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_ASSESSMENT, value);
}

const char *csp_discharge_meeting(const csp_discharge *discharge)
{
    return csp__typed_text((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_MEETING);
}

int csp_discharge_set_meeting(csp_discharge *discharge, const char *value)
{
    return csp__typed_set_text((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_MEETING, value);
}

size_t csp_discharge_sources_count(const csp_discharge *discharge)
{
    return csp__typed_count((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_SOURCES);
}

const char *csp_discharge_sources(const csp_discharge *discharge, size_t i)
{
    return csp__typed_item((const csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_SOURCES, i);
}

int csp_discharge_add_sources(csp_discharge *discharge, const char *value)
{
    return csp__typed_add((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_SOURCES, value);
}

int csp_discharge_clear_sources(csp_discharge *discharge)
{
    return csp__typed_clear((csp_record *)discharge, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_SOURCES);
}

/* ---- meetings (meeting.h) ------------------------------------------------------- */

int csp_meeting_new(csp_meeting **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_MEETING, id);
    *out = (csp_meeting *)r;
    return rc;
}

void csp_meeting_free(csp_meeting *meeting)
{
    csp_record_free((csp_record *)meeting);
}

int csp_meeting_get(csp_meeting **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_MEETING, id);
    *out = (csp_meeting *)r;
    return rc;
}

int csp_meeting_put(csp_register *reg, const csp_meeting *meeting)
{
    return csp__typed_put(reg, (const csp_record *)meeting, CSP_ENTITY_MEETING, 0);
}

int csp_meeting_insert(csp_register *reg, const csp_meeting *meeting)
{
    return csp__typed_put(reg, (const csp_record *)meeting, CSP_ENTITY_MEETING, 1);
}

int csp_meeting_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_MEETING, id);
}

int csp_meeting_iterator_new(csp_meeting_iterator **out, csp_register *reg, const csp_meeting_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_meeting_filter, partnership), CSP_MEETING_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_meeting_filter, kind), CSP_MEETING_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_meeting_filter, status), CSP_MEETING_STATUS, 0, 1, "filter.status"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_MEETING, filter, filter ? filter->version : 0, CSP_MEETING_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_meeting_iterator *)it;
    return rc;
}

int csp_meeting_iterator_query(csp_meeting_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_MEETING, query);
    *out = (csp_meeting_iterator *)it;
    return rc;
}

int csp_meeting_next(csp_meeting **out, csp_meeting_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_MEETING);
    *out = (csp_meeting *)r;
    return rc;
}

void csp_meeting_iterator_free(csp_meeting_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_meeting_id(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_ID);
}

const char *csp_meeting_partnership(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_PARTNERSHIP);
}

int csp_meeting_set_partnership(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_PARTNERSHIP, value);
}

const char *csp_meeting_date(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_DATE);
}

int csp_meeting_set_date(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_DATE, value);
}

const char *csp_meeting_start_time(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_START_TIME);
}

int csp_meeting_set_start_time(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_START_TIME, value);
}

int csp_meeting_duration_minutes(const csp_meeting *meeting)
{
    return csp__typed_int((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_DURATION_MINUTES);
}

int csp_meeting_set_duration_minutes(csp_meeting *meeting, int value)
{
    return csp__typed_set_int((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_DURATION_MINUTES, value);
}

const char *csp_meeting_kind(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_KIND);
}

int csp_meeting_set_kind(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_KIND, value);
}

const char *csp_meeting_status(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_STATUS);
}

int csp_meeting_set_status(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_STATUS, value);
}

const char *csp_meeting_title(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_TITLE);
}

int csp_meeting_set_title(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_TITLE, value);
}

const char *csp_meeting_location(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_LOCATION);
}

int csp_meeting_set_location(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_LOCATION, value);
}

const char *csp_meeting_note(const csp_meeting *meeting)
{
    return csp__typed_text((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_NOTE);
}

int csp_meeting_set_note(csp_meeting *meeting, const char *value)
{
    return csp__typed_set_text((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_NOTE, value);
}

size_t csp_meeting_sources_count(const csp_meeting *meeting)
{
    return csp__typed_count((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_SOURCES);
}

const char *csp_meeting_sources(const csp_meeting *meeting, size_t i)
{
    return csp__typed_item((const csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_SOURCES, i);
}

int csp_meeting_add_sources(csp_meeting *meeting, const char *value)
{
    return csp__typed_add((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_SOURCES, value);
}

int csp_meeting_clear_sources(csp_meeting *meeting)
{
    return csp__typed_clear((csp_record *)meeting, CSP_ENTITY_MEETING, CSP_MEETING_SOURCES);
}

/* ---- documents (meeting.h) ------------------------------------------------------ */

int csp_document_new(csp_document **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_DOCUMENT, id);
    *out = (csp_document *)r;
    return rc;
}

void csp_document_free(csp_document *document)
{
    csp_record_free((csp_record *)document);
}

int csp_document_get(csp_document **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_DOCUMENT, id);
    *out = (csp_document *)r;
    return rc;
}

int csp_document_put(csp_register *reg, const csp_document *document)
{
    return csp__typed_put(reg, (const csp_record *)document, CSP_ENTITY_DOCUMENT, 0);
}

int csp_document_insert(csp_register *reg, const csp_document *document)
{
    return csp__typed_put(reg, (const csp_record *)document, CSP_ENTITY_DOCUMENT, 1);
}

int csp_document_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_DOCUMENT, id);
}

int csp_document_iterator_new(csp_document_iterator **out, csp_register *reg, const csp_document_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_document_filter, meeting), CSP_DOCUMENT_MEETING, 0, 1, "filter.meeting"},
        {offsetof(csp_document_filter, kind), CSP_DOCUMENT_KIND, 0, 1, "filter.kind"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_DOCUMENT, filter, filter ? filter->version : 0, CSP_DOCUMENT_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_document_iterator *)it;
    return rc;
}

int csp_document_iterator_query(csp_document_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_DOCUMENT, query);
    *out = (csp_document_iterator *)it;
    return rc;
}

int csp_document_next(csp_document **out, csp_document_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_DOCUMENT);
    *out = (csp_document *)r;
    return rc;
}

void csp_document_iterator_free(csp_document_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_document_id(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_ID);
}

const char *csp_document_meeting(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_MEETING);
}

int csp_document_set_meeting(csp_document *document, const char *value)
{
    return csp__typed_set_text((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_MEETING, value);
}

int csp_document_position(const csp_document *document)
{
    return csp__typed_int((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_POSITION);
}

const char *csp_document_kind(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_KIND);
}

int csp_document_set_kind(csp_document *document, const char *value)
{
    return csp__typed_set_text((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_KIND, value);
}

const char *csp_document_title(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_TITLE);
}

int csp_document_set_title(csp_document *document, const char *value)
{
    return csp__typed_set_text((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_TITLE, value);
}

const char *csp_document_url(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_URL);
}

int csp_document_set_url(csp_document *document, const char *value)
{
    return csp__typed_set_text((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_URL, value);
}

const char *csp_document_reference(const csp_document *document)
{
    return csp__typed_text((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_REFERENCE);
}

int csp_document_set_reference(csp_document *document, const char *value)
{
    return csp__typed_set_text((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_REFERENCE, value);
}

size_t csp_document_sources_count(const csp_document *document)
{
    return csp__typed_count((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_SOURCES);
}

const char *csp_document_sources(const csp_document *document, size_t i)
{
    return csp__typed_item((const csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_SOURCES, i);
}

int csp_document_add_sources(csp_document *document, const char *value)
{
    return csp__typed_add((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_SOURCES, value);
}

int csp_document_clear_sources(csp_document *document)
{
    return csp__typed_clear((csp_record *)document, CSP_ENTITY_DOCUMENT, CSP_DOCUMENT_SOURCES);
}

/* ---- agenda_items (meeting.h) --------------------------------------------------- */

int csp_agenda_item_new(csp_agenda_item **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_AGENDA_ITEM, id);
    *out = (csp_agenda_item *)r;
    return rc;
}

void csp_agenda_item_free(csp_agenda_item *agenda_item)
{
    csp_record_free((csp_record *)agenda_item);
}

int csp_agenda_item_get(csp_agenda_item **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_AGENDA_ITEM, id);
    *out = (csp_agenda_item *)r;
    return rc;
}

int csp_agenda_item_put(csp_register *reg, const csp_agenda_item *agenda_item)
{
    return csp__typed_put(reg, (const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, 0);
}

int csp_agenda_item_insert(csp_register *reg, const csp_agenda_item *agenda_item)
{
    return csp__typed_put(reg, (const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, 1);
}

int csp_agenda_item_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_AGENDA_ITEM, id);
}

int csp_agenda_item_move(csp_register *reg, const char *id, const char *parent_id, long index)
{
    return csp_record_move(reg, CSP_ENTITY_AGENDA_ITEM, id, parent_id, index);
}

int csp_agenda_item_iterator_new(csp_agenda_item_iterator **out, csp_register *reg, const csp_agenda_item_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_agenda_item_filter, meeting), CSP_AGENDA_ITEM_MEETING, 0, 1, "filter.meeting"},
        {offsetof(csp_agenda_item_filter, parent), CSP_AGENDA_ITEM_PARENT, 0, 1, "filter.parent"},
        {offsetof(csp_agenda_item_filter, kind), CSP_AGENDA_ITEM_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_agenda_item_filter, restricted), CSP_AGENDA_ITEM_RESTRICTED, 1, 1, "filter.restricted"},
        {offsetof(csp_agenda_item_filter, element), CSP_AGENDA_ITEM_ELEMENT, 0, 1, "filter.element"},
        {offsetof(csp_agenda_item_filter, action), CSP_AGENDA_ITEM_ACTION, 0, 1, "filter.action"},
        {offsetof(csp_agenda_item_filter, risk), CSP_AGENDA_ITEM_RISK, 0, 1, "filter.risk"},
        {offsetof(csp_agenda_item_filter, homicide_review), CSP_AGENDA_ITEM_HOMICIDE_REVIEW, 0, 1, "filter.homicide_review"},
        {offsetof(csp_agenda_item_filter, scrutiny_review), CSP_AGENDA_ITEM_SCRUTINY_REVIEW, 0, 1, "filter.scrutiny_review"},
        {offsetof(csp_agenda_item_filter, reported_by), CSP_AGENDA_ITEM_REPORTED_BY, 0, 1, "filter.reported_by"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_AGENDA_ITEM, filter, filter ? filter->version : 0, CSP_AGENDA_ITEM_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_agenda_item_iterator *)it;
    return rc;
}

int csp_agenda_item_iterator_query(csp_agenda_item_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_AGENDA_ITEM, query);
    *out = (csp_agenda_item_iterator *)it;
    return rc;
}

int csp_agenda_item_next(csp_agenda_item **out, csp_agenda_item_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_AGENDA_ITEM);
    *out = (csp_agenda_item *)r;
    return rc;
}

void csp_agenda_item_iterator_free(csp_agenda_item_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_agenda_item_id(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_ID);
}

const char *csp_agenda_item_meeting(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_MEETING);
}

int csp_agenda_item_set_meeting(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_MEETING, value);
}

int csp_agenda_item_position(const csp_agenda_item *agenda_item)
{
    return csp__typed_int((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_POSITION);
}

const char *csp_agenda_item_parent(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_PARENT);
}

int csp_agenda_item_set_parent(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_PARENT, value);
}

const char *csp_agenda_item_kind(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_KIND);
}

int csp_agenda_item_set_kind(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_KIND, value);
}

const char *csp_agenda_item_title(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_TITLE);
}

int csp_agenda_item_set_title(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_TITLE, value);
}

int csp_agenda_item_restricted(const csp_agenda_item *agenda_item)
{
    return csp__typed_int((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_RESTRICTED);
}

int csp_agenda_item_set_restricted(csp_agenda_item *agenda_item, int value)
{
    return csp__typed_set_int((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_RESTRICTED, value);
}

const char *csp_agenda_item_element(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_ELEMENT);
}

int csp_agenda_item_set_element(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_ELEMENT, value);
}

const char *csp_agenda_item_action(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_ACTION);
}

int csp_agenda_item_set_action(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_ACTION, value);
}

const char *csp_agenda_item_risk(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_RISK);
}

int csp_agenda_item_set_risk(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_RISK, value);
}

const char *csp_agenda_item_homicide_review(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_HOMICIDE_REVIEW);
}

int csp_agenda_item_set_homicide_review(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_HOMICIDE_REVIEW, value);
}

const char *csp_agenda_item_scrutiny_review(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SCRUTINY_REVIEW);
}

int csp_agenda_item_set_scrutiny_review(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SCRUTINY_REVIEW, value);
}

const char *csp_agenda_item_reported_by(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_REPORTED_BY);
}

int csp_agenda_item_set_reported_by(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_REPORTED_BY, value);
}

const char *csp_agenda_item_outcome(const csp_agenda_item *agenda_item)
{
    return csp__typed_text((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_OUTCOME);
}

int csp_agenda_item_set_outcome(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_set_text((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_OUTCOME, value);
}

size_t csp_agenda_item_sources_count(const csp_agenda_item *agenda_item)
{
    return csp__typed_count((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SOURCES);
}

const char *csp_agenda_item_sources(const csp_agenda_item *agenda_item, size_t i)
{
    return csp__typed_item((const csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SOURCES, i);
}

int csp_agenda_item_add_sources(csp_agenda_item *agenda_item, const char *value)
{
    return csp__typed_add((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SOURCES, value);
}

int csp_agenda_item_clear_sources(csp_agenda_item *agenda_item)
{
    return csp__typed_clear((csp_record *)agenda_item, CSP_ENTITY_AGENDA_ITEM, CSP_AGENDA_ITEM_SOURCES);
}

/* ---- attendances (meeting.h) ---------------------------------------------------- */

int csp_attendance_new(csp_attendance **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ATTENDANCE, id);
    *out = (csp_attendance *)r;
    return rc;
}

void csp_attendance_free(csp_attendance *attendance)
{
    csp_record_free((csp_record *)attendance);
}

int csp_attendance_get(csp_attendance **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ATTENDANCE, id);
    *out = (csp_attendance *)r;
    return rc;
}

int csp_attendance_put(csp_register *reg, const csp_attendance *attendance)
{
    return csp__typed_put(reg, (const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, 0);
}

int csp_attendance_insert(csp_register *reg, const csp_attendance *attendance)
{
    return csp__typed_put(reg, (const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, 1);
}

int csp_attendance_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ATTENDANCE, id);
}

int csp_attendance_iterator_new(csp_attendance_iterator **out, csp_register *reg, const csp_attendance_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_attendance_filter, meeting), CSP_ATTENDANCE_MEETING, 0, 1, "filter.meeting"},
        {offsetof(csp_attendance_filter, membership), CSP_ATTENDANCE_MEMBERSHIP, 0, 1, "filter.membership"},
        {offsetof(csp_attendance_filter, status), CSP_ATTENDANCE_STATUS, 0, 1, "filter.status"},
        {offsetof(csp_attendance_filter, substitute), CSP_ATTENDANCE_SUBSTITUTE, 0, 1, "filter.substitute"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ATTENDANCE, filter, filter ? filter->version : 0, CSP_ATTENDANCE_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_attendance_iterator *)it;
    return rc;
}

int csp_attendance_iterator_query(csp_attendance_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ATTENDANCE, query);
    *out = (csp_attendance_iterator *)it;
    return rc;
}

int csp_attendance_next(csp_attendance **out, csp_attendance_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ATTENDANCE);
    *out = (csp_attendance *)r;
    return rc;
}

void csp_attendance_iterator_free(csp_attendance_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_attendance_id(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_ID);
}

const char *csp_attendance_meeting(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_MEETING);
}

int csp_attendance_set_meeting(csp_attendance *attendance, const char *value)
{
    return csp__typed_set_text((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_MEETING, value);
}

const char *csp_attendance_membership(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_MEMBERSHIP);
}

int csp_attendance_set_membership(csp_attendance *attendance, const char *value)
{
    return csp__typed_set_text((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_MEMBERSHIP, value);
}

const char *csp_attendance_status(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_STATUS);
}

int csp_attendance_set_status(csp_attendance *attendance, const char *value)
{
    return csp__typed_set_text((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_STATUS, value);
}

const char *csp_attendance_substitute(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SUBSTITUTE);
}

int csp_attendance_set_substitute(csp_attendance *attendance, const char *value)
{
    return csp__typed_set_text((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SUBSTITUTE, value);
}

const char *csp_attendance_note(const csp_attendance *attendance)
{
    return csp__typed_text((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_NOTE);
}

int csp_attendance_set_note(csp_attendance *attendance, const char *value)
{
    return csp__typed_set_text((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_NOTE, value);
}

size_t csp_attendance_sources_count(const csp_attendance *attendance)
{
    return csp__typed_count((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SOURCES);
}

const char *csp_attendance_sources(const csp_attendance *attendance, size_t i)
{
    return csp__typed_item((const csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SOURCES, i);
}

int csp_attendance_add_sources(csp_attendance *attendance, const char *value)
{
    return csp__typed_add((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SOURCES, value);
}

int csp_attendance_clear_sources(csp_attendance *attendance)
{
    return csp__typed_clear((csp_record *)attendance, CSP_ENTITY_ATTENDANCE, CSP_ATTENDANCE_SOURCES);
}

/* ---- actions (action.h) --------------------------------------------------------- */

int csp_action_new(csp_action **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ACTION, id);
    *out = (csp_action *)r;
    return rc;
}

void csp_action_free(csp_action *action)
{
    csp_record_free((csp_record *)action);
}

int csp_action_get(csp_action **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ACTION, id);
    *out = (csp_action *)r;
    return rc;
}

int csp_action_put(csp_register *reg, const csp_action *action)
{
    return csp__typed_put(reg, (const csp_record *)action, CSP_ENTITY_ACTION, 0);
}

int csp_action_insert(csp_register *reg, const csp_action *action)
{
    return csp__typed_put(reg, (const csp_record *)action, CSP_ENTITY_ACTION, 1);
}

int csp_action_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ACTION, id);
}

int csp_action_iterator_new(csp_action_iterator **out, csp_register *reg, const csp_action_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_action_filter, partnership), CSP_ACTION_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_action_filter, raised_at), CSP_ACTION_RAISED_AT, 0, 1, "filter.raised_at"},
        {offsetof(csp_action_filter, raised_at_item), CSP_ACTION_RAISED_AT_ITEM, 0, 1, "filter.raised_at_item"},
        {offsetof(csp_action_filter, serves), CSP_ACTION_SERVES, 0, 1, "filter.serves"},
        {offsetof(csp_action_filter, champion), CSP_ACTION_CHAMPION, 0, 1, "filter.champion"},
        {offsetof(csp_action_filter, owner_partnership), CSP_ACTION_OWNER_PARTNERSHIP, 0, 1, "filter.owner_partnership"},
        {offsetof(csp_action_filter, owner_organisation), CSP_ACTION_OWNER_ORGANISATION, 0, 1, "filter.owner_organisation"},
        {offsetof(csp_action_filter, status), CSP_ACTION_STATUS, 0, 1, "filter.status"},
        {offsetof(csp_action_filter, rag), CSP_ACTION_RAG, 0, 1, "filter.rag"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ACTION, filter, filter ? filter->version : 0, CSP_ACTION_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_action_iterator *)it;
    return rc;
}

int csp_action_iterator_query(csp_action_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ACTION, query);
    *out = (csp_action_iterator *)it;
    return rc;
}

int csp_action_next(csp_action **out, csp_action_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ACTION);
    *out = (csp_action *)r;
    return rc;
}

void csp_action_iterator_free(csp_action_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_action_id(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_ID);
}

const char *csp_action_partnership(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_PARTNERSHIP);
}

int csp_action_set_partnership(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_PARTNERSHIP, value);
}

const char *csp_action_title(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_TITLE);
}

int csp_action_set_title(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_TITLE, value);
}

const char *csp_action_description(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_DESCRIPTION);
}

int csp_action_set_description(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_DESCRIPTION, value);
}

const char *csp_action_raised_on(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_ON);
}

int csp_action_set_raised_on(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_ON, value);
}

const char *csp_action_raised_at(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_AT);
}

int csp_action_set_raised_at(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_AT, value);
}

const char *csp_action_raised_at_item(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_AT_ITEM);
}

int csp_action_set_raised_at_item(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAISED_AT_ITEM, value);
}

const char *csp_action_serves(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SERVES);
}

int csp_action_set_serves(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SERVES, value);
}

const char *csp_action_champion(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_CHAMPION);
}

int csp_action_set_champion(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_CHAMPION, value);
}

const char *csp_action_owner_partnership(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_OWNER_PARTNERSHIP);
}

int csp_action_set_owner_partnership(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_OWNER_PARTNERSHIP, value);
}

const char *csp_action_owner_organisation(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_OWNER_ORGANISATION);
}

int csp_action_set_owner_organisation(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_OWNER_ORGANISATION, value);
}

const char *csp_action_due_on(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_DUE_ON);
}

int csp_action_set_due_on(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_DUE_ON, value);
}

const char *csp_action_status(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_STATUS);
}

int csp_action_set_status(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_STATUS, value);
}

const char *csp_action_rag(const csp_action *action)
{
    return csp__typed_text((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAG);
}

int csp_action_set_rag(csp_action *action, const char *value)
{
    return csp__typed_set_text((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_RAG, value);
}

size_t csp_action_sources_count(const csp_action *action)
{
    return csp__typed_count((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SOURCES);
}

const char *csp_action_sources(const csp_action *action, size_t i)
{
    return csp__typed_item((const csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SOURCES, i);
}

int csp_action_add_sources(csp_action *action, const char *value)
{
    return csp__typed_add((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SOURCES, value);
}

int csp_action_clear_sources(csp_action *action)
{
    return csp__typed_clear((csp_record *)action, CSP_ENTITY_ACTION, CSP_ACTION_SOURCES);
}

/* ---- action_updates (action.h) -------------------------------------------------- */

int csp_action_update_new(csp_action_update **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_ACTION_UPDATE, id);
    *out = (csp_action_update *)r;
    return rc;
}

void csp_action_update_free(csp_action_update *action_update)
{
    csp_record_free((csp_record *)action_update);
}

int csp_action_update_get(csp_action_update **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_ACTION_UPDATE, id);
    *out = (csp_action_update *)r;
    return rc;
}

int csp_action_update_put(csp_register *reg, const csp_action_update *action_update)
{
    return csp__typed_put(reg, (const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, 0);
}

int csp_action_update_insert(csp_register *reg, const csp_action_update *action_update)
{
    return csp__typed_put(reg, (const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, 1);
}

int csp_action_update_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_ACTION_UPDATE, id);
}

int csp_action_update_iterator_new(csp_action_update_iterator **out, csp_register *reg, const csp_action_update_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_action_update_filter, action), CSP_ACTION_UPDATE_ACTION, 0, 1, "filter.action"},
        {offsetof(csp_action_update_filter, status), CSP_ACTION_UPDATE_STATUS, 0, 1, "filter.status"},
        {offsetof(csp_action_update_filter, rag), CSP_ACTION_UPDATE_RAG, 0, 1, "filter.rag"},
        {offsetof(csp_action_update_filter, reported_at), CSP_ACTION_UPDATE_REPORTED_AT, 0, 1, "filter.reported_at"},
        {offsetof(csp_action_update_filter, reported_by), CSP_ACTION_UPDATE_REPORTED_BY, 0, 1, "filter.reported_by"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_ACTION_UPDATE, filter, filter ? filter->version : 0, CSP_ACTION_UPDATE_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_action_update_iterator *)it;
    return rc;
}

int csp_action_update_iterator_query(csp_action_update_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_ACTION_UPDATE, query);
    *out = (csp_action_update_iterator *)it;
    return rc;
}

int csp_action_update_next(csp_action_update **out, csp_action_update_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_ACTION_UPDATE);
    *out = (csp_action_update *)r;
    return rc;
}

void csp_action_update_iterator_free(csp_action_update_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_action_update_id(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_ID);
}

const char *csp_action_update_action(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_ACTION);
}

int csp_action_update_set_action(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_ACTION, value);
}

int csp_action_update_position(const csp_action_update *action_update)
{
    return csp__typed_int((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_POSITION);
}

const char *csp_action_update_date(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_DATE);
}

int csp_action_update_set_date(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_DATE, value);
}

const char *csp_action_update_status(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_STATUS);
}

int csp_action_update_set_status(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_STATUS, value);
}

const char *csp_action_update_rag(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_RAG);
}

int csp_action_update_set_rag(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_RAG, value);
}

const char *csp_action_update_note(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_NOTE);
}

int csp_action_update_set_note(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_NOTE, value);
}

const char *csp_action_update_reported_at(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_REPORTED_AT);
}

int csp_action_update_set_reported_at(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_REPORTED_AT, value);
}

const char *csp_action_update_reported_by(const csp_action_update *action_update)
{
    return csp__typed_text((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_REPORTED_BY);
}

int csp_action_update_set_reported_by(csp_action_update *action_update, const char *value)
{
    return csp__typed_set_text((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_REPORTED_BY, value);
}

size_t csp_action_update_sources_count(const csp_action_update *action_update)
{
    return csp__typed_count((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_SOURCES);
}

const char *csp_action_update_sources(const csp_action_update *action_update, size_t i)
{
    return csp__typed_item((const csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_SOURCES, i);
}

int csp_action_update_add_sources(csp_action_update *action_update, const char *value)
{
    return csp__typed_add((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_SOURCES, value);
}

int csp_action_update_clear_sources(csp_action_update *action_update)
{
    return csp__typed_clear((csp_record *)action_update, CSP_ENTITY_ACTION_UPDATE, CSP_ACTION_UPDATE_SOURCES);
}

/* ---- risks (risk.h) ------------------------------------------------------------- */

int csp_risk_new(csp_risk **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_RISK, id);
    *out = (csp_risk *)r;
    return rc;
}

void csp_risk_free(csp_risk *risk)
{
    csp_record_free((csp_record *)risk);
}

int csp_risk_get(csp_risk **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_RISK, id);
    *out = (csp_risk *)r;
    return rc;
}

int csp_risk_put(csp_register *reg, const csp_risk *risk)
{
    return csp__typed_put(reg, (const csp_record *)risk, CSP_ENTITY_RISK, 0);
}

int csp_risk_insert(csp_register *reg, const csp_risk *risk)
{
    return csp__typed_put(reg, (const csp_record *)risk, CSP_ENTITY_RISK, 1);
}

int csp_risk_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_RISK, id);
}

int csp_risk_iterator_new(csp_risk_iterator **out, csp_register *reg, const csp_risk_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_risk_filter, partnership), CSP_RISK_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_risk_filter, owner), CSP_RISK_OWNER, 0, 1, "filter.owner"},
        {offsetof(csp_risk_filter, status), CSP_RISK_STATUS, 0, 1, "filter.status"},
        {offsetof(csp_risk_filter, reviewed_at), CSP_RISK_REVIEWED_AT, 0, 1, "filter.reviewed_at"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_RISK, filter, filter ? filter->version : 0, CSP_RISK_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_risk_iterator *)it;
    return rc;
}

int csp_risk_iterator_query(csp_risk_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_RISK, query);
    *out = (csp_risk_iterator *)it;
    return rc;
}

int csp_risk_next(csp_risk **out, csp_risk_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_RISK);
    *out = (csp_risk *)r;
    return rc;
}

void csp_risk_iterator_free(csp_risk_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_risk_id(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_ID);
}

const char *csp_risk_partnership(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_PARTNERSHIP);
}

int csp_risk_set_partnership(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_PARTNERSHIP, value);
}

const char *csp_risk_title(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_TITLE);
}

int csp_risk_set_title(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_TITLE, value);
}

const char *csp_risk_description(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_DESCRIPTION);
}

int csp_risk_set_description(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_DESCRIPTION, value);
}

const char *csp_risk_owner(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_OWNER);
}

int csp_risk_set_owner(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_OWNER, value);
}

int csp_risk_likelihood(const csp_risk *risk)
{
    return csp__typed_int((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_LIKELIHOOD);
}

int csp_risk_set_likelihood(csp_risk *risk, int value)
{
    return csp__typed_set_int((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_LIKELIHOOD, value);
}

int csp_risk_impact(const csp_risk *risk)
{
    return csp__typed_int((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_IMPACT);
}

int csp_risk_set_impact(csp_risk *risk, int value)
{
    return csp__typed_set_int((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_IMPACT, value);
}

int csp_risk_score(const csp_risk *risk)
{
    return csp__typed_int((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_SCORE);
}

const char *csp_risk_status(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_STATUS);
}

int csp_risk_set_status(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_STATUS, value);
}

size_t csp_risk_mitigations_count(const csp_risk *risk)
{
    return csp__typed_count((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_MITIGATIONS);
}

const char *csp_risk_mitigations(const csp_risk *risk, size_t i)
{
    return csp__typed_item((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_MITIGATIONS, i);
}

int csp_risk_add_mitigations(csp_risk *risk, const char *value)
{
    return csp__typed_add((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_MITIGATIONS, value);
}

int csp_risk_clear_mitigations(csp_risk *risk)
{
    return csp__typed_clear((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_MITIGATIONS);
}

const char *csp_risk_reviewed_at(const csp_risk *risk)
{
    return csp__typed_text((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_REVIEWED_AT);
}

int csp_risk_set_reviewed_at(csp_risk *risk, const char *value)
{
    return csp__typed_set_text((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_REVIEWED_AT, value);
}

size_t csp_risk_sources_count(const csp_risk *risk)
{
    return csp__typed_count((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_SOURCES);
}

const char *csp_risk_sources(const csp_risk *risk, size_t i)
{
    return csp__typed_item((const csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_SOURCES, i);
}

int csp_risk_add_sources(csp_risk *risk, const char *value)
{
    return csp__typed_add((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_SOURCES, value);
}

int csp_risk_clear_sources(csp_risk *risk)
{
    return csp__typed_clear((csp_record *)risk, CSP_ENTITY_RISK, CSP_RISK_SOURCES);
}

/* ---- risk_reviews (risk.h) ------------------------------------------------------ */

int csp_risk_review_new(csp_risk_review **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_RISK_REVIEW, id);
    *out = (csp_risk_review *)r;
    return rc;
}

void csp_risk_review_free(csp_risk_review *risk_review)
{
    csp_record_free((csp_record *)risk_review);
}

int csp_risk_review_get(csp_risk_review **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_RISK_REVIEW, id);
    *out = (csp_risk_review *)r;
    return rc;
}

int csp_risk_review_put(csp_register *reg, const csp_risk_review *risk_review)
{
    return csp__typed_put(reg, (const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, 0);
}

int csp_risk_review_insert(csp_register *reg, const csp_risk_review *risk_review)
{
    return csp__typed_put(reg, (const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, 1);
}

int csp_risk_review_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_RISK_REVIEW, id);
}

int csp_risk_review_iterator_new(csp_risk_review_iterator **out, csp_register *reg, const csp_risk_review_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_risk_review_filter, risk), CSP_RISK_REVIEW_RISK, 0, 1, "filter.risk"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_RISK_REVIEW, filter, filter ? filter->version : 0, CSP_RISK_REVIEW_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_risk_review_iterator *)it;
    return rc;
}

int csp_risk_review_iterator_query(csp_risk_review_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_RISK_REVIEW, query);
    *out = (csp_risk_review_iterator *)it;
    return rc;
}

int csp_risk_review_next(csp_risk_review **out, csp_risk_review_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_RISK_REVIEW);
    *out = (csp_risk_review *)r;
    return rc;
}

void csp_risk_review_iterator_free(csp_risk_review_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_risk_review_id(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_ID);
}

const char *csp_risk_review_risk(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_RISK);
}

int csp_risk_review_set_risk(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_set_text((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_RISK, value);
}

int csp_risk_review_position(const csp_risk_review *risk_review)
{
    return csp__typed_int((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_POSITION);
}

const char *csp_risk_review_date(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_DATE);
}

int csp_risk_review_set_date(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_set_text((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_DATE, value);
}

int csp_risk_review_likelihood(const csp_risk_review *risk_review)
{
    return csp__typed_int((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_LIKELIHOOD);
}

int csp_risk_review_set_likelihood(csp_risk_review *risk_review, int value)
{
    return csp__typed_set_int((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_LIKELIHOOD, value);
}

int csp_risk_review_impact(const csp_risk_review *risk_review)
{
    return csp__typed_int((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_IMPACT);
}

int csp_risk_review_set_impact(csp_risk_review *risk_review, int value)
{
    return csp__typed_set_int((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_IMPACT, value);
}

int csp_risk_review_score(const csp_risk_review *risk_review)
{
    return csp__typed_int((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_SCORE);
}

const char *csp_risk_review_status(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_STATUS);
}

int csp_risk_review_set_status(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_set_text((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_STATUS, value);
}

const char *csp_risk_review_note(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_NOTE);
}

int csp_risk_review_set_note(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_set_text((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_NOTE, value);
}

const char *csp_risk_review_reviewed_at(const csp_risk_review *risk_review)
{
    return csp__typed_text((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_REVIEWED_AT);
}

int csp_risk_review_set_reviewed_at(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_set_text((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_REVIEWED_AT, value);
}

size_t csp_risk_review_sources_count(const csp_risk_review *risk_review)
{
    return csp__typed_count((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_SOURCES);
}

const char *csp_risk_review_sources(const csp_risk_review *risk_review, size_t i)
{
    return csp__typed_item((const csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_SOURCES, i);
}

int csp_risk_review_add_sources(csp_risk_review *risk_review, const char *value)
{
    return csp__typed_add((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_SOURCES, value);
}

int csp_risk_review_clear_sources(csp_risk_review *risk_review)
{
    return csp__typed_clear((csp_record *)risk_review, CSP_ENTITY_RISK_REVIEW, CSP_RISK_REVIEW_SOURCES);
}

/* ---- homicide_reviews (review.h) ------------------------------------------------ */

int csp_homicide_review_new(csp_homicide_review **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_HOMICIDE_REVIEW, id);
    *out = (csp_homicide_review *)r;
    return rc;
}

void csp_homicide_review_free(csp_homicide_review *homicide_review)
{
    csp_record_free((csp_record *)homicide_review);
}

int csp_homicide_review_get(csp_homicide_review **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_HOMICIDE_REVIEW, id);
    *out = (csp_homicide_review *)r;
    return rc;
}

int csp_homicide_review_put(csp_register *reg, const csp_homicide_review *homicide_review)
{
    return csp__typed_put(reg, (const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, 0);
}

int csp_homicide_review_insert(csp_register *reg, const csp_homicide_review *homicide_review)
{
    return csp__typed_put(reg, (const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, 1);
}

int csp_homicide_review_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_HOMICIDE_REVIEW, id);
}

int csp_homicide_review_iterator_new(csp_homicide_review_iterator **out, csp_register *reg, const csp_homicide_review_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_homicide_review_filter, partnership), CSP_HOMICIDE_REVIEW_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_homicide_review_filter, kind), CSP_HOMICIDE_REVIEW_KIND, 0, 1, "filter.kind"},
        {offsetof(csp_homicide_review_filter, status), CSP_HOMICIDE_REVIEW_STATUS, 0, 1, "filter.status"},
        {offsetof(csp_homicide_review_filter, decision), CSP_HOMICIDE_REVIEW_DECISION, 0, 1, "filter.decision"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_HOMICIDE_REVIEW, filter, filter ? filter->version : 0, CSP_HOMICIDE_REVIEW_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_homicide_review_iterator *)it;
    return rc;
}

int csp_homicide_review_iterator_query(csp_homicide_review_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_HOMICIDE_REVIEW, query);
    *out = (csp_homicide_review_iterator *)it;
    return rc;
}

int csp_homicide_review_next(csp_homicide_review **out, csp_homicide_review_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_HOMICIDE_REVIEW);
    *out = (csp_homicide_review *)r;
    return rc;
}

void csp_homicide_review_iterator_free(csp_homicide_review_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_homicide_review_id(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_ID);
}

const char *csp_homicide_review_partnership(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_PARTNERSHIP);
}

int csp_homicide_review_set_partnership(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_PARTNERSHIP, value);
}

const char *csp_homicide_review_kind(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_KIND);
}

int csp_homicide_review_set_kind(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_KIND, value);
}

const char *csp_homicide_review_reference(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_REFERENCE);
}

int csp_homicide_review_set_reference(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_REFERENCE, value);
}

const char *csp_homicide_review_status(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_STATUS);
}

int csp_homicide_review_set_status(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_STATUS, value);
}

const char *csp_homicide_review_notified_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_NOTIFIED_ON);
}

int csp_homicide_review_set_notified_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_NOTIFIED_ON, value);
}

const char *csp_homicide_review_decision(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_DECISION);
}

int csp_homicide_review_set_decision(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_DECISION, value);
}

const char *csp_homicide_review_decided_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_DECIDED_ON);
}

int csp_homicide_review_set_decided_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_DECIDED_ON, value);
}

const char *csp_homicide_review_chair_appointed_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_CHAIR_APPOINTED_ON);
}

int csp_homicide_review_set_chair_appointed_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_CHAIR_APPOINTED_ON, value);
}

const char *csp_homicide_review_commissioned_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_COMMISSIONED_ON);
}

int csp_homicide_review_set_commissioned_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_COMMISSIONED_ON, value);
}

const char *csp_homicide_review_submitted_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SUBMITTED_ON);
}

int csp_homicide_review_set_submitted_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SUBMITTED_ON, value);
}

const char *csp_homicide_review_quality_assured_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_QUALITY_ASSURED_ON);
}

int csp_homicide_review_set_quality_assured_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_QUALITY_ASSURED_ON, value);
}

const char *csp_homicide_review_published_on(const csp_homicide_review *homicide_review)
{
    return csp__typed_text((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_PUBLISHED_ON);
}

int csp_homicide_review_set_published_on(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_set_text((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_PUBLISHED_ON, value);
}

size_t csp_homicide_review_sources_count(const csp_homicide_review *homicide_review)
{
    return csp__typed_count((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SOURCES);
}

const char *csp_homicide_review_sources(const csp_homicide_review *homicide_review, size_t i)
{
    return csp__typed_item((const csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SOURCES, i);
}

int csp_homicide_review_add_sources(csp_homicide_review *homicide_review, const char *value)
{
    return csp__typed_add((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SOURCES, value);
}

int csp_homicide_review_clear_sources(csp_homicide_review *homicide_review)
{
    return csp__typed_clear((csp_record *)homicide_review, CSP_ENTITY_HOMICIDE_REVIEW, CSP_HOMICIDE_REVIEW_SOURCES);
}

/* ---- scrutiny_reviews (review.h) ------------------------------------------------ */

int csp_scrutiny_review_new(csp_scrutiny_review **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_SCRUTINY_REVIEW, id);
    *out = (csp_scrutiny_review *)r;
    return rc;
}

void csp_scrutiny_review_free(csp_scrutiny_review *scrutiny_review)
{
    csp_record_free((csp_record *)scrutiny_review);
}

int csp_scrutiny_review_get(csp_scrutiny_review **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_SCRUTINY_REVIEW, id);
    *out = (csp_scrutiny_review *)r;
    return rc;
}

int csp_scrutiny_review_put(csp_register *reg, const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_put(reg, (const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, 0);
}

int csp_scrutiny_review_insert(csp_register *reg, const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_put(reg, (const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, 1);
}

int csp_scrutiny_review_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_SCRUTINY_REVIEW, id);
}

int csp_scrutiny_review_iterator_new(csp_scrutiny_review_iterator **out, csp_register *reg, const csp_scrutiny_review_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_scrutiny_review_filter, committee), CSP_SCRUTINY_REVIEW_COMMITTEE, 0, 1, "filter.committee"},
        {offsetof(csp_scrutiny_review_filter, scrutinised), CSP_SCRUTINY_REVIEW_SCRUTINISED, 0, 1, "filter.scrutinised"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_SCRUTINY_REVIEW, filter, filter ? filter->version : 0, CSP_SCRUTINY_REVIEW_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_scrutiny_review_iterator *)it;
    return rc;
}

int csp_scrutiny_review_iterator_query(csp_scrutiny_review_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_SCRUTINY_REVIEW, query);
    *out = (csp_scrutiny_review_iterator *)it;
    return rc;
}

int csp_scrutiny_review_next(csp_scrutiny_review **out, csp_scrutiny_review_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_SCRUTINY_REVIEW);
    *out = (csp_scrutiny_review *)r;
    return rc;
}

void csp_scrutiny_review_iterator_free(csp_scrutiny_review_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_scrutiny_review_id(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_ID);
}

const char *csp_scrutiny_review_committee(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_COMMITTEE);
}

int csp_scrutiny_review_set_committee(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_set_text((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_COMMITTEE, value);
}

const char *csp_scrutiny_review_scrutinised(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SCRUTINISED);
}

int csp_scrutiny_review_set_scrutinised(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_set_text((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SCRUTINISED, value);
}

const char *csp_scrutiny_review_date(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_DATE);
}

int csp_scrutiny_review_set_date(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_set_text((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_DATE, value);
}

const char *csp_scrutiny_review_topic(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_TOPIC);
}

int csp_scrutiny_review_set_topic(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_set_text((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_TOPIC, value);
}

const char *csp_scrutiny_review_note(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_text((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_NOTE);
}

int csp_scrutiny_review_set_note(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_set_text((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_NOTE, value);
}

size_t csp_scrutiny_review_sources_count(const csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_count((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SOURCES);
}

const char *csp_scrutiny_review_sources(const csp_scrutiny_review *scrutiny_review, size_t i)
{
    return csp__typed_item((const csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SOURCES, i);
}

int csp_scrutiny_review_add_sources(csp_scrutiny_review *scrutiny_review, const char *value)
{
    return csp__typed_add((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SOURCES, value);
}

int csp_scrutiny_review_clear_sources(csp_scrutiny_review *scrutiny_review)
{
    return csp__typed_clear((csp_record *)scrutiny_review, CSP_ENTITY_SCRUTINY_REVIEW, CSP_SCRUTINY_REVIEW_SOURCES);
}

/* ---- recommendations (review.h) ------------------------------------------------- */

int csp_recommendation_new(csp_recommendation **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_RECOMMENDATION, id);
    *out = (csp_recommendation *)r;
    return rc;
}

void csp_recommendation_free(csp_recommendation *recommendation)
{
    csp_record_free((csp_record *)recommendation);
}

int csp_recommendation_get(csp_recommendation **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_RECOMMENDATION, id);
    *out = (csp_recommendation *)r;
    return rc;
}

int csp_recommendation_put(csp_register *reg, const csp_recommendation *recommendation)
{
    return csp__typed_put(reg, (const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, 0);
}

int csp_recommendation_insert(csp_register *reg, const csp_recommendation *recommendation)
{
    return csp__typed_put(reg, (const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, 1);
}

int csp_recommendation_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_RECOMMENDATION, id);
}

int csp_recommendation_iterator_new(csp_recommendation_iterator **out, csp_register *reg, const csp_recommendation_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_recommendation_filter, scrutiny_review), CSP_RECOMMENDATION_SCRUTINY_REVIEW, 0, 1, "filter.scrutiny_review"},
        {offsetof(csp_recommendation_filter, response), CSP_RECOMMENDATION_RESPONSE, 0, 1, "filter.response"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_RECOMMENDATION, filter, filter ? filter->version : 0, CSP_RECOMMENDATION_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_recommendation_iterator *)it;
    return rc;
}

int csp_recommendation_iterator_query(csp_recommendation_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_RECOMMENDATION, query);
    *out = (csp_recommendation_iterator *)it;
    return rc;
}

int csp_recommendation_next(csp_recommendation **out, csp_recommendation_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_RECOMMENDATION);
    *out = (csp_recommendation *)r;
    return rc;
}

void csp_recommendation_iterator_free(csp_recommendation_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_recommendation_id(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_ID);
}

const char *csp_recommendation_scrutiny_review(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SCRUTINY_REVIEW);
}

int csp_recommendation_set_scrutiny_review(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_set_text((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SCRUTINY_REVIEW, value);
}

int csp_recommendation_position(const csp_recommendation *recommendation)
{
    return csp__typed_int((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_POSITION);
}

const char *csp_recommendation_text(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_TEXT);
}

int csp_recommendation_set_text(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_set_text((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_TEXT, value);
}

const char *csp_recommendation_response(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONSE);
}

int csp_recommendation_set_response(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_set_text((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONSE, value);
}

const char *csp_recommendation_responded_on(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONDED_ON);
}

int csp_recommendation_set_responded_on(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_set_text((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONDED_ON, value);
}

const char *csp_recommendation_response_text(const csp_recommendation *recommendation)
{
    return csp__typed_text((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONSE_TEXT);
}

int csp_recommendation_set_response_text(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_set_text((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_RESPONSE_TEXT, value);
}

size_t csp_recommendation_sources_count(const csp_recommendation *recommendation)
{
    return csp__typed_count((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SOURCES);
}

const char *csp_recommendation_sources(const csp_recommendation *recommendation, size_t i)
{
    return csp__typed_item((const csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SOURCES, i);
}

int csp_recommendation_add_sources(csp_recommendation *recommendation, const char *value)
{
    return csp__typed_add((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SOURCES, value);
}

int csp_recommendation_clear_sources(csp_recommendation *recommendation)
{
    return csp__typed_clear((csp_record *)recommendation, CSP_ENTITY_RECOMMENDATION, CSP_RECOMMENDATION_SOURCES);
}

/* ---- indicators (indicator.h) --------------------------------------------------- */

int csp_indicator_new(csp_indicator **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_INDICATOR, id);
    *out = (csp_indicator *)r;
    return rc;
}

void csp_indicator_free(csp_indicator *indicator)
{
    csp_record_free((csp_record *)indicator);
}

int csp_indicator_get(csp_indicator **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_INDICATOR, id);
    *out = (csp_indicator *)r;
    return rc;
}

int csp_indicator_put(csp_register *reg, const csp_indicator *indicator)
{
    return csp__typed_put(reg, (const csp_record *)indicator, CSP_ENTITY_INDICATOR, 0);
}

int csp_indicator_insert(csp_register *reg, const csp_indicator *indicator)
{
    return csp__typed_put(reg, (const csp_record *)indicator, CSP_ENTITY_INDICATOR, 1);
}

int csp_indicator_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_INDICATOR, id);
}

int csp_indicator_iterator_new(csp_indicator_iterator **out, csp_register *reg, const csp_indicator_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_indicator_filter, partnership), CSP_INDICATOR_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_indicator_filter, element), CSP_INDICATOR_ELEMENT, 0, 1, "filter.element"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_INDICATOR, filter, filter ? filter->version : 0, CSP_INDICATOR_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_indicator_iterator *)it;
    return rc;
}

int csp_indicator_iterator_query(csp_indicator_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_INDICATOR, query);
    *out = (csp_indicator_iterator *)it;
    return rc;
}

int csp_indicator_next(csp_indicator **out, csp_indicator_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_INDICATOR);
    *out = (csp_indicator *)r;
    return rc;
}

void csp_indicator_iterator_free(csp_indicator_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_indicator_id(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_ID);
}

const char *csp_indicator_partnership(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_PARTNERSHIP);
}

int csp_indicator_set_partnership(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_PARTNERSHIP, value);
}

const char *csp_indicator_name(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_NAME);
}

int csp_indicator_set_name(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_NAME, value);
}

const char *csp_indicator_unit(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_UNIT);
}

int csp_indicator_set_unit(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_UNIT, value);
}

const char *csp_indicator_direction(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_DIRECTION);
}

int csp_indicator_set_direction(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_DIRECTION, value);
}

const char *csp_indicator_target(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_TARGET);
}

int csp_indicator_set_target(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_TARGET, value);
}

const char *csp_indicator_element(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_ELEMENT);
}

int csp_indicator_set_element(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_ELEMENT, value);
}

const char *csp_indicator_note(const csp_indicator *indicator)
{
    return csp__typed_text((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_NOTE);
}

int csp_indicator_set_note(csp_indicator *indicator, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_NOTE, value);
}

size_t csp_indicator_sources_count(const csp_indicator *indicator)
{
    return csp__typed_count((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_SOURCES);
}

const char *csp_indicator_sources(const csp_indicator *indicator, size_t i)
{
    return csp__typed_item((const csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_SOURCES, i);
}

int csp_indicator_add_sources(csp_indicator *indicator, const char *value)
{
    return csp__typed_add((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_SOURCES, value);
}

int csp_indicator_clear_sources(csp_indicator *indicator)
{
    return csp__typed_clear((csp_record *)indicator, CSP_ENTITY_INDICATOR, CSP_INDICATOR_SOURCES);
}

/* ---- indicator_values (indicator.h) --------------------------------------------- */

int csp_indicator_value_new(csp_indicator_value **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_INDICATOR_VALUE, id);
    *out = (csp_indicator_value *)r;
    return rc;
}

void csp_indicator_value_free(csp_indicator_value *indicator_value)
{
    csp_record_free((csp_record *)indicator_value);
}

int csp_indicator_value_get(csp_indicator_value **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_INDICATOR_VALUE, id);
    *out = (csp_indicator_value *)r;
    return rc;
}

int csp_indicator_value_put(csp_register *reg, const csp_indicator_value *indicator_value)
{
    return csp__typed_put(reg, (const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, 0);
}

int csp_indicator_value_insert(csp_register *reg, const csp_indicator_value *indicator_value)
{
    return csp__typed_put(reg, (const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, 1);
}

int csp_indicator_value_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_INDICATOR_VALUE, id);
}

int csp_indicator_value_iterator_new(csp_indicator_value_iterator **out, csp_register *reg, const csp_indicator_value_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_indicator_value_filter, indicator), CSP_INDICATOR_VALUE_INDICATOR, 0, 1, "filter.indicator"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_INDICATOR_VALUE, filter, filter ? filter->version : 0, CSP_INDICATOR_VALUE_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_indicator_value_iterator *)it;
    return rc;
}

int csp_indicator_value_iterator_query(csp_indicator_value_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_INDICATOR_VALUE, query);
    *out = (csp_indicator_value_iterator *)it;
    return rc;
}

int csp_indicator_value_next(csp_indicator_value **out, csp_indicator_value_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_INDICATOR_VALUE);
    *out = (csp_indicator_value *)r;
    return rc;
}

void csp_indicator_value_iterator_free(csp_indicator_value_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_indicator_value_id(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_ID);
}

const char *csp_indicator_value_indicator(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_INDICATOR);
}

int csp_indicator_value_set_indicator(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_INDICATOR, value);
}

int csp_indicator_value_position(const csp_indicator_value *indicator_value)
{
    return csp__typed_int((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_POSITION);
}

const char *csp_indicator_value_period_start(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_PERIOD_START);
}

int csp_indicator_value_set_period_start(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_PERIOD_START, value);
}

const char *csp_indicator_value_period_end(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_PERIOD_END);
}

int csp_indicator_value_set_period_end(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_PERIOD_END, value);
}

const char *csp_indicator_value_value(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_VALUE);
}

int csp_indicator_value_set_value(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_VALUE, value);
}

const char *csp_indicator_value_note(const csp_indicator_value *indicator_value)
{
    return csp__typed_text((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_NOTE);
}

int csp_indicator_value_set_note(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_set_text((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_NOTE, value);
}

size_t csp_indicator_value_sources_count(const csp_indicator_value *indicator_value)
{
    return csp__typed_count((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_SOURCES);
}

const char *csp_indicator_value_sources(const csp_indicator_value *indicator_value, size_t i)
{
    return csp__typed_item((const csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_SOURCES, i);
}

int csp_indicator_value_add_sources(csp_indicator_value *indicator_value, const char *value)
{
    return csp__typed_add((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_SOURCES, value);
}

int csp_indicator_value_clear_sources(csp_indicator_value *indicator_value)
{
    return csp__typed_clear((csp_record *)indicator_value, CSP_ENTITY_INDICATOR_VALUE, CSP_INDICATOR_VALUE_SOURCES);
}

/* ---- standing_items (meeting.h) ------------------------------------------------- */

int csp_standing_item_new(csp_standing_item **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_STANDING_ITEM, id);
    *out = (csp_standing_item *)r;
    return rc;
}

void csp_standing_item_free(csp_standing_item *standing_item)
{
    csp_record_free((csp_record *)standing_item);
}

int csp_standing_item_get(csp_standing_item **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_STANDING_ITEM, id);
    *out = (csp_standing_item *)r;
    return rc;
}

int csp_standing_item_put(csp_register *reg, const csp_standing_item *standing_item)
{
    return csp__typed_put(reg, (const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, 0);
}

int csp_standing_item_insert(csp_register *reg, const csp_standing_item *standing_item)
{
    return csp__typed_put(reg, (const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, 1);
}

int csp_standing_item_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_STANDING_ITEM, id);
}

int csp_standing_item_move(csp_register *reg, const char *id, const char *parent_id, long index)
{
    return csp_record_move(reg, CSP_ENTITY_STANDING_ITEM, id, parent_id, index);
}

int csp_standing_item_iterator_new(csp_standing_item_iterator **out, csp_register *reg, const csp_standing_item_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_standing_item_filter, partnership), CSP_STANDING_ITEM_PARTNERSHIP, 0, 1, "filter.partnership"},
        {offsetof(csp_standing_item_filter, parent), CSP_STANDING_ITEM_PARENT, 0, 1, "filter.parent"},
        {offsetof(csp_standing_item_filter, kind), CSP_STANDING_ITEM_KIND, 0, 1, "filter.kind"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_STANDING_ITEM, filter, filter ? filter->version : 0, CSP_STANDING_ITEM_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_standing_item_iterator *)it;
    return rc;
}

int csp_standing_item_iterator_query(csp_standing_item_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_STANDING_ITEM, query);
    *out = (csp_standing_item_iterator *)it;
    return rc;
}

int csp_standing_item_next(csp_standing_item **out, csp_standing_item_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_STANDING_ITEM);
    *out = (csp_standing_item *)r;
    return rc;
}

void csp_standing_item_iterator_free(csp_standing_item_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_standing_item_id(const csp_standing_item *standing_item)
{
    return csp__typed_text((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_ID);
}

const char *csp_standing_item_partnership(const csp_standing_item *standing_item)
{
    return csp__typed_text((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_PARTNERSHIP);
}

int csp_standing_item_set_partnership(csp_standing_item *standing_item, const char *value)
{
    return csp__typed_set_text((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_PARTNERSHIP, value);
}

int csp_standing_item_position(const csp_standing_item *standing_item)
{
    return csp__typed_int((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_POSITION);
}

const char *csp_standing_item_parent(const csp_standing_item *standing_item)
{
    return csp__typed_text((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_PARENT);
}

int csp_standing_item_set_parent(csp_standing_item *standing_item, const char *value)
{
    return csp__typed_set_text((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_PARENT, value);
}

const char *csp_standing_item_kind(const csp_standing_item *standing_item)
{
    return csp__typed_text((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_KIND);
}

int csp_standing_item_set_kind(csp_standing_item *standing_item, const char *value)
{
    return csp__typed_set_text((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_KIND, value);
}

const char *csp_standing_item_title(const csp_standing_item *standing_item)
{
    return csp__typed_text((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_TITLE);
}

int csp_standing_item_set_title(csp_standing_item *standing_item, const char *value)
{
    return csp__typed_set_text((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_TITLE, value);
}

int csp_standing_item_minutes(const csp_standing_item *standing_item)
{
    return csp__typed_int((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_MINUTES);
}

int csp_standing_item_set_minutes(csp_standing_item *standing_item, int value)
{
    return csp__typed_set_int((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_MINUTES, value);
}

size_t csp_standing_item_sources_count(const csp_standing_item *standing_item)
{
    return csp__typed_count((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_SOURCES);
}

const char *csp_standing_item_sources(const csp_standing_item *standing_item, size_t i)
{
    return csp__typed_item((const csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_SOURCES, i);
}

int csp_standing_item_add_sources(csp_standing_item *standing_item, const char *value)
{
    return csp__typed_add((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_SOURCES, value);
}

int csp_standing_item_clear_sources(csp_standing_item *standing_item)
{
    return csp__typed_clear((csp_record *)standing_item, CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_SOURCES);
}

/* ---- sources (source.h) --------------------------------------------------------- */

int csp_source_new(csp_source **out, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_new(&r, CSP_ENTITY_SOURCE, id);
    *out = (csp_source *)r;
    return rc;
}

void csp_source_free(csp_source *source)
{
    csp_record_free((csp_record *)source);
}

int csp_source_get(csp_source **out, csp_register *reg, const char *id)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_get(&r, reg, CSP_ENTITY_SOURCE, id);
    *out = (csp_source *)r;
    return rc;
}

int csp_source_put(csp_register *reg, const csp_source *source)
{
    return csp__typed_put(reg, (const csp_record *)source, CSP_ENTITY_SOURCE, 0);
}

int csp_source_insert(csp_register *reg, const csp_source *source)
{
    return csp__typed_put(reg, (const csp_record *)source, CSP_ENTITY_SOURCE, 1);
}

int csp_source_delete(csp_register *reg, const char *id)
{
    return csp_record_delete(reg, CSP_ENTITY_SOURCE, id);
}

int csp_source_iterator_new(csp_source_iterator **out, csp_register *reg, const csp_source_filter *filter)
{
    static const csp__filter_member members[] = {
        {offsetof(csp_source_filter, url), CSP_SOURCE_URL, 0, 1, "filter.url"},
    };
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_filter(&it, reg, CSP_ENTITY_SOURCE, filter, filter ? filter->version : 0, CSP_SOURCE_FILTER_VERSION,
                               members, sizeof members / sizeof members[0]);
    *out = (csp_source_iterator *)it;
    return rc;
}

int csp_source_iterator_query(csp_source_iterator **out, csp_register *reg, const csp_query *query)
{
    CSP__ARG(out);
    csp_record_iterator *it = NULL;
    int rc = csp__typed_query(&it, reg, CSP_ENTITY_SOURCE, query);
    *out = (csp_source_iterator *)it;
    return rc;
}

int csp_source_next(csp_source **out, csp_source_iterator *it)
{
    CSP__ARG(out);
    csp_record *r = NULL;
    int rc = csp__typed_next(&r, (csp_record_iterator *)it, CSP_ENTITY_SOURCE);
    *out = (csp_source *)r;
    return rc;
}

void csp_source_iterator_free(csp_source_iterator *it)
{
    csp_record_iterator_free((csp_record_iterator *)it);
}

const char *csp_source_id(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_ID);
}

const char *csp_source_url(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_URL);
}

int csp_source_set_url(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_URL, value);
}

const char *csp_source_reference(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_REFERENCE);
}

int csp_source_set_reference(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_REFERENCE, value);
}

const char *csp_source_title(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_TITLE);
}

int csp_source_set_title(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_TITLE, value);
}

const char *csp_source_updated_on(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_UPDATED_ON);
}

int csp_source_set_updated_on(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_UPDATED_ON, value);
}

const char *csp_source_read_on(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_READ_ON);
}

int csp_source_set_read_on(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_READ_ON, value);
}

const char *csp_source_note(const csp_source *source)
{
    return csp__typed_text((const csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_NOTE);
}

int csp_source_set_note(csp_source *source, const char *value)
{
    return csp__typed_set_text((csp_record *)source, CSP_ENTITY_SOURCE, CSP_SOURCE_NOTE, value);
}
