# Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
"""The entity classes, their enums and their collections, one of each per
entity and enum of the model's description (libcsp/model/model.toml).

Every class here is written by tools/modelgen from that description: to add a
field or an entity, edit the description and regenerate. The machinery the
classes share is in _fields.py (fields, the Entity base) and _collection.py
(collections, iterators, queries)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, Mapping, Optional, Type, Union, cast

from ._collection import Collection, EntityIterator, Query
from ._dates import DateLike
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
    ) -> None:
        """A new organisation (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.name = name
        self.kind = kind
        if area is not None:
            self.area = area
        if responsible_authority:
            self.responsible_authority = responsible_authority
        if serious_violence_duty_holder:
            self.serious_violence_duty_holder = serious_violence_duty_holder
        if cooperating_body:
            self.cooperating_body = cooperating_body

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


class Person(Entity):
    """Someone who sits on a partnership; may be marked private.

    Fields::

        * id (required): Stable identifier, unique among people.
        * name (required): Name as the source gives it.
        * honorific: Honorific or title, e.g. "Councillor".
        * private: Left out of public exports, with the person of every seat they hold.
    """

    __slots__ = ()
    _entity = "person"
    _eid = 1

    name = _RequiredText(1, "name", required=True)
    honorific = _Text(2, "honorific")
    private = _Bool(3, "private")

    def __init__(
        self,
        id: str,
        name: str,
        *,
        honorific: Optional[str] = None,
        private: bool = False,
    ) -> None:
        """A new person (not yet in any register): the required fields by position, the others
        by keyword.
        """
        self._init(id)
        self.name = name
        if honorific is not None:
            self.honorific = honorific
        if private:
            self.private = private

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats this person holds (optionally only those with role), in id order. Needs
        the object to be attached to a register.
        """
        return cast(Iterator["Membership"], self._related("membership", "person", role=role))


class Partnership(Entity):
    """A CSP, or a board, group or committee around it.

    Fields::

        * id (required): Stable identifier, unique among partnerships.
        * name (required): Name, e.g. "Safer Ealing Partnership".
        * short_name: Short name or acronym, e.g. "SEP".
        * kind (required): What sort of partnership it is.
        * area: The area's name, e.g. "Ealing".
        * area_code: The area's GSS code: a capital letter and eight digits, e.g. "E09000009".
        * parent (parent_id is the id): The partnership this one is part of.
        * accountable_to (accountable_to_id is the id): The partnership this one is accountable to.
        * works_with (works_with_ids are the ids): Partnerships it works closely with.
        * formed_on: When it was formed; "2002-01" for "formed in January 2002".
        * former_names: Names it was known by before, oldest first.
        * statutory_basis: The legal basis, e.g. "Crime and Disorder Act 1998 ss5-7".
        * meetings_per_year: Regular meetings a year (4 for quarterly).
        * minutes_per_meeting: Length of a regular meeting in minutes.
        * ad_hoc_meetings: Also meets ad hoc as required.
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
    ) -> None:
        """A new partnership (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.name = name
        self.kind = kind
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

    def children(self) -> Iterator["Partnership"]:
        """The partnerships whose parent is this one, in id order. Needs the object to be
        attached to a register.
        """
        return cast(Iterator["Partnership"], self._related("partnership", "parent"))

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
    ) -> None:
        """A new membership (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.partnership_id = partnership
        self.organisation_id = organisation
        self.role = role
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
    ) -> None:
        """A new duty (not yet in any register): the required fields by position, the others by
        keyword.
        """
        self._init(id)
        self.title = title
        self.source = source
        self.recurrence = recurrence
        self.confidence = confidence
        if commencement is not None:
            self.commencement = commencement
        if applies_to:
            self.applies_to = applies_to
        if note is not None:
            self.note = note
        if label is not None:
            self.label = label

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
    ) -> None:
        """A new duty_holding (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
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
    ) -> None:
        """A new strategy (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.partnership_id = partnership
        self.title = title
        self.kind = kind
        self.status = status
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


class Element(Entity):
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
    ) -> None:
        """A new element (not yet in any register): the required fields by position, the others
        by keyword.
        """
        self._init(id)
        self.strategy_id = strategy
        self.kind = kind
        self.title = title
        if parent is not None:
            self.parent_id = parent
        if text is not None:
            self.text = text
        if delivered_by is not None:
            self.delivered_by_id = delivered_by

    def children(self) -> Iterator["Element"]:
        """The elements whose parent is this one, in order. Needs the object to be attached to
        a register.
        """
        return cast(Iterator["Element"], self._related("element", "parent"))

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
    ) -> None:
        """A new assessment (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.partnership_id = partnership
        self.kind = kind
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
    ) -> None:
        """A new discharge (not yet in any register): the required fields by position, the
        others by keyword.
        """
        self._init(id)
        self.duty_id = duty
        self.partnership_id = partnership
        self.discharged_on = discharged_on
        self.title = title
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
    ) -> EntityIterator[Discharge]:
        """The discharges whose fields equal every argument given (in id order); None matches
        any. References take an id or the entity; flags True or False. For other conditions,
        use :meth:`where`.
        """
        return self._iterate(
            {
                "duty": duty,
                "partnership": partnership,
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
}
