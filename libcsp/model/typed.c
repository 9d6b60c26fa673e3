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
