"""Introspection of the data model: entities, their fields and allowed values.

libcsp describes each entity once; these functions read that description
(``csp_schema_*``), for example to build a form or a drop-down list::

    >>> import libcsp.schema
    >>> libcsp.schema.entities()[:4]
    ['organisation', 'person', 'partnership', 'membership']
    >>> libcsp.schema.enum_values("membership", "role")[:3]
    ('chair', 'vice_chair', 'member')
"""

from __future__ import annotations

import enum
from typing import Dict, List, NamedTuple, Optional, Tuple

from . import _libcsp as _c
from ._errors import CSP_ENOTFOUND, NotFoundError

__all__ = ["FieldType", "Field", "entities", "entity_id", "fields", "field", "enum_values", "enum_labels", "doc",
           "version", "REQUIRED", "READONLY", "FILTER", "PRIVATE", "PERSONAL", "NESTED", "ORDER", "TREE", "BUILTIN",
           "MULTILINE", "ACYCLIC"]


class FieldType(enum.IntEnum):
    """The kind of value a field holds (``csp_field_type``)."""

    ID = _c.CSP_FIELD_ID
    TEXT = _c.CSP_FIELD_TEXT
    ENUM = _c.CSP_FIELD_ENUM
    BOOL = _c.CSP_FIELD_BOOL
    INT = _c.CSP_FIELD_INT
    DATE = _c.CSP_FIELD_DATE
    REF = _c.CSP_FIELD_REF
    TEXT_LIST = _c.CSP_FIELD_TEXT_LIST
    REF_LIST = _c.CSP_FIELD_REF_LIST
    ENUM_LIST = getattr(_c, "CSP_FIELD_ENUM_LIST", 10)
    DATE_LIST = getattr(_c, "CSP_FIELD_DATE_LIST", 11)


class Field(NamedTuple):
    """One field of an entity."""

    name: str
    """The field name, also its JSON key."""
    type: FieldType
    """The kind of value."""
    required: bool
    """Whether a record must have it."""
    target: Optional[str]
    """For REF and REF_LIST fields the entity referenced, else None."""
    doc: str
    """A one-line description."""
    id: int = -1
    """The field id (its index in the entity, stable: ids are only appended)."""
    flags: int = 0
    """CSP_FLAG_* bits: see :data:`REQUIRED` and the rest."""
    label: str = ""
    """A label for people ("Accountable to")."""
    enum: Optional[str] = None
    """For ENUM and ENUM_LIST fields the enum's name (for :func:`enum_labels`), else None."""
    max_length: int = 0
    """The longest value in characters: for text (and each item of a text list) as the
    model says, 128 for ids and references, else 0."""

    @property
    def readonly(self) -> bool:
        """Kept by libcsp: it has no setter and is not written in JSON."""
        return bool(self.flags & READONLY)

    @property
    def filterable(self) -> bool:
        """Indexed: queries on it use an index."""
        return bool(self.flags & FILTER)

    @property
    def multiline(self) -> bool:
        """Text that may hold line breaks and tabs (a note); other text is one line."""
        return bool(self.flags & MULTILINE)


#: Field flags (:attr:`Field.flags`), the CSP_FLAG_* of schema.h.
REQUIRED = _c.CSP_FLAG_REQUIRED
READONLY = _c.CSP_FLAG_READONLY
FILTER = _c.CSP_FLAG_FILTER
PRIVATE = _c.CSP_FLAG_PRIVATE
PERSONAL = _c.CSP_FLAG_PERSONAL
NESTED = _c.CSP_FLAG_NESTED
ORDER = _c.CSP_FLAG_ORDER
TREE = _c.CSP_FLAG_TREE
BUILTIN = _c.CSP_FLAG_BUILTIN
MULTILINE = _c.CSP_FLAG_MULTILINE
ACYCLIC = _c.CSP_FLAG_ACYCLIC


def entities() -> List[str]:
    """The entity names, in dependency order (an entity after those it references)."""
    n = _c.csp_schema_entity_count()
    return [str(_c.csp_schema_entity_name(i)) for i in range(n)]


def field(entity: str, i: int) -> Field:
    """Field ``i`` (0-based) of an entity; :class:`~libcsp.NotFoundError` if none."""
    name, ftype, required, target = _c.csp_schema_field(entity, i)
    eid = _c.csp_schema_entity_find(entity)
    return Field(name, FieldType(ftype), required, target, _c.csp_schema_doc(entity, name) or "", i,
                 int(_c.csp_schema_field_flags(eid, i)), _c.csp_schema_field_label(eid, i) or "",
                 _c.csp_schema_field_enum(eid, i), int(_c.csp_schema_field_max_length(eid, i)))


def fields(entity: str) -> List[Field]:
    """The fields of an entity, in the JSON format's order.

    Raises :class:`~libcsp.NotFoundError` for an unknown entity.
    """
    n = _c.csp_schema_field_count(entity)
    if n == 0:
        field(entity, 0)  # raises NotFoundError naming the entity
    return [field(entity, i) for i in range(n)]


def enum_values(entity: str, field: str) -> Tuple[str, ...]:
    """The allowed values of an enum field, in documented order.

    Raises :class:`~libcsp.NotFoundError` (no such field) or
    :class:`~libcsp.InvalidValueError` (not an enum field).
    """
    return _c.csp_schema_enum_values(entity, field)


def doc(entity: str, field: Optional[str] = None) -> Optional[str]:
    """A one-line description of an entity, or of one of its fields; None if unknown."""
    return _c.csp_schema_doc(entity, field)


def enum_labels(name: str) -> Dict[str, str]:
    """The values of an enum (``"membership_role"``) with their labels for people,
    in documented order; :class:`~libcsp.NotFoundError` for an unknown enum."""
    n = _c.csp_schema_enum_count(name)
    if n == 0:
        raise NotFoundError(f'no enum named "{name}"', CSP_ENOTFOUND)
    out: Dict[str, str] = {}
    for i in range(n):
        value = _c.csp_schema_enum_value(name, i)
        if value is not None:  # never, for i < n
            out[value] = _c.csp_schema_enum_label(name, value) or value
    return out


def entity_id(name: str) -> int:
    """An entity's id, by name or plural; :class:`~libcsp.NotFoundError` if none."""
    eid = int(_c.csp_schema_entity_find(name))
    if eid < 0:
        raise NotFoundError(f'no entity named "{name}"', CSP_ENOTFOUND)
    return eid


def version() -> int:
    """The register schema version this library writes (``PRAGMA user_version``)."""
    return _c.csp_schema_version()
