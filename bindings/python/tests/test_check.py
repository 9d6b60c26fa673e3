"""The compliance checker from Python: reg.check(as_of) and libcsp.rules()
(csp/check.h; the rules themselves are tested in depth by tests/test_check.c)."""

from __future__ import annotations

import datetime
from typing import Iterator

import pytest

import libcsp
from libcsp import _libcsp
from conftest import DATA_DIR


@pytest.fixture
def demo() -> Iterator[libcsp.Register]:
    with libcsp.Register(":memory:") as reg:
        for name in ("ealing.json", "hackney.json", "westminster.json"):
            reg.import_file(str(DATA_DIR / name))
        yield reg


def test_check_the_bundled_partnerships(demo: libcsp.Register) -> None:
    findings = demo.check(datetime.date(2024, 6, 30))
    assert findings == demo.check("2024-06-30")  # deterministic
    assert [f.partnership for f in findings] == sorted(f.partnership for f in findings)
    by = {(f.partnership, f.rule): f for f in findings}
    # "A new SEP strategy for 2020-2023 was agreed by the SEP in March 2020": expired by mid-2024
    plan = by[("ealing-sep", "CSP-PLAN-001")]
    assert plan.result is libcsp.Result.NOT_MET and not plan.ok
    assert plan.due == datetime.date(2023, 12, 31)
    assert plan.evidence == (("strategy", "ealing-sep-strategy-2020-2023"),)
    assert plan.severity == "warning" and plan.confidence == "secondary"
    assert "secondary source" in plan.message and plan.fix
    # every responsible authority has a seat on the SEP
    assert by[("ealing-sep", "CSP-MEM-001")].result is libcsp.Result.MET
    # Hackney's page lists no seats on the CSP itself: not shown, never a pass
    assert by[("hackney-csp", "CSP-MEM-001")].result is libcsp.Result.NOT_SHOWN
    assert all(isinstance(f, libcsp.Finding) for f in findings)


#: The bundled partnerships checked as of 30 June 2024, every finding, each
#: with the words of the page (examples/data/README.md) it rests on.
EXPECTED_2024_06_30 = [
    # Ealing LSP page (002) lists its members by body ("Business sector", ...), no chair
    ("ealing-lsp", "CSP-MEM-002", "not_shown"),
    # SEP page (000): the board's members, the police, council, fire, health and probation among them
    ("ealing-sep", "CSP-MEM-001", "met"),
    # "the cabinet member for tackling inequality (chair)"
    ("ealing-sep", "CSP-MEM-002", "met"),
    # the board's members include the youth justice service beside the five authorities: every
    # specified authority of the Serious Violence Duty has a seat
    ("ealing-sep", "CSP-MEM-003", "met"),
    # no page gives a strategic assessment of the SEP
    ("ealing-sep", "CSP-SA-001", "not_shown"),
    # "A new SEP strategy for 2020-2023 was agreed by the SEP in March 2020": ended with 2023
    ("ealing-sep", "CSP-PLAN-001", "not_met"),
    ("ealing-sep", "CSP-PLAN-002", "not_shown"),
    ("ealing-sep", "CSP-PLAN-003", "not_shown"),
    # no plan in force, so no copy to the PCC can be judged
    ("ealing-sep", "CSP-PLAN-004", "not_shown"),
    # "Serious Violence Duty strategy ... published by the Safer Ealing Partnership": no date given,
    # and no strategic needs assessment is dated
    ("ealing-sep", "CSP-SVD-001", "not_shown"),
    # "The group meets quarterly", but no meeting is given
    ("ealing-sep", "CSP-MTG-001", "not_shown"),
    # the crime and disorder committee's role is described, no review of the SEP is dated
    ("ealing-sep", "CSP-SCR-001", "not_shown"),
    # Hackney page (004): the resilience partnership "meets quarterly for two hours"; no chair, no meeting
    ("hackney-crp", "CSP-MEM-002", "not_shown"),
    ("hackney-crp", "CSP-MTG-001", "not_shown"),
    # the CSP "consists of the wider community safety partnership and a statutory officer group": no
    # seats, plan, assessment or committee given for the CSP itself
    ("hackney-csp", "CSP-MEM-001", "not_shown"),
    ("hackney-csp", "CSP-MEM-002", "not_shown"),
    ("hackney-csp", "CSP-MEM-003", "not_shown"),
    ("hackney-csp", "CSP-SA-001", "not_shown"),
    ("hackney-csp", "CSP-PLAN-001", "not_shown"),
    ("hackney-csp", "CSP-PLAN-002", "not_shown"),
    ("hackney-csp", "CSP-PLAN-003", "not_shown"),
    ("hackney-csp", "CSP-PLAN-004", "not_shown"),
    ("hackney-csp", "CSP-SVD-001", "not_shown"),
    ("hackney-csp", "CSP-SCR-001", "not_shown"),
    # the statutory officer group's members: the council, police, fire, health, probation
    ("hackney-sog", "CSP-MEM-001", "met"),
    ("hackney-sog", "CSP-MEM-002", "not_shown"),
    # "The group meets four times a year for two hours", no meeting given
    ("hackney-sog", "CSP-MTG-001", "not_shown"),
    # Westminster page (003, 2018): its health member is the Central London Commissioning Group,
    # a CCG, abolished on 30 June 2022 (docs/law.md): by 2024 no health body has a seat on record
    ("westminster-swp", "CSP-MEM-001", "not_met"),
    ("westminster-swp", "CSP-MEM-002", "not_shown"),
    # the 2018 page names no youth offending team, and its health member is the CCG: neither an
    # integrated care board nor a youth offending team sits on the SWP for the Duty (from 2023)
    ("westminster-swp", "CSP-MEM-003", "not_met"),
    # "refreshed annually based upon evidence from the annual strategic assessment": undated
    ("westminster-swp", "CSP-SA-001", "not_shown"),
    # "a three year strategy from 2017/20": ended with 2020
    ("westminster-swp", "CSP-PLAN-001", "not_met"),
    ("westminster-swp", "CSP-PLAN-002", "not_shown"),
    ("westminster-swp", "CSP-PLAN-003", "not_shown"),
    ("westminster-swp", "CSP-PLAN-004", "not_shown"),
    # the page predates the Duty: no serious violence strategy or needs assessment
    ("westminster-swp", "CSP-SVD-001", "not_shown"),
    ("westminster-swp", "CSP-SCR-001", "not_shown"),
]


def test_the_bundled_data_as_of_mid_2024(demo: libcsp.Register) -> None:
    got = [(f.partnership, f.rule, f.result.value) for f in demo.check("2024-06-30")]
    assert got == EXPECTED_2024_06_30


def test_options(demo: libcsp.Register) -> None:
    only = demo.check("2024-06-30", partnership="ealing-sep")
    assert {f.partnership for f in only} == {"ealing-sep"}
    assert demo.check("2024-06-30", partnership=demo.partnerships["ealing-sep"]) == only
    problems = demo.check("2024-06-30", partnership="ealing-sep", problems_only=True)
    assert problems and all(f.result is not libcsp.Result.MET for f in problems)
    skipped = demo.check("2024-06-30", skip=["CSP-MEM-002"])
    assert not any(f.rule == "CSP-MEM-002" for f in skipped)
    no_secondary = demo.check("2024-06-30", skip_secondary=True)
    assert no_secondary and not any(f.confidence == "secondary" for f in no_secondary)
    assert not any(f.rule.startswith("CSP-DHR") for f in demo.check("2024-06-30"))
    demo.check("2024-06-30", enable=["CSP-DHR-001"])  # on request; no review on record: no finding
    with pytest.raises(libcsp.DateError):
        demo.check("2024-06")
    with pytest.raises(libcsp.DateError):
        demo.check("2024-02-30")
    with pytest.raises(libcsp.NotFoundError):
        demo.check("2024-06-30", partnership="nope")
    with pytest.raises(libcsp.ArgumentError):
        demo.check("2024-06-30", skip=["CSP-NOPE-001"])
    with pytest.raises(TypeError):
        demo.check("2024-06-30", skip="CSP-MEM-002")  # one id, not a list
    with pytest.raises(TypeError):
        demo.check(None)  # type: ignore[arg-type]


def test_rules() -> None:
    rules = libcsp.rules()
    assert len(rules) == _libcsp.csp_rule_count() >= 15
    ids = [r.id for r in rules]
    assert len(set(ids)) == len(ids)
    mem = rules[ids.index("CSP-MEM-001")]
    assert mem.source.startswith("Crime and Disorder Act 1998 s5") and mem.confidence == "verified"
    assert mem.applies_to("community_safety_partnership") and not mem.applies_to("board")
    assert not rules[ids.index("CSP-DHR-001")].on_by_default


def test_evidence_in_one_call(demo: libcsp.Register) -> None:
    """csp_py_finding_evidence gives what the three calls per record give, for every finding of the example data."""
    report = _libcsp.csp_check(demo._handle(), "2024-06-30", {})
    try:
        seen = 0
        for i in range(_libcsp.csp_report_count(report)):
            f = _libcsp.csp_report_finding(report, i)
            assert f is not None
            one = _libcsp.csp_py_finding_evidence(f)
            each = tuple((str(_libcsp.csp_schema_entity_name(_libcsp.csp_finding_evidence_entity(f, k))),
                          _libcsp.csp_finding_evidence_id(f, k))
                         for k in range(_libcsp.csp_finding_evidence_count(f)))
            assert one == each
            seen += len(one)
        assert seen > 50  # seats, meetings, strategies, actions
        with pytest.raises(TypeError):
            _libcsp.csp_py_finding_evidence((report, "0"))  # type: ignore[arg-type]
    finally:
        _libcsp.csp_report_free(report)


def test_a_finding_outlives_nothing(demo: libcsp.Register) -> None:
    """The raw module's findings are pairs (report, index): a freed report raises, never crashes."""
    report = _libcsp.csp_check(demo._handle(), "2024-06-30", {"partnership": "ealing-sep"})
    f = _libcsp.csp_report_finding(report, 0)
    assert f is not None and _libcsp.csp_finding_rule(f) == "CSP-MEM-001"
    assert _libcsp.csp_report_finding(report, 10_000) is None
    with pytest.raises(IndexError):
        _libcsp.csp_finding_rule((report, 10_000))
    with pytest.raises(TypeError):
        _libcsp.csp_finding_rule("CSP-MEM-001")  # type: ignore[arg-type]
    _libcsp.csp_report_free(report)
    with pytest.raises(libcsp.ClosedError):
        _libcsp.csp_finding_message(f)
    with pytest.raises(libcsp.ClosedError):
        _libcsp.csp_py_finding_evidence(f)
    with pytest.raises(TypeError):
        _libcsp.csp_check(demo._handle(), "2024-06-30", {"partnership": "ealing-sep", "nope": 1})  # type: ignore[typeddict-unknown-key]
