"""The statutory layer: duties, holdings, discharges, strategies, elements, assessments."""

from __future__ import annotations

import datetime
import json

import pytest

import libcsp
from libcsp import (
    Assessment,
    AssessmentKind,
    Confidence,
    Discharge,
    Duty,
    DutyHolding,
    DutyRecurrence,
    Element,
    ElementKind,
    PartialDate,
    PartnershipKind,
    Strand,
    Strategy,
    StrategyKind,
    StrategyStatus,
)


@pytest.fixture
def statutory(small: libcsp.Register) -> libcsp.Register:
    reg = small
    reg.duties.add(Duty("local.annual_report", "Publish an annual report", "local agreement",
                        DutyRecurrence.YEARLY, Confidence.UNVERIFIED,
                        applies_to=[PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP, "board"],
                        commencement="2019-04", note="a local duty"))
    s = Strategy("plan", "csp", "Partnership plan 2020-23", StrategyKind.PARTNERSHIP_PLAN,
                 StrategyStatus.AGREED, start_date="2020", end_date="2023", agreed_on="2020-03",
                 refreshed_on=["2021-03", datetime.date(2022, 3, 14)], vision="Safer",
                 duties=["local.annual_report"], strands=[Strand.CRIME_AND_DISORDER, "serious_violence"])
    reg.strategies.add(s)
    reg.elements.add(Element("strand-a", "plan", ElementKind.STRAND, "Strand A"))
    reg.elements.add(Element("strand-b", "plan", "strand", "Strand B", delivered_by="sog"))
    reg.elements.add(Element("obj-a1", "plan", "objective", "Objective A1", parent="strand-a", text="do"))
    reg.elements.add(Element("obj-a2", "plan", "objective", "Objective A2", parent="strand-a"))
    reg.assessments.add(Assessment("sa-2020", "csp", AssessmentKind.STRATEGIC_ASSESSMENT,
                                   title="Strategic assessment 2020", completed_on="2020-01",
                                   findings=["theft up"], priorities=["theft"], feeds=["strand-a"]))
    reg.duty_holdings.add(DutyHolding("hold-1", "local.annual_report", partnership="csp", start_date="2019"))
    reg.discharges.add(Discharge("dis-1", "local.annual_report", "csp", "2021-06-30", "Annual report 2020/21",
                                 evidence_title="Annual report", evidence_url="https://example.org/r.pdf",
                                 strategy="plan", assessment="sa-2020"))
    return reg


def test_builtin_catalogue(reg: libcsp.Register) -> None:
    duties = list(reg.duties)
    assert duties and all(d.builtin for d in duties)
    d = duties[0]
    assert d.title and d.source and isinstance(d.recurrence, DutyRecurrence)
    assert isinstance(d.confidence, Confidence)
    assert all(isinstance(k, PartnershipKind) for k in d.applies_to)
    assert "builtin" not in d.to_dict()  # kept by the library, not part of a record's dict
    with pytest.raises(AttributeError):
        d.builtin = False
    d.note = "changed"
    with pytest.raises(libcsp.ConstraintError):
        reg.duties.put(d)
    with pytest.raises(libcsp.ConstraintError):
        reg.duties.delete(d.id)
    assert list(reg.duties.filter(builtin=False)) == []
    svd = reg.duties.get("pcsc2022.s8.serious_violence_duty")
    assert svd is None or svd.commencement == datetime.date(2023, 1, 31)


def test_round_trips(statutory: libcsp.Register) -> None:
    reg = statutory
    local = reg.duties["local.annual_report"]
    assert local.builtin is False
    assert local.applies_to == [PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP, PartnershipKind.BOARD]
    assert local.commencement == PartialDate(2019, 4)
    s = reg.strategies["plan"]
    assert s.refreshed_on == [PartialDate(2021, 3), datetime.date(2022, 3, 14)]
    assert s.strands == [Strand.CRIME_AND_DISORDER, Strand.SERIOUS_VIOLENCE]
    assert s.duties_ids == ["local.annual_report"] and s.duties == [local]
    assert s.partnership.id == "csp"
    for coll in ("duties", "duty_holdings", "discharges", "strategies", "elements", "assessments"):
        for e in getattr(reg, coll):
            if coll == "duties" and e.builtin:
                continue
            back = type(e).from_dict(json.loads(json.dumps(e.to_dict())))
            assert back == e, (coll, e)
    text = reg.export_json()
    with libcsp.Register() as again:
        again.import_json(text)
        assert again.export_json() == text
        assert again.strategies["plan"] == s


def test_element_tree(statutory: libcsp.Register) -> None:
    reg = statutory
    plan = reg.strategies["plan"]
    assert [e.id for e in plan.elements()] == ["strand-a", "obj-a1", "obj-a2", "strand-b"]
    assert [e.position for e in plan.elements()] == [1, 2, 3, 4]
    assert [e.id for e in plan.elements(kind="objective")] == ["obj-a1", "obj-a2"]
    a = reg.elements["strand-a"]
    assert [e.id for e in a.children()] == ["obj-a1", "obj-a2"]
    a2 = reg.elements["obj-a2"]
    assert a2.parent is not None and a2.parent.id == "strand-a" and a2.strategy.id == "plan"
    b = reg.elements["strand-b"]
    assert b.delivered_by is not None and b.delivered_by.id == "sog"
    a2.move("strand-b")
    assert a2.parent_id == "strand-b"
    assert [e.id for e in plan.elements()] == ["strand-a", "obj-a1", "strand-b", "obj-a2"]
    reg.elements.move("strand-b", None, 0)
    assert [e.id for e in plan.elements()] == ["strand-b", "obj-a2", "strand-a", "obj-a1"]
    with pytest.raises(libcsp.ConstraintError):
        reg.elements.move("strand-b", "obj-a2")  # into its own subtree
    with pytest.raises(libcsp.DanglingReferenceError):
        reg.elements.move("strand-b", "ghost")
    with pytest.raises(libcsp.InUseError):
        reg.elements.delete("strand-a")  # has children (and an assessment feeds it)
    assert Element.from_dict({"id": "e", "kind": "aim", "title": "T"}, strategy=plan).strategy_id == "plan"
    with pytest.raises(AttributeError):
        a.position = 3  # type: ignore[misc]


def test_navigation(statutory: libcsp.Register) -> None:
    reg = statutory
    csp = reg.partnerships["csp"]
    assert [s.id for s in csp.strategies()] == ["plan"]
    assert [s.id for s in csp.strategies(kind=StrategyKind.BOROUGH_PLAN)] == []
    assert [a.id for a in csp.assessments()] == ["sa-2020"]
    assert [h.id for h in csp.duty_holdings()] == ["hold-1"]
    assert [d.id for d in csp.discharges()] == ["dis-1"]
    duty = reg.duties["local.annual_report"]
    assert [h.id for h in duty.holdings()] == ["hold-1"]
    assert [d.id for d in duty.discharges()] == ["dis-1"]
    dis = reg.discharges["dis-1"]
    assert dis.duty == duty and dis.partnership == csp
    assert dis.strategy is not None and dis.strategy.id == "plan"
    assert dis.assessment is not None and dis.assessment.id == "sa-2020"
    assert dis.discharged_on == datetime.date(2021, 6, 30)
    sa = reg.assessments["sa-2020"]
    assert [e.id for e in sa.feeds] == ["strand-a"]
    hold = reg.duty_holdings["hold-1"]
    assert hold.partnership == csp and hold.organisation is None
    assert [h.id for h in reg.organisations["council"].duty_holdings()] == []
    assert [x.id for x in reg.duty_holdings.filter(duty=duty)] == ["hold-1"]
    assert [x.id for x in reg.discharges.filter(partnership="csp")] == ["dis-1"]
    assert [x.id for x in reg.strategies.filter(status="agreed")] == ["plan"]
    assert [x.id for x in reg.assessments.filter(kind=AssessmentKind.STRATEGIC_ASSESSMENT)] == ["sa-2020"]
    assert [x.id for x in reg.elements.filter(delivered_by="sog")] == ["strand-b"]


def test_rules(statutory: libcsp.Register) -> None:
    reg = statutory
    with pytest.raises(libcsp.ConstraintError):
        reg.duty_holdings.add(DutyHolding("both", "local.annual_report", partnership="csp", organisation="council"))
    with pytest.raises(libcsp.RequiredFieldError):
        reg.duty_holdings.add(DutyHolding("neither", "local.annual_report"))
    with pytest.raises(libcsp.ConstraintError):
        reg.strategies.add(Strategy("bad", "csp", "Bad", "other", "draft", start_date="2023", end_date="2020"))
    with pytest.raises(libcsp.DanglingReferenceError):
        reg.discharges.add(Discharge("d2", "ghost-duty", "csp", "2021", "x"))
    with pytest.raises(libcsp.InUseError):
        reg.strategies.delete("plan")  # still has elements
    with pytest.raises(libcsp.EnumValueError):
        Strategy("x", "csp", "X", "plan", "agreed")
    with pytest.raises(libcsp.EnumValueError):
        Strategy("x", "csp", "X", "other", "agreed", strands=["everything"])
    with pytest.raises(libcsp.RequiredFieldError):
        Discharge.from_dict({"id": "d", "duty": "x", "partnership": "csp", "title": "T"})
    with pytest.raises(libcsp.DateError):
        Strategy("x", "csp", "X", "other", "agreed", refreshed_on=["2021-02-30"])


def test_example_data_statutory_records(loaded: libcsp.Register) -> None:
    doc = json.loads(loaded.export_json())
    for key, coll in (("duties", "duties"), ("duty_holdings", "duty_holdings"),
                      ("assessments", "assessments"), ("discharges", "discharges")):
        for record in doc.get(key, []):
            assert getattr(loaded, coll)[record["id"]].to_dict() == record
    for record in doc.get("strategies", []):
        elements = record.pop("elements", [])
        assert loaded.strategies[record["id"]].to_dict() == record
        got = [e.to_dict() for e in loaded.strategies[record["id"]].elements()]
        assert got == [{"id": e["id"], "strategy": record["id"], **{k: v for k, v in e.items() if k != "id"}}
                       for e in elements]


_STRATEGY_DOC = {
    "format": "libcsp/1",
    "partnerships": [{"id": "p", "name": "P", "kind": "community_safety_partnership"}],
    "strategies": [{"id": "s", "partnership": "p", "title": "S", "kind": "partnership_plan", "status": "agreed",
                    "elements": [{"id": "a", "kind": "strand", "title": "A"},
                                 {"id": "b", "parent": "a", "kind": "objective", "title": "B"}]}],
}


def _with(path: list[object], value: object) -> str:
    """_STRATEGY_DOC with the value at path replaced (a copy), as JSON text."""
    doc = json.loads(json.dumps(_STRATEGY_DOC))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("path", "value", "error", "where"),
    [
        (["strategies", 0, "status"], "adopted", libcsp.EnumValueError, "strategies[0].status"),
        (["strategies", 0, "agreed_on"], "2020-02-30", libcsp.DateError, "strategies[0].agreed_on"),
        (["strategies", 0, "strands"], ["reoffending", "reoffending"], libcsp.InvalidValueError,
         "strategies[0].strands[1]"),
        (["strategies", 0, "duties"], ["no.such.duty"], libcsp.DanglingReferenceError, "strategies[0].duties[0]"),
        (["strategies", 0, "elements", 1, "parent"], "ghost", libcsp.DanglingReferenceError,
         "strategies[0].elements[1].parent"),
        (["strategies", 0, "elements", 0, "parent"], "b", libcsp.DanglingReferenceError,
         "strategies[0].elements[0].parent"),
        (["strategies", 0, "elements", 0, "position"], 1, libcsp.UnknownFieldError,
         "strategies[0].elements[0].position"),
        (["strategies", 0, "elements", 0, "kind"], "vision", libcsp.EnumValueError,
         "strategies[0].elements[0].kind"),
        (["duties"], [{"id": "x", "title": "X", "source": "S", "recurrence": "yearly", "confidence": "verified",
                       "builtin": True}], libcsp.UnknownFieldError, "duties[0].builtin"),
        (["duty_holdings"], [{"id": "h", "duty": "pcsc2022.s8.serious_violence_duty"}], libcsp.RequiredFieldError,
         "duty_holdings[0]"),
    ],
)
def test_statutory_json_errors_are_located(reg: libcsp.Register, path: list[object], value: object,
                                           error: type[libcsp.Error], where: str) -> None:
    before = reg.export_json()
    with pytest.raises(error) as info:
        reg.import_json(_with(path, value))
    assert info.value.path == where
    assert str(info.value).startswith(where) or where in str(info.value)
    assert reg.export_json() == before  # all or nothing


def test_builtin_duty_is_protected_and_not_exported(reg: libcsp.Register) -> None:
    svd = reg.duties["pcsc2022.s8.serious_violence_duty"]
    assert svd.builtin and svd.commencement == datetime.date(2023, 1, 31)
    svd.note = "edited"
    with pytest.raises(libcsp.ConstraintError):
        reg.duties.put(svd)
    with pytest.raises(libcsp.ConstraintError):
        del reg.duties["pcsc2022.s8.serious_violence_duty"]
    assert "duties" not in json.loads(reg.export_json())
    assert reg.duties["pcsc2022.s8.serious_violence_duty"].note != "edited"
