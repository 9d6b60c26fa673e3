#!/usr/bin/env python3
"""Compares SWIG's Python wrapper styles for libcsp: per-call cost of a getter.

    python3 bindings/python/bench/swig_variants.py BUILD_DIR

Builds the raw module three times in a temporary directory from libcsp.i
(linking the libcsp.so of BUILD_DIR, which must have been built), with

  default   -threads -doxygen             (Python proxy functions and classes)
  -O        -O -threads -doxygen          (fast proxies)
  -builtin  -builtin -threads -doxygen    (what CMakeLists.txt uses)

and times csp_record_text(obj, field) and csp_record_int(obj, field) on an
organisation in a fresh interpreter for each. Prints ns per call (best of 5). A benchmark:
it prints figures and never fails on them.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import sysconfig
import tempfile

VARIANTS = {
    "default": ["-threads", "-doxygen"],
    "-O": ["-O", "-threads", "-doxygen"],
    "-builtin": ["-builtin", "-threads", "-doxygen"],
}

TIMING = r"""
import sys, timeit
sys.path.insert(0, sys.argv[1])
import importlib
m = importlib.import_module(sys.argv[2])
e = m.csp_schema_entity_find("organisation")
name, ra = m.csp_schema_field_find(e, "name"), m.csp_schema_field_find(e, "responsible_authority")
o = m.csp_record_new(e, "bench")
m.csp_record_set_text(o, name, "Bench")
n = 1_000_000
for fn, field in (("csp_record_text", name), ("csp_record_int", ra)):
    f = getattr(m, fn)
    t = min(timeit.repeat(lambda: f(o, field), number=n, repeat=5)) / n * 1e9
    print(f"{fn} {t:.1f}")
"""


def main() -> int:
    build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build").resolve()
    here = pathlib.Path(__file__).resolve().parent
    src = here.parent
    include = src.parent.parent / "include"
    libdir = build
    if not any(libdir.glob("libcsp.so*")):
        raise SystemExit(f"build {build} first (no libcsp.so there)")
    cflags = ["-I" + sysconfig.get_paths()["include"], "-I" + str(include), "-fPIC", "-O2", "-shared", "-w"]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, flags in VARIANTS.items():
            out = pathlib.Path(tmp) / name.strip("-")
            out.mkdir()
            wrap = out / "wrap.c"
            subprocess.run(["swig", "-python", *flags, "-I" + str(include),
                            "-outdir", str(out), "-o", str(wrap), str(src / "libcsp.i")], check=True)
            # The C module is _libcsp; a non-builtin build puts its proxy libcsp.py beside
            # it, while with -builtin the C module is used directly.
            so = out / "_libcsp.so"
            module = "_libcsp" if name == "-builtin" else "libcsp"
            subprocess.run(["cc", *cflags, str(wrap), "-o", str(so), "-L" + str(libdir),
                            "-lcsp", "-Wl,-rpath," + str(libdir)], check=True)
            proc = subprocess.run([sys.executable, "-c", TIMING, str(out), module], capture_output=True,
                                  text=True, check=True)
            results[name] = dict(line.split() for line in proc.stdout.splitlines())
    fns = ["csp_record_text", "csp_record_int"]
    print(f"{'variant':<10}" + "".join(f"{f:>42}" for f in fns) + "   (ns per call)")
    for name, r in results.items():
        print(f"{name:<10}" + "".join(f"{float(r[f]):>42.1f}" for f in fns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
