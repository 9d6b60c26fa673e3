"""libcsp: the record of a community safety partnership, from Python.

A thin, Pythonic layer over the libcsp C library (through the SWIG module
``libcsp._libcsp``)::

    import libcsp

    with libcsp.Register("ealing.csp") as reg:          # or Register() for memory
        reg.import_file("examples/data/ealing.json")
        sep = reg.partnerships["ealing-sep"]            # NotFoundError (a KeyError) if missing
        for seat in sep.memberships():
            print(seat.role, seat.organisation.name, seat.post)
        reg.partnerships.add(libcsp.Partnership("x", "Task group", "task_group"))
        reg.export_file("out.json")

Entities (:class:`Organisation`, :class:`Person`, :class:`Partnership`,
:class:`Membership`, :class:`Duty`, :class:`DutyHolding`, :class:`Discharge`,
:class:`Strategy`, :class:`Element`, :class:`Assessment`: one class per entity
of the model, generated from its description) have properties validated by
the library as they are set; dates are :class:`datetime.date` (full) or
:class:`PartialDate` (a year or a month); enum fields are :class:`Value`
enums (:class:`OrganisationKind`, :class:`Role`, ...) with labels for people;
errors are :class:`Error` subclasses, one per C code. ``reg.<collection>.where()``
queries with conditions on any field, partial dates compared as the documents
mean them; ``with reg.transaction():`` makes many writes one atomic unit.
"""

from typing import Optional

from . import _libcsp
from . import _model
from ._collection import Collection, EntityIterator, Query
from ._dates import DateLike, PartialDate, format_date, parse_date
from . import _errors
from ._errors import *  # noqa: F401,F403 - one exception class per C error code (_errors.__all__)
from ._errors import Error, error_class
from ._fields import Entity, Value
from ._check import Finding, Result, Rule, rules
from ._methods import Progress, Quorum
from ._model import *  # noqa: F401,F403 - the entity, enum and collection classes (_model.__all__)
from ._register import Register, open
from . import schema

__all__ = [
    "__version__",
    "version",
    "version_info",
    "schema_version",
    # register
    "Register",
    "open",
    "Collection",
    "EntityIterator",
    "Query",
    # entities
    "Entity",
    "Value",
    *_model.__all__,
    # answers to the questions of governance (csp/governance.h)
    "Progress",
    "Quorum",
    # the compliance checker (csp/check.h): reg.check(as_of)
    "Finding",
    "Result",
    "Rule",
    "rules",
    # dates
    "PartialDate",
    "DateLike",
    "parse_date",
    "format_date",
    "check_date",
    "compare_dates",
    "dates_overlap",
    # errors: one class per C code, generated from the model (_errors.__all__)
    *_errors.__all__,
    "error_class",
    "last_error",
    "clear_error",
    "code_name",
    "schema",
]


def version() -> str:
    """The version of the C library loaded at run time, e.g. ``"0.1.0"``."""
    return str(_libcsp.csp_version())


#: The version of the C library (the package has the same version).
__version__: str = version()

#: The version as a tuple of ints, e.g. ``(0, 1, 0)``.
version_info = tuple(int(p) for p in __version__.split(".")[:3] if p.isdigit())


def schema_version() -> int:
    """The register schema version this library writes."""
    return int(_libcsp.csp_schema_version())


def check_date(value: DateLike) -> None:
    """Checks a date: ``"2002"``, ``"2002-01"`` or ``"2002-01-15"`` (or a date).

    Raises :class:`DateError` with the library's message for anything else,
    including impossible dates (2023-02-30).
    """
    _libcsp.csp_date_check(format_date(value))


def compare_dates(a: DateLike, b: DateLike) -> int:
    """Orders two dates as the library does: <0, 0 or >0.

    A partial date sorts before the fuller dates inside it and after
    everything earlier: "2002" < "2002-01" < "2002-01-15" < "2002-02".
    """
    return int(_libcsp.csp_date_compare(format_date(a), format_date(b)))


def dates_overlap(a: DateLike, b: DateLike) -> bool:
    """Whether two dates can name the same day ("2020-03" and "2020-03-12" do)."""
    return bool(_libcsp.csp_date_overlaps(format_date(a), format_date(b)))


def last_error() -> "Optional[Error]":
    """The last error the C library recorded on this thread, as an exception
    object (not raised), or None. Exceptions already carry this; it is here
    for completeness."""
    code, message, path, line, column = _libcsp.csp_error_last()
    if code == 0:
        return None
    return error_class(code)(message, code, path, line, column)


def clear_error() -> None:
    """Clears the C library's last error on this thread."""
    _libcsp.csp_error_clear()


def code_name(code: int) -> str:
    """The name of a C error code, e.g. ``code_name(-4) == "CSP_ENOTFOUND"``."""
    return str(_libcsp.csp_code_name(code))
