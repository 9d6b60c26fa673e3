"""The raw SWIG module's conventions (libcsp.i): no status codes, out-parameters
returned, handles checked, structs as dicts."""

from __future__ import annotations

import pytest

import libcsp
from libcsp import _libcsp as C


def test_status_functions_return_none_or_their_output() -> None:
    org = C.csp_organisation_new("x")
    assert type(org).__name__ == "csp_organisation"
    assert C.csp_organisation_set_name(org, "X") is None
    assert C.csp_organisation_name(org) == "X"
    assert C.csp_organisation_area(org) is None
    assert C.csp_organisation_responsible_authority(org) is False
    assert C.csp_date_check("2020-02-29") is None
    assert C.csp_date_compare("2002", "2002-01") < 0
    assert C.csp_date_overlaps("2020-03", "2020-03-12") is True
    assert isinstance(C.csp_schema_version(), int)


def test_getters_return_values() -> None:
    p = C.csp_partnership_new("p")
    C.csp_partnership_set_meetings_per_year(p, 4)
    assert C.csp_partnership_meetings_per_year(p) == 4
    assert C.csp_partnership_ad_hoc_meetings(p) is False
    C.csp_partnership_add_former_names(p, "old")
    assert C.csp_partnership_former_names_count(p) == 1
    assert C.csp_partnership_former_names(p, 0) == "old"
    assert C.csp_partnership_former_names(p, 5) is None
    with pytest.raises(OverflowError):
        C.csp_partnership_former_names(p, -1)


def test_out_parameters() -> None:
    reg = C.csp_register_open(":memory:", None)
    try:
        assert C.csp_json_import(reg, '{"format": "libcsp/1"}', None) is None
        text = C.csp_json_export(reg, {"flags": 0})
        assert isinstance(text, str) and '"libcsp/1"' in text
        it = C.csp_organisation_iterator_new(reg, None)
        assert C.csp_organisation_next(it) is None  # CSP_ITEROVER -> None
        assert C.csp_organisation_next(it) is None
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
        it = C.csp_organisation_iterator_new(reg, {"kind": "police", "responsible_authority": None})
        assert C.csp_organisation_next(it) is None
        with pytest.raises(TypeError):
            C.csp_organisation_iterator_new(reg, {"colour": "red"})
        with pytest.raises(TypeError):
            C.csp_organisation_iterator_new(reg, {"kind": 3})
        with pytest.raises(TypeError):
            C.csp_organisation_iterator_new(reg, ["kind"])
        with pytest.raises(TypeError):
            C.csp_json_export(reg, {"flags": "indent"})
        with pytest.raises(ValueError):
            C.csp_json_export(reg, {"flags": -1})
        with pytest.raises(OverflowError):
            C.csp_organisation_iterator_new(reg, {"responsible_authority": 2**40})
        with pytest.raises(libcsp.EnumValueError):
            C.csp_membership_iterator_new(reg, {"role": "chiar"})
    finally:
        C.csp_register_close(reg)


def test_handles_are_checked() -> None:
    org = C.csp_organisation_new("x")
    person = C.csp_person_new("y")
    with pytest.raises(TypeError):
        C.csp_organisation_name(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_organisation_name(person)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_organisation_name("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_organisation_set_name(org, b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        C.csp_organisation_set_name(org, "a\0b")
    with pytest.raises(TypeError):
        C.csp_free(org)  # type: ignore[arg-type]
    assert C.csp_free(None) is None
    with pytest.raises(TypeError):
        C.csp_register_close("not a register")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        C.csp_organisation_new()  # type: ignore[call-arg]


def test_constants() -> None:
    assert C.CSP_OK == 0 and C.CSP_ENOTFOUND == -4 and C.CSP_ITEROVER == -31
    assert C.CSP_OPEN_CREATE == 1 and C.CSP_EXPORT_PUBLIC == 1
    assert C.CSP_VERSION_NUMBER == C.CSP_VERSION_MAJOR * 10000 + C.CSP_VERSION_MINOR * 100 + C.CSP_VERSION_PATCH
    for name in dir(libcsp._errors):
        if name.startswith("CSP_"):
            assert getattr(C, name) == getattr(libcsp._errors, name), name


def test_surrogates_and_unicode() -> None:
    org = C.csp_organisation_new("x")
    C.csp_organisation_set_name(org, "Môn ✓")
    assert C.csp_organisation_name(org) == "Môn ✓"
    with pytest.raises(UnicodeEncodeError):
        C.csp_organisation_set_name(org, "\udc80")
