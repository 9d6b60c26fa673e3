#!/usr/bin/env python3
"""Per-call overhead of a trivial libcsp call, from C and from Python.

    python3 bindings/python/bench/call_overhead.py BUILD_DIR [--quick]

Times reading an organisation's name (a getter returning a borrowed string)
several ways:

  c          csp_organisation_name() in a plain C loop through the shared library
             (bench/call_overhead.c, built as BUILD_DIR/bindings/python/bench/call_overhead_c)
  raw        libcsp._libcsp.csp_record_text(obj, field)     (the SWIG module: the
             generic record API, which is all it wraps)
  property   org.name                                       (the libcsp package)
  setter     org.name = "..."   and   raw csp_record_set_text(obj, field, "...")

and a few heavier calls for scale (get by id from an in-memory register,
to_dict(), an iteration step). Prints nanoseconds per call, best of 5 runs.
A benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import timeit


def best(stmt: str, setup: str, g: dict, number: int) -> float:
    timer = timeit.Timer(stmt, setup, globals=g)
    return min(timer.repeat(5, number)) / number * 1e9


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quick = "--quick" in sys.argv
    build = pathlib.Path(args[0] if args else "build").resolve()
    pkg = build / "bindings" / "python" / "package"
    if pkg.is_dir():
        sys.path.insert(0, str(pkg))
    import libcsp
    from libcsp import _libcsp as C

    n = 200_000 if quick else 2_000_000
    rows = []

    exe = build / "bindings" / "python" / "bench" / "call_overhead_c"
    if not exe.exists():
        subprocess.run(["cmake", "--build", str(build), "--target", "csp_python_bench_c"],
                       check=False, capture_output=True)
    if exe.exists():
        out = subprocess.run([str(exe), str(n * 10)], capture_output=True, text=True, check=True).stdout
        rows.append(("c: csp_organisation_name(org)", float(out.split()[1])))
    else:
        rows.append(("c: (build target csp_python_bench_c to measure)", float("nan")))

    org = libcsp.Organisation("bench-org", "Bench", "police")
    raw = org._obj
    name = libcsp.Organisation.name.fid
    ra = libcsp.Organisation.responsible_authority.fid
    g = {"C": C, "org": org, "raw": raw, "libcsp": libcsp, "NAME": name, "RA": ra}
    rows.append(("raw: C.csp_record_text(raw, NAME)", best("f(raw, NAME)", "f = C.csp_record_text", g, n)))
    rows.append(("raw: C.csp_record_set_text(raw, NAME, s)",
                 best("f(raw, NAME, 'Bench')", "f = C.csp_record_set_text", g, n)))
    rows.append(("raw: C.csp_record_int(raw, RA)", best("f(raw, RA)", "f = C.csp_record_int", g, n)))
    rows.append(("package: org.name", best("org.name", "", g, n)))
    rows.append(("package: org.name = s", best("org.name = 'Bench'", "", g, n)))
    rows.append(("package: org.kind (enum)", best("org.kind", "", g, n // 2)))
    rows.append(("package: org.to_dict()", best("org.to_dict()", "", g, n // 20)))

    reg = libcsp.Register()
    reg.organisations.add(org)
    g["reg"] = reg
    g["orgs"] = reg.organisations
    g["h"] = reg._handle()
    g["E"] = libcsp.Organisation._eid
    rows.append(("raw: C.csp_record_get(reg, E, id)",
                 best("f(h, E, 'bench-org')", "f = C.csp_record_get", g, n // 20)))
    rows.append(("package: reg.organisations[id]", best("orgs['bench-org']", "", g, n // 20)))
    reg.import_json(
        '{"format": "libcsp/1", "organisations": ['
        + ",".join(f'{{"id": "o{i:05d}", "name": "O {i}", "kind": "other"}}' for i in range(10000))
        + "]}"
    )
    rows.append(("package: iterate 10,001 organisations (per item)",
                 best("for o in orgs: pass", "", g, 3) / 10001))
    reg.close()

    width = max(len(r[0]) for r in rows)
    print(f"libcsp {libcsp.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print(f"{'call':<{width}}  ns/call")
    for name, ns in rows:
        print(f"{name:<{width}}  {ns:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
