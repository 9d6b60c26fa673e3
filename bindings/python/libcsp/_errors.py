# Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
"""The libcsp exceptions, one class per C error code.

Every failure of a libcsp C function reaches Python as one of these: the raw
module (``libcsp._libcsp``) calls :func:`_from_c` with the code and the fields
of ``csp_error_last()``. A Python program never sees a negative integer.

The hierarchy::

    Error
     +-- OutOfMemoryError             (also MemoryError)  CSP_ENOMEM
     +-- ArgumentError                (also ValueError)   CSP_EARG
     |    +-- ClosedError                                 use after close
     |    +-- DetachedError                               navigation without a register
     +-- NotFoundError                (also KeyError)     CSP_ENOTFOUND
     +-- ExistsError                                      CSP_EEXISTS
     +-- InUseError                                       CSP_EINUSE
     +-- ParseError                   (also ValueError)   CSP_EPARSE
     +-- RegisterIOError              (also OSError)      CSP_EIO
     +-- BusyError                                        CSP_EBUSY
     +-- VersionError                                     CSP_EVERSION
     +-- CorruptError                                     CSP_ECORRUPT
     +-- NotARegisterError                                CSP_ENOTREGISTER
     +-- ReadOnlyError                                    CSP_EREADONLY
     +-- ChangedError                 (also RuntimeError) CSP_ECHANGED
     +-- ValidationError              (also ValueError)
     |    +-- InvalidValueError                           CSP_EINVALID
     |    +-- RequiredFieldError                          CSP_EREQUIRED
     |    +-- EnumValueError                              CSP_EENUM
     |    +-- DateError                                   CSP_EDATE
     |    +-- UnknownFieldError                           CSP_EUNKNOWN
     |    +-- DanglingReferenceError                      CSP_EREFERENCE
     |    +-- ConstraintError                             CSP_ECONSTRAINT
"""

from __future__ import annotations

from typing import Dict, Tuple, Type

__all__ = [
    "Error",
    "ValidationError",
    "OutOfMemoryError",
    "ArgumentError",
    "NotFoundError",
    "ExistsError",
    "InvalidValueError",
    "RequiredFieldError",
    "EnumValueError",
    "DateError",
    "UnknownFieldError",
    "DanglingReferenceError",
    "InUseError",
    "ConstraintError",
    "ParseError",
    "RegisterIOError",
    "BusyError",
    "VersionError",
    "CorruptError",
    "NotARegisterError",
    "ReadOnlyError",
    "ChangedError",
    "ClosedError",
    "DetachedError",
]

# The C codes (include/csp/codes.h). Kept here as well as in the raw module so
# that this module imports without the extension (the extension imports it).
CSP_OK = 0
CSP_ERROR = -1
CSP_ENOMEM = -2
CSP_EARG = -3
CSP_ENOTFOUND = -4
CSP_EEXISTS = -5
CSP_EINVALID = -6
CSP_EREQUIRED = -7
CSP_EENUM = -8
CSP_EDATE = -9
CSP_EUNKNOWN = -10
CSP_EREFERENCE = -11
CSP_EINUSE = -12
CSP_ECONSTRAINT = -13
CSP_EPARSE = -14
CSP_EIO = -15
CSP_EBUSY = -16
CSP_EVERSION = -17
CSP_ECORRUPT = -18
CSP_ENOTREGISTER = -19
CSP_EREADONLY = -20
CSP_ECHANGED = -21

_CODE_NAMES: Dict[int, str] = {
    CSP_OK: "CSP_OK",
    CSP_ERROR: "CSP_ERROR",
    CSP_ENOMEM: "CSP_ENOMEM",
    CSP_EARG: "CSP_EARG",
    CSP_ENOTFOUND: "CSP_ENOTFOUND",
    CSP_EEXISTS: "CSP_EEXISTS",
    CSP_EINVALID: "CSP_EINVALID",
    CSP_EREQUIRED: "CSP_EREQUIRED",
    CSP_EENUM: "CSP_EENUM",
    CSP_EDATE: "CSP_EDATE",
    CSP_EUNKNOWN: "CSP_EUNKNOWN",
    CSP_EREFERENCE: "CSP_EREFERENCE",
    CSP_EINUSE: "CSP_EINUSE",
    CSP_ECONSTRAINT: "CSP_ECONSTRAINT",
    CSP_EPARSE: "CSP_EPARSE",
    CSP_EIO: "CSP_EIO",
    CSP_EBUSY: "CSP_EBUSY",
    CSP_EVERSION: "CSP_EVERSION",
    CSP_ECORRUPT: "CSP_ECORRUPT",
    CSP_ENOTREGISTER: "CSP_ENOTREGISTER",
    CSP_EREADONLY: "CSP_EREADONLY",
    CSP_ECHANGED: "CSP_ECHANGED",
}


class Error(Exception):
    """Base class of every libcsp error.

    Attributes:
        code: the C error code (a negative ``CSP_E...`` value).
        message: the full message; for bad input it starts with the place.
        path: for bad input, where it is (``"partnerships[2].members[0].role"``),
            else ``""``.
        line: for malformed JSON, the 1-based line; else 0.
        column: for malformed JSON, the 1-based column; else 0.
    """

    default_code = CSP_ERROR

    def __init__(
        self,
        message: str,
        code: int | None = None,
        path: str = "",
        line: int = 0,
        column: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = self.default_code if code is None else code
        self.path = path
        self.line = line
        self.column = column

    @property
    def code_name(self) -> str:
        """The name of the C code, e.g. ``"CSP_ENOTFOUND"``."""
        return _CODE_NAMES.get(self.code, "CSP_ERROR")

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code_name})"

    def __reduce__(self) -> Tuple[object, ...]:
        return (type(self), (self.message, self.code, self.path, self.line, self.column))


class ValidationError(Error, ValueError):
    """A value or record breaks the data model. Also a :class:`ValueError`."""

    default_code = CSP_EINVALID


class OutOfMemoryError(Error, MemoryError):
    """The C library ran out of memory. (``CSP_ENOMEM``)"""

    default_code = CSP_ENOMEM


class ArgumentError(Error, ValueError):
    """A bad argument reached the C library. Also a :class:`ValueError`. (``CSP_EARG``)"""

    default_code = CSP_EARG


class NotFoundError(Error, KeyError):
    """No record with that id. Also a :class:`KeyError`. (``CSP_ENOTFOUND``)"""

    default_code = CSP_ENOTFOUND


class ExistsError(Error):
    """A different record with that id already exists. (``CSP_EEXISTS``)"""

    default_code = CSP_EEXISTS


class InUseError(Error):
    """The record is still referenced and cannot be deleted. (``CSP_EINUSE``)"""

    default_code = CSP_EINUSE


class ParseError(Error, ValueError):
    """Malformed JSON; :attr:`line` and :attr:`column` say where. (``CSP_EPARSE``)"""

    default_code = CSP_EPARSE


class RegisterIOError(Error, OSError):
    """A file could not be read or written. Also an :class:`OSError`. (``CSP_EIO``)"""

    default_code = CSP_EIO


class BusyError(Error):
    """The register is locked by another connection. (``CSP_EBUSY``)"""

    default_code = CSP_EBUSY


class VersionError(Error):
    """The register is from a newer libcsp, or needs a migration that a read-only open cannot do.
    (``CSP_EVERSION``)
    """

    default_code = CSP_EVERSION


class CorruptError(Error):
    """The file is damaged or not a database. (``CSP_ECORRUPT``)"""

    default_code = CSP_ECORRUPT


class NotARegisterError(Error):
    """A SQLite database that is not a libcsp register. (``CSP_ENOTREGISTER``)"""

    default_code = CSP_ENOTREGISTER


class ReadOnlyError(Error):
    """A write to a register opened read-only. (``CSP_EREADONLY``)"""

    default_code = CSP_EREADONLY


class ChangedError(Error, RuntimeError):
    """The register changed, through the same handle, during an iteration: start a new one, or
    collect the records first (``list(reg.organisations)``) to change them as you go. Also a
    :class:`RuntimeError`. (``CSP_ECHANGED``)
    """

    default_code = CSP_ECHANGED


class InvalidValueError(ValidationError):
    """A value of the wrong type or out of range. (``CSP_EINVALID``)"""

    default_code = CSP_EINVALID


class RequiredFieldError(ValidationError):
    """A required field is missing. (``CSP_EREQUIRED``)"""

    default_code = CSP_EREQUIRED


class EnumValueError(ValidationError):
    """A value not in the field's list of allowed values. (``CSP_EENUM``)"""

    default_code = CSP_EENUM


class DateError(ValidationError):
    """Not an ISO 8601 date, or an impossible one such as 2023-02-30. (``CSP_EDATE``)"""

    default_code = CSP_EDATE


class UnknownFieldError(ValidationError):
    """An unknown field name in a document or dict. (``CSP_EUNKNOWN``)"""

    default_code = CSP_EUNKNOWN


class DanglingReferenceError(ValidationError):
    """A reference to a record that does not exist. (``CSP_EREFERENCE``)"""

    default_code = CSP_EREFERENCE


class ConstraintError(ValidationError):
    """Another rule of the data model was broken, e.g. an end before its start.
    (``CSP_ECONSTRAINT``)
    """

    default_code = CSP_ECONSTRAINT


class ClosedError(ArgumentError):
    """The register (or the object) was closed: it cannot be used any more."""


class DetachedError(ArgumentError):
    """The entity is not attached to a register, so its references cannot be
    followed; use the ``..._id`` attributes, or read it from a register."""


_BY_CODE: Dict[int, Type[Error]] = {
    CSP_ENOMEM: OutOfMemoryError,
    CSP_EARG: ArgumentError,
    CSP_ENOTFOUND: NotFoundError,
    CSP_EEXISTS: ExistsError,
    CSP_EINVALID: InvalidValueError,
    CSP_EREQUIRED: RequiredFieldError,
    CSP_EENUM: EnumValueError,
    CSP_EDATE: DateError,
    CSP_EUNKNOWN: UnknownFieldError,
    CSP_EREFERENCE: DanglingReferenceError,
    CSP_EINUSE: InUseError,
    CSP_ECONSTRAINT: ConstraintError,
    CSP_EPARSE: ParseError,
    CSP_EIO: RegisterIOError,
    CSP_EBUSY: BusyError,
    CSP_EVERSION: VersionError,
    CSP_ECORRUPT: CorruptError,
    CSP_ENOTREGISTER: NotARegisterError,
    CSP_EREADONLY: ReadOnlyError,
    CSP_ECHANGED: ChangedError,
}


def error_class(code: int) -> Type[Error]:
    """The exception class for a C error code (:class:`Error` for unknown codes)."""
    return _BY_CODE.get(code, Error)


def _from_c(code: int, message: str, path: str, line: int, column: int) -> Error:
    """Builds the exception for a failed C call. Called by the raw module."""
    return error_class(code)(message, code, path, line, column)


def _closed(code: int, message: str, path: str, line: int, column: int) -> Error:
    """Builds the exception for a handle that was closed or freed. Called by the raw module."""
    return ClosedError(message, code, path, line, column)


# Exceptions print as libcsp.NotFoundError, where a user meets them.
for _cls in list(_BY_CODE.values()) + [Error, ValidationError, ClosedError, DetachedError]:
    _cls.__module__ = "libcsp"
del _cls
