"""Collections of records (``reg.organisations``), their iterators and queries.

The collection classes of each entity (Organisations, Partnerships, ...) are
generated from the model's description into ``_model.py``; this module holds
what they share.
"""

from __future__ import annotations

import datetime
import enum
from typing import TYPE_CHECKING, Any, Callable, Dict, Generic, Iterator, List, Optional, Tuple, Type, TypeVar, Union, cast

from . import _libcsp as _c
from ._dates import PartialDate, format_date
from ._errors import CSP_EARG, CSP_ECHANGED, CSP_EUNKNOWN, ChangedError, ClosedError, NotFoundError, UnknownFieldError
from ._fields import Entity

if TYPE_CHECKING:
    from ._register import Register

__all__ = ["Collection", "EntityIterator", "Query"]

_E = TypeVar("_E", bound=Entity)

# The field types of the C library (csp_field_type).
_BOOL, _INT, _DATE = _c.CSP_FIELD_BOOL, _c.CSP_FIELD_INT, _c.CSP_FIELD_DATE

#: The operators of Query.where(), by the names Python users write.
OPERATORS: Dict[str, int] = {
    "==": _c.CSP_OP_EQ,
    "!=": _c.CSP_OP_NE,
    "<": _c.CSP_OP_LT,
    "<=": _c.CSP_OP_LE,
    ">": _c.CSP_OP_GT,
    ">=": _c.CSP_OP_GE,
    "contains": _c.CSP_OP_EQ,
    "set": _c.CSP_OP_SET,
    "unset": _c.CSP_OP_UNSET,
}


def _text(value: object, key: str) -> Optional[str]:
    """A value as the C library's text: ids of entities, enum values, ISO dates."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Entity):
        return value.id
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (datetime.date, PartialDate)):
        return format_date(value)
    raise TypeError(f"{key}: expected a str, an entity, an enum member or a date, not {type(value).__name__}")


class EntityIterator(Iterator[_E]):
    """An iteration over the records of a register, in the order asked for
    (by default id order; strategy elements in tree order).

    Records are read from the database in batches (8, then twice as many
    each time, up to 256: one C call a batch), and handed out one per step;
    before each, the iteration asks the C library whether the register was
    written or closed since (csp_record_iterator_changed()), so a batch read
    ahead changes nothing a caller can see. A damaged record raises at its
    own step, after the records before it. The iteration holds
    its register open; closing the register stops it (the next step raises
    :class:`~libcsp.ClosedError`). :meth:`close` ends it early. Writing the
    records being iterated, through the same register, ends it too: the next
    step raises :class:`~libcsp.ChangedError`.

    One iterator may be shared by threads: each record goes to one of them,
    and once the records are exhausted (or :meth:`close` is called) every
    thread's next step raises StopIteration.
    """

    #: Records are read from the C library in batches (csp_py_entity_batch),
    #: the first small (a caller may want one), then growing to the largest.
    _FIRST_BATCH = 8
    _LAST_BATCH = 256

    def __init__(self, reg: "Register", cls: Type[_E], query: Any) -> None:
        self._reg: Optional["Register"] = reg
        self._cls = cls
        self._done = False
        #: The records read and not yet handed out, the next one last.
        self._batch: List[_E] = []
        #: The exception of the record that failed after those in the batch.
        self._error: Optional[BaseException] = None
        self._size = self._FIRST_BATCH
        #: Whether the C iteration has met its end (the batch held is the last).
        self._ended = False
        with reg._lock:
            self._it: Any = _c.csp_record_iterator_new(reg._handle(), cls._eid, query)
            reg._iterators.add(self)

    def __iter__(self) -> "EntityIterator[_E]":
        return self

    def __next__(self) -> _E:
        # A record read ahead is handed out only while the iteration stands:
        # no write through the register (nor a close) since it was read, as
        # if it had been read now (csp_record_iterator_changed()).
        it = self._it
        if it is not None and self._batch and not _c.csp_record_iterator_changed(it):
            try:
                return self._batch.pop()
            except IndexError:  # another thread took the last one
                pass
        return self._step()

    def _step(self) -> _E:
        reg = self._reg
        if self._done or reg is None:
            raise StopIteration
        with reg._lock:
            # Another thread may have ended it while this one waited for the lock.
            if self._done:
                raise StopIteration
            it = self._it
            if it is None:
                raise ClosedError("the register of this iteration is closed", CSP_EARG)
            changed = _c.csp_record_iterator_changed(it)
            if self._batch and not changed:
                return self._batch.pop()
            error = self._error
            self._batch = []
            self._error = None
            if changed and self._ended:
                # The C iteration read its end with the last batch, and ends
                # there; one step at a time, this step would have read on
                # and met the write (csp_record_next's CSP_ECHANGED).
                raise ChangedError(
                    f'the register "{reg.path}" changed (a write through the same handle) during this iteration'
                    f" of {self._cls._entity} records: start a new one, or collect the records first to change"
                    " them as you go", CSP_ECHANGED)
            if error is not None and not changed:
                raise error
            size = self._size
            batch, error = _c.csp_py_entity_batch(it, self._cls, reg, size)
            self._size = min(size * 2, self._LAST_BATCH)
            # Fewer than asked, and no error: the C iteration is at its end.
            self._ended = len(batch) < size and error is None
            if batch:
                self._error = error
                self._batch = cast("List[_E]", batch)
                return self._batch.pop()
            self._done = True
        self.close()
        raise StopIteration

    def _release(self) -> None:
        # Called by Register.close() with the lock held: free the C iterator.
        it = self._it
        self._it = None
        self._batch = []
        self._error = None
        if it is not None:
            _c.csp_record_iterator_free(it)

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


#: One condition of a query, ready for the C library: the field id, the
#: operator (CSP_OP_*), whether it goes through csp_query_where_int(), the value
#: (text, number or None), and how repr() shows it.
_Cond = Tuple[int, int, bool, Union[str, int, None], str]


class Query(Generic[_E]):
    """A query over one collection: conditions (all must hold), an order, a limit.

    Made by :meth:`Collection.where` (or :meth:`Collection.order_by`); each
    method returns a new query and leaves the one it is called on unchanged,
    so a query can be kept and refined::

        overdue = reg.strategies.where("end_date", "<", date(2024, 6, 30))
        for s in overdue.where("status", "==", "agreed").order_by("end_date"):
            ...

    Fields are named as in the JSON format (``"parent"``, not ``"parent_id"``).
    Operators: ``==``, ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``contains`` (a
    list holds the value; ``==`` means the same on a list), ``set`` and
    ``unset`` (no value needed; ``== None`` and ``!= None`` mean the same).
    Text, enum and reference fields compare as text, flags and numbers as
    numbers. Dates compare as the documents mean them: a partial date is the
    whole period it names, so ``PartialDate(2020, 3) < date(2020, 4, 1)`` holds
    and ``< date(2020, 3, 15)`` does not, and ``"2020"`` is both ``<=`` and
    ``>=`` ``date(2020, 6, 30)`` (include/csp/query.h). A comparison never
    matches an unset field, except ``!=`` and ``unset``.

    Conditions are checked as they are added, like a value of the field:
    :class:`~libcsp.UnknownFieldError` for a field the entity does not have,
    :class:`~libcsp.EnumValueError` for a value its enum does not allow,
    :class:`~libcsp.DateError` for a bad date, :class:`ValueError` for an
    unknown operator, :class:`~libcsp.ArgumentError` for an operator the
    field does not take (``<`` on a list), :class:`TypeError` for a value of
    the wrong type.
    """

    def __init__(self, coll: "Collection[_E]", conds: Tuple[_Cond, ...] = (),
                 order: Tuple[Tuple[int, bool, str], ...] = (), limit: int = 0,
                 in_force: Optional[str] = None, names: bool = False,
                 base: Optional[Callable[[], Any]] = None) -> None:
        self._coll = coll
        self._base = base  # makes the C query to start from (a question of csp/governance.h), or None
        self._conds = conds
        self._order = order
        self._limit = limit
        self._in_force = in_force
        self._names = names

    def _but(self, **changes: Any) -> "Query[_E]":
        """A copy of this query with some of its parts changed."""
        parts: Dict[str, Any] = dict(conds=self._conds, order=self._order, limit=self._limit,
                                     in_force=self._in_force, names=self._names, base=self._base)
        parts.update(changes)
        return Query(self._coll, **parts)

    def _condition(self, field: str, op: str, value: Any) -> _Cond:
        cls = self._coll._cls
        fid = self._coll._field_id(field)
        code = OPERATORS.get(op) if isinstance(op, str) else None
        if code is None:
            raise ValueError(f"unknown operator {op!r} (expected one of: {', '.join(OPERATORS)})")
        if value is None and code in (_c.CSP_OP_EQ, _c.CSP_OP_NE):
            code = _c.CSP_OP_UNSET if code == _c.CSP_OP_EQ else _c.CSP_OP_SET
        nullary = code in (_c.CSP_OP_SET, _c.CSP_OP_UNSET)
        shown = f"{field} {op}" if op in ("set", "unset") else f"{field} {op} {value!r}"
        ftype = _c.csp_schema_field_type(cls._eid, fid)
        if ftype in (_BOOL, _INT):
            if nullary:
                number = 0
            elif ftype == _BOOL and isinstance(value, int):
                number = 1 if value else 0
            elif ftype == _INT and isinstance(value, int) and not isinstance(value, bool):
                number = value
            else:
                expected = "a bool" if ftype == _BOOL else "an int"
                raise TypeError(f"{field}: expected {expected}, not {type(value).__name__}")
            return (fid, code, True, number, shown)
        if nullary:
            return (fid, code, False, None, shown)
        if value is None:
            raise TypeError(f"{field} {op}: a value is needed (None only goes with == and !=)")
        return (fid, code, False, _text(value, field), shown)

    @staticmethod
    def _apply(q: Any, cond: _Cond) -> None:
        fid, code, is_int, value, _ = cond
        if is_int:
            _c.csp_query_where_int(q, fid, code, int(cast(int, value)))
        else:
            _c.csp_query_where(q, fid, code, cast("Optional[str]", value))

    def where(self, field: str, op: str, value: Any = None) -> "Query[_E]":
        """A new query: this one with one more condition on ``field``."""
        cond = self._condition(field, op, value)
        # Checked now, by the library, on a scratch query: a bad enum value or
        # date, or an operator the field does not take, raises here.
        self._apply(_c.csp_query_new(self._coll._cls._eid), cond)
        return self._but(conds=self._conds + (cond,))

    def where_in_force(self, date: Any) -> "Query[_E]":
        """A new query: this one keeping only the records in force on ``date`` (a
        date, a PartialDate or ISO text): for strategies, agreed or published and
        within their period; for seats and duty holdings, within their dates. A
        partial date is the period it names. :class:`~libcsp.ArgumentError` for an
        entity with nothing to be in force by."""
        text = _text(date, "date")
        if text is None:
            raise TypeError("date: expected a date, a PartialDate or ISO text, not None")
        _c.csp_query_in_force(_c.csp_query_new(self._coll._cls._eid), text)  # checked now
        return self._but(in_force=text)

    def with_names(self) -> "Query[_E]":
        """A new query: this one giving records that carry the name of every
        record their references name (:meth:`Entity.ref_name`), in the same
        iteration: a seat's organisation's and person's names without a read per
        seat."""
        return self._but(names=True)

    def order_by(self, field: str, descending: bool = False) -> "Query[_E]":
        """A new query: this one ordered (then) by ``field``; records equal on
        every key come in id order. A list field cannot be a key."""
        fid = self._coll._field_id(field)
        _c.csp_query_order(_c.csp_query_new(self._coll._cls._eid), fid, 0)  # a list: ArgumentError
        return self._but(order=self._order + ((fid, bool(descending), field),))

    def limit(self, n: int) -> "Query[_E]":
        """A new query: this one giving at most ``n`` records (0: no limit)."""
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError("limit must be a whole number, 0 or more")
        return self._but(limit=n)

    def _build(self) -> Any:
        q = self._base() if self._base is not None else _c.csp_query_new(self._coll._cls._eid)
        for cond in self._conds:
            self._apply(q, cond)
        for fid, descending, _ in self._order:
            _c.csp_query_order(q, fid, 1 if descending else 0)
        if self._limit:
            _c.csp_query_limit(q, self._limit)
        if self._in_force is not None:
            _c.csp_query_in_force(q, self._in_force)
        if self._names:
            _c.csp_query_names(q, 1)
        return q

    def __iter__(self) -> EntityIterator[_E]:
        return EntityIterator(self._coll._reg, self._coll._cls, self._build())

    def count(self) -> int:
        """How many records the query selects (capped by its limit)."""
        q = self._build()
        reg = self._coll._reg
        with reg._lock:
            return int(_c.csp_record_count_matching(reg._handle(), self._coll._cls._eid, q))

    def __len__(self) -> int:
        return self.count()

    def first(self) -> Optional[_E]:
        """The first record the query selects, or None."""
        with iter(self.limit(1)) as it:
            return next(it, None)

    def all(self) -> List[_E]:
        """Every record the query selects, as a list."""
        return list(self)

    def to_pandas(self) -> Any:
        """The records the query selects as a pandas DataFrame: a column per
        field (named as in the JSON format; lists as lists, dates and enum values
        as ISO and lower_snake text), and beside each reference a
        ``<field>_name`` column with the name of the record it names. Needs
        pandas (``pip install libcsp[pandas]``, or Debian's python3-pandas)."""
        try:
            import pandas  # type: ignore[import]  # optional; it ships no type hints here
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install 'libcsp[pandas]' (or apt install "
                              "python3-pandas)") from None
        cls = self._coll._cls
        columns: List[str] = []
        refs: List[Tuple[int, str]] = []
        for f in cls._fields:
            columns.append(f.key)
            if _c.csp_schema_field_type(cls._eid, f.fid) == _c.CSP_FIELD_REF:
                columns.append(f"{f.key}_name")
                refs.append((f.fid, f"{f.key}_name"))
        rows = []
        for record in self.with_names():
            row: Dict[str, Any] = {f.key: f.to_json(record) for f in cls._fields}
            for fid, column in refs:
                row[column] = _c.csp_record_ref_name(record._obj, fid)
            rows.append(row)
        return pandas.DataFrame.from_records(rows, columns=columns)

    def __repr__(self) -> str:
        text = " and ".join(c[4] for c in self._conds) or "all"
        if self._in_force is not None:
            text += f" in force on {self._in_force}"
        if self._order:
            text += " order by " + ", ".join(f + (" desc" if d else "") for _, d, f in self._order)
        if self._limit:
            text += f" limit {self._limit}"
        return f"<libcsp.Query of {self._coll._cls._entity}: {text}>"


class Collection(Generic[_E]):
    """The records of one kind in a register, as a mapping from id to entity.

    ``coll[id]`` reads a record (:class:`~libcsp.NotFoundError`, a KeyError,
    if there is none), ``id in coll`` tests for one, iterating gives every
    record in id order, ``len(coll)`` counts them, :meth:`add` inserts,
    :meth:`put` inserts or replaces, ``del coll[id]`` deletes,
    :meth:`where` starts a query. Entities read or written are attached to
    the register.
    """

    _cls: Type[_E]

    def __init__(self, reg: "Register") -> None:
        self._reg = reg

    @property
    def register(self) -> "Register":
        """The register."""
        return self._reg

    def __repr__(self) -> str:
        return f"<libcsp.{type(self).__name__} of {self._reg!r}>"

    def _field_id(self, name: str) -> int:
        if not isinstance(name, str):
            raise TypeError(f"field names are str, not {type(name).__name__}")
        fid = int(_c.csp_schema_field_find(self._cls._eid, name))
        if fid < 0:
            raise UnknownFieldError(f'{name}: {self._cls._entity} has no field "{name}"', CSP_EUNKNOWN, name)
        return fid

    def _iterate(self, criteria: Dict[str, Any]) -> EntityIterator[_E]:
        """The records whose fields equal every criterion that is not None."""
        query: Query[_E] = Query(self)
        for key, value in criteria.items():
            if value is not None:
                query = query.where(key, "==", value)
        return iter(query)

    def where(self, field: str, op: str, value: Any = None) -> Query[_E]:
        """A query over this collection with one condition (see :class:`Query`)."""
        return Query(self).where(field, op, value)

    def order_by(self, field: str, descending: bool = False) -> Query[_E]:
        """A query over this collection, ordered by ``field`` (see :class:`Query`)."""
        return Query(self).order_by(field, descending)

    def where_in_force(self, date: Any) -> Query[_E]:
        """A query of the records in force on ``date`` (see :meth:`Query.where_in_force`)."""
        return Query(self).where_in_force(date)

    def with_names(self) -> Query[_E]:
        """A query of every record, each carrying the names of what its
        references name (see :meth:`Query.with_names`)."""
        return Query(self).with_names()

    def to_pandas(self) -> Any:
        """Every record as a pandas DataFrame, with a ``<field>_name`` column
        beside each reference (see :meth:`Query.to_pandas`)."""
        return Query(self).to_pandas()

    def __getitem__(self, id: str) -> _E:
        if not isinstance(id, str):
            raise TypeError(f"ids are str, not {type(id).__name__}")
        reg = self._reg
        with reg._lock:
            raw = _c.csp_record_get(reg._handle(), self._cls._eid, id)
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
        return EntityIterator(self._reg, self._cls, None)

    def __len__(self) -> int:
        """The number of records."""
        reg = self._reg
        with reg._lock:
            return int(_c.csp_record_count_matching(reg._handle(), self._cls._eid, None))

    def ids(self) -> List[str]:
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
            _c.csp_record_put(reg._handle(), entity._obj)
        entity._reg = reg
        return entity

    def add(self, entity: _E) -> _E:
        """Inserts a new record: a plain insert, :class:`~libcsp.ExistsError`
        (and the register unchanged) if a record with its id is already there.

        Otherwise as :meth:`put`. Returns the entity.
        """
        if not isinstance(entity, self._cls):
            self._check(entity)  # raises
        reg = self._reg
        with reg._lock:
            _c.csp_record_insert(reg._handle(), entity._obj)
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
            _c.csp_record_delete(reg._handle(), self._cls._eid, key)

    def __delitem__(self, id: str) -> None:
        self.delete(id)

    def _move(self, record: Union[str, _E], parent: Union[str, _E, None], index: int) -> None:
        key = _text(record, "record")
        if key is None:
            raise TypeError(f"expected an id or a {self._cls.__name__}")
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError("index must be an int")
        reg = self._reg
        with reg._lock:
            _c.csp_record_move(reg._handle(), self._cls._eid, key, _text(parent, "parent"),
                               max(-1, min(index, 2**31 - 1)))
