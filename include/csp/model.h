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
    CSP_ENTITY_MEETING = 10, /**< A dated meeting of a partnership, with its documents, agenda and attendance. */
    CSP_ENTITY_DOCUMENT = 11, /**< A document of a meeting: its agenda, minutes or papers. */
    CSP_ENTITY_AGENDA_ITEM = 12, /**< An item on a meeting's agenda; items form an ordered tree (1, 1.1, 1.2). */
    CSP_ENTITY_ATTENDANCE = 13, /**< Whether a seat was present at a meeting, sent apologies or was absent, and who substituted. */
    CSP_ENTITY_ACTION = 14, /**< An action: what is to be done, who is accountable for it, by when. */
    CSP_ENTITY_ACTION_UPDATE = 15, /**< A dated progress update on an action. */
    CSP_ENTITY_RISK = 16, /**< A risk on a partnership's risk register. */
    CSP_ENTITY_RISK_REVIEW = 17, /**< A dated review of a risk, with the score then. */
    CSP_ENTITY_HOMICIDE_REVIEW = 18, /**< A domestic homicide review (or domestic abuse related death review): a reference and its milestones, nothing personal. */
    CSP_ENTITY_SCRUTINY_REVIEW = 19, /**< A crime and disorder committee's review of a partnership, with its recommendations. */
    CSP_ENTITY_RECOMMENDATION = 20, /**< A recommendation of a scrutiny review, and the response to it. */
    CSP_ENTITY_INDICATOR = 21, /**< A measure a partnership watches, with its target and dated values. */
    CSP_ENTITY_INDICATOR_VALUE = 22, /**< The value of an indicator for a period. */
    CSP_ENTITY_STANDING_ITEM = 23, /**< An item of the agenda every meeting of a partnership follows (its terms of reference), as an ordered tree. */
    CSP_ENTITY_SOURCE = 24, /**< A page or document that states facts in the register (Popolo's sources). */
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
    CSP_ORGANISATION_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
    CSP_ORGANISATION_ESTABLISHED_ON = 8, /**< The day the body was established, where its statutory standing began then (clinical commissioning groups: 1 April 2013). */
    CSP_ORGANISATION_DISSOLVED_ON = 9, /**< The last day the body existed (clinical commissioning groups: 30 June 2022). Its standing, and a check of its seats, ends with it. */
};

/** The fields of a person (CSP_ENTITY_PERSON). */
enum csp_person_field {
    CSP_PERSON_ID = 0, /**< Stable identifier, unique among people. */
    CSP_PERSON_NAME = 1, /**< Name as the source gives it. */
    CSP_PERSON_HONORIFIC = 2, /**< Honorific or title, e.g. "Councillor". */
    CSP_PERSON_PRIVATE = 3, /**< Left out of public exports, with the person of every seat they hold. */
    CSP_PERSON_SOURCES = 4, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a partnership (CSP_ENTITY_PARTNERSHIP). */
enum csp_partnership_field {
    CSP_PARTNERSHIP_ID = 0, /**< Stable identifier, unique among partnerships. */
    CSP_PARTNERSHIP_NAME = 1, /**< Name, e.g. "Safer Ealing Partnership". */
    CSP_PARTNERSHIP_SHORT_NAME = 2, /**< Short name or acronym, e.g. "SEP". */
    CSP_PARTNERSHIP_KIND = 3, /**< What sort of partnership it is. */
    CSP_PARTNERSHIP_AREA = 4, /**< The area's name, e.g. "Ealing". */
    CSP_PARTNERSHIP_AREA_CODE = 5, /**< The area's GSS code: a capital letter and eight digits, e.g. "E09000009". Its letter tells the checker the country where the law differs: W for Wales (docs/law.md); with no code, England is assumed. */
    CSP_PARTNERSHIP_PARENT = 6, /**< The partnership this one is part of. */
    CSP_PARTNERSHIP_ACCOUNTABLE_TO = 7, /**< The partnership this one is accountable to. */
    CSP_PARTNERSHIP_WORKS_WITH = 8, /**< Partnerships it works closely with. */
    CSP_PARTNERSHIP_FORMED_ON = 9, /**< When it was formed; "2002-01" for "formed in January 2002". */
    CSP_PARTNERSHIP_FORMER_NAMES = 10, /**< Names it was known by before, oldest first. */
    CSP_PARTNERSHIP_STATUTORY_BASIS = 11, /**< The legal basis, e.g. "Crime and Disorder Act 1998 ss5-7". */
    CSP_PARTNERSHIP_MEETINGS_PER_YEAR = 12, /**< Regular meetings a year (4 for quarterly). */
    CSP_PARTNERSHIP_MINUTES_PER_MEETING = 13, /**< Length of a regular meeting in minutes. */
    CSP_PARTNERSHIP_AD_HOC_MEETINGS = 14, /**< Also meets ad hoc as required. */
    CSP_PARTNERSHIP_QUORUM = 15, /**< How many seats must be present for a meeting to be quorate (its terms of reference). */
    CSP_PARTNERSHIP_SCRUTINISED_BY = 16, /**< The crime and disorder committee that scrutinises it (Police and Justice Act 2006 s19): a partnership of kind scrutiny_committee. */
    CSP_PARTNERSHIP_SOURCES = 17, /**< Where this record's facts came from (source records), in order. */
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
    CSP_MEMBERSHIP_SOURCES = 9, /**< Where this record's facts came from (source records), in order. */
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
    CSP_DUTY_SOURCES = 10, /**< Where this record's facts came from (source records), in order. */
    CSP_DUTY_ENDS_ON = 11, /**< The last day it applies, where it applies for a period only (a pilot). */
    CSP_DUTY_AREAS = 12, /**< The areas it applies in, where it applies in some only (a pilot's areas): a partnership whose area is one of them. */
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
    CSP_DUTY_HOLDING_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
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
    CSP_STRATEGY_SOURCES = 15, /**< Where this record's facts came from (source records), in order. */
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
    CSP_ELEMENT_SOURCES = 8, /**< Where this record's facts came from (source records), in order. */
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
    CSP_ASSESSMENT_SOURCES = 10, /**< Where this record's facts came from (source records), in order. */
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
    CSP_DISCHARGE_MEETING = 11, /**< The meeting at which the duty was discharged (a plan agreed, an assessment considered). */
    CSP_DISCHARGE_SOURCES = 12, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a meeting (CSP_ENTITY_MEETING). */
enum csp_meeting_field {
    CSP_MEETING_ID = 0, /**< The meeting's id, unique among meetings. */
    CSP_MEETING_PARTNERSHIP = 1, /**< The partnership that meets. */
    CSP_MEETING_DATE = 2, /**< The day of the meeting (full, or partial where only the month is known). */
    CSP_MEETING_START_TIME = 3, /**< When it starts, hh:mm on the 24-hour clock (18:30). */
    CSP_MEETING_DURATION_MINUTES = 4, /**< How long it is planned to last, in minutes. */
    CSP_MEETING_KIND = 5, /**< Scheduled, ad hoc, public or annual. */
    CSP_MEETING_STATUS = 6, /**< Planned, confirmed, held, cancelled or postponed. */
    CSP_MEETING_TITLE = 7, /**< A title, where the meeting has one ("Annual public meeting 2024"). */
    CSP_MEETING_LOCATION = 8, /**< Where it meets (a room, an address, or "online"). */
    CSP_MEETING_NOTE = 9, /**< Anything else about the meeting. */
    CSP_MEETING_SOURCES = 10, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a document (CSP_ENTITY_DOCUMENT). */
enum csp_document_field {
    CSP_DOCUMENT_ID = 0, /**< The document's id, unique among documents. */
    CSP_DOCUMENT_MEETING = 1, /**< The meeting it belongs to (implied by nesting in JSON). */
    CSP_DOCUMENT_POSITION = 2, /**< Its place among the meeting's documents, from 1 (kept by libcsp). */
    CSP_DOCUMENT_KIND = 3, /**< Agenda, minutes, papers, presentation or other. */
    CSP_DOCUMENT_TITLE = 4, /**< Its title as published. */
    CSP_DOCUMENT_URL = 5, /**< Where it is published. */
    CSP_DOCUMENT_REFERENCE = 6, /**< A reference to it where it has no URL (a file name, a document number). */
    CSP_DOCUMENT_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a agenda_item (CSP_ENTITY_AGENDA_ITEM). */
enum csp_agenda_item_field {
    CSP_AGENDA_ITEM_ID = 0, /**< The item's id, unique among agenda items. */
    CSP_AGENDA_ITEM_MEETING = 1, /**< The meeting whose agenda it is on (implied by nesting in JSON). */
    CSP_AGENDA_ITEM_POSITION = 2, /**< Its place in the agenda, in tree order from 1 (kept by libcsp). */
    CSP_AGENDA_ITEM_PARENT = 3, /**< The item it is part of (1.1 is part of 1), in the same meeting; unset for a top-level item. */
    CSP_AGENDA_ITEM_KIND = 4, /**< What the item is for. */
    CSP_AGENDA_ITEM_TITLE = 5, /**< The item's title as the agenda gives it. */
    CSP_AGENDA_ITEM_RESTRICTED = 6, /**< Taken in private (exempt information): a public export leaves the item out. */
    CSP_AGENDA_ITEM_ELEMENT = 7, /**< The strategy element it concerns. */
    CSP_AGENDA_ITEM_ACTION = 8, /**< The action it concerns. */
    CSP_AGENDA_ITEM_RISK = 9, /**< The risk it concerns. */
    CSP_AGENDA_ITEM_HOMICIDE_REVIEW = 10, /**< The homicide review it concerns (left out of a public export until the review is published). */
    CSP_AGENDA_ITEM_SCRUTINY_REVIEW = 11, /**< The scrutiny review it concerns. */
    CSP_AGENDA_ITEM_REPORTED_BY = 12, /**< The group that reports (a report back from a task-and-finish or delivery group). */
    CSP_AGENDA_ITEM_OUTCOME = 13, /**< The outcome or decision, as minuted. */
    CSP_AGENDA_ITEM_SOURCES = 14, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a attendance (CSP_ENTITY_ATTENDANCE). */
enum csp_attendance_field {
    CSP_ATTENDANCE_ID = 0, /**< The attendance record's id, unique among attendance records. */
    CSP_ATTENDANCE_MEETING = 1, /**< The meeting (implied by nesting in JSON). */
    CSP_ATTENDANCE_MEMBERSHIP = 2, /**< The seat, on the meeting's partnership and in post on the meeting's date. */
    CSP_ATTENDANCE_STATUS = 3, /**< Present, apologies or absent. */
    CSP_ATTENDANCE_SUBSTITUTE = 4, /**< The person who attended in the seat's holder's place. */
    CSP_ATTENDANCE_NOTE = 5, /**< Anything else ("left after item 3"). */
    CSP_ATTENDANCE_SOURCES = 6, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a action (CSP_ENTITY_ACTION). */
enum csp_action_field {
    CSP_ACTION_ID = 0, /**< The action's id, unique among actions. */
    CSP_ACTION_PARTNERSHIP = 1, /**< The partnership whose action it is. */
    CSP_ACTION_TITLE = 2, /**< What is to be done, in a line. */
    CSP_ACTION_DESCRIPTION = 3, /**< More about it. */
    CSP_ACTION_RAISED_ON = 4, /**< The date it was raised (agreed). */
    CSP_ACTION_RAISED_AT = 5, /**< The meeting that raised it, of the same partnership. */
    CSP_ACTION_RAISED_AT_ITEM = 6, /**< The agenda item that raised it, of the meeting raised_at. */
    CSP_ACTION_SERVES = 7, /**< The strategy element (priority, objective) it serves. */
    CSP_ACTION_CHAMPION = 8, /**< The accountable officer: a seat on the action's partnership. */
    CSP_ACTION_OWNER_PARTNERSHIP = 9, /**< The group that owns the work (a task-and-finish or delivery group), when a partnership owns it. */
    CSP_ACTION_OWNER_ORGANISATION = 10, /**< The organisation that owns the work, when an organisation owns it. */
    CSP_ACTION_DUE_ON = 11, /**< When it is due (a partial date is due by the end of the period it names). */
    CSP_ACTION_STATUS = 12, /**< Open, in progress, done, cancelled or superseded. */
    CSP_ACTION_RAG = 13, /**< Its red, amber or green rating. */
    CSP_ACTION_SOURCES = 14, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a action_update (CSP_ENTITY_ACTION_UPDATE). */
enum csp_action_update_field {
    CSP_ACTION_UPDATE_ID = 0, /**< The update's id, unique among action updates. */
    CSP_ACTION_UPDATE_ACTION = 1, /**< The action (implied by nesting in JSON). */
    CSP_ACTION_UPDATE_POSITION = 2, /**< Its place among the action's updates, from 1 (kept by libcsp). */
    CSP_ACTION_UPDATE_DATE = 3, /**< The date of the update, not before the action was raised. */
    CSP_ACTION_UPDATE_STATUS = 4, /**< The action's status as of the update. */
    CSP_ACTION_UPDATE_RAG = 5, /**< The RAG rating as of the update. */
    CSP_ACTION_UPDATE_NOTE = 6, /**< What was reported. */
    CSP_ACTION_UPDATE_REPORTED_AT = 7, /**< The meeting it was reported to. */
    CSP_ACTION_UPDATE_REPORTED_BY = 8, /**< The seat that reported it, on the action's partnership. */
    CSP_ACTION_UPDATE_SOURCES = 9, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a risk (CSP_ENTITY_RISK). */
enum csp_risk_field {
    CSP_RISK_ID = 0, /**< The risk's id, unique among risks. */
    CSP_RISK_PARTNERSHIP = 1, /**< The partnership whose register it is on. */
    CSP_RISK_TITLE = 2, /**< The risk, in a line. */
    CSP_RISK_DESCRIPTION = 3, /**< Cause, event and consequence. */
    CSP_RISK_OWNER = 4, /**< The seat that owns it, on the risk's partnership. */
    CSP_RISK_LIKELIHOOD = 5, /**< How likely, from 1 (rare) to 5 (almost certain). */
    CSP_RISK_IMPACT = 6, /**< How severe, from 1 (negligible) to 5 (severe). */
    CSP_RISK_SCORE = 7, /**< Likelihood times impact, 1 to 25 (kept by libcsp; 0 until both are set). */
    CSP_RISK_STATUS = 8, /**< Open, treated, tolerated or closed. */
    CSP_RISK_MITIGATIONS = 9, /**< What is done to reduce it, in order. */
    CSP_RISK_REVIEWED_AT = 10, /**< The agenda item that last reviewed it. */
    CSP_RISK_SOURCES = 11, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a risk_review (CSP_ENTITY_RISK_REVIEW). */
enum csp_risk_review_field {
    CSP_RISK_REVIEW_ID = 0, /**< The review's id, unique among risk reviews. */
    CSP_RISK_REVIEW_RISK = 1, /**< The risk (implied by nesting in JSON). */
    CSP_RISK_REVIEW_POSITION = 2, /**< Its place among the risk's reviews, from 1 (kept by libcsp). */
    CSP_RISK_REVIEW_DATE = 3, /**< The date of the review. */
    CSP_RISK_REVIEW_LIKELIHOOD = 4, /**< The likelihood then, 1 to 5. */
    CSP_RISK_REVIEW_IMPACT = 5, /**< The impact then, 1 to 5. */
    CSP_RISK_REVIEW_SCORE = 6, /**< The score then: likelihood times impact (kept by libcsp). */
    CSP_RISK_REVIEW_STATUS = 7, /**< The risk's status after the review. */
    CSP_RISK_REVIEW_NOTE = 8, /**< What the review found. */
    CSP_RISK_REVIEW_REVIEWED_AT = 9, /**< The agenda item at which it was reviewed. */
    CSP_RISK_REVIEW_SOURCES = 10, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a homicide_review (CSP_ENTITY_HOMICIDE_REVIEW). */
enum csp_homicide_review_field {
    CSP_HOMICIDE_REVIEW_ID = 0, /**< The review's id, unique among homicide reviews. */
    CSP_HOMICIDE_REVIEW_PARTNERSHIP = 1, /**< The partnership that decides on and commissions it (the CSP). */
    CSP_HOMICIDE_REVIEW_KIND = 2, /**< A domestic homicide review or a domestic abuse related death review. */
    CSP_HOMICIDE_REVIEW_REFERENCE = 3, /**< Its reference ("DHR 2021/03"): the only thing that names it. No name of the victim or the perpetrator. */
    CSP_HOMICIDE_REVIEW_STATUS = 4, /**< Where it stands. */
    CSP_HOMICIDE_REVIEW_NOTIFIED_ON = 5, /**< When the police notified the partnership of the death. */
    CSP_HOMICIDE_REVIEW_DECISION = 6, /**< Whether to hold a review. */
    CSP_HOMICIDE_REVIEW_DECIDED_ON = 7, /**< When that was decided. */
    CSP_HOMICIDE_REVIEW_CHAIR_APPOINTED_ON = 8, /**< When the independent chair was appointed. */
    CSP_HOMICIDE_REVIEW_COMMISSIONED_ON = 9, /**< When the review was commissioned. */
    CSP_HOMICIDE_REVIEW_SUBMITTED_ON = 10, /**< When the report was submitted to the Home Office quality assurance panel. */
    CSP_HOMICIDE_REVIEW_QUALITY_ASSURED_ON = 11, /**< When the panel quality-assured it. */
    CSP_HOMICIDE_REVIEW_PUBLISHED_ON = 12, /**< When the report was published. Until then a public export leaves the review out. */
    CSP_HOMICIDE_REVIEW_SOURCES = 13, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a scrutiny_review (CSP_ENTITY_SCRUTINY_REVIEW). */
enum csp_scrutiny_review_field {
    CSP_SCRUTINY_REVIEW_ID = 0, /**< The review's id, unique among scrutiny reviews. */
    CSP_SCRUTINY_REVIEW_COMMITTEE = 1, /**< The committee that reviewed (a partnership of kind scrutiny_committee). */
    CSP_SCRUTINY_REVIEW_SCRUTINISED = 2, /**< The partnership it scrutinised. */
    CSP_SCRUTINY_REVIEW_DATE = 3, /**< The date of the review (the committee's meeting). */
    CSP_SCRUTINY_REVIEW_TOPIC = 4, /**< What it looked at. */
    CSP_SCRUTINY_REVIEW_NOTE = 5, /**< Anything else about it. */
    CSP_SCRUTINY_REVIEW_SOURCES = 6, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a recommendation (CSP_ENTITY_RECOMMENDATION). */
enum csp_recommendation_field {
    CSP_RECOMMENDATION_ID = 0, /**< The recommendation's id, unique among recommendations. */
    CSP_RECOMMENDATION_SCRUTINY_REVIEW = 1, /**< The scrutiny review (implied by nesting in JSON). */
    CSP_RECOMMENDATION_POSITION = 2, /**< Its number among the review's recommendations, from 1 (kept by libcsp). */
    CSP_RECOMMENDATION_TEXT = 3, /**< The recommendation as made. */
    CSP_RECOMMENDATION_RESPONSE = 4, /**< Accepted, partly accepted or rejected; unset until answered. */
    CSP_RECOMMENDATION_RESPONDED_ON = 5, /**< When it was answered. */
    CSP_RECOMMENDATION_RESPONSE_TEXT = 6, /**< The response as given. */
    CSP_RECOMMENDATION_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a indicator (CSP_ENTITY_INDICATOR). */
enum csp_indicator_field {
    CSP_INDICATOR_ID = 0, /**< The indicator's id, unique among indicators. */
    CSP_INDICATOR_PARTNERSHIP = 1, /**< The partnership that watches it. */
    CSP_INDICATOR_NAME = 2, /**< What it measures ("Knife crime with injury, victims under 25"). */
    CSP_INDICATOR_UNIT = 3, /**< Its unit ("offences", "per 1,000 residents", "%"). */
    CSP_INDICATOR_DIRECTION = 4, /**< Whether higher or lower is better. */
    CSP_INDICATOR_TARGET = 5, /**< The target, a decimal number as written ("7.5"). */
    CSP_INDICATOR_ELEMENT = 6, /**< The strategy element it measures. */
    CSP_INDICATOR_NOTE = 7, /**< How it is counted, where the data come from. */
    CSP_INDICATOR_SOURCES = 8, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a indicator_value (CSP_ENTITY_INDICATOR_VALUE). */
enum csp_indicator_value_field {
    CSP_INDICATOR_VALUE_ID = 0, /**< The value's id, unique among indicator values. */
    CSP_INDICATOR_VALUE_INDICATOR = 1, /**< The indicator (implied by nesting in JSON). */
    CSP_INDICATOR_VALUE_POSITION = 2, /**< Its place among the indicator's values, from 1 (kept by libcsp). */
    CSP_INDICATOR_VALUE_PERIOD_START = 3, /**< The period: its start, or the whole of it for a partial date ("2023" for the year 2023). */
    CSP_INDICATOR_VALUE_PERIOD_END = 4, /**< The period's end, where it is not the period period_start names. */
    CSP_INDICATOR_VALUE_VALUE = 5, /**< The value, a decimal number as written ("7.4"). */
    CSP_INDICATOR_VALUE_NOTE = 6, /**< Anything about this value (provisional, revised). */
    CSP_INDICATOR_VALUE_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a standing_item (CSP_ENTITY_STANDING_ITEM). */
enum csp_standing_item_field {
    CSP_STANDING_ITEM_ID = 0, /**< The item's id, unique among standing items. */
    CSP_STANDING_ITEM_PARTNERSHIP = 1, /**< The partnership whose meetings follow it (implied by nesting in JSON). */
    CSP_STANDING_ITEM_POSITION = 2, /**< Its place in the standing agenda, in tree order from 1 (kept by libcsp). */
    CSP_STANDING_ITEM_PARENT = 3, /**< The part of the agenda it belongs to ("First hour"); unset for a part or a top-level item. */
    CSP_STANDING_ITEM_KIND = 4, /**< What the item is for (a part of the agenda is "other"). */
    CSP_STANDING_ITEM_TITLE = 5, /**< The item as the terms of reference give it. */
    CSP_STANDING_ITEM_MINUTES = 6, /**< The time it is given, in minutes ("First hour": 60). */
    CSP_STANDING_ITEM_SOURCES = 7, /**< Where this record's facts came from (source records), in order. */
};

/** The fields of a source (CSP_ENTITY_SOURCE). */
enum csp_source_field {
    CSP_SOURCE_ID = 0, /**< The source's id, unique among sources. */
    CSP_SOURCE_URL = 1, /**< Where it is published. */
    CSP_SOURCE_REFERENCE = 2, /**< A reference to a document that has no URL. */
    CSP_SOURCE_TITLE = 3, /**< Its title. */
    CSP_SOURCE_UPDATED_ON = 4, /**< The date the source states it was published or last updated ("last updated on 7 June 2018"). */
    CSP_SOURCE_READ_ON = 5, /**< The date it was read. */
    CSP_SOURCE_NOTE = 6, /**< What it was used for, or what it says of itself. */
};

#endif /* CSP_MODEL_H */
