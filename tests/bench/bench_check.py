#!/usr/bin/env python3
"""The compliance checker at national scale: how long a check of every
partnership takes, and its memory.

    python3 tests/bench/bench_check.py CSPCTL [--csps 350] [--actions 1000000]
                                              [--meetings 100000] [--runs 3]
                                              [--register PATH]

Writes a synthetic document (CSPCTL's JSON format): CSPS community safety
partnerships, each with a seat for each kind of responsible authority, a plan
and an assessment, and ACTIONS actions and MEETINGS meetings spread over them
(two thirds of the actions open or in progress, some overdue, one in seven with
an update), imports it into a file register with `cspctl import` (or uses
--register PATH, made once and kept), then runs
`cspctl check REG --as-of 2024-06-30 --format json` RUNS times in fresh
processes and prints the best wall time, its CPU, the peak RSS and the
findings. Figures, not a test. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time


def document(csps: int, actions: int, meetings: int, path: pathlib.Path) -> int:
    kinds = ["local_authority", "police", "fire_and_rescue", "health", "probation"]
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"format": "libcsp/1",\n"organisations": [\n')
        first = True
        for c in range(csps):
            for k in kinds:
                out.write(("" if first else ",\n") + json.dumps(
                    {"id": f"o{c}-{k}", "name": f"{k} {c}", "kind": k, "responsible_authority": True}))
                first = False
                n += 1
        out.write('\n],\n"partnerships": [\n')
        for c in range(csps):
            members = [{"id": f"s{c}-{k}", "organisation": f"o{c}-{k}", "role": "chair" if k == kinds[0] else "member"}
                       for k in kinds]
            out.write(("" if c == 0 else ",\n") + json.dumps(
                {"id": f"csp{c}", "name": f"Safer {c}", "kind": "community_safety_partnership",
                 "meetings_per_year": 4, "quorum": 3, "members": members}))
            n += 1 + len(members)
        out.write('\n],\n"strategies": [\n')
        for c in range(csps):
            out.write(("" if c == 0 else ",\n") + json.dumps(
                {"id": f"plan{c}", "partnership": f"csp{c}", "title": "Plan", "kind": "partnership_plan",
                 "status": "agreed", "start_date": "2023", "end_date": "2025", "agreed_on": "2023-03",
                 "strands": ["crime_and_disorder", "substance_misuse", "reoffending", "serious_violence"]}))
            n += 1
        out.write('\n],\n"assessments": [\n')
        for c in range(csps):
            out.write(("" if c == 0 else ",\n") + json.dumps(
                {"id": f"sa{c}", "partnership": f"csp{c}", "kind": "strategic_assessment", "title": "SA",
                 "completed_on": "2024-02"}))
            n += 1
        out.write('\n],\n"meetings": [\n')
        for m in range(meetings):
            c = m % csps
            month = 1 + (m // csps) % 12
            out.write(("" if m == 0 else ",\n") + json.dumps(
                {"id": f"m{m}", "partnership": f"csp{c}", "date": f"2024-{month:02d}-15", "kind": "scheduled",
                 "status": "held"}))
            n += 1
        out.write('\n],\n"actions": [\n')
        for a in range(actions):
            c = a % csps
            status = ("open", "in_progress", "done")[a % 3]
            rec = {"id": f"a{a}", "partnership": f"csp{c}", "title": f"Action {a}", "raised_on": "2024-01-10",
                   "status": status, "due_on": f"2024-{1 + a % 12:02d}", "champion": f"s{c}-police"}
            if a % 7 == 0:
                rec["updates"] = [{"id": f"u{a}", "date": "2024-06-20", "status": status}]
                n += 1
            out.write(("" if a == 0 else ",\n") + json.dumps(rec))
            n += 1
        out.write("\n]}\n")
    return n


def run(cmd: list[str]) -> tuple[float, float, bytes, bytes]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    return wall, cpu, p.stderr, p.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cspctl")
    ap.add_argument("--csps", type=int, default=350)
    ap.add_argument("--actions", type=int, default=1_000_000)
    ap.add_argument("--meetings", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--register", type=pathlib.Path,
                    help="keep the register here (made from the sizes given when it does not exist) and check it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc = pathlib.Path(tmp) / "national.json"
        reg = args.register or pathlib.Path(tmp) / "national.csp"
        if reg.exists():
            print(f"register: {reg} (as it is; the sizes given are not used)")
        else:
            records = document(args.csps, args.actions, args.meetings, doc)
            wall, cpu, _, _ = run([args.cspctl, "import", str(reg), str(doc)])
            print(f"document: {records} records ({args.csps} CSPs, {args.actions} actions, {args.meetings} "
                  f"meetings), {os.path.getsize(doc) / 1e6:.0f} MB; import {wall:.1f} s wall ({cpu:.1f} s CPU)")
        best = None
        for _ in range(args.runs):
            # a fresh process each time; /usr/bin/time gives its own peak RSS (KB)
            t = run(["/usr/bin/time", "-f", "%M", args.cspctl, "check", str(reg), "--as-of", "2024-06-30",
                     "--format", "json"])
            if best is None or t[0] < best[0]:
                best = t
        assert best is not None
        summary = json.loads(best[3])["summary"]
        findings = sum(summary[k] for k in ("met", "not_met", "not_shown"))
        peak_kb = int(best[2].decode().strip().splitlines()[-1])
        print(f"check as of 2024-06-30: best of {args.runs}: {best[0]:.2f} s wall ({best[1]:.2f} s CPU), "
              f"peak RSS {peak_kb / 1024:.0f} MB, {findings} findings ({summary})")


if __name__ == "__main__":
    main()
