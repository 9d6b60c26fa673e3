"""Introspection of the data model: entities, their fields and allowed values.

libcsp describes each entity once; these functions read that description
(``csp_schema_*``), for example to build a form or a drop-down list::

    >>> import libcsp.schema
    >>> libcsp.schema.entities()
    ['organisation', 'person', 'partnership', 'membership']
    >>> libcsp.schema.enum_values("membership", "role")[:3]
    ('chair', 'vice_chair', 'member')
"""

from __future__ import annotations

import enum
from typing import List, NamedTuple, Optional, Tuple

from . import _libcsp as _c

__all__ = ["FieldType", "Field", "entities", "fields", "field", "enum_values", "doc", "version"]


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


def entities() -> List[str]:
    """The entity names, in dependency order (an entity after those it references)."""
    n = _c.csp_schema_entity_count()
    return [str(_c.csp_schema_entity_name(i)) for i in range(n)]


def field(entity: str, i: int) -> Field:
    """Field ``i`` (0-based) of an entity; :class:`~libcsp.NotFoundError` if none."""
    name, ftype, required, target = _c.csp_schema_field(entity, i)
    return Field(name, FieldType(ftype), required, target, _c.csp_schema_doc(entity, name) or "")


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


def version() -> int:
    """The register schema version this library writes (``PRAGMA user_version``)."""
    return _c.csp_schema_version()
