"""The governance layer from Python: meetings (documents, agenda, attendance),
actions and updates, risks and reviews, homicide and scrutiny reviews,
indicators, sources, and the rules across records that tie them together.

Each refusal is checked for its exception class, its ``path`` (the field on
an ``add``/``put``, the JSON path on an import) and for leaving the register
as it was.
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Callable, Dict, Iterator, List

import pytest

import libcsp
from libcsp import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Discharge,
    Document,
    Element,
    HomicideReview,
    Indicator,
    IndicatorValue,
    Meeting,
    Membership,
    Organisation,
    Partnership,
    PartialDate,
    Person,
    Recommendation,
    Risk,
    RiskReview,
    ScrutinyReview,
    Source,
    Strategy,
)

SA = "si2007_1830.strategic_assessment"


# ---------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------


@pytest.fixture
def base(reg: libcsp.Register) -> libcsp.Register:
    """What governance records stand on, built with the typed constructors.

    csp has three seats: chair (in post 2020-01-01 to 2022-12-31), cllr (from
    2021-06-01, held by a private person), fire-seat (no dates). board has a
    seat of its own; cdc is a crime and disorder committee; tfg a task group.
    """
    reg.sources.add(Source("src-web", url="https://example.org/csp", title="CSP page",
                           updated_on="2018-06-07", read_on=datetime.date(2024, 1, 2)))
    reg.sources.add(Source("src-doc", reference="Terms of reference 2020", title="ToR"))
    reg.organisations.add(Organisation("met", "Metropolitan Police Service", "police", responsible_authority=True))
    reg.organisations.add(Organisation("council", "The council", "local_authority", sources=["src-doc"]))
    reg.organisations.add(Organisation("fire", "Fire brigade", "fire_and_rescue"))
    reg.people.add(Person("jo", "Jo Bloggs"))
    reg.people.add(Person("alex", "Alex Smith"))
    reg.people.add(Person("sam", "Sam Private", private=True))
    reg.partnerships.add(Partnership("csp", "Safer Somewhere", "community_safety_partnership", quorum=3,
                                     sources=["src-web"]))
    reg.partnerships.add(Partnership("board", "Health and wellbeing board", "board"))
    reg.partnerships.add(Partnership("cdc", "Crime and disorder committee", "scrutiny_committee"))
    reg.partnerships.add(Partnership("tfg", "Knife crime task group", "task_group", parent="csp"))
    reg.memberships.add(Membership("chair", "csp", "met", "chair", person="jo",
                                   start_date="2020-01-01", end_date=datetime.date(2022, 12, 31)))
    reg.memberships.add(Membership("cllr", "csp", "council", "member", person="sam", start_date="2021-06-01"))
    reg.memberships.add(Membership("fire-seat", "csp", "fire", "member"))
    reg.memberships.add(Membership("board-seat", "board", "met", "member"))
    reg.strategies.add(Strategy("plan", "csp", "Plan", "partnership_plan", "agreed"))
    reg.elements.add(Element("e1", "plan", "priority", "Knife crime"))
    return reg


@pytest.fixture
def gov(base: libcsp.Register) -> libcsp.Register:
    """A record of every governance entity, added with the typed keyword constructors."""
    reg = base
    reg.meetings.add(Meeting("mt-1", "csp", datetime.date(2021, 3, 4), libcsp.MeetingKind.SCHEDULED, "held",
                             start_time="18:30", duration_minutes=120, title="Board meeting",
                             location="Town hall", note="Quorate", sources=["src-web", "src-doc"]))
    reg.meetings.add(Meeting("mt-2", "csp", PartialDate(2021, 6), "ad_hoc", libcsp.MeetingStatus.CANCELLED))
    reg.documents.add(Document("doc-agenda", "mt-1", "agenda", "Agenda", url="https://example.org/agenda.pdf"))
    reg.documents.add(Document("doc-minutes", "mt-1", libcsp.DocumentKind.MINUTES, "Minutes",
                               reference="MIN/2021/03", sources=["src-doc"]))
    reg.risks.add(Risk("risk-1", "csp", "Funding ends", "open", description="d", owner="chair",
                       likelihood=3, impact=4, mitigations=["Bid for more", "Keep a reserve"]))
    reg.homicide_reviews.add(HomicideReview("dhr-0", "csp", "domestic_homicide_review", "DHR 2019/02",
                                            "published", "2019-05-01", decision="hold", decided_on="2019-05-20",
                                            chair_appointed_on="2019-06-01", commissioned_on="2019-06",
                                            submitted_on="2020-01", quality_assured_on="2020-04",
                                            published_on=datetime.date(2020, 6, 1), sources=["src-web"]))
    reg.homicide_reviews.add(HomicideReview("dhr-1", "csp", libcsp.HomicideReviewKind.DOMESTIC_HOMICIDE_REVIEW,
                                            "DHR 2021/01", libcsp.HomicideReviewStatus.IN_PROGRESS,
                                            datetime.date(2021, 1, 10), decision=libcsp.ReviewDecision.HOLD,
                                            decided_on="2021-02", commissioned_on="2021-03-04"))
    reg.scrutiny_reviews.add(ScrutinyReview("sr-1", "cdc", "csp", "2021-02-01", "Knife crime", note="Critical friend"))
    reg.recommendations.add(Recommendation("rec-1", "sr-1", "Publish the plan", response="accepted",
                                           responded_on="2021-03-04", response_text="Agreed"))
    reg.recommendations.add(Recommendation("rec-2", "sr-1", "Map knife crime"))
    reg.agenda_items.add(AgendaItem("ai-1", "mt-1", "progress_review", "Progress", element="e1"))
    reg.agenda_items.add(AgendaItem("ai-1-1", "mt-1", "report_back", "Task group reports", parent="ai-1",
                                    reported_by="tfg", outcome="Noted"))
    reg.agenda_items.add(AgendaItem("ai-2", "mt-1", libcsp.AgendaItemKind.RISKS_AND_ISSUES, "Risks", risk="risk-1"))
    reg.agenda_items.add(AgendaItem("ai-3", "mt-1", "key_issue", "Homicide review", restricted=True,
                                    homicide_review="dhr-1"))
    reg.agenda_items.add(AgendaItem("ai-3-1", "mt-1", "decision", "Commission", parent="ai-3", outcome="Agreed"))
    reg.agenda_items.add(AgendaItem("ai-4", "mt-1", "decision", "Scrutiny response", scrutiny_review="sr-1",
                                    outcome="Agreed", sources=["src-doc"]))
    reg.agenda_items.add(AgendaItem("ai-5", "mt-1", "other", "Reviews in hand", homicide_review="dhr-1"))
    reg.attendances.add(Attendance("att-chair", "mt-1", "chair", "present"))
    reg.attendances.add(Attendance("att-fire", "mt-1", "fire-seat", libcsp.AttendanceStatus.APOLOGIES,
                                   substitute="alex", note="Substitute attended"))
    reg.actions.add(Action("act-1", "csp", "Map knife crime", "in_progress", description="Where and when",
                           raised_on="2021-03-04", raised_at="mt-1", raised_at_item="ai-4", serves="e1",
                           champion="chair", owner_partnership="tfg", due_on=PartialDate(2021, 9),
                           rag=libcsp.Rag.AMBER, sources=["src-web"]))
    reg.actions.add(Action("act-2", "csp", "Support the review", libcsp.ActionStatus.OPEN, raised_at="mt-1",
                           raised_at_item="ai-3-1", owner_organisation="council"))
    reg.action_updates.add(ActionUpdate("upd-1", "act-1", "2021-04-01", status="in_progress", rag="green",
                                        note="On track", reported_at="mt-1", reported_by="chair"))
    reg.action_updates.add(ActionUpdate("upd-2", "act-1", PartialDate(2021, 5), rag="amber"))
    reg.risk_reviews.add(RiskReview("rr-1", "risk-1", "2021-03-04", likelihood=4, impact=5, status="open",
                                    note="Worse", reviewed_at="ai-2"))
    reg.indicators.add(Indicator("ind-1", "csp", "Knife crime with injury", unit="offences",
                                 direction="lower_is_better", target="7.4", element="e1"))
    reg.indicator_values.add(IndicatorValue("iv-1", "ind-1", "2020", "-12"))
    reg.indicator_values.add(IndicatorValue("iv-2", "ind-1", "2021-01", "7.40", period_end="2021-03",
                                            note="provisional"))
    reg.discharges.add(Discharge("dis-1", SA, "csp", "2021-03-04", "Strategic assessment considered",
                                 meeting="mt-1"))
    return reg


def ids(records: Iterator[Any]) -> List[str]:
    return [r.id for r in records]


def refused(reg: libcsp.Register, exc: type, path: str, write: Callable[[], Any], *says: str) -> libcsp.Error:
    """Runs write, which must raise exc with this path (and a message saying
    each of says), leaving the register as it was."""
    before = reg.export_json(indent=False)
    with pytest.raises(exc) as info:
        write()
    err = info.value
    assert isinstance(err, libcsp.Error)
    assert err.path == path, f"path {err.path!r}, expected {path!r}: {err}"
    for s in says:
        assert s in str(err), f"{s!r} not in {err}"
    assert reg.export_json(indent=False) == before
    return err


# ---------------------------------------------------------------------------
# Adding and reading every governance record
# ---------------------------------------------------------------------------


def test_every_record_added_and_read_back(gov: libcsp.Register) -> None:
    reg = gov
    counts = {name: len(getattr(reg, name)) for name in (
        "meetings", "documents", "agenda_items", "attendances", "actions", "action_updates", "risks",
        "risk_reviews", "homicide_reviews", "scrutiny_reviews", "recommendations", "indicators",
        "indicator_values", "sources", "discharges")}
    assert counts == {"meetings": 2, "documents": 2, "agenda_items": 7, "attendances": 2, "actions": 2,
                      "action_updates": 2, "risks": 1, "risk_reviews": 1, "homicide_reviews": 2,
                      "scrutiny_reviews": 1, "recommendations": 2, "indicators": 1, "indicator_values": 2,
                      "sources": 2, "discharges": 1}

    m = reg.meetings["mt-1"]
    assert m.date == datetime.date(2021, 3, 4)
    assert m.start_time == "18:30" and m.duration_minutes == 120
    assert m.kind is libcsp.MeetingKind.SCHEDULED and m.status is libcsp.MeetingStatus.HELD
    assert m.sources_ids == ["src-web", "src-doc"]
    assert [s.title for s in m.sources] == ["CSP page", "ToR"]
    assert reg.meetings["mt-2"].date == PartialDate(2021, 6)

    assert reg.documents["doc-minutes"].position == 2
    assert reg.documents["doc-minutes"].url is None and reg.documents["doc-minutes"].reference == "MIN/2021/03"

    att = reg.attendances["att-fire"]
    assert att.status is libcsp.AttendanceStatus.APOLOGIES
    assert att.substitute_id == "alex" and att.substitute.name == "Alex Smith"
    assert att.membership.organisation_id == "fire"

    a = reg.actions["act-1"]
    assert a.raised_on == datetime.date(2021, 3, 4) and a.due_on == PartialDate(2021, 9)
    assert a.champion_id == "chair" and a.champion.person_id == "jo"
    assert a.owner_partnership.name == "Knife crime task group" and a.owner_organisation is None
    assert a.rag is libcsp.Rag.AMBER and a.status is libcsp.ActionStatus.IN_PROGRESS
    assert a.raised_at_item.title == "Scrutiny response"
    u = reg.action_updates["upd-2"]
    assert u.position == 2 and u.date == PartialDate(2021, 5) and u.action_id == "act-1"

    r = reg.risks["risk-1"]
    assert (r.likelihood, r.impact, r.score) == (3, 4, 12)
    assert r.mitigations == ["Bid for more", "Keep a reserve"]
    assert reg.risk_reviews["rr-1"].score == 20 and reg.risk_reviews["rr-1"].position == 1

    h = reg.homicide_reviews["dhr-0"]
    assert h.published_on == datetime.date(2020, 6, 1) and h.commissioned_on == PartialDate(2019, 6)
    assert h.decision is libcsp.ReviewDecision.HOLD

    rec = reg.recommendations["rec-1"]
    assert rec.response is libcsp.ResponseKind.ACCEPTED and rec.position == 1
    assert reg.recommendations["rec-2"].response is None

    assert reg.indicators["ind-1"].target == "7.4"
    assert reg.indicators["ind-1"].direction is libcsp.IndicatorDirection.LOWER_IS_BETTER
    assert [v.value for v in reg.indicators["ind-1"].values()] == ["-12", "7.40"]
    assert reg.indicator_values["iv-2"].period_end == PartialDate(2021, 3)

    assert reg.discharges["dis-1"].meeting_id == "mt-1"
    assert reg.partnerships["csp"].quorum == 3
    assert reg.sources["src-web"].updated_on == datetime.date(2018, 6, 7)


def test_navigation(gov: libcsp.Register) -> None:
    reg = gov
    csp = reg.partnerships["csp"]
    assert ids(csp.meetings()) == ["mt-1", "mt-2"]
    assert ids(csp.meetings(status="cancelled")) == ["mt-2"]
    assert ids(csp.meetings(kind=libcsp.MeetingKind.SCHEDULED)) == ["mt-1"]
    mt = reg.meetings["mt-1"]
    assert ids(mt.agenda()) == ["ai-1", "ai-1-1", "ai-2", "ai-3", "ai-3-1", "ai-4", "ai-5"]
    assert [i.position for i in mt.agenda()] == [1, 2, 3, 4, 5, 6, 7]
    assert ids(mt.agenda(kind="decision")) == ["ai-3-1", "ai-4"]
    assert ids(mt.documents()) == ["doc-agenda", "doc-minutes"]
    assert ids(mt.attendance()) == ["att-chair", "att-fire"]
    assert ids(mt.attendance(status="present")) == ["att-chair"]
    assert ids(mt.actions_raised()) == ["act-1", "act-2"]
    assert ids(reg.agenda_items["ai-3"].children()) == ["ai-3-1"]
    assert reg.agenda_items["ai-3-1"].parent.id == "ai-3"
    assert reg.agenda_items["ai-3-1"].meeting.title == "Board meeting"
    act = reg.actions["act-1"]
    assert ids(act.updates()) == ["upd-1", "upd-2"]
    assert ids(csp.actions()) == ["act-1", "act-2"]
    assert ids(csp.actions(status="open")) == ["act-2"]
    assert ids(csp.actions(rag=libcsp.Rag.AMBER)) == ["act-1"]
    assert ids(reg.partnerships["tfg"].owned_actions()) == ["act-1"]
    assert ids(reg.partnerships["tfg"].reports()) == ["ai-1-1"]
    assert ids(reg.memberships["chair"].actions()) == ["act-1"]
    assert ids(reg.memberships["chair"].attendance()) == ["att-chair"]
    assert ids(reg.memberships["chair"].risks()) == ["risk-1"]
    assert ids(csp.risks()) == ["risk-1"]
    assert ids(reg.risks["risk-1"].reviews()) == ["rr-1"]
    assert ids(reg.risks["risk-1"].agenda_items()) == ["ai-2"]
    assert ids(csp.homicide_reviews()) == ["dhr-0", "dhr-1"]
    assert ids(csp.homicide_reviews(status="published")) == ["dhr-0"]
    assert ids(reg.partnerships["cdc"].scrutiny_reviews_held()) == ["sr-1"]
    assert ids(csp.scrutiny_reviews()) == ["sr-1"]
    assert ids(reg.scrutiny_reviews["sr-1"].recommendations()) == ["rec-1", "rec-2"]
    assert ids(csp.indicators()) == ["ind-1"]
    assert ids(reg.elements["e1"].indicators()) == ["ind-1"]
    assert ids(reg.elements["e1"].actions()) == ["act-1"]
    assert ids(reg.elements["e1"].agenda_items()) == ["ai-1"]
    assert ids(reg.agenda_items.filter(meeting="mt-1", restricted=True)) == ["ai-3"]


def test_to_dict_and_from_dict(gov: libcsp.Register) -> None:
    reg = gov
    risk = reg.risks["risk-1"]
    d = risk.to_dict()
    assert "score" not in d and d["likelihood"] == 3 and d["impact"] == 4
    assert Risk.from_dict(d) == risk
    item = reg.agenda_items["ai-3"]
    assert item.to_dict() == {"id": "ai-3", "meeting": "mt-1", "kind": "key_issue", "title": "Homicide review",
                              "restricted": True, "homicide_review": "dhr-1"}
    assert "position" not in item.to_dict()
    seat_at = reg.attendances["att-chair"]
    assert Attendance.from_dict({"id": "att-chair", "membership": "chair", "status": "present"},
                                meeting="mt-1") == seat_at
    with pytest.raises(libcsp.UnknownFieldError) as info:
        Risk.from_dict({**d, "score": 12})
    assert info.value.path == "score"


# ---------------------------------------------------------------------------
# The bad input of the rules across records, through add() and put()
# ---------------------------------------------------------------------------


def test_action_champion_on_another_partnership(base: libcsp.Register) -> None:
    reg = base
    refused(reg, libcsp.ConstraintError, "champion",
            lambda: reg.actions.add(Action("a-x", "csp", "T", "open", champion="board-seat")),
            'action "a-x"', "champion.partnership")
    reg.actions.add(Action("a-x", "csp", "T", "open", champion="fire-seat"))
    a = reg.actions["a-x"]
    a.champion = "board-seat"
    refused(reg, libcsp.ConstraintError, "champion", lambda: reg.actions.put(a))
    assert reg.actions["a-x"].champion_id == "fire-seat"


def test_update_dated_before_the_action_was_raised(base: libcsp.Register) -> None:
    reg = base
    reg.actions.add(Action("a-1", "csp", "T", "open", raised_on="2021-03-04"))
    refused(reg, libcsp.ConstraintError, "date",
            lambda: reg.action_updates.add(ActionUpdate("u-x", "a-1", "2021-03-03")),
            'action_update "u-x"', "2021-03-03")
    refused(reg, libcsp.ConstraintError, "reported_by",
            lambda: reg.action_updates.add(ActionUpdate("u-x", "a-1", "2021-03-04", reported_by="board-seat")))
    # the same day, and the month holding it, are not before
    reg.action_updates.add(ActionUpdate("u-1", "a-1", "2021-03-04"))
    reg.action_updates.add(ActionUpdate("u-2", "a-1", PartialDate(2021, 3)))
    # the action raised later than an update it has: refused, naming the update
    a = reg.actions["a-1"]
    a.raised_on = datetime.date(2021, 4, 1)
    refused(reg, libcsp.ConstraintError, "", lambda: a.save(), 'action_update "u-1"')


def test_agenda_item_of_cancelled_meeting_with_outcome(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt-c", "csp", "2021-05-01", "scheduled", "cancelled"))
    reg.meetings.add(Meeting("mt-p", "csp", "2021-05-01", "scheduled", "postponed"))
    refused(reg, libcsp.ConstraintError, "outcome",
            lambda: reg.agenda_items.add(AgendaItem("i-x", "mt-c", "decision", "D", outcome="Agreed")),
            'agenda_item "i-x"', "cancelled")
    refused(reg, libcsp.ConstraintError, "outcome",
            lambda: reg.agenda_items.add(AgendaItem("i-x", "mt-p", "decision", "D", outcome="Agreed")),
            "postponed")
    reg.agenda_items.add(AgendaItem("i-1", "mt-c", "decision", "Deferred"))  # no outcome: fine
    item = reg.agenda_items["i-1"]
    item.outcome = "Agreed after all"
    refused(reg, libcsp.ConstraintError, "outcome", lambda: reg.agenda_items.put(item))


def test_held_meeting_with_decided_item_changed_to_cancelled(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held"))
    reg.agenda_items.add(AgendaItem("i-1", "mt", "other", "Part"))
    reg.agenda_items.add(AgendaItem("i-1-a", "mt", "decision", "D", parent="i-1", outcome="Agreed"))
    m = reg.meetings["mt"]
    m.status = libcsp.MeetingStatus.CANCELLED
    refused(reg, libcsp.ConstraintError, "", lambda: reg.meetings.put(m),
            'meeting "mt"', 'agenda_item "i-1-a"', "cancelled")
    assert reg.meetings["mt"].status is libcsp.MeetingStatus.HELD
    item = reg.agenda_items["i-1-a"]
    item.outcome = None
    item.save()
    reg.meetings.put(m)
    assert reg.meetings["mt"].status is libcsp.MeetingStatus.CANCELLED


@pytest.mark.parametrize("meeting_date, seat, says", [
    ("2023-01-01", "chair", "end_date"),           # the seat had ended
    ("2021-05-31", "cllr", "start_date"),          # the seat had not started
    (PartialDate(2021, 5), "cllr", "start_date"),  # a month that ends before it starts
    ("2021-05-01", "board-seat", "partnership"),   # a seat on another partnership
])
def test_attendance_by_a_seat_not_on_the_meeting(base: libcsp.Register, meeting_date: Any, seat: str,
                                                 says: str) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", meeting_date, "scheduled", "held"))
    refused(reg, libcsp.ConstraintError, "membership",
            lambda: reg.attendances.add(Attendance("at-x", "mt", seat, "present")),
            'attendance "at-x"', says)
    assert len(reg.attendances) == 0


def test_attendance_in_post(base: libcsp.Register) -> None:
    reg = base
    for mid, date in (("first", "2020-01-01"), ("last", "2022-12-31"), ("month", PartialDate(2022, 12))):
        reg.meetings.add(Meeting(mid, "csp", date, "scheduled", "held"))
        reg.attendances.add(Attendance(f"at-{mid}", mid, "chair", "present"))
    reg.meetings.add(Meeting("june", "csp", PartialDate(2021, 6), "scheduled", "held"))
    reg.attendances.add(Attendance("at-june", "june", "cllr", "apologies"))
    reg.attendances.add(Attendance("at-fire", "june", "fire-seat", "absent"))
    assert len(reg.attendances) == 5


def test_membership_end_date_breaking_attendance(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held"))
    reg.attendances.add(Attendance("at-chair", "mt", "chair", "present"))
    seat = reg.memberships["chair"]
    seat.end_date = "2021-04-30"
    err = refused(reg, libcsp.ConstraintError, "", lambda: reg.memberships.put(seat),
                  'membership "chair"', 'attendance "at-chair"', "2021-04-30")
    assert err.code_name == "CSP_ECONSTRAINT"
    seat.end_date = None
    seat.start_date = "2021-05-02"
    refused(reg, libcsp.ConstraintError, "", lambda: reg.memberships.put(seat), "at-chair")
    assert reg.memberships["chair"].end_date == datetime.date(2022, 12, 31)
    # the meeting moved past the seat's end: refused too
    m = reg.meetings["mt"]
    m.date = "2023-01-02"
    refused(reg, libcsp.ConstraintError, "", lambda: m.save(), 'attendance "at-chair"')


def test_scrutiny_review_by_a_committee_that_is_not_one(base: libcsp.Register) -> None:
    reg = base
    refused(reg, libcsp.ConstraintError, "committee",
            lambda: reg.scrutiny_reviews.add(ScrutinyReview("sr-x", "board", "csp", "2021-05-01", "T")),
            'scrutiny_review "sr-x"', '"board"')
    reg.scrutiny_reviews.add(ScrutinyReview("sr-x", "cdc", "csp", "2021-05-01", "T"))
    cdc = reg.partnerships["cdc"]
    cdc.kind = libcsp.PartnershipKind.BOARD
    refused(reg, libcsp.ConstraintError, "", lambda: cdc.save(), 'scrutiny_review "sr-x"')
    refused(reg, libcsp.ConstraintError, "responded_on",
            lambda: reg.recommendations.add(Recommendation("rec-x", "sr-x", "R", responded_on="2021-04-30")))


def test_homicide_review_rules(base: libcsp.Register) -> None:
    reg = base

    def review(**kw: Any) -> HomicideReview:
        return HomicideReview("h-x", "csp", "domestic_homicide_review", "DHR 1", "decided", "2021-01-10", **kw)

    cases: List[Dict[str, Any]] = [
        dict(path="commissioned_on", kw=dict(decision="not_hold", commissioned_on="2021-03-01")),
        dict(path="published_on", kw=dict(decision="not_hold", published_on="2022")),
        dict(path="decided_on", kw=dict(decided_on="2021-01-09")),
        dict(path="commissioned_on", kw=dict(decided_on="2021-02", commissioned_on="2021-01-31")),
        dict(path="submitted_on", kw=dict(commissioned_on="2021-03-01", submitted_on="2021-02")),
        dict(path="quality_assured_on", kw=dict(submitted_on="2021-09", quality_assured_on="2021-08-31")),
        dict(path="published_on", kw=dict(published_on=datetime.date(2020, 12, 31))),
    ]
    for case in cases:
        refused(reg, libcsp.ConstraintError, case["path"],
                lambda: reg.homicide_reviews.add(review(**case["kw"])), 'homicide_review "h-x"')
    reg.homicide_reviews.add(review(decision="not_hold", decided_on="2021-01-10"))
    reg.homicide_reviews.put(review(decision="hold", decided_on="2021-01", commissioned_on="2021-01-10",
                                    submitted_on="2021-01-10", quality_assured_on="2021", published_on="2021-01"))


def test_action_with_two_owners(base: libcsp.Register) -> None:
    reg = base
    err = refused(reg, libcsp.ConstraintError, "",
                  lambda: reg.actions.add(Action("a-x", "csp", "T", "open", owner_partnership="tfg",
                                                 owner_organisation="council")),
                  "owner_partnership", "owner_organisation", "at most one")
    assert isinstance(err, libcsp.ValidationError) and isinstance(err, ValueError)
    reg.actions.add(Action("a-1", "csp", "T", "open", owner_partnership="tfg"))
    reg.actions.add(Action("a-2", "csp", "T", "open", owner_organisation="council"))
    reg.actions.add(Action("a-3", "csp", "T", "open"))


def test_document_and_source_need_url_or_reference(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held"))
    refused(reg, libcsp.RequiredFieldError, "",
            lambda: reg.documents.add(Document("d-x", "mt", "minutes", "Minutes")), "url", "reference")
    refused(reg, libcsp.RequiredFieldError, "",
            lambda: reg.sources.add(Source("s-x", title="A page")), "url", "reference")
    reg.documents.add(Document("d-1", "mt", "minutes", "Minutes", reference="MIN/1"))
    reg.documents.add(Document("d-2", "mt", "papers", "Report", url="https://example.org/r.pdf"))
    reg.sources.add(Source("s-1", reference="Annual report 2023"))
    assert ids(reg.meetings["mt"].documents()) == ["d-1", "d-2"]


@pytest.mark.parametrize("good", ["18:30", "00:00", "23:59", "09:05"])
def test_time_good(base: libcsp.Register, good: str) -> None:
    base.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held", start_time=good))
    assert base.meetings["mt"].start_time == good


@pytest.mark.parametrize("bad", ["24:00", "7:30", "18:60", "18.30", "1830", "18:30:00", ""])
def test_time_bad(base: libcsp.Register, bad: str) -> None:
    with pytest.raises(libcsp.InvalidValueError) as info:
        Meeting("mt", "csp", "2021-05-01", "scheduled", "held", start_time=bad)
    assert info.value.path == "start_time"
    m = Meeting("mt", "csp", "2021-05-01", "scheduled", "held", start_time="18:30")
    with pytest.raises(libcsp.InvalidValueError):
        m.start_time = bad
    assert m.start_time == "18:30"


@pytest.mark.parametrize("good", ["7.4", "-12", "0", "7.40", "-0.5", "1000000"])
def test_decimal_good(base: libcsp.Register, good: str) -> None:
    base.indicators.add(Indicator("i", "csp", "N", target=good))
    base.indicator_values.add(IndicatorValue("v", "i", "2021", good))
    assert base.indicators["i"].target == good and base.indicator_values["v"].value == good


@pytest.mark.parametrize("bad", ["7,4", "1e3", "+1", ".5", "7.", "-", "1 000", "0x10", "NaN"])
def test_decimal_bad(base: libcsp.Register, bad: str) -> None:
    with pytest.raises(libcsp.InvalidValueError) as info:
        Indicator("i", "csp", "N", target=bad)
    assert info.value.path == "target"
    with pytest.raises(libcsp.InvalidValueError) as info:
        IndicatorValue("v", "i", "2021", bad)
    assert info.value.path == "value"


def test_sources(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held"))
    refused(reg, libcsp.DanglingReferenceError, "sources[1]",
            lambda: reg.agenda_items.add(AgendaItem("i", "mt", "other", "I", sources=["src-web", "ghost"])),
            "ghost")
    org = reg.organisations["met"]
    org.sources = ["nowhere"]
    refused(reg, libcsp.DanglingReferenceError, "sources[0]", lambda: org.save())
    # a source still named cannot be deleted
    refused(reg, libcsp.InUseError, "", lambda: reg.sources.delete("src-doc"), 'organisation "council"')
    refused(reg, libcsp.InUseError, "", lambda: reg.sources.delete("src-web"), 'partnership "csp"')
    council = reg.organisations["council"]
    council.sources = []
    council.save()
    reg.sources.delete("src-doc")
    assert "src-doc" not in reg.sources
    # every entity but source itself names its sources
    for name in ("organisation", "person", "partnership", "membership", "duty", "strategy", "element",
                 "meeting", "document", "agenda_item", "attendance", "action", "action_update", "risk",
                 "risk_review", "homicide_review", "scrutiny_review", "recommendation", "indicator",
                 "indicator_value", "discharge", "assessment", "duty_holding"):
        cls = reg._collection(name)._cls
        assert "sources" in cls._by_key, name
    assert "sources" not in Source._by_key


def test_quorum_and_discharge_meeting(base: libcsp.Register) -> None:
    reg = base
    with pytest.raises(libcsp.InvalidValueError):
        Partnership("q", "Q", "board", quorum=1001)
    reg.meetings.add(Meeting("mt", "csp", "2021-03-04", "scheduled", "held"))
    refused(reg, libcsp.DanglingReferenceError, "meeting",
            lambda: reg.discharges.add(Discharge("d", SA, "csp", "2021-03", "T", meeting="ghost")))
    reg.discharges.add(Discharge("d", SA, "csp", "2021-03", "T", meeting="mt"))
    refused(reg, libcsp.InUseError, "", lambda: reg.meetings.delete("mt"), 'discharge "d"')


# ---------------------------------------------------------------------------
# The score libcsp keeps
# ---------------------------------------------------------------------------


def test_risk_score_readonly_and_kept(base: libcsp.Register) -> None:
    reg = base
    r = Risk("r", "csp", "Funding", "open", likelihood=3, impact=4)
    assert r.score == 12  # kept by libcsp, on the record as its factors are set
    with pytest.raises(AttributeError):
        r.score = 12  # type: ignore[misc]
    reg.risks.add(r)
    stored = reg.risks["r"]
    assert stored.score == 12
    with pytest.raises(AttributeError):
        stored.score = 5  # type: ignore[misc]
    stored.likelihood = 5
    stored.save()
    assert reg.risks["r"].score == 20
    stored.impact = None
    stored.save()
    assert reg.risks["r"].score is None  # 0 until both are set
    assert [k.id for k in reg.risks.where("score", "unset")] == ["r"]
    with pytest.raises(libcsp.InvalidValueError):
        stored.likelihood = 6
    stored.impact = 4
    stored.save()
    assert [k.id for k in reg.risks.where("score", ">=", 20)] == ["r"]
    assert [k.id for k in reg.risks.where("score", ">", 20)] == []
    reg.risk_reviews.add(RiskReview("rr", "r", "2021-01", likelihood=2, impact=3))
    assert reg.risk_reviews["rr"].score == 6
    assert "score" not in reg.risks["r"].to_dict()


def test_risk_score_from_import(reg: libcsp.Register) -> None:
    reg.import_json(json.dumps({
        "format": "libcsp/1",
        "partnerships": [{"id": "csp", "name": "CSP", "kind": "community_safety_partnership"}],
        "risks": [{"id": "r", "partnership": "csp", "title": "T", "status": "open", "likelihood": 2, "impact": 5,
                   "reviews": [{"id": "rr", "date": "2021", "likelihood": 5, "impact": 5}]}]}))
    assert reg.risks["r"].score == 10
    assert reg.risk_reviews["rr"].score == 25
    before = reg.export_json()
    with pytest.raises(libcsp.UnknownFieldError) as info:
        reg.import_json(json.dumps({"format": "libcsp/1", "risks": [
            {"id": "r2", "partnership": "csp", "title": "T", "status": "open", "likelihood": 1, "impact": 1,
             "score": 1}]}))
    assert info.value.path == "risks[0].score"
    assert reg.export_json() == before


# ---------------------------------------------------------------------------
# The agenda: an ordered tree
# ---------------------------------------------------------------------------


def test_agenda_tree_and_moves(base: libcsp.Register) -> None:
    reg = base
    reg.meetings.add(Meeting("mt", "csp", "2021-05-01", "scheduled", "held"))
    reg.meetings.add(Meeting("mt2", "csp", "2021-06-01", "scheduled", "held"))
    for iid, parent in (("a", None), ("b", None), ("c", None), ("a1", "a"), ("b1", "b"), ("a2", "a")):
        reg.agenda_items.add(AgendaItem(iid, "mt", "other", iid.upper(), parent=parent))
    reg.agenda_items.add(AgendaItem("x", "mt2", "other", "X"))
    mt = reg.meetings["mt"]
    assert ids(mt.agenda()) == ["a", "a1", "a2", "b", "b1", "c"]
    refused(reg, libcsp.ConstraintError, "parent",
            lambda: reg.agenda_items.add(AgendaItem("y", "mt2", "other", "Y", parent="a")))
    refused(reg, libcsp.DanglingReferenceError, "parent",
            lambda: reg.agenda_items.add(AgendaItem("y", "mt", "other", "Y", parent="ghost")))
    c = reg.agenda_items["c"]
    c.move(None, 0)
    assert c.position == 1
    assert ids(mt.agenda()) == ["c", "a", "a1", "a2", "b", "b1"]
    reg.agenda_items.move("b1", "c", -1)
    assert ids(mt.agenda()) == ["c", "b1", "a", "a1", "a2", "b"]
    assert [i.position for i in mt.agenda()] == [1, 2, 3, 4, 5, 6]
    assert reg.agenda_items["b1"].parent_id == "c"
    before = reg.export_json()
    with pytest.raises(libcsp.ConstraintError):
        reg.agenda_items.move("c", "b1", 0)  # under its own sub-item
    with pytest.raises(libcsp.ConstraintError):
        reg.agenda_items.move("a", "x", 0)  # under an item of another meeting
    with pytest.raises(libcsp.NotFoundError):
        reg.agenda_items.move("ghost", None, 0)
    with pytest.raises(libcsp.InUseError):
        reg.agenda_items.delete("a")  # it has sub-items
    assert reg.export_json() == before
    with libcsp.Register() as again:
        again.import_json(before)
        assert ids(again.meetings["mt"].agenda()) == ["c", "b1", "a", "a1", "a2", "b"]
        assert again.export_json() == before


# ---------------------------------------------------------------------------
# JSON: the same bad input in a document, located by its path
# ---------------------------------------------------------------------------

MT = {"partnership": "csp", "kind": "scheduled", "status": "held"}
ACT = {"partnership": "csp", "title": "T", "status": "open"}

JSON_CASES = [
    pytest.param({"actions": [{"id": "a-ok", **ACT, "champion": "chair"},
                              {"id": "a-x", **ACT, "champion": "board-seat"}]},
                 libcsp.ConstraintError, "actions[1].champion", id="champion-elsewhere"),
    pytest.param({"actions": [{"id": "a-x", **ACT, "raised_on": "2021-03-04",
                               "updates": [{"id": "u-ok", "date": "2021-03"}, {"id": "u-x", "date": "2021-03-03"}]}]},
                 libcsp.ConstraintError, "actions[0].updates[1].date", id="update-before-raised"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01", "status": "cancelled",
                                "agenda": [{"id": "i", "kind": "decision", "title": "D", "outcome": "Agreed"}]}]},
                 libcsp.ConstraintError, "meetings[0].agenda[0].outcome", id="outcome-cancelled"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2023-01-01",
                                "attendance": [{"id": "at", "membership": "chair", "status": "present"}]}]},
                 libcsp.ConstraintError, "meetings[0].attendance[0].membership", id="seat-ended"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-31",
                                "attendance": [{"id": "at", "membership": "cllr", "status": "present"}]}]},
                 libcsp.ConstraintError, "meetings[0].attendance[0].membership", id="seat-not-started"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01",
                                "attendance": [{"id": "at", "membership": "board-seat", "status": "present"}]}]},
                 libcsp.ConstraintError, "meetings[0].attendance[0].membership", id="seat-elsewhere"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01",
                                "attendance": [{"id": "at", "membership": "late-seat", "status": "present"}]}],
                  "partnerships": [{"id": "late", "name": "Late", "kind": "board",
                                    "members": [{"id": "late-seat", "organisation": "met", "role": "member"}]}]},
                 libcsp.ConstraintError, "meetings[0].attendance[0].membership", id="seat-later-in-document"),
    pytest.param({"scrutiny_reviews": [{"id": "sr", "committee": "board", "scrutinised": "csp",
                                        "date": "2021-01-01", "topic": "T"}]},
                 libcsp.ConstraintError, "scrutiny_reviews[0].committee", id="committee-kind"),
    pytest.param({"homicide_reviews": [{"id": "h", "partnership": "csp", "kind": "domestic_homicide_review",
                                        "reference": "R", "status": "decided", "notified_on": "2021-01-10",
                                        "decision": "not_hold", "commissioned_on": "2021-03-01"}]},
                 libcsp.ConstraintError, "homicide_reviews[0].commissioned_on", id="not-hold-commissioned"),
    pytest.param({"homicide_reviews": [{"id": "h", "partnership": "csp", "kind": "domestic_homicide_review",
                                        "reference": "R", "status": "decided", "notified_on": "2021-01-10",
                                        "decided_on": "2021-01-09"}]},
                 libcsp.ConstraintError, "homicide_reviews[0].decided_on", id="decided-before-notified"),
    pytest.param({"actions": [{"id": "a", **ACT, "owner_partnership": "tfg", "owner_organisation": "council"}]},
                 libcsp.ConstraintError, "actions[0]", id="two-owners"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01",
                                "documents": [{"id": "d", "kind": "agenda", "title": "Agenda"}]}]},
                 libcsp.RequiredFieldError, "meetings[0].documents[0]", id="document-neither"),
    pytest.param({"sources": [{"id": "s", "title": "T"}]}, libcsp.RequiredFieldError, "sources[0]",
                 id="source-neither"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01", "start_time": "24:00"}]},
                 libcsp.InvalidValueError, "meetings[0].start_time", id="time-24"),
    pytest.param({"indicators": [{"id": "i", "partnership": "csp", "name": "N", "target": "7,4"}]},
                 libcsp.InvalidValueError, "indicators[0].target", id="decimal-comma"),
    pytest.param({"indicators": [{"id": "i", "partnership": "csp", "name": "N",
                                  "values": [{"id": "v", "period_start": "2021", "value": "1e3"}]}]},
                 libcsp.InvalidValueError, "indicators[0].values[0].value", id="decimal-exponent"),
    pytest.param({"meetings": [{"id": "m", **MT, "date": "2021-05-01", "sources": ["src-web", "ghost"]}]},
                 libcsp.DanglingReferenceError, "meetings[0].sources[1]", id="source-missing"),
]


@pytest.mark.parametrize("doc, exc, path", JSON_CASES)
def test_import_refused(base: libcsp.Register, doc: Dict[str, Any], exc: type, path: str) -> None:
    reg = base
    err = refused(reg, exc, path, lambda: reg.import_json(json.dumps({"format": "libcsp/1", **doc})))
    assert str(err).startswith(path)


# ---------------------------------------------------------------------------
# Export: round trip and public
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("indent", [True, False])
def test_export_round_trip(gov: libcsp.Register, indent: bool) -> None:
    text = gov.export_json(indent=indent)
    doc = json.loads(text)
    assert {"meetings", "actions", "risks", "homicide_reviews", "scrutiny_reviews", "indicators",
            "sources", "discharges"} <= set(doc)
    meeting = next(m for m in doc["meetings"] if m["id"] == "mt-1")
    assert [i["id"] for i in meeting["agenda"]] == ["ai-1", "ai-1-1", "ai-2", "ai-3", "ai-3-1", "ai-4", "ai-5"]
    assert "score" not in doc["risks"][0] and "position" not in meeting["documents"][0]
    with libcsp.Register() as again:
        again.import_json(text)
        assert again.export_json(indent=indent) == text
        assert again.risks["risk-1"].score == 12
    # records' dicts are their objects in the document (nested ones name their parent besides)
    action = next(a for a in doc["actions"] if a["id"] == "act-1")
    updates = action.pop("updates")
    assert gov.actions["act-1"].to_dict() == action
    assert gov.action_updates["upd-1"].to_dict() == {"action": "act-1", **updates[0]}


def test_public_export(gov: libcsp.Register) -> None:
    full = gov.export_json(indent=False)
    pub = gov.export_json(public=True, indent=False)
    doc = json.loads(pub)
    assert [h["id"] for h in doc["homicide_reviews"]] == ["dhr-0"]  # dhr-1 is not published
    agenda = {i["id"]: i for i in next(m for m in doc["meetings"] if m["id"] == "mt-1")["agenda"]}
    assert list(agenda) == ["ai-1", "ai-1-1", "ai-2", "ai-4", "ai-5"]  # ai-3 restricted, with ai-3-1
    assert "homicide_review" not in agenda["ai-5"]  # its review is not public yet
    actions = {a["id"]: a for a in doc["actions"]}
    assert "raised_at_item" not in actions["act-2"] and actions["act-2"]["raised_at"] == "mt-1"
    assert actions["act-1"]["raised_at_item"] == "ai-4"
    assert [s["id"] for s in doc["sources"]] == ["src-doc", "src-web"]
    assert "sam" not in {p["id"] for p in doc["people"]}
    assert "DHR 2021/01" not in pub and "Homicide review" not in pub
    assert gov.export_json(indent=False) == full
    with libcsp.Register() as again:
        again.import_json(pub)
        assert again.export_json(indent=False) == pub
    # published, the review and the reference to it come in
    h = gov.homicide_reviews["dhr-1"]
    h.submitted_on = "2021-09"
    h.published_on = datetime.date(2022, 2, 1)
    h.status = "published"
    h.save()
    doc = json.loads(gov.export_json(public=True))
    assert [r["id"] for r in doc["homicide_reviews"]] == ["dhr-0", "dhr-1"]
    agenda = {i["id"]: i for i in next(m for m in doc["meetings"] if m["id"] == "mt-1")["agenda"]}
    assert agenda["ai-5"]["homicide_review"] == "dhr-1" and "ai-3" not in agenda
