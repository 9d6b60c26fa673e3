#!/usr/bin/env python3
"""What Python users do in bulk, beside what sqlite3 does in the same run.

    python3 tests/bench/bench_python.py BUILD_DIR [--runs N] [--sizes 10000,100000]

Each figure is measured in a fresh process, the libcsp figure and its
ceiling interleaved run by run, and the best of N runs is kept (default 5).
A row gives microseconds per record (wall, then CPU), the process's peak RSS,
and the ratio ceiling / libcsp (1.0: as fast as the ceiling; the issue's
targets are ratios):

  add, file        Organisation(...) and reg.organisations.add() for every
                   record inside one ``with reg.transaction():``, into a new
                   file register, committed
    ceiling        sqlite3 executemany in one transaction into a register's own
                   table (same columns, CHECK constraints and indexes: written
                   by libcsp, then filled by sqlite3), committed; then the same
                   with foreign keys enforced, as every libcsp connection has them
    bare           the same into a table of three columns with only a primary
                   key (what the insert costs without the register's indexes)
  add, memory      the same into ``Register()`` (in memory) / ``:memory:``
  to_dict          ``[o.to_dict() for o in reg.organisations]`` on a file register
    ceiling        ``[dict(row) for row in ...]`` with sqlite3.Row, SELECT * of
                   the same table in the same order (ORDER BY id)
  iterate + 1 prop ``[o.name for o in reg.organisations]``
    ceiling        ``[row[1] for row in ...]`` of the same SELECT

Figures, not a test: nothing here fails on time. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from typing import Dict, List, Tuple

# The body of each case, run in a fresh process: `N`, `DIR` and `libcsp`
# (or sqlite3) are given; it sets `work` to the function timed.
PRELUDE = """
import os, resource, sqlite3, sys, time
N = {n}
DIR = {dir!r}
def clean(p):
    for s in ("", "-wal", "-shm"):
        try:
            os.unlink(p + s)
        except FileNotFoundError:
            pass
"""

# libcsp's bulk add into a register (@REGISTER@: the arguments of Register()).
ADD = """
import libcsp
def work():
    @CLEAN@
    reg = libcsp.Register(@REGISTER@)
    O, K, add = libcsp.Organisation, libcsp.OrganisationKind.POLICE, reg.organisations.add
    with reg.transaction():
        for i in range(N):
            add(O(f"o{i}", f"Organisation {i}", K))
    reg.close()
"""

# sqlite3's executemany into an empty register file that libcsp wrote before
# the clock starts (@PRAGMA@: what the connection sets first).
CEILING_FILE = """
import libcsp
p = os.path.join(DIR, "add-sqlite.csp"); clean(p)
libcsp.Register(p).close()
def work():
    db = sqlite3.connect(p)
    @PRAGMA@
    with db:
        db.executemany("INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?)",
                       ((f"o{i}", f"Organisation {i}", "police") for i in range(N)))
    db.close()
"""

CASES: Dict[str, str] = {
    "add, file": ADD.replace("@CLEAN@", 'p = os.path.join(DIR, "add.csp"); clean(p)').replace("@REGISTER@", "p"),
    "add, file: ceiling": CEILING_FILE.replace("@PRAGMA@", "pass"),
    # libcsp's connections enforce foreign keys; the same with them on.
    "add, file: ceiling, foreign keys on": CEILING_FILE.replace("@PRAGMA@", 'db.execute("PRAGMA foreign_keys = ON")'),
    "add, file: bare": """
def work():
    p = os.path.join(DIR, "add-bare.db"); clean(p)
    db = sqlite3.connect(p)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL)")
    with db:
        db.executemany("INSERT INTO organisations VALUES (?, ?, ?)",
                       ((f"o{i}", f"Organisation {i}", "police") for i in range(N)))
    db.close()
""",
    "add, memory": ADD.replace("@CLEAN@", "pass").replace("@REGISTER@", ""),
    "add, memory: ceiling": """
import libcsp
p = os.path.join(DIR, "schema.csp"); clean(p)
libcsp.Register(p).close()
src = sqlite3.connect(p)
schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")]
src.close()
def work():
    db = sqlite3.connect(":memory:")
    for sql in schema:  # the register's whole schema, as libcsp writes it
        db.execute(sql)
    with db:
        db.executemany("INSERT INTO organisations (id, name, kind) VALUES (?, ?, ?)",
                       ((f"o{i}", f"Organisation {i}", "police") for i in range(N)))
    db.close()
""",
    "to_dict": """
import libcsp
reg = libcsp.Register(os.path.join(DIR, "read.csp"), readonly=True)
def work():
    return [o.to_dict() for o in reg.organisations]
""",
    "to_dict: ceiling": """
db = sqlite3.connect(os.path.join(DIR, "read.csp"))
db.row_factory = sqlite3.Row
def work():
    return [dict(row) for row in db.execute("SELECT * FROM organisations ORDER BY id")]
""",
    "iterate + 1 prop": """
import libcsp
reg = libcsp.Register(os.path.join(DIR, "read.csp"), readonly=True)
def work():
    return [o.name for o in reg.organisations]
""",
    "iterate + 1 prop: ceiling": """
db = sqlite3.connect(os.path.join(DIR, "read.csp"))
def work():
    return [row[1] for row in db.execute("SELECT * FROM organisations ORDER BY id")]
""",
}

EPILOGUE = """
c0 = time.process_time(); t0 = time.perf_counter()
work()
t1 = time.perf_counter(); c1 = time.process_time()
print(t1 - t0, c1 - c0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(case: str, n: int, workdir: str, env: Dict[str, str]) -> Tuple[float, float, int]:
    code = PRELUDE.format(n=n, dir=workdir) + CASES[case] + EPILOGUE
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"bench_python: {case} failed:\n{out.stderr}")
    wall, cpu, rss = out.stdout.split()
    return float(wall), float(cpu), int(rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build", nargs="?", default="build/release", help="a build directory (default build/release)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each case; the best is kept (default 5)")
    ap.add_argument("--sizes", default="100000", help="records, comma-separated (default 100000)")
    args = ap.parse_args()
    pkg = pathlib.Path(args.build).resolve() / "bindings" / "python" / "package"
    if not (pkg / "libcsp").is_dir():
        print(f"bench_python: no Python package in {pkg} (build the binding first)", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(pkg))
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    print(f"bench_python: {sys.executable}, best of {args.runs} fresh processes per figure")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="bench_python.") as workdir:
            # The register the read cases read: n organisations, written once.
            setup = PRELUDE.format(n=n, dir=workdir) + CASES["add, file"] + "work()\n"
            subprocess.run([sys.executable, "-c", setup], env=env, check=True)
            os.replace(os.path.join(workdir, "add.csp"), os.path.join(workdir, "read.csp"))
            best: Dict[str, Tuple[float, float, int]] = {}
            for _ in range(args.runs):
                for case in CASES:
                    got = run(case, n, workdir, env)
                    if case not in best or got[0] < best[case][0]:
                        best[case] = got
            print(f"\n{n:,} records{'':>24}wall us/rec  cpu us/rec  peak RSS   ceiling/libcsp")
            rows: List[str] = []
            for case, (wall, cpu, rss) in best.items():
                base = case.split(":")[0]
                ratio = ""
                if ":" in case:
                    ratio = f"{best[case][0] / best[base][0]:.2f}"
                rows.append(f"  {case:<34}{wall / n * 1e6:>9.2f}  {cpu / n * 1e6:>10.2f}  {rss / 1024:>6.0f} MB   {ratio:>6}")
            print("\n".join(rows))
            print(json.dumps({"records": n, "best": {k: {"wall_s": v[0], "cpu_s": v[1], "rss_kb": v[2]}
                                                     for k, v in best.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
