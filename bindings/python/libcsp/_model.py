# Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
"""The entity classes, their enums and their collections, one of each per
entity and enum of the model's description (libcsp/model/model.toml).

Every class here is written by tools/modelgen from that description: to add a
field or an entity, edit the description and regenerate. The machinery the
classes share is in _fields.py (fields, the Entity base) and _collection.py
(collections, iterators, queries)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, Mapping, Optional, Type, Union, cast

from . import _libcsp as _c
from ._collection import Collection, EntityIterator, Query
from ._dates import DateLike
from ._errors import CSP_EREQUIRED, RequiredFieldError
from ._fields import (
    Entity,
    Value,
    _Bool,
    _Date,
    _DateList,
    _Enum,
    _EnumList,
    _Int,
    _RefId,
    _RefListObjects,
    _RefObject,
    _RequiredDate,
    _RequiredRefId,
    _RequiredText,
    _Text,
    _TextList,
)

from ._methods import ActionsMethods, ElementMethods, MeetingMethods, PartnershipMethods, RisksMethods

if TYPE_CHECKING:
    from ._register import Register

__all__ = [
    "OrganisationKind",
    "PartnershipKind",
    "Role",
    "DutyRecurrence",
    "Confidence",
    "StrategyKind",
    "StrategyStatus",
    "Strand",
    "ElementKind",
    "AssessmentKind",
    "MeetingKind",
    "MeetingStatus",
    "DocumentKind",
    "AgendaItemKind",
    "AttendanceStatus",
    "ActionStatus",
    "Rag",
    "RiskStatus",
    "HomicideReviewKind",
    "ReviewDecision",
    "HomicideReviewStatus",
    "ResponseKind",
    "IndicatorDirection",
    "RuleFamily",
    "RuleSeverity",
    "Organisation",
    "Person",
    "Partnership",
    "Membership",
    "Duty",
    "DutyHolding",
    "Strategy",
    "Element",
    "Assessment",
    "Discharge",
    "Meeting",
    "Document",
    "AgendaItem",
    "Attendance",
    "Action",
    "ActionUpdate",
    "Risk",
    "RiskReview",
    "HomicideReview",
    "ScrutinyReview",
    "Recommendation",
    "Indicator",
    "IndicatorValue",
    "StandingItem",
    "Source",
    "Organisations",
    "People",
    "Partnerships",
    "Memberships",
    "Duties",
    "DutyHoldings",
    "Strategies",
    "Elements",
    "Assessments",
    "Discharges",
    "Meetings",
    "Documents",
    "AgendaItems",
    "Attendances",
    "Actions",
    "ActionUpdates",
    "Risks",
    "RiskReviews",
    "HomicideReviews",
    "ScrutinyReviews",
    "Recommendations",
    "Indicators",
    "IndicatorValues",
    "StandingItems",
    "Sources",
]

# ---------------------------------------------------------------------------
# Enums
# ---------------------------------------------------------------------------


class OrganisationKind(Value):
    """What sort of body an organisation is. (organisation.kind).

    A member is its text (``== "police"``); ``.label`` is for people, ``.doc`` says what it means::

        POLICE            Police force
        LOCAL_AUTHORITY   Local authority
        FIRE_AND_RESCUE   Fire and rescue authority
        HEALTH            Health body
        PROBATION         Probation provider
        YOUTH_JUSTICE     Youth justice
        POLICING_BODY     Policing body
        VOLUNTARY         Voluntary sector
        BUSINESS          Business
        EDUCATION         Education
        HOUSING           Housing
        FAITH             Faith group
        COMMUNITY         Community group
        OTHER             Other body
    """

    POLICE = "police"
    LOCAL_AUTHORITY = "local_authority"
    FIRE_AND_RESCUE = "fire_and_rescue"
    HEALTH = "health"
    PROBATION = "probation"
    YOUTH_JUSTICE = "youth_justice"
    POLICING_BODY = "policing_body"
    VOLUNTARY = "voluntary"
    BUSINESS = "business"
    EDUCATION = "education"
    HOUSING = "housing"
    FAITH = "faith"
    COMMUNITY = "community"
    OTHER = "other"


OrganisationKind._csp_enum = "organisation_kind"  # type: ignore[attr-defined]


class PartnershipKind(Value):
    """What sort of partnership it is. (partnership.kind, duty.applies_to).

    A member is its text (``== "community_safety_partnership"``); ``.label`` is for people, ``.doc`` says what it means::

        COMMUNITY_SAFETY_PARTNERSHIP   Community safety partnership
        LOCAL_STRATEGIC_PARTNERSHIP    Local strategic partnership
        STATUTORY_OFFICER_GROUP        Statutory officer group
        DELIVERY_GROUP                 Delivery group
        TASK_GROUP                     Task-and-finish group
        RESILIENCE_PARTNERSHIP         Community resilience partnership
        SCRUTINY_COMMITTEE             Crime and disorder committee
        BOARD                          Board
        OTHER                          Other partnership
    """

    COMMUNITY_SAFETY_PARTNERSHIP = "community_safety_partnership"
    LOCAL_STRATEGIC_PARTNERSHIP = "local_strategic_partnership"
    STATUTORY_OFFICER_GROUP = "statutory_officer_group"
    DELIVERY_GROUP = "delivery_group"
    TASK_GROUP = "task_group"
    RESILIENCE_PARTNERSHIP = "resilience_partnership"
    SCRUTINY_COMMITTEE = "scrutiny_committee"
    BOARD = "board"
    OTHER = "other"


PartnershipKind._csp_enum = "partnership_kind"  # type: ignore[attr-defined]


class Role(Value):
    """A seat's role in its partnership. (membership.role).

    A member is its text (``== "chair"``); ``.label`` is for people, ``.doc`` says what it means::

        CHAIR         Chair
        VICE_CHAIR    Vice-chair
        MEMBER        Member
        CHAMPION      Champion
        SECRETARIAT   Secretariat
        ADVISER       Adviser
        OBSERVER      Observer
    """

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    CHAMPION = "champion"
    SECRETARIAT = "secretariat"
    ADVISER = "adviser"
    OBSERVER = "observer"


Role._csp_enum = "membership_role"  # type: ignore[attr-defined]


class DutyRecurrence(Value):
    """How often a duty must be discharged. (duty.recurrence).

    A member is its text (``== "continuous"``); ``.label`` is for people, ``.doc`` says what it means::

        CONTINUOUS     Continuous
        QUARTERLY      Every quarter
        YEARLY         Every year
        THREE_YEARLY   Every three years
        PER_EVENT      On each event
    """

    CONTINUOUS = "continuous"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    THREE_YEARLY = "three_yearly"
    PER_EVENT = "per_event"


DutyRecurrence._csp_enum = "duty_recurrence"  # type: ignore[attr-defined]


class Confidence(Value):
    """How sure a legal figure is. (duty.confidence).

    A member is its text (``== "verified"``); ``.label`` is for people, ``.doc`` says what it means::

        VERIFIED     Verified
        SECONDARY    Secondary source
        UNVERIFIED   Unverified
    """

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


Confidence._csp_enum = "confidence"  # type: ignore[attr-defined]


class StrategyKind(Value):
    """What sort of strategy or plan it is. (strategy.kind).

    A member is its text (``== "partnership_plan"``); ``.label`` is for people, ``.doc`` says what it means::

        PARTNERSHIP_PLAN                Partnership plan
        COMMUNITY_SAFETY_PLAN           Community safety plan
        SERIOUS_VIOLENCE_STRATEGY       Serious violence strategy
        REDUCING_REOFFENDING_STRATEGY   Reducing reoffending strategy
        SUBSTANCE_MISUSE_STRATEGY       Substance misuse strategy
        BOROUGH_PLAN                    Borough plan
        OTHER                           Other strategy or plan
    """

    PARTNERSHIP_PLAN = "partnership_plan"
    COMMUNITY_SAFETY_PLAN = "community_safety_plan"
    SERIOUS_VIOLENCE_STRATEGY = "serious_violence_strategy"
    REDUCING_REOFFENDING_STRATEGY = "reducing_reoffending_strategy"
    SUBSTANCE_MISUSE_STRATEGY = "substance_misuse_strategy"
    BOROUGH_PLAN = "borough_plan"
    OTHER = "other"


StrategyKind._csp_enum = "strategy_kind"  # type: ignore[attr-defined]


class StrategyStatus(Value):
    """Where a strategy stands. (strategy.status).

    A member is its text (``== "draft"``); ``.label`` is for people, ``.doc`` says what it means::

        DRAFT        Draft
        AGREED       Agreed
        PUBLISHED    Published
        SUPERSEDED   Superseded
        WITHDRAWN    Withdrawn
    """

    DRAFT = "draft"
    AGREED = "agreed"
    PUBLISHED = "published"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


StrategyStatus._csp_enum = "strategy_status"  # type: ignore[attr-defined]


class Strand(Value):
    """The strategies of the Crime and Disorder Act 1998 s6(1). (strategy.strands).

    A member is its text (``== "crime_and_disorder"``); ``.label`` is for people, ``.doc`` says what it means::

        CRIME_AND_DISORDER   Crime and disorder
        SUBSTANCE_MISUSE     Substance misuse
        REOFFENDING          Reducing re-offending
        SERIOUS_VIOLENCE     Serious violence
    """

    CRIME_AND_DISORDER = "crime_and_disorder"
    SUBSTANCE_MISUSE = "substance_misuse"
    REOFFENDING = "reoffending"
    SERIOUS_VIOLENCE = "serious_violence"


Strand._csp_enum = "s6_strand"  # type: ignore[attr-defined]


class ElementKind(Value):
    """What sort of part of a strategy an element is. (element.kind).

    A member is its text (``== "strand"``); ``.label`` is for people, ``.doc`` says what it means::

        STRAND           Strand
        OBJECTIVE        Objective
        THEME            Theme
        PRIORITY         Priority
        PRINCIPLE        Principle
        DELIVERY_GROUP   Delivery group
        AIM              Aim
        KEY_OBJECTIVE    Key objective
        ACTIVITY         Activity
    """

    STRAND = "strand"
    OBJECTIVE = "objective"
    THEME = "theme"
    PRIORITY = "priority"
    PRINCIPLE = "principle"
    DELIVERY_GROUP = "delivery_group"
    AIM = "aim"
    KEY_OBJECTIVE = "key_objective"
    ACTIVITY = "activity"


ElementKind._csp_enum = "element_kind"  # type: ignore[attr-defined]


class AssessmentKind(Value):
    """What sort of assessment it is. (assessment.kind).

    A member is its text (``== "strategic_assessment"``); ``.label`` is for people, ``.doc`` says what it means::

        STRATEGIC_ASSESSMENT         Strategic assessment
        STRATEGIC_NEEDS_ASSESSMENT   Strategic needs assessment
        COMMUNITY_SAFETY_AGREEMENT   Community safety agreement
        OTHER                        Other
    """

    STRATEGIC_ASSESSMENT = "strategic_assessment"
    STRATEGIC_NEEDS_ASSESSMENT = "strategic_needs_assessment"
    COMMUNITY_SAFETY_AGREEMENT = "community_safety_agreement"
    OTHER = "other"


AssessmentKind._csp_enum = "assessment_kind"  # type: ignore[attr-defined]


class MeetingKind(Value):
    """What sort of meeting it is. (meeting.kind).

    A member is its text (``== "scheduled"``); ``.label`` is for people, ``.doc`` says what it means::

        SCHEDULED   Scheduled
        AD_HOC      Ad hoc
        PUBLIC      Public meeting
        ANNUAL      Annual meeting
    """

    SCHEDULED = "scheduled"
    AD_HOC = "ad_hoc"
    PUBLIC = "public"
    ANNUAL = "annual"


MeetingKind._csp_enum = "meeting_kind"  # type: ignore[attr-defined]


class MeetingStatus(Value):
    """Where a meeting stands. (meeting.status).

    A member is its text (``== "planned"``); ``.label`` is for people, ``.doc`` says what it means::

        PLANNED     Planned
        CONFIRMED   Confirmed
        HELD        Held
        CANCELLED   Cancelled
        POSTPONED   Postponed
    """

    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


MeetingStatus._csp_enum = "meeting_status"  # type: ignore[attr-defined]


class DocumentKind(Value):
    """What a meeting document is. (document.kind).

    A member is its text (``== "agenda"``); ``.label`` is for people, ``.doc`` says what it means::

        AGENDA         Agenda
        MINUTES        Minutes
        PAPERS         Papers
        PRESENTATION   Presentation
        OTHER          Other document
    """

    AGENDA = "agenda"
    MINUTES = "minutes"
    PAPERS = "papers"
    PRESENTATION = "presentation"
    OTHER = "other"


DocumentKind._csp_enum = "document_kind"  # type: ignore[attr-defined]


class AgendaItemKind(Value):
    """What an agenda item is for. (agenda_item.kind, standing_item.kind).

    A member is its text (``== "progress_review"``); ``.label`` is for people, ``.doc`` says what it means::

        PROGRESS_REVIEW    Progress review
        RISKS_AND_ISSUES   Risks and issues
        HORIZON_SCANNING   Horizon scanning
        KEY_ISSUE          Key issue
        PRIORITISATION     Prioritisation
        REPORT_BACK        Report back
        DECISION           Decision
        OTHER              Other item
    """

    PROGRESS_REVIEW = "progress_review"
    RISKS_AND_ISSUES = "risks_and_issues"
    HORIZON_SCANNING = "horizon_scanning"
    KEY_ISSUE = "key_issue"
    PRIORITISATION = "prioritisation"
    REPORT_BACK = "report_back"
    DECISION = "decision"
    OTHER = "other"


AgendaItemKind._csp_enum = "agenda_item_kind"  # type: ignore[attr-defined]


class AttendanceStatus(Value):
    """Whether a seat was at a meeting. (attendance.status).

    A member is its text (``== "present"``); ``.label`` is for people, ``.doc`` says what it means::

        PRESENT     Present
        APOLOGIES   Apologies
        ABSENT      Absent
    """

    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


AttendanceStatus._csp_enum = "attendance_status"  # type: ignore[attr-defined]


class ActionStatus(Value):
    """Where an action stands. (action.status, action_update.status).

    A member is its text (``== "open"``); ``.label`` is for people, ``.doc`` says what it means::

        OPEN          Open
        IN_PROGRESS   In progress
        DONE          Done
        CANCELLED     Cancelled
        SUPERSEDED    Superseded
    """

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"


ActionStatus._csp_enum = "action_status"  # type: ignore[attr-defined]


class Rag(Value):
    """A red, amber or green rating of progress. (action.rag, action_update.rag).

    A member is its text (``== "red"``); ``.label`` is for people, ``.doc`` says what it means::

        RED     Red
        AMBER   Amber
        GREEN   Green
    """

    RED = "red"
    AMBER = "amber"
    GREEN = "green"


Rag._csp_enum = "rag"  # type: ignore[attr-defined]


class RiskStatus(Value):
    """Where a risk stands. (risk.status, risk_review.status).

    A member is its text (``== "open"``); ``.label`` is for people, ``.doc`` says what it means::

        OPEN        Open
        TREATED     Treated
        TOLERATED   Tolerated
        CLOSED      Closed
    """

    OPEN = "open"
    TREATED = "treated"
    TOLERATED = "tolerated"
    CLOSED = "closed"


RiskStatus._csp_enum = "risk_status"  # type: ignore[attr-defined]


class HomicideReviewKind(Value):
    """What sort of statutory review of a death it is. (homicide_review.kind).

    A member is its text (``== "domestic_homicide_review"``); ``.label`` is for people, ``.doc`` says what it means::

        DOMESTIC_HOMICIDE_REVIEW              Domestic homicide review
        DOMESTIC_ABUSE_RELATED_DEATH_REVIEW   Domestic abuse related death review
    """

    DOMESTIC_HOMICIDE_REVIEW = "domestic_homicide_review"
    DOMESTIC_ABUSE_RELATED_DEATH_REVIEW = "domestic_abuse_related_death_review"


HomicideReviewKind._csp_enum = "homicide_review_kind"  # type: ignore[attr-defined]


class ReviewDecision(Value):
    """Whether a partnership decided to hold a review. (homicide_review.decision).

    A member is its text (``== "hold"``); ``.label`` is for people, ``.doc`` says what it means::

        HOLD       Hold a review
        NOT_HOLD   Not hold a review
    """

    HOLD = "hold"
    NOT_HOLD = "not_hold"


ReviewDecision._csp_enum = "review_decision"  # type: ignore[attr-defined]


class HomicideReviewStatus(Value):
    """Where a review of a death stands. (homicide_review.status).

    A member is its text (``== "notified"``); ``.label`` is for people, ``.doc`` says what it means::

        NOTIFIED          Notified
        DECIDED           Decided
        IN_PROGRESS       In progress
        SUBMITTED         Submitted
        QUALITY_ASSURED   Quality assured
        PUBLISHED         Published
        NOT_HELD          Not held
    """

    NOTIFIED = "notified"
    DECIDED = "decided"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    QUALITY_ASSURED = "quality_assured"
    PUBLISHED = "published"
    NOT_HELD = "not_held"


HomicideReviewStatus._csp_enum = "homicide_review_status"  # type: ignore[attr-defined]


class ResponseKind(Value):
    """How a recommendation was answered. (recommendation.response).

    A member is its text (``== "accepted"``); ``.label`` is for people, ``.doc`` says what it means::

        ACCEPTED          Accepted
        PARTLY_ACCEPTED   Partly accepted
        REJECTED          Rejected
    """

    ACCEPTED = "accepted"
    PARTLY_ACCEPTED = "partly_accepted"
    REJECTED = "rejected"


ResponseKind._csp_enum = "response_kind"  # type: ignore[attr-defined]


class IndicatorDirection(Value):
    """Which way is better for a measure. (indicator.direction).

    A member is its text (``== "higher_is_better"``); ``.label`` is for people, ``.doc`` says what it means::

        HIGHER_IS_BETTER   Higher is better
        LOWER_IS_BETTER    Lower is better
    """

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


IndicatorDirection._csp_enum = "indicator_direction"  # type: ignore[attr-defined]


class RuleFamily(Value):
    """The families of compliance rules.

    A member is its text (``== "membership"``); ``.label`` is for people, ``.doc`` says what it means::

        MEMBERSHIP   Membership
        DUTIES       Duties and plans
        MEETINGS     Meetings
        ACTIONS      Actions
        SCRUTINY     Scrutiny
        REVIEWS      Reviews
    """

    MEMBERSHIP = "membership"
    DUTIES = "duties"
    MEETINGS = "meetings"
    ACTIONS = "actions"
    SCRUTINY = "scrutiny"
    REVIEWS = "reviews"


RuleFamily._csp_enum = "rule_family"  # type: ignore[attr-defined]


class RuleSeverity(Value):
    """How serious it is when a rule is not met.

    A member is its text (``== "breach"``); ``.label`` is for people, ``.doc`` says what it means::

        BREACH    Breach
        WARNING   Warning
        ADVICE    Advice
    """

    BREACH = "breach"
    WARNING = "warning"
    ADVICE = "advice"


RuleSeverity._csp_enum = "rule_severity"  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------


class Organisation(Entity):
    """An agency or body, its kind and its statutory standing.

    Fields::

        * id (required): Stable identifier, unique among organisations.
        * name (required): Name, e.g. "London Fire Brigade".
        * kind (required): What sort of body it is.
        * area: The area it serves, as text.
        * responsible_authority: A responsible authority under the Crime and Disorder Act 1998 s5.
        * serious_violence_duty_holder: A specified authority under the Serious Violence Duty (PCSC Act 2022 s11, Sch 1).
        * cooperating_body: A body the responsible authorities co-operate with (CDA 1998 s5(2)-(3)).
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
        * established_on: The day the body was established, where its statutory standing began then (clinical commissioning groups: 1 April 2013).
        * dissolved_on: The last day the body existed (clinical commissioning groups: 30 June 2022). Its standing, and a check of its seats, ends with it.
    """

    __slots__ = ()
    _entity = "organisation"
    _eid = 0

    name = _RequiredText(1, "name", required=True)
    kind: _Enum[OrganisationKind] = _Enum(2, "kind", OrganisationKind, required=True)
    area = _Text(3, "area")
    responsible_authority = _Bool(4, "responsible_authority")
    serious_violence_duty_holder = _Bool(5, "serious_violence_duty_holder")
    cooperating_body = _Bool(6, "cooperating_body")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")
    established_on = _Date(8, "established_on")
    dissolved_on = _Date(9, "dissolved_on")

    def __init__(
        self,
        id: str,
        name: str,
        kind: Union[OrganisationKind, str],
        *,
        area: Optional[str] = None,
        responsible_authority: bool = False,
        serious_violence_duty_holder: bool = False,
        cooperating_body: bool = False,
        sources: Iterable[Union[str, "Source"]] = (),
        established_on: Optional[DateLike] = None,
        dissolved_on: Optional[DateLike] = None,
    ) -> None:
        """A new organisation (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(0, id)
        self._reg = None
        self._vals = None
        if name is None:
            raise RequiredFieldError("name is required", CSP_EREQUIRED, "name")
        _c.csp_record_set_text(record, 1, name)
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 2, kind)
        if area is not None:
            self.area = area
        if responsible_authority:
            self.responsible_authority = responsible_authority
        if serious_violence_duty_holder:
            self.serious_violence_duty_holder = serious_violence_duty_holder
        if cooperating_body:
            self.cooperating_body = cooperating_body
        if sources:
            self.sources_ids = sources
        if established_on is not None:
            self.established_on = established_on
        if dissolved_on is not None:
            self.dissolved_on = dissolved_on

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats this organisation holds (optionally only those with role), in id order.
        Needs the object to be attached to a register.
        """
        return cast(Iterator["Membership"], self._related("membership", "organisation", role=role))

    def duty_holdings(self) -> Iterator["DutyHolding"]:
        """The duties this organisation holds (duty holdings), in id order. Needs the object to
        be attached to a register.
        """
        return cast(Iterator["DutyHolding"], self._related("duty_holding", "organisation"))

    def actions(self, status: Union[ActionStatus, str, None] = None) -> Iterator["Action"]:
        """The actions this organisation owns (optionally with a status), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Action"], self._related("action", "owner_organisation", status=status))

    def in_force(self, date: DateLike) -> bool:
        """Whether this organisation is in force on ``date`` (a date, a PartialDate or ISO
        text): it started on or before the date and did not end before it (a partial date is
        the period it names; an unset established_on or dissolved_on leaves that side open).
        """
        return self._in_force(date)


class Person(Entity):
    """Someone who sits on a partnership; may be marked private.

    Fields::

        * id (required): Stable identifier, unique among people.
        * name (required): Name as the source gives it.
        * honorific: Honorific or title, e.g. "Councillor".
        * private: Left out of public exports, with the person of every seat they hold.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "person"
    _eid = 1

    name = _RequiredText(1, "name", required=True)
    honorific = _Text(2, "honorific")
    private = _Bool(3, "private")
    sources_ids = _TextList(4, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(4, "sources", "source")

    def __init__(
        self,
        id: str,
        name: str,
        *,
        honorific: Optional[str] = None,
        private: bool = False,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new person (not yet in any register): the required fields by position, the others
        by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(1, id)
        self._reg = None
        self._vals = None
        if name is None:
            raise RequiredFieldError("name is required", CSP_EREQUIRED, "name")
        _c.csp_record_set_text(record, 1, name)
        if honorific is not None:
            self.honorific = honorific
        if private:
            self.private = private
        if sources:
            self.sources_ids = sources

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats this person holds (optionally only those with role), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Membership"], self._related("membership", "person", role=role))


class Partnership(PartnershipMethods, Entity):
    """A CSP, or a board, group or committee around it.

    Fields::

        * id (required): Stable identifier, unique among partnerships.
        * name (required): Name, e.g. "Safer Ealing Partnership".
        * short_name: Short name or acronym, e.g. "SEP".
        * kind (required): What sort of partnership it is.
        * area: The area's name, e.g. "Ealing".
        * area_code: The area's GSS code: a capital letter and eight digits, e.g. "E09000009". Its letter tells the checker the country where the law differs: W for Wales (docs/law.md); with no code, England is assumed.
        * parent (parent_id is the id): The partnership this one is part of.
        * accountable_to (accountable_to_id is the id): The partnership this one is accountable to.
        * works_with (works_with_ids are the ids): Partnerships it works closely with.
        * formed_on: When it was formed; "2002-01" for "formed in January 2002".
        * former_names: Names it was known by before, oldest first.
        * statutory_basis: The legal basis, e.g. "Crime and Disorder Act 1998 ss5-7".
        * meetings_per_year: Regular meetings a year (4 for quarterly).
        * minutes_per_meeting: Length of a regular meeting in minutes.
        * ad_hoc_meetings: Also meets ad hoc as required.
        * quorum: How many seats must be present for a meeting to be quorate (its terms of reference).
        * scrutinised_by (scrutinised_by_id is the id): The crime and disorder committee that scrutinises it (Police and Justice Act 2006 s19): a partnership of kind scrutiny_committee.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "partnership"
    _eid = 2

    name = _RequiredText(1, "name", required=True)
    short_name = _Text(2, "short_name")
    kind: _Enum[PartnershipKind] = _Enum(3, "kind", PartnershipKind, required=True)
    area = _Text(4, "area")
    area_code = _Text(5, "area_code")
    parent_id = _RefId(6, "parent")
    parent: _RefObject[Optional["Partnership"]] = _RefObject(6, "parent", "partnership")
    accountable_to_id = _RefId(7, "accountable_to")
    accountable_to: _RefObject[Optional["Partnership"]] = _RefObject(7, "accountable_to", "partnership")
    works_with_ids = _TextList(8, "works_with")
    works_with: _RefListObjects["Partnership"] = _RefListObjects(8, "works_with", "partnership")
    formed_on = _Date(9, "formed_on")
    former_names = _TextList(10, "former_names")
    statutory_basis = _Text(11, "statutory_basis")
    meetings_per_year = _Int(12, "meetings_per_year")
    minutes_per_meeting = _Int(13, "minutes_per_meeting")
    ad_hoc_meetings = _Bool(14, "ad_hoc_meetings")
    quorum = _Int(15, "quorum")
    scrutinised_by_id = _RefId(16, "scrutinised_by")
    scrutinised_by: _RefObject[Optional["Partnership"]] = _RefObject(16, "scrutinised_by", "partnership")
    sources_ids = _TextList(17, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(17, "sources", "source")

    def __init__(
        self,
        id: str,
        name: str,
        kind: Union[PartnershipKind, str],
        *,
        short_name: Optional[str] = None,
        area: Optional[str] = None,
        area_code: Optional[str] = None,
        parent: Union[str, "Partnership", None] = None,
        accountable_to: Union[str, "Partnership", None] = None,
        works_with: Iterable[Union[str, "Partnership"]] = (),
        formed_on: Optional[DateLike] = None,
        former_names: Iterable[str] = (),
        statutory_basis: Optional[str] = None,
        meetings_per_year: Optional[int] = None,
        minutes_per_meeting: Optional[int] = None,
        ad_hoc_meetings: bool = False,
        quorum: Optional[int] = None,
        scrutinised_by: Union[str, "Partnership", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new partnership (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(2, id)
        self._reg = None
        self._vals = None
        if name is None:
            raise RequiredFieldError("name is required", CSP_EREQUIRED, "name")
        _c.csp_record_set_text(record, 1, name)
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 3, kind)
        if short_name is not None:
            self.short_name = short_name
        if area is not None:
            self.area = area
        if area_code is not None:
            self.area_code = area_code
        if parent is not None:
            self.parent_id = parent
        if accountable_to is not None:
            self.accountable_to_id = accountable_to
        if works_with:
            self.works_with_ids = works_with
        if formed_on is not None:
            self.formed_on = formed_on
        if former_names:
            self.former_names = former_names
        if statutory_basis is not None:
            self.statutory_basis = statutory_basis
        if meetings_per_year is not None:
            self.meetings_per_year = meetings_per_year
        if minutes_per_meeting is not None:
            self.minutes_per_meeting = minutes_per_meeting
        if ad_hoc_meetings:
            self.ad_hoc_meetings = ad_hoc_meetings
        if quorum is not None:
            self.quorum = quorum
        if scrutinised_by is not None:
            self.scrutinised_by_id = scrutinised_by
        if sources:
            self.sources_ids = sources

    def children(self) -> Iterator["Partnership"]:
        """The partnerships whose parent is this one, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["Partnership"], self._related("partnership", "parent"))

    def scrutinises(self) -> Iterator["Partnership"]:
        """The partnerships this committee scrutinises, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["Partnership"], self._related("partnership", "scrutinised_by"))

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats on this partnership (optionally only those with role), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Membership"], self._related("membership", "partnership", role=role))

    def duty_holdings(self) -> Iterator["DutyHolding"]:
        """The duties this partnership holds (duty holdings), in id order. Needs the object to
        be attached to a register.
        """
        return cast(Iterator["DutyHolding"], self._related("duty_holding", "partnership"))

    def strategies(self, kind: Union[StrategyKind, str, None] = None, status: Union[StrategyStatus, str, None] = None) -> Iterator["Strategy"]:
        """This partnership's strategies and plans (optionally of a kind or status), in id
        order. Needs the object to be attached to a register.
        """
        return cast(Iterator["Strategy"], self._related("strategy", "partnership", kind=kind, status=status))

    def assessments(self, kind: Union[AssessmentKind, str, None] = None) -> Iterator["Assessment"]:
        """This partnership's strategic (needs) assessments (optionally of a kind), in id
        order. Needs the object to be attached to a register.
        """
        return cast(Iterator["Assessment"], self._related("assessment", "partnership", kind=kind))

    def discharges(self) -> Iterator["Discharge"]:
        """The dated discharges of duties by this partnership, in id order. Needs the object to
        be attached to a register.
        """
        return cast(Iterator["Discharge"], self._related("discharge", "partnership"))

    def meetings(self, kind: Union[MeetingKind, str, None] = None, status: Union[MeetingStatus, str, None] = None) -> Iterator["Meeting"]:
        """This partnership's meetings (optionally of a kind or status), in id order. Needs the
        object to be attached to a register.
        """
        return cast(Iterator["Meeting"], self._related("meeting", "partnership", kind=kind, status=status))

    def reports(self) -> Iterator["AgendaItem"]:
        """The agenda items at which this group reports, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "reported_by"))

    def actions(self, status: Union[ActionStatus, str, None] = None, rag: Union[Rag, str, None] = None) -> Iterator["Action"]:
        """This partnership's actions (optionally with a status or RAG rating), in id order.
        Needs the object to be attached to a register.
        """
        return cast(Iterator["Action"], self._related("action", "partnership", status=status, rag=rag))

    def owned_actions(self, status: Union[ActionStatus, str, None] = None) -> Iterator["Action"]:
        """The actions this group owns (optionally with a status), in id order. Needs the
        object to be attached to a register.
        """
        return cast(Iterator["Action"], self._related("action", "owner_partnership", status=status))

    def risks(self, status: Union[RiskStatus, str, None] = None) -> Iterator["Risk"]:
        """This partnership's risks (optionally with a status), in id order. Needs the object
        to be attached to a register.
        """
        return cast(Iterator["Risk"], self._related("risk", "partnership", status=status))

    def homicide_reviews(self, status: Union[HomicideReviewStatus, str, None] = None) -> Iterator["HomicideReview"]:
        """The homicide reviews of this partnership (optionally with a status), in id order.
        Needs the object to be attached to a register.
        """
        return cast(Iterator["HomicideReview"], self._related("homicide_review", "partnership", status=status))

    def scrutiny_reviews_held(self) -> Iterator["ScrutinyReview"]:
        """The scrutiny reviews this committee held, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["ScrutinyReview"], self._related("scrutiny_review", "committee"))

    def scrutiny_reviews(self) -> Iterator["ScrutinyReview"]:
        """The scrutiny reviews of this partnership, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["ScrutinyReview"], self._related("scrutiny_review", "scrutinised"))

    def indicators(self) -> Iterator["Indicator"]:
        """The measures this partnership watches, in id order. Needs the object to be attached
        to a register.
        """
        return cast(Iterator["Indicator"], self._related("indicator", "partnership"))

    def standing_agenda(self) -> Iterator["StandingItem"]:
        """The agenda every meeting of this partnership follows, in order (a part before its
        items). Needs the object to be attached to a register.
        """
        return cast(Iterator["StandingItem"], self._related("standing_item", "partnership"))


class Membership(Entity):
    """A seat on a partnership: organisation, optional person, role and post.

    In a JSON document it is nested in its partnership's ``members`` array.

    Fields::

        * id (required): Stable identifier, unique among memberships.
        * partnership (required; partnership_id is the id): The partnership the seat is on (implied by nesting in JSON).
        * organisation (required; organisation_id is the id): The organisation holding the seat.
        * person (person_id is the id): The person in the seat, if known.
        * role (required): The role in the partnership.
        * post: The post as the source names it, e.g. "police west area BCU commander".
        * on_behalf_of (on_behalf_of_id is the id): The organisation the seat is held on behalf of, when different.
        * start_date: First day in the seat.
        * end_date: Last day in the seat; not before start_date.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "membership"
    _eid = 3
    _nested = "partnership"

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    organisation_id = _RequiredRefId(2, "organisation", required=True)
    organisation: _RefObject["Organisation"] = _RefObject(2, "organisation", "organisation")
    person_id = _RefId(3, "person")
    person: _RefObject[Optional["Person"]] = _RefObject(3, "person", "person")
    role: _Enum[Role] = _Enum(4, "role", Role, required=True)
    post = _Text(5, "post")
    on_behalf_of_id = _RefId(6, "on_behalf_of")
    on_behalf_of: _RefObject[Optional["Organisation"]] = _RefObject(6, "on_behalf_of", "organisation")
    start_date = _Date(7, "start_date")
    end_date = _Date(8, "end_date")
    sources_ids = _TextList(9, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(9, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        organisation: Union[str, "Organisation"],
        role: Union[Role, str],
        *,
        person: Union[str, "Person", None] = None,
        post: Optional[str] = None,
        on_behalf_of: Union[str, "Organisation", None] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new membership (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(3, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        self.organisation_id = organisation
        if role is None:
            raise RequiredFieldError("role is required", CSP_EREQUIRED, "role")
        _c.csp_record_set_text(record, 4, role)
        if person is not None:
            self.person_id = person
        if post is not None:
            self.post = post
        if on_behalf_of is not None:
            self.on_behalf_of_id = on_behalf_of
        if start_date is not None:
            self.start_date = start_date
        if end_date is not None:
            self.end_date = end_date
        if sources:
            self.sources_ids = sources

    def attendance(self, status: Union[AttendanceStatus, str, None] = None) -> Iterator["Attendance"]:
        """This seat's attendance at meetings (optionally with a status), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Attendance"], self._related("attendance", "membership", status=status))

    def actions(self, status: Union[ActionStatus, str, None] = None) -> Iterator["Action"]:
        """The actions this seat champions (optionally with a status), in id order. Needs the
        object to be attached to a register.
        """
        return cast(Iterator["Action"], self._related("action", "champion", status=status))

    def risks(self) -> Iterator["Risk"]:
        """The risks this seat owns, in id order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["Risk"], self._related("risk", "owner"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], partnership: Union[str, "Partnership", None] = None) -> "Membership":
        """Builds a detached membership from a dict with the keys of the JSON format. In a
        document memberships are nested under their partnership's ``members``, without a
        ``partnership`` key: give ``partnership`` (an id or the partnership) for such a
        dict.
        """
        return cls._from_dict(data, partnership)

    def in_force(self, date: DateLike) -> bool:
        """Whether this membership is in force on ``date`` (a date, a PartialDate or ISO text):
        it started on or before the date and did not end before it (a partial date is the
        period it names; an unset start_date or end_date leaves that side open).
        """
        return self._in_force(date)


class Duty(Entity):
    """A statutory duty: its legal source, commencement, recurrence and who it falls on.

    Fields::

        * id (required): The duty's stable code, e.g. "si2007_1830.strategic_assessment".
        * title (required): What the duty requires, in one line.
        * source (required): The legal source: act or SI, section or regulation.
        * commencement: When the duty came into force, where known.
        * recurrence (required): How often it must be discharged.
        * applies_to: The kinds of partnership it falls on (none: it falls on organisations).
        * confidence (required): How sure the figures are: read in the legislation, from a secondary source, or unverified.
        * note: Qualifications: what is uncertain, where it applies.
        * builtin (kept by libcsp): Part of libcsp's catalogue: present in every register, never edited or deleted, not exported.
        * label: A short name for people, e.g. "Strategic assessment".
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
        * ends_on: The last day it applies, where it applies for a period only (a pilot).
        * areas: The areas it applies in, where it applies in some only (a pilot's areas): a partnership whose area is one of them.
    """

    __slots__ = ()
    _entity = "duty"
    _eid = 4

    title = _RequiredText(1, "title", required=True)
    source = _RequiredText(2, "source", required=True)
    commencement = _Date(3, "commencement")
    recurrence: _Enum[DutyRecurrence] = _Enum(4, "recurrence", DutyRecurrence, required=True)
    applies_to: _EnumList[PartnershipKind] = _EnumList(5, "applies_to", PartnershipKind)
    confidence: _Enum[Confidence] = _Enum(6, "confidence", Confidence, required=True)
    note = _Text(7, "note")
    builtin = _Bool(8, "builtin", readonly=True)
    label = _Text(9, "label")
    sources_ids = _TextList(10, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(10, "sources", "source")
    ends_on = _Date(11, "ends_on")
    areas = _TextList(12, "areas")

    def __init__(
        self,
        id: str,
        title: str,
        source: str,
        recurrence: Union[DutyRecurrence, str],
        confidence: Union[Confidence, str],
        *,
        commencement: Optional[DateLike] = None,
        applies_to: Iterable[Union[PartnershipKind, str]] = (),
        note: Optional[str] = None,
        label: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
        ends_on: Optional[DateLike] = None,
        areas: Iterable[str] = (),
    ) -> None:
        """A new duty (not yet in any register): the required fields by position, the others by
        keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(4, id)
        self._reg = None
        self._vals = None
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 1, title)
        if source is None:
            raise RequiredFieldError("source is required", CSP_EREQUIRED, "source")
        _c.csp_record_set_text(record, 2, source)
        if recurrence is None:
            raise RequiredFieldError("recurrence is required", CSP_EREQUIRED, "recurrence")
        _c.csp_record_set_text(record, 4, recurrence)
        if confidence is None:
            raise RequiredFieldError("confidence is required", CSP_EREQUIRED, "confidence")
        _c.csp_record_set_text(record, 6, confidence)
        if commencement is not None:
            self.commencement = commencement
        if applies_to:
            self.applies_to = applies_to
        if note is not None:
            self.note = note
        if label is not None:
            self.label = label
        if sources:
            self.sources_ids = sources
        if ends_on is not None:
            self.ends_on = ends_on
        if areas:
            self.areas = areas

    def holdings(self) -> Iterator["DutyHolding"]:
        """Who holds this duty (duty holdings), in id order. Needs the object to be attached to
        a register.
        """
        return cast(Iterator["DutyHolding"], self._related("duty_holding", "duty"))

    def discharges(self) -> Iterator["Discharge"]:
        """The dated discharges of this duty, in id order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["Discharge"], self._related("discharge", "duty"))


class DutyHolding(Entity):
    """Which partnership or organisation holds a duty, from when.

    Fields::

        * id (required): Stable identifier.
        * duty (required; duty_id is the id): The duty held.
        * partnership (partnership_id is the id): The partnership that holds it (this or organisation, not both).
        * organisation (organisation_id is the id): The organisation that holds it (this or partnership, not both).
        * start_date: Held from.
        * end_date: Held until; not before start_date.
        * note: How the holding is stated in the source.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "duty_holding"
    _eid = 5

    duty_id = _RequiredRefId(1, "duty", required=True)
    duty: _RefObject["Duty"] = _RefObject(1, "duty", "duty")
    partnership_id = _RefId(2, "partnership")
    partnership: _RefObject[Optional["Partnership"]] = _RefObject(2, "partnership", "partnership")
    organisation_id = _RefId(3, "organisation")
    organisation: _RefObject[Optional["Organisation"]] = _RefObject(3, "organisation", "organisation")
    start_date = _Date(4, "start_date")
    end_date = _Date(5, "end_date")
    note = _Text(6, "note")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")

    def __init__(
        self,
        id: str,
        duty: Union[str, "Duty"],
        *,
        partnership: Union[str, "Partnership", None] = None,
        organisation: Union[str, "Organisation", None] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new duty_holding (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = _c.csp_record_new(5, id)
        self._reg = None
        self._vals = None
        self.duty_id = duty
        if partnership is not None:
            self.partnership_id = partnership
        if organisation is not None:
            self.organisation_id = organisation
        if start_date is not None:
            self.start_date = start_date
        if end_date is not None:
            self.end_date = end_date
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    def in_force(self, date: DateLike) -> bool:
        """Whether this duty holding is in force on ``date`` (a date, a PartialDate or ISO
        text): it started on or before the date and did not end before it (a partial date is
        the period it names; an unset start_date or end_date leaves that side open).
        """
        return self._in_force(date)


class Strategy(Entity):
    """A strategy or plan of a partnership: period, status, vision, duties covered, and its
    elements.

    Fields::

        * id (required): Stable identifier.
        * partnership (required; partnership_id is the id): The partnership whose strategy it is.
        * title (required): Title, e.g. "SEP strategy 2020-2023".
        * kind (required): What sort of strategy or plan it is.
        * status (required): Where it stands.
        * start_date: Start of the period it covers ("2020" for a 2020-2023 strategy).
        * end_date: End of the period it covers; not before start_date.
        * agreed_on: When it was agreed ("2020-03" for "agreed in March 2020").
        * published_on: When it was published.
        * refreshed_on: Dates it was refreshed, oldest first.
        * vision: Its vision statement.
        * duties (duties_ids are the ids): The statutory duties it fulfils.
        * strands: The CDA 1998 s6(1) strategies it covers.
        * serious_violence_definition: The local definition of serious violence, where it has one.
        * note: How it is refreshed, what it builds on.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "strategy"
    _eid = 6

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    title = _RequiredText(2, "title", required=True)
    kind: _Enum[StrategyKind] = _Enum(3, "kind", StrategyKind, required=True)
    status: _Enum[StrategyStatus] = _Enum(4, "status", StrategyStatus, required=True)
    start_date = _Date(5, "start_date")
    end_date = _Date(6, "end_date")
    agreed_on = _Date(7, "agreed_on")
    published_on = _Date(8, "published_on")
    refreshed_on = _DateList(9, "refreshed_on")
    vision = _Text(10, "vision")
    duties_ids = _TextList(11, "duties")
    duties: _RefListObjects["Duty"] = _RefListObjects(11, "duties", "duty")
    strands: _EnumList[Strand] = _EnumList(12, "strands", Strand)
    serious_violence_definition = _Text(13, "serious_violence_definition")
    note = _Text(14, "note")
    sources_ids = _TextList(15, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(15, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        title: str,
        kind: Union[StrategyKind, str],
        status: Union[StrategyStatus, str],
        *,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        agreed_on: Optional[DateLike] = None,
        published_on: Optional[DateLike] = None,
        refreshed_on: Iterable[DateLike] = (),
        vision: Optional[str] = None,
        duties: Iterable[Union[str, "Duty"]] = (),
        strands: Iterable[Union[Strand, str]] = (),
        serious_violence_definition: Optional[str] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new strategy (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(6, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 2, title)
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 3, kind)
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 4, status)
        if start_date is not None:
            self.start_date = start_date
        if end_date is not None:
            self.end_date = end_date
        if agreed_on is not None:
            self.agreed_on = agreed_on
        if published_on is not None:
            self.published_on = published_on
        if refreshed_on:
            self.refreshed_on = refreshed_on
        if vision is not None:
            self.vision = vision
        if duties:
            self.duties_ids = duties
        if strands:
            self.strands = strands
        if serious_violence_definition is not None:
            self.serious_violence_definition = serious_violence_definition
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    def elements(self, kind: Union[ElementKind, str, None] = None) -> Iterator["Element"]:
        """The strategy's elements in tree order (a parent before its children, siblings in
        order), optionally only those of a kind. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["Element"], self._related("element", "strategy", kind=kind))

    def in_force(self, date: DateLike) -> bool:
        """Whether this strategy is in force on ``date`` (a date, a PartialDate or ISO text):
        its status is agreed or published and it started on or before the date and did not
        end before it (a partial date is the period it names; an unset start_date or
        end_date leaves that side open).
        """
        return self._in_force(date)


class Element(ElementMethods, Entity):
    """A part of a strategy, in an ordered tree: strand, objective, theme, principle, delivery
    group, aim.

    In a JSON document it is nested in its strategy's ``elements`` array.

    Fields::

        * id (required): Stable identifier.
        * strategy (required; strategy_id is the id): The strategy it belongs to (implied by nesting in JSON).
        * position (kept by libcsp): Its place in the strategy's element list, from 1 (implied by array order in JSON).
        * parent (parent_id is the id): The element it sits under, in the same strategy and earlier in the list; none for a top-level element.
        * kind (required): What sort of element it is.
        * title (required): Its title as the source gives it.
        * text: Further text: the aim of a delivery group, what a theme covers.
        * delivered_by (delivered_by_id is the id): The partnership (e.g. a delivery group) that delivers it.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "element"
    _eid = 7
    _nested = "strategy"

    strategy_id = _RequiredRefId(1, "strategy", required=True)
    strategy: _RefObject["Strategy"] = _RefObject(1, "strategy", "strategy")
    position = _Int(2, "position", readonly=True)
    parent_id = _RefId(3, "parent")
    parent: _RefObject[Optional["Element"]] = _RefObject(3, "parent", "element")
    kind: _Enum[ElementKind] = _Enum(4, "kind", ElementKind, required=True)
    title = _RequiredText(5, "title", required=True)
    text = _Text(6, "text")
    delivered_by_id = _RefId(7, "delivered_by")
    delivered_by: _RefObject[Optional["Partnership"]] = _RefObject(7, "delivered_by", "partnership")
    sources_ids = _TextList(8, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(8, "sources", "source")

    def __init__(
        self,
        id: str,
        strategy: Union[str, "Strategy"],
        kind: Union[ElementKind, str],
        title: str,
        *,
        parent: Union[str, "Element", None] = None,
        text: Optional[str] = None,
        delivered_by: Union[str, "Partnership", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new element (not yet in any register): the required fields by position, the others
        by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(7, id)
        self._reg = None
        self._vals = None
        self.strategy_id = strategy
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 4, kind)
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 5, title)
        if parent is not None:
            self.parent_id = parent
        if text is not None:
            self.text = text
        if delivered_by is not None:
            self.delivered_by_id = delivered_by
        if sources:
            self.sources_ids = sources

    def children(self) -> Iterator["Element"]:
        """The elements whose parent is this one, in order. Needs the object to be attached to
        a register.
        """
        return cast(Iterator["Element"], self._related("element", "parent"))

    def agenda_items(self) -> Iterator["AgendaItem"]:
        """The agenda items that concern this element, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "element"))

    def actions(self, status: Union[ActionStatus, str, None] = None) -> Iterator["Action"]:
        """The actions that serve this element (optionally with a status), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Action"], self._related("action", "serves", status=status))

    def indicators(self) -> Iterator["Indicator"]:
        """The indicators that measure this element, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["Indicator"], self._related("indicator", "element"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], strategy: Union[str, "Strategy", None] = None) -> "Element":
        """Builds a detached element from a dict with the keys of the JSON format. In a
        document elements are nested under their strategy's ``elements``, without a
        ``strategy`` key: give ``strategy`` (an id or the strategy) for such a dict.
        """
        return cls._from_dict(data, strategy)

    def move(self, parent: Union[str, "Element", None] = None, index: int = -1) -> None:
        """Moves this element (with the elements under it) under ``parent`` (None: the top
        level), as its ``index``-th child (negative: last), in the register, and refreshes
        this object.
        """
        self._move(parent, index)


class Assessment(Entity):
    """A strategic assessment or needs assessment: when, the period covered, findings and
    priorities.

    Fields::

        * id (required): Stable identifier.
        * partnership (required; partnership_id is the id): The partnership that made it.
        * kind (required): What sort of assessment it is.
        * title: Title.
        * completed_on: When it was completed.
        * start_date: Start of the period it covers.
        * end_date: End of the period it covers; not before start_date.
        * findings: Its findings, in order.
        * priorities: The priorities it sets, in order.
        * feeds (feeds_ids are the ids): The strategy elements its priorities feed.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "assessment"
    _eid = 8

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    kind: _Enum[AssessmentKind] = _Enum(2, "kind", AssessmentKind, required=True)
    title = _Text(3, "title")
    completed_on = _Date(4, "completed_on")
    start_date = _Date(5, "start_date")
    end_date = _Date(6, "end_date")
    findings = _TextList(7, "findings")
    priorities = _TextList(8, "priorities")
    feeds_ids = _TextList(9, "feeds")
    feeds: _RefListObjects["Element"] = _RefListObjects(9, "feeds", "element")
    sources_ids = _TextList(10, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(10, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        kind: Union[AssessmentKind, str],
        *,
        title: Optional[str] = None,
        completed_on: Optional[DateLike] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        findings: Iterable[str] = (),
        priorities: Iterable[str] = (),
        feeds: Iterable[Union[str, "Element"]] = (),
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new assessment (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(8, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 2, kind)
        if title is not None:
            self.title = title
        if completed_on is not None:
            self.completed_on = completed_on
        if start_date is not None:
            self.start_date = start_date
        if end_date is not None:
            self.end_date = end_date
        if findings:
            self.findings = findings
        if priorities:
            self.priorities = priorities
        if feeds:
            self.feeds_ids = feeds
        if sources:
            self.sources_ids = sources


class Discharge(Entity):
    """A dated record that a duty was discharged, with its evidence.

    Fields::

        * id (required): Stable identifier.
        * duty (required; duty_id is the id): The duty discharged.
        * partnership (required; partnership_id is the id): The partnership that discharged it.
        * discharged_on (required): When (full or partial date).
        * title (required): What was done, e.g. "strategic assessment 2024 completed".
        * evidence_title: The evidence: a document's title.
        * evidence_url: The evidence: where it is published.
        * evidence_ref: The evidence: a document or minute reference.
        * note: Anything else.
        * strategy (strategy_id is the id): The strategy that discharged it.
        * assessment (assessment_id is the id): The assessment that discharged it.
        * meeting (meeting_id is the id): The meeting at which the duty was discharged (a plan agreed, an assessment considered).
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "discharge"
    _eid = 9

    duty_id = _RequiredRefId(1, "duty", required=True)
    duty: _RefObject["Duty"] = _RefObject(1, "duty", "duty")
    partnership_id = _RequiredRefId(2, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(2, "partnership", "partnership")
    discharged_on = _RequiredDate(3, "discharged_on", required=True)
    title = _RequiredText(4, "title", required=True)
    evidence_title = _Text(5, "evidence_title")
    evidence_url = _Text(6, "evidence_url")
    evidence_ref = _Text(7, "evidence_ref")
    note = _Text(8, "note")
    strategy_id = _RefId(9, "strategy")
    strategy: _RefObject[Optional["Strategy"]] = _RefObject(9, "strategy", "strategy")
    assessment_id = _RefId(10, "assessment")
    assessment: _RefObject[Optional["Assessment"]] = _RefObject(10, "assessment", "assessment")
    meeting_id = _RefId(11, "meeting")
    meeting: _RefObject[Optional["Meeting"]] = _RefObject(11, "meeting", "meeting")
    sources_ids = _TextList(12, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(12, "sources", "source")

    def __init__(
        self,
        id: str,
        duty: Union[str, "Duty"],
        partnership: Union[str, "Partnership"],
        discharged_on: DateLike,
        title: str,
        *,
        evidence_title: Optional[str] = None,
        evidence_url: Optional[str] = None,
        evidence_ref: Optional[str] = None,
        note: Optional[str] = None,
        strategy: Union[str, "Strategy", None] = None,
        assessment: Union[str, "Assessment", None] = None,
        meeting: Union[str, "Meeting", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new discharge (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(9, id)
        self._reg = None
        self._vals = None
        self.duty_id = duty
        self.partnership_id = partnership
        self.discharged_on = discharged_on
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 4, title)
        if evidence_title is not None:
            self.evidence_title = evidence_title
        if evidence_url is not None:
            self.evidence_url = evidence_url
        if evidence_ref is not None:
            self.evidence_ref = evidence_ref
        if note is not None:
            self.note = note
        if strategy is not None:
            self.strategy_id = strategy
        if assessment is not None:
            self.assessment_id = assessment
        if meeting is not None:
            self.meeting_id = meeting
        if sources:
            self.sources_ids = sources


class Meeting(MeetingMethods, Entity):
    """A dated meeting of a partnership, with its documents, agenda and attendance.

    Fields::

        * id (required): The meeting's id, unique among meetings.
        * partnership (required; partnership_id is the id): The partnership that meets.
        * date (required): The day of the meeting (full, or partial where only the month is known).
        * start_time: When it starts, hh:mm on the 24-hour clock (18:30).
        * duration_minutes: How long it is planned to last, in minutes.
        * kind (required): Scheduled, ad hoc, public or annual.
        * status (required): Planned, confirmed, held, cancelled or postponed.
        * title: A title, where the meeting has one ("Annual public meeting 2024").
        * location: Where it meets (a room, an address, or "online").
        * note: Anything else about the meeting.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "meeting"
    _eid = 10

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    date = _RequiredDate(2, "date", required=True)
    start_time = _Text(3, "start_time")
    duration_minutes = _Int(4, "duration_minutes")
    kind: _Enum[MeetingKind] = _Enum(5, "kind", MeetingKind, required=True)
    status: _Enum[MeetingStatus] = _Enum(6, "status", MeetingStatus, required=True)
    title = _Text(7, "title")
    location = _Text(8, "location")
    note = _Text(9, "note")
    sources_ids = _TextList(10, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(10, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        date: DateLike,
        kind: Union[MeetingKind, str],
        status: Union[MeetingStatus, str],
        *,
        start_time: Optional[str] = None,
        duration_minutes: Optional[int] = None,
        title: Optional[str] = None,
        location: Optional[str] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new meeting (not yet in any register): the required fields by position, the others
        by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(10, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        self.date = date
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 5, kind)
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 6, status)
        if start_time is not None:
            self.start_time = start_time
        if duration_minutes is not None:
            self.duration_minutes = duration_minutes
        if title is not None:
            self.title = title
        if location is not None:
            self.location = location
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    def documents(self) -> Iterator["Document"]:
        """The meeting's documents, in order. Needs the object to be attached to a register."""
        return cast(Iterator["Document"], self._related("document", "meeting"))

    def agenda(self, kind: Union[AgendaItemKind, str, None] = None) -> Iterator["AgendaItem"]:
        """The meeting's agenda items in order (a parent before its children), optionally only
        those of a kind. Needs the object to be attached to a register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "meeting", kind=kind))

    def attendance(self, status: Union[AttendanceStatus, str, None] = None) -> Iterator["Attendance"]:
        """The meeting's attendance records (optionally with a status), in id order. Needs the
        object to be attached to a register.
        """
        return cast(Iterator["Attendance"], self._related("attendance", "meeting", status=status))

    def actions_raised(self) -> Iterator["Action"]:
        """The actions this meeting raised, in id order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["Action"], self._related("action", "raised_at"))


class Document(Entity):
    """A document of a meeting: its agenda, minutes or papers.

    In a JSON document it is nested in its meeting's ``documents`` array.

    Fields::

        * id (required): The document's id, unique among documents.
        * meeting (required; meeting_id is the id): The meeting it belongs to (implied by nesting in JSON).
        * position (kept by libcsp): Its place among the meeting's documents, from 1 (kept by libcsp).
        * kind (required): Agenda, minutes, papers, presentation or other.
        * title (required): Its title as published.
        * url: Where it is published.
        * reference: A reference to it where it has no URL (a file name, a document number).
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "document"
    _eid = 11
    _nested = "meeting"

    meeting_id = _RequiredRefId(1, "meeting", required=True)
    meeting: _RefObject["Meeting"] = _RefObject(1, "meeting", "meeting")
    position = _Int(2, "position", readonly=True)
    kind: _Enum[DocumentKind] = _Enum(3, "kind", DocumentKind, required=True)
    title = _RequiredText(4, "title", required=True)
    url = _Text(5, "url")
    reference = _Text(6, "reference")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")

    def __init__(
        self,
        id: str,
        meeting: Union[str, "Meeting"],
        kind: Union[DocumentKind, str],
        title: str,
        *,
        url: Optional[str] = None,
        reference: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new document (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(11, id)
        self._reg = None
        self._vals = None
        self.meeting_id = meeting
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 3, kind)
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 4, title)
        if url is not None:
            self.url = url
        if reference is not None:
            self.reference = reference
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], meeting: Union[str, "Meeting", None] = None) -> "Document":
        """Builds a detached document from a dict with the keys of the JSON format. In a
        document documents are nested under their meeting's ``documents``, without a
        ``meeting`` key: give ``meeting`` (an id or the meeting) for such a dict.
        """
        return cls._from_dict(data, meeting)


class AgendaItem(Entity):
    """An item on a meeting's agenda; items form an ordered tree (1, 1.1, 1.2).

    In a JSON document it is nested in its meeting's ``agenda`` array.

    Fields::

        * id (required): The item's id, unique among agenda items.
        * meeting (required; meeting_id is the id): The meeting whose agenda it is on (implied by nesting in JSON).
        * position (kept by libcsp): Its place in the agenda, in tree order from 1 (kept by libcsp).
        * parent (parent_id is the id): The item it is part of (1.1 is part of 1), in the same meeting; unset for a top-level item.
        * kind (required): What the item is for.
        * title (required): The item's title as the agenda gives it.
        * restricted: Taken in private (exempt information): a public export leaves the item out.
        * element (element_id is the id): The strategy element it concerns.
        * action (action_id is the id): The action it concerns.
        * risk (risk_id is the id): The risk it concerns.
        * homicide_review (homicide_review_id is the id): The homicide review it concerns (left out of a public export until the review is published).
        * scrutiny_review (scrutiny_review_id is the id): The scrutiny review it concerns.
        * reported_by (reported_by_id is the id): The group that reports (a report back from a task-and-finish or delivery group).
        * outcome: The outcome or decision, as minuted.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "agenda_item"
    _eid = 12
    _nested = "meeting"

    meeting_id = _RequiredRefId(1, "meeting", required=True)
    meeting: _RefObject["Meeting"] = _RefObject(1, "meeting", "meeting")
    position = _Int(2, "position", readonly=True)
    parent_id = _RefId(3, "parent")
    parent: _RefObject[Optional["AgendaItem"]] = _RefObject(3, "parent", "agenda_item")
    kind: _Enum[AgendaItemKind] = _Enum(4, "kind", AgendaItemKind, required=True)
    title = _RequiredText(5, "title", required=True)
    restricted = _Bool(6, "restricted")
    element_id = _RefId(7, "element")
    element: _RefObject[Optional["Element"]] = _RefObject(7, "element", "element")
    action_id = _RefId(8, "action")
    action: _RefObject[Optional["Action"]] = _RefObject(8, "action", "action")
    risk_id = _RefId(9, "risk")
    risk: _RefObject[Optional["Risk"]] = _RefObject(9, "risk", "risk")
    homicide_review_id = _RefId(10, "homicide_review")
    homicide_review: _RefObject[Optional["HomicideReview"]] = _RefObject(10, "homicide_review", "homicide_review")
    scrutiny_review_id = _RefId(11, "scrutiny_review")
    scrutiny_review: _RefObject[Optional["ScrutinyReview"]] = _RefObject(11, "scrutiny_review", "scrutiny_review")
    reported_by_id = _RefId(12, "reported_by")
    reported_by: _RefObject[Optional["Partnership"]] = _RefObject(12, "reported_by", "partnership")
    outcome = _Text(13, "outcome")
    sources_ids = _TextList(14, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(14, "sources", "source")

    def __init__(
        self,
        id: str,
        meeting: Union[str, "Meeting"],
        kind: Union[AgendaItemKind, str],
        title: str,
        *,
        parent: Union[str, "AgendaItem", None] = None,
        restricted: bool = False,
        element: Union[str, "Element", None] = None,
        action: Union[str, "Action", None] = None,
        risk: Union[str, "Risk", None] = None,
        homicide_review: Union[str, "HomicideReview", None] = None,
        scrutiny_review: Union[str, "ScrutinyReview", None] = None,
        reported_by: Union[str, "Partnership", None] = None,
        outcome: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new agenda_item (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(12, id)
        self._reg = None
        self._vals = None
        self.meeting_id = meeting
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 4, kind)
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 5, title)
        if parent is not None:
            self.parent_id = parent
        if restricted:
            self.restricted = restricted
        if element is not None:
            self.element_id = element
        if action is not None:
            self.action_id = action
        if risk is not None:
            self.risk_id = risk
        if homicide_review is not None:
            self.homicide_review_id = homicide_review
        if scrutiny_review is not None:
            self.scrutiny_review_id = scrutiny_review
        if reported_by is not None:
            self.reported_by_id = reported_by
        if outcome is not None:
            self.outcome = outcome
        if sources:
            self.sources_ids = sources

    def children(self) -> Iterator["AgendaItem"]:
        """The items that are part of this one, in order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "parent"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], meeting: Union[str, "Meeting", None] = None) -> "AgendaItem":
        """Builds a detached agenda_item from a dict with the keys of the JSON format. In a
        document agenda_items are nested under their meeting's ``agenda``, without a
        ``meeting`` key: give ``meeting`` (an id or the meeting) for such a dict.
        """
        return cls._from_dict(data, meeting)

    def move(self, parent: Union[str, "AgendaItem", None] = None, index: int = -1) -> None:
        """Moves this agenda_item (with the agenda_items under it) under ``parent`` (None: the
        top level), as its ``index``-th child (negative: last), in the register, and
        refreshes this object.
        """
        self._move(parent, index)


class Attendance(Entity):
    """Whether a seat was present at a meeting, sent apologies or was absent, and who substituted.

    In a JSON document it is nested in its meeting's ``attendance`` array.

    Fields::

        * id (required): The attendance record's id, unique among attendance records.
        * meeting (required; meeting_id is the id): The meeting (implied by nesting in JSON).
        * membership (required; membership_id is the id): The seat, on the meeting's partnership and in post on the meeting's date.
        * status (required): Present, apologies or absent.
        * substitute (substitute_id is the id): The person who attended in the seat's holder's place.
        * note: Anything else ("left after item 3").
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "attendance"
    _eid = 13
    _nested = "meeting"

    meeting_id = _RequiredRefId(1, "meeting", required=True)
    meeting: _RefObject["Meeting"] = _RefObject(1, "meeting", "meeting")
    membership_id = _RequiredRefId(2, "membership", required=True)
    membership: _RefObject["Membership"] = _RefObject(2, "membership", "membership")
    status: _Enum[AttendanceStatus] = _Enum(3, "status", AttendanceStatus, required=True)
    substitute_id = _RefId(4, "substitute")
    substitute: _RefObject[Optional["Person"]] = _RefObject(4, "substitute", "person")
    note = _Text(5, "note")
    sources_ids = _TextList(6, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(6, "sources", "source")

    def __init__(
        self,
        id: str,
        meeting: Union[str, "Meeting"],
        membership: Union[str, "Membership"],
        status: Union[AttendanceStatus, str],
        *,
        substitute: Union[str, "Person", None] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new attendance (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(13, id)
        self._reg = None
        self._vals = None
        self.meeting_id = meeting
        self.membership_id = membership
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 3, status)
        if substitute is not None:
            self.substitute_id = substitute
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], meeting: Union[str, "Meeting", None] = None) -> "Attendance":
        """Builds a detached attendance from a dict with the keys of the JSON format. In a
        document attendances are nested under their meeting's ``attendance``, without a
        ``meeting`` key: give ``meeting`` (an id or the meeting) for such a dict.
        """
        return cls._from_dict(data, meeting)


class Action(Entity):
    """An action: what is to be done, who is accountable for it, by when.

    Fields::

        * id (required): The action's id, unique among actions.
        * partnership (required; partnership_id is the id): The partnership whose action it is.
        * title (required): What is to be done, in a line.
        * description: More about it.
        * raised_on: The date it was raised (agreed).
        * raised_at (raised_at_id is the id): The meeting that raised it, of the same partnership.
        * raised_at_item (raised_at_item_id is the id): The agenda item that raised it, of the meeting raised_at.
        * serves (serves_id is the id): The strategy element (priority, objective) it serves.
        * champion (champion_id is the id): The accountable officer: a seat on the action's partnership.
        * owner_partnership (owner_partnership_id is the id): The group that owns the work (a task-and-finish or delivery group), when a partnership owns it.
        * owner_organisation (owner_organisation_id is the id): The organisation that owns the work, when an organisation owns it.
        * due_on: When it is due (a partial date is due by the end of the period it names).
        * status (required): Open, in progress, done, cancelled or superseded.
        * rag: Its red, amber or green rating.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "action"
    _eid = 14

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    title = _RequiredText(2, "title", required=True)
    description = _Text(3, "description")
    raised_on = _Date(4, "raised_on")
    raised_at_id = _RefId(5, "raised_at")
    raised_at: _RefObject[Optional["Meeting"]] = _RefObject(5, "raised_at", "meeting")
    raised_at_item_id = _RefId(6, "raised_at_item")
    raised_at_item: _RefObject[Optional["AgendaItem"]] = _RefObject(6, "raised_at_item", "agenda_item")
    serves_id = _RefId(7, "serves")
    serves: _RefObject[Optional["Element"]] = _RefObject(7, "serves", "element")
    champion_id = _RefId(8, "champion")
    champion: _RefObject[Optional["Membership"]] = _RefObject(8, "champion", "membership")
    owner_partnership_id = _RefId(9, "owner_partnership")
    owner_partnership: _RefObject[Optional["Partnership"]] = _RefObject(9, "owner_partnership", "partnership")
    owner_organisation_id = _RefId(10, "owner_organisation")
    owner_organisation: _RefObject[Optional["Organisation"]] = _RefObject(10, "owner_organisation", "organisation")
    due_on = _Date(11, "due_on")
    status: _Enum[ActionStatus] = _Enum(12, "status", ActionStatus, required=True)
    rag: _Enum[Optional[Rag]] = _Enum(13, "rag", Rag)
    sources_ids = _TextList(14, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(14, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        title: str,
        status: Union[ActionStatus, str],
        *,
        description: Optional[str] = None,
        raised_on: Optional[DateLike] = None,
        raised_at: Union[str, "Meeting", None] = None,
        raised_at_item: Union[str, "AgendaItem", None] = None,
        serves: Union[str, "Element", None] = None,
        champion: Union[str, "Membership", None] = None,
        owner_partnership: Union[str, "Partnership", None] = None,
        owner_organisation: Union[str, "Organisation", None] = None,
        due_on: Optional[DateLike] = None,
        rag: Union[Rag, str, None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new action (not yet in any register): the required fields by position, the others
        by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(14, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 2, title)
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 12, status)
        if description is not None:
            self.description = description
        if raised_on is not None:
            self.raised_on = raised_on
        if raised_at is not None:
            self.raised_at_id = raised_at
        if raised_at_item is not None:
            self.raised_at_item_id = raised_at_item
        if serves is not None:
            self.serves_id = serves
        if champion is not None:
            self.champion_id = champion
        if owner_partnership is not None:
            self.owner_partnership_id = owner_partnership
        if owner_organisation is not None:
            self.owner_organisation_id = owner_organisation
        if due_on is not None:
            self.due_on = due_on
        if rag is not None:
            self.rag = rag
        if sources:
            self.sources_ids = sources

    def agenda_items(self) -> Iterator["AgendaItem"]:
        """The agenda items that concern this action, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "action"))

    def updates(self) -> Iterator["ActionUpdate"]:
        """The action's progress updates, in order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["ActionUpdate"], self._related("action_update", "action"))


class ActionUpdate(Entity):
    """A dated progress update on an action.

    In a JSON document it is nested in its action's ``updates`` array.

    Fields::

        * id (required): The update's id, unique among action updates.
        * action (required; action_id is the id): The action (implied by nesting in JSON).
        * position (kept by libcsp): Its place among the action's updates, from 1 (kept by libcsp).
        * date (required): The date of the update, not before the action was raised.
        * status: The action's status as of the update.
        * rag: The RAG rating as of the update.
        * note: What was reported.
        * reported_at (reported_at_id is the id): The meeting it was reported to.
        * reported_by (reported_by_id is the id): The seat that reported it, on the action's partnership.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "action_update"
    _eid = 15
    _nested = "action"

    action_id = _RequiredRefId(1, "action", required=True)
    action: _RefObject["Action"] = _RefObject(1, "action", "action")
    position = _Int(2, "position", readonly=True)
    date = _RequiredDate(3, "date", required=True)
    status: _Enum[Optional[ActionStatus]] = _Enum(4, "status", ActionStatus)
    rag: _Enum[Optional[Rag]] = _Enum(5, "rag", Rag)
    note = _Text(6, "note")
    reported_at_id = _RefId(7, "reported_at")
    reported_at: _RefObject[Optional["Meeting"]] = _RefObject(7, "reported_at", "meeting")
    reported_by_id = _RefId(8, "reported_by")
    reported_by: _RefObject[Optional["Membership"]] = _RefObject(8, "reported_by", "membership")
    sources_ids = _TextList(9, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(9, "sources", "source")

    def __init__(
        self,
        id: str,
        action: Union[str, "Action"],
        date: DateLike,
        *,
        status: Union[ActionStatus, str, None] = None,
        rag: Union[Rag, str, None] = None,
        note: Optional[str] = None,
        reported_at: Union[str, "Meeting", None] = None,
        reported_by: Union[str, "Membership", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new action_update (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = _c.csp_record_new(15, id)
        self._reg = None
        self._vals = None
        self.action_id = action
        self.date = date
        if status is not None:
            self.status = status
        if rag is not None:
            self.rag = rag
        if note is not None:
            self.note = note
        if reported_at is not None:
            self.reported_at_id = reported_at
        if reported_by is not None:
            self.reported_by_id = reported_by
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], action: Union[str, "Action", None] = None) -> "ActionUpdate":
        """Builds a detached action_update from a dict with the keys of the JSON format. In a
        document action_updates are nested under their action's ``updates``, without a
        ``action`` key: give ``action`` (an id or the action) for such a dict.
        """
        return cls._from_dict(data, action)


class Risk(Entity):
    """A risk on a partnership's risk register.

    Fields::

        * id (required): The risk's id, unique among risks.
        * partnership (required; partnership_id is the id): The partnership whose register it is on.
        * title (required): The risk, in a line.
        * description: Cause, event and consequence.
        * owner (owner_id is the id): The seat that owns it, on the risk's partnership.
        * likelihood: How likely, from 1 (rare) to 5 (almost certain).
        * impact: How severe, from 1 (negligible) to 5 (severe).
        * score (kept by libcsp): Likelihood times impact, 1 to 25 (kept by libcsp; 0 until both are set).
        * status (required): Open, treated, tolerated or closed.
        * mitigations: What is done to reduce it, in order.
        * reviewed_at (reviewed_at_id is the id): The agenda item that last reviewed it.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "risk"
    _eid = 16

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    title = _RequiredText(2, "title", required=True)
    description = _Text(3, "description")
    owner_id = _RefId(4, "owner")
    owner: _RefObject[Optional["Membership"]] = _RefObject(4, "owner", "membership")
    likelihood = _Int(5, "likelihood")
    impact = _Int(6, "impact")
    score = _Int(7, "score", readonly=True)
    status: _Enum[RiskStatus] = _Enum(8, "status", RiskStatus, required=True)
    mitigations = _TextList(9, "mitigations")
    reviewed_at_id = _RefId(10, "reviewed_at")
    reviewed_at: _RefObject[Optional["AgendaItem"]] = _RefObject(10, "reviewed_at", "agenda_item")
    sources_ids = _TextList(11, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(11, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        title: str,
        status: Union[RiskStatus, str],
        *,
        description: Optional[str] = None,
        owner: Union[str, "Membership", None] = None,
        likelihood: Optional[int] = None,
        impact: Optional[int] = None,
        mitigations: Iterable[str] = (),
        reviewed_at: Union[str, "AgendaItem", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new risk (not yet in any register): the required fields by position, the others by
        keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(16, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 2, title)
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 8, status)
        if description is not None:
            self.description = description
        if owner is not None:
            self.owner_id = owner
        if likelihood is not None:
            self.likelihood = likelihood
        if impact is not None:
            self.impact = impact
        if mitigations:
            self.mitigations = mitigations
        if reviewed_at is not None:
            self.reviewed_at_id = reviewed_at
        if sources:
            self.sources_ids = sources

    def agenda_items(self) -> Iterator["AgendaItem"]:
        """The agenda items that concern this risk, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["AgendaItem"], self._related("agenda_item", "risk"))

    def reviews(self) -> Iterator["RiskReview"]:
        """The risk's dated reviews, in order. Needs the object to be attached to a register."""
        return cast(Iterator["RiskReview"], self._related("risk_review", "risk"))


class RiskReview(Entity):
    """A dated review of a risk, with the score then.

    In a JSON document it is nested in its risk's ``reviews`` array.

    Fields::

        * id (required): The review's id, unique among risk reviews.
        * risk (required; risk_id is the id): The risk (implied by nesting in JSON).
        * position (kept by libcsp): Its place among the risk's reviews, from 1 (kept by libcsp).
        * date (required): The date of the review.
        * likelihood: The likelihood then, 1 to 5.
        * impact: The impact then, 1 to 5.
        * score (kept by libcsp): The score then: likelihood times impact (kept by libcsp).
        * status: The risk's status after the review.
        * note: What the review found.
        * reviewed_at (reviewed_at_id is the id): The agenda item at which it was reviewed.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "risk_review"
    _eid = 17
    _nested = "risk"

    risk_id = _RequiredRefId(1, "risk", required=True)
    risk: _RefObject["Risk"] = _RefObject(1, "risk", "risk")
    position = _Int(2, "position", readonly=True)
    date = _RequiredDate(3, "date", required=True)
    likelihood = _Int(4, "likelihood")
    impact = _Int(5, "impact")
    score = _Int(6, "score", readonly=True)
    status: _Enum[Optional[RiskStatus]] = _Enum(7, "status", RiskStatus)
    note = _Text(8, "note")
    reviewed_at_id = _RefId(9, "reviewed_at")
    reviewed_at: _RefObject[Optional["AgendaItem"]] = _RefObject(9, "reviewed_at", "agenda_item")
    sources_ids = _TextList(10, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(10, "sources", "source")

    def __init__(
        self,
        id: str,
        risk: Union[str, "Risk"],
        date: DateLike,
        *,
        likelihood: Optional[int] = None,
        impact: Optional[int] = None,
        status: Union[RiskStatus, str, None] = None,
        note: Optional[str] = None,
        reviewed_at: Union[str, "AgendaItem", None] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new risk_review (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = _c.csp_record_new(17, id)
        self._reg = None
        self._vals = None
        self.risk_id = risk
        self.date = date
        if likelihood is not None:
            self.likelihood = likelihood
        if impact is not None:
            self.impact = impact
        if status is not None:
            self.status = status
        if note is not None:
            self.note = note
        if reviewed_at is not None:
            self.reviewed_at_id = reviewed_at
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], risk: Union[str, "Risk", None] = None) -> "RiskReview":
        """Builds a detached risk_review from a dict with the keys of the JSON format. In a
        document risk_reviews are nested under their risk's ``reviews``, without a ``risk``
        key: give ``risk`` (an id or the risk) for such a dict.
        """
        return cls._from_dict(data, risk)


class HomicideReview(Entity):
    """A domestic homicide review (or domestic abuse related death review): a reference and its
    milestones, nothing personal.

    Fields::

        * id (required): The review's id, unique among homicide reviews.
        * partnership (required; partnership_id is the id): The partnership that decides on and commissions it (the CSP).
        * kind (required): A domestic homicide review or a domestic abuse related death review.
        * reference (required): Its reference ("DHR 2021/03"): the only thing that names it. No name of the victim or the perpetrator.
        * status (required): Where it stands.
        * notified_on (required): When the police notified the partnership of the death.
        * decision: Whether to hold a review.
        * decided_on: When that was decided.
        * chair_appointed_on: When the independent chair was appointed.
        * commissioned_on: When the review was commissioned.
        * submitted_on: When the report was submitted to the Home Office quality assurance panel.
        * quality_assured_on: When the panel quality-assured it.
        * published_on: When the report was published. Until then a public export leaves the review out.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "homicide_review"
    _eid = 18

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    kind: _Enum[HomicideReviewKind] = _Enum(2, "kind", HomicideReviewKind, required=True)
    reference = _RequiredText(3, "reference", required=True)
    status: _Enum[HomicideReviewStatus] = _Enum(4, "status", HomicideReviewStatus, required=True)
    notified_on = _RequiredDate(5, "notified_on", required=True)
    decision: _Enum[Optional[ReviewDecision]] = _Enum(6, "decision", ReviewDecision)
    decided_on = _Date(7, "decided_on")
    chair_appointed_on = _Date(8, "chair_appointed_on")
    commissioned_on = _Date(9, "commissioned_on")
    submitted_on = _Date(10, "submitted_on")
    quality_assured_on = _Date(11, "quality_assured_on")
    published_on = _Date(12, "published_on")
    sources_ids = _TextList(13, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(13, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        kind: Union[HomicideReviewKind, str],
        reference: str,
        status: Union[HomicideReviewStatus, str],
        notified_on: DateLike,
        *,
        decision: Union[ReviewDecision, str, None] = None,
        decided_on: Optional[DateLike] = None,
        chair_appointed_on: Optional[DateLike] = None,
        commissioned_on: Optional[DateLike] = None,
        submitted_on: Optional[DateLike] = None,
        quality_assured_on: Optional[DateLike] = None,
        published_on: Optional[DateLike] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new homicide_review (not yet in any register): the required fields by position,
        the others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(18, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 2, kind)
        if reference is None:
            raise RequiredFieldError("reference is required", CSP_EREQUIRED, "reference")
        _c.csp_record_set_text(record, 3, reference)
        if status is None:
            raise RequiredFieldError("status is required", CSP_EREQUIRED, "status")
        _c.csp_record_set_text(record, 4, status)
        self.notified_on = notified_on
        if decision is not None:
            self.decision = decision
        if decided_on is not None:
            self.decided_on = decided_on
        if chair_appointed_on is not None:
            self.chair_appointed_on = chair_appointed_on
        if commissioned_on is not None:
            self.commissioned_on = commissioned_on
        if submitted_on is not None:
            self.submitted_on = submitted_on
        if quality_assured_on is not None:
            self.quality_assured_on = quality_assured_on
        if published_on is not None:
            self.published_on = published_on
        if sources:
            self.sources_ids = sources


class ScrutinyReview(Entity):
    """A crime and disorder committee's review of a partnership, with its recommendations.

    Fields::

        * id (required): The review's id, unique among scrutiny reviews.
        * committee (required; committee_id is the id): The committee that reviewed (a partnership of kind scrutiny_committee).
        * scrutinised (required; scrutinised_id is the id): The partnership it scrutinised.
        * date (required): The date of the review (the committee's meeting).
        * topic (required): What it looked at.
        * note: Anything else about it.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "scrutiny_review"
    _eid = 19

    committee_id = _RequiredRefId(1, "committee", required=True)
    committee: _RefObject["Partnership"] = _RefObject(1, "committee", "partnership")
    scrutinised_id = _RequiredRefId(2, "scrutinised", required=True)
    scrutinised: _RefObject["Partnership"] = _RefObject(2, "scrutinised", "partnership")
    date = _RequiredDate(3, "date", required=True)
    topic = _RequiredText(4, "topic", required=True)
    note = _Text(5, "note")
    sources_ids = _TextList(6, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(6, "sources", "source")

    def __init__(
        self,
        id: str,
        committee: Union[str, "Partnership"],
        scrutinised: Union[str, "Partnership"],
        date: DateLike,
        topic: str,
        *,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new scrutiny_review (not yet in any register): the required fields by position,
        the others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(19, id)
        self._reg = None
        self._vals = None
        self.committee_id = committee
        self.scrutinised_id = scrutinised
        self.date = date
        if topic is None:
            raise RequiredFieldError("topic is required", CSP_EREQUIRED, "topic")
        _c.csp_record_set_text(record, 4, topic)
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    def recommendations(self) -> Iterator["Recommendation"]:
        """The review's recommendations, in order. Needs the object to be attached to a
        register.
        """
        return cast(Iterator["Recommendation"], self._related("recommendation", "scrutiny_review"))


class Recommendation(Entity):
    """A recommendation of a scrutiny review, and the response to it.

    In a JSON document it is nested in its scrutiny_review's ``recommendations`` array.

    Fields::

        * id (required): The recommendation's id, unique among recommendations.
        * scrutiny_review (required; scrutiny_review_id is the id): The scrutiny review (implied by nesting in JSON).
        * position (kept by libcsp): Its number among the review's recommendations, from 1 (kept by libcsp).
        * text (required): The recommendation as made.
        * response: Accepted, partly accepted or rejected; unset until answered.
        * responded_on: When it was answered.
        * response_text: The response as given.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "recommendation"
    _eid = 20
    _nested = "scrutiny_review"

    scrutiny_review_id = _RequiredRefId(1, "scrutiny_review", required=True)
    scrutiny_review: _RefObject["ScrutinyReview"] = _RefObject(1, "scrutiny_review", "scrutiny_review")
    position = _Int(2, "position", readonly=True)
    text = _RequiredText(3, "text", required=True)
    response: _Enum[Optional[ResponseKind]] = _Enum(4, "response", ResponseKind)
    responded_on = _Date(5, "responded_on")
    response_text = _Text(6, "response_text")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")

    def __init__(
        self,
        id: str,
        scrutiny_review: Union[str, "ScrutinyReview"],
        text: str,
        *,
        response: Union[ResponseKind, str, None] = None,
        responded_on: Optional[DateLike] = None,
        response_text: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new recommendation (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(20, id)
        self._reg = None
        self._vals = None
        self.scrutiny_review_id = scrutiny_review
        if text is None:
            raise RequiredFieldError("text is required", CSP_EREQUIRED, "text")
        _c.csp_record_set_text(record, 3, text)
        if response is not None:
            self.response = response
        if responded_on is not None:
            self.responded_on = responded_on
        if response_text is not None:
            self.response_text = response_text
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], scrutiny_review: Union[str, "ScrutinyReview", None] = None) -> "Recommendation":
        """Builds a detached recommendation from a dict with the keys of the JSON format. In a
        document recommendations are nested under their scrutiny_review's
        ``recommendations``, without a ``scrutiny_review`` key: give ``scrutiny_review`` (an
        id or the scrutiny_review) for such a dict.
        """
        return cls._from_dict(data, scrutiny_review)


class Indicator(Entity):
    """A measure a partnership watches, with its target and dated values.

    Fields::

        * id (required): The indicator's id, unique among indicators.
        * partnership (required; partnership_id is the id): The partnership that watches it.
        * name (required): What it measures ("Knife crime with injury, victims under 25").
        * unit: Its unit ("offences", "per 1,000 residents", "%").
        * direction: Whether higher or lower is better.
        * target: The target, a decimal number as written ("7.5").
        * element (element_id is the id): The strategy element it measures.
        * note: How it is counted, where the data come from.
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "indicator"
    _eid = 21

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    name = _RequiredText(2, "name", required=True)
    unit = _Text(3, "unit")
    direction: _Enum[Optional[IndicatorDirection]] = _Enum(4, "direction", IndicatorDirection)
    target = _Text(5, "target")
    element_id = _RefId(6, "element")
    element: _RefObject[Optional["Element"]] = _RefObject(6, "element", "element")
    note = _Text(7, "note")
    sources_ids = _TextList(8, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(8, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        name: str,
        *,
        unit: Optional[str] = None,
        direction: Union[IndicatorDirection, str, None] = None,
        target: Optional[str] = None,
        element: Union[str, "Element", None] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new indicator (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(21, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if name is None:
            raise RequiredFieldError("name is required", CSP_EREQUIRED, "name")
        _c.csp_record_set_text(record, 2, name)
        if unit is not None:
            self.unit = unit
        if direction is not None:
            self.direction = direction
        if target is not None:
            self.target = target
        if element is not None:
            self.element_id = element
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    def values(self) -> Iterator["IndicatorValue"]:
        """The indicator's values, in order. Needs the object to be attached to a register."""
        return cast(Iterator["IndicatorValue"], self._related("indicator_value", "indicator"))


class IndicatorValue(Entity):
    """The value of an indicator for a period.

    In a JSON document it is nested in its indicator's ``values`` array.

    Fields::

        * id (required): The value's id, unique among indicator values.
        * indicator (required; indicator_id is the id): The indicator (implied by nesting in JSON).
        * position (kept by libcsp): Its place among the indicator's values, from 1 (kept by libcsp).
        * period_start (required): The period: its start, or the whole of it for a partial date ("2023" for the year 2023).
        * period_end: The period's end, where it is not the period period_start names.
        * value (required): The value, a decimal number as written ("7.4").
        * note: Anything about this value (provisional, revised).
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "indicator_value"
    _eid = 22
    _nested = "indicator"

    indicator_id = _RequiredRefId(1, "indicator", required=True)
    indicator: _RefObject["Indicator"] = _RefObject(1, "indicator", "indicator")
    position = _Int(2, "position", readonly=True)
    period_start = _RequiredDate(3, "period_start", required=True)
    period_end = _Date(4, "period_end")
    value = _RequiredText(5, "value", required=True)
    note = _Text(6, "note")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")

    def __init__(
        self,
        id: str,
        indicator: Union[str, "Indicator"],
        period_start: DateLike,
        value: str,
        *,
        period_end: Optional[DateLike] = None,
        note: Optional[str] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new indicator_value (not yet in any register): the required fields by position,
        the others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(22, id)
        self._reg = None
        self._vals = None
        self.indicator_id = indicator
        self.period_start = period_start
        if value is None:
            raise RequiredFieldError("value is required", CSP_EREQUIRED, "value")
        _c.csp_record_set_text(record, 5, value)
        if period_end is not None:
            self.period_end = period_end
        if note is not None:
            self.note = note
        if sources:
            self.sources_ids = sources

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], indicator: Union[str, "Indicator", None] = None) -> "IndicatorValue":
        """Builds a detached indicator_value from a dict with the keys of the JSON format. In a
        document indicator_values are nested under their indicator's ``values``, without a
        ``indicator`` key: give ``indicator`` (an id or the indicator) for such a dict.
        """
        return cls._from_dict(data, indicator)


class StandingItem(Entity):
    """An item of the agenda every meeting of a partnership follows (its terms of reference), as an
    ordered tree.

    In a JSON document it is nested in its partnership's ``standing_agenda`` array.

    Fields::

        * id (required): The item's id, unique among standing items.
        * partnership (required; partnership_id is the id): The partnership whose meetings follow it (implied by nesting in JSON).
        * position (kept by libcsp): Its place in the standing agenda, in tree order from 1 (kept by libcsp).
        * parent (parent_id is the id): The part of the agenda it belongs to ("First hour"); unset for a part or a top-level item.
        * kind (required): What the item is for (a part of the agenda is "other").
        * title (required): The item as the terms of reference give it.
        * minutes: The time it is given, in minutes ("First hour": 60).
        * sources (sources_ids are the ids): Where this record's facts came from (source records), in order.
    """

    __slots__ = ()
    _entity = "standing_item"
    _eid = 23
    _nested = "partnership"

    partnership_id = _RequiredRefId(1, "partnership", required=True)
    partnership: _RefObject["Partnership"] = _RefObject(1, "partnership", "partnership")
    position = _Int(2, "position", readonly=True)
    parent_id = _RefId(3, "parent")
    parent: _RefObject[Optional["StandingItem"]] = _RefObject(3, "parent", "standing_item")
    kind: _Enum[AgendaItemKind] = _Enum(4, "kind", AgendaItemKind, required=True)
    title = _RequiredText(5, "title", required=True)
    minutes = _Int(6, "minutes")
    sources_ids = _TextList(7, "sources")
    sources: _RefListObjects["Source"] = _RefListObjects(7, "sources", "source")

    def __init__(
        self,
        id: str,
        partnership: Union[str, "Partnership"],
        kind: Union[AgendaItemKind, str],
        title: str,
        *,
        parent: Union[str, "StandingItem", None] = None,
        minutes: Optional[int] = None,
        sources: Iterable[Union[str, "Source"]] = (),
    ) -> None:
        """A new standing_item (not yet in any register): the required fields by position, the
        others by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        record = self._obj = _c.csp_record_new(23, id)
        self._reg = None
        self._vals = None
        self.partnership_id = partnership
        if kind is None:
            raise RequiredFieldError("kind is required", CSP_EREQUIRED, "kind")
        _c.csp_record_set_text(record, 4, kind)
        if title is None:
            raise RequiredFieldError("title is required", CSP_EREQUIRED, "title")
        _c.csp_record_set_text(record, 5, title)
        if parent is not None:
            self.parent_id = parent
        if minutes is not None:
            self.minutes = minutes
        if sources:
            self.sources_ids = sources

    def children(self) -> Iterator["StandingItem"]:
        """The items of this part, in order. Needs the object to be attached to a register."""
        return cast(Iterator["StandingItem"], self._related("standing_item", "parent"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], partnership: Union[str, "Partnership", None] = None) -> "StandingItem":
        """Builds a detached standing_item from a dict with the keys of the JSON format. In a
        document standing_items are nested under their partnership's ``standing_agenda``,
        without a ``partnership`` key: give ``partnership`` (an id or the partnership) for
        such a dict.
        """
        return cls._from_dict(data, partnership)

    def move(self, parent: Union[str, "StandingItem", None] = None, index: int = -1) -> None:
        """Moves this standing_item (with the standing_items under it) under ``parent`` (None:
        the top level), as its ``index``-th child (negative: last), in the register, and
        refreshes this object.
        """
        self._move(parent, index)


class Source(Entity):
    """A page or document that states facts in the register (Popolo's sources).

    Fields::

        * id (required): The source's id, unique among sources.
        * url: Where it is published.
        * reference: A reference to a document that has no URL.
        * title: Its title.
        * updated_on: The date the source states it was published or last updated ("last updated on 7 June 2018").
        * read_on: The date it was read.
        * note: What it was used for, or what it says of itself.
    """

    __slots__ = ()
    _entity = "source"
    _eid = 24

    url = _Text(1, "url")
    reference = _Text(2, "reference")
    title = _Text(3, "title")
    updated_on = _Date(4, "updated_on")
    read_on = _Date(5, "read_on")
    note = _Text(6, "note")

    def __init__(
        self,
        id: str,
        *,
        url: Optional[str] = None,
        reference: Optional[str] = None,
        title: Optional[str] = None,
        updated_on: Optional[DateLike] = None,
        read_on: Optional[DateLike] = None,
        note: Optional[str] = None,
    ) -> None:
        """A new source (not yet in any register): the required fields by position, the others
        by keyword.
        """
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = _c.csp_record_new(24, id)
        self._reg = None
        self._vals = None
        if url is not None:
            self.url = url
        if reference is not None:
            self.reference = reference
        if title is not None:
            self.title = title
        if updated_on is not None:
            self.updated_on = updated_on
        if read_on is not None:
            self.read_on = read_on
        if note is not None:
            self.note = note


# ---------------------------------------------------------------------------
# Collections
# ---------------------------------------------------------------------------


class Organisations(Collection[Organisation]):
    """The organisations of a register (``reg.organisations``): An agency or body, its kind and its
    statutory standing.
    """

    _cls = Organisation

    def filter(
        self,
        *,
        kind: Union[OrganisationKind, str, None] = None,
        area: Optional[str] = None,
        responsible_authority: Optional[bool] = None,
        serious_violence_duty_holder: Optional[bool] = None,
        cooperating_body: Optional[bool] = None,
    ) -> EntityIterator[Organisation]:
        """The organisations whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "kind": kind,
                "area": area,
                "responsible_authority": responsible_authority,
                "serious_violence_duty_holder": serious_violence_duty_holder,
                "cooperating_body": cooperating_body,
            }
        )

    def in_force(self, date: DateLike) -> Query[Organisation]:
        """A query of the organisations in force on ``date``: it started on or before the date
        and did not end before it (a partial date is the period it names; an unset
        established_on or dissolved_on leaves that side open).
        """
        return self.where_in_force(date)


class People(Collection[Person]):
    """The people of a register (``reg.people``): Someone who sits on a partnership; may be marked
    private.
    """

    _cls = Person

    def filter(
        self,
        *,
        private: Optional[bool] = None,
    ) -> EntityIterator[Person]:
        """The people whose fields equal every argument given (in id order); None matches any.
        References take an id or the entity; flags True or False. For other conditions, use
        :meth:`where`.
        """
        return self._iterate(
            {
                "private": private,
            }
        )


class Partnerships(Collection[Partnership]):
    """The partnerships of a register (``reg.partnerships``): A CSP, or a board, group or committee
    around it.
    """

    _cls = Partnership

    def filter(
        self,
        *,
        kind: Union[PartnershipKind, str, None] = None,
        area: Optional[str] = None,
        area_code: Optional[str] = None,
        parent: Union[str, "Partnership", None] = None,
        accountable_to: Union[str, "Partnership", None] = None,
        scrutinised_by: Union[str, "Partnership", None] = None,
    ) -> EntityIterator[Partnership]:
        """The partnerships whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "kind": kind,
                "area": area,
                "area_code": area_code,
                "parent": parent,
                "accountable_to": accountable_to,
                "scrutinised_by": scrutinised_by,
            }
        )


class Memberships(Collection[Membership]):
    """The memberships of a register (``reg.memberships``): A seat on a partnership: organisation,
    optional person, role and post.
    """

    _cls = Membership

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        organisation: Union[str, "Organisation", None] = None,
        person: Union[str, "Person", None] = None,
        role: Union[Role, str, None] = None,
    ) -> EntityIterator[Membership]:
        """The memberships whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "organisation": organisation,
                "person": person,
                "role": role,
            }
        )

    def in_force(self, date: DateLike) -> Query[Membership]:
        """A query of the memberships in force on ``date``: it started on or before the date
        and did not end before it (a partial date is the period it names; an unset
        start_date or end_date leaves that side open).
        """
        return self.where_in_force(date)


class Duties(Collection[Duty]):
    """The duties of a register (``reg.duties``): A statutory duty: its legal source, commencement,
    recurrence and who it falls on.
    """

    _cls = Duty

    def filter(
        self,
        *,
        recurrence: Union[DutyRecurrence, str, None] = None,
        confidence: Union[Confidence, str, None] = None,
        builtin: Optional[bool] = None,
    ) -> EntityIterator[Duty]:
        """The duties whose fields equal every argument given (in id order); None matches any.
        References take an id or the entity; flags True or False. For other conditions, use
        :meth:`where`.
        """
        return self._iterate(
            {
                "recurrence": recurrence,
                "confidence": confidence,
                "builtin": builtin,
            }
        )


class DutyHoldings(Collection[DutyHolding]):
    """The duty_holdings of a register (``reg.duty_holdings``): Which partnership or organisation
    holds a duty, from when.
    """

    _cls = DutyHolding

    def filter(
        self,
        *,
        duty: Union[str, "Duty", None] = None,
        partnership: Union[str, "Partnership", None] = None,
        organisation: Union[str, "Organisation", None] = None,
    ) -> EntityIterator[DutyHolding]:
        """The duty_holdings whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "duty": duty,
                "partnership": partnership,
                "organisation": organisation,
            }
        )

    def in_force(self, date: DateLike) -> Query[DutyHolding]:
        """A query of the duty_holdings in force on ``date``: it started on or before the date
        and did not end before it (a partial date is the period it names; an unset
        start_date or end_date leaves that side open).
        """
        return self.where_in_force(date)


class Strategies(Collection[Strategy]):
    """The strategies of a register (``reg.strategies``): A strategy or plan of a partnership:
    period, status, vision, duties covered, and its elements.
    """

    _cls = Strategy

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        kind: Union[StrategyKind, str, None] = None,
        status: Union[StrategyStatus, str, None] = None,
    ) -> EntityIterator[Strategy]:
        """The strategies whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "kind": kind,
                "status": status,
            }
        )

    def in_force(self, date: DateLike) -> Query[Strategy]:
        """A query of the strategies in force on ``date``: its status is agreed or published
        and it started on or before the date and did not end before it (a partial date is
        the period it names; an unset start_date or end_date leaves that side open).
        """
        return self.where_in_force(date)


class Elements(Collection[Element]):
    """The elements of a register (``reg.elements``): A part of a strategy, in an ordered tree:
    strand, objective, theme, principle, delivery group, aim.
    """

    _cls = Element

    def filter(
        self,
        *,
        strategy: Union[str, "Strategy", None] = None,
        parent: Union[str, "Element", None] = None,
        kind: Union[ElementKind, str, None] = None,
        delivered_by: Union[str, "Partnership", None] = None,
    ) -> EntityIterator[Element]:
        """The elements whose fields equal every argument given (in tree order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "strategy": strategy,
                "parent": parent,
                "kind": kind,
                "delivered_by": delivered_by,
            }
        )

    def move(self, record: Union[str, Element], parent: Union[str, Element, None] = None, index: int = -1) -> None:
        """Moves a element (with the elements under it) under ``parent`` with the same strategy
        (None: the top level), as its ``index``-th child (0-based; negative or too large:
        last). Siblings are reordered. :class:`~libcsp.ConstraintError` for a parent
        elsewhere or inside the moved subtree.
        """
        self._move(record, parent, index)


class Assessments(Collection[Assessment]):
    """The assessments of a register (``reg.assessments``): A strategic assessment or needs
    assessment: when, the period covered, findings and priorities.
    """

    _cls = Assessment

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        kind: Union[AssessmentKind, str, None] = None,
    ) -> EntityIterator[Assessment]:
        """The assessments whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "kind": kind,
            }
        )


class Discharges(Collection[Discharge]):
    """The discharges of a register (``reg.discharges``): A dated record that a duty was
    discharged, with its evidence.
    """

    _cls = Discharge

    def filter(
        self,
        *,
        duty: Union[str, "Duty", None] = None,
        partnership: Union[str, "Partnership", None] = None,
        meeting: Union[str, "Meeting", None] = None,
    ) -> EntityIterator[Discharge]:
        """The discharges whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "duty": duty,
                "partnership": partnership,
                "meeting": meeting,
            }
        )


class Meetings(Collection[Meeting]):
    """The meetings of a register (``reg.meetings``): A dated meeting of a partnership, with its
    documents, agenda and attendance.
    """

    _cls = Meeting

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        kind: Union[MeetingKind, str, None] = None,
        status: Union[MeetingStatus, str, None] = None,
    ) -> EntityIterator[Meeting]:
        """The meetings whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "kind": kind,
                "status": status,
            }
        )


class Documents(Collection[Document]):
    """The documents of a register (``reg.documents``): A document of a meeting: its agenda,
    minutes or papers.
    """

    _cls = Document

    def filter(
        self,
        *,
        meeting: Union[str, "Meeting", None] = None,
        kind: Union[DocumentKind, str, None] = None,
    ) -> EntityIterator[Document]:
        """The documents whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "meeting": meeting,
                "kind": kind,
            }
        )


class AgendaItems(Collection[AgendaItem]):
    """The agenda_items of a register (``reg.agenda_items``): An item on a meeting's agenda; items
    form an ordered tree (1, 1.1, 1.2).
    """

    _cls = AgendaItem

    def filter(
        self,
        *,
        meeting: Union[str, "Meeting", None] = None,
        parent: Union[str, "AgendaItem", None] = None,
        kind: Union[AgendaItemKind, str, None] = None,
        restricted: Optional[bool] = None,
        element: Union[str, "Element", None] = None,
        action: Union[str, "Action", None] = None,
        risk: Union[str, "Risk", None] = None,
        homicide_review: Union[str, "HomicideReview", None] = None,
        scrutiny_review: Union[str, "ScrutinyReview", None] = None,
        reported_by: Union[str, "Partnership", None] = None,
    ) -> EntityIterator[AgendaItem]:
        """The agenda_items whose fields equal every argument given (in tree order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "meeting": meeting,
                "parent": parent,
                "kind": kind,
                "restricted": restricted,
                "element": element,
                "action": action,
                "risk": risk,
                "homicide_review": homicide_review,
                "scrutiny_review": scrutiny_review,
                "reported_by": reported_by,
            }
        )

    def move(self, record: Union[str, AgendaItem], parent: Union[str, AgendaItem, None] = None, index: int = -1) -> None:
        """Moves a agenda_item (with the agenda_items under it) under ``parent`` with the same
        meeting (None: the top level), as its ``index``-th child (0-based; negative or too
        large: last). Siblings are reordered. :class:`~libcsp.ConstraintError` for a parent
        elsewhere or inside the moved subtree.
        """
        self._move(record, parent, index)


class Attendances(Collection[Attendance]):
    """The attendances of a register (``reg.attendances``): Whether a seat was present at a
    meeting, sent apologies or was absent, and who substituted.
    """

    _cls = Attendance

    def filter(
        self,
        *,
        meeting: Union[str, "Meeting", None] = None,
        membership: Union[str, "Membership", None] = None,
        status: Union[AttendanceStatus, str, None] = None,
        substitute: Union[str, "Person", None] = None,
    ) -> EntityIterator[Attendance]:
        """The attendances whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "meeting": meeting,
                "membership": membership,
                "status": status,
                "substitute": substitute,
            }
        )


class Actions(ActionsMethods, Collection[Action]):
    """The actions of a register (``reg.actions``): An action: what is to be done, who is
    accountable for it, by when.
    """

    _cls = Action

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        raised_at: Union[str, "Meeting", None] = None,
        raised_at_item: Union[str, "AgendaItem", None] = None,
        serves: Union[str, "Element", None] = None,
        champion: Union[str, "Membership", None] = None,
        owner_partnership: Union[str, "Partnership", None] = None,
        owner_organisation: Union[str, "Organisation", None] = None,
        status: Union[ActionStatus, str, None] = None,
        rag: Union[Rag, str, None] = None,
    ) -> EntityIterator[Action]:
        """The actions whose fields equal every argument given (in id order); None matches any.
        References take an id or the entity; flags True or False. For other conditions, use
        :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "raised_at": raised_at,
                "raised_at_item": raised_at_item,
                "serves": serves,
                "champion": champion,
                "owner_partnership": owner_partnership,
                "owner_organisation": owner_organisation,
                "status": status,
                "rag": rag,
            }
        )


class ActionUpdates(Collection[ActionUpdate]):
    """The action_updates of a register (``reg.action_updates``): A dated progress update on an
    action.
    """

    _cls = ActionUpdate

    def filter(
        self,
        *,
        action: Union[str, "Action", None] = None,
        status: Union[ActionStatus, str, None] = None,
        rag: Union[Rag, str, None] = None,
        reported_at: Union[str, "Meeting", None] = None,
        reported_by: Union[str, "Membership", None] = None,
    ) -> EntityIterator[ActionUpdate]:
        """The action_updates whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "action": action,
                "status": status,
                "rag": rag,
                "reported_at": reported_at,
                "reported_by": reported_by,
            }
        )


class Risks(RisksMethods, Collection[Risk]):
    """The risks of a register (``reg.risks``): A risk on a partnership's risk register."""

    _cls = Risk

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        owner: Union[str, "Membership", None] = None,
        status: Union[RiskStatus, str, None] = None,
        reviewed_at: Union[str, "AgendaItem", None] = None,
    ) -> EntityIterator[Risk]:
        """The risks whose fields equal every argument given (in id order); None matches any.
        References take an id or the entity; flags True or False. For other conditions, use
        :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "owner": owner,
                "status": status,
                "reviewed_at": reviewed_at,
            }
        )


class RiskReviews(Collection[RiskReview]):
    """The risk_reviews of a register (``reg.risk_reviews``): A dated review of a risk, with the
    score then.
    """

    _cls = RiskReview

    def filter(
        self,
        *,
        risk: Union[str, "Risk", None] = None,
    ) -> EntityIterator[RiskReview]:
        """The risk_reviews whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "risk": risk,
            }
        )


class HomicideReviews(Collection[HomicideReview]):
    """The homicide_reviews of a register (``reg.homicide_reviews``): A domestic homicide review
    (or domestic abuse related death review): a reference and its milestones, nothing personal.
    """

    _cls = HomicideReview

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        kind: Union[HomicideReviewKind, str, None] = None,
        status: Union[HomicideReviewStatus, str, None] = None,
        decision: Union[ReviewDecision, str, None] = None,
    ) -> EntityIterator[HomicideReview]:
        """The homicide_reviews whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "kind": kind,
                "status": status,
                "decision": decision,
            }
        )


class ScrutinyReviews(Collection[ScrutinyReview]):
    """The scrutiny_reviews of a register (``reg.scrutiny_reviews``): A crime and disorder
    committee's review of a partnership, with its recommendations.
    """

    _cls = ScrutinyReview

    def filter(
        self,
        *,
        committee: Union[str, "Partnership", None] = None,
        scrutinised: Union[str, "Partnership", None] = None,
    ) -> EntityIterator[ScrutinyReview]:
        """The scrutiny_reviews whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "committee": committee,
                "scrutinised": scrutinised,
            }
        )


class Recommendations(Collection[Recommendation]):
    """The recommendations of a register (``reg.recommendations``): A recommendation of a scrutiny
    review, and the response to it.
    """

    _cls = Recommendation

    def filter(
        self,
        *,
        scrutiny_review: Union[str, "ScrutinyReview", None] = None,
        response: Union[ResponseKind, str, None] = None,
    ) -> EntityIterator[Recommendation]:
        """The recommendations whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "scrutiny_review": scrutiny_review,
                "response": response,
            }
        )


class Indicators(Collection[Indicator]):
    """The indicators of a register (``reg.indicators``): A measure a partnership watches, with its
    target and dated values.
    """

    _cls = Indicator

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        element: Union[str, "Element", None] = None,
    ) -> EntityIterator[Indicator]:
        """The indicators whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "element": element,
            }
        )


class IndicatorValues(Collection[IndicatorValue]):
    """The indicator_values of a register (``reg.indicator_values``): The value of an indicator for
    a period.
    """

    _cls = IndicatorValue

    def filter(
        self,
        *,
        indicator: Union[str, "Indicator", None] = None,
    ) -> EntityIterator[IndicatorValue]:
        """The indicator_values whose fields equal every argument given (in id order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "indicator": indicator,
            }
        )


class StandingItems(Collection[StandingItem]):
    """The standing_items of a register (``reg.standing_items``): An item of the agenda every
    meeting of a partnership follows (its terms of reference), as an ordered tree.
    """

    _cls = StandingItem

    def filter(
        self,
        *,
        partnership: Union[str, "Partnership", None] = None,
        parent: Union[str, "StandingItem", None] = None,
        kind: Union[AgendaItemKind, str, None] = None,
    ) -> EntityIterator[StandingItem]:
        """The standing_items whose fields equal every argument given (in tree order); None
        matches any. References take an id or the entity; flags True or False. For other
        conditions, use :meth:`where`.
        """
        return self._iterate(
            {
                "partnership": partnership,
                "parent": parent,
                "kind": kind,
            }
        )

    def move(self, record: Union[str, StandingItem], parent: Union[str, StandingItem, None] = None, index: int = -1) -> None:
        """Moves a standing_item (with the standing_items under it) under ``parent`` with the
        same partnership (None: the top level), as its ``index``-th child (0-based; negative
        or too large: last). Siblings are reordered. :class:`~libcsp.ConstraintError` for a
        parent elsewhere or inside the moved subtree.
        """
        self._move(record, parent, index)


class Sources(Collection[Source]):
    """The sources of a register (``reg.sources``): A page or document that states facts in the
    register (Popolo's sources).
    """

    _cls = Source

    def filter(
        self,
        *,
        url: Optional[str] = None,
    ) -> EntityIterator[Source]:
        """The sources whose fields equal every argument given (in id order); None matches any.
        References take an id or the entity; flags True or False. For other conditions, use
        :meth:`where`.
        """
        return self._iterate(
            {
                "url": url,
            }
        )


class _RegisterCollections:
    """The collections of a register, one per entity (Register inherits them)."""

    __slots__ = ()

    @property
    def organisations(self) -> Organisations:
        """The organisations, by id: An agency or body, its kind and its statutory standing."""
        return Organisations(cast("Register", self))

    @property
    def people(self) -> People:
        """The people, by id: Someone who sits on a partnership; may be marked private."""
        return People(cast("Register", self))

    @property
    def partnerships(self) -> Partnerships:
        """The partnerships, by id: A CSP, or a board, group or committee around it."""
        return Partnerships(cast("Register", self))

    @property
    def memberships(self) -> Memberships:
        """The memberships, by id."""
        return Memberships(cast("Register", self))

    @property
    def duties(self) -> Duties:
        """The duties, by id."""
        return Duties(cast("Register", self))

    @property
    def duty_holdings(self) -> DutyHoldings:
        """The duty_holdings, by id."""
        return DutyHoldings(cast("Register", self))

    @property
    def strategies(self) -> Strategies:
        """The strategies, by id."""
        return Strategies(cast("Register", self))

    @property
    def elements(self) -> Elements:
        """The elements, by id."""
        return Elements(cast("Register", self))

    @property
    def assessments(self) -> Assessments:
        """The assessments, by id."""
        return Assessments(cast("Register", self))

    @property
    def discharges(self) -> Discharges:
        """The discharges, by id."""
        return Discharges(cast("Register", self))

    @property
    def meetings(self) -> Meetings:
        """The meetings, by id."""
        return Meetings(cast("Register", self))

    @property
    def documents(self) -> Documents:
        """The documents, by id: A document of a meeting: its agenda, minutes or papers."""
        return Documents(cast("Register", self))

    @property
    def agenda_items(self) -> AgendaItems:
        """The agenda_items, by id."""
        return AgendaItems(cast("Register", self))

    @property
    def attendances(self) -> Attendances:
        """The attendances, by id."""
        return Attendances(cast("Register", self))

    @property
    def actions(self) -> Actions:
        """The actions, by id."""
        return Actions(cast("Register", self))

    @property
    def action_updates(self) -> ActionUpdates:
        """The action_updates, by id: A dated progress update on an action."""
        return ActionUpdates(cast("Register", self))

    @property
    def risks(self) -> Risks:
        """The risks, by id: A risk on a partnership's risk register."""
        return Risks(cast("Register", self))

    @property
    def risk_reviews(self) -> RiskReviews:
        """The risk_reviews, by id: A dated review of a risk, with the score then."""
        return RiskReviews(cast("Register", self))

    @property
    def homicide_reviews(self) -> HomicideReviews:
        """The homicide_reviews, by id."""
        return HomicideReviews(cast("Register", self))

    @property
    def scrutiny_reviews(self) -> ScrutinyReviews:
        """The scrutiny_reviews, by id."""
        return ScrutinyReviews(cast("Register", self))

    @property
    def recommendations(self) -> Recommendations:
        """The recommendations, by id."""
        return Recommendations(cast("Register", self))

    @property
    def indicators(self) -> Indicators:
        """The indicators, by id."""
        return Indicators(cast("Register", self))

    @property
    def indicator_values(self) -> IndicatorValues:
        """The indicator_values, by id: The value of an indicator for a period."""
        return IndicatorValues(cast("Register", self))

    @property
    def standing_items(self) -> StandingItems:
        """The standing_items, by id."""
        return StandingItems(cast("Register", self))

    @property
    def sources(self) -> Sources:
        """The sources, by id."""
        return Sources(cast("Register", self))


#: The entity classes and collections, by entity name.
_ENTITY_CLASSES: Dict[str, Type[Entity]] = {
    "organisation": Organisation,
    "person": Person,
    "partnership": Partnership,
    "membership": Membership,
    "duty": Duty,
    "duty_holding": DutyHolding,
    "strategy": Strategy,
    "element": Element,
    "assessment": Assessment,
    "discharge": Discharge,
    "meeting": Meeting,
    "document": Document,
    "agenda_item": AgendaItem,
    "attendance": Attendance,
    "action": Action,
    "action_update": ActionUpdate,
    "risk": Risk,
    "risk_review": RiskReview,
    "homicide_review": HomicideReview,
    "scrutiny_review": ScrutinyReview,
    "recommendation": Recommendation,
    "indicator": Indicator,
    "indicator_value": IndicatorValue,
    "standing_item": StandingItem,
    "source": Source,
}
_COLLECTIONS: Dict[str, Type[Collection[Any]]] = {
    "organisation": Organisations,
    "person": People,
    "partnership": Partnerships,
    "membership": Memberships,
    "duty": Duties,
    "duty_holding": DutyHoldings,
    "strategy": Strategies,
    "element": Elements,
    "assessment": Assessments,
    "discharge": Discharges,
    "meeting": Meetings,
    "document": Documents,
    "agenda_item": AgendaItems,
    "attendance": Attendances,
    "action": Actions,
    "action_update": ActionUpdates,
    "risk": Risks,
    "risk_review": RiskReviews,
    "homicide_review": HomicideReviews,
    "scrutiny_review": ScrutinyReviews,
    "recommendation": Recommendations,
    "indicator": Indicators,
    "indicator_value": IndicatorValues,
    "standing_item": StandingItems,
    "source": Sources,
}
