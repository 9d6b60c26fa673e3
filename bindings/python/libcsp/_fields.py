"""The machinery of the entity classes: field descriptors and the Entity base.

The entity classes themselves (Organisation, Partnership, ...) are generated
from the model's description into ``_model.py``: each is a list of these
descriptors, one per field, with its field id. A descriptor reads and writes
its field through the generic record API of the C library
(``csp_record_set_text(record, field, value)`` and the rest), so every value
is validated by the library as it is set: an unknown kind raises
:class:`~libcsp.EnumValueError`, an impossible date :class:`~libcsp.DateError`.
Reads come in one call: the first read of an object fetches every field's
value at once (``csp_py_record_values``; an iteration gets them with the
record) and keeps them on the object until one of its fields is set.

An entity object is a detached copy of a record: change it with its
properties, then write it with ``reg.<collection>.put()`` or
:meth:`Entity.save`. An entity read from a register, or written to one, is
*attached* to it: it keeps the register alive, and its references can be
followed (``membership.organisation`` is the Organisation;
``membership.organisation_id`` is its id). Reading plain fields never needs
the register, even after it is closed; following a reference or saving then
raises :class:`~libcsp.ClosedError`.
"""

from __future__ import annotations

import datetime
import enum
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Dict,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
    overload,
)

from . import _libcsp as _c
from ._dates import DateLike, PartialDate, _from_c as _date_from_c, format_date, parse_date
from ._errors import (
    CSP_EINVALID,
    CSP_EREQUIRED,
    CSP_EUNKNOWN,
    DetachedError,
    InvalidValueError,
    RequiredFieldError,
    UnknownFieldError,
)

if TYPE_CHECKING:
    from ._collection import EntityIterator
    from ._register import Register

__all__ = ["Entity", "Value"]

_T = TypeVar("_T")
_E = TypeVar("_E", bound="Entity")
_F = TypeVar("_F", bound="_Field[Any]")

#: A JSON-ready value as found in to_dict() (and the JSON format).
JSONValue = Union[str, int, bool, List[str]]


class Value(str, enum.Enum):
    """Base of the enums: a member is its lower_snake text (``Role.CHAIR ==
    "chair"``), usable wherever text is, and has a :attr:`label` for people."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def label(self) -> str:
        """The value's label for people, e.g. ``"Vice-chair"``."""
        return _c.csp_schema_enum_label(type(self)._enum_name(), self.value) or str(self.value)

    @property
    def doc(self) -> str:
        """A one-line description of the value."""
        return _c.csp_schema_enum_doc(type(self)._enum_name(), self.value) or ""

    @classmethod
    def _enum_name(cls) -> str:
        return str(getattr(cls, "_csp_enum", ""))


# ---------------------------------------------------------------------------
# Field descriptors. Each knows its field id and calls the generic record API.
# ---------------------------------------------------------------------------


def _bad_type(key: str, expected: str, value: object) -> InvalidValueError:
    return InvalidValueError(f"{key}: expected {expected}, got {type(value).__name__}", CSP_EINVALID, key)


def _ref_id(value: object, key: str) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Entity):
        return value.id
    raise TypeError(f"{key} must be an id (str), an entity or None, not {type(value).__name__}")


class _Field(Generic[_T]):
    """A property of an entity backed by one field of its C record."""

    #: Whether to_dict() writes it (views of references are not written).
    data = True
    #: Whether the value is the C text as it is (get() not overridden): then
    #: __get__ reads it itself, a method call less on the hottest path.
    _plain = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._plain = cls.get is _Field.get

    def __init__(self, fid: int, key: str, *, required: bool = False, readonly: bool = False) -> None:
        self.fid = fid
        self.key = key
        self.required = required
        self.readonly = readonly
        self.attr = key
        self.entity = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name
        self.entity = cast("Type[Entity]", owner)._entity
        if self.entity:
            doc = _c.csp_schema_doc(self.entity, self.key) or ""
            self.__doc__ = doc + self._doc_suffix()

    def _doc_suffix(self) -> str:
        return " Kept by libcsp: read-only." if self.readonly else ""

    @overload
    def __get__(self: _F, obj: None, owner: Optional[type] = None) -> _F: ...

    @overload
    def __get__(self, obj: "Entity", owner: Optional[type] = None) -> _T: ...

    def __get__(self, obj: Optional["Entity"], owner: Optional[type] = None) -> Any:
        if obj is None:
            return self
        if self._plain:
            vals = obj._vals
            if vals is None:
                vals = obj._values()
            return vals[self.fid]
        return self.get(obj)

    def get(self, obj: "Entity") -> _T:
        return cast(_T, obj._values()[self.fid])

    def _set_text(self, obj: "Entity", value: Optional[str]) -> None:
        if self.readonly:
            raise AttributeError(f"{self.entity}.{self.key} is kept by libcsp and cannot be changed")
        if value is None and self.required:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        obj._vals = None
        _c.csp_record_set_text(obj._obj, self.fid, value)

    # JSON view: the value for to_dict() (None to leave the key out) and back.
    #: How to_dict() writes the value it reads (Entity._plan): as it is
    #: (None left out), a flag (True, false left out), a number (0 left
    #: out) or a list (empty left out).
    _json_kind = 0

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        return cast("Optional[JSONValue]", obj._values()[self.fid])

    def from_json(self, obj: "Entity", value: object) -> None:
        if not isinstance(value, str):
            raise _bad_type(self.key, "a string", value)
        self._set_text(obj, value)


class _Id(_Field[str]):
    """The record's id (read-only)."""

    def __set__(self, obj: "Entity", value: str) -> None:
        raise AttributeError("an id cannot be changed; create a new object")


class _Text(_Field[Optional[str]]):
    """Optional free text: str, or None when unset."""

    def __set__(self, obj: "Entity", value: Optional[str]) -> None:
        self._set_text(obj, value)


class _RequiredText(_Field[str]):
    """Required free text."""

    def __set__(self, obj: "Entity", value: str) -> None:
        self._set_text(obj, value)


class _Bool(_Field[bool]):
    """A flag; False when unset. Left out of to_dict() when False."""

    _json_kind = 1

    def get(self, obj: "Entity") -> bool:
        return bool(obj._values()[self.fid])

    def __set__(self, obj: "Entity", value: bool) -> None:
        if self.readonly:
            raise AttributeError(f"{self.entity}.{self.key} is kept by libcsp and cannot be changed")
        if not isinstance(value, int):
            raise TypeError(f"{self.key} must be a bool, not {type(value).__name__}")
        obj._vals = None
        _c.csp_record_set_int(obj._obj, self.fid, 1 if value else 0)

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        return True if obj._values()[self.fid] else None

    def from_json(self, obj: "Entity", value: object) -> None:
        if not isinstance(value, bool):
            raise _bad_type(self.key, "true or false", value)
        self.__set__(obj, value)


class _Int(_Field[Optional[int]]):
    """A whole number in a range; None when unset (0 and None both clear it)."""

    _json_kind = 2

    def get(self, obj: "Entity") -> Optional[int]:
        value = obj._values()[self.fid]
        return int(value) if value else None

    def __set__(self, obj: "Entity", value: Optional[int]) -> None:
        if self.readonly:
            raise AttributeError(f"{self.entity}.{self.key} is kept by libcsp and cannot be changed")
        if value is None:
            value = 0
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.key} must be an int or None, not {type(value).__name__}")
        if not -(2**31) < value < 2**31:
            raise InvalidValueError(f"{self.key}: {value} is out of range", CSP_EINVALID, self.key)
        obj._vals = None
        _c.csp_record_set_int(obj._obj, self.fid, value)

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        value = obj._values()[self.fid]
        return int(value) if value else None

    def from_json(self, obj: "Entity", value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad_type(self.key, "a whole number", value)
        if value == 0 or not -(2**31) < value < 2**31:
            raise InvalidValueError(f"{self.key}: {value} is out of range", CSP_EINVALID, self.key)
        self.__set__(obj, value)


class _Enum(_Field[_T]):
    """One of a fixed list of values, as an enum member (a str subclass)."""

    def __init__(self, fid: int, key: str, enum_cls: Type[Any], *, required: bool = False) -> None:
        super().__init__(fid, key, required=required)
        self.enum_cls = enum_cls
        self._members: Dict[str, Any] = {m.value: m for m in enum_cls}

    def _doc_suffix(self) -> str:
        return f" One of {self.enum_cls.__name__}."

    def get(self, obj: "Entity") -> _T:
        value = obj._values()[self.fid]
        if value is None:
            return cast(_T, None)
        # The member; a value newer than this package stays as it is, as text.
        return cast(_T, self._members.get(value, value))

    def __set__(self, obj: "Entity", value: Union[_T, str]) -> None:
        # A member is a str holding its value: it goes to C as it is.
        self._set_text(obj, cast("Optional[str]", value))


class _Date(_Field[Union[datetime.date, PartialDate, None]]):
    """A full or partial date: datetime.date, PartialDate or None."""

    def _doc_suffix(self) -> str:
        return " A datetime.date for a full date, a PartialDate for a year or month."

    def get(self, obj: "Entity") -> Union[datetime.date, PartialDate, None]:
        return _date_from_c(obj._values()[self.fid])

    def __set__(self, obj: "Entity", value: Optional[DateLike]) -> None:
        self._set_text(obj, None if value is None else format_date(value))


class _RequiredDate(_Field[Union[datetime.date, PartialDate]]):
    """A required full or partial date."""

    def _doc_suffix(self) -> str:
        return " A datetime.date for a full date, a PartialDate for a year or month."

    def get(self, obj: "Entity") -> Union[datetime.date, PartialDate]:
        return cast("Union[datetime.date, PartialDate]", _date_from_c(obj._values()[self.fid]))

    def __set__(self, obj: "Entity", value: DateLike) -> None:
        self._set_text(obj, None if value is None else format_date(value))


class _RefId(_Field[Optional[str]]):
    """The id of the record referenced (the ``<field>_id`` attributes)."""

    def __set__(self, obj: "Entity", value: Union[str, "Entity", None]) -> None:
        self._set_text(obj, _ref_id(value, self.key))


class _RequiredRefId(_Field[str]):
    """The id of a required reference."""

    def __set__(self, obj: "Entity", value: Union[str, "Entity"]) -> None:
        self._set_text(obj, _ref_id(value, self.key))


class _RefObject(_Field[_T]):
    """The record referenced, read from the entity's register."""

    data = False

    def __init__(self, fid: int, key: str, target: str) -> None:
        super().__init__(fid, key)
        self.target = target

    def _doc_suffix(self) -> str:
        return (
            f" Reading it fetches the {self.target} from the register this object is"
            f" attached to (None when unset); {self.key}_id is the id alone."
        )

    def get(self, obj: "Entity") -> _T:
        ref = obj._values()[self.fid]
        if ref is None:
            return cast(_T, None)
        return cast(_T, obj._require_register()._collection(self.target)[ref])

    def __set__(self, obj: "Entity", value: Union[_T, str, None]) -> None:
        self._set_text(obj, _ref_id(value, self.key))


class _List(_Field[List[_T]]):
    """An ordered list; reading gives a new list, assign an iterable to change it."""

    def _doc_suffix(self) -> str:
        return " A list (a copy: assign a new list to change it)."

    # How each item goes in (to the C text) and comes out (from it).
    def _in(self, value: Any) -> Optional[str]:
        return _ref_id(value, self.key)

    def _out(self, text: str) -> _T:
        return cast(_T, text)

    _json_kind = 3

    def raw(self, obj: "Entity") -> List[str]:
        return list(obj._values()[self.fid])

    def get(self, obj: "Entity") -> List[_T]:
        out = self._out
        return [out(v) for v in obj._values()[self.fid]]

    def _replace(self, obj: "Entity", values: List[Optional[str]]) -> None:
        o, fid = obj._obj, self.fid
        old = self.raw(obj)
        obj._vals = None
        try:
            _c.csp_record_clear(o, fid)
            for v in values:
                _c.csp_record_add(o, fid, v)
        except BaseException:
            _c.csp_record_clear(o, fid)
            for v in old:
                _c.csp_record_add(o, fid, v)
            raise
        finally:
            obj._vals = None

    def __set__(self, obj: "Entity", value: Iterable[Any]) -> None:
        if isinstance(value, (str, bytes)):
            raise TypeError(f"{self.key} must be a list, not a single {type(value).__name__}")
        if value is None:
            value = ()
        self._replace(obj, [self._in(v) for v in value])

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        values = self.raw(obj)
        return values if values else None

    def from_json(self, obj: "Entity", value: object) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad_type(self.key, "a list of strings", value)
        self._replace(obj, cast("List[Optional[str]]", value))


class _TextList(_List[str]):
    """An ordered list of texts (or of ids, for the ``..._ids`` views)."""


class _EnumList(_List[_T]):
    """An ordered list of values from a fixed list, as enum members."""

    def __init__(self, fid: int, key: str, enum_cls: Type[Any]) -> None:
        super().__init__(fid, key)
        self.enum_cls = enum_cls
        self._members: Dict[str, Any] = {m.value: m for m in enum_cls}

    def _doc_suffix(self) -> str:
        return f" A list of {self.enum_cls.__name__} (a copy: assign a new list to change it)."

    def _in(self, value: Any) -> Optional[str]:
        if isinstance(value, self.enum_cls):
            return cast(str, value.value)
        if value is None or isinstance(value, str):
            return value
        raise TypeError(f"{self.key} items must be {self.enum_cls.__name__} or str")

    def _out(self, text: str) -> _T:
        return cast(_T, self._members.get(text, text))


class _DateList(_List[Union[datetime.date, PartialDate]]):
    """An ordered list of full or partial dates."""

    def _doc_suffix(self) -> str:
        return " A list of datetime.date / PartialDate (a copy: assign a new list to change it)."

    def _in(self, value: Any) -> Optional[str]:
        return format_date(value)

    def _out(self, text: str) -> Union[datetime.date, PartialDate]:
        return parse_date(text)


class _RefListObjects(_Field[List[_T]]):
    """The records referenced by a list of ids, read from the register."""

    data = False

    def __init__(self, fid: int, key: str, target: str) -> None:
        super().__init__(fid, key)
        self.target = target

    def _doc_suffix(self) -> str:
        return f" The {self.target} records, read from the register; {self.key}_ids is the ids alone."

    def get(self, obj: "Entity") -> List[_T]:
        ids = obj._values()[self.fid]
        if not ids:
            return []
        coll = obj._require_register()._collection(self.target)
        return [cast(_T, coll[i]) for i in ids]

    def __set__(self, obj: "Entity", value: Iterable[Union[_T, str]]) -> None:
        field = cast(_TextList, type(obj).__dict__[f"{self.key}_ids"])
        field.__set__(obj, value)


# ---------------------------------------------------------------------------
# The entity base
# ---------------------------------------------------------------------------


class Entity:
    """Base class of the record types (:class:`Organisation` and the rest)."""

    __slots__ = ("_obj", "_reg", "_vals", "__weakref__")

    #: The C entity name ("organisation") and id (its CSP_ENTITY_ number).
    _entity: ClassVar[str] = ""
    _eid: ClassVar[int] = -1
    #: The field a nested record names its parent by, if it is nested (JSON).
    _nested: ClassVar[Optional[str]] = None
    #: Every field written by to_dict(), in the JSON format's order.
    _fields: ClassVar[Tuple[_Field[Any], ...]] = ()
    _json_fields: ClassVar[Tuple[_Field[Any], ...]] = ()
    _by_key: ClassVar[Dict[str, _Field[Any]]] = {}
    _required: ClassVar[Tuple[str, ...]] = ()
    #: to_dict()'s plan: (key, field id, Field._json_kind) per field it writes.
    _plan: ClassVar[Tuple[Tuple[str, int, int], ...]] = ()

    _obj: Any
    _reg: Optional["Register"]
    #: Every field's value (csp_py_record_values), or None until read and
    #: after a field is set.
    _vals: Optional[Tuple[Any, ...]]

    id = _Id(0, "id", required=True)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "id" not in vars(cls):
            ident = _Id(0, "id", required=True)
            setattr(cls, "id", ident)
            ident.__set_name__(cls, "id")
        fields = sorted((v for v in vars(cls).values() if isinstance(v, _Field) and v.data), key=lambda f: f.fid)
        cls._fields = tuple(fields)
        cls._json_fields = tuple(f for f in fields if not f.readonly)
        cls._by_key = {f.key: f for f in fields if not f.readonly}
        cls._required = tuple(f.key for f in fields if f.required)
        cls._plan = tuple((f.key, f.fid, f._json_kind) for f in cls._json_fields)

    def _init(self, id: str) -> None:
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = _c.csp_record_new(type(self)._eid, id)
        self._reg = None
        self._vals = None

    @classmethod
    def _wrap(cls: Type[_E], raw: Any, reg: Optional["Register"], vals: Optional[Tuple[Any, ...]] = None) -> _E:
        self = cls.__new__(cls)
        self._obj = raw
        self._reg = reg
        self._vals = vals
        return self

    def _values(self) -> Tuple[Any, ...]:
        """Every field's value, fetched in one call and kept until a field is set."""
        vals = self._vals
        if vals is None:
            vals = self._vals = _c.csp_py_record_values(self._obj)
        return vals

    # -- the register ---------------------------------------------------

    @property
    def register(self) -> Optional["Register"]:
        """The register this object was read from or last written to, or None."""
        return self._reg

    def _require_register(self) -> "Register":
        reg = self._reg
        if reg is None:
            raise DetachedError(
                f"this {self._entity} is not attached to a register: read it from one,"
                " or add it to one, to follow its references"
            )
        reg._handle()  # raises ClosedError when closed
        return reg

    def save(self) -> None:
        """Writes this object to the register it is attached to (insert or replace).

        Raises:
            DetachedError: it is not attached to a register.
            ClosedError: that register is closed.
        """
        self._require_register()._collection(self._entity).put(self)

    # -- dicts ----------------------------------------------------------

    def to_dict(self) -> Dict[str, JSONValue]:
        """The record as a dict with the keys of the JSON format (``docs/json-format.md``).

        Values are JSON-ready: dates and enum values as text, references as
        ids. As in an export, unset optional fields and false flags are left
        out. ``json.dumps(obj.to_dict())`` gives the record as the JSON
        format writes it, but for a nested record (a membership) the dict
        also names its parent, which a document implies by nesting.
        """
        vals = self._vals
        if vals is None:
            vals = self._values()
        out: Dict[str, JSONValue] = {}
        for key, fid, kind in self._plan:
            value = vals[fid]
            if kind == 0:
                if value is not None:
                    out[key] = value
            elif not value:
                continue
            elif kind == 1:
                out[key] = True
            elif kind == 2:
                out[key] = value
            else:
                out[key] = list(value)
        return out

    @classmethod
    def from_dict(cls: Type[_E], data: Mapping[str, Any]) -> _E:
        """Builds a detached object from a dict with the keys of the JSON format.

        Raises:
            UnknownFieldError: a key that is not a field (``path`` names it).
            RequiredFieldError: a required key is missing.
            ValidationError: a value is of the wrong type or not allowed.
        """
        return cls._from_dict(data, None)

    @classmethod
    def _from_dict(cls: Type[_E], data: Mapping[str, Any], parent: Union[str, "Entity", None]) -> _E:
        """from_dict(); a nested record (a membership in its partnership's
        ``"members"``) may have its parent given apart, as a document implies it."""
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a mapping, not {type(data).__name__}")
        if parent is not None and cls._nested and cls._nested not in data:
            data = dict(data)
            data[cls._nested] = _ref_id(parent, cls._nested)
        by_key = cls._by_key
        for key in data:
            if key not in by_key:
                raise UnknownFieldError(f'{key}: unknown field "{key}" in a {cls._entity}', CSP_EUNKNOWN, str(key))
        for key in cls._required:
            if data.get(key) is None:
                raise RequiredFieldError(f"{key}: required field missing", CSP_EREQUIRED, key)
        ident = data["id"]
        if not isinstance(ident, str):
            raise _bad_type("id", "a string", ident)
        self = cls.__new__(cls)
        self._init(ident)
        for key, value in data.items():
            if key != "id":
                by_key[key].from_json(self, value)
        return self

    def copy(self: _E) -> _E:
        """A detached copy of this object."""
        clone = type(self).__new__(type(self))
        clone._obj = _c.csp_record_copy(self._obj)
        clone._reg = None
        clone._vals = self._vals
        return clone

    # -- Python protocol ------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(_c.csp_record_equal(self._obj, cast(Entity, other)._obj))

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        items = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({items})"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self).from_dict, (self.to_dict(),))

    def __str__(self) -> str:
        """The record's name for people: its name, title or label, else its id."""
        return str(_c.csp_record_name(self._obj))

    def ref_name(self, field: str) -> Optional[str]:
        """The name of the record the reference ``field`` names (``seat.ref_name(
        "organisation")``), when this object came from a query with names
        (``reg.memberships.with_names()``); None otherwise, or when unset. It
        needs no read of the register."""
        fid = _c.csp_schema_field_find(self._eid, field) if isinstance(field, str) else -1
        if fid < 0:
            raise UnknownFieldError(f'{field}: a {self._entity} has no field "{field}"', CSP_EUNKNOWN, str(field))
        return _c.csp_record_ref_name(self._obj, fid)

    def _in_force(self, date: DateLike) -> bool:
        return bool(_c.csp_record_in_force(self._obj, format_date(date)))

    def _related(self, entity: str, key: str, **extra: Any) -> "EntityIterator[Any]":
        """The records of `entity` whose `key` names this one (and match `extra`)."""
        reg = self._require_register()
        return reg._collection(entity)._iterate({key: self.id, **extra})

    def _move(self, parent: Union[str, "Entity", None], index: int) -> None:
        reg = self._require_register()
        reg._collection(self._entity).move(self, parent, index)  # type: ignore[attr-defined]
        self._obj = reg._collection(self._entity)[self.id]._obj
        self._vals = None
