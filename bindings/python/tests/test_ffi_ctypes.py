"""Another language's FFI can use the whole model through libcsp.so directly.

ctypes stands in for any FFI (Go's cgo, Rust's bindgen, Node's ffi, ...): it
loads the shared library and calls its C functions, with nothing from the
Python package but a way to find the file. Both ways in are shown:

 (a) the typed functions, by name: csp_organisation_new(), _set_name(), ...;
 (b) the generic record API driven by introspection only: for every entity
     the library describes, a valid record is built from the schema (its
     fields, their types, flags, targets and enums), written, read back and
     compared field by field, through the generic getters and through the
     typed getter found by name, which proves that every typed getter reads
     its own field.
"""

from __future__ import annotations

import ctypes
import os
import pathlib
from ctypes import POINTER, byref, c_char_p, c_int, c_longlong, c_size_t, c_uint, c_void_p
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

# Values from the headers (schema.h, codes.h): an FFI user copies them too.
FIELD_ID, TEXT, ENUM, BOOL, INT, DATE, REF, TEXT_LIST, REF_LIST, ENUM_LIST, DATE_LIST = range(1, 12)
TEXTS = {FIELD_ID, TEXT, ENUM, DATE, REF}
NUMBERS = {BOOL, INT}
LISTS = {TEXT_LIST, REF_LIST, ENUM_LIST, DATE_LIST}
FLAG_REQUIRED, FLAG_READONLY = 0x1, 0x2
CSP_OK, CSP_ECONSTRAINT, CSP_EENUM = 0, -13, -8


class CspError(ctypes.Structure):
    _fields_ = [("code", c_int), ("message", c_char_p), ("path", c_char_p), ("line", c_int), ("column", c_int)]


def find_library() -> Optional[pathlib.Path]:
    """libcsp.so: in the build directory (ctest sets CSP_BINARY_DIR), beside
    the extension (a wheel), or wherever the extension loaded it from."""
    candidates: List[pathlib.Path] = []
    binary_dir = os.environ.get("CSP_BINARY_DIR")
    if binary_dir:
        candidates += sorted(pathlib.Path(binary_dir).glob("libcsp.so*"))
    try:
        from libcsp import _libcsp

        candidates += sorted(pathlib.Path(_libcsp.__file__).parent.glob("libcsp.so*"))
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                path = line.split()[-1]
                if "/libcsp.so" in path:
                    candidates.append(pathlib.Path(path))
    except (ImportError, OSError):
        pass
    return next((p for p in candidates if p.is_file()), None)


LIB_PATH = find_library()
pytestmark = pytest.mark.skipif(
    LIB_PATH is None,
    reason="libcsp.so not found: set CSP_BINARY_DIR to the build directory (ctest does)")


def load() -> ctypes.CDLL:
    assert LIB_PATH is not None
    lib = ctypes.CDLL(str(LIB_PATH))
    P = c_void_p
    PP = POINTER(c_void_p)
    sigs: Dict[str, Any] = {
        "csp_error_last": (POINTER(CspError), []),
        "csp_register_open": (c_int, [PP, c_char_p, c_void_p]),
        "csp_register_close": (None, [P]),
        "csp_schema_entity_count": (c_size_t, []),
        "csp_schema_entity_name": (c_char_p, [c_size_t]),
        "csp_schema_field_count": (c_size_t, [c_char_p]),
        "csp_schema_field_name": (c_char_p, [c_int, c_int]),
        "csp_schema_field_type": (c_int, [c_int, c_int]),
        "csp_schema_field_flags": (c_uint, [c_int, c_int]),
        "csp_schema_field_target": (c_int, [c_int, c_int]),
        "csp_schema_field_enum": (c_char_p, [c_int, c_int]),
        "csp_schema_field_bounds": (c_int, [POINTER(c_longlong), POINTER(c_longlong), c_int, c_int]),
        "csp_schema_enum_value": (c_char_p, [c_char_p, c_size_t]),
        "csp_schema_enum_count": (c_size_t, [c_char_p]),
        "csp_record_new": (c_int, [PP, c_int, c_char_p]),
        "csp_record_free": (None, [P]),
        "csp_record_copy": (c_int, [PP, P]),
        "csp_record_id": (c_char_p, [P]),
        "csp_record_entity": (c_int, [P]),
        "csp_record_text": (c_char_p, [P, c_int]),
        "csp_record_int": (c_longlong, [P, c_int]),
        "csp_record_is_set": (c_int, [P, c_int]),
        "csp_record_count": (c_size_t, [P, c_int]),
        "csp_record_item": (c_char_p, [P, c_int, c_size_t]),
        "csp_record_set_text": (c_int, [P, c_int, c_char_p]),
        "csp_record_set_int": (c_int, [P, c_int, c_longlong]),
        "csp_record_add": (c_int, [P, c_int, c_char_p]),
        "csp_record_clear": (c_int, [P, c_int]),
        "csp_record_equal": (c_int, [P, P]),
        "csp_record_validate": (c_int, [P]),
        "csp_record_get": (c_int, [PP, P, c_int, c_char_p]),
        "csp_record_put": (c_int, [P, P]),
    }
    for name, (restype, argtypes) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


@pytest.fixture
def lib() -> ctypes.CDLL:
    return load()


@pytest.fixture
def creg(lib: ctypes.CDLL) -> Any:
    reg = c_void_p()
    assert lib.csp_register_open(byref(reg), b":memory:", None) == CSP_OK
    yield reg
    lib.csp_register_close(reg)


def ok(lib: ctypes.CDLL, rc: int, what: str) -> None:
    if rc != CSP_OK:
        e = lib.csp_error_last().contents
        raise AssertionError(f"{what}: {rc} {e.message.decode()} (path {e.path.decode()!r})")


def typed(lib: ctypes.CDLL, name: str, restype: Any, argtypes: List[Any]) -> Callable[..., Any]:
    fn = getattr(lib, name)  # AttributeError: the library does not export it
    fn.restype = restype
    fn.argtypes = argtypes
    return fn  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------
# (a) the typed functions
# ---------------------------------------------------------------------------


def test_typed_functions(lib: ctypes.CDLL, creg: Any) -> None:
    P, PP = c_void_p, POINTER(c_void_p)
    new = typed(lib, "csp_organisation_new", c_int, [PP, c_char_p])
    set_name = typed(lib, "csp_organisation_set_name", c_int, [P, c_char_p])
    set_kind = typed(lib, "csp_organisation_set_kind", c_int, [P, c_char_p])
    put = typed(lib, "csp_organisation_put", c_int, [P, P])
    get = typed(lib, "csp_organisation_get", c_int, [PP, P, c_char_p])
    name = typed(lib, "csp_organisation_name", c_char_p, [P])
    kind = typed(lib, "csp_organisation_kind", c_char_p, [P])
    free = typed(lib, "csp_organisation_free", None, [P])

    org = c_void_p()
    ok(lib, new(byref(org), b"met"), "new")
    ok(lib, set_name(org, "Metropolitan Police Service ✓".encode()), "set_name")
    ok(lib, set_kind(org, b"police"), "set_kind")
    assert set_kind(org, b"polce") == CSP_EENUM  # refused, with the code...
    assert lib.csp_error_last().contents.code == CSP_EENUM  # ...and the last error
    assert kind(org) == b"police"  # unchanged
    ok(lib, put(creg, org), "put")
    back = c_void_p()
    ok(lib, get(byref(back), creg, b"met"), "get")
    assert name(back).decode() == "Metropolitan Police Service ✓"
    assert kind(back) == b"police"
    # a typed object is a record: the generic API reads it too
    eid = lib.csp_record_entity(back)
    assert lib.csp_schema_entity_name(eid) == b"organisation"
    assert lib.csp_record_equal(org, back) == 1
    free(org)
    free(back)
    free(None)  # accepts NULL


# ---------------------------------------------------------------------------
# (b) the generic API, driven by introspection only
# ---------------------------------------------------------------------------


class Builder:
    """Builds one valid record of any entity from the schema alone."""

    #: Text to try for a TEXT field, in order: the first the library accepts
    #: (some text fields have a format, e.g. a GSS code).
    TEXT_CANDIDATES = [b"Some text \xe2\x9c\x93", b"E09000009", b"https://example.org/x", b"18:30", b"7.4"]
    DATE = b"2020-03-15"  # one date everywhere: an end is then never before its start

    def __init__(self, lib: ctypes.CDLL, reg: Any) -> None:
        self.lib = lib
        self.reg = reg
        self.deps: Dict[int, bytes] = {}
        self.records: List[Any] = []

    def fields(self, eid: int) -> List[int]:
        name = self.lib.csp_schema_entity_name(eid)
        return list(range(self.lib.csp_schema_field_count(name)))

    def dep(self, eid: int) -> bytes:
        """The id of a record of entity eid in the register, made once."""
        if eid not in self.deps:
            rid = b"dep-" + self.lib.csp_schema_entity_name(eid).replace(b"_", b"-")
            self.put(eid, self.build(eid, rid, self_refs=False, refs=False))
            self.deps[eid] = rid
        return self.deps[eid]

    def value(self, eid: int, fid: int, ftype: int) -> List[bytes]:
        """Values to try for a text-valued field (or a list's item)."""
        lib = self.lib
        if ftype in (ENUM, ENUM_LIST):
            return [lib.csp_schema_enum_value(lib.csp_schema_field_enum(eid, fid), 0)]
        if ftype in (DATE, DATE_LIST):
            return [self.DATE]
        if ftype in (REF, REF_LIST):
            return [self.dep(lib.csp_schema_field_target(eid, fid))]
        return self.TEXT_CANDIDATES

    def set_field(self, rec: Any, eid: int, fid: int) -> bool:
        lib = self.lib
        ftype = lib.csp_schema_field_type(eid, fid)
        if ftype == BOOL:
            return lib.csp_record_set_int(rec, fid, 1) == CSP_OK
        if ftype == INT:
            lo, hi = c_longlong(), c_longlong()
            ok(lib, lib.csp_schema_field_bounds(byref(lo), byref(hi), eid, fid), "bounds")
            return lib.csp_record_set_int(rec, fid, min(max(lo.value, 1), hi.value)) == CSP_OK
        write = lib.csp_record_add if ftype in LISTS else lib.csp_record_set_text
        return any(write(rec, fid, v) == CSP_OK for v in self.value(eid, fid, ftype))

    def build(self, eid: int, rid: bytes, self_refs: bool = True, refs: bool = True) -> Any:
        lib = self.lib
        rec = c_void_p()
        ok(lib, lib.csp_record_new(byref(rec), eid, rid), f"new {rid!r}")
        self.records.append(rec)
        for fid in self.fields(eid)[1:]:  # field 0 is the id
            flags = lib.csp_schema_field_flags(eid, fid)
            if flags & FLAG_READONLY:
                continue  # kept by libcsp
            if lib.csp_schema_field_target(eid, fid) == eid and not self_refs and not flags & FLAG_REQUIRED:
                continue  # a record that refers to its own kind needs another first
            if lib.csp_schema_field_target(eid, fid) >= 0 and not refs and not flags & FLAG_REQUIRED:
                continue  # a record made for another to name: no optional references (they can form cycles)
            if not self.set_field(rec, eid, fid) and flags & FLAG_REQUIRED:
                ok(lib, -1, f"{rid!r}: no value for required field {lib.csp_schema_field_name(eid, fid)!r}")
        if lib.csp_record_validate(rec) == CSP_ECONSTRAINT:
            # A rule across fields ("this or that, not both"): leave out the
            # first optional field whose absence satisfies it.
            rec = next((t for t in self.trials(eid, rec) if lib.csp_record_validate(t) == CSP_OK), rec)
        ok(lib, lib.csp_record_validate(rec), f"validate {rid!r}")
        return rec

    def trials(self, eid: int, rec: Any) -> Iterator[Any]:
        """Copies of rec, each with one of its optional fields left out."""
        lib = self.lib
        for fid in self.fields(eid)[1:]:
            if lib.csp_schema_field_flags(eid, fid) & FLAG_REQUIRED or not lib.csp_record_is_set(rec, fid):
                continue
            trial = c_void_p()
            ok(lib, lib.csp_record_copy(byref(trial), rec), "copy")
            self.records.append(trial)
            ok(lib, lib.csp_record_clear(trial, fid), "clear")
            yield trial

    def put(self, eid: int, rec: Any) -> Any:
        """Puts rec; when a rule across records refuses it, first leaves out
        one optional field at a time, then tries each value of the enums of
        the records its required references name (a scrutiny review's
        committee must be a scrutiny committee). Returns the record put."""
        lib = self.lib
        if lib.csp_record_put(self.reg, rec) != CSP_ECONSTRAINT:
            return rec
        for trial in self.trials(eid, rec):
            if lib.csp_record_put(self.reg, trial) == CSP_OK:
                return trial
        for fid in self.fields(eid)[1:]:
            target = lib.csp_schema_field_target(eid, fid)
            if target < 0 or not lib.csp_schema_field_flags(eid, fid) & FLAG_REQUIRED:
                continue
            dep = c_void_p()
            ok(lib, lib.csp_record_get(byref(dep), self.reg, target, self.dep(target)), "get dep")
            self.records.append(dep)
            for tf in self.fields(target):
                if lib.csp_schema_field_type(target, tf) != ENUM:
                    continue
                en = lib.csp_schema_field_enum(target, tf)
                for k in range(lib.csp_schema_enum_count(en)):
                    ok(lib, lib.csp_record_set_text(dep, tf, lib.csp_schema_enum_value(en, k)), "set")
                    if lib.csp_record_put(self.reg, dep) == CSP_OK and lib.csp_record_put(self.reg, rec) == CSP_OK:
                        return rec
        ok(lib, lib.csp_record_put(self.reg, rec), "put")
        return rec

    def free(self) -> None:
        for rec in self.records:
            self.lib.csp_record_free(rec)


def test_every_entity_through_the_generic_api(lib: ctypes.CDLL, creg: Any) -> None:
    P = c_void_p
    builder = Builder(lib, creg)
    checked: Dict[str, int] = {}
    try:
        for eid in range(lib.csp_schema_entity_count()):
            entity = lib.csp_schema_entity_name(eid).decode()
            rid = f"full-{entity.replace('_', '-')}".encode()
            rec = builder.put(eid, builder.build(eid, rid))
            got = c_void_p()
            ok(lib, lib.csp_record_get(byref(got), creg, eid, rid), f"get {rid!r}")
            builder.records.append(got)
            assert lib.csp_record_entity(got) == eid and lib.csp_record_id(got) == rid
            assert lib.csp_record_equal(rec, got) == 1, entity
            set_fields = 0
            for fid in builder.fields(eid):
                fname = lib.csp_schema_field_name(eid, fid).decode()
                ftype = lib.csp_schema_field_type(eid, fid)
                readonly = lib.csp_schema_field_flags(eid, fid) & FLAG_READONLY
                where = f"{entity}.{fname}"
                set_fields += bool(lib.csp_record_is_set(rec, fid))
                # the typed getter, found by name only
                getter = f"csp_{entity}_{fname}"
                if ftype in TEXTS:
                    value = lib.csp_record_text(got, fid)
                    if not readonly:
                        assert value == lib.csp_record_text(rec, fid), where
                    assert typed(lib, getter, c_char_p, [P])(got) == value, where
                elif ftype in NUMBERS:
                    number = lib.csp_record_int(got, fid)
                    if not readonly:
                        assert number == lib.csp_record_int(rec, fid), where
                    assert typed(lib, getter, c_int, [P])(got) == number, where
                else:
                    assert ftype in LISTS, where
                    n = lib.csp_record_count(got, fid)
                    items = [lib.csp_record_item(got, fid, i) for i in range(n)]
                    assert items == [lib.csp_record_item(rec, fid, i) for i in range(lib.csp_record_count(rec, fid))]
                    assert typed(lib, getter + "_count", c_size_t, [P])(got) == n, where
                    item = typed(lib, getter, c_char_p, [P, c_size_t])
                    assert [item(got, i) for i in range(n)] == items, where
                    assert item(got, n) is None, where
            writable = [f for f in builder.fields(eid) if not lib.csp_schema_field_flags(eid, f) & FLAG_READONLY]
            # every writable field was given a value, but at most one left out for a rule
            assert set_fields >= len(writable) - 1, (entity, set_fields, len(writable))
            checked[entity] = set_fields
    finally:
        builder.free()
    assert len(checked) == lib.csp_schema_entity_count() >= 10
