"""Every page of the web application through Flask's test client."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any, List, Optional, Tuple

import libcsp

from conftest import AS_OF, SEP, webapp


def text(response: Any) -> str:
    """The page as text, entities decoded and whitespace collapsed."""
    body = re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))
    return re.sub(r"\s+", " ", html.unescape(body))


def section(response: Any, name: str) -> str:
    """The text of one <section id=...> of a page."""
    page = response.get_data(as_text=True)
    m = re.search(rf'<section id="{name}">(.*?)</section>', page, re.S)
    assert m, f"no section {name}"
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))))


def test_home_groups_partnerships_by_area(client: Any) -> None:
    r = client.get("/")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    areas = re.findall(r"<h2>([^<]+)</h2>", page)
    assert areas == sorted(areas) and {"Ealing", "Hackney", "Westminster"} <= set(areas)
    # each partnership of the register is linked once, under its area
    with libcsp.Register(client.application.config["CSP_REGISTER"], readonly=True) as reg:
        for p in reg.partnerships:
            assert page.count(f'href="/partnerships/{p.id}"') == 1, p.id
    ealing = page[page.index("<h2>Ealing</h2>"):page.index("<h2>Hackney</h2>")]
    assert "Safer Ealing Partnership" in ealing and "Community safety partnership" in ealing


def test_output_is_escaped(client: Any, register_path: Any) -> None:
    with libcsp.Register(register_path) as reg:
        reg.partnerships.add(libcsp.Partnership("evil", "<script>alert(1)</script> & co", "other", area="Ealing"))
    page = client.get("/").get_data(as_text=True)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "<script>" not in client.get("/partnerships/evil").get_data(as_text=True)


def test_partnership_page_sections(client: Any) -> None:
    r = client.get(f"/partnerships/{SEP}?as_of={AS_OF}")
    assert r.status_code == 200
    seats = section(r, "seats")
    assert "Seats on 30 June 2024" in seats
    assert "Jasbir Anand, cabinet member for tackling inequality Chair" in seats
    assert "police west area BCU commander" in seats
    # the seat that ended in 2023 is not in the table, but listed below it
    table, _, details = seats.partition("not in post on this date")
    assert "former borough commander" not in table and "former borough commander" in details

    duties = section(r, "duties")
    assert "Serious Violence Duty" in duties
    assert "held by this partnership" in duties          # a duty holding of the example data
    assert "owed by every community safety partnership" in duties
    assert "Police, Crime, Sentencing and Courts Act 2022 s8" in duties   # the legal source
    assert "March 2020" in duties                         # the partnership plan's discharge

    page = r.get_data(as_text=True)
    strategies = section(r, "strategies")
    assert "Serious Violence Duty strategy" in strategies and "SEP strategy 2020-2023" in strategies
    assert re.search(r'<span class="kind">Theme</span> Analysis and enforcement\s*'
                     r'<span class="muted">\(1 of 2 actions done\)</span>', page), "progress of an element"

    meetings = section(r, "meetings")
    assert meetings.index("13 June 2024") < meetings.index("14 March 2024")      # latest first
    row_march = re.search(r'<tr id="meeting-sep-2024-03">(.*?)</tr>', page, re.S).group(1)
    row_june = re.search(r'<tr id="meeting-sep-2024-06">(.*?)</tr>', page, re.S).group(1)
    assert "Yes" in row_march and "(5 present)" in row_march      # quorum 4, five present
    assert ">No<" in row_june and "(1 present)" in row_june        # one present, one apologies
    assert "Not known" in re.search(r'<tr id="meeting-sep-2024-09">(.*?)</tr>', page, re.S).group(1)

    actions = section(r, "actions")
    assert "Refresh the anti-social behaviour plan" in actions
    assert "Agree the information sharing protocol" not in actions               # done
    assert "1 action done, cancelled or superseded not shown" in actions
    row1 = re.search(r'<tr id="action-sep-act-1" class="overdue">(.*?)</tr>', page, re.S)
    assert row1 and "Overdue" in row1.group(1) and "rag-red" in row1.group(1)
    assert "Ealing Council: Jasbir Anand, cabinet member for tackling inequality (Chair)" in row1.group(1)
    row2 = re.search(r'<tr id="action-sep-act-2">(.*?)</tr>', page, re.S).group(1)
    assert "Overdue" not in row2 and "In progress" in row2 and "Data from the police" in row2

    risks = section(r, "risks")
    assert risks.index("Serious violence data not shared") < risks.index("Funding for the youth")
    assert "16" in risks and "Monthly analyst meeting" in risks

    compliance = section(r, "compliance")
    assert "Compliance report as of 30 June 2024" in compliance
    for family in ("Membership", "Duties and plans", "Meetings", "Actions"):
        assert f"<h3>{family}</h3>" in page
    assert "CSP-MEM-001" in compliance and "Crime and Disorder Act 1998 s5(1)" in compliance
    with libcsp.Register(client.application.config["CSP_REGISTER"], readonly=True) as reg:
        findings = reg.check(AS_OF, partnership=SEP)
    assert page.count('<tr class="finding ') == len(findings)
    not_met = sum(1 for f in findings if f.result is libcsp.Result.NOT_MET)
    assert f"{not_met} not met" in compliance and not_met > 0
    assert "Not met" in compliance and "Met" in compliance and "Not shown" in compliance


def test_date_changes_seats_and_report(client: Any) -> None:
    r = client.get(f"/partnerships/{SEP}?as_of=2023-06-30")
    assert r.status_code == 200
    table = section(r, "seats").partition("not in post on this date")[0]
    assert "former borough commander" in table          # in post in 2023
    assert "Compliance report as of 30 June 2023" in section(r, "compliance")
    assert 'value="2023-06-30"' in r.get_data(as_text=True)   # the date input keeps the date
    # the overdue flag follows the date too: sep-act-1 is not overdue in May 2024
    page = client.get(f"/partnerships/{SEP}?as_of=2024-05-01").get_data(as_text=True)
    assert '<tr id="action-sep-act-1">' in page


def test_bad_date_is_refused_with_the_libcsp_message(client: Any) -> None:
    r = client.get(f"/partnerships/{SEP}?as_of=2023-02-30")
    assert r.status_code == 400
    assert "2023-02 has 28 days" in text(r)
    assert 'id="compliance"' not in r.get_data(as_text=True)
    r = client.get(f"/partnerships/{SEP}?as_of=2024-06")          # the check needs a full date
    assert r.status_code == 400 and "That date cannot be used" in text(r)


def test_other_partnerships_render(client: Any, register_path: Any) -> None:
    with libcsp.Register(register_path, readonly=True) as reg:
        ids = [p.id for p in reg.partnerships]
    for pid in ids:
        r = client.get(f"/partnerships/{pid}?as_of={AS_OF}")
        assert r.status_code == 200, pid


def test_form_pages(client: Any) -> None:
    r = client.get("/actions/sep-act-1/update")
    assert r.status_code == 200
    assert "Refresh the anti-social behaviour plan" in text(r) and 'name="date"' in r.get_data(as_text=True)
    r = client.get("/meetings/sep-2024-03/attendance")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    # one row per seat of the partnership (ended ones too, marked), the recorded statuses selected
    with libcsp.Register(client.application.config["CSP_REGISTER"], readonly=True) as reg:
        n = reg.memberships.where("partnership", "==", SEP).count()
    assert page.count('name="status-') == n and page.count('name="substitute-') == n
    row = re.search(r'<tr id="seat-ealing-sep-chair"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert '<option value="present" selected>' in row
    former = re.search(r'<tr id="seat-ealing-sep-fire-former"[^>]*>(.*?)</tr>', page, re.S).group(1)
    assert "until 31 December 2023" in former


def test_not_found(client: Any) -> None:
    assert client.get("/partnerships/no-such").status_code == 404
    assert client.get("/actions/no-such/update").status_code == 404
    r = client.get("/meetings/no-such/attendance")
    assert r.status_code == 404 and "no-such" in text(r)


def test_static_css(client: Any) -> None:
    r = client.get("/static/style.css")
    assert r.status_code == 200 and b".badge" in r.data


def test_readonly_app_offers_no_forms(register_path: Any) -> None:
    app = webapp.create_app(register_path, readonly=True)
    with app.test_client() as c:
        page = c.get(f"/partnerships/{SEP}?as_of={AS_OF}").get_data(as_text=True)
        assert "Add an update" not in page and "Record attendance" not in page
        assert c.get("/actions/sep-act-1/update").status_code == 403
        r = c.post("/actions/sep-act-1/update", data={"date": "2024-06-20"})
        assert r.status_code == 403 and "read-only" in text(r)


def test_create_app_refuses_a_missing_or_foreign_file(tmp_path: Any) -> None:
    import pytest

    with pytest.raises(FileNotFoundError):
        webapp.create_app(tmp_path / "missing.csp")
    other = tmp_path / "notes.txt"
    other.write_text("not a register\n" * 100)
    with pytest.raises(libcsp.Error):
        webapp.create_app(other)


class TreeItems(HTMLParser):
    """The items of a page's nested lists: (depth, text before any list inside it)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.items: List[List[Any]] = []
        self.current: Optional[List[Any]] = None

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "ul" and ("class", "tree") in attrs:
            self.depth += 1
            self.current = None
        elif tag == "li" and self.depth:
            self.current = [self.depth, ""]
            self.items.append(self.current)

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul" and self.depth:
            self.depth -= 1
        self.current = None if tag == "li" else self.current

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current[1] += data

    def result(self) -> List[Tuple[int, str]]:
        return [(d, re.sub(r"\s+", " ", t).strip()) for d, t in self.items]


def test_strategy_tree_is_nested(client: Any) -> None:
    """Westminster's strategy has elements under elements: a list inside the parent's item."""
    parser = TreeItems()
    parser.feed(client.get(f"/partnerships/westminster-swp?as_of={AS_OF}").get_data(as_text=True))
    items = parser.result()
    victim = next(i for i, (_, t) in enumerate(items) if t == "Delivery group Victim delivered by Victim delivery group")
    depth = items[victim][0]
    under = []
    for d, t in items[victim + 1:]:
        if d <= depth:
            break
        under.append((d, t))
    assert under[0] == (depth + 1, "Aim Identify and work with repeat victims to reduce their vulnerability")
    with libcsp.Register(client.application.config["CSP_REGISTER"], readonly=True) as reg:
        children = [f"{e.kind.label} {e.title}" for e in reg.elements["westminster-swp-2017-20-victim"].children()]
    assert len(children) >= 5
    assert under == [(depth + 1, t) for t in children]                  # its children, in order, one level down
