"""The raw SWIG module's conventions (libcsp.i): no status codes, out-parameters
returned, handles checked, structs as dicts.

The raw module wraps the generic C API only (record.h, query.h, schema.h,
register.h, json.h, ...): any entity, any field, by numeric id. The typed
functions (csp_organisation_name(), ...) are reached through the entity
classes (test_coverage.py checks that each has its path).
"""

from __future__ import annotations

import pytest

import libcsp
from libcsp import _libcsp as C

ORG = C.csp_schema_entity_find("organisation")
PART = C.csp_schema_entity_find("partnership")
MEMBER = C.csp_schema_entity_find("membership")


def fid(entity: int, name: str) -> int:
    f = C.csp_schema_field_find(entity, name)
    assert f >= 0, name
    return f


def test_not_typed() -> None:
    """The typed functions are not in the raw module: the classes reach them."""
    assert not hasattr(C, "csp_organisation_new")
    assert not hasattr(C, "csp_organisation_name")
    assert callable(C.csp_record_new)


def test_ids_from_introspection() -> None:
    assert C.csp_schema_entity_find("organisation") == ORG == libcsp.Organisation._eid
    assert C.csp_schema_entity_find("organisations") == ORG  # the plural too
    assert C.csp_schema_entity_find("nope") == C.CSP_ENOTFOUND  # a value, not raised
    assert C.csp_schema_field_find(ORG, "name") == libcsp.Organisation.name.fid
    assert C.csp_schema_field_find(ORG, "nope") == C.CSP_ENOTFOUND
    assert C.csp_schema_entity_name(ORG) == "organisation"
    assert C.csp_schema_entity_name(999) is None
    assert C.csp_schema_entity_plural(ORG) == "organisations"
    assert C.csp_schema_field_name(ORG, 0) == "id"
    assert C.csp_schema_field_type(ORG, fid(ORG, "kind")) == C.CSP_FIELD_ENUM
    assert C.csp_schema_field_flags(ORG, fid(ORG, "name")) & C.CSP_FLAG_REQUIRED
    assert C.csp_schema_field_target(MEMBER, fid(MEMBER, "organisation")) == ORG
    assert C.csp_schema_field_target(ORG, fid(ORG, "name")) == -1
    assert C.csp_schema_field_enum(ORG, fid(ORG, "kind")) == "organisation_kind"
    assert C.csp_schema_field_enum(ORG, fid(ORG, "name")) is None
    assert C.csp_schema_field_label(ORG, fid(ORG, "name"))
    assert C.csp_schema_field_since(ORG, -1) >= 1
    assert C.csp_schema_entity_parent(MEMBER) == (PART, "members")
    assert C.csp_schema_entity_parent(ORG) == (-1, None)
    lo, hi = C.csp_schema_field_bounds(PART, fid(PART, "meetings_per_year"))
    assert 0 < lo <= hi
    with pytest.raises(libcsp.InvalidValueError):
        C.csp_schema_field_bounds(ORG, fid(ORG, "name"))  # not an INT field
    assert C.csp_schema_enum_count("membership_role") == len(libcsp.Role)
    assert C.csp_schema_enum_value("membership_role", 0) == "chair"
    assert C.csp_schema_enum_value("membership_role", 999) is None
    assert C.csp_schema_enum_label("membership_role", "vice_chair") == "Vice-chair"
    assert C.csp_schema_enum_doc("membership_role", None)


def test_status_functions_return_none_or_their_output() -> None:
    org = C.csp_record_new(ORG, "x")
    assert type(org).__name__ == "csp_record"
    assert C.csp_record_set_text(org, fid(ORG, "name"), "X") is None
    assert C.csp_record_text(org, fid(ORG, "name")) == "X"
    assert C.csp_record_id(org) == "x" and C.csp_record_entity(org) == ORG
    assert C.csp_record_text(org, fid(ORG, "area")) is None
    assert C.csp_record_int(org, fid(ORG, "responsible_authority")) == 0
    assert C.csp_record_is_set(org, fid(ORG, "responsible_authority")) is False
    assert C.csp_record_set_int(org, fid(ORG, "responsible_authority"), 5) is None
    assert C.csp_record_int(org, fid(ORG, "responsible_authority")) == 1  # any non-zero is 1
    assert C.csp_record_is_set(org, fid(ORG, "responsible_authority")) is True
    assert C.csp_record_clear(org, fid(ORG, "responsible_authority")) is None
    assert C.csp_record_is_set(org, fid(ORG, "responsible_authority")) is False
    assert C.csp_date_check("2020-02-29") is None
    assert C.csp_date_compare("2002", "2002-01") < 0
    assert C.csp_date_overlaps("2020-03", "2020-03-12") is True
    assert isinstance(C.csp_schema_version(), int)
    assert C.csp_register_transaction_depth(C.csp_register_open(":memory:", None)) == 0


def test_status_codes_become_exceptions() -> None:
    org = C.csp_record_new(ORG, "x")
    with pytest.raises(libcsp.RequiredFieldError):
        C.csp_record_validate(org)
    with pytest.raises(libcsp.EnumValueError):
        C.csp_record_set_text(org, fid(ORG, "kind"), "polce")
    with pytest.raises(libcsp.InvalidValueError):
        C.csp_record_set_text(org, fid(ORG, "responsible_authority"), "yes")  # a BOOL: not text
    with pytest.raises(libcsp.InvalidValueError):
        C.csp_record_set_int(org, fid(ORG, "name"), 1)  # a TEXT: not a number
    with pytest.raises(libcsp.ArgumentError):
        C.csp_record_set_text(org, 999, "x")  # an unknown field
    with pytest.raises(libcsp.ArgumentError):
        C.csp_record_new(999, "x")  # an unknown entity
    with pytest.raises(libcsp.InvalidValueError):
        C.csp_record_new(ORG, "")  # a bad id
    reg = C.csp_register_open(":memory:", None)
    with pytest.raises(libcsp.NotFoundError):
        C.csp_record_get(reg, ORG, "missing")
    with pytest.raises(libcsp.ArgumentError):
        C.csp_register_commit(reg)  # none open
    assert C.csp_register_rollback(reg) is None  # none open: nothing to do
    C.csp_register_close(reg)


def test_getters_return_values() -> None:
    p = C.csp_record_new(PART, "p")
    meetings, former = fid(PART, "meetings_per_year"), fid(PART, "former_names")
    C.csp_record_set_int(p, meetings, 4)
    assert C.csp_record_int(p, meetings) == 4
    assert C.csp_record_int(p, fid(PART, "ad_hoc_meetings")) == 0
    with pytest.raises(libcsp.InvalidValueError):
        C.csp_record_set_int(p, meetings, 400)  # out of its bounds
    C.csp_record_add(p, former, "old")
    C.csp_record_add(p, former, "older")
    assert C.csp_record_count(p, former) == 2
    assert C.csp_record_item(p, former, 0) == "old"
    assert C.csp_record_item(p, former, 5) is None
    assert C.csp_py_record_list(p, former) == ("old", "older")
    assert C.csp_py_record_list(p, fid(PART, "works_with")) == ()
    with pytest.raises(OverflowError):
        C.csp_record_item(p, former, -1)
    assert C.csp_record_text(p, former) is None  # a list read as text: NULL, not a crash
    C.csp_record_clear(p, former)
    assert C.csp_record_count(p, former) == 0
    q = C.csp_record_copy(p)
    assert C.csp_record_equal(p, q) is True
    C.csp_record_set_int(q, meetings, 5)
    assert C.csp_record_equal(p, q) is False


def test_out_parameters() -> None:
    reg = C.csp_register_open(":memory:", None)
    try:
        assert C.csp_json_import(reg, '{"format": "libcsp/1"}', None) is None
        text = C.csp_json_export(reg, {"flags": 0})
        assert isinstance(text, str) and '"libcsp/1"' in text
        it = C.csp_record_iterator_new(reg, ORG, None)
        assert type(it).__name__ == "csp_record_iterator"
        assert C.csp_record_next(it) is None  # CSP_ITEROVER -> None
        assert C.csp_record_next(it) is None
        assert C.csp_record_count_matching(reg, ORG, None) == 0
        org = C.csp_record_new(ORG, "o")
        C.csp_record_set_text(org, fid(ORG, "name"), "O")
        C.csp_record_set_text(org, fid(ORG, "kind"), "police")
        assert C.csp_record_put(reg, org) is None
        got = C.csp_record_get(reg, ORG, "o")
        assert C.csp_record_equal(got, org) and got is not org
        q = C.csp_query_new(ORG)
        assert type(q).__name__ == "csp_query" and C.csp_query_entity(q) == ORG
        assert C.csp_query_where(q, fid(ORG, "kind"), C.CSP_OP_EQ, "police") is None
        assert C.csp_query_where_int(q, fid(ORG, "responsible_authority"), C.CSP_OP_UNSET, 0) is None
        assert C.csp_query_order(q, fid(ORG, "name"), 1) is None
        assert C.csp_query_limit(q, 10) is None
        assert C.csp_record_count_matching(reg, ORG, q) == 1
        it = C.csp_record_iterator_new(reg, ORG, q)
        C.csp_query_free(q)  # the iterator keeps what it needs
        first = C.csp_record_next(it)
        assert first is not None and C.csp_record_id(first) == "o"
        assert C.csp_record_next(it) is None
        name, ftype, required, target = C.csp_schema_field("membership", 2)
        assert (name, ftype, required, target) == ("organisation", C.CSP_FIELD_REF, True, "organisation")
        assert isinstance(C.csp_schema_field("organisation", 0), tuple)
        values = C.csp_schema_enum_values("membership", "role")
        assert isinstance(values, tuple) and values[0] == "chair"
        code, message, path, line, column = C.csp_error_last()
        assert isinstance(code, int) and isinstance(message, str)
    finally:
        C.csp_register_close(reg)


def test_structs_are_dicts() -> None:
    reg = C.csp_register_open(":memory:", {"flags": C.CSP_OPEN_CREATE, "busy_timeout_ms": 100})
    try:
        assert C.csp_json_export(reg, None).startswith("{")
        assert C.csp_json_export(reg, {}).startswith("{")
        C.csp_json_import(reg, '{"format": "libcsp/1"}', {"flags": 0})
        with pytest.raises(TypeError):
            C.csp_register_open(":memory:", {"colour": "red"})  # type: ignore[typeddict-unknown-key]
        with pytest.raises(TypeError):
            C.csp_register_open(":memory:", ["flags"])  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            C.csp_json_export(reg, {"flags": "indent"})  # type: ignore[typeddict-item]
        with pytest.raises(TypeError):
            C.csp_json_export(reg, {1: 2})  # type: ignore[misc]
        with pytest.raises(ValueError):
            C.csp_json_export(reg, {"flags": -1})
        with pytest.raises(OverflowError):
            C.csp_register_open(":memory:", {"busy_timeout_ms": 2**40})
        with pytest.raises(TypeError):
            C.csp_json_import(reg, '{"format": "libcsp/1"}', {"version": 1})  # type: ignore[typeddict-unknown-key]
        # a query is an object, not a dict; its values are checked like the field's
        q = C.csp_query_new(MEMBER)
        with pytest.raises(libcsp.EnumValueError):
            C.csp_query_where(q, fid(MEMBER, "role"), C.CSP_OP_EQ, "chiar")
        with pytest.raises(libcsp.DateError):
            C.csp_query_where(q, fid(MEMBER, "start_date"), C.CSP_OP_LT, "2020-02-30")
        with pytest.raises(libcsp.ArgumentError):
            C.csp_query_where(q, fid(MEMBER, "role"), 99, "chair")  # an unknown operator
        with pytest.raises(libcsp.ArgumentError):
            C.csp_query_where_int(q, fid(MEMBER, "role"), C.CSP_OP_EQ, 1)  # not a number field
        with pytest.raises(TypeError):
            C.csp_record_iterator_new(reg, MEMBER, {"role": "chair"})  # type: ignore[arg-type]
    finally:
        C.csp_register_close(reg)


def test_handles_are_checked() -> None:
    org = C.csp_record_new(ORG, "x")
    q = C.csp_query_new(ORG)
    reg = C.csp_register_open(":memory:", None)
    it = C.csp_record_iterator_new(reg, ORG, None)
    with pytest.raises(TypeError):
        C.csp_record_id(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_id(q)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_id(it)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_id("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_next(org)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_query_limit(org, 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_put(org, org)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_get(None, ORG, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_set_text(org, 1, b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_set_text(org, "name", "X")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        C.csp_record_set_text(org, 1, "a\0b")
    with pytest.raises(TypeError):
        C.csp_free(org)  # type: ignore[arg-type]
    assert C.csp_free(None) is None
    with pytest.raises(TypeError):
        C.csp_register_close("not a register")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_free(q)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_record_new()  # type: ignore[call-arg]
    # a query may be None (every record), but not a record
    assert C.csp_record_count_matching(reg, ORG, None) == 0
    with pytest.raises(TypeError):
        C.csp_record_count_matching(reg, ORG, org)  # type: ignore[arg-type]
    # a query of another entity is refused by the library
    with pytest.raises(libcsp.ArgumentError):
        C.csp_record_iterator_new(reg, PART, q)
    C.csp_record_iterator_free(it)
    C.csp_register_close(reg)


def test_constants() -> None:
    assert C.CSP_OK == 0 and C.CSP_ENOTFOUND == -4 and C.CSP_ITEROVER == -31
    assert C.CSP_OPEN_CREATE == 1 and C.CSP_EXPORT_PUBLIC == 1
    assert C.CSP_OP_EQ == 1 and C.CSP_OP_UNSET == 8
    assert C.CSP_FLAG_REQUIRED == 1 and C.CSP_FLAG_BUILTIN == 0x100
    assert C.CSP_VERSION_NUMBER == C.CSP_VERSION_MAJOR * 10000 + C.CSP_VERSION_MINOR * 100 + C.CSP_VERSION_PATCH
    for name in dir(libcsp._errors):
        if name.startswith("CSP_"):
            assert getattr(C, name) == getattr(libcsp._errors, name), name


def test_surrogates_and_unicode() -> None:
    org = C.csp_record_new(ORG, "x")
    name = fid(ORG, "name")
    C.csp_record_set_text(org, name, "Môn ✓")
    assert C.csp_record_text(org, name) == "Môn ✓"
    with pytest.raises(UnicodeEncodeError):
        C.csp_record_set_text(org, name, "\udc80")
    assert C.csp_record_text(org, name) == "Môn ✓"  # unchanged
