"""JSON round trips of examples/data from Python."""

from __future__ import annotations

import json
import pathlib

import pytest

import libcsp

from conftest import data_files


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.name)
def test_example_file_round_trip(path: pathlib.Path, tmp_path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    with libcsp.Register() as reg:
        reg.import_file(path)
        exported = reg.export_json()
        # each example file is written exactly as the library exports it
        assert json.loads(exported) == json.loads(text)
        assert exported.rstrip("\n") == text.rstrip("\n")
        out = tmp_path / "out.json"
        reg.export_file(out)
        assert out.read_text(encoding="utf-8") == exported + "\n" or out.read_text(encoding="utf-8") == exported
    # import(export(x)) exports the same bytes, from text and from bytes
    for source in (exported, exported.encode("utf-8")):
        with libcsp.Register() as again:
            again.import_json(source)
            assert again.export_json() == exported


def test_all_examples_together(loaded: libcsp.Register) -> None:
    doc = json.loads(loaded.export_json())
    assert doc["format"] == "libcsp/1"
    ids = [o["id"] for o in doc["organisations"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    # the shared Metropolitan Police Service is imported once from several files
    assert sum(1 for o in loaded.organisations if o.name == "Metropolitan Police Service") == 1
    with libcsp.Register() as again:
        again.import_json(loaded.export_json(indent=False))
        assert again.export_json() == loaded.export_json()


def test_entities_match_the_document(loaded: libcsp.Register) -> None:
    """to_dict() of every record equals its object in the exported document."""
    doc = json.loads(loaded.export_json())
    for o in doc["organisations"]:
        assert loaded.organisations[o["id"]].to_dict() == o
    for p in doc.get("people", []):
        assert loaded.people[p["id"]].to_dict() == p
    for p in doc["partnerships"]:
        members = p.pop("members", [])
        p.pop("standing_agenda", None)  # nested records, like members
        assert loaded.partnerships[p["id"]].to_dict() == p
        for m in members:
            seat = loaded.memberships[m["id"]]
            assert seat.to_dict() == {"id": m["id"], "partnership": p["id"],
                                      **{k: v for k, v in m.items() if k != "id"}}
            assert libcsp.Membership.from_dict(m, partnership=p["id"]) == seat


def test_import_is_all_or_nothing(loaded: libcsp.Register) -> None:
    before = loaded.export_json()
    bad = json.loads(before)
    bad["organisations"].append({"id": "new-org", "name": "New", "kind": "other"})
    bad["partnerships"][0]["members"] = [{"id": "x", "organisation": "ghost", "role": "member"}]
    with pytest.raises(libcsp.Error):
        loaded.import_json(json.dumps(bad))
    assert loaded.export_json() == before
    assert "new-org" not in loaded.organisations


def test_unicode_survives(reg: libcsp.Register) -> None:
    name = "Cyngor Sir Ynys Môn — ‘quoted’ 🚓"
    reg.organisations.add(libcsp.Organisation("ynys-mon", name, "local_authority"))
    text = reg.export_json()
    with libcsp.Register() as again:
        again.import_json(text)
        assert again.organisations["ynys-mon"].name == name
