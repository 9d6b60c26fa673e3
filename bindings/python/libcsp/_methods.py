"""Methods of the generated entity and collection classes that read across
records: the questions of include/csp/governance.h (overdue actions, actions
with no update since the last meeting, progress up a strategy tree, quoracy,
the risk register).

The classes in _model.py are generated from the model's description; an
entity's ``python_mixins`` there names the class here it also inherits from.
These are hand-written because each is a question, not a field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, NamedTuple, Optional, Union, cast

from . import _libcsp as _c
from ._collection import Query, _text
from ._dates import DateLike

if TYPE_CHECKING:
    from ._model import Action, Duty, Element, Meeting, Partnership, Risk
    from ._register import Register

__all__ = ["Progress", "Quorum"]


class Progress(NamedTuple):
    """How far the actions serving a strategy element (and everything under it) are done."""

    done: int
    """Actions done."""
    total: int
    """Actions counted: every one but those cancelled or superseded."""

    @property
    def share(self) -> Optional[float]:
        """done / total, or None when no action serves the element."""
        return self.done / self.total if self.total else None


class Quorum(NamedTuple):
    """Whether a meeting was quorate."""

    quorate: Optional[bool]
    """True or False; None when the partnership records no quorum or the meeting no attendance."""
    present: int
    """The seats recorded present (in person or by a substitute)."""


def _date(value: DateLike, key: str) -> str:
    text = _text(value, key)
    if text is None:
        raise TypeError(f"{key}: a date is needed, not None")
    return text


def _stored(entity: Any) -> "Register":
    """The register an entity was read from (a question reads the register)."""
    reg = entity.register
    if reg is None:
        raise ValueError(f"{type(entity).__name__} {entity.id!r} is not from a register: read it from one first")
    return cast("Register", reg)


class PartnershipMethods:
    """Questions about a partnership on a date: its last meeting, the duties it owes (csp/governance.h)."""

    __slots__ = ()

    def last_meeting(self, as_of: DateLike) -> Optional["Meeting"]:
        """The partnership's last meeting held on or before ``as_of`` (status
        ``held``), or None when it held none."""
        reg = _stored(self)
        with reg._lock:
            mid = _c.csp_partnership_last_meeting(reg._handle(), cast(Any, self).id, _date(as_of, "as_of"))
        return reg.meetings[mid] if mid is not None else None

    def duties_owed(self, as_of: DateLike) -> List["Duty"]:
        """The duties the law gives the partnership on ``as_of``: the built-in
        duties of its kind in force then (commenced, not ended, and in its area
        where a duty names areas), whether or not a holding is recorded; in id
        order (csp_partnership_duties_owed)."""
        reg = _stored(self)
        with reg._lock:
            ids = _c.csp_partnership_duties_owed(reg._handle(), cast(Any, self).id, _date(as_of, "as_of"))
            found = [cast(str, _c.csp_id_list_get(ids, i)) for i in range(_c.csp_id_list_count(ids))]
            _c.csp_id_list_free(ids)
        return [reg.duties[i] for i in found]


class ElementMethods:
    """Progress of the actions serving a strategy element (csp/governance.h)."""

    __slots__ = ()

    def progress(self) -> Progress:
        """How far the actions serving this element, or any element under it
        in the strategy's tree, are done: ``Progress(done, total)``, with
        ``.share`` the fraction done."""
        reg = _stored(self)
        with reg._lock:
            done, total = _c.csp_element_progress(reg._handle(), cast(Any, self).id)
        return Progress(int(done), int(total))


class MeetingMethods:
    """Whether a meeting was quorate (csp/governance.h)."""

    __slots__ = ()

    def quorum(self) -> Quorum:
        """``Quorum(quorate, present)``: whether as many seats were present as
        the partnership's quorum (None when either is not recorded), and how
        many were."""
        reg = _stored(self)
        with reg._lock:
            quorate, present = _c.csp_meeting_quorate(reg._handle(), cast(Any, self).id)
        return Quorum(None if quorate < 0 else bool(quorate), int(present))


def _partnership(value: Union[str, "Partnership", None]) -> Optional[str]:
    return _text(value, "partnership")


class ActionsMethods:
    """The coordinator's questions about actions (csp/governance.h)."""

    __slots__ = ()

    def overdue(self, as_of: DateLike, partnership: Union[str, "Partnership", None] = None) -> Query["Action"]:
        """The actions overdue on ``as_of``: due wholly before it (``"2024-03"``
        is overdue from 1 April 2024) and still open (status ``open`` or
        ``in_progress``), of one partnership or of all, by due date. A
        :class:`~libcsp.Query`: refine it with ``.where()`` like any other."""
        date = _date(as_of, "as_of")
        pid = _partnership(partnership)
        _c.csp_query_overdue_actions(pid, date)  # checks the arguments now
        return Query(cast(Any, self), base=lambda: _c.csp_query_overdue_actions(pid, date))

    def without_update(self, partnership: Union[str, "Partnership"], as_of: DateLike) -> List["Action"]:
        """The partnership's open actions with no progress update since its last
        meeting held on or before ``as_of`` (those raised at or after that
        meeting are not due one yet), in id order. Empty when it held none."""
        reg = cast(Any, self).register
        pid = cast(Any, _partnership(partnership))  # None: the C library's ArgumentError
        with reg._lock:
            ids = _c.csp_actions_without_update(reg._handle(), pid, _date(as_of, "as_of"))
            found = [_c.csp_id_list_get(ids, i) for i in range(_c.csp_id_list_count(ids))]
            _c.csp_id_list_free(ids)
        return [cast("Action", cast(Any, self)[i]) for i in found]

    def without_champion(self, partnership: Union[str, "Partnership", None] = None) -> Query["Action"]:
        """The open actions with no champion, of one partnership or of all."""
        q = cast(Any, self).where("champion", "unset")
        for status in ("done", "cancelled", "superseded"):
            q = q.where("status", "!=", status)
        pid = _partnership(partnership)
        return cast("Query[Action]", q.where("partnership", "==", pid) if pid is not None else q)


class RisksMethods:
    """The risk register (csp/governance.h)."""

    __slots__ = ()

    def by_score(self, partnership: Union[str, "Partnership", None] = None) -> Query["Risk"]:
        """The risk register a board reads: risks not closed, highest score
        first, of one partnership or of all. A :class:`~libcsp.Query`."""
        pid = _partnership(partnership)
        _c.csp_query_open_risks(pid)  # checks the argument now
        return Query(cast(Any, self), base=lambda: _c.csp_query_open_risks(pid))
