#!/usr/bin/env python3
"""For each partnership, the statutory duties that fall on it and what the
register records about them: who holds each, its latest discharge, and the
strategies in place.

    python3 examples/python/duties_report.py                 # examples/data
    python3 examples/python/duties_report.py --data my.json  # other files
    python3 examples/python/duties_report.py --kind community_safety_partnership

A duty falls on a partnership when its kind is in the duty's ``applies_to``
(libcsp's built-in catalogue says which), or when the register records that
the partnership holds it. The report is text on standard output.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from typing import Dict, List, Optional

import libcsp

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent / "data"


def latest(discharges: List[libcsp.Discharge]) -> Optional[libcsp.Discharge]:
    """The most recent discharge (by the library's date order), or None."""
    best: Optional[libcsp.Discharge] = None
    for d in discharges:
        if d.discharged_on is None:
            continue
        if best is None or best.discharged_on is None or libcsp.compare_dates(d.discharged_on, best.discharged_on) > 0:
            best = d
    return best


def report(reg: libcsp.Register, kind: Optional[str]) -> List[str]:
    lines: List[str] = []
    duties = list(reg.duties)
    partnerships = reg.partnerships.filter(kind=kind) if kind else iter(reg.partnerships)
    for p in partnerships:
        held = {h.duty_id: h for h in p.duty_holdings()}
        done: Dict[str, List[libcsp.Discharge]] = {}
        for d in p.discharges():
            done.setdefault(d.duty_id, []).append(d)
        applicable = [d for d in duties if p.kind in d.applies_to or d.id in held]
        strategies = list(p.strategies())
        if not applicable and not strategies:
            continue
        lines.append(f"{p.name} ({p.kind}, {p.area or 'no area'})")
        for s in strategies:
            period = f"{s.start_date or '?'}-{s.end_date or '?'}"
            lines.append(f"  strategy: {s.title} [{s.status}, {period}], {sum(1 for _ in s.elements())} elements")
        for duty in applicable:
            last = latest(done.get(duty.id, []))
            holding = " (held)" if duty.id in held else ""
            status = f"last discharged {last.discharged_on}: {last.title}" if last else "no discharge recorded"
            flag = "" if duty.confidence is libcsp.Confidence.VERIFIED else f" [{duty.confidence}]"
            lines.append(f"  - {duty.title}{holding}{flag}: {status}")
    return lines


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", action="append", type=pathlib.Path,
                        help="a JSON file or a directory of them (repeatable; default: examples/data)")
    parser.add_argument("--kind", choices=[k.value for k in libcsp.PartnershipKind],
                        help="only partnerships of this kind")
    args = parser.parse_args(argv)
    files: List[pathlib.Path] = []
    for src in args.data or [DEFAULT_DATA]:
        files.extend(sorted(src.glob("*.json")) if src.is_dir() else [src])
    with libcsp.Register() as reg:
        for path in files:
            try:
                reg.import_file(path)
            except libcsp.Error as exc:
                raise SystemExit(f"{path}: {exc}") from None
        lines = report(reg, args.kind)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
