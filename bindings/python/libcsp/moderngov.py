"""Import a ModernGov committee system's web service responses into a register.

ModernGov (used by most English councils) serves its committees, meetings,
agenda items, documents and attendees as XML from ``mgWebService.asmx``:

* ``GetCommittees``                      -> ``<committees>``
* ``GetMeetings?lCommitteeId=..&sFromDate=dd/mm/yyyy&sToDate=dd/mm/yyyy``
                                         -> ``<getmeetings>``
* ``GetMeeting?lMeetingId=..``           -> ``<meeting>``

:func:`import_responses` reads such responses (files saved with curl) and
writes, through the libcsp API and in one transaction, the partnerships,
meetings, agenda items, documents and attendance they describe, as a mapping
file directs (ModernGov cannot say what kind of partnership a committee is, nor
which seat of the register a councillor holds). It returns a :class:`Report`
of what was mapped, what was skipped and why, and what was not understood;
it never guesses. Ids are derived from ModernGov's ids, so importing the same
responses again changes nothing. Errors in a response (malformed XML, a bad
date, a missing element) raise :class:`ModernGovError` naming the file, the
element and the line, and leave the register unchanged.

From the command line::

    python3 -m libcsp.moderngov REGISTER --mapping MAPPING.json RESPONSE.xml...

The mapping file (JSON)::

    {
      "id_prefix": "manchester",
      "committees": {
        "144": {"partnership": "manchester-audit", "kind": "other",
                "area": "Manchester", "seats": {"192": "manchester-audit-curley"}}
      },
      "agenda_kinds": {"Work Programme": "horizon_scanning"},
      "attendance_words": {"Present, virtual": "present"}
    }

See examples/moderngov/README.md for every key and the quirks handled.
"""

from __future__ import annotations

import argparse
import datetime
import html
import json
import os
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Dict, Iterable, List, Mapping, NoReturn, Optional, Sequence, Tuple, Type, Union
from xml.parsers import expat

from ._errors import ConstraintError, Error
from ._model import (
    AgendaItem,
    AgendaItemKind,
    Attendance,
    AttendanceStatus,
    Document,
    Meeting,
    MeetingKind,
    Partnership,
    PartnershipKind,
)
from ._register import Register

__all__ = [
    "ModernGovError",
    "Report",
    "MappingFile",
    "load_mapping",
    "import_responses",
    "parse_response",
    "clean_html",
    "parse_date",
    "parse_time",
    "main",
]

PathLike = Union[str, "os.PathLike[str]"]

# ---------------------------------------------------------------------------
# errors


class ModernGovError(ValueError):
    """A response or mapping file that cannot be imported, and where.

    ``file``, ``line`` (1-based, or None), ``element`` (the XML element or
    mapping key, or None) and ``message``; ``str()`` gives them on one line:
    ``meetings.xml:12: <meetingdate>: bad date "31/02/2024" (...)``.
    """

    def __init__(self, file: str, line: Optional[int], element: Optional[str], message: str) -> None:
        self.file = file
        self.line = line
        self.element = element
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = "" if self.element is None else f"{self.element}: "
        return _one_line(f"{where}: {what}{self.message}")


def _one_line(text: str) -> str:
    """Text on one line: control characters shown escaped (file names come from outside)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


# ---------------------------------------------------------------------------
# XML: a small tree with line numbers, built by expat


class Node:
    """An XML element with its attributes, text, children and the line it starts on."""

    __slots__ = ("tag", "attrs", "children", "_text", "line", "file")

    def __init__(self, tag: str, attrs: Dict[str, str], line: int, file: str) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: List[Node] = []
        self._text: List[str] = []
        self.line = line
        self.file = file

    @property
    def text(self) -> str:
        """The element's own character data (not its children's), whitespace kept."""
        return "".join(self._text)

    def find(self, tag: str) -> Optional["Node"]:
        """The first child element named ``tag``, or None."""
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> List["Node"]:
        """Every child element named ``tag``, in document order."""
        return [c for c in self.children if c.tag == tag]

    def error(self, message: str, element: Optional[str] = None) -> ModernGovError:
        """A located error at this element (or naming a child of it)."""
        return ModernGovError(self.file, self.line, f"<{element or self.tag}>", message)

    def where(self) -> str:
        """``file:line`` of this element."""
        return f"{self.file}:{self.line}"

    def value(self, tag: str) -> Optional[str]:
        """The stripped text of child ``tag``; None when it is absent or holds only whitespace."""
        child = self.find(tag)
        if child is None:
            return None
        text = child.text.strip()
        return text or None

    def required(self, tag: str) -> Tuple[str, "Node"]:
        """The stripped text of child ``tag`` and the child; a located error when missing or empty."""
        child = self.find(tag)
        if child is None:
            raise self.error(f"missing required element <{tag}>")
        text = child.text.strip()
        if not text:
            raise child.error("empty; a value is required")
        return text, child

    def flag(self, tag: str) -> bool:
        """A ModernGov boolean (``True`` / ``False``); absent or empty is False."""
        text = self.value(tag)
        if text is None:
            return False
        low = text.lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        child = self.find(tag)
        assert child is not None
        raise child.error(f'not a boolean: "{text}" (expected True or False)')


def parse_xml(data: bytes, file: str) -> Node:
    """Parses XML into a :class:`Node` tree with expat; malformed XML raises
    :class:`ModernGovError` with its line, column and the element it was in.
    A document type declaration is refused (no entity expansion).
    """
    parser = expat.ParserCreate()
    parser.buffer_text = True
    stack: List[Node] = []
    root: List[Node] = []

    def start(tag: str, attrs: Dict[str, str]) -> None:
        node = Node(tag, attrs, parser.CurrentLineNumber, file)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            stack[-1]._text.append(text)

    def doctype(*args: Any) -> None:
        raise ModernGovError(file, parser.CurrentLineNumber, None,
                             "a document type declaration is not accepted in a ModernGov response")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = doctype
    try:
        parser.Parse(data, True)
    except expat.ExpatError as e:
        inside = f"<{stack[-1].tag}>" if stack else None
        raise ModernGovError(file, e.lineno, inside,
                             f"malformed XML: {expat.ErrorString(e.code)} (column {e.offset + 1})") from None
    return root[0]


# ---------------------------------------------------------------------------
# values: dates, times, ids, text


_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str) -> datetime.date:
    """A ModernGov date, ``dd/mm/yyyy`` (``13/01/2026``); ValueError if it is not one or no such day."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        raise ValueError(f'bad date "{text.strip()}" (expected dd/mm/yyyy)')
    day, month, year = (int(g) for g in m.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f'bad date "{text.strip()}": there is no such day (dd/mm/yyyy)') from None


_TIME = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def parse_time(text: str) -> Optional[str]:
    """A ModernGov time (``10.00 am``, ``2.00 pm``, ``14:00``) as ``hh:mm`` on the
    24-hour clock; None when it is not understood (``noon``, ``13.00 pm``).
    """
    m = _TIME.fullmatch(text.strip())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    half = (m.group(3) or "").lower().replace(".", "")
    if m.group(2) is None and not half:
        return None  # a bare number is not a time
    if minute > 59:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


_MG_ID = re.compile(r"\d{1,18}")
_CSP_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_TAG = re.compile(r"<[A-Za-z/!]")


def _mg_id(node: Node, tag: str) -> str:
    text, child = node.required(tag)
    if not _MG_ID.fullmatch(text):
        raise child.error(f'not a ModernGov id: "{text}" (expected digits)')
    return str(int(text))


class _TextExtractor(HTMLParser):
    """The text of an HTML fragment: block elements become line breaks."""

    _BLOCKS = {"p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: List[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:  # a line break in HTML source is a space
            self.parts.append(data.replace("\r", " ").replace("\n", " "))


def _html_text(fragment: str) -> str:
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)


def _unescape_entities(text: str) -> Tuple[str, bool]:
    """Decodes entities left in text (a second encoding, ``&#39;`` after the XML's own);
    returns the text and whether any were decoded.
    """
    decoded = False
    for _ in range(3):
        if not _ENTITY.search(text):
            break
        new = html.unescape(text)
        if new == text:
            break
        text, decoded = new, True
    return text, decoded


def clean_html(fragment: str) -> Tuple[str, bool]:
    """The plain text of an escaped HTML fragment from ModernGov (``agendatext``,
    ``minutesnonemptyhtmlbody``: a word processor's HTML, once escaped for the
    XML), as lines without markup; entities encoded twice (``&amp;#39;`` in the
    XML) are decoded too. Returns the text and whether a second encoding was
    decoded.
    """
    text = _html_text(fragment)
    twice = False
    for _ in range(3):
        if _TAG.search(text):  # the markup itself was encoded twice
            text, twice = _html_text(text), True
            continue
        text, again = _unescape_entities(text)
        if not again:
            break
        twice = True
    text = _CONTROL.sub(" ", text.replace("\xa0", " ").replace("\r", "\n"))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line), twice


def _one_line_text(text: str) -> Tuple[str, bool]:
    """A title or a place as one line: entities left from a second encoding decoded,
    whitespace collapsed, control characters removed.
    """
    text, twice = _unescape_entities(text)
    text = _CONTROL.sub(" ", text.replace("\xa0", " "))
    return " ".join(text.split()), twice


# ---------------------------------------------------------------------------
# what the responses say


@dataclass
class _Committee:
    id: str
    title: Optional[str]
    node: Node
    deleted: bool = False
    expired: bool = False


@dataclass
class _Summary:
    """A meeting as GetMeetings lists it."""

    id: str
    committee: str
    date: datetime.date
    status: str
    time: Optional[str]
    node: Node


@dataclass
class _Attendee:
    member: str
    name: str
    attendance: str
    node: Node


@dataclass
class _LinkedDoc:
    id: Optional[str]
    title: Optional[str]
    url: Optional[str]
    restricted: bool
    node: Node


@dataclass
class _Item:
    id: str
    title: str
    number: int
    subnumber: str
    agendatext: Optional[str]
    minutes: Optional[str]
    decision: bool
    restricted: bool
    docs: List[_LinkedDoc]
    node: Node


@dataclass
class _Detail:
    """A meeting as GetMeeting gives it."""

    id: str
    date: datetime.date
    status: str
    time: Optional[str]
    finish: Optional[str]
    location: Optional[str]
    room: Optional[str]
    items: List[_Item]
    attendees: List[_Attendee]
    node: Node


@dataclass
class Response:
    """One parsed response: its operation and what it holds."""

    file: str
    operation: str  # GetCommittees, GetMeetings or GetMeeting
    committees: List[_Committee] = field(default_factory=list)
    summaries: List[_Summary] = field(default_factory=list)
    meeting: Optional[_Detail] = None
    notes: List[str] = field(default_factory=list)


def _date(node: Node, tag: str) -> datetime.date:
    text, child = node.required(tag)
    try:
        return parse_date(text)
    except ValueError as e:
        raise child.error(str(e)) from None


def _check_count(node: Node, tag: str, actual: int, what: str, notes: List[str]) -> None:
    """ModernGov's counts are space-padded (``<meetingscount> 2</meetingscount>``)."""
    text = node.value(tag)
    if text is None:
        return
    child = node.find(tag)
    assert child is not None
    if not text.isdigit():
        raise child.error(f'not a count: "{text}"')
    if int(text) != actual:
        notes.append(f"{child.where()}: <{tag}> says {int(text)} but the response holds {actual} {what}")


def _parse_committees(root: Node, resp: Response) -> None:
    committees = root.findall("committee")
    _check_count(root, "committeescount", len(committees), "committees", resp.notes)
    for c in committees:
        cid = _mg_id(c, "committeeid")
        resp.committees.append(_Committee(cid, c.value("committeetitle"), c,
                                          c.flag("committeedeleted"), c.flag("committeeexpired")))


def _parse_getmeetings(root: Node, resp: Response) -> None:
    committees = root.findall("committee")
    _check_count(root, "committeescount", len(committees), "committees", resp.notes)
    total = 0
    for c in committees:
        cid = _mg_id(c, "committeeid")
        resp.committees.append(_Committee(cid, c.value("committeetitle"), c))
        holder = c.find("committeemeetings")
        meetings = holder.findall("meeting") if holder is not None else []
        _check_count(c, "committeemeetingcount", len(meetings), "meetings", resp.notes)
        total += len(meetings)
        for m in meetings:
            mid = _mg_id(m, "meetingid")
            status, _ = m.required("meetingstatus")
            resp.summaries.append(_Summary(mid, cid, _date(m, "meetingdate"), status,
                                           m.value("meetingtime"), m))
    _check_count(root, "meetingscount", total, "meetings", resp.notes)


def _parse_item(n: Node) -> _Item:
    iid = _mg_id(n, "agendaitemid")
    title, _ = n.required("agendaitemtitle")
    number_text, number_node = n.required("agendaitemnumber")
    if not number_text.isdigit():
        raise number_node.error(f'not an item number: "{number_text}"')
    docs: List[_LinkedDoc] = []
    holder = n.find("linkeddocuments")
    for d in holder.findall("linkeddoc") if holder is not None else []:
        aid = d.value("attachmentid")
        if aid is not None and not _MG_ID.fullmatch(aid):
            child = d.find("attachmentid")
            assert child is not None
            raise child.error(f'not a ModernGov id: "{aid}" (expected digits)')
        docs.append(_LinkedDoc(str(int(aid)) if aid else None, d.value("title"), d.value("url"),
                               d.flag("isrestricted"), d))
    agendatext = n.find("agendatext")
    minutes = n.find("minutesnonemptyhtmlbody")
    return _Item(iid, title, int(number_text), n.value("agendaitemsubnumber") or "",
                 agendatext.text if agendatext is not None and agendatext.text.strip() else None,
                 minutes.text if minutes is not None and minutes.text.strip() else None,
                 n.flag("isdecision"), n.flag("isrestricted"), docs, n)


def _parse_meeting(root: Node, resp: Response) -> None:
    mid = _mg_id(root, "meetingid")
    status, _ = root.required("meetingstatus")
    items_holder = root.find("agendaitems")
    items = [_parse_item(i) for i in items_holder.findall("agendaitem")] if items_holder is not None else []
    attendees: List[_Attendee] = []
    holder = root.find("attendees")
    for a in holder.findall("attendee") if holder is not None else []:
        for attr in ("memberid", "attendance"):
            if attr not in a.attrs:
                raise a.error(f'missing required attribute "{attr}"')
        member = a.attrs["memberid"].strip()
        if not _MG_ID.fullmatch(member):
            raise a.error(f'attribute memberid: not a ModernGov id: "{member}"')
        attendees.append(_Attendee(str(int(member)), a.attrs.get("name", "").strip(),
                                   a.attrs["attendance"].strip(), a))
    resp.meeting = _Detail(mid, _date(root, "meetingdate"), status, root.value("meetingtime"),
                           root.value("meetingplannedfinishtime"), root.value("meetinglocation"),
                           root.value("meetingroom"), items, attendees, root)


_OPERATIONS = {"committees": "GetCommittees", "getmeetings": "GetMeetings", "meeting": "GetMeeting"}


def parse_response(path: PathLike) -> Response:
    """Reads one response file (GetCommittees, GetMeetings or GetMeeting, as the
    plain GET of ``mgWebService.asmx`` returns it); :class:`ModernGovError` when
    it cannot be read, is not well-formed, or lacks what the import needs.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ModernGovError(name, None, None, f"cannot read: {e.strerror or e}") from None
    root = parse_xml(data, name)
    op = _OPERATIONS.get(root.tag)
    if op is None:
        raise root.error("not a ModernGov response this import reads (expected <committees> from "
                         "GetCommittees, <getmeetings> from GetMeetings or <meeting> from GetMeeting)")
    resp = Response(name, op)
    if op == "GetCommittees":
        _parse_committees(root, resp)
    elif op == "GetMeetings":
        _parse_getmeetings(root, resp)
    else:
        _parse_meeting(root, resp)
    return resp


# ---------------------------------------------------------------------------
# the mapping file


@dataclass
class CommitteeMapping:
    """What the council says of one committee: the partnership it is and the seats of its members."""

    committee: str
    partnership: str
    kind: str
    name: Optional[str] = None
    short_name: Optional[str] = None
    area: Optional[str] = None
    area_code: Optional[str] = None
    meeting_kind: str = "scheduled"
    seats: Dict[str, str] = field(default_factory=dict)


@dataclass
class MappingFile:
    """A mapping: the id prefix, the committees to import and agenda item kinds by title."""

    file: str
    id_prefix: str = "mg"
    committees: Dict[str, CommitteeMapping] = field(default_factory=dict)
    agenda_kinds: Dict[str, str] = field(default_factory=dict)
    attendance_words: Dict[str, str] = field(default_factory=dict)


_COMMITTEE_KEYS = {"partnership", "kind", "name", "short_name", "area", "area_code", "meeting_kind", "seats"}


def _no_duplicates(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f'duplicate key "{k}"')
        out[k] = v
    return out


def load_mapping(source: Union[PathLike, Mapping[str, Any]], *, file: str = "mapping") -> MappingFile:
    """Reads and checks a mapping: a JSON file's path, or the same structure as a dict.

    Errors (:class:`ModernGovError`) name the file and the key
    (``mapping.json: committees.144.kind: ...``).
    """
    if isinstance(source, Mapping):
        data: Any = source
    else:
        file = os.fspath(source)
        try:
            with open(file, encoding="utf-8") as f:
                data = json.load(f, object_pairs_hook=_no_duplicates)
        except OSError as e:
            raise ModernGovError(file, None, None, f"cannot read: {e.strerror or e}") from None
        except json.JSONDecodeError as e:
            raise ModernGovError(file, e.lineno, None, f"not JSON: {e.msg} (column {e.colno})") from None
        except (ValueError, UnicodeDecodeError) as e:
            raise ModernGovError(file, None, None, f"not a mapping: {e}") from None

    def bad(key: str, message: str) -> ModernGovError:
        return ModernGovError(file, None, key, message)

    def text(obj: Mapping[str, Any], key: str, where: str, *, ident: bool = False) -> Optional[str]:
        value = obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise bad(f"{where}.{key}" if where else key, "expected a non-empty string")
        if ident and not _CSP_ID.fullmatch(value):
            raise bad(f"{where}.{key}" if where else key,
                      f'"{value}" is not a libcsp id (1-128 letters, digits and . _ : / -, '
                      "beginning with a letter or digit)")
        return value

    if not isinstance(data, Mapping):
        raise bad("(top)", "expected an object")
    unknown = set(data) - {"id_prefix", "committees", "agenda_kinds", "attendance_words"}
    if unknown:
        raise bad(sorted(unknown)[0], "unknown key (id_prefix, committees, agenda_kinds, attendance_words)")
    out = MappingFile(file, text(data, "id_prefix", "", ident=True) or "mg")
    committees = data.get("committees")
    if not isinstance(committees, Mapping) or not committees:
        raise bad("committees", "expected an object: committee id -> its partnership")
    kinds = [k.value for k in PartnershipKind]
    meeting_kinds = [k.value for k in MeetingKind]
    for cid, c in committees.items():
        where = f"committees.{cid}"
        if not _MG_ID.fullmatch(cid):
            raise bad(where, "a committee is named by its ModernGov id (digits)")
        if not isinstance(c, Mapping):
            raise bad(where, "expected an object")
        extra = set(c) - _COMMITTEE_KEYS
        if extra:
            raise bad(f"{where}.{sorted(extra)[0]}", f"unknown key ({', '.join(sorted(_COMMITTEE_KEYS))})")
        partnership = text(c, "partnership", where, ident=True)
        kind = text(c, "kind", where)
        if partnership is None or kind is None:
            raise bad(where, 'needs "partnership" (a libcsp id) and "kind" (ModernGov cannot say it)')
        if kind not in kinds:
            raise bad(f"{where}.kind", f'unknown partnership kind "{kind}" (one of {", ".join(kinds)})')
        meeting_kind = text(c, "meeting_kind", where) or "scheduled"
        if meeting_kind not in meeting_kinds:
            raise bad(f"{where}.meeting_kind",
                      f'unknown meeting kind "{meeting_kind}" (one of {", ".join(meeting_kinds)})')
        seats_in = c.get("seats", {})
        if not isinstance(seats_in, Mapping):
            raise bad(f"{where}.seats", "expected an object: ModernGov member id -> membership id")
        seats: Dict[str, str] = {}
        for member, seat in seats_in.items():
            if not _MG_ID.fullmatch(member):
                raise bad(f"{where}.seats.{member}", "a member is named by its ModernGov memberid (digits)")
            if not isinstance(seat, str) or not _CSP_ID.fullmatch(seat):
                raise bad(f"{where}.seats.{member}", "expected a membership id")
            seats[str(int(member))] = seat
        out.committees[str(int(cid))] = CommitteeMapping(
            str(int(cid)), partnership, kind, text(c, "name", where), text(c, "short_name", where),
            text(c, "area", where), text(c, "area_code", where), meeting_kind, seats)
    agenda_kinds = data.get("agenda_kinds", {})
    if not isinstance(agenda_kinds, Mapping):
        raise bad("agenda_kinds", "expected an object: agenda item title -> agenda item kind")
    item_kinds = [k.value for k in AgendaItemKind]
    for title, kind in agenda_kinds.items():
        if kind not in item_kinds:
            raise bad(f"agenda_kinds.{title}", f'unknown agenda item kind "{kind}" (one of {", ".join(item_kinds)})')
        out.agenda_kinds[" ".join(title.split()).casefold()] = kind
    words = data.get("attendance_words", {})
    if not isinstance(words, Mapping):
        raise bad("attendance_words", "expected an object: ModernGov attendance word -> attendance status")
    statuses = [k.value for k in AttendanceStatus]
    for word, status in words.items():
        if status not in statuses:
            raise bad(f"attendance_words.{word}", f'unknown attendance status "{status}" (one of {", ".join(statuses)})')
        out.attendance_words[word.strip()] = status
    return out


# ---------------------------------------------------------------------------
# the report


_ENTITIES = ("partnerships", "meetings", "agenda items", "documents", "attendance")


@dataclass
class Report:
    """What an import did: per entity how many records were added, updated or
    found unchanged; what was skipped and why; what was not understood (and so
    not recorded, or recorded only as far as understood); notes on what was
    cleaned or read in a documented way. ``str(report)`` is the text the
    command line prints.
    """

    files: List[str] = field(default_factory=list)
    added: Dict[str, int] = field(default_factory=lambda: {e: 0 for e in _ENTITIES})
    updated: Dict[str, int] = field(default_factory=lambda: {e: 0 for e in _ENTITIES})
    unchanged: Dict[str, int] = field(default_factory=lambda: {e: 0 for e in _ENTITIES})
    skipped: List[str] = field(default_factory=list)
    not_understood: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        """Whether the import added or changed any record."""
        return any(self.added.values()) or any(self.updated.values())

    def mapped(self, entity: str) -> int:
        """Records of an entity ("meetings", "agenda items", ...) the responses map to, whether new or not."""
        return self.added[entity] + self.updated[entity] + self.unchanged[entity]

    def lines(self) -> List[str]:
        """The report as lines of text."""
        out = [f"ModernGov import{' (dry run: nothing written)' if self.dry_run else ''}: "
               f"{len(self.files)} response{'s' if len(self.files) != 1 else ''}"]
        out.append("mapped:")
        for e in _ENTITIES:
            out.append(f"  {e}: {self.mapped(e)} ({self.added[e]} added, {self.updated[e]} updated, "
                       f"{self.unchanged[e]} unchanged)")
        for title, items in (("skipped", self.skipped), ("not understood", self.not_understood),
                             ("notes", self.notes)):
            out.append(f"{title}: {len(items) if items else 'none'}")
            out.extend(f"  {_one_line(i)}" for i in items)
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


# ---------------------------------------------------------------------------
# mapping the responses onto the model

_STATUSES = {"confirmed": "confirmed", "cancelled": "cancelled", "canceled": "cancelled",
             "postponed": "postponed", "provisional": "planned"}

# Read exactly (after trimming). Virtual attendance is not here: whether it
# counts as present depends on the meeting (a council committee's members must
# be there in person), so the mapping's attendance_words decides it.
_ATTENDANCE = {
    "Present": "present",
    "Apologies": "apologies", "Apologies, sent substitute": "apologies",
    "Apologies, substitute sent": "apologies",
    "Absent": "absent",
}

# Words understood but not an attendance of a seat: reported as skipped.
_NOT_A_SEAT = {
    "In attendance": "in attendance (not a seat's member)",
    "Present as substitute": "present as a substitute (the seat substituted for is not named)",
    "Substitute": "a substitute (the seat substituted for is not named)",
}

# Titles of agenda items whose kind is "other" by the model's own description
# (apologies, minutes of the last meeting, any other business).
_OTHER_TITLES = re.compile(
    r"(apologies( for absence)?|minutes( of the (last|previous) meeting)?|declarations? of interests?|"
    r"(any )?other business|urgent business|appeals|exclusion of (the )?press and public|"
    r"interests|welcome and introductions?|introductions?|chair'?s? (welcome|announcements?))",
    re.IGNORECASE)


def _ids(prefix: str, meeting: str) -> str:
    return f"{prefix}-meeting-{meeting}"


class _Importer:
    def __init__(self, reg: Register, mapping: MappingFile, report: Report) -> None:
        self.reg = reg
        self.map = mapping
        self.report = report
        self.prefix = mapping.id_prefix

    # -- writing one record, counted -------------------------------------

    def _write(self, entity: str, collection: Any, new: Any, owned: Sequence[str], node: Node,
               keep: Sequence[str] = (), passthrough: Tuple[Type[BaseException], ...] = ()) -> Any:
        """Adds ``new``, or updates the fields in ``owned`` of the record already
        there (its other fields, and those in ``keep``, as they are). Counted in
        the report; a record that would not change is not written. A libcsp
        error becomes a :class:`ModernGovError` at ``node``, except those of
        the classes in ``passthrough``.
        """
        old = collection.get(new.id)
        try:
            if old is None:
                collection.add(new)
                self.report.added[entity] += 1
                return new
            before = old.to_dict()
            data = dict(before)
            fresh = new.to_dict()
            for key in owned:
                if key in keep and key in before:
                    continue
                if key in fresh:
                    data[key] = fresh[key]
                else:
                    data.pop(key, None)
            if data == before:
                self.report.unchanged[entity] += 1
                return old
            merged = type(new).from_dict(data)
            collection.put(merged)
            self.report.updated[entity] += 1
            return merged
        except passthrough:
            raise
        except Error as e:
            raise node.error(f"{entity[:-1] if entity.endswith('s') else entity} \"{new.id}\": {e}") from None

    # -- the whole import -------------------------------------------------

    def run(self, responses: List[Response]) -> None:
        titles: Dict[str, Tuple[str, Node]] = {}
        committee_nodes: Dict[str, Node] = {}
        summaries: Dict[str, _Summary] = {}
        details: Dict[str, _Detail] = {}
        for r in responses:
            self.report.notes.extend(r.notes)
            for c in r.committees:
                if c.title and c.id not in titles:
                    titles[c.id] = (c.title, c.node)
                committee_nodes.setdefault(c.id, c.node)
                if c.id in self.map.committees and (c.deleted or c.expired):
                    self.report.notes.append(
                        f"{c.node.where()}: committee {c.id} \"{c.title or ''}\" is marked "
                        f"{'deleted' if c.deleted else 'expired'} in ModernGov; imported as the mapping asks")
            for s in r.summaries:
                summaries.setdefault(s.id, s)
            if r.meeting is not None:
                details.setdefault(r.meeting.id, r.meeting)

        # committees -> partnerships
        unmapped_meetings: Dict[str, int] = {}
        for s in summaries.values():
            if s.committee not in self.map.committees:
                unmapped_meetings[s.committee] = unmapped_meetings.get(s.committee, 0) + 1
        for cid, node in committee_nodes.items():
            title = titles.get(cid, ("", node))[0]
            if cid not in self.map.committees:
                n = unmapped_meetings.get(cid, 0)
                self.report.skipped.append(
                    f"{node.where()}: committee {cid} \"{title}\": not in the mapping"
                    + (f" (with its {n} meeting{'s' if n != 1 else ''})" if n else ""))
        ready: Dict[str, CommitteeMapping] = {}
        for cid, mapped in self.map.committees.items():
            if cid not in committee_nodes:
                self.report.notes.append(f"{self.map.file}: committee {cid} is in the mapping but in no response")
            if self._partnership(mapped, titles.get(cid), committee_nodes.get(cid)):
                ready[cid] = mapped

        # meetings: from GetMeetings, with the details of GetMeeting
        for s in summaries.values():
            cm = ready.get(s.committee)
            if cm is None:
                detail = details.pop(s.id, None)
                if s.committee in self.map.committees:
                    self.report.skipped.append(f"{s.node.where()}: meeting {s.id}: its committee "
                                               f"{s.committee} has no partnership")
                elif detail is not None:
                    self.report.skipped.append(f"{detail.node.where()}: meeting {s.id}: its committee "
                                               f"{s.committee} is not in the mapping")
                continue
            self._meeting(cm, s, details.pop(s.id, None))
        for d in details.values():
            meeting = self.reg.meetings.get(_ids(self.prefix, d.id))
            known: Optional[CommitteeMapping] = None
            if meeting is not None:
                known = next((c for c in ready.values() if c.partnership == meeting.partnership_id), None)
            if known is None:
                self.report.skipped.append(
                    f"{d.node.where()}: meeting {d.id}: no GetMeetings response in this import names its "
                    "committee (a GetMeeting response does not), and it is not in the register: skipped")
                continue
            self._meeting(known, None, d)

    def _partnership(self, cm: CommitteeMapping, title: Optional[Tuple[str, Node]], node: Optional[Node]) -> bool:
        existing = self.reg.partnerships.get(cm.partnership)
        if existing is not None:
            self.report.unchanged["partnerships"] += 1
            if existing.kind != cm.kind:
                self.report.notes.append(
                    f"{self.map.file}: committee {cm.committee}: partnership \"{cm.partnership}\" is in the register "
                    f"as {existing.kind.value if hasattr(existing.kind, 'value') else existing.kind}, the mapping says "
                    f"{cm.kind}: left as it is")
            return True
        name = cm.name or (title[0] if title else None)
        if name is None:
            self.report.skipped.append(
                f"{self.map.file}: committee {cm.committee}: partnership \"{cm.partnership}\" is not in the register "
                "and no response or mapping gives its name: not created, its meetings skipped")
            return False
        name, _ = _one_line_text(name)
        p = Partnership(cm.partnership, name, cm.kind)
        try:
            if cm.short_name:
                p.short_name = cm.short_name
            if cm.area:
                p.area = cm.area
            if cm.area_code:
                p.area_code = cm.area_code
        except Error as e:
            raise ModernGovError(self.map.file, None, f"committees.{cm.committee}", str(e)) from None
        where = title[1] if title else node
        if where is None:
            raise ModernGovError(self.map.file, None, f"committees.{cm.committee}", "no response names it")
        self._write("partnerships", self.reg.partnerships, p, (), where)
        return True

    def _status(self, text: str, node: Node) -> Optional[Tuple[str, Optional[str]]]:
        """The libcsp status of a ModernGov status, and the text of a compound one to keep."""
        word, _, rest = text.partition(";")
        status = _STATUSES.get(word.strip().lower())
        if status is None:
            self.report.not_understood.append(
                f"{node.where()}: <meetingstatus> \"{text}\": not a status this import knows "
                f"({', '.join(sorted(_STATUSES))}): the meeting is skipped")
            return None
        if rest.strip():
            self.report.not_understood.append(
                f"{node.where()}: <meetingstatus> \"{text}\" is compound: read as {status}; "
                f"\"{rest.strip()}\" kept in the meeting's note")
            return status, f"ModernGov status: {text}"
        return status, None

    def _meeting(self, cm: CommitteeMapping, s: Optional[_Summary], d: Optional[_Detail]) -> None:
        node = d.node if d is not None else s.node if s is not None else None
        assert node is not None
        mg_id = d.id if d is not None else s.id if s is not None else ""
        if s is not None and d is not None:
            if s.date != d.date:
                self.report.notes.append(f"{d.node.where()}: meeting {mg_id}: its date {d.date.isoformat()} differs "
                                         f"from {s.node.where()} ({s.date.isoformat()}); the GetMeeting's is used")
            if s.status.strip() != d.status.strip():
                self.report.notes.append(f"{d.node.where()}: meeting {mg_id}: its status \"{d.status}\" differs "
                                         f"from {s.node.where()} (\"{s.status}\"); the GetMeeting's is used")
        date = d.date if d is not None else s.date if s is not None else datetime.date.min
        status_text = d.status if d is not None else s.status if s is not None else ""
        status_node = node.find("meetingstatus") or node
        got = self._status(status_text, status_node)
        if got is None:
            return
        status, note = got
        meeting_id = _ids(self.prefix, mg_id)
        m = Meeting(meeting_id, cm.partnership, date, cm.meeting_kind, status)
        time_text = d.time if d is not None and d.time else s.time if s is not None else None
        start = None
        if time_text:
            start = parse_time(time_text)
            if start is None:
                self.report.not_understood.append(f"{node.where()}: meeting {mg_id}: <meetingtime> \"{time_text}\": "
                                                  "not a time this import reads: no start time recorded")
            else:
                m.start_time = start
        if d is not None and d.finish and start:
            finish = parse_time(d.finish)
            if finish is None:
                self.report.not_understood.append(f"{node.where()}: meeting {mg_id}: <meetingplannedfinishtime> "
                                                  f"\"{d.finish}\": not a time: no duration recorded")
            else:
                minutes = (int(finish[:2]) * 60 + int(finish[3:])) - (int(start[:2]) * 60 + int(start[3:]))
                if minutes > 0:
                    m.duration_minutes = minutes
                else:
                    self.report.not_understood.append(
                        f"{node.where()}: meeting {mg_id}: planned to finish ({d.finish}) no later than it starts "
                        f"({time_text}): no duration recorded")
        if d is not None and d.location:
            location, _ = _one_line_text(d.location)
            if d.room:
                room, _ = _one_line_text(d.room)
                if room and room not in location:
                    location = f"{room}, {location}"
            if location:
                m.location = location
        old = self.reg.meetings.get(meeting_id)
        owned = ["partnership", "date", "kind", "status", "start_time", "duration_minutes", "location"]
        if d is None:  # GetMeetings alone says nothing of the place or the planned end
            owned = ["partnership", "date", "kind", "status", "start_time"]
        if note is not None:
            m.note = note
            owned.append("note")
        elif old is not None and (old.note or "").startswith("ModernGov status: "):
            owned.append("note")  # a compound status no longer: its note goes
        self._write("meetings", self.reg.meetings, m, owned, node)
        if d is not None:
            self._agenda(m, d)
            self._documents(m, d)
            self._attendance(cm, m, d)

    def _item_kind(self, item: _Item) -> Tuple[str, bool]:
        """The kind of an agenda item and whether it was determined (not "other" by default)."""
        title = " ".join(item.title.split()).casefold()
        if title in self.map.agenda_kinds:
            return self.map.agenda_kinds[title], True
        if item.decision:
            return "decision", True
        if _OTHER_TITLES.fullmatch(" ".join(item.title.split()).rstrip(".")):
            return "other", True
        return "other", False

    def _agenda(self, m: Meeting, d: _Detail) -> None:
        def key(i: _Item) -> Tuple[int, int, str]:
            sub = i.subnumber
            return (i.number, 0 if not sub else 1, sub.zfill(8) if sub.isdigit() else sub.lower())

        items = sorted(d.items, key=key)  # stable: the response's order among equals
        heads: Dict[int, str] = {}
        cancelled = m.status in ("cancelled", "postponed")
        seen: List[str] = []
        texts = minutes_cleaned = twice = 0
        for i in items:
            item_id = f"{self.prefix}-item-{i.id}"
            if item_id in seen:
                self.report.notes.append(f"{i.node.where()}: agenda item {i.id} appears twice; the first is used")
                continue
            seen.append(item_id)
            kind, known = self._item_kind(i)
            title, t2 = _one_line_text(i.title)
            twice += t2
            parent = None
            if i.subnumber:
                parent = heads.get(i.number)
                if parent is None:
                    self.report.notes.append(f"{i.node.where()}: agenda item {i.id} ({i.number}{i.subnumber}) has no "
                                             f"item {i.number} in the response: recorded at the top level")
            else:
                heads.setdefault(i.number, item_id)
            a = AgendaItem(item_id, m.id, kind, title, parent=parent, restricted=i.restricted)
            if i.agendatext:
                _, t2 = clean_html(i.agendatext)
                texts += 1
                twice += t2
            if i.minutes:
                outcome, t2 = clean_html(i.minutes)
                twice += t2
                if cancelled:
                    self.report.skipped.append(f"{i.node.where()}: agenda item {i.id}: minutes of a {m.status.value} "
                                               "meeting not recorded as its outcome")
                elif outcome:
                    a.outcome = outcome
                    minutes_cleaned += 1
            owned = ["parent", "kind", "title", "restricted", "outcome"]
            written = self._write("agenda items", self.reg.agenda_items, a, owned, i.node,
                                  keep=() if known else ("kind",))
            if not known:
                self.report.not_understood.append(
                    f"{i.node.where()}: agenda item {i.id} \"{title}\": its kind cannot be read from ModernGov: "
                    + (f"recorded as \"other\"" if written.kind == "other" else
                       f"kept as \"{written.kind.value}\" (as in the register)")
                    + " (give it in the mapping's agenda_kinds)")
        if texts:
            self.report.notes.append(f"meeting {m.id}: escaped HTML of {texts} agenda text"
                                     f"{'s' if texts != 1 else ''} cleaned into plain text, not recorded "
                                     "(libcsp's agenda item has no field for an item's text)")
        if minutes_cleaned:
            self.report.notes.append(f"meeting {m.id}: escaped HTML of {minutes_cleaned} minute"
                                     f"{'s' if minutes_cleaned != 1 else ''} cleaned into plain text, "
                                     "recorded as the items' outcome")
        if twice:
            self.report.notes.append(f"meeting {m.id}: {twice} text{'s' if twice != 1 else ''} "
                                     "entity-encoded twice (&amp;#39;) decoded")
        self._leftovers("agenda items", self.reg.agenda_items.filter(meeting=m.id), seen, m)

    def _leftovers(self, entity: str, in_register: Iterable[Any], imported: Sequence[str], m: Meeting) -> None:
        left = [x.id for x in in_register if x.id not in imported]
        if left:
            self.report.notes.append(f"meeting {m.id}: {len(left)} {entity} in the register not in this response, "
                                     f"left as they are: {', '.join(left)}")

    def _documents(self, m: Meeting, d: _Detail) -> None:
        by_url: Dict[str, str] = {}
        seen: List[str] = []
        duplicates = 0
        for i in sorted(d.items, key=lambda i: (i.number, i.subnumber)):
            for doc in i.docs:
                where = doc.node.where()
                if doc.restricted:
                    self.report.skipped.append(f"{where}: document {doc.id or ''} of agenda item {i.id}: "
                                               "restricted: not imported")
                    continue
                if not doc.url:
                    self.report.skipped.append(f"{where}: document {doc.id or ''} of agenda item {i.id}: no URL")
                    continue
                url, _ = _one_line_text(doc.url)
                if url in by_url:
                    duplicates += 1
                    continue
                title = _one_line_text(doc.title)[0] if doc.title else ""
                if not title:
                    self.report.skipped.append(f"{where}: document at {url}: no title")
                    continue
                suffix = doc.id if doc.id else f"u{len(by_url) + 1}"
                doc_id = f"{m.id}-doc-{suffix}"
                if doc_id in seen:
                    doc_id = f"{doc_id}-{len(seen) + 1}"
                by_url[url] = doc_id
                seen.append(doc_id)
                # A document linked from an agenda item is a paper for the meeting,
                # even the minutes of the last meeting (they are not this meeting's minutes).
                record = Document(doc_id, m.id, "papers", title, url=url)
                self._write("documents", self.reg.documents, record, ["kind", "title", "url"], doc.node,
                            keep=("kind",))
        if duplicates:
            self.report.notes.append(f"meeting {m.id}: {duplicates} link{'s' if duplicates != 1 else ''} to a "
                                     "document already linked from another item merged (documents are "
                                     "deduplicated by URL)")
        self._leftovers("documents", self.reg.documents.filter(meeting=m.id), seen, m)

    def _attendance(self, cm: CommitteeMapping, m: Meeting, d: _Detail) -> None:
        unknown: Dict[str, List[str]] = {}
        seen: List[str] = []
        for a in d.attendees:
            who = f"{a.node.where()} member {a.member}" + (f" {a.name}" if a.name else "")
            status = self.map.attendance_words.get(a.attendance) or _ATTENDANCE.get(a.attendance)
            if status is None:
                if a.attendance in _NOT_A_SEAT:
                    self.report.skipped.append(f"{who}: attendance \"{a.attendance}\" is "
                                               f"{_NOT_A_SEAT[a.attendance]}: not recorded")
                else:
                    unknown.setdefault(a.attendance, []).append(who)
                continue
            seat_id = cm.seats.get(a.member)
            if seat_id is None:
                self.report.skipped.append(f"{who}: not mapped to a seat of partnership \"{cm.partnership}\" "
                                           f"(committees.{cm.committee}.seats): attendance not recorded")
                continue
            seat = self.reg.memberships.get(seat_id)
            if seat is None or seat.partnership_id != cm.partnership:
                self.report.skipped.append(
                    f"{who}: seat \"{seat_id}\" is " + ("not in the register" if seat is None else
                                                       f"on partnership \"{seat.partnership_id}\", not "
                                                       f"\"{cm.partnership}\"") + ": attendance not recorded")
                continue
            att_id = f"{m.id}-att-{a.member}"
            seen.append(att_id)
            record = Attendance(att_id, m.id, seat_id, status)
            try:
                self._write("attendance", self.reg.attendances, record, ["membership", "status"], a.node,
                            passthrough=(ConstraintError,))
            except ConstraintError as e:  # the seat was not in post on the meeting's date
                seen.remove(att_id)
                self.report.skipped.append(f"{who}: seat \"{seat_id}\": {e}: attendance not recorded")
        for word, people in unknown.items():
            self.report.not_understood.append(
                f"meeting {m.id}: attendance \"{word}\" for {len(people)} attendee{'s' if len(people) != 1 else ''}: "
                "not understood (the words read are Present, Apologies, Absent and the variants "
                "examples/moderngov/README.md lists): not recorded: "
                + "; ".join(people))
        self._leftovers("attendance records", self.reg.attendances.filter(meeting=m.id), seen, m)


def import_responses(reg: Register, files: Iterable[Union[PathLike, Response]],
                     mapping: Union[PathLike, Mapping[str, Any], MappingFile], *,
                     dry_run: bool = False) -> Report:
    """Imports ModernGov responses into ``reg`` as ``mapping`` directs.

    Args:
        reg: an open, writable register.
        files: response files (GetCommittees, GetMeetings, GetMeeting), in any order, or
            responses already read with :func:`parse_response`.
        mapping: a mapping file's path, its content as a dict, or a :class:`MappingFile`.
        dry_run: map and report, but write nothing.

    Every response is read and checked before anything is written; the writes
    are one transaction, so on any error (:class:`ModernGovError`, naming the
    file, element and line) the register is unchanged.

    Returns:
        The :class:`Report`.
    """
    mf = mapping if isinstance(mapping, MappingFile) else load_mapping(mapping)
    responses = [f if isinstance(f, Response) else parse_response(f) for f in files]
    if not responses:
        raise ValueError("no response files given")
    report = Report(files=[r.file for r in responses], dry_run=dry_run)

    class _Rollback(Exception):
        pass

    try:
        with reg.transaction():
            _Importer(reg, mf, report).run(responses)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return report


# ---------------------------------------------------------------------------
# the command line

EXIT_ERROR = 1  # a response, the mapping or the register could not be used
EXIT_USAGE = 2  # the command line was wrong


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (as cspctl's are)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, _one_line(f"{self.prog}: {message} (see '{self.prog} --help')") + "\n")


def main(argv: Optional[Sequence[str]] = None, prog: str = "python3 -m libcsp.moderngov") -> int:
    """The command line: ``REGISTER --mapping FILE RESPONSE.xml...``; returns the exit status
    (0 done, 1 an error in a response, the mapping or the register, 2 a usage error).
    """
    parser = _Parser(
        prog=prog,
        description="Imports ModernGov web service responses (GetCommittees, GetMeetings, GetMeeting, "
                    "saved as XML files) into a libcsp register, in one transaction, and prints a "
                    "report of what was mapped, skipped and not understood.",
        epilog="Exit status: 0 done, 1 an error in a response, the mapping or the register "
               "(one line naming the file, element and line; the register unchanged), 2 a usage error.")
    parser.add_argument("register", metavar="REGISTER", help="the register file (created if missing)")
    parser.add_argument("responses", metavar="RESPONSE.xml", nargs="+", help="ModernGov responses")
    parser.add_argument("--mapping", metavar="FILE", required=True,
                        help="JSON: committees -> partnerships (kind, area), members -> seats")
    parser.add_argument("--dry-run", action="store_true", help="report what would be imported; write nothing")
    parser.add_argument("--busy-timeout", metavar="MS", type=int,
                        help="wait up to MS milliseconds for a register another process is writing")
    args = parser.parse_args(argv)  # exits 2 on a usage error
    if args.busy_timeout is not None and not 1 <= args.busy_timeout <= 86400000:
        parser.error("--busy-timeout takes a number of milliseconds, 1 to 86400000")
    try:
        mapping = load_mapping(args.mapping)
        responses = [parse_response(f) for f in args.responses]  # before a register is created
        with Register(args.register, busy_timeout=None if args.busy_timeout is None
                      else args.busy_timeout / 1000) as reg:
            report = import_responses(reg, responses, mapping, dry_run=args.dry_run)
    except ModernGovError as e:
        print(f"{prog}: {e}", file=sys.stderr)
        return EXIT_ERROR
    except Error as e:
        print(_one_line(f"{prog}: {args.register}: {e}"), file=sys.stderr)
        return EXIT_ERROR
    try:
        print(report)
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head`: the import is done; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
