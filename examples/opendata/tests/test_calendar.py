"""cspctl calendar: a partnership's meetings as iCalendar (RFC 5545), read
back with Debian's python3-icalendar; every field round-trips, and the file
keeps the format's rules (CRLF, lines of at most 75 octets folded without
splitting a UTF-8 character, TEXT escaping).
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
from typing import Any, Dict, List

import icalendar
import pytest

import libcsp

from conftest import child_environment

EPOCH = 1_717_171_717  # 2024-05-31T16:08:37Z
LONG_TITLE = ("Réunion extraordinaire du partenariat: couteaux, « county lines »; exploitation — "
              "Ealing, Hammersmith & Fulham, Hounslow; naïve café résumé — ŽŠČ ĳ 東京 ✓ "
              "back\\slash, the end")
NOTE = "First line; with a semicolon, and a comma\nSecond line\\with a backslash\nThird line"

DOC: Dict[str, Any] = {
    "format": "libcsp/1",
    "organisations": [{"id": "council", "name": "Council", "kind": "local_authority"}],
    "partnerships": [
        {"id": "stp", "name": "Safer Town Partnership", "kind": "community_safety_partnership",
         "minutes_per_meeting": 120},
        {"id": "other", "name": "Another partnership", "kind": "board"},
    ],
    "meetings": [
        # Summer time, with a location, a note and an agenda with a URL.
        {"id": "m-summer", "partnership": "stp", "date": "2024-07-01", "start_time": "18:30",
         "duration_minutes": 90, "kind": "scheduled", "status": "confirmed",
         "location": "Room 1, Town Hall; Acton", "note": NOTE,
         "documents": [
             {"id": "m-summer-minutes", "kind": "minutes", "title": "Minutes",
              "url": "https://example.org/minutes.pdf"},
             {"id": "m-summer-agenda", "kind": "agenda", "title": "Agenda",
              "url": "https://example.org/meetings/2024-07-01/agenda.pdf"},
         ]},
        # Winter (GMT), no duration of its own: the partnership's 120 minutes.
        {"id": "m-winter", "partnership": "stp", "date": "2024-01-15", "start_time": "09:00",
         "kind": "scheduled", "status": "held"},
        # Cancelled, with a long title (commas, non-ASCII: folding and escaping), no start time.
        {"id": "m-cancelled", "partnership": "stp", "date": "2024-12-02", "kind": "ad_hoc",
         "status": "cancelled", "title": LONG_TITLE},
        # No start time: an all-day event.
        {"id": "m-allday", "partnership": "stp", "date": "2024-03-31", "kind": "public", "status": "planned",
         "title": "Community safety open day"},
        # Only a month: left out, with a warning.
        {"id": "m-month", "partnership": "stp", "date": "2024-09", "kind": "scheduled", "status": "planned"},
        # Another partnership's meeting: not in this calendar.
        {"id": "m-other", "partnership": "other", "date": "2024-05-01", "kind": "scheduled", "status": "held"},
    ],
}

LONDON_SUMMER, LONDON_WINTER = dt.timedelta(hours=1), dt.timedelta(0)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("calendar") / "r.csp"
    with libcsp.Register(path) as reg:
        reg.import_json(json.dumps(DOC))
    return path


def run(cspctl: str, env: Dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([cspctl, "calendar", *args], env=env, capture_output=True, check=False)


@pytest.fixture(scope="module")
def ics(register: pathlib.Path, cspctl: str) -> bytes:
    env = dict(child_environment(), SOURCE_DATE_EPOCH=str(EPOCH))
    result = run(cspctl, env, str(register), "--partnership", "stp")
    assert result.returncode == 0, result.stderr.decode()
    assert b'meeting "m-month" has no full date (2024-09): left out' in result.stderr
    return result.stdout


def events(ics: bytes) -> Dict[str, Any]:
    cal = icalendar.Calendar.from_ical(ics)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_calendar_header(ics: bytes) -> None:
    cal = icalendar.Calendar.from_ical(ics)
    assert str(cal["version"]) == "2.0"
    assert str(cal["prodid"]).startswith("-//libcsp//cspctl calendar ")
    assert str(cal["x-wr-calname"]) == "Safer Town Partnership meetings"
    zones = cal.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Europe/London"]


def test_lines(ics: bytes) -> None:
    assert ics.endswith(b"\r\n")
    lines = ics.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines), "a line ends LF alone"
    assert b"\r" not in b"".join(lines), "a bare CR"
    too_long = [line for line in lines if len(line) > 75]
    assert not too_long, too_long
    # Each physical line is whole UTF-8: folding never split a character.
    for line in lines:
        line.decode("utf-8")
    # The long title was folded.
    assert any(line.startswith(b" ") for line in lines)


def test_events_round_trip(ics: bytes) -> None:
    ev = events(ics)
    assert sorted(ev) == sorted(f"{m}.stp@libcsp.invalid" for m in
                                ("m-summer", "m-winter", "m-cancelled", "m-allday"))
    stamp = dt.datetime.fromtimestamp(EPOCH, dt.timezone.utc)
    for e in ev.values():
        assert e.decoded("dtstamp") == stamp

    summer = ev["m-summer.stp@libcsp.invalid"]
    start, end = summer.decoded("dtstart"), summer.decoded("dtend")
    assert summer["dtstart"].params["TZID"] == "Europe/London"
    assert start.replace(tzinfo=None) == dt.datetime(2024, 7, 1, 18, 30)
    assert start.utcoffset() == LONDON_SUMMER
    assert end - start == dt.timedelta(minutes=90)
    assert str(summer["summary"]) == "Safer Town Partnership (Scheduled)"
    assert str(summer["location"]) == "Room 1, Town Hall; Acton"
    assert str(summer["description"]) == NOTE
    assert str(summer["status"]) == "CONFIRMED"
    assert str(summer["url"]) == "https://example.org/meetings/2024-07-01/agenda.pdf"

    winter = ev["m-winter.stp@libcsp.invalid"]
    start, end = winter.decoded("dtstart"), winter.decoded("dtend")
    assert start.replace(tzinfo=None) == dt.datetime(2024, 1, 15, 9, 0)
    assert start.utcoffset() == LONDON_WINTER
    assert end - start == dt.timedelta(minutes=120)  # the partnership's usual length
    assert str(winter["status"]) == "CONFIRMED"
    assert "url" not in winter and "location" not in winter

    cancelled = ev["m-cancelled.stp@libcsp.invalid"]
    assert str(cancelled["status"]) == "CANCELLED"
    assert str(cancelled["summary"]) == "Cancelled: " + LONG_TITLE
    assert cancelled.decoded("dtstart") == dt.date(2024, 12, 2)
    assert cancelled["dtstart"].params["VALUE"] == "DATE"
    assert cancelled.decoded("dtend") == dt.date(2024, 12, 3)

    allday = ev["m-allday.stp@libcsp.invalid"]
    assert allday.decoded("dtstart") == dt.date(2024, 3, 31)
    assert allday.decoded("dtend") == dt.date(2024, 4, 1)
    assert str(allday["summary"]) == "Community safety open day"
    assert str(allday["status"]) == "TENTATIVE"


def test_escaping_in_the_file(ics: bytes) -> None:
    unfolded = ics.replace(b"\r\n ", b"").decode("utf-8")
    assert "LOCATION:Room 1\\, Town Hall\\; Acton\r\n" in unfolded
    assert ("DESCRIPTION:First line\\; with a semicolon\\, and a comma\\nSecond line\\\\with a backslash"
            "\\nThird line\r\n") in unfolded


def test_reproducible_and_output_file(register: pathlib.Path, cspctl: str, ics: bytes,
                                      tmp_path: pathlib.Path, child_env: Dict[str, str]) -> None:
    env = dict(child_env, SOURCE_DATE_EPOCH=str(EPOCH))
    again = run(cspctl, env, str(register), "--partnership", "stp")
    assert again.stdout == ics
    out = tmp_path / "stp.ics"
    result = run(cspctl, env, str(register), "--partnership", "stp", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert out.read_bytes() == ics
    # Without SOURCE_DATE_EPOCH: now, in UTC.
    env.pop("SOURCE_DATE_EPOCH")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    now = run(cspctl, env, str(register), "--partnership", "stp")
    after = dt.datetime.now(dt.timezone.utc)
    assert now.returncode == 0
    stamps = {e.decoded("dtstamp") for e in events(now.stdout).values()}
    assert len(stamps) == 1 and before <= stamps.pop() <= after


def test_errors(register: pathlib.Path, cspctl: str, child_env: Dict[str, str], tmp_path: pathlib.Path) -> None:
    result = run(cspctl, child_env, str(register), "--partnership", "no-such-partnership")
    assert result.returncode == 2
    lines: List[str] = result.stderr.decode().splitlines()
    assert len(lines) == 1 and 'no partnership "no-such-partnership"' in lines[0]
    assert str(register) in lines[0]
    assert result.stdout == b""

    result = run(cspctl, child_env, str(register))
    assert result.returncode == 2 and b"expected --partnership ID" in result.stderr

    bad = dict(child_env, SOURCE_DATE_EPOCH="yesterday")
    result = run(cspctl, bad, str(register), "--partnership", "stp")
    assert result.returncode == 2 and b'SOURCE_DATE_EPOCH "yesterday"' in result.stderr

    missing = tmp_path / "no-folder" / "stp.ics"
    result = run(cspctl, child_env, str(register), "--partnership", "stp", "-o", str(missing))
    assert result.returncode == 1 and str(missing).encode() in result.stderr
    assert not missing.parent.exists()


def test_another_partnership(register: pathlib.Path, cspctl: str, child_env: Dict[str, str]) -> None:
    """Each partnership's calendar holds its own meetings only."""
    result = run(cspctl, child_env, str(register), "--partnership", "other")
    assert result.returncode == 0
    ev = events(result.stdout)
    assert list(ev) == ["m-other.other@libcsp.invalid"]
    assert str(ev["m-other.other@libcsp.invalid"]["summary"]) == "Another partnership (Scheduled)"
