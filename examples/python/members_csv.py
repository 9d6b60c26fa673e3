#!/usr/bin/env python3
"""List the members of every partnership by organisation kind, as CSV.

Loads the example data (examples/data/*.json, or the files or directory
given with --data) into an in-memory register, then writes one row per seat,
grouped by the kind of organisation that holds it (police, local_authority,
...), to OUTPUT or to standard output:

    python3 examples/python/members_csv.py                  # CSV on stdout
    python3 examples/python/members_csv.py members.csv      # to a file
    python3 examples/python/members_csv.py --public out.csv # without private people

Columns: organisation_kind, organisation, partnership, role, post, person,
start_date, end_date. A summary per kind goes to standard error.
"""

from __future__ import annotations

import argparse
import collections
import csv
import pathlib
import sys
from typing import Dict, Iterable, List, TextIO

import libcsp

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent / "data"

COLUMNS = [
    "organisation_kind",
    "organisation",
    "partnership",
    "role",
    "post",
    "person",
    "start_date",
    "end_date",
]


def json_files(sources: Iterable[pathlib.Path]) -> List[pathlib.Path]:
    """The JSON files named, or found in the directories named, in order."""
    files: List[pathlib.Path] = []
    for src in sources:
        if src.is_dir():
            files.extend(sorted(src.glob("*.json")))
        else:
            files.append(src)
    return files


def load(reg: libcsp.Register, files: Iterable[pathlib.Path]) -> None:
    """Imports each file; a bad file stops with the place of the error."""
    for path in files:
        try:
            reg.import_file(path)
        except libcsp.Error as exc:
            where = f"line {exc.line}, column {exc.column}" if exc.line else exc.path or "file"
            raise SystemExit(f"{path}: {where}: {exc}") from None


def rows_by_kind(reg: libcsp.Register, public: bool) -> Dict[str, List[Dict[str, str]]]:
    """One row per seat, grouped by the holding organisation's kind."""
    groups: Dict[str, List[Dict[str, str]]] = collections.defaultdict(list)
    for seat in reg.memberships:
        org = seat.organisation
        person = seat.person
        if person is not None and public and person.private:
            person = None
        groups[str(org.kind)].append(
            {
                "organisation_kind": str(org.kind),
                "organisation": org.name,
                "partnership": seat.partnership.name,
                "role": str(seat.role),
                "post": seat.post or "",
                "person": person.name if person is not None else "",
                "start_date": str(seat.start_date or ""),
                "end_date": str(seat.end_date or ""),
            }
        )
    return groups


def write_csv(out: TextIO, groups: Dict[str, List[Dict[str, str]]]) -> int:
    """Writes the rows, kinds in the library's order, and returns how many."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for kind in libcsp.OrganisationKind:
        for row in sorted(groups.get(kind.value, []), key=lambda r: (r["organisation"], r["partnership"], r["role"])):
            writer.writerow(row)
            n += 1
    return n


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", type=pathlib.Path, help="the CSV file to write (default: stdout)")
    parser.add_argument(
        "--data",
        action="append",
        type=pathlib.Path,
        help="a JSON file or a directory of them (repeatable; default: examples/data)",
    )
    parser.add_argument("--public", action="store_true", help="leave out people marked private")
    args = parser.parse_args(argv)

    files = json_files(args.data or [DEFAULT_DATA])
    if not files:
        raise SystemExit("no JSON files to load")
    with libcsp.Register() as reg:
        load(reg, files)
        groups = rows_by_kind(reg, args.public)
    if args.output is None:
        n = write_csv(sys.stdout, groups)
    else:
        with open(args.output, "w", encoding="utf-8", newline="") as f:
            n = write_csv(f, groups)
    for kind in libcsp.OrganisationKind:
        if groups.get(kind.value):
            print(f"{kind.value:>16}: {len(groups[kind.value])} seats", file=sys.stderr)
    print(f"{n} seats from {len(files)} file(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
