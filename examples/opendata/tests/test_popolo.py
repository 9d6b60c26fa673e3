"""The Popolo export: every object validates against the Popolo JSON Schemas
(Draft 3), the mapping says what docs/popolo.md says, and a person marked
private never appears.

The register holds the bundled example data (examples/data/*.json) and a
small document of our own (EXTRA) with what the examples lack: a private
person in a seat, a public one sitting on behalf of another organisation,
meetings with attendance, a source with a URL.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
from typing import Any, Dict, Iterator, List

import jsonschema
import pytest

import libcsp

from conftest import DATA_DIR, SCHEMA_DIR

#: Popolo collection -> its schema file
COLLECTIONS = {
    "organizations": "organization.json",
    "persons": "person.json",
    "memberships": "membership.json",
    "posts": "post.json",
    "events": "event.json",
}

PRIVATE_ID, PRIVATE_NAME = "opendata-private-pat", "Patricia Unlisted"

EXTRA: Dict[str, Any] = {
    "format": "libcsp/1",
    "people": [
        {"id": PRIVATE_ID, "name": PRIVATE_NAME, "private": True},
        {"id": "opendata-sam", "name": "Sam Example", "honorific": "Dr"},
    ],
    "partnerships": [{
        "id": "opendata-group", "name": "Open data task group", "short_name": "ODTG",
        "kind": "task_group", "parent": "ealing-sep", "area": "Ealing", "area_code": "E09000009",
        "former_names": ["Data group"], "sources": ["opendata-web", "opendata-doc"],
        "members": [
            {"id": "opendata-chair", "organisation": "ealing-council", "person": "opendata-sam",
             "role": "chair", "post": "head of community safety", "start_date": "2023-04"},
            {"id": "opendata-private-seat", "organisation": "ealing-council", "person": PRIVATE_ID,
             "role": "member", "post": "analyst"},
            {"id": "opendata-health", "organisation": "ealing-council", "on_behalf_of": "ealing-ccg",
             "role": "observer"},
        ],
    }],
    "meetings": [
        {"id": "opendata-m1", "partnership": "opendata-group", "date": "2024-02-05", "start_time": "10:00",
         "duration_minutes": 90, "kind": "scheduled", "status": "held", "location": "Perceval House",
         "note": "First meeting.\nTerms of reference agreed.", "sources": ["opendata-web"],
         "attendance": [
             {"id": "opendata-a1", "membership": "opendata-chair", "status": "present"},
             {"id": "opendata-a2", "membership": "opendata-private-seat", "status": "present"},
             {"id": "opendata-a3", "membership": "opendata-health", "status": "apologies",
              "substitute": PRIVATE_ID},
         ]},
        {"id": "opendata-m2", "partnership": "opendata-group", "date": "2024-06-10", "start_time": "14:00",
         "duration_minutes": 60, "kind": "public", "status": "cancelled"},
        {"id": "opendata-m3", "partnership": "opendata-group", "date": "2024-10", "kind": "ad_hoc",
         "status": "planned"},
    ],
    "sources": [
        {"id": "opendata-web", "url": "https://example.org/ealing/open-data-group", "title": "Group page"},
        {"id": "opendata-doc", "reference": "Terms of reference, February 2024"},
    ],
}


def load_schemas() -> Dict[str, Dict[str, Any]]:
    """Every schema of the folder, by file name (read in place)."""
    if not SCHEMA_DIR.is_dir():
        pytest.skip(f"no Popolo schemas at {SCHEMA_DIR}: a plain clone has no ../shared/corpora "
                    "(set CSP_POPOLO_SCHEMAS)")
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_DIR.glob("*.json"))}


def validator(schemas: Dict[str, Dict[str, Any]], name: str) -> jsonschema.Draft3Validator:
    """A Draft 3 validator for one schema whose $refs
    (http://www.popoloproject.com/schemas/x.json#) resolve to the local files."""
    store: Dict[str, Any] = {}
    for schema in schemas.values():
        uri = schema["id"]
        store[uri] = schema
        store[uri.rstrip("#")] = schema
    schema = schemas[name]
    jsonschema.Draft3Validator.check_schema(schema)
    resolver = jsonschema.RefResolver(base_uri=schema["id"], referrer=schema, store=store)
    checker = getattr(jsonschema, "draft3_format_checker", None)
    return jsonschema.Draft3Validator(schema, resolver=resolver, format_checker=checker)


@pytest.fixture(scope="module")
def reg() -> Iterator[libcsp.Register]:
    with libcsp.Register() as r:
        for path in sorted(DATA_DIR.glob("*.json")):
            r.import_file(path)
        r.import_json(json.dumps(EXTRA))
        yield r


@pytest.fixture(scope="module")
def doc(reg: libcsp.Register) -> Dict[str, Any]:
    result = reg.export_popolo()
    assert isinstance(result, dict)
    return result


def by_id(doc: Dict[str, Any], collection: str) -> Dict[str, Dict[str, Any]]:
    return {o["id"]: o for o in doc[collection]}


def test_collections_and_counts(reg: libcsp.Register, doc: Dict[str, Any]) -> None:
    assert list(doc) == list(COLLECTIONS)
    n_orgs = sum(1 for _ in reg.organisations)
    n_partnerships = sum(1 for _ in reg.partnerships)
    assert len(doc["organizations"]) == n_orgs + n_partnerships
    # Every public person; the private one is in the register but not here.
    assert len(doc["persons"]) == sum(1 for p in reg.people if not p.private)
    assert sum(1 for p in reg.people if p.private) == 1
    assert len(doc["memberships"]) == sum(1 for _ in reg.memberships)
    assert len(doc["events"]) == sum(1 for _ in reg.meetings) == 3
    # One post per seat that names one.
    assert len(doc["posts"]) == sum(1 for m in reg.memberships if m.post)
    ids = [o["id"] for c in COLLECTIONS for o in doc[c]]
    assert len(ids) == len(set(ids)), "ids are not unique"


def test_every_object_validates(doc: Dict[str, Any]) -> None:
    schemas = load_schemas()
    checked = 0
    for collection, name in COLLECTIONS.items():
        v = validator(schemas, name)
        known = set(schemas[name]["properties"])
        for obj in doc[collection]:
            errors = sorted(v.iter_errors(obj), key=lambda e: list(e.path))
            assert not errors, f"{collection} {obj.get('id')}: " + "; ".join(
                f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)
            # Only Popolo's own properties: nothing a consumer would not know.
            assert set(obj) <= known, f"{collection} {obj['id']}: not Popolo: {sorted(set(obj) - known)}"
            checked += 1
    assert checked > 100


def test_a_document_that_breaks_the_schema_is_caught() -> None:
    """The validation is live: a wrong type and a bad date are reported."""
    schemas = load_schemas()
    bad = {"id": "meeting/x", "start_date": "5 February 2024", "organization_id": 3}
    errors = list(validator(schemas, "event.json").iter_errors(bad))
    assert len(errors) == 2
    bad_link = {"id": "person/x", "sources": [{"note": "no url"}]}
    assert list(validator(schemas, "person.json").iter_errors(bad_link))


def test_private_person_never_appears(reg: libcsp.Register, doc: Dict[str, Any]) -> None:
    text = json.dumps(doc)
    assert PRIVATE_ID not in text
    assert PRIVATE_NAME not in text
    assert reg.people[PRIVATE_ID].private  # still in the register
    seat = by_id(doc, "memberships")["membership/opendata-private-seat"]
    assert "person_id" not in seat
    assert seat["member"] == {"@type": "Organization", "id": "organisation/ealing-council"}
    # Not an attendee either, present or substituting.
    event = by_id(doc, "events")["meeting/opendata-m1"]
    assert [a["id"] for a in event["attendees"]] == ["person/opendata-sam"]


def test_mapping(doc: Dict[str, Any]) -> None:
    orgs = by_id(doc, "organizations")
    group = orgs["partnership/opendata-group"]
    assert group["name"] == "Open data task group"
    assert group["classification"] == "task_group"
    assert group["parent_id"] == "partnership/ealing-sep"
    assert group["area"] == {"name": "Ealing", "identifier": "E09000009"}
    assert group["other_names"] == [{"name": "ODTG", "note": "short name"},
                                    {"name": "Data group", "note": "former name"}]
    # Only the source with a URL becomes a link.
    assert group["sources"] == [{"url": "https://example.org/ealing/open-data-group", "note": "Group page"}]
    assert orgs["organisation/ealing-council"]["classification"] == "local_authority"
    assert orgs["partnership/ealing-sep"]["classification"] == "community_safety_partnership"

    persons = by_id(doc, "persons")
    assert persons["person/opendata-sam"] == {"id": "person/opendata-sam", "name": "Sam Example",
                                              "honorific_prefix": "Dr"}
    assert persons["person/jasbir-anand"]["honorific_prefix"] == "Councillor"

    seats = by_id(doc, "memberships")
    chair = seats["membership/opendata-chair"]
    assert chair["role"] == "chair"
    assert chair["person_id"] == "person/opendata-sam"
    assert chair["on_behalf_of_id"] == "organisation/ealing-council"
    assert chair["organization_id"] == "partnership/opendata-group"
    assert chair["post_id"] == "post/opendata-chair"
    assert chair["start_date"] == "2023-04"
    health = seats["membership/opendata-health"]
    assert health["member"]["id"] == "organisation/ealing-council"
    assert health["on_behalf_of_id"] == "organisation/ealing-ccg"
    assert health["role"] == "observer"
    assert "post_id" not in health
    post = by_id(doc, "posts")["post/opendata-chair"]
    assert post == {"id": "post/opendata-chair", "label": "head of community safety", "role": "chair",
                    "organization_id": "partnership/opendata-group", "start_date": "2023-04"}

    events = by_id(doc, "events")
    m1 = events["meeting/opendata-m1"]
    assert m1["name"] == "Open data task group (Scheduled)"
    assert m1["start_date"] == "2024-02-05T10:00:00+00:00"
    assert m1["end_date"] == "2024-02-05T11:30:00+00:00"
    assert m1["organization_id"] == "partnership/opendata-group"
    assert m1["location"] == "Perceval House"
    assert m1["description"] == "First meeting.\nTerms of reference agreed."
    m2 = events["meeting/opendata-m2"]
    assert (m2["start_date"], m2["end_date"], m2["status"]) == (
        "2024-06-10T14:00:00+01:00", "2024-06-10T15:00:00+01:00", "cancelled")
    assert events["meeting/opendata-m3"]["start_date"] == "2024-10"


def test_file_and_cspctl_give_the_same_document(reg: libcsp.Register, doc: Dict[str, Any],
                                                 tmp_path: pathlib.Path, cspctl: str,
                                                 child_env: Dict[str, str]) -> None:
    path = tmp_path / "popolo.json"
    assert reg.export_popolo(path) is None
    assert json.loads(path.read_text(encoding="utf-8")) == doc
    # Through cspctl, from a register file.
    register = tmp_path / "r.csp"
    with libcsp.Register(register) as r:
        for p in sorted(DATA_DIR.glob("*.json")):
            r.import_file(p)
        r.import_json(json.dumps(EXTRA))
    out = tmp_path / "cspctl-popolo.json"
    run = subprocess.run([cspctl, "export", "--popolo", str(register), str(out)], env=child_env,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == path.read_bytes()
    run = subprocess.run([cspctl, "export", "--popolo", "--compact", str(register)], env=child_env,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") == 1
    assert json.loads(run.stdout) == doc
    assert PRIVATE_NAME not in run.stdout


def collect(value: Any) -> List[str]:
    """Every string in a JSON value (keys and values)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *collect(v)]]
    if isinstance(value, list):
        return [s for v in value for s in collect(v)]
    return [value] if isinstance(value, str) else []


def test_no_private_string_anywhere(doc: Dict[str, Any]) -> None:
    assert not [s for s in collect(doc) if PRIVATE_ID in s or "Unlisted" in s]
