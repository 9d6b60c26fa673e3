#!/usr/bin/env python3
"""A small web application over a libcsp register: the partnerships of a
council's area, each partnership's seats, duties, strategies, meetings,
actions, risks and compliance report, and two forms (a meeting's attendance,
an action's progress update).

    python3 examples/webapp/app.py council.csp [--port 8080] [--host 127.0.0.1] [--readonly]

Every read and write goes through libcsp's Python binding (never SQLite
directly): the register is opened for each request, each form is written in
one libcsp transaction (which takes the file's write lock, waiting up to the
busy timeout for another writer), and what libcsp refuses is shown on the
form with its located message, the user's input kept.

There is no authentication: see README.md ("Deploying it") before putting it
anywhere but a trusted desktop.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import os
import pathlib
import sys
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, TypeVar, Union

from flask import Flask, abort, current_app, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

import libcsp

HERE = pathlib.Path(__file__).resolve().parent

#: How long a request waits for another writer's lock before giving up (seconds).
DEFAULT_BUSY_TIMEOUT = 10.0

#: Action statuses that count as open (still to be done).
OPEN_STATUSES = (libcsp.ActionStatus.OPEN, libcsp.ActionStatus.IN_PROGRESS)

T = TypeVar("T")
DateValue = Union[datetime.date, libcsp.PartialDate, str, None]


# ---------------------------------------------------------------------------
# Presentation helpers (also Jinja filters)
# ---------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def nice_date(value: Any) -> str:
    """A date as people read it: "14 March 2024", "March 2024", "2024"; "" for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = libcsp.parse_date(value)
        except (ValueError, libcsp.Error):
            return value
    if isinstance(value, libcsp.PartialDate):
        return f"{_MONTHS[value.month - 1]} {value.year}" if value.month else str(value.year)
    if isinstance(value, datetime.date):
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    return str(value)


def label(value: Any) -> str:
    """An enum member's label for people ("Vice-chair"); other values as text, None as ""."""
    if value is None:
        return ""
    text = getattr(value, "label", None)
    return str(text) if text else str(value)


def by_date(items: Iterable[T], key: Callable[[T], DateValue], descending: bool = False) -> List[T]:
    """Sorts records by a date field as libcsp orders dates (undated ones last)."""
    def cmp(a: T, b: T) -> int:
        da, db = key(a), key(b)
        if da is None or db is None:
            return (da is None) - (db is None)
        c = libcsp.compare_dates(da, db)
        return -c if descending else c
    return sorted(items, key=functools.cmp_to_key(cmp))


def _not_after(a: DateValue, b: DateValue) -> bool:
    """Whether date a is on or before date b (a partial date may overlap)."""
    if a is None or b is None:
        return True
    return libcsp.compare_dates(a, b) <= 0 or libcsp.dates_overlap(a, b)


# ---------------------------------------------------------------------------
# The register, one per request
# ---------------------------------------------------------------------------


def get_register() -> libcsp.Register:
    """The register of this request: opened at first use, closed when the request ends."""
    reg = g.get("csp_register")
    if reg is None:
        reg = libcsp.Register(current_app.config["CSP_REGISTER"], create=False,
                              readonly=current_app.config["CSP_READONLY"], check=False,
                              busy_timeout=current_app.config["CSP_BUSY_TIMEOUT"])
        g.csp_register = reg
    return reg


def _close_register(_exc: Optional[BaseException]) -> None:
    reg = g.pop("csp_register", None)
    if reg is not None:
        reg.close()


def _get_or_404(collection: Any, what: str, record_id: str) -> Any:
    """The record with this id, or a 404 page naming what was not found."""
    try:
        return collection[record_id]
    except libcsp.NotFoundError:
        abort(404, description=f"No {what} with id {record_id!r} in this register.")


class Seat:
    """A seat as a page shows it: who sits, for which body, in which role."""

    def __init__(self, m: libcsp.Membership, organisation: str, person: Optional[str],
                 on_behalf_of: Optional[str]) -> None:
        self.id = m.id
        self.role = m.role
        self.post = m.post
        self.organisation = organisation
        self.person = person
        self.on_behalf_of = on_behalf_of
        self.start_date = m.start_date
        self.end_date = m.end_date
        self.membership = m

    @property
    def who(self) -> str:
        """The person (and post), else the post, else "(not named)"."""
        if self.person:
            return self.person + (f", {self.post}" if self.post else "")
        return self.post or "(not named)"

    @property
    def short(self) -> str:
        """One line: "Ealing Council: Jasbir Anand (Chair)"; the body alone when nobody is named."""
        role = "" if self.role == libcsp.Role.MEMBER else f" ({label(self.role)})"
        who = f": {self.who}" if self.person or self.post else ""
        return f"{self.organisation}{who}{role}"

    def in_force(self, date: Any) -> bool:
        return bool(self.membership.in_force(date))


def seats_of(reg: libcsp.Register, partnership_id: str) -> List[Seat]:
    """Every seat of a partnership, with the names its references name (one query)."""
    out = []
    for m in reg.memberships.where("partnership", "==", partnership_id).with_names():
        out.append(Seat(m, m.ref_name("organisation") or m.organisation_id, m.ref_name("person"),
                        m.ref_name("on_behalf_of")))
    role_order = {r: i for i, r in enumerate(libcsp.Role)}
    out.sort(key=lambda s: (role_order.get(s.role, 99), s.organisation, s.who))
    return out


# ---------------------------------------------------------------------------
# What the partnership page reads
# ---------------------------------------------------------------------------


def duties_of(reg: libcsp.Register, p: libcsp.Partnership, as_of: str) -> List[Dict[str, Any]]:
    """The duties owed by the partnership's kind (docs/duties.md: a duty falls on the kinds
    in its ``applies_to``, in its ``areas`` if it names any, from its commencement to its
    ``ends_on``) and those it holds (duty holdings), each with its latest discharge."""
    holdings: Dict[str, List[libcsp.DutyHolding]] = {}
    for h in p.duty_holdings():
        holdings.setdefault(h.duty_id, []).append(h)
    discharges: Dict[str, List[libcsp.Discharge]] = {}
    for d in p.discharges():
        discharges.setdefault(d.duty_id, []).append(d)
    rows = []
    for duty in reg.duties:
        areas = duty.areas
        # The law's duties (built in) fall on every partnership of their kinds; a
        # local duty (recorded by one partnership) falls only on whoever holds it.
        owed = duty.builtin and p.kind in duty.applies_to and (not areas or (p.area or "") in areas)
        held = holdings.get(duty.id, [])
        if not owed and not held:
            continue
        why: List[str] = []
        if owed:
            why.append(f"owed by every {label(p.kind).lower()}" + (f" in {', '.join(areas)}" if areas else ""))
        for h in held:
            span = ""
            if h.start_date or h.end_date:
                span = f" from {nice_date(h.start_date) or '?'}" + (f" to {nice_date(h.end_date)}" if h.end_date else "")
            why.append(f"held by this partnership{span}" + ("" if h.in_force(as_of) else " (not in force on the date)"))
        commenced = _not_after(duty.commencement, as_of)
        ended = duty.ends_on is not None and not _not_after(as_of, duty.ends_on)
        last = by_date(discharges.get(duty.id, []), lambda d: d.discharged_on, descending=True)
        rows.append({
            "duty": duty,
            "why": why,
            "in_force": commenced and not ended,
            "commencement": duty.commencement,
            "ends_on": duty.ends_on,
            "last_discharge": last[0] if last else None,
            "discharges": len(last),
        })
    return rows


def strategy_trees(p: libcsp.Partnership) -> List[Dict[str, Any]]:
    """Each strategy of the partnership with its elements as a nested tree."""
    out = []
    for s in p.strategies():
        elements = list(s.elements())
        children: Dict[Optional[str], List[libcsp.Element]] = {}
        for e in elements:
            children.setdefault(e.parent_id, []).append(e)
        progress = {e.id: e.progress() for e in elements}

        def node(e: libcsp.Element) -> Dict[str, Any]:
            return {"element": e, "progress": progress[e.id], "children": [node(c) for c in children.get(e.id, [])]}

        out.append({"strategy": s, "tree": [node(e) for e in children.get(None, [])], "count": len(elements)})
    return out


def compliance(reg: libcsp.Register, pid: str, as_of: str) -> Tuple[List[Tuple[Any, List[libcsp.Finding]]], Dict[str, int]]:
    """The checker's findings for one partnership as of a date, grouped by rule family
    (in the catalogue's order), and how many of each result."""
    findings = reg.check(as_of, partnership=pid)
    groups: Dict[Any, List[libcsp.Finding]] = {}
    counts = {r.value: 0 for r in libcsp.Result}
    for f in findings:
        groups.setdefault(f.family, []).append(f)
        counts[f.result.value] += 1
    order = {fam: i for i, fam in enumerate(libcsp.RuleFamily)}
    return sorted(groups.items(), key=lambda kv: order.get(kv[0], 99)), counts


# ---------------------------------------------------------------------------
# Writes
# ---------------------------------------------------------------------------


def _next_id(collection: Any, base: str) -> str:
    """The first of base, base.2, base.3 ... not taken (called inside the write transaction)."""
    candidate, n = base, 1
    while candidate in collection:
        n += 1
        candidate = f"{base}.{n}"
    return candidate


def add_action_update(reg: libcsp.Register, action_id: str, form: Mapping[str, str]) -> libcsp.ActionUpdate:
    """Adds a progress update to an action from the form's date, status, RAG and note, in one
    transaction. When the update is the action's latest by date, its status and RAG become
    the action's. Raises the libcsp exception when libcsp refuses (the register unchanged)."""
    date = form.get("date", "").strip()
    status = form.get("status", "").strip()
    rag = form.get("rag", "").strip()
    note = form.get("note", "").replace("\r\n", "\n").strip()
    with reg.transaction():
        action = reg.actions[action_id]  # read inside the transaction: the latest state
        previous = list(action.updates())
        uid = _next_id(reg.action_updates, f"{action_id}.u{len(previous) + 1}")
        update = libcsp.ActionUpdate(uid, action_id, date, status=status or None, rag=rag or None,
                                     note=note or None)
        reg.action_updates.add(update)
        latest = all(libcsp.compare_dates(update.date, u.date) >= 0 for u in previous)
        if latest and (status or rag):
            if status:
                action.status = status
            if rag:
                action.rag = rag
            action.save()
    return update


class AttendanceRefused(Exception):
    """libcsp refused one seat's attendance record: the seat and libcsp's exception."""

    def __init__(self, seat_id: str, error: libcsp.Error) -> None:
        super().__init__(str(error))
        self.seat_id = seat_id
        self.error = error


def record_attendance(reg: libcsp.Register, meeting: libcsp.Meeting, seats: List[Seat],
                      form: Mapping[str, str]) -> int:
    """Records the meeting's attendance from the form (``status-SEAT``: present, apologies,
    absent or "" for not recorded; ``substitute-SEAT``: a person id or ""), all seats in one
    transaction. Returns how many seats are recorded. Raises AttendanceRefused when libcsp
    refuses a seat's record (nothing is written)."""
    recorded = 0
    with reg.transaction():
        existing = {a.membership_id: a for a in meeting.attendance()}
        for seat in seats:
            status = form.get(f"status-{seat.id}", "").strip()
            substitute = form.get(f"substitute-{seat.id}", "").strip() or None
            current = existing.get(seat.id)
            try:
                if not status:
                    if current is not None:
                        reg.attendances.delete(current.id)
                    continue
                if current is None:
                    aid = _next_id(reg.attendances, f"{meeting.id}.{seat.id}")
                    reg.attendances.add(libcsp.Attendance(aid, meeting.id, seat.id, status, substitute=substitute))
                else:
                    current.status = status
                    current.substitute_id = substitute
                    current.save()
                recorded += 1
            except libcsp.Error as exc:
                raise AttendanceRefused(seat.id, exc) from exc
    return recorded


# ---------------------------------------------------------------------------
# The application
# ---------------------------------------------------------------------------


def _today() -> str:
    return datetime.date.today().isoformat()


def create_app(register_path: Union[str, "os.PathLike[str]"], *, readonly: bool = False,
               busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Flask:
    """The Flask application over the register file at ``register_path``.

    The file must exist and be a register (it is opened once here, with SQLite's quick
    check, so that a wrong path fails at start rather than on the first page). With
    ``readonly`` the register is opened read-only and the forms are not offered.
    ``busy_timeout`` is how long a write waits for another writer (seconds)."""
    path = os.fspath(register_path)
    if not os.path.isfile(path):
        raise FileNotFoundError(f"{path}: no such register file")
    with libcsp.Register(path, create=False, readonly=True):
        pass  # raises NotARegisterError, VersionError, CorruptError ... with the path

    app = Flask(__name__, template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    app.config.update(CSP_REGISTER=path, CSP_READONLY=bool(readonly), CSP_BUSY_TIMEOUT=float(busy_timeout),
                      CSP_REGISTER_NAME=os.path.basename(path))
    app.teardown_appcontext(_close_register)
    app.add_template_filter(nice_date, "nice_date")
    app.add_template_filter(label, "label")

    @app.context_processor
    def _globals() -> Dict[str, Any]:
        return {"readonly": app.config["CSP_READONLY"], "register_name": app.config["CSP_REGISTER_NAME"],
                "Result": libcsp.Result}

    def _writable() -> None:
        if app.config["CSP_READONLY"]:
            abort(403, description="This register is opened read-only: forms are switched off.")

    @app.route("/")
    def index() -> str:
        reg = get_register()
        today = _today()
        areas: Dict[str, List[Dict[str, Any]]] = {}
        names = {p.id: p.name for p in reg.partnerships}
        for p in reg.partnerships:
            seats = reg.memberships.where("partnership", "==", p.id)
            areas.setdefault(p.area or "Area not recorded", []).append({
                "p": p,
                "parent": names.get(p.parent_id) if p.parent_id else None,
                "seats": seats.where_in_force(today).count(),
            })
        groups = sorted(areas.items(), key=lambda kv: (kv[0] == "Area not recorded", kv[0]))
        for _, items in groups:
            items.sort(key=lambda i: i["p"].name)
        return render_template("index.html", groups=groups, today=today)

    @app.route("/partnerships/<pid>")
    def partnership(pid: str) -> Union[str, Tuple[str, int]]:
        reg = get_register()
        p = _get_or_404(reg.partnerships, "partnership", pid)
        as_of = request.args.get("as_of", "").strip() or _today()
        try:
            groups, counts = compliance(reg, pid, as_of)
        except libcsp.Error as exc:
            return render_template("partnership.html", p=p, as_of=as_of, date_error=str(exc)), 400
        seats = seats_of(reg, pid)
        in_force = [s for s in seats if s.in_force(as_of)]
        other_seats = [s for s in seats if not s.in_force(as_of)]
        seat_names = {s.id: s.short for s in seats}
        meetings = []
        for m in by_date(p.meetings(), lambda m: m.date, descending=True):
            meetings.append({"m": m, "quorum": m.quorum(), "recorded": sum(1 for _ in m.attendance())})
        overdue = {a.id for a in reg.actions.overdue(as_of, partnership=pid)}
        actions = []
        closed = 0
        for a in by_date(p.actions(), lambda a: a.due_on):
            if a.status not in OPEN_STATUSES:
                closed += 1
                continue
            updates = by_date(a.updates(), lambda u: u.date, descending=True)
            actions.append({"a": a, "overdue": a.id in overdue, "champion": seat_names.get(a.champion_id or "", ""),
                            "last_update": updates[0] if updates else None})
        risks = [{"r": r, "owner": seat_names.get(r.owner_id or "", "")} for r in reg.risks.by_score(pid)]
        related = {
            "parent": p.parent, "accountable_to": p.accountable_to, "scrutinised_by": p.scrutinised_by,
            "children": list(p.children()),
        }
        saved = request.args.get("saved", "")
        return render_template(
            "partnership.html", p=p, as_of=as_of, date_error=None, seats=in_force, other_seats=other_seats,
            duties=duties_of(reg, p, as_of), strategies=strategy_trees(p), meetings=meetings, actions=actions,
            closed_actions=closed, risks=risks, groups=groups, counts=counts, related=related, saved=saved,
            saved_id=request.args.get("id", ""))

    @app.route("/actions/<aid>/update", methods=["GET", "POST"])
    def action_update(aid: str) -> Union[str, Response, Tuple[str, int]]:
        _writable()
        reg = get_register()
        action = _get_or_404(reg.actions, "action", aid)
        form: Dict[str, str] = {"date": _today(), "status": "", "rag": "", "note": ""}
        error = None
        error_field = None
        status_code = 200
        if request.method == "POST":
            form = {k: request.form.get(k, "") for k in ("date", "status", "rag", "note")}
            try:
                update = add_action_update(reg, aid, form)
            except libcsp.BusyError as exc:
                error, status_code = f"The register is busy; nothing was saved. Try again. ({exc})", 503
            except libcsp.Error as exc:
                error, error_field, status_code = str(exc), exc.path or None, 422
            else:
                return redirect(url_for("partnership", pid=action.partnership_id, as_of=request.args.get("as_of"),
                                        saved="update", id=update.id, _anchor="actions"), code=303)
        seats = {s.id: s.short for s in seats_of(reg, action.partnership_id)}
        updates = by_date(action.updates(), lambda u: u.date, descending=True)
        return render_template("action_update.html", action=action, partnership=action.partnership,
                               champion=seats.get(action.champion_id or "", ""), updates=updates, form=form,
                               error=error, error_field=error_field, statuses=list(libcsp.ActionStatus),
                               rags=list(libcsp.Rag)), status_code

    @app.route("/meetings/<mid>/attendance", methods=["GET", "POST"])
    def attendance(mid: str) -> Union[str, Response, Tuple[str, int]]:
        _writable()
        reg = get_register()
        meeting = _get_or_404(reg.meetings, "meeting", mid)
        seats = seats_of(reg, meeting.partnership_id)
        current = {a.membership_id: a for a in meeting.attendance()}
        form = {}
        for s in seats:
            a = current.get(s.id)
            form[f"status-{s.id}"] = a.status.value if a is not None else ""
            form[f"substitute-{s.id}"] = (a.substitute_id or "") if a is not None else ""
        error = None
        error_seat = None
        status_code = 200
        if request.method == "POST":
            form = {k: request.form.get(k, "") for k in form}
            try:
                n = record_attendance(reg, meeting, seats, form)
            except AttendanceRefused as exc:
                error, error_seat, status_code = str(exc.error), exc.seat_id, 422
            except libcsp.BusyError as exc:
                error, status_code = f"The register is busy; nothing was saved. Try again. ({exc})", 503
            except libcsp.Error as exc:
                error, status_code = str(exc), 422
            else:
                return redirect(url_for("partnership", pid=meeting.partnership_id, saved="attendance", id=mid,
                                        n=n, _anchor="meetings"), code=303)
        people = sorted(reg.people, key=lambda person: person.name)
        return render_template("attendance.html", meeting=meeting, partnership=meeting.partnership, seats=seats,
                               form=form, error=error, error_seat=error_seat, people=people,
                               statuses=list(libcsp.AttendanceStatus), quorum=meeting.quorum()), status_code

    @app.errorhandler(404)
    @app.errorhandler(403)
    def _error(exc: Any) -> Tuple[str, int]:
        return render_template("error.html", code=exc.code, title=exc.name, message=exc.description), exc.code

    return app


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a libcsp register as a small web application.")
    parser.add_argument("register", help="the register file (create it with cspctl import)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--readonly", action="store_true", help="open the register read-only; no forms")
    parser.add_argument("--busy-timeout", type=float, default=DEFAULT_BUSY_TIMEOUT,
                        help=f"seconds a write waits for another writer (default {DEFAULT_BUSY_TIMEOUT:g})")
    args = parser.parse_args(argv)
    try:
        app = create_app(args.register, readonly=args.readonly, busy_timeout=args.busy_timeout)
    except (OSError, libcsp.Error) as exc:
        print(f"app.py: {exc}", file=sys.stderr)
        return 1
    print(f"Serving {args.register} on http://{args.host}:{args.port}/ (no authentication: see README.md)")
    app.run(host=args.host, port=args.port, threaded=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
