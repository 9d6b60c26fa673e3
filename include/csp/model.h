/**
 * @file model.h
 * @brief The ids of the model's entities and fields, for the generic record API (record.h).
 *
 * Entities are numbered in dependency order (an entity after those it
 * references), and each entity's fields in their JSON order, the id first
 * (field 0). Ids are stable: new entities and fields are only ever appended,
 * so a number once published keeps its meaning. schema.h describes each one.
 *
 * Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
 */
#ifndef CSP_MODEL_H
#define CSP_MODEL_H

/** The entities: csp_record_entity(), csp_schema_entity_name(). */
enum csp_entity_id {
    CSP_ENTITY_ORGANISATION = 0, /**< An agency or body, its kind and its statutory standing. */
    CSP_ENTITY_PERSON = 1, /**< Someone who sits on a partnership; may be marked private. */
    CSP_ENTITY_PARTNERSHIP = 2, /**< A CSP, or a board, group or committee around it. */
    CSP_ENTITY_MEMBERSHIP = 3, /**< A seat on a partnership: organisation, optional person, role and post. */
    CSP_ENTITY_DUTY = 4, /**< A statutory duty: its legal source, commencement, recurrence and who it falls on. */
    CSP_ENTITY_DUTY_HOLDING = 5, /**< Which partnership or organisation holds a duty, from when. */
    CSP_ENTITY_STRATEGY = 6, /**< A strategy or plan of a partnership: period, status, vision, duties covered, and its elements. */
    CSP_ENTITY_ELEMENT = 7, /**< A part of a strategy, in an ordered tree: strand, objective, theme, principle, delivery group, aim. */
    CSP_ENTITY_ASSESSMENT = 8, /**< A strategic assessment or needs assessment: when, the period covered, findings and priorities. */
    CSP_ENTITY_DISCHARGE = 9, /**< A dated record that a duty was discharged, with its evidence. */
};

/** The fields of a organisation (CSP_ENTITY_ORGANISATION). */
enum csp_organisation_field {
    CSP_ORGANISATION_ID = 0, /**< Stable identifier, unique among organisations. */
    CSP_ORGANISATION_NAME = 1, /**< Name, e.g. "London Fire Brigade". */
    CSP_ORGANISATION_KIND = 2, /**< What sort of body it is. */
    CSP_ORGANISATION_AREA = 3, /**< The area it serves, as text. */
    CSP_ORGANISATION_RESPONSIBLE_AUTHORITY = 4, /**< A responsible authority under the Crime and Disorder Act 1998 s5. */
    CSP_ORGANISATION_SERIOUS_VIOLENCE_DUTY_HOLDER = 5, /**< A specified authority under the Serious Violence Duty (PCSC Act 2022 s11, Sch 1). */
    CSP_ORGANISATION_COOPERATING_BODY = 6, /**< A body the responsible authorities co-operate with (CDA 1998 s5(2)-(3)). */
};

/** The fields of a person (CSP_ENTITY_PERSON). */
enum csp_person_field {
    CSP_PERSON_ID = 0, /**< Stable identifier, unique among people. */
    CSP_PERSON_NAME = 1, /**< Name as the source gives it. */
    CSP_PERSON_HONORIFIC = 2, /**< Honorific or title, e.g. "Councillor". */
    CSP_PERSON_PRIVATE = 3, /**< Left out of public exports, with the person of every seat they hold. */
};

/** The fields of a partnership (CSP_ENTITY_PARTNERSHIP). */
enum csp_partnership_field {
    CSP_PARTNERSHIP_ID = 0, /**< Stable identifier, unique among partnerships. */
    CSP_PARTNERSHIP_NAME = 1, /**< Name, e.g. "Safer Ealing Partnership". */
    CSP_PARTNERSHIP_SHORT_NAME = 2, /**< Short name or acronym, e.g. "SEP". */
    CSP_PARTNERSHIP_KIND = 3, /**< What sort of partnership it is. */
    CSP_PARTNERSHIP_AREA = 4, /**< The area's name, e.g. "Ealing". */
    CSP_PARTNERSHIP_AREA_CODE = 5, /**< The area's GSS code: a capital letter and eight digits, e.g. "E09000009". */
    CSP_PARTNERSHIP_PARENT = 6, /**< The partnership this one is part of. */
    CSP_PARTNERSHIP_ACCOUNTABLE_TO = 7, /**< The partnership this one is accountable to. */
    CSP_PARTNERSHIP_WORKS_WITH = 8, /**< Partnerships it works closely with. */
    CSP_PARTNERSHIP_FORMED_ON = 9, /**< When it was formed; "2002-01" for "formed in January 2002". */
    CSP_PARTNERSHIP_FORMER_NAMES = 10, /**< Names it was known by before, oldest first. */
    CSP_PARTNERSHIP_STATUTORY_BASIS = 11, /**< The legal basis, e.g. "Crime and Disorder Act 1998 ss5-7". */
    CSP_PARTNERSHIP_MEETINGS_PER_YEAR = 12, /**< Regular meetings a year (4 for quarterly). */
    CSP_PARTNERSHIP_MINUTES_PER_MEETING = 13, /**< Length of a regular meeting in minutes. */
    CSP_PARTNERSHIP_AD_HOC_MEETINGS = 14, /**< Also meets ad hoc as required. */
};

/** The fields of a membership (CSP_ENTITY_MEMBERSHIP). */
enum csp_membership_field {
    CSP_MEMBERSHIP_ID = 0, /**< Stable identifier, unique among memberships. */
    CSP_MEMBERSHIP_PARTNERSHIP = 1, /**< The partnership the seat is on (implied by nesting in JSON). */
    CSP_MEMBERSHIP_ORGANISATION = 2, /**< The organisation holding the seat. */
    CSP_MEMBERSHIP_PERSON = 3, /**< The person in the seat, if known. */
    CSP_MEMBERSHIP_ROLE = 4, /**< The role in the partnership. */
    CSP_MEMBERSHIP_POST = 5, /**< The post as the source names it, e.g. "police west area BCU commander". */
    CSP_MEMBERSHIP_ON_BEHALF_OF = 6, /**< The organisation the seat is held on behalf of, when different. */
    CSP_MEMBERSHIP_START_DATE = 7, /**< First day in the seat. */
    CSP_MEMBERSHIP_END_DATE = 8, /**< Last day in the seat; not before start_date. */
};

/** The fields of a duty (CSP_ENTITY_DUTY). */
enum csp_duty_field {
    CSP_DUTY_ID = 0, /**< The duty's stable code, e.g. "si2007_1830.strategic_assessment". */
    CSP_DUTY_TITLE = 1, /**< What the duty requires, in one line. */
    CSP_DUTY_SOURCE = 2, /**< The legal source: act or SI, section or regulation. */
    CSP_DUTY_COMMENCEMENT = 3, /**< When the duty came into force, where known. */
    CSP_DUTY_RECURRENCE = 4, /**< How often it must be discharged. */
    CSP_DUTY_APPLIES_TO = 5, /**< The kinds of partnership it falls on (none: it falls on organisations). */
    CSP_DUTY_CONFIDENCE = 6, /**< How sure the figures are: read in the legislation, from a secondary source, or unverified. */
    CSP_DUTY_NOTE = 7, /**< Qualifications: what is uncertain, where it applies. */
    CSP_DUTY_BUILTIN = 8, /**< Part of libcsp's catalogue: present in every register, never edited or deleted, not exported. */
    CSP_DUTY_LABEL = 9, /**< A short name for people, e.g. "Strategic assessment". */
};

/** The fields of a duty_holding (CSP_ENTITY_DUTY_HOLDING). */
enum csp_duty_holding_field {
    CSP_DUTY_HOLDING_ID = 0, /**< Stable identifier. */
    CSP_DUTY_HOLDING_DUTY = 1, /**< The duty held. */
    CSP_DUTY_HOLDING_PARTNERSHIP = 2, /**< The partnership that holds it (this or organisation, not both). */
    CSP_DUTY_HOLDING_ORGANISATION = 3, /**< The organisation that holds it (this or partnership, not both). */
    CSP_DUTY_HOLDING_START_DATE = 4, /**< Held from. */
    CSP_DUTY_HOLDING_END_DATE = 5, /**< Held until; not before start_date. */
    CSP_DUTY_HOLDING_NOTE = 6, /**< How the holding is stated in the source. */
};

/** The fields of a strategy (CSP_ENTITY_STRATEGY). */
enum csp_strategy_field {
    CSP_STRATEGY_ID = 0, /**< Stable identifier. */
    CSP_STRATEGY_PARTNERSHIP = 1, /**< The partnership whose strategy it is. */
    CSP_STRATEGY_TITLE = 2, /**< Title, e.g. "SEP strategy 2020-2023". */
    CSP_STRATEGY_KIND = 3, /**< What sort of strategy or plan it is. */
    CSP_STRATEGY_STATUS = 4, /**< Where it stands. */
    CSP_STRATEGY_START_DATE = 5, /**< Start of the period it covers ("2020" for a 2020-2023 strategy). */
    CSP_STRATEGY_END_DATE = 6, /**< End of the period it covers; not before start_date. */
    CSP_STRATEGY_AGREED_ON = 7, /**< When it was agreed ("2020-03" for "agreed in March 2020"). */
    CSP_STRATEGY_PUBLISHED_ON = 8, /**< When it was published. */
    CSP_STRATEGY_REFRESHED_ON = 9, /**< Dates it was refreshed, oldest first. */
    CSP_STRATEGY_VISION = 10, /**< Its vision statement. */
    CSP_STRATEGY_DUTIES = 11, /**< The statutory duties it fulfils. */
    CSP_STRATEGY_STRANDS = 12, /**< The CDA 1998 s6(1) strategies it covers. */
    CSP_STRATEGY_SERIOUS_VIOLENCE_DEFINITION = 13, /**< The local definition of serious violence, where it has one. */
    CSP_STRATEGY_NOTE = 14, /**< How it is refreshed, what it builds on. */
};

/** The fields of a element (CSP_ENTITY_ELEMENT). */
enum csp_element_field {
    CSP_ELEMENT_ID = 0, /**< Stable identifier. */
    CSP_ELEMENT_STRATEGY = 1, /**< The strategy it belongs to (implied by nesting in JSON). */
    CSP_ELEMENT_POSITION = 2, /**< Its place in the strategy's element list, from 1 (implied by array order in JSON). */
    CSP_ELEMENT_PARENT = 3, /**< The element it sits under, in the same strategy and earlier in the list; none for a top-level element. */
    CSP_ELEMENT_KIND = 4, /**< What sort of element it is. */
    CSP_ELEMENT_TITLE = 5, /**< Its title as the source gives it. */
    CSP_ELEMENT_TEXT = 6, /**< Further text: the aim of a delivery group, what a theme covers. */
    CSP_ELEMENT_DELIVERED_BY = 7, /**< The partnership (e.g. a delivery group) that delivers it. */
};

/** The fields of a assessment (CSP_ENTITY_ASSESSMENT). */
enum csp_assessment_field {
    CSP_ASSESSMENT_ID = 0, /**< Stable identifier. */
    CSP_ASSESSMENT_PARTNERSHIP = 1, /**< The partnership that made it. */
    CSP_ASSESSMENT_KIND = 2, /**< What sort of assessment it is. */
    CSP_ASSESSMENT_TITLE = 3, /**< Title. */
    CSP_ASSESSMENT_COMPLETED_ON = 4, /**< When it was completed. */
    CSP_ASSESSMENT_START_DATE = 5, /**< Start of the period it covers. */
    CSP_ASSESSMENT_END_DATE = 6, /**< End of the period it covers; not before start_date. */
    CSP_ASSESSMENT_FINDINGS = 7, /**< Its findings, in order. */
    CSP_ASSESSMENT_PRIORITIES = 8, /**< The priorities it sets, in order. */
    CSP_ASSESSMENT_FEEDS = 9, /**< The strategy elements its priorities feed. */
};

/** The fields of a discharge (CSP_ENTITY_DISCHARGE). */
enum csp_discharge_field {
    CSP_DISCHARGE_ID = 0, /**< Stable identifier. */
    CSP_DISCHARGE_DUTY = 1, /**< The duty discharged. */
    CSP_DISCHARGE_PARTNERSHIP = 2, /**< The partnership that discharged it. */
    CSP_DISCHARGE_DISCHARGED_ON = 3, /**< When (full or partial date). */
    CSP_DISCHARGE_TITLE = 4, /**< What was done, e.g. "strategic assessment 2024 completed". */
    CSP_DISCHARGE_EVIDENCE_TITLE = 5, /**< The evidence: a document's title. */
    CSP_DISCHARGE_EVIDENCE_URL = 6, /**< The evidence: where it is published. */
    CSP_DISCHARGE_EVIDENCE_REF = 7, /**< The evidence: a document or minute reference. */
    CSP_DISCHARGE_NOTE = 8, /**< Anything else. */
    CSP_DISCHARGE_STRATEGY = 9, /**< The strategy that discharged it. */
    CSP_DISCHARGE_ASSESSMENT = 10, /**< The assessment that discharged it. */
};

#endif /* CSP_MODEL_H */
