"""What text a field takes, and what an error quotes: the C library's rules, from Python."""

from __future__ import annotations

import json

import pytest

import libcsp
from libcsp import schema


def test_blank_and_control_characters_are_refused() -> None:
    org = libcsp.Organisation("o", "Before", libcsp.OrganisationKind.OTHER)
    for bad in ("   ", "\u3000", "a\nb", "a\tb", "a\x1b[2J", "a\x9bb"):
        with pytest.raises(libcsp.InvalidValueError) as info:
            org.name = bad
        assert info.value.path == "name"
    assert org.name == "Before"  # unchanged


def test_multiline_fields_take_line_breaks() -> None:
    duty = libcsp.Duty("local.d", "Title", "Source", libcsp.DutyRecurrence.YEARLY, libcsp.Confidence.UNVERIFIED)
    duty.note = "First line.\n\tSecond line."
    assert duty.note == "First line.\n\tSecond line."
    with pytest.raises(libcsp.InvalidValueError):
        duty.title = "two\nlines"
    fields = {f.name: f for f in schema.fields("duty")}
    assert fields["note"].multiline and not fields["title"].multiline


def test_length_limits_come_from_the_description() -> None:
    fields = {f.name: f for f in schema.fields("organisation")}
    limit = fields["name"].max_length
    assert limit == 1000 and fields["id"].max_length == 128 and fields["responsible_authority"].max_length == 0
    org = libcsp.Organisation("o", "x", libcsp.OrganisationKind.OTHER)
    org.name = "\u00e9" * limit  # characters, not bytes
    with pytest.raises(libcsp.InvalidValueError, match="1001 characters is longer than the 1000"):
        org.name = "x" * (limit + 1)


def test_an_error_quotes_hostile_text_safely() -> None:
    doc = {"format": "libcsp/1",
           "organisations": [{"id": "x\x1b]0;PWNED\x07\x1b[2J\nline", "name": "N", "kind": "other"}]}
    with libcsp.Register() as reg, pytest.raises(libcsp.InvalidValueError) as info:
        reg.import_json(json.dumps(doc))
    text = str(info.value)
    assert "x\\u001B]0;PWNED\\u0007\\u001B[2J\\u000Aline" in text
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text + info.value.path)


def test_no_cycles() -> None:
    with libcsp.Register() as reg:
        reg.partnerships.add(libcsp.Partnership("a", "A", libcsp.PartnershipKind.BOARD))
        reg.partnerships.add(libcsp.Partnership("b", "B", libcsp.PartnershipKind.BOARD, parent="a"))
        a = reg.partnerships["a"]
        a.parent = "b"
        with pytest.raises(libcsp.ConstraintError, match="a -> b -> a"):
            a.save()
        a.parent = None
        a.works_with_ids = ["a"]
        with pytest.raises(libcsp.ConstraintError, match="names the partnership itself"):
            reg.partnerships.put(a)
        assert reg.partnerships["a"].parent is None
