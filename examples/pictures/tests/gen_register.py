"""A small synthetic register for analysis.py's test, with counts known by hand.

    python3 gen_register.py OUT.json     # writes the document

Three community safety partnerships (p-a, p-b, p-c). p-a has a seat for each
kind of responsible authority and a chair; p-b only the council, and no chair;
p-c the council and the police. Actions and their dated updates (RAG and
status) tell a story whose month-end counts of open actions by RAG are
:data:`EXPECTED_RAG` as of :data:`AS_OF`:

- p-a: a1 red (Jan), amber (Feb), green (Apr); a2 green (Jan), then done in
  March (counted no more); a3 amber then red in the same month (Feb: red).
- p-b: b1 amber from an update dated "2024-03" (a month), and a later update
  with no RAG that keeps it amber; b2 red from an update dated "2023" (a
  year: counted from its last month, December 2023); b3's only update is after
  AS_OF and is not counted.
- p-c: no updates (not in the RAG figure; in the findings figure).

(tests/bench/bench_check.py's generator was not reused: its updates carry no
RAG and its actions cannot be given a known history.)
"""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, Tuple

AS_OF = "2024-06-30"

KINDS = ["local_authority", "police", "fire_and_rescue", "health", "probation"]

#: (partnership, month) -> (red, amber, green): open actions by their latest RAG at the month's end.
EXPECTED_RAG: Dict[Tuple[str, str], Tuple[int, int, int]] = {
    ("p-a", "2024-01"): (1, 0, 1),
    ("p-a", "2024-02"): (1, 1, 1),
    ("p-a", "2024-03"): (1, 1, 0),
    ("p-a", "2024-04"): (1, 0, 1),
    ("p-a", "2024-05"): (1, 0, 1),
    ("p-a", "2024-06"): (1, 0, 1),
    ("p-b", "2023-12"): (1, 0, 0),
    ("p-b", "2024-01"): (1, 0, 0),
    ("p-b", "2024-02"): (1, 0, 0),
    ("p-b", "2024-03"): (1, 1, 0),
    ("p-b", "2024-04"): (1, 1, 0),
    ("p-b", "2024-05"): (1, 1, 0),
    ("p-b", "2024-06"): (1, 1, 0),
}

#: (partnership, rule) -> result, for a few findings that follow from the seats.
EXPECTED_FINDINGS = {
    ("p-a", "CSP-MEM-001"): "met",
    ("p-a", "CSP-MEM-002"): "met",
    ("p-b", "CSP-MEM-001"): "not_met",
    ("p-b", "CSP-MEM-002"): "not_shown",  # no chair recorded: unknown, never a pass
    ("p-c", "CSP-MEM-001"): "not_met",
    ("p-c", "CSP-MEM-002"): "not_shown",
}


def _update(uid: str, date: str, rag: str = "", status: str = "") -> Dict[str, str]:
    u = {"id": uid, "date": date}
    if rag:
        u["rag"] = rag
    if status:
        u["status"] = status
    return u


def document() -> Dict[str, Any]:
    """The libcsp/1 document."""
    orgs: List[Dict[str, Any]] = [
        {"id": f"o-{k}", "name": f"Synthetic {k.replace('_', ' ')}", "kind": k, "responsible_authority": True}
        for k in KINDS
    ]
    seats_a = [{"id": f"p-a-{k}", "organisation": f"o-{k}", "role": "chair" if k == "local_authority" else "member"}
               for k in KINDS]
    partnerships = [
        {"id": "p-a", "name": "Safer Anytown", "kind": "community_safety_partnership", "area": "Anytown",
         "members": seats_a},
        {"id": "p-b", "name": "Safer Byton", "kind": "community_safety_partnership", "area": "Byton",
         "members": [{"id": "p-b-council", "organisation": "o-local_authority", "role": "member"}]},
        {"id": "p-c", "name": "Safer Ceeford", "kind": "community_safety_partnership", "area": "Ceeford",
         "members": [{"id": "p-c-council", "organisation": "o-local_authority", "role": "member"},
                     {"id": "p-c-police", "organisation": "o-police", "role": "member"}]},
    ]
    actions = [
        {"id": "a1", "partnership": "p-a", "title": "Action a1", "status": "in_progress",
         "updates": [_update("a1-1", "2024-01-10", "red"), _update("a1-2", "2024-02-15", "amber"),
                     _update("a1-3", "2024-04-01", "green")]},
        {"id": "a2", "partnership": "p-a", "title": "Action a2", "status": "done",
         "updates": [_update("a2-1", "2024-01-20", "green", "in_progress"),
                     _update("a2-2", "2024-03-05", "green", "done")]},
        {"id": "a3", "partnership": "p-a", "title": "Action a3", "status": "open",
         "updates": [_update("a3-1", "2024-02-01", "amber"), _update("a3-2", "2024-02-20", "red")]},
        {"id": "b1", "partnership": "p-b", "title": "Action b1", "status": "in_progress",
         "updates": [_update("b1-1", "2024-03", "amber"), _update("b1-2", "2024-05-31", status="in_progress")]},
        {"id": "b2", "partnership": "p-b", "title": "Action b2", "status": "open",
         "updates": [_update("b2-1", "2023", "red")]},
        {"id": "b3", "partnership": "p-b", "title": "Action b3", "status": "open",
         "updates": [_update("b3-1", "2024-07-10", "green")]},
        {"id": "c1", "partnership": "p-c", "title": "Action c1", "status": "open", "due_on": "2024-03-31"},
    ]
    return {"format": "libcsp/1", "organisations": orgs, "partnerships": partnerships, "actions": actions}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen_register.py OUT.json")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(document(), f, indent=1)
        f.write("\n")
