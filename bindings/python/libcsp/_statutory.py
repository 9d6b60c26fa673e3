"""The statutory layer: duties and who holds them, discharges, strategies and
their element trees, assessments.

The same conventions as the core entities (see :mod:`libcsp._entities`):
detached copies, properties validated by the C setters, ``<ref>`` / ``<ref>_id``
pairs for references, dates as :class:`datetime.date` / :class:`PartialDate`.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping, Optional, Type, TypeVar, Union, cast

from ._dates import DateLike
from ._entities import (
    Entity,
    Organisation,
    Partnership,
    _Bool,
    _Date,
    _DateList,
    _Enum,
    _EnumList,
    _Int,
    _RefId,
    _RefListObjects,
    _RefObject,
    _RequiredRefId,
    _RequiredText,
    _Text,
    _TextList,
    _ref_id,
)
from ._enums import (
    AssessmentKind,
    Confidence,
    DutyRecurrence,
    ElementKind,
    PartnershipKind,
    StrategyKind,
    StrategyStatus,
    Strand,
)

__all__ = ["Duty", "DutyHolding", "Discharge", "Strategy", "Element", "Assessment"]

_S = TypeVar("_S", bound="Element")


class Duty(Entity):
    """A statutory duty of a community safety partnership, with its legal source.

    Every register holds libcsp's built-in catalogue (``builtin`` is True; those
    cannot be changed or deleted and are not exported); a register may add local
    duties.
    """

    __slots__ = ()
    _entity = "duty"

    title = _RequiredText(required=True)
    source = _RequiredText(required=True)
    commencement = _Date()
    recurrence: _Enum[DutyRecurrence] = _Enum(DutyRecurrence, required=True)
    applies_to: _EnumList[PartnershipKind] = _EnumList(PartnershipKind)
    confidence: _Enum[Confidence] = _Enum(Confidence, required=True)
    note = _Text()
    builtin = _Bool()

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
    ) -> None:
        self._init(id)
        self.title = title
        self.source = source
        self.recurrence = recurrence
        self.confidence = confidence
        self._set_fields(
            {"commencement": commencement, "applies_to": list(applies_to) or None, "note": note}
        )

    def holdings(self) -> Iterator["DutyHolding"]:
        """Who holds this duty (DutyHolding records), in id order. Needs a register."""
        return cast(Iterator[DutyHolding], self._related("duty_holding", "duty"))

    def discharges(self) -> Iterator["Discharge"]:
        """The dated discharges of this duty, in id order. Needs a register."""
        return cast(Iterator[Discharge], self._related("discharge", "duty"))


class DutyHolding(Entity):
    """Which partnership, or which organisation (exactly one), holds a duty, from when."""

    __slots__ = ()
    _entity = "duty_holding"

    duty_id = _RequiredRefId("duty", required=True)
    partnership_id = _RefId("partnership")
    organisation_id = _RefId("organisation")
    start_date = _Date()
    end_date = _Date()
    note = _Text()

    duty: _RefObject[Duty] = _RefObject("duty", "duty")
    partnership: _RefObject[Optional[Partnership]] = _RefObject("partnership", "partnership")
    organisation: _RefObject[Optional[Organisation]] = _RefObject("organisation", "organisation")

    def __init__(
        self,
        id: str,
        duty: Union[str, Duty],
        *,
        partnership: Union[str, Partnership, None] = None,
        organisation: Union[str, Organisation, None] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        note: Optional[str] = None,
    ) -> None:
        self._init(id)
        self.duty_id = duty
        self._set_fields(
            {
                "partnership_id": partnership,
                "organisation_id": organisation,
                "start_date": start_date,
                "end_date": end_date,
                "note": note,
            }
        )


class Strategy(Entity):
    """A strategy or plan of a partnership: period, dates, status, vision, the
    duties it fulfils, the CDA 1998 s6(1) strands it covers, and a tree of
    elements (:meth:`elements`)."""

    __slots__ = ()
    _entity = "strategy"

    partnership_id = _RequiredRefId("partnership", required=True)
    title = _RequiredText(required=True)
    kind: _Enum[StrategyKind] = _Enum(StrategyKind, required=True)
    status: _Enum[StrategyStatus] = _Enum(StrategyStatus, required=True)
    start_date = _Date()
    end_date = _Date()
    agreed_on = _Date()
    published_on = _Date()
    refreshed_on = _DateList()
    vision = _Text()
    duties_ids = _TextList("duties")
    strands: _EnumList[Strand] = _EnumList(Strand)
    serious_violence_definition = _Text()
    note = _Text()

    partnership: _RefObject[Partnership] = _RefObject("partnership", "partnership")
    duties: _RefListObjects[Duty] = _RefListObjects("duties", "duty")

    def __init__(
        self,
        id: str,
        partnership: Union[str, Partnership],
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
        duties: Iterable[Union[str, Duty]] = (),
        strands: Iterable[Union[Strand, str]] = (),
        serious_violence_definition: Optional[str] = None,
        note: Optional[str] = None,
    ) -> None:
        self._init(id)
        self.partnership_id = partnership
        self.title = title
        self.kind = kind
        self.status = status
        self._set_fields(
            {
                "start_date": start_date,
                "end_date": end_date,
                "agreed_on": agreed_on,
                "published_on": published_on,
                "refreshed_on": list(refreshed_on) or None,
                "vision": vision,
                "duties_ids": list(duties) or None,
                "strands": list(strands) or None,
                "serious_violence_definition": serious_violence_definition,
                "note": note,
            }
        )

    def elements(self, kind: Union[ElementKind, str, None] = None) -> Iterator["Element"]:
        """The strategy's elements in tree order (a parent before its children,
        siblings in order), optionally only those of a kind. Needs a register."""
        return cast(Iterator[Element], self._related("element", "strategy", kind=kind))


class Element(Entity):
    """An element of a strategy (a strand, objective, theme, delivery group...):
    a node of the strategy's ordered tree. ``position`` is kept by the library
    (its place in the strategy, from 1); :meth:`move` reorders."""

    __slots__ = ()
    _entity = "element"

    strategy_id = _RequiredRefId("strategy", required=True)
    position = _Int()
    parent_id = _RefId("parent")
    kind: _Enum[ElementKind] = _Enum(ElementKind, required=True)
    title = _RequiredText(required=True)
    text = _Text()
    delivered_by_id = _RefId("delivered_by")

    strategy: _RefObject[Strategy] = _RefObject("strategy", "strategy")
    parent: _RefObject[Optional["Element"]] = _RefObject("parent", "element")
    delivered_by: _RefObject[Optional[Partnership]] = _RefObject("delivered_by", "partnership")

    def __init__(
        self,
        id: str,
        strategy: Union[str, Strategy],
        kind: Union[ElementKind, str],
        title: str,
        *,
        parent: Union[str, "Element", None] = None,
        text: Optional[str] = None,
        delivered_by: Union[str, Partnership, None] = None,
    ) -> None:
        self._init(id)
        self.strategy_id = strategy
        self.kind = kind
        self.title = title
        self._set_fields({"parent_id": parent, "text": text, "delivered_by_id": delivered_by})

    @classmethod
    def from_dict(
        cls: Type[_S], data: Mapping[str, Any], strategy: Union[str, Strategy, None] = None
    ) -> _S:
        """Builds a detached element from a dict with the keys of the JSON format.

        In a document elements are nested under their strategy's ``"elements"``,
        without a ``"strategy"`` key: pass ``strategy`` for such a dict.
        """
        if strategy is not None and isinstance(data, Mapping) and "strategy" not in data:
            data = dict(data)
            data["strategy"] = _ref_id(strategy, "strategy")
        return super().from_dict(data)

    def children(self) -> Iterator["Element"]:
        """The elements whose parent is this one, in order. Needs a register."""
        return cast(Iterator[Element], self._related("element", "parent"))

    def move(self, parent: Union[str, "Element", None] = None, index: int = -1) -> None:
        """Moves this element (with its subtree) under ``parent`` (None: the top
        level of its strategy) as the ``index``-th child (negative: last), in
        the register, and refreshes this object."""
        reg = self._require_register()
        reg.elements.move(self, parent, index)
        fresh = reg.elements[self.id]
        self._obj = fresh._obj


class Assessment(Entity):
    """A strategic assessment or strategic needs assessment of a partnership:
    dates, findings, priorities, and the strategy elements its priorities feed."""

    __slots__ = ()
    _entity = "assessment"

    partnership_id = _RequiredRefId("partnership", required=True)
    kind: _Enum[AssessmentKind] = _Enum(AssessmentKind, required=True)
    title = _Text()
    completed_on = _Date()
    start_date = _Date()
    end_date = _Date()
    findings = _TextList()
    priorities = _TextList()
    feeds_ids = _TextList("feeds")

    partnership: _RefObject[Partnership] = _RefObject("partnership", "partnership")
    feeds: _RefListObjects[Element] = _RefListObjects("feeds", "element")

    def __init__(
        self,
        id: str,
        partnership: Union[str, Partnership],
        kind: Union[AssessmentKind, str],
        *,
        title: Optional[str] = None,
        completed_on: Optional[DateLike] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
        findings: Iterable[str] = (),
        priorities: Iterable[str] = (),
        feeds: Iterable[Union[str, Element]] = (),
    ) -> None:
        self._init(id)
        self.partnership_id = partnership
        self.kind = kind
        self._set_fields(
            {
                "title": title,
                "completed_on": completed_on,
                "start_date": start_date,
                "end_date": end_date,
                "findings": list(findings) or None,
                "priorities": list(priorities) or None,
                "feeds_ids": list(feeds) or None,
            }
        )


class Discharge(Entity):
    """A dated record that a partnership discharged a duty, with its evidence
    and the strategy or assessment that discharged it."""

    __slots__ = ()
    _entity = "discharge"

    duty_id = _RequiredRefId("duty", required=True)
    partnership_id = _RequiredRefId("partnership", required=True)
    discharged_on = _Date(required=True)
    title = _RequiredText(required=True)
    evidence_title = _Text()
    evidence_url = _Text()
    evidence_ref = _Text()
    note = _Text()
    strategy_id = _RefId("strategy")
    assessment_id = _RefId("assessment")

    duty: _RefObject[Duty] = _RefObject("duty", "duty")
    partnership: _RefObject[Partnership] = _RefObject("partnership", "partnership")
    strategy: _RefObject[Optional[Strategy]] = _RefObject("strategy", "strategy")
    assessment: _RefObject[Optional[Assessment]] = _RefObject("assessment", "assessment")

    def __init__(
        self,
        id: str,
        duty: Union[str, Duty],
        partnership: Union[str, Partnership],
        discharged_on: DateLike,
        title: str,
        *,
        evidence_title: Optional[str] = None,
        evidence_url: Optional[str] = None,
        evidence_ref: Optional[str] = None,
        note: Optional[str] = None,
        strategy: Union[str, Strategy, None] = None,
        assessment: Union[str, Assessment, None] = None,
    ) -> None:
        self._init(id)
        self.duty_id = duty
        self.partnership_id = partnership
        self.discharged_on = discharged_on
        self.title = title
        self._set_fields(
            {
                "evidence_title": evidence_title,
                "evidence_url": evidence_url,
                "evidence_ref": evidence_ref,
                "note": note,
                "strategy_id": strategy,
                "assessment_id": assessment,
            }
        )
