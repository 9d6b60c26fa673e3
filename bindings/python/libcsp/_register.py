"""The register (a SQLite database), its collections and iterators."""

from __future__ import annotations

import enum
import os
import threading
import weakref
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
)

from . import _libcsp as _c
from ._entities import Entity, Membership, Organisation, Partnership, Person
from ._enums import (
    AssessmentKind,
    Confidence,
    DutyRecurrence,
    ElementKind,
    OrganisationKind,
    PartnershipKind,
    Role,
    StrategyKind,
    StrategyStatus,
)
from ._statutory import Assessment, Discharge, Duty, DutyHolding, Element, Strategy
from ._errors import CSP_EARG, CSP_EEXISTS, ClosedError, ExistsError, NotFoundError

if TYPE_CHECKING:
    from types import TracebackType

    from ._libcsp import ExportOptions, OpenOptions

__all__ = [
    "Register",
    "open",
    "Collection",
    "Organisations",
    "People",
    "Partnerships",
    "Memberships",
    "Duties",
    "DutyHoldings",
    "Discharges",
    "Strategies",
    "Elements",
    "Assessments",
    "EntityIterator",
]

_E = TypeVar("_E", bound=Entity)

PathLike = Union[str, "os.PathLike[str]"]


def _path(path: PathLike) -> str:
    value = os.fspath(path)
    if not isinstance(value, str):
        raise TypeError("paths must be str or os.PathLike[str]")
    return value


class Register:
    """An open register: one SQLite database, a file or ``":memory:"``.

    Opening an older file migrates it; a newer file, a database that is not a
    register and a damaged file raise :class:`~libcsp.VersionError`,
    :class:`~libcsp.NotARegisterError` and :class:`~libcsp.CorruptError`.

    Use it as a context manager, which closes it on the way out::

        with libcsp.Register("ealing.csp") as reg:
            reg.import_file("examples/data/ealing.json")
            sep = reg.partnerships["ealing-sep"]

    Args:
        path: a file path, or ``":memory:"`` (the default) for a private
            in-memory register.
        create: create the file if it does not exist (default True).
        readonly: open read-only; every write raises :class:`~libcsp.ReadOnlyError`.
        check: run SQLite's quick integrity check on open (default True).
        busy_timeout: seconds to wait for a file locked by another connection
            (default: the library's, 5 s).

    A register is used by one thread at a time; this object serialises the
    calls made through it with a lock, so sharing it between threads is safe
    (but not parallel). Long calls (imports, exports, queries) release the GIL.
    """

    def __init__(
        self,
        path: PathLike = ":memory:",
        *,
        create: bool = True,
        readonly: bool = False,
        check: bool = True,
        busy_timeout: Optional[float] = None,
    ) -> None:
        self._raw: Any = None
        self._lock = threading.RLock()
        self._iterators: "weakref.WeakSet[EntityIterator[Any]]" = weakref.WeakSet()
        flags = 0
        if create and not readonly:
            flags |= _c.CSP_OPEN_CREATE
        if readonly:
            flags |= _c.CSP_OPEN_READONLY
        if not check:
            flags |= _c.CSP_OPEN_NOCHECK
        opts: "OpenOptions" = {"flags": flags}
        if busy_timeout is not None:
            if busy_timeout < 0:
                raise ValueError("busy_timeout must not be negative")
            opts["busy_timeout_ms"] = max(1, min(int(busy_timeout * 1000), 2**31 - 1))
        self._path = _path(path)
        self._raw = _c.csp_register_open(self._path, opts)

    # -- lifetime ---------------------------------------------------------

    def close(self) -> None:
        """Closes the register. Safe to call twice.

        Iterators over it stop (their next call raises :class:`~libcsp.ClosedError`);
        entity objects read from it stay readable, being copies, but can no
        longer follow references or be saved.
        """
        with self._lock:
            raw = self._raw
            if raw is None:
                return
            for it in list(self._iterators):
                it._release()
            self._raw = None
            _c.csp_register_close(raw)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._raw is None

    def __enter__(self) -> "Register":
        self._handle()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional["TracebackType"],
    ) -> None:
        self.close()

    def _handle(self) -> Any:
        raw = self._raw
        if raw is None:
            raise ClosedError("the register is closed", CSP_EARG)
        return raw

    # -- properties -------------------------------------------------------

    @property
    def path(self) -> str:
        """The path the register was opened with (``":memory:"`` for memory)."""
        return self._path

    @property
    def readonly(self) -> bool:
        """Whether the register was opened read-only."""
        with self._lock:
            return bool(_c.csp_register_readonly(self._handle()))

    def __repr__(self) -> str:
        state = "closed" if self._raw is None else ("read-only" if self.readonly else "open")
        return f"<libcsp.Register {self._path!r} {state}>"

    # -- collections ------------------------------------------------------

    @property
    def organisations(self) -> "Organisations":
        """The organisations, by id."""
        return Organisations(self)

    @property
    def people(self) -> "People":
        """The people, by id."""
        return People(self)

    @property
    def partnerships(self) -> "Partnerships":
        """The partnerships, by id."""
        return Partnerships(self)

    @property
    def memberships(self) -> "Memberships":
        """The memberships (seats on partnerships), by id."""
        return Memberships(self)

    @property
    def duties(self) -> "Duties":
        """The statutory duties: the built-in catalogue and any local ones, by id."""
        return Duties(self)

    @property
    def duty_holdings(self) -> "DutyHoldings":
        """Which partnership or organisation holds which duty, by id."""
        return DutyHoldings(self)

    @property
    def discharges(self) -> "Discharges":
        """The dated discharges of duties, by id."""
        return Discharges(self)

    @property
    def strategies(self) -> "Strategies":
        """The strategies and plans, by id."""
        return Strategies(self)

    @property
    def elements(self) -> "Elements":
        """The elements of every strategy, by id."""
        return Elements(self)

    @property
    def assessments(self) -> "Assessments":
        """The strategic (needs) assessments, by id."""
        return Assessments(self)

    def _collection(self, entity: str) -> "Collection[Any]":
        return _COLLECTIONS[entity](self)

    # -- JSON -------------------------------------------------------------

    def import_json(self, text: Union[str, bytes]) -> None:
        """Imports a JSON document (format ``libcsp/1``) given as text.

        All or nothing: on any error the register is unchanged and the
        exception says where: :class:`~libcsp.ParseError` with ``line`` and
        ``column`` for malformed JSON, else a :class:`~libcsp.ValidationError`
        (or :class:`~libcsp.ExistsError`) whose ``path`` is like
        ``"partnerships[2].members[0].role"``.
        """
        with self._lock:
            _c.csp_json_import(self._handle(), text, None)

    def import_file(self, path: PathLike) -> None:
        """Imports a JSON document from a file; as :meth:`import_json`, plus
        :class:`~libcsp.RegisterIOError` when the file cannot be read."""
        p = _path(path)
        with self._lock:
            _c.csp_json_import_file(self._handle(), p, None)

    @staticmethod
    def _export_flags(public: bool, indent: bool) -> "ExportOptions":
        flags = 0
        if public:
            flags |= _c.CSP_EXPORT_PUBLIC
        if indent:
            flags |= _c.CSP_EXPORT_INDENT
        return {"flags": flags}

    def export_json(self, *, public: bool = False, indent: bool = True) -> str:
        """The whole register as a JSON document (deterministic: records sorted by id).

        Args:
            public: leave out people marked private, and the person of every
                seat they hold.
            indent: indent with two spaces (default); False gives one record
                per line.
        """
        opts = self._export_flags(public, indent)
        with self._lock:
            return str(_c.csp_json_export(self._handle(), opts))

    def export_file(self, path: PathLike, *, public: bool = False, indent: bool = True) -> None:
        """Writes :meth:`export_json` to a file (replaced if it exists), ending in a newline."""
        p = _path(path)
        opts = self._export_flags(public, indent)
        with self._lock:
            _c.csp_json_export_file(self._handle(), p, opts)


def open(  # noqa: A001 - like sqlite3.connect / io.open, deliberately
    path: PathLike = ":memory:",
    *,
    create: bool = True,
    readonly: bool = False,
    check: bool = True,
    busy_timeout: Optional[float] = None,
) -> Register:
    """Opens a register; the same as :class:`Register` (``path, create, readonly, ...``)."""
    return Register(path, create=create, readonly=readonly, check=check, busy_timeout=busy_timeout)


class EntityIterator(Iterator[_E]):
    """An iteration over the records of a register, in id order.

    Each step reads the next record from the database. The iteration holds
    its register open; closing the register stops it (the next step raises
    :class:`~libcsp.ClosedError`). :meth:`close` ends it early.
    """

    def __init__(self, reg: Register, cls: Type[_E], filt: Optional[Dict[str, Any]]) -> None:
        entity = cls._entity
        self._reg: Optional[Register] = reg
        self._cls = cls
        self._next: Callable[[Any], Any] = getattr(_c, f"csp_{entity}_next")
        self._free: Callable[[Any], None] = getattr(_c, f"csp_{entity}_iterator_free")
        self._done = False
        new = getattr(_c, f"csp_{entity}_iterator_new")
        with reg._lock:
            self._it: Any = new(reg._handle(), filt)
            reg._iterators.add(self)

    def __iter__(self) -> "EntityIterator[_E]":
        return self

    def __next__(self) -> _E:
        reg = self._reg
        if self._done or reg is None:
            raise StopIteration
        with reg._lock:
            it = self._it
            if it is None:
                raise ClosedError("the register of this iteration is closed", CSP_EARG)
            raw = self._next(it)
        if raw is None:
            self.close()
            raise StopIteration
        return self._cls._wrap(raw, reg)

    def _release(self) -> None:
        # Called by Register.close() with the lock held: free the C iterator.
        it = self._it
        self._it = None
        if it is not None:
            self._free(it)

    def close(self) -> None:
        """Ends the iteration early and frees it. Safe to call twice."""
        reg = self._reg
        if reg is None:
            return
        with reg._lock:
            self._done = True
            self._release()
            reg._iterators.discard(self)
        self._reg = None

    def __enter__(self) -> "EntityIterator[_E]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Collection(Generic[_E]):
    """The records of one kind in a register, as a mapping from id to entity.

    ``coll[id]`` reads a record (:class:`~libcsp.NotFoundError`, a KeyError,
    if there is none), ``id in coll`` tests for one, iterating gives every
    record in id order, :meth:`add` inserts, :meth:`put` inserts or replaces,
    ``del coll[id]`` deletes. Entities read or written are attached to the
    register.
    """

    _cls: Type[_E]

    def __init__(self, reg: Register) -> None:
        self._reg = reg
        entity = self._cls._entity
        self._cget: Callable[[Any, str], Any] = getattr(_c, f"csp_{entity}_get")
        self._cput: Callable[[Any, Any], None] = getattr(_c, f"csp_{entity}_put")
        self._cdelete: Callable[[Any, str], None] = getattr(_c, f"csp_{entity}_delete")

    @property
    def register(self) -> Register:
        """The register."""
        return self._reg

    def __repr__(self) -> str:
        return f"<libcsp.{type(self).__name__} of {self._reg!r}>"

    def _iterate(self, filt: Optional[Dict[str, Any]]) -> EntityIterator[_E]:
        return EntityIterator(self._reg, self._cls, filt)

    def __getitem__(self, id: str) -> _E:
        if not isinstance(id, str):
            raise TypeError(f"ids are str, not {type(id).__name__}")
        reg = self._reg
        with reg._lock:
            raw = self._cget(reg._handle(), id)
        return self._cls._wrap(raw, reg)

    def get(self, id: str, default: Optional[_E] = None) -> Optional[_E]:
        """The record with this id, or ``default``."""
        if not isinstance(id, str):
            raise TypeError(f"ids are str, not {type(id).__name__}")
        try:
            return self[id]
        except NotFoundError:
            return default

    def __contains__(self, id: object) -> bool:
        if isinstance(id, Entity):
            id = id.id
        if not isinstance(id, str):
            return False
        return self.get(id) is not None

    def __iter__(self) -> EntityIterator[_E]:
        return self._iterate(None)

    def __len__(self) -> int:
        """The number of records (counted by iterating)."""
        n = 0
        with self._iterate(None) as it:
            for _ in it:
                n += 1
        return n

    def ids(self) -> list[str]:
        """Every id, in order."""
        return [e.id for e in self]

    def _check(self, entity: _E) -> None:
        if not isinstance(entity, self._cls):
            raise TypeError(f"expected a {self._cls.__name__}, not {type(entity).__name__}")

    def put(self, entity: _E) -> _E:
        """Writes a record: inserts it, or replaces the one with the same id.

        The record is validated first and the register is unchanged on any
        error (:class:`~libcsp.RequiredFieldError`,
        :class:`~libcsp.DanglingReferenceError`, ...). The entity becomes
        attached to this register. Returns the entity.
        """
        self._check(entity)
        reg = self._reg
        with reg._lock:
            self._cput(reg._handle(), entity._obj)
        entity._reg = reg
        return entity

    def add(self, entity: _E) -> _E:
        """Inserts a new record; :class:`~libcsp.ExistsError` if the id is taken.

        Otherwise as :meth:`put`. Returns the entity.
        """
        self._check(entity)
        reg = self._reg
        with reg._lock:
            h = reg._handle()
            try:
                self._cget(h, entity.id)
            except NotFoundError:
                pass
            else:
                raise ExistsError(
                    f'a {self._cls._entity} with id "{entity.id}" already exists', CSP_EEXISTS
                )
            self._cput(h, entity._obj)
        entity._reg = reg
        return entity

    def __setitem__(self, id: str, entity: _E) -> None:
        self._check(entity)
        if entity.id != id:
            raise ValueError(f'the key "{id}" is not the entity\'s id "{entity.id}"')
        self.put(entity)

    def delete(self, id: Union[str, _E]) -> None:
        """Deletes a record (given by id or as the entity).

        Raises :class:`~libcsp.NotFoundError` if there is none and
        :class:`~libcsp.InUseError` if another record still refers to it.
        """
        if isinstance(id, Entity):
            key = id.id
        elif isinstance(id, str):
            key = id
        else:
            raise TypeError(f"ids are str, not {type(id).__name__}")
        reg = self._reg
        with reg._lock:
            self._cdelete(reg._handle(), key)

    def __delitem__(self, id: str) -> None:
        self.delete(id)


def _text(value: Union[str, Entity, None]) -> Optional[str]:
    if isinstance(value, Entity):
        return value.id
    if isinstance(value, enum.Enum):
        return str(value.value)
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"expected a str, an entity or None, not {type(value).__name__}")


def _flag(value: Optional[bool]) -> Optional[int]:
    if value is None:
        return None
    if not isinstance(value, int):
        raise TypeError(f"expected a bool or None, not {type(value).__name__}")
    return 1 if value else 0


def _filter(**values: Any) -> Dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


class Organisations(Collection[Organisation]):
    """The organisations of a register (``reg.organisations``)."""

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
        """The organisations matching every criterion given, in id order.

        A flag given as True or False requires that standing (or its absence);
        None (the default) matches either.
        """
        return self._iterate(
            _filter(
                kind=_text(kind),
                area=_text(area),
                responsible_authority=_flag(responsible_authority),
                serious_violence_duty_holder=_flag(serious_violence_duty_holder),
                cooperating_body=_flag(cooperating_body),
            )
        )


class People(Collection[Person]):
    """The people of a register (``reg.people``)."""

    _cls = Person

    def filter(self, *, private: Optional[bool] = None) -> EntityIterator[Person]:
        """The people, only private ones (True) or only public ones (False)."""
        return self._iterate(_filter(is_private=_flag(private)))


class Partnerships(Collection[Partnership]):
    """The partnerships of a register (``reg.partnerships``)."""

    _cls = Partnership

    def filter(
        self,
        *,
        kind: Union[PartnershipKind, str, None] = None,
        area: Optional[str] = None,
        area_code: Optional[str] = None,
        parent: Union[str, Partnership, None] = None,
        accountable_to: Union[str, Partnership, None] = None,
    ) -> EntityIterator[Partnership]:
        """The partnerships matching every criterion given, in id order."""
        return self._iterate(
            _filter(
                kind=_text(kind),
                area=_text(area),
                area_code=_text(area_code),
                parent=_text(parent),
                accountable_to=_text(accountable_to),
            )
        )


class Memberships(Collection[Membership]):
    """The memberships (seats) of a register (``reg.memberships``)."""

    _cls = Membership

    def filter(
        self,
        *,
        partnership: Union[str, Partnership, None] = None,
        organisation: Union[str, Organisation, None] = None,
        person: Union[str, Person, None] = None,
        role: Union[Role, str, None] = None,
    ) -> EntityIterator[Membership]:
        """The seats matching every criterion given (ids or entities), in id order."""
        return self._iterate(
            _filter(
                partnership=_text(partnership),
                organisation=_text(organisation),
                person=_text(person),
                role=_text(role),
            )
        )


class Duties(Collection[Duty]):
    """The statutory duties of a register (``reg.duties``): libcsp's built-in
    catalogue (read-only) and any local duties."""

    _cls = Duty

    def filter(
        self,
        *,
        recurrence: Union[DutyRecurrence, str, None] = None,
        confidence: Union[Confidence, str, None] = None,
        builtin: Optional[bool] = None,
    ) -> EntityIterator[Duty]:
        """The duties matching every criterion given, in id order (``builtin``:
        True for the catalogue, False for local duties)."""
        return self._iterate(
            _filter(recurrence=_text(recurrence), confidence=_text(confidence), builtin=_flag(builtin))
        )


class DutyHoldings(Collection[DutyHolding]):
    """Who holds which duty (``reg.duty_holdings``)."""

    _cls = DutyHolding

    def filter(
        self,
        *,
        duty: Union[str, Duty, None] = None,
        partnership: Union[str, Partnership, None] = None,
        organisation: Union[str, Organisation, None] = None,
    ) -> EntityIterator[DutyHolding]:
        """The holdings matching every criterion given (ids or entities), in id order."""
        return self._iterate(
            _filter(duty=_text(duty), partnership=_text(partnership), organisation=_text(organisation))
        )


class Discharges(Collection[Discharge]):
    """The dated discharges of duties (``reg.discharges``)."""

    _cls = Discharge

    def filter(
        self,
        *,
        duty: Union[str, Duty, None] = None,
        partnership: Union[str, Partnership, None] = None,
    ) -> EntityIterator[Discharge]:
        """The discharges matching every criterion given (ids or entities), in id order."""
        return self._iterate(_filter(duty=_text(duty), partnership=_text(partnership)))


class Strategies(Collection[Strategy]):
    """The strategies and plans (``reg.strategies``)."""

    _cls = Strategy

    def filter(
        self,
        *,
        partnership: Union[str, Partnership, None] = None,
        kind: Union[StrategyKind, str, None] = None,
        status: Union[StrategyStatus, str, None] = None,
    ) -> EntityIterator[Strategy]:
        """The strategies matching every criterion given, in id order."""
        return self._iterate(
            _filter(partnership=_text(partnership), kind=_text(kind), status=_text(status))
        )


class Elements(Collection[Element]):
    """The elements of every strategy (``reg.elements``). Filtered by strategy,
    they come in tree order: a parent before its children, siblings in order."""

    _cls = Element

    def filter(
        self,
        *,
        strategy: Union[str, Strategy, None] = None,
        parent: Union[str, Element, None] = None,
        kind: Union[ElementKind, str, None] = None,
        delivered_by: Union[str, Partnership, None] = None,
    ) -> EntityIterator[Element]:
        """The elements matching every criterion given."""
        return self._iterate(
            _filter(strategy=_text(strategy), parent=_text(parent), kind=_text(kind),
                    delivered_by=_text(delivered_by))
        )

    def move(self, element: Union[str, Element], parent: Union[str, Element, None] = None,
             index: int = -1) -> None:
        """Moves an element (with its subtree) under ``parent`` in the same strategy
        (None: the top level) as its ``index``-th child (0-based; negative or too
        large: last). Siblings are reordered. :class:`~libcsp.ConstraintError`
        for a parent in another strategy or inside the moved subtree."""
        key = _text(element)
        if key is None:
            raise TypeError("element must be an id or an Element")
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError("index must be an int")
        reg = self._reg
        with reg._lock:
            _c.csp_element_move(reg._handle(), key, _text(parent), max(-1, min(index, 2**31 - 1)))


class Assessments(Collection[Assessment]):
    """The strategic (needs) assessments (``reg.assessments``)."""

    _cls = Assessment

    def filter(
        self,
        *,
        partnership: Union[str, Partnership, None] = None,
        kind: Union[AssessmentKind, str, None] = None,
    ) -> EntityIterator[Assessment]:
        """The assessments matching every criterion given, in id order."""
        return self._iterate(_filter(partnership=_text(partnership), kind=_text(kind)))


_COLLECTIONS: Dict[str, Callable[[Register], Collection[Any]]] = {
    "organisation": Organisations,
    "person": People,
    "partnership": Partnerships,
    "membership": Memberships,
    "duty": Duties,
    "duty_holding": DutyHoldings,
    "discharge": Discharges,
    "strategy": Strategies,
    "element": Elements,
    "assessment": Assessments,
}
