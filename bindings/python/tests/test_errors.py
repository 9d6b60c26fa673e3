"""Every error class, raised by the library itself, with its code and location."""

from __future__ import annotations

import pathlib
import sqlite3

import pytest

import libcsp
from libcsp import _libcsp as C
from libcsp import Membership, Organisation, Partnership, Person


def doc(**arrays: object) -> str:
    import json

    return json.dumps({"format": "libcsp/1", **arrays})


ORG = {"id": "o", "name": "O", "kind": "police"}
PART = {"id": "p", "name": "P", "kind": "board"}


def check(exc: libcsp.Error, cls: type, code: int) -> None:
    assert type(exc) is cls
    assert exc.code == code
    assert exc.code_name == C.csp_code_name(code)
    assert str(exc) == exc.message and exc.message


def test_public_names_print_as_libcsp() -> None:
    """A traceback names libcsp.EnumValueError, not libcsp._errors.EnumValueError,
    and the package's namespace holds no stray module-level names."""
    import traceback

    for name in dir(libcsp):
        obj = getattr(libcsp, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            assert obj.__module__ == "libcsp", name
    assert libcsp.ChangedError.__module__ == "libcsp" and issubclass(libcsp.ChangedError, RuntimeError)
    with pytest.raises(libcsp.EnumValueError) as info:
        libcsp.Register().organisations.add(Organisation("x", "X", "nope"))
    shown = "".join(traceback.format_exception_only(info.type, info.value))
    assert shown.startswith("libcsp.EnumValueError: kind: unknown value \"nope\"")
    assert "annotations" not in dir(libcsp)


def test_hierarchy() -> None:
    assert issubclass(libcsp.NotFoundError, KeyError)
    assert issubclass(libcsp.ValidationError, ValueError)
    for cls in (libcsp.InvalidValueError, libcsp.RequiredFieldError, libcsp.EnumValueError,
                libcsp.DateError, libcsp.UnknownFieldError, libcsp.DanglingReferenceError,
                libcsp.ConstraintError):
        assert issubclass(cls, libcsp.ValidationError)
    assert issubclass(libcsp.ParseError, ValueError)
    assert issubclass(libcsp.RegisterIOError, OSError)
    assert issubclass(libcsp.OutOfMemoryError, MemoryError)
    assert issubclass(libcsp.ClosedError, libcsp.ArgumentError)
    for name in libcsp._errors.__all__:
        assert issubclass(getattr(libcsp, name), libcsp.Error)
    # every C code maps to its own class; an unknown code to the base
    codes = [getattr(C, n) for n in dir(C)
             if n.startswith("CSP_E") and n != "CSP_ERROR" and getattr(C, n) < 0]
    classes = {libcsp.error_class(c) for c in codes}
    assert len(classes) == len(codes)
    assert libcsp.error_class(-999) is libcsp.Error
    assert libcsp.code_name(C.CSP_ENOTFOUND) == "CSP_ENOTFOUND"


def test_not_found(reg: libcsp.Register) -> None:
    with pytest.raises(KeyError) as info:
        reg.organisations["missing"]
    check(info.value, libcsp.NotFoundError, C.CSP_ENOTFOUND)  # type: ignore[arg-type]
    assert "missing" in str(info.value)
    with pytest.raises(libcsp.NotFoundError):
        reg.organisations.delete("missing")
    assert reg.organisations.get("missing") is None
    assert "missing" not in reg.organisations


def test_exists(reg: libcsp.Register) -> None:
    reg.import_json(doc(organisations=[ORG]))
    with pytest.raises(libcsp.ExistsError) as info:
        reg.import_json(doc(organisations=[{**ORG, "name": "Other"}]))
    check(info.value, libcsp.ExistsError, C.CSP_EEXISTS)
    assert info.value.path.startswith("organisations[0]")
    reg.import_json(doc(organisations=[ORG]))  # identical: a no-op
    with pytest.raises(libcsp.ExistsError):
        reg.organisations.add(Organisation("o", "O", "police"))


def test_invalid(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.InvalidValueError) as info:
        reg.import_json(doc(partnerships=[{**PART, "meetings_per_year": 400}]))
    check(info.value, libcsp.InvalidValueError, C.CSP_EINVALID)
    assert info.value.path == "partnerships[0].meetings_per_year"
    assert info.value.message.startswith("partnerships[0].meetings_per_year")


def test_required(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.RequiredFieldError) as info:
        reg.import_json(doc(organisations=[{"id": "o", "kind": "police"}]))
    check(info.value, libcsp.RequiredFieldError, C.CSP_EREQUIRED)
    assert info.value.path.startswith("organisations[0]")
    # the raw module lets a record lack its required fields; the put refuses it
    raw = C.csp_record_new(C.csp_schema_entity_find("organisation"), "bare")
    with pytest.raises(libcsp.RequiredFieldError):
        C.csp_record_put(reg._handle(), raw)
    with pytest.raises(libcsp.RequiredFieldError):
        C.csp_record_insert(reg._handle(), raw)
    assert "bare" not in reg.organisations


def test_enum(reg: libcsp.Register) -> None:
    members = [{"id": "s", "organisation": "o", "role": "chiar"}]
    with pytest.raises(libcsp.EnumValueError) as info:
        reg.import_json(doc(organisations=[ORG], partnerships=[{**PART, "members": members}]))
    check(info.value, libcsp.EnumValueError, C.CSP_EENUM)
    assert info.value.path == "partnerships[0].members[0].role"
    assert info.value.message.startswith('partnerships[0].members[0].role: unknown value "chiar"')
    with pytest.raises(libcsp.EnumValueError):
        list(reg.organisations.filter(kind="nope"))


def test_date(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.DateError) as info:
        reg.import_json(doc(partnerships=[{**PART, "formed_on": "2023-02-30"}]))
    check(info.value, libcsp.DateError, C.CSP_EDATE)
    with pytest.raises(libcsp.DateError):
        libcsp.check_date("2023-02-29")
    libcsp.check_date("2024-02-29")


def test_unknown_field(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.UnknownFieldError) as info:
        reg.import_json(doc(organisations=[{**ORG, "colour": "blue"}]))
    check(info.value, libcsp.UnknownFieldError, C.CSP_EUNKNOWN)
    assert "colour" in info.value.path


def test_dangling_reference(reg: libcsp.Register) -> None:
    reg.partnerships.add(Partnership("p", "P", "board"))
    with pytest.raises(libcsp.DanglingReferenceError) as info:
        reg.memberships.add(Membership("s", "p", "ghost-org", "member"))
    check(info.value, libcsp.DanglingReferenceError, C.CSP_EREFERENCE)
    assert "s" not in reg.memberships  # unchanged on error
    with pytest.raises(libcsp.DanglingReferenceError):
        reg.partnerships.put(Partnership("q", "Q", "board", parent="ghost"))


def test_in_use(reg: libcsp.Register) -> None:
    reg.import_json(doc(organisations=[ORG], partnerships=[
        {**PART, "members": [{"id": "s", "organisation": "o", "role": "member"}]}]))
    with pytest.raises(libcsp.InUseError) as info:
        reg.organisations.delete("o")
    check(info.value, libcsp.InUseError, C.CSP_EINUSE)
    del reg.memberships["s"]
    del reg.organisations["o"]
    assert "o" not in reg.organisations


def test_constraint(reg: libcsp.Register) -> None:
    reg.import_json(doc(organisations=[ORG], partnerships=[PART]))
    with pytest.raises(libcsp.ConstraintError) as info:
        reg.memberships.add(Membership("s", "p", "o", "member", start_date="2023", end_date="2022-12-31"))
    check(info.value, libcsp.ConstraintError, C.CSP_ECONSTRAINT)


def test_parse(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.ParseError) as info:
        reg.import_json('{\n  "format": "libcsp/1",\n  "organisations": [,]\n}')
    check(info.value, libcsp.ParseError, C.CSP_EPARSE)
    assert info.value.line == 3 and info.value.column > 0
    with pytest.raises(libcsp.ParseError):
        reg.import_json(b'{"format": "libcsp/1", "x": "\\u0000"}')
    with pytest.raises(ValueError):
        reg.import_json("")


def test_io(reg: libcsp.Register, tmp_path: pathlib.Path) -> None:
    with pytest.raises(OSError) as info:
        reg.import_file(tmp_path / "does-not-exist.json")
    check(info.value, libcsp.RegisterIOError, C.CSP_EIO)  # type: ignore[arg-type]
    with pytest.raises(libcsp.RegisterIOError):
        reg.export_file(tmp_path / "no-such-dir" / "out.json")
    with pytest.raises(libcsp.RegisterIOError):
        libcsp.Register(tmp_path / "no-such-dir" / "r.csp")
    with pytest.raises(libcsp.Error):
        libcsp.Register(tmp_path / "absent.csp", create=False)


def test_busy(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "busy.csp"
    libcsp.Register(path).close()
    locker = sqlite3.connect(str(path), isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        with libcsp.Register(path, busy_timeout=0.05, check=False) as reg:
            with pytest.raises(libcsp.BusyError) as info:
                reg.organisations.add(Organisation("o", "O", "police"))
            check(info.value, libcsp.BusyError, C.CSP_EBUSY)
    except libcsp.BusyError:
        pass  # the open itself may be the call that meets the lock
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_version(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "newer.csp"
    libcsp.Register(path).close()
    con = sqlite3.connect(str(path))
    con.execute(f"PRAGMA user_version = {libcsp.schema_version() + 1}")
    con.commit()
    con.close()
    with pytest.raises(libcsp.VersionError) as info:
        libcsp.Register(path)
    check(info.value, libcsp.VersionError, C.CSP_EVERSION)


def test_corrupt(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "garbage.csp"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(libcsp.CorruptError) as info:
        libcsp.Register(path)
    check(info.value, libcsp.CorruptError, C.CSP_ECORRUPT)


def test_not_a_register(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(libcsp.NotARegisterError) as info:
        libcsp.Register(path)
    check(info.value, libcsp.NotARegisterError, C.CSP_ENOTREGISTER)


def test_read_only(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "ro.csp"
    with libcsp.Register(path) as w:
        w.organisations.add(Organisation("o", "O", "police"))
    with libcsp.Register(path, readonly=True) as reg:
        assert reg.readonly
        assert reg.organisations["o"].name == "O"
        with pytest.raises(libcsp.ReadOnlyError) as info:
            reg.organisations.add(Organisation("p", "P", "police"))
        check(info.value, libcsp.ReadOnlyError, C.CSP_EREADONLY)
        with pytest.raises(libcsp.ReadOnlyError):
            reg.import_json(doc())
        with pytest.raises(libcsp.ReadOnlyError):
            del reg.organisations["o"]


def test_argument_error_from_the_library() -> None:
    with pytest.raises(libcsp.ArgumentError) as info:
        C.csp_schema_field("organisation", 0) and C.csp_date_check(None)  # type: ignore[arg-type]
    check(info.value, libcsp.ArgumentError, C.CSP_EARG)


def test_closed(small: libcsp.Register) -> None:
    org = small.organisations["council"]
    it = iter(small.memberships)
    coll = small.organisations
    small.close()
    small.close()  # twice is fine
    assert small.closed
    with pytest.raises(libcsp.ClosedError):
        small.organisations["council"]
    with pytest.raises(libcsp.ClosedError):
        coll["council"]
    with pytest.raises(libcsp.ClosedError):
        next(it)
    with pytest.raises(libcsp.ClosedError):
        small.export_json()
    with pytest.raises(libcsp.ClosedError):
        small.readonly
    with pytest.raises(libcsp.ClosedError):
        org.memberships()
    with pytest.raises(libcsp.ClosedError):
        org.save()
    assert org.name == "The Council"  # fields of a copy stay readable
    assert "closed" in repr(small)


def test_none_and_wrong_types_raise(reg: libcsp.Register) -> None:
    with pytest.raises(TypeError):
        reg.organisations[None]  # type: ignore[index]
    with pytest.raises(TypeError):
        reg.organisations[3]  # type: ignore[index]
    with pytest.raises(TypeError):
        reg.organisations.add(Person("x", "X"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.organisations.put(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.import_json(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.import_json(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.import_file(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        libcsp.Register(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.organisations.filter(kind=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        reg.organisations.filter(responsible_authority="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        reg.organisations["a\0b"]
    with pytest.raises(TypeError):
        libcsp.check_date(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        libcsp.Register(busy_timeout=-1)


def test_last_error() -> None:
    libcsp.clear_error()
    assert libcsp.last_error() is None
    with pytest.raises(libcsp.DateError):
        libcsp.check_date("2023-13")
    err = libcsp.last_error()
    assert isinstance(err, libcsp.DateError) and "2023-13" in err.message
    libcsp.clear_error()
    assert libcsp.last_error() is None


def test_errors_pickle() -> None:
    import pickle

    e = libcsp.ParseError("bad", C.CSP_EPARSE, "", 3, 4)
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is libcsp.ParseError and back.line == 3 and back.column == 4
    assert repr(back) == "ParseError('bad', code=CSP_EPARSE)"
