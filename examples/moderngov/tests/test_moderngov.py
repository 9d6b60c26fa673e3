"""The ModernGov importer on four real responses of Manchester's web service:
what it maps, what it reports, that a second import changes nothing, located
errors that leave the register unchanged, and cspctl import-moderngov.
"""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import subprocess
import sys
from typing import Any, Callable, Dict, List

import pytest

import libcsp
from libcsp import moderngov
from libcsp.moderngov import ModernGovError, Report, import_responses

Variant = Callable[..., pathlib.Path]


def line_of(path: pathlib.Path, text: str) -> int:
    """The line (from 1) on which ``text`` first occurs in a file."""
    content = path.read_text(encoding="utf-8")
    assert text in content, f"{text!r} not in {path}"
    return content[: content.index(text)].count("\n") + 1


def fresh(tmp_path: pathlib.Path, name: str = "r.csp") -> libcsp.Register:
    return libcsp.Register(str(tmp_path / name))


def find(lines: List[str], *words: str) -> List[str]:
    return [line for line in lines if all(w in line for w in words)]


# ---------------------------------------------------------------------------
# the four real responses


def test_import_maps_the_real_responses(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                        mapping: pathlib.Path, corpus: Dict[str, pathlib.Path]) -> None:
    with fresh(tmp_path) as reg:
        report = import_responses(reg, responses, mapping)

        # counts per entity: one committee of three is mapped
        assert report.added == {"partnerships": 1, "meetings": 2, "agenda items": 2, "documents": 2,
                                "attendance": 0}
        assert report.changed
        assert len(reg.partnerships) == 1 and len(reg.meetings) == 2
        assert len(reg.agenda_items) == 2 and len(reg.documents) == 2 and len(reg.attendances) == 0

        # the committee -> partnership, its kind and area from the mapping
        p = reg.partnerships["manchester-audit"]
        assert (p.name, p.kind, p.area) == ("Audit Committee", "other", "Manchester")

        # the committees not in the mapping are skipped, never guessed
        committees = corpus["committees.xml"]
        assert find(report.skipped, f"committees.xml:{line_of(committees, '<committee>')}:", "committee 312",
                    "not in the mapping")
        assert find(report.skipped, "committee 163", '"Art Galleries Committee"', "not in the mapping")
        assert not find(report.skipped, "committee 144")

        # the confirmed meeting: date (dd/mm/yyyy), time (10.00 am), length to 2.00 pm, place
        m = reg.meetings["manchester-meeting-4967"]
        assert m.partnership_id == "manchester-audit"
        assert m.date == datetime.date(2026, 2, 10)
        assert m.start_time == "10:00"
        assert m.duration_minutes == 240
        assert m.status == "confirmed" and m.kind == "scheduled"
        assert m.location == "Council Antechamber, Level 2, Town Hall Extension"

        # the cancelled one
        c = reg.meetings["manchester-meeting-4966"]
        assert c.status == "cancelled" and c.date == datetime.date(2026, 1, 13)
        assert list(c.agenda()) == []

        # agenda: ordered by ModernGov's item numbers (4 then 12), a flat tree here
        items = list(m.agenda())
        assert [(i.id, i.position, i.parent_id, i.title) for i in items] == [
            ("manchester-item-18831", 1, None, "Minutes"),
            ("manchester-item-18833", 2, None, "Work Programme"),
        ]
        # "Minutes" is "other" by the model's own description; "Work Programme" cannot be read
        assert items[0].kind == "other" and items[1].kind == "other"
        assert find(report.not_understood, "agenda item 18833", '"Work Programme"', 'recorded as "other"')
        assert not find(report.not_understood, "agenda item 18831")
        # the minutes, escaped HTML in the XML, as plain text
        assert items[0].outcome == ("To approve the minutes of the meeting held on 25 November 2025 "
                                    "as a correct record.")
        assert items[1].outcome is not None and items[1].outcome.startswith("The Committee considered a report")
        assert "<" not in items[1].outcome and "&" not in items[1].outcome
        assert find(report.notes, "escaped HTML of 2 minutes cleaned")
        assert find(report.notes, "2 agenda texts cleaned", "no field")

        # documents: papers with their URLs
        docs = list(m.documents())
        assert [(d.kind, d.url) for d in docs] == [
            ("papers", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"),
            ("papers", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909"),
        ]
        assert docs[0].title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"

        # attendance "Expected" (the only word the service is known to give): not understood
        with_minutes = corpus["meeting_with_minutes.xml"]
        expected = find(report.not_understood, 'attendance "Expected" for 1 attendee')
        assert len(expected) == 2
        assert find(expected, "manchester-meeting-4967",
                    f"meeting_with_minutes.xml:{line_of(with_minutes, '<attendee ')}", "member 192",
                    "Councillor Basil Curley")
        assert reg.verify() == []


def test_report_text(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path) -> None:
    with fresh(tmp_path) as reg:
        text = str(import_responses(reg, responses, mapping))
    assert text.splitlines()[:7] == [
        "ModernGov import: 4 responses",
        "mapped:",
        "  partnerships: 1 (1 added, 0 updated, 0 unchanged)",
        "  meetings: 2 (2 added, 0 updated, 0 unchanged)",
        "  agenda items: 2 (2 added, 0 updated, 0 unchanged)",
        "  documents: 2 (2 added, 0 updated, 0 unchanged)",
        "  attendance: 0 (0 added, 0 updated, 0 unchanged)",
    ]
    assert "skipped: 2" in text and "not understood: 3" in text


def test_second_import_changes_nothing(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                       mapping: pathlib.Path, seats: pathlib.Path, variant: Variant) -> None:
    present = variant("meeting_with_minutes.xml", ('attendance="Expected"', 'attendance="Present"'))
    files = [responses[0], responses[1], present, responses[3]]
    with fresh(tmp_path) as reg:
        reg.import_file(str(seats))
        first = import_responses(reg, files, mapping)
        assert first.added["attendance"] == 1
        before = reg.export_json()
        second = import_responses(reg, files, mapping)
        assert reg.export_json() == before
        assert not second.changed
        assert second.unchanged == {"partnerships": 1, "meetings": 2, "agenda items": 2, "documents": 2,
                                    "attendance": 1}
        # in another order, too
        third = import_responses(reg, list(reversed(files)), mapping)
        assert not third.changed and reg.export_json() == before


def test_a_change_in_modern_gov_updates_only_what_it_owns(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                                          mapping: pathlib.Path, variant: Variant) -> None:
    with fresh(tmp_path) as reg:
        import_responses(reg, responses, mapping)
        # the clerk refines what ModernGov cannot say
        item = reg.agenda_items["manchester-item-18833"]
        item.kind = "horizon_scanning"
        item.save()
        m = reg.meetings["manchester-meeting-4967"]
        m.note = "Quorate."
        m.save()
        moved = variant("meeting_with_minutes.xml", ("<meetinglocation>Council Antechamber",
                                                     "<meetinglocation>Room 2006"))
        report = import_responses(reg, [responses[0], responses[1], moved, responses[3]], mapping)
        assert report.updated["meetings"] == 1 and report.added == {k: 0 for k in report.added}
        m = reg.meetings["manchester-meeting-4967"]
        assert m.location is not None and m.location.startswith("Room 2006")
        assert m.note == "Quorate."
        assert reg.agenda_items["manchester-item-18833"].kind == "horizon_scanning"
        assert find(report.not_understood, "agenda item 18833", 'kept as "horizon_scanning"')


def test_agenda_kinds_from_the_mapping(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                       mapping: pathlib.Path) -> None:
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["agenda_kinds"] = {"work programme": "horizon_scanning"}
    with fresh(tmp_path) as reg:
        report = import_responses(reg, responses, data)
        assert reg.agenda_items["manchester-item-18833"].kind == "horizon_scanning"
        assert not find(report.not_understood, "agenda item")


# ---------------------------------------------------------------------------
# variants of the real responses: what the importer handles


def test_agenda_tree_from_item_numbers(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                       mapping: pathlib.Path, variant: Variant) -> None:
    # a sub-item 12a, placed first in the response, goes under item 12
    sub = ("<agendaitem>\n      <agendaitemid>18840</agendaitemid>\n"
           "      <agendaitemtitle>Appendix: dates</agendaitemtitle>\n"
           "      <agendaitemnumber>12</agendaitemnumber>\n"
           "      <agendaitemsubnumber>a</agendaitemsubnumber>\n    </agendaitem>\n    ")
    path = variant("meeting_with_minutes.xml", ("<agendaitems>\n    <agendaitem>",
                                                "<agendaitems>\n    " + sub + "<agendaitem>"))
    with fresh(tmp_path) as reg:
        import_responses(reg, [responses[1], path], mapping)
        items = list(reg.meetings["manchester-meeting-4967"].agenda())
        assert [(i.id, i.position, i.parent_id) for i in items] == [
            ("manchester-item-18831", 1, None),
            ("manchester-item-18833", 2, None),
            ("manchester-item-18840", 3, "manchester-item-18833"),
        ]


def test_documents_deduplicated_by_url(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                       mapping: pathlib.Path, variant: Variant) -> None:
    # the work programme's item links the minutes' document as well
    path = variant("meeting_with_minutes.xml",
                   ("<linkeddocuments>\n        <linkeddoc>\n          <attachmentid>60909",
                    "<linkeddocuments>\n        <linkeddoc>\n          <attachmentid>60860</attachmentid>\n"
                    "          <title>Minutes again</title>\n"
                    "          <url>https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860</url>\n"
                    "        </linkeddoc>\n        <linkeddoc>\n          <attachmentid>60909"))
    with fresh(tmp_path) as reg:
        report = import_responses(reg, [responses[1], path], mapping)
        docs = list(reg.meetings["manchester-meeting-4967"].documents())
        assert [d.id for d in docs] == ["manchester-meeting-4967-doc-60860", "manchester-meeting-4967-doc-60909"]
        assert report.added["documents"] == 2
        assert find(report.notes, "1 link to a document already linked", "deduplicated by URL")


def test_html_encoded_twice_is_cleaned(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                       mapping: pathlib.Path, variant: Variant) -> None:
    path = variant("meeting_with_minutes.xml",
                   ("<agendaitemtitle>Work Programme", "<agendaitemtitle>Committee&amp;#39;s Work Programme"),
                   ("held on\n25 November 2025 as a correct record.",
                    "held on\n25 November 2025 as the Committee&amp;amp;#39;s correct record &amp;amp;amp; more."))
    with fresh(tmp_path) as reg:
        report = import_responses(reg, [responses[1], path], mapping)
        assert reg.agenda_items["manchester-item-18833"].title == "Committee's Work Programme"
        assert reg.agenda_items["manchester-item-18831"].outcome == (
            "To approve the minutes of the meeting held on 25 November 2025 as the Committee's correct "
            "record & more.")
        assert find(report.notes, "entity-encoded twice")


def test_clean_html_units() -> None:
    assert moderngov.clean_html("<p>One</p><p>Two &amp; three</p>") == ("One\nTwo & three", False)
    assert moderngov.clean_html("<p>Children&amp;#39;s</p>") == ("Children's", True)
    assert moderngov.clean_html("&lt;b&gt;Bold&lt;/b&gt;") == ("Bold", True)
    assert moderngov.parse_time("10.00 am") == "10:00"
    assert moderngov.parse_time("12.30 pm") == "12:30"
    assert moderngov.parse_time("12.15 am") == "00:15"
    assert moderngov.parse_time("2.00 pm") == "14:00"
    assert moderngov.parse_time("18:30") == "18:30"
    assert moderngov.parse_time("noon") is None and moderngov.parse_time("13.00 pm") is None
    assert moderngov.parse_date("09/03/2026") == datetime.date(2026, 3, 9)
    with pytest.raises(ValueError, match="no such day"):
        moderngov.parse_date("31/02/2024")
    with pytest.raises(ValueError, match="dd/mm/yyyy"):
        moderngov.parse_date("2024-02-01")


def test_compound_and_unknown_statuses(tmp_path: pathlib.Path, mapping: pathlib.Path, variant: Variant) -> None:
    path = variant("meetings.xml", ("<meetingstatus>Confirmed</meetingstatus>",
                                    "<meetingstatus>Confirmed; Budget Council</meetingstatus>"),
                   ("<meetingstatus>Cancelled</meetingstatus>", "<meetingstatus>Moved</meetingstatus>"))
    with fresh(tmp_path) as reg:
        report = import_responses(reg, [path], mapping)
        m = reg.meetings["manchester-meeting-4967"]
        assert m.status == "confirmed" and m.note == "ModernGov status: Confirmed; Budget Council"
        assert find(report.not_understood, '"Confirmed; Budget Council" is compound', "read as confirmed")
        assert "manchester-meeting-4966" not in reg.meetings
        assert find(report.not_understood, f"meetings.xml:{line_of(path, '<meetingstatus>Moved')}",
                    '"Moved"', "meeting is skipped")


def test_attendance_words(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path,
                          seats: pathlib.Path, variant: Variant) -> None:
    others = ('<attendee membertype="U" memberid="7" name="Councillor A" attendance="Apologies" />\n'
              '    <attendee membertype="U" memberid="8" name="Councillor B" attendance="Tentative" />\n'
              '    <attendee membertype="U" memberid="9" name="Officer C" attendance="In attendance" />\n'
              '    <attendee membertype="U" memberid="192"')
    path = variant("meeting_with_minutes.xml", ('attendance="Expected"', 'attendance="Apologies"'),
                   ('<attendee membertype="U" memberid="192"', others))
    with fresh(tmp_path) as reg:
        reg.import_file(str(seats))
        report = import_responses(reg, [responses[1], path], mapping)
        att = list(reg.meetings["manchester-meeting-4967"].attendance())
        assert [(a.membership_id, a.status) for a in att] == [("manchester-audit-curley", "apologies")]
        assert report.unchanged["partnerships"] == 1 and report.added["partnerships"] == 0
        assert find(report.skipped, "member 7 Councillor A", "not mapped to a seat")
        assert find(report.skipped, "member 9 Officer C", "In attendance")
        assert find(report.not_understood, 'attendance "Tentative" for 1 attendee', "member 8")


def test_virtual_attendance_only_as_the_mapping_says(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                                     mapping: pathlib.Path, seats: pathlib.Path,
                                                     variant: Variant) -> None:
    path = variant("meeting_with_minutes.xml", ('attendance="Expected"', 'attendance="Present, virtual"'))
    with fresh(tmp_path) as reg:
        reg.import_file(str(seats))
        report = import_responses(reg, [responses[1], path], mapping)
        assert len(reg.attendances) == 0
        assert find(report.not_understood, 'attendance "Present, virtual" for 1 attendee', "member 192")
        data = json.loads(mapping.read_text(encoding="utf-8"))
        data["attendance_words"] = {"Present, virtual": "present"}
        report = import_responses(reg, [responses[1], path], data)
        assert [a.status for a in reg.attendances] == ["present"]
        assert not find(report.not_understood, "attendance \"")


def test_get_meeting_alone_is_skipped(tmp_path: pathlib.Path, corpus: Dict[str, pathlib.Path],
                                      mapping: pathlib.Path) -> None:
    with fresh(tmp_path) as reg:
        report = import_responses(reg, [corpus["meeting_with_minutes.xml"]], mapping)
        assert len(reg.meetings) == 0
        assert find(report.skipped, "meeting 4967", "no GetMeetings response")
    # with its GetMeetings response, but the committee not mapped
    other = {"committees": {"312": {"partnership": "appointments", "kind": "other"}}}
    with fresh(tmp_path, "other.csp") as reg:
        report = import_responses(reg, [corpus["meetings.xml"], corpus["meeting_with_minutes.xml"]], other)
        assert len(reg.meetings) == 0 and len(reg.partnerships) == 0
        assert find(report.skipped, "committee 144", "not in the mapping", "with its 2 meetings")
        assert find(report.skipped, "meeting_with_minutes.xml:2: meeting 4967", "committee 144 is not in the mapping")
        assert find(report.skipped, "committee 312", "not created")


# ---------------------------------------------------------------------------
# located errors, the register unchanged


@pytest.fixture
def imported(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path) -> libcsp.Register:
    reg = fresh(tmp_path, "err.csp")
    import_responses(reg, responses, mapping)
    return reg


def _refused(reg: libcsp.Register, files: List[pathlib.Path], mapping: Any) -> ModernGovError:
    before = reg.export_json()
    with pytest.raises(ModernGovError) as info:
        import_responses(reg, files, mapping)
    assert reg.export_json() == before
    assert not reg.in_transaction
    return info.value


def test_malformed_xml_names_file_and_line(imported: libcsp.Register, responses: List[pathlib.Path],
                                           mapping: pathlib.Path, variant: Variant) -> None:
    path = variant("meeting_with_minutes.xml", ("</agendaitemtitle>", "</agendatitle>"))
    e = _refused(imported, [responses[1], path], mapping)
    line = line_of(path, "</agendatitle>")
    assert (e.file, e.line, e.element) == (str(path), line, "<agendaitemtitle>")
    assert str(e).startswith(f"{path}:{line}: <agendaitemtitle>: malformed XML: mismatched tag")


def test_bad_date_names_element_and_line(imported: libcsp.Register, responses: List[pathlib.Path],
                                         mapping: pathlib.Path, variant: Variant) -> None:
    # a later meeting of the same committee, on a day that does not exist
    path = variant("meetings.xml", ("<meetingdate>10/02/2026</meetingdate>", "<meetingdate>31/02/2024</meetingdate>"))
    e = _refused(imported, [path, responses[2]], mapping)
    assert (e.line, e.element) == (line_of(path, "<meetingdate>31/02/2024"), "<meetingdate>")
    assert str(e) == (f"{path}:{e.line}: <meetingdate>: bad date \"31/02/2024\": there is no such day "
                      "(dd/mm/yyyy)")


def test_missing_element_and_bad_mapping(imported: libcsp.Register, responses: List[pathlib.Path],
                                         mapping: pathlib.Path, variant: Variant, tmp_path: pathlib.Path) -> None:
    path = variant("meeting_with_minutes.xml", ("<meetingid>4967</meetingid>", ""))
    e = _refused(imported, [responses[1], path], mapping)
    assert e.element == "<meeting>" and e.line == line_of(path, "<meeting>")
    assert "missing required element <meetingid>" in str(e)

    bad = json.loads(mapping.read_text(encoding="utf-8"))
    bad["committees"]["144"]["kind"] = "committee"
    e = _refused(imported, responses, bad)
    assert e.element == "committees.144.kind" and "unknown partnership kind" in str(e)

    # a record libcsp refuses, named at its element: a GSS code that is not one
    bad["committees"]["144"].update(kind="other", partnership="manchester-audit-2", area_code="E1")
    e = _refused(imported, responses, bad)
    assert e.element == "committees.144" and "area_code" in str(e)

    # not a ModernGov response at all
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?>\n<html/>\n", encoding="utf-8")
    e = _refused(imported, [responses[1], other], mapping)
    assert (e.line, e.element) == (2, "<html>")


# ---------------------------------------------------------------------------
# the command lines: python3 -m libcsp.moderngov and cspctl import-moderngov


def run(args: List[str], **env: str) -> "subprocess.CompletedProcess[str]":
    environ = dict(os.environ, CSPCTL_PYTHON=sys.executable)
    environ.update(env)
    return subprocess.run(args, capture_output=True, text=True, env=environ, timeout=120, check=False)


def export(cspctl: str, register: pathlib.Path) -> str:
    out = run([cspctl, "export", str(register)])
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_python_command_line(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path) -> None:
    reg = tmp_path / "py.csp"
    out = run([sys.executable, "-m", "libcsp.moderngov", str(reg), "--mapping", str(mapping),
               *map(str, responses)])
    assert out.returncode == 0, out.stderr
    assert "  meetings: 2 (2 added, 0 updated, 0 unchanged)" in out.stdout
    with libcsp.Register(str(reg)) as r:
        assert len(r.meetings) == 2


def test_cspctl_import_moderngov(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path,
                                 cspctl: str, variant: Variant) -> None:
    reg = tmp_path / "cli.csp"
    args = [cspctl, "import-moderngov", str(reg), "--mapping", str(mapping), *map(str, responses)]
    first = run(args)
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    # the same report as the Python API gives
    with fresh(tmp_path, "api.csp") as api:
        assert first.stdout.rstrip("\n") == str(import_responses(api, responses, mapping))
    before = export(cspctl, reg)
    assert '"id": "manchester-meeting-4967"' in before

    second = run(args)
    assert second.returncode == 0, second.stderr
    assert "  meetings: 2 (0 added, 0 updated, 2 unchanged)" in second.stdout
    assert export(cspctl, reg) == before

    # a bad date: exit 1, one line naming the file, line and element; the register unchanged
    bad = variant("meetings.xml", ("<meetingdate>13/01/2026</meetingdate>", "<meetingdate>31/02/2024</meetingdate>"))
    out = run([cspctl, "import-moderngov", str(reg), "--mapping", str(mapping), str(bad), str(responses[2])])
    assert out.returncode == 1 and out.stdout == ""
    line = line_of(bad, "<meetingdate>31/02/2024")
    assert out.stderr == (f"cspctl import-moderngov: {bad}:{line}: <meetingdate>: bad date \"31/02/2024\": "
                          "there is no such day (dd/mm/yyyy)\n")
    assert export(cspctl, reg) == before
    new = tmp_path / "new.csp"  # a bad response creates no register
    out = run([cspctl, "import-moderngov", str(new), "--mapping", str(mapping), str(bad), str(responses[2])])
    assert out.returncode == 1 and not new.exists()

    # malformed XML, likewise
    broken = variant("meeting_no_minutes.xml", ("</meetinglocation>", "</meetingplace>"))
    out = run([cspctl, "import-moderngov", str(reg), "--mapping", str(mapping), str(responses[1]), str(broken)])
    assert out.returncode == 1 and len(out.stderr.splitlines()) == 1
    assert f"{broken}:{line_of(broken, '</meetingplace>')}: <meetinglocation>: malformed XML" in out.stderr
    assert export(cspctl, reg) == before

    # usage errors: exit 2, one line
    out = run([cspctl, "import-moderngov", str(reg), str(responses[0])])
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1
    assert "--mapping" in out.stderr and out.stderr.startswith("cspctl import-moderngov: ")
    out = run([cspctl, "import-moderngov"])
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1


def test_cspctl_help_and_missing_python(tmp_path: pathlib.Path, responses: List[pathlib.Path],
                                        mapping: pathlib.Path, cspctl: str) -> None:
    out = run([cspctl, "import-moderngov", "--help"])
    assert out.returncode == 0 and "needs the libcsp Python binding" in out.stdout
    assert "import-moderngov" in run([cspctl, "--help"]).stdout

    args = [cspctl, "import-moderngov", str(tmp_path / "x.csp"), "--mapping", str(mapping), str(responses[0])]
    out = run(args, CSPCTL_PYTHON=str(tmp_path / "no-such-python"))
    assert out.returncode == 1 and len(out.stderr.splitlines()) == 1
    assert "cannot run" in out.stderr and "CSPCTL_PYTHON" in out.stderr

    # a python without the binding says so in one line
    out = run(args, PYTHONPATH=str(tmp_path))
    assert out.returncode == 1 and len(out.stderr.splitlines()) == 1
    assert "needs the libcsp Python binding" in out.stderr
    assert not (tmp_path / "x.csp").exists()


def test_dry_run_writes_nothing(tmp_path: pathlib.Path, responses: List[pathlib.Path], mapping: pathlib.Path) -> None:
    with fresh(tmp_path) as reg:
        before = reg.export_json()
        report = import_responses(reg, responses, mapping, dry_run=True)
        assert isinstance(report, Report) and report.added["meetings"] == 2 and report.dry_run
        assert reg.export_json() == before
