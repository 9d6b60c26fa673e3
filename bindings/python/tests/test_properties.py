"""Property-based tests (hypothesis): valid entities survive put/get and
export/import unchanged; invalid input raises a libcsp exception, never crashes."""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, List

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import assume, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import libcsp  # noqa: E402
from libcsp import _libcsp as C  # noqa: E402
from libcsp._model import _ENTITY_CLASSES  # noqa: E402

ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,30}", fullmatch=True)
# Any text a field takes: not blank, no control character, no lone surrogate.
text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
full_dates = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))
partial_dates = st.builds(libcsp.PartialDate, st.integers(1, 9999), st.none() | st.integers(1, 12))
dates = full_dates | partial_dates
gss = st.from_regex(r"[A-Z][0-9]{8}", fullmatch=True)


@st.composite
def organisations(draw: Any, oid: Any = ids) -> libcsp.Organisation:
    return libcsp.Organisation(
        draw(oid), draw(text), draw(st.sampled_from(list(libcsp.OrganisationKind))),
        area=draw(st.none() | text),
        responsible_authority=draw(st.booleans()),
        serious_violence_duty_holder=draw(st.booleans()),
        cooperating_body=draw(st.booleans()),
    )


@st.composite
def people(draw: Any) -> libcsp.Person:
    return libcsp.Person(draw(ids), draw(text), honorific=draw(st.none() | text),
                         private=draw(st.booleans()))


@st.composite
def partnerships(draw: Any, others: List[str]) -> libcsp.Partnership:
    ref = st.none() | st.sampled_from(others) if others else st.none()
    return libcsp.Partnership(
        draw(ids), draw(text), draw(st.sampled_from(list(libcsp.PartnershipKind))),
        short_name=draw(st.none() | text),
        area=draw(st.none() | text),
        area_code=draw(st.none() | gss),
        parent=draw(ref),
        accountable_to=draw(ref),
        works_with=draw(st.lists(st.sampled_from(others), max_size=3, unique=True)) if others else [],
        formed_on=draw(st.none() | dates),
        former_names=draw(st.lists(text, max_size=3)),
        statutory_basis=draw(st.none() | text),
        meetings_per_year=draw(st.none() | st.integers(1, 366)),
        minutes_per_meeting=draw(st.none() | st.integers(1, 1440)),
        ad_hoc_meetings=draw(st.booleans()),
    )


@st.composite
def registers(draw: Any) -> Dict[str, List[Any]]:
    """A consistent set of records: unique ids, references to records in the set."""
    orgs = draw(st.lists(organisations(), min_size=1, max_size=4, unique_by=lambda o: o.id))
    ppl = draw(st.lists(people(), max_size=3, unique_by=lambda p: p.id))
    parts: List[libcsp.Partnership] = []
    for _ in range(draw(st.integers(1, 4))):
        p = draw(partnerships([q.id for q in parts]))
        assume(p.id not in [q.id for q in parts])
        parts.append(p)
    seats = []
    for i in range(draw(st.integers(0, 5))):
        start = draw(st.none() | dates)
        end = draw(st.none() | dates)
        if start is not None and end is not None and libcsp.compare_dates(end, start) < 0:
            start, end = end, start
        seats.append(libcsp.Membership(
            f"seat-{i}", draw(st.sampled_from(parts)), draw(st.sampled_from(orgs)),
            draw(st.sampled_from(list(libcsp.Role))),
            person=draw(st.none() | st.sampled_from(ppl)) if ppl else None,
            post=draw(st.none() | text),
            on_behalf_of=draw(st.none() | st.sampled_from(orgs)),
            start_date=start, end_date=end))
    return {"organisations": orgs, "people": ppl, "partnerships": parts, "memberships": seats}


@given(registers())
def test_valid_records_survive_put_get_and_export_import(records: Dict[str, List[Any]]) -> None:
    with libcsp.Register() as reg:
        for kind in ("organisations", "people", "partnerships", "memberships"):
            coll = getattr(reg, kind)
            for e in records[kind]:
                coll.put(e)
        for kind in ("organisations", "people", "partnerships", "memberships"):
            coll = getattr(reg, kind)
            for e in records[kind]:
                got = coll[e.id]
                assert got == e, (got, e)
                assert type(e).from_dict(json.loads(json.dumps(e.to_dict()))) == e
        text_out = reg.export_json()
        with libcsp.Register() as again:
            again.import_json(text_out)
            assert again.export_json() == text_out
            for kind in ("organisations", "people", "partnerships", "memberships"):
                for e in records[kind]:
                    assert getattr(again, kind)[e.id] == e


def _py_date_ok(s: str) -> bool:
    try:
        libcsp.parse_date(s)
        return True
    except libcsp.DateError:
        return False


@given(st.text(max_size=12) | st.from_regex(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", fullmatch=True))
def test_dates_agree_with_the_library(s: str) -> None:
    assume("\x00" not in s)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        assume(False)
    try:
        libcsp.check_date(s)
        ok = True
    except libcsp.DateError:
        ok = False
    assert ok == _py_date_ok(s), s
    if ok:
        assert libcsp.format_date(libcsp.parse_date(s)) == s


@given(dates, dates)
def test_date_order_agrees_with_the_library(a: Any, b: Any) -> None:
    c = libcsp.compare_dates(a, b)
    if isinstance(a, libcsp.PartialDate) or isinstance(b, libcsp.PartialDate):
        sa, sb = libcsp.format_date(a), libcsp.format_date(b)
        assert (c < 0) == (sa < sb) and (c == 0) == (sa == sb)
    if isinstance(a, libcsp.PartialDate):
        assert (a < b) == (c < 0)
        assert (b in a) == (libcsp.format_date(b).startswith(a.isoformat()))


SETTABLE = [
    ("organisation", "kind"), ("organisation", "area"), ("organisation", "name"),
    ("partnership", "kind"), ("partnership", "area_code"), ("partnership", "formed_on"),
    ("partnership", "short_name"), ("membership", "role"), ("membership", "start_date"),
    ("membership", "post"), ("person", "honorific"),
]


@given(st.sampled_from(SETTABLE), st.text(max_size=20))
def test_arbitrary_text_is_accepted_or_refused_cleanly(target: Any, value: str) -> None:
    entity, field = target
    eid = C.csp_schema_entity_find(entity)
    fid = C.csp_schema_field_find(eid, field)
    obj = C.csp_record_new(eid, "x")
    try:
        C.csp_record_set_text(obj, fid, value)
    except libcsp.ValidationError:
        assert C.csp_record_text(obj, fid) is None  # unchanged on error
        return
    except (ValueError, TypeError):  # NUL inside, lone surrogates: refused before C
        assert "\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)
        return
    assert C.csp_record_text(obj, fid) == value
    # the entity class's property accepts it too, and gives the same text back
    cls = _ENTITY_CLASSES[entity]
    e = cls.__new__(cls)
    e._init("x")
    setattr(e, field, value)
    assert cls._by_key[field].to_json(e) == value


@given(st.sampled_from([("partnership", "meetings_per_year"), ("partnership", "minutes_per_meeting")]),
       st.integers(-(2**31) + 1, 2**31 - 1))
def test_arbitrary_ints_are_accepted_or_refused_cleanly(target: Any, value: int) -> None:
    p = libcsp.Partnership("p", "P", "board")
    try:
        setattr(p, target[1], value)
    except libcsp.InvalidValueError:
        assert not (0 <= value <= (366 if target[1] == "meetings_per_year" else 1440))
        return
    assert getattr(p, target[1]) == (value or None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@st.composite
def near_documents(draw: Any) -> Any:
    """Documents that are often nearly right, so the importer's checks are reached."""
    org = {"id": draw(ids | st.text(max_size=5)), "name": draw(text | json_values),
           "kind": draw(st.sampled_from(["police", "polce", ""]) | json_values)}
    if draw(st.booleans()):
        org[draw(st.sampled_from(["area", "responsible_authority", "colour"]))] = draw(json_values)
    member = {"id": "s", "organisation": org["id"], "role": draw(st.sampled_from(["chair", "chiar"]))}
    part = {"id": "p", "name": "P", "kind": "board", "members": [member]}
    if draw(st.booleans()):
        part[draw(st.sampled_from(["formed_on", "meetings_per_year", "works_with", "parent"]))] = draw(json_values)
    doc = {"format": draw(st.sampled_from(["libcsp/1", "libcsp/2"])), "organisations": [org],
           "partnerships": [part]}
    if draw(st.booleans()):
        doc[draw(st.text(max_size=6))] = draw(json_values)
    return doc


@given(near_documents() | json_values)
def test_arbitrary_documents_import_or_raise(doc: Any) -> None:
    with libcsp.Register() as reg:
        before = reg.export_json()
        try:
            reg.import_json(json.dumps(doc))
        except libcsp.Error as exc:
            assert exc.code < 0 and exc.message
            assert reg.export_json() == before  # all or nothing
        else:
            assert isinstance(doc, dict) and doc.get("format") == "libcsp/1"


@given(st.binary(max_size=200))
def test_arbitrary_bytes_import_or_raise(data: bytes) -> None:
    with libcsp.Register() as reg:
        try:
            reg.import_json(data)
        except libcsp.Error:
            pass


@st.composite
def statutory_records(draw: Any) -> Dict[str, List[Any]]:
    """A partnership, local duties, a strategy with an element tree, an assessment,
    holdings and discharges, all consistent."""
    part = libcsp.Partnership("p", "P", draw(st.sampled_from(list(libcsp.PartnershipKind))))
    org = libcsp.Organisation("o", "O", "police")
    duties = draw(st.lists(st.builds(
        libcsp.Duty, st.from_regex(r"local\.[a-z_]{1,12}", fullmatch=True), text, text,
        st.sampled_from(list(libcsp.DutyRecurrence)), st.sampled_from(list(libcsp.Confidence)),
        commencement=st.none() | dates,
        applies_to=st.lists(st.sampled_from(list(libcsp.PartnershipKind)), max_size=3, unique=True),
        note=st.none() | text), min_size=1, max_size=3, unique_by=lambda d: d.id))
    start = draw(st.none() | dates)
    end = draw(st.none() | dates)
    if start is not None and end is not None and libcsp.compare_dates(end, start) < 0:
        start, end = end, start
    strategy = libcsp.Strategy(
        "s", part, draw(text), draw(st.sampled_from(list(libcsp.StrategyKind))),
        draw(st.sampled_from(list(libcsp.StrategyStatus))), start_date=start, end_date=end,
        agreed_on=draw(st.none() | dates), published_on=draw(st.none() | dates),
        refreshed_on=draw(st.lists(dates, max_size=3, unique_by=libcsp.format_date)),
        vision=draw(st.none() | text), duties=draw(st.lists(st.sampled_from([d.id for d in duties]),
                                                              max_size=2, unique=True)),
        strands=draw(st.lists(st.sampled_from(list(libcsp.Strand)), max_size=4, unique=True)),
        serious_violence_definition=draw(st.none() | text), note=draw(st.none() | text))
    elements: List[libcsp.Element] = []
    for i in range(draw(st.integers(0, 6))):
        parent = draw(st.none() | st.sampled_from(elements)) if elements else None
        elements.append(libcsp.Element(f"e{i}", strategy, draw(st.sampled_from(list(libcsp.ElementKind))),
                                       draw(text), parent=parent, text=draw(st.none() | text),
                                       delivered_by=draw(st.none() | st.just(part))))
    assessment = libcsp.Assessment(
        "a", part, draw(st.sampled_from(list(libcsp.AssessmentKind))), title=draw(st.none() | text),
        completed_on=draw(st.none() | dates), findings=draw(st.lists(text, max_size=3)),
        priorities=draw(st.lists(text, max_size=3)),
        feeds=draw(st.lists(st.sampled_from(elements), max_size=2, unique_by=lambda e: e.id)) if elements else [])
    holdings = [libcsp.DutyHolding(f"h{i}", d, **({"partnership": part} if draw(st.booleans()) else {"organisation": org}))
                for i, d in enumerate(duties)]
    discharges = [libcsp.Discharge(f"d{i}", d, part, draw(dates), draw(text),
                                   evidence_url=draw(st.none() | text),
                                   strategy=draw(st.none() | st.just(strategy)),
                                   assessment=draw(st.none() | st.just(assessment)))
                  for i, d in enumerate(duties)]
    return {"partnerships": [part], "organisations": [org], "duties": duties, "strategies": [strategy],
            "elements": elements, "assessments": [assessment], "duty_holdings": holdings,
            "discharges": discharges}


@given(statutory_records())
def test_statutory_records_survive_put_get_and_export_import(records: Dict[str, List[Any]]) -> None:
    order = ["organisations", "partnerships", "duties", "strategies", "elements", "assessments",
             "duty_holdings", "discharges"]
    with libcsp.Register() as reg:
        for coll in order:
            for e in records[coll]:
                getattr(reg, coll).put(e)
        for coll in order:
            for e in records[coll]:
                got = getattr(reg, coll)[e.id]
                if coll == "elements":
                    assert got.to_dict() == e.to_dict() and got.position is not None
                else:
                    assert got == e, (got, e)
        assert [e.id for e in reg.strategies["s"].elements()] == _preorder(records["elements"])
        text_out = reg.export_json()
        with libcsp.Register() as again:
            again.import_json(text_out)
            assert again.export_json() == text_out


def _preorder(elements: List[libcsp.Element]) -> List[str]:
    children: Dict[Any, List[str]] = {}
    for e in elements:
        children.setdefault(e.parent_id, []).append(e.id)
    out: List[str] = []

    def walk(parent: Any) -> None:
        for cid in children.get(parent, []):
            out.append(cid)
            walk(cid)

    walk(None)
    return out
