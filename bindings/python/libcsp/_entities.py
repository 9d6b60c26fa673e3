"""The entity classes: Organisation, Person, Partnership, Membership.

An entity object is a detached copy of a record (the C library's model):
change it with its properties, then write it with ``reg.<collection>.put()``
or :meth:`Entity.save`. Properties are validated by the C setters as they are
set, so a bad value raises at once (an unknown kind raises
:class:`~libcsp.EnumValueError`, an impossible date :class:`~libcsp.DateError`).

An entity read from a register, or written to one, is *attached* to it: it
keeps the register alive, and its references can be followed
(``membership.organisation`` is the Organisation; ``membership.organisation_id``
is its id). Reading plain fields never needs the register, even after it
is closed; following a reference or saving then raises
:class:`~libcsp.ClosedError`.
"""

from __future__ import annotations

import datetime
import enum
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
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
from ._enums import OrganisationKind, PartnershipKind, Role
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
    from ._enums import AssessmentKind, StrategyKind, StrategyStatus
    from ._register import Register
    from ._statutory import Assessment, Discharge, DutyHolding, Strategy

__all__ = ["Entity", "Organisation", "Person", "Partnership", "Membership"]

_T = TypeVar("_T")
_E = TypeVar("_E", bound="Entity")
_F = TypeVar("_F", bound="_Field[Any]")
_M = TypeVar("_M", bound="Membership")

#: A JSON-ready value as found in to_dict() (and the JSON format).
JSONValue = Union[str, int, bool, List[str]]


def _doc(entity: str, key: str) -> str:
    text = _c.csp_schema_doc(entity, key)
    return text if text else ""


# ---------------------------------------------------------------------------
# Field descriptors. Each wraps the C getter and setter csp_<entity>_<key>
# and csp_<entity>_set_<key>, found when the class is created.
# ---------------------------------------------------------------------------


class _Field(Generic[_T]):
    """A property of an entity backed by the C getter and setter."""

    #: Whether the field is written by to_dict() (reference-object views are not).
    data = True

    def __init__(self, key: Optional[str] = None, *, required: bool = False) -> None:
        self.key = key or ""
        self.required = required
        self.writable = True
        self.attr = ""
        self.entity = ""
        self._cget: Callable[..., Any] = _missing
        self._cset: Callable[..., Any] = _missing
        # True when get() is the plain C getter (not overridden by a subclass).
        self._plain = type(self).get is _Field.get

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name
        if not self.key:
            self.key = name
        self.entity = cast("Type[Entity]", owner)._entity
        if not self.entity:  # the abstract base: each subclass binds its own copy
            return
        self._bind(self.entity, self.key)
        doc = _doc(self.entity, self.key)
        self.__doc__ = doc + self._doc_suffix()

    def _bind(self, entity: str, key: str) -> None:
        self._cget = getattr(_c, f"csp_{entity}_{key}")
        setter = getattr(_c, f"csp_{entity}_set_{key}", None)
        # A field with no C setter is kept by the library (a duty's builtin, an
        # element's position): readable, never written, and not in dicts.
        self.writable = setter is not None or key == "id"
        self._cset = setter if setter is not None else _read_only(entity, key)

    def _doc_suffix(self) -> str:
        return ""

    @overload
    def __get__(self: _F, obj: None, owner: Optional[type] = None) -> _F: ...

    @overload
    def __get__(self, obj: "Entity", owner: Optional[type] = None) -> _T: ...

    def __get__(self, obj: Optional["Entity"], owner: Optional[type] = None) -> Any:
        if obj is None:
            return self
        if self._plain:  # the C getter's value as it is: one call, no conversion
            return self._cget(obj._obj)
        return self.get(obj)

    def get(self, obj: "Entity") -> _T:
        return cast(_T, self._cget(obj._obj))

    # JSON view: the value for to_dict() (None to leave the key out) and back.
    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        return cast(Optional[JSONValue], self._cget(obj._obj))

    def from_json(self, obj: "Entity", value: object) -> None:
        if not isinstance(value, str):
            raise _bad_type(self.key, "a string", value)
        self._cset(obj._obj, value)


def _missing(*args: object) -> Any:  # pragma: no cover - replaced in __set_name__
    raise AssertionError("field not bound")


def _read_only(entity: str, key: str) -> Callable[..., Any]:
    def setter(*args: object) -> Any:
        raise AttributeError(f"{entity}.{key} cannot be changed")

    return setter


def _bad_type(key: str, expected: str, value: object) -> InvalidValueError:
    return InvalidValueError(
        f"{key}: expected {expected}, got {type(value).__name__}", CSP_EINVALID, key
    )


class _Id(_Field[str]):
    """The record's id (read-only)."""

    def __set__(self, obj: "Entity", value: str) -> None:
        raise AttributeError("an id cannot be changed; create a new object")


class _Text(_Field[Optional[str]]):
    """Optional free text: str, or None when unset."""

    def __set__(self, obj: "Entity", value: Optional[str]) -> None:
        self._cset(obj._obj, value)


class _RequiredText(_Field[str]):
    """Required free text."""

    def __set__(self, obj: "Entity", value: str) -> None:
        if value is None:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        self._cset(obj._obj, value)


class _Bool(_Field[bool]):
    """A flag; False when unset. Left out of to_dict() when False."""

    def __set__(self, obj: "Entity", value: bool) -> None:
        if not isinstance(value, int):
            raise TypeError(f"{self.key} must be a bool, not {type(value).__name__}")
        self._cset(obj._obj, 1 if value else 0)

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        return True if self._cget(obj._obj) else None

    def from_json(self, obj: "Entity", value: object) -> None:
        if not isinstance(value, bool):
            raise _bad_type(self.key, "true or false", value)
        self._cset(obj._obj, 1 if value else 0)


class _Int(_Field[Optional[int]]):
    """A whole number in a range; None when unset (0 and None both clear it)."""

    def get(self, obj: "Entity") -> Optional[int]:
        value = self._cget(obj._obj)
        return value if value else None

    def __set__(self, obj: "Entity", value: Optional[int]) -> None:
        if value is None:
            value = 0
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.key} must be an int or None, not {type(value).__name__}")
        if not -(2**31) < value < 2**31:
            raise InvalidValueError(f"{self.key}: {value} is out of range", CSP_EINVALID, self.key)
        self._cset(obj._obj, value)

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        value = self._cget(obj._obj)
        return cast(int, value) if value else None

    def from_json(self, obj: "Entity", value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad_type(self.key, "a whole number", value)
        if value == 0 or not -(2**31) < value < 2**31:
            raise InvalidValueError(f"{self.key}: {value} is out of range", CSP_EINVALID, self.key)
        self._cset(obj._obj, value)


class _Enum(_Field[_T]):
    """One of a fixed list of values, as an enum member (str subclass)."""

    def __init__(self, enum_cls: Type[Any], key: Optional[str] = None, *, required: bool = False) -> None:
        super().__init__(key, required=required)
        self.enum_cls = enum_cls
        self._members: Dict[str, Any] = {m.value: m for m in enum_cls}

    def _doc_suffix(self) -> str:
        return f" One of {self.enum_cls.__name__}."

    def get(self, obj: "Entity") -> _T:
        value = self._cget(obj._obj)
        # The member; a value newer than this package (or None) stays as it is.
        return cast(_T, self._members.get(value, value))

    def __set__(self, obj: "Entity", value: Union[_T, str]) -> None:
        if value is None and self.required:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        if isinstance(value, self.enum_cls):
            value = value.value
        self._cset(obj._obj, value)

    def to_json(self, obj: "Entity") -> Optional[JSONValue]:
        return cast(Optional[str], self._cget(obj._obj))


class _Date(_Field[Union[datetime.date, PartialDate, None]]):
    """A full or partial date: datetime.date, PartialDate or None."""

    def _doc_suffix(self) -> str:
        return " A datetime.date for a full date, a PartialDate for a year or month."

    def get(self, obj: "Entity") -> Union[datetime.date, PartialDate, None]:
        return _date_from_c(self._cget(obj._obj))

    def __set__(self, obj: "Entity", value: Optional[DateLike]) -> None:
        if value is None and self.required:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        self._cset(obj._obj, None if value is None else format_date(value))


def _ref_id(value: object, key: str) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Entity):
        return value.id
    raise TypeError(f"{key} must be an id (str), an entity or None, not {type(value).__name__}")


class _RefId(_Field[Optional[str]]):
    """The id of the record referenced (``<key>_id`` attributes)."""

    def __set__(self, obj: "Entity", value: Union[str, "Entity", None]) -> None:
        if value is None and self.required:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        self._cset(obj._obj, _ref_id(value, self.key))


class _RequiredRefId(_Field[str]):
    """The id of a required reference."""

    def __set__(self, obj: "Entity", value: Union[str, "Entity"]) -> None:
        if value is None:
            raise RequiredFieldError(f"{self.key} is required", CSP_EREQUIRED, self.key)
        self._cset(obj._obj, _ref_id(value, self.key))


class _RefObject(_Field[_T]):
    """The record referenced, read from the entity's register."""

    data = False

    def __init__(self, key: str, target: str) -> None:
        super().__init__(key)
        self.target = target

    def _doc_suffix(self) -> str:
        return (
            f" Reading it fetches the {self.target} from the register this object is"
            f" attached to (None when unset); {self.key}_id is the id alone."
        )

    def get(self, obj: "Entity") -> _T:
        ref = self._cget(obj._obj)
        if ref is None:
            return cast(_T, None)
        return cast(_T, obj._require_register()._collection(self.target)[ref])

    def __set__(self, obj: "Entity", value: Union[_T, str, None]) -> None:
        self._cset(obj._obj, _ref_id(value, self.key))


class _List(_Field[List[_T]]):
    """An ordered list; reading gives a new list, assign an iterable to change it."""

    def _bind(self, entity: str, key: str) -> None:
        self._cget = getattr(_c, f"csp_{entity}_{key}")
        self._ccount: Callable[[Any], int] = getattr(_c, f"csp_{entity}_{key}_count")
        self._cadd: Callable[[Any, Optional[str]], None] = getattr(_c, f"csp_{entity}_add_{key}")
        self._cclear: Callable[[Any], None] = getattr(_c, f"csp_{entity}_clear_{key}")

    def _doc_suffix(self) -> str:
        return " A list (a copy: assign a new list to change it)."

    # How each item goes in (to the C text) and comes out (from it).
    def _in(self, value: Any) -> Optional[str]:
        return _ref_id(value, self.key)

    def _out(self, text: str) -> _T:
        return cast(_T, text)

    def raw(self, obj: "Entity") -> List[str]:
        o = obj._obj
        get = self._cget
        return [get(o, i) for i in range(self._ccount(o))]

    def get(self, obj: "Entity") -> List[_T]:
        out = self._out
        return [out(v) for v in self.raw(obj)]

    def _replace(self, obj: "Entity", values: List[Optional[str]]) -> None:
        o = obj._obj
        old = self.raw(obj)
        self._cclear(o)
        try:
            for v in values:
                self._cadd(o, v)
        except BaseException:
            self._cclear(o)
            for v in old:
                self._cadd(o, v)
            raise

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
        self._replace(obj, cast(List[Optional[str]], value))


class _TextList(_List[str]):
    """An ordered list of texts (or of ids, for the ``..._ids`` views)."""


class _EnumList(_List[_T]):
    """An ordered list of values from a fixed list, as enum members."""

    def __init__(self, enum_cls: Type[Any], key: Optional[str] = None) -> None:
        super().__init__(key)
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

    def __init__(self, key: str, target: str) -> None:
        super().__init__(key)
        self.target = target

    def _bind(self, entity: str, key: str) -> None:
        self._cget = getattr(_c, f"csp_{entity}_{key}")
        self._ccount: Callable[[Any], int] = getattr(_c, f"csp_{entity}_{key}_count")

    def _doc_suffix(self) -> str:
        return f" The {self.target} records, read from the register; {self.key}_ids is the ids alone."

    def get(self, obj: "Entity") -> List[_T]:
        o = obj._obj
        ids = [self._cget(o, i) for i in range(self._ccount(o))]
        if not ids:
            return []
        coll = obj._require_register()._collection(self.target)
        return [cast(_T, coll[i]) for i in ids]

    def __set__(self, obj: "Entity", value: Iterable[Union[_T, str]]) -> None:
        field = cast(_TextList, type(obj).__dict__[f"{self.key}_ids"])
        field.__set__(obj, value)


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------


class Entity:
    """Base class of the record types. Not instantiated directly."""

    __slots__ = ("_obj", "_reg", "__weakref__")

    #: The C entity name ("organisation").
    _entity: ClassVar[str] = ""
    #: Every field, in the JSON format's order.
    _fields: ClassVar[Tuple[_Field[Any], ...]] = ()
    #: The fields written by to_dict() (all but those the library keeps).
    _json_fields: ClassVar[Tuple[_Field[Any], ...]] = ()
    _by_key: ClassVar[Dict[str, _Field[Any]]] = {}
    _required: ClassVar[Tuple[str, ...]] = ()
    _cnew: ClassVar[Callable[[str], Any]]

    _obj: Any
    _reg: Optional["Register"]

    id = _Id()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "id" not in vars(cls):
            ident = _Id()
            setattr(cls, "id", ident)
            ident.__set_name__(cls, "id")
        by_attr: Dict[str, _Field[Any]] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if isinstance(value, _Field) and value.data:
                    by_attr[attr] = value  # a subclass's field replaces the base's, in place
        # id first, then the order of the class body (the JSON order).
        fields = sorted(by_attr.values(), key=lambda f: 0 if f.key == "id" else 1)
        cls._fields = tuple(fields)
        cls._json_fields = tuple(f for f in fields if f.writable)
        cls._by_key = {f.key: f for f in fields if f.writable}
        cls._required = tuple(f.key for f in fields if f.required or f.key == "id")
        cls._cnew = getattr(_c, f"csp_{cls._entity}_new")

    def _init(self, id: str) -> None:
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        self._obj = type(self)._cnew(id)
        self._reg = None

    @classmethod
    def _wrap(cls: Type[_E], raw: Any, reg: Optional["Register"]) -> _E:
        self = cls.__new__(cls)
        self._obj = raw
        self._reg = reg
        return self

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
        format writes it.
        """
        out: Dict[str, JSONValue] = {}
        for field in self._json_fields:
            value = field.to_json(self)
            if value is not None:
                out[field.key] = value
        return out

    @classmethod
    def from_dict(cls: Type[_E], data: Mapping[str, Any]) -> _E:
        """Builds a detached object from a dict with the keys of the JSON format.

        Raises:
            UnknownFieldError: a key that is not a field (``path`` names it).
            RequiredFieldError: a required key is missing.
            ValidationError: a value is of the wrong type or not allowed.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a mapping, not {type(data).__name__}")
        by_key = cls._by_key
        for key in data:
            if key not in by_key:
                raise UnknownFieldError(
                    f'{key}: unknown field "{key}" in a {cls._entity}', CSP_EUNKNOWN, str(key)
                )
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
        return type(self).from_dict(self.to_dict())

    # -- Python protocol ------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == cast(Entity, other).to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        items = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({items})"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self).from_dict, (self.to_dict(),))

    def _set_fields(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if value is not None:
                setattr(self, name, value)

    def _related(self, entity: str, key: str, **extra: Any) -> Iterator[Any]:
        """The records of `entity` whose `key` names this one (and match `extra`)."""
        reg = self._require_register()
        filt: Dict[str, Any] = {key: self.id}
        for k, v in extra.items():
            if v is not None:
                filt[k] = v.value if isinstance(v, enum.Enum) else v
        return reg._collection(entity)._iterate(filt)

    def _memberships(self, key: str, role: Union[Role, str, None]) -> Iterator["Membership"]:
        return cast(Iterator["Membership"], self._related("membership", key, role=role))


class Organisation(Entity):
    """An agency or body that sits on partnerships, with its statutory standing.

    Example::

        org = libcsp.Organisation("ealing-council", "Ealing Council",
                                  libcsp.OrganisationKind.LOCAL_AUTHORITY,
                                  area="Ealing", responsible_authority=True)
    """

    __slots__ = ()
    _entity = "organisation"

    name = _RequiredText(required=True)
    kind: _Enum[OrganisationKind] = _Enum(OrganisationKind, required=True)
    area = _Text()
    responsible_authority = _Bool()
    serious_violence_duty_holder = _Bool()
    cooperating_body = _Bool()

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
        self._init(id)
        self.name = name
        self.kind = kind
        self._set_fields(
            {
                "area": area,
                "responsible_authority": responsible_authority or None,
                "serious_violence_duty_holder": serious_violence_duty_holder or None,
                "cooperating_body": cooperating_body or None,
            }
        )

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats this organisation holds (optionally only those with ``role``),
        in id order. Needs the object to be attached to a register."""
        return self._memberships("organisation", role)

    def duty_holdings(self) -> Iterator["DutyHolding"]:
        """The duties this organisation holds (DutyHolding records), in id order."""
        return cast(Iterator["DutyHolding"], self._related("duty_holding", "organisation"))


class Person(Entity):
    """Someone who sits on a partnership. ``private`` people are left out of
    public exports (and so is the person of every seat they hold)."""

    __slots__ = ()
    _entity = "person"

    name = _RequiredText(required=True)
    honorific = _Text()
    private = _Bool()

    def __init__(
        self,
        id: str,
        name: str,
        *,
        honorific: Optional[str] = None,
        private: bool = False,
    ) -> None:
        self._init(id)
        self.name = name
        self._set_fields({"honorific": honorific, "private": private or None})

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats this person holds, in id order. Needs a register."""
        return self._memberships("person", role)


class Partnership(Entity):
    """A community safety partnership, or a board, group or committee around one.

    References to other partnerships come in two forms: ``parent_id`` (the id)
    and ``parent`` (the Partnership, read from the register); likewise
    ``accountable_to``, and ``works_with_ids`` / ``works_with``.
    """

    __slots__ = ()
    _entity = "partnership"

    name = _RequiredText(required=True)
    short_name = _Text()
    kind: _Enum[PartnershipKind] = _Enum(PartnershipKind, required=True)
    area = _Text()
    area_code = _Text()
    parent_id = _RefId("parent")
    accountable_to_id = _RefId("accountable_to")
    works_with_ids = _TextList("works_with")
    formed_on = _Date()
    former_names = _TextList()
    statutory_basis = _Text()
    meetings_per_year = _Int()
    minutes_per_meeting = _Int()
    ad_hoc_meetings = _Bool()

    parent: _RefObject[Optional["Partnership"]] = _RefObject("parent", "partnership")
    accountable_to: _RefObject[Optional["Partnership"]] = _RefObject("accountable_to", "partnership")
    works_with: _RefListObjects["Partnership"] = _RefListObjects("works_with", "partnership")

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
        self._init(id)
        self.name = name
        self.kind = kind
        self._set_fields(
            {
                "short_name": short_name,
                "area": area,
                "area_code": area_code,
                "parent_id": parent,
                "accountable_to_id": accountable_to,
                "works_with_ids": list(works_with) or None,
                "formed_on": formed_on,
                "former_names": list(former_names) or None,
                "statutory_basis": statutory_basis,
                "meetings_per_year": meetings_per_year,
                "minutes_per_meeting": minutes_per_meeting,
                "ad_hoc_meetings": ad_hoc_meetings or None,
            }
        )

    def memberships(self, role: Union[Role, str, None] = None) -> Iterator["Membership"]:
        """The seats on this partnership (optionally only those with ``role``),
        in id order. Needs the object to be attached to a register."""
        return self._memberships("partnership", role)

    def children(self) -> Iterator["Partnership"]:
        """The partnerships whose parent is this one, in id order. Needs a register."""
        return cast(Iterator["Partnership"], self._related("partnership", "parent"))

    def strategies(
        self,
        kind: Union["StrategyKind", str, None] = None,
        status: Union["StrategyStatus", str, None] = None,
    ) -> Iterator["Strategy"]:
        """This partnership's strategies and plans (optionally of a kind or status)."""
        return cast(Iterator["Strategy"], self._related("strategy", "partnership", kind=kind, status=status))

    def assessments(self, kind: Union["AssessmentKind", str, None] = None) -> Iterator["Assessment"]:
        """This partnership's strategic (needs) assessments (optionally of a kind)."""
        return cast(Iterator["Assessment"], self._related("assessment", "partnership", kind=kind))

    def duty_holdings(self) -> Iterator["DutyHolding"]:
        """The duties this partnership holds (DutyHolding records), in id order."""
        return cast(Iterator["DutyHolding"], self._related("duty_holding", "partnership"))

    def discharges(self) -> Iterator["Discharge"]:
        """The dated discharges of duties by this partnership, in id order."""
        return cast(Iterator["Discharge"], self._related("discharge", "partnership"))


class Membership(Entity):
    """A seat on a partnership: partnership x organisation (x person), a role,
    the post as the source names it, and dates.

    ``organisation`` is the Organisation (read from the register) and
    ``organisation_id`` its id; likewise ``partnership``, ``person`` and
    ``on_behalf_of``.
    """

    __slots__ = ()
    _entity = "membership"

    partnership_id = _RequiredRefId("partnership", required=True)
    organisation_id = _RequiredRefId("organisation", required=True)
    person_id = _RefId("person")
    role: _Enum[Role] = _Enum(Role, required=True)
    post = _Text()
    on_behalf_of_id = _RefId("on_behalf_of")
    start_date = _Date()
    end_date = _Date()

    partnership: _RefObject[Partnership] = _RefObject("partnership", "partnership")
    organisation: _RefObject[Organisation] = _RefObject("organisation", "organisation")
    person: _RefObject[Optional[Person]] = _RefObject("person", "person")
    on_behalf_of: _RefObject[Optional[Organisation]] = _RefObject("on_behalf_of", "organisation")

    def __init__(
        self,
        id: str,
        partnership: Union[str, Partnership],
        organisation: Union[str, Organisation],
        role: Union[Role, str],
        *,
        person: Union[str, Person, None] = None,
        post: Optional[str] = None,
        on_behalf_of: Union[str, Organisation, None] = None,
        start_date: Optional[DateLike] = None,
        end_date: Optional[DateLike] = None,
    ) -> None:
        self._init(id)
        self.partnership_id = partnership
        self.organisation_id = organisation
        self.role = role
        self._set_fields(
            {
                "person_id": person,
                "post": post,
                "on_behalf_of_id": on_behalf_of,
                "start_date": start_date,
                "end_date": end_date,
            }
        )

    @classmethod
    def from_dict(
        cls: Type[_M], data: Mapping[str, Any], partnership: Union[str, Partnership, None] = None
    ) -> _M:
        """Builds a detached membership from a dict with the keys of the JSON format.

        In a JSON document a membership is nested under its partnership's
        ``"members"``, without a ``"partnership"`` key: pass ``partnership``
        (an id or a Partnership) for such a dict.
        """
        if partnership is not None and isinstance(data, Mapping) and "partnership" not in data:
            data = dict(data)
            data["partnership"] = _ref_id(partnership, "partnership")
        return super().from_dict(data)


_ENTITY_CLASSES: Dict[str, Type[Entity]] = {
    "organisation": Organisation,
    "person": Person,
    "partnership": Partnership,
    "membership": Membership,
}
