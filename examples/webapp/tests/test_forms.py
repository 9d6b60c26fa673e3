"""The two forms: an action's progress update and a meeting's attendance.
What libcsp accepts is written and the browser redirected (POST, redirect,
GET); what it refuses is shown on the form with libcsp's located message, the
input kept, and the register left exactly as it was."""

from __future__ import annotations

import html
import re
from typing import Any, Callable, Dict

import libcsp

from conftest import AS_OF, SEP
from test_pages import text


def snapshot(register_path: Any) -> str:
    """The whole register as JSON: equal before and after a refused write."""
    with libcsp.Register(register_path, readonly=True) as reg:
        return reg.export_json()


# -- action updates ---------------------------------------------------------

def test_action_update_is_written_and_redirects(client: Any, open_register: Callable[[], libcsp.Register]) -> None:
    r = client.post(f"/actions/sep-act-1/update?as_of={AS_OF}",
                    data={"date": "2024-06-20", "status": "in_progress", "rag": "amber",
                          "note": "Draft plan out to partners.\r\nComments by July."})
    assert r.status_code == 303
    assert r.headers["Location"].startswith(f"/partnerships/{SEP}?")
    assert "saved=update" in r.headers["Location"] and r.headers["Location"].endswith("#actions")
    reg = open_register()
    updates = list(reg.actions["sep-act-1"].updates())
    assert len(updates) == 1
    u = updates[0]
    assert (u.id, str(u.date), u.status, u.rag) == ("sep-act-1.u1", "2024-06-20", "in_progress", "amber")
    assert u.note == "Draft plan out to partners.\nComments by July."
    action = reg.actions["sep-act-1"]
    assert (action.status, action.rag) == ("in_progress", "amber")   # the latest update's
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Update sep-act-1.u1 saved." in page
    row = re.search(r'<tr id="action-sep-act-1"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert "20 June 2024" in row and "Draft plan out to partners." in row and "rag-amber" in row


def test_an_earlier_update_does_not_change_the_action(client: Any, open_register: Callable[[], libcsp.Register]) -> None:
    r = client.post("/actions/sep-act-2/update", data={"date": "2024-04-01", "status": "open", "rag": "red"})
    assert r.status_code == 303
    reg = open_register()
    assert len(list(reg.actions["sep-act-2"].updates())) == 2
    assert (reg.actions["sep-act-2"].status, reg.actions["sep-act-2"].rag) == ("in_progress", "amber")


def refused_update(client: Any, register_path: Any, form: Dict[str, str], expected: str, field: str) -> str:
    before = snapshot(register_path)
    r = client.post("/actions/sep-act-1/update", data=form)
    assert r.status_code == 422
    page = r.get_data(as_text=True)
    assert "Not saved." in page and expected in html.unescape(page)
    assert f'<div class="field invalid">\n    <label for="{field}">' in page    # the field is highlighted
    # the input is kept
    assert f'value="{html.escape(form["date"])}"' in page
    if form.get("note"):
        assert html.escape(form["note"]) in page
    known = {s.value for s in libcsp.ActionStatus} | {r.value for r in libcsp.Rag}
    for key in ("status", "rag"):
        if form.get(key) in known:  # a value not offered (a hand-made request) cannot be selected
            assert f'<option value="{form[key]}" selected>' in page
    assert snapshot(register_path) == before
    return page


def test_update_dated_before_the_action_was_raised(client: Any, register_path: Any) -> None:
    refused_update(client, register_path,
                   {"date": "2024-01-10", "status": "done", "rag": "green", "note": "Done <early> & well"},
                   'date: action_update "sep-act-1.u1": an update is not dated before its action was raised, '
                   'but action.raised_on is "2024-03-14" and date is "2024-01-10"', "date")


def test_impossible_date(client: Any, register_path: Any) -> None:
    refused_update(client, register_path, {"date": "2023-02-30", "note": "x"},
                   'date: "2023-02-30" is not a date: 2023-02 has 28 days', "date")


def test_empty_date_and_unknown_rag(client: Any, register_path: Any) -> None:
    refused_update(client, register_path, {"date": "", "note": "no date"}, 'date: "" is not a date', "date")
    refused_update(client, register_path, {"date": "2024-06-20", "rag": "purple"},
                   'rag: unknown value "purple" (expected one of: red, amber, green)', "rag")


# -- attendance ---------------------------------------------------------------

def attendance_form(statuses: Dict[str, str], substitutes: Dict[str, str] = {}) -> Dict[str, str]:
    form = {f"status-{k}": v for k, v in statuses.items()}
    form.update({f"substitute-{k}": v for k, v in substitutes.items()})
    return form


def test_attendance_is_written_and_redirects(client: Any, open_register: Callable[[], libcsp.Register]) -> None:
    form = attendance_form({"ealing-sep-chair": "present", "ealing-sep-police": "apologies",
                            "ealing-sep-probation": "present", "ealing-sep-health": "present",
                            "ealing-sep-yot": "present", "ealing-sep-mopac": "absent"},
                           {"ealing-sep-yot": "sam-okafor"})
    r = client.post("/meetings/sep-2024-06/attendance", data=form)
    assert r.status_code == 303
    assert "saved=attendance" in r.headers["Location"] and r.headers["Location"].endswith("#meetings")
    reg = open_register()
    got = {a.membership_id: (a.status.value, a.substitute_id) for a in reg.meetings["sep-2024-06"].attendance()}
    assert got == {"ealing-sep-chair": ("present", None), "ealing-sep-police": ("apologies", None),
                   "ealing-sep-probation": ("present", None), "ealing-sep-health": ("present", None),
                   "ealing-sep-yot": ("present", "sam-okafor"), "ealing-sep-mopac": ("absent", None)}
    assert reg.meetings["sep-2024-06"].quorum() == libcsp.Quorum(True, 4)
    page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Attendance for meeting sep-2024-06 saved." in page
    row = re.search(r'<tr id="meeting-sep-2024-06">(.*?)</tr>', page, re.S).group(1)
    assert "Yes" in row and "(4 present)" in row and "6 seats recorded" in row


def test_attendance_not_recorded_removes_a_record(client: Any, open_register: Callable[[], libcsp.Register]) -> None:
    # the March meeting had five present; post the form with only the chair
    r = client.post("/meetings/sep-2024-03/attendance", data=attendance_form({"ealing-sep-chair": "apologies"}))
    assert r.status_code == 303
    reg = open_register()
    got = [(a.id, a.membership_id, a.status.value) for a in reg.meetings["sep-2024-03"].attendance()]
    assert got == [("sep-2024-03.a0", "ealing-sep-chair", "apologies")]   # the existing record kept its id


def test_attendance_by_a_seat_that_had_ended(client: Any, register_path: Any) -> None:
    before = snapshot(register_path)
    form = attendance_form({"ealing-sep-chair": "present", "ealing-sep-fire-former": "present",
                            "ealing-sep-yot": "absent"}, {"ealing-sep-fire-former": "sam-okafor"})
    r = client.post("/meetings/sep-2024-06/attendance", data=form)
    assert r.status_code == 422
    page = r.get_data(as_text=True)
    assert ('membership: attendance "sep-2024-06.ealing-sep-fire-former": the seat had not ended before the '
            'meeting\'s date, but meeting.date is "2024-06-13" and membership.end_date is "2023-12-31"'
            in html.unescape(page))
    assert '<tr id="seat-ealing-sep-fire-former" class="invalid">' in page
    # the input is kept, for the refused seat and the others
    row = re.search(r'<tr id="seat-ealing-sep-fire-former"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert '<option value="present" selected>' in row and '<option value="sam-okafor" selected>' in row
    row = re.search(r'<tr id="seat-ealing-sep-yot"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert '<option value="absent" selected>' in row
    row = re.search(r'<tr id="seat-ealing-sep-police"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert '<option value="" selected>Not recorded' in row     # was "apologies": the user cleared it
    assert snapshot(register_path) == before                     # nothing written, not even the chair


def test_attendance_unknown_status_or_person(client: Any, register_path: Any) -> None:
    before = snapshot(register_path)
    r = client.post("/meetings/sep-2024-06/attendance", data=attendance_form({"ealing-sep-chair": "asleep"}))
    assert r.status_code == 422 and 'status: unknown value "asleep"' in text(r)
    r = client.post("/meetings/sep-2024-06/attendance", data=attendance_form(
        {"ealing-sep-chair": "present"}, {"ealing-sep-chair": "nobody"}))
    assert r.status_code == 422 and "nobody" in text(r)
    assert snapshot(register_path) == before
