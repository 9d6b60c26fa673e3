#!/usr/bin/env python3
"""The out-of-tree install test: what a user does after cloning.

    venv_install_test.py --source REPO --work DIR

1. creates a fresh virtual environment in DIR/venv (removing any old one),
   with the interpreter running this script;
2. `pip install REPO/bindings/python` (scikit-build-core comes from PyPI and
   builds the C library and the SWIG module);
3. `python -c "import libcsp; print(libcsp.__version__)"` must print the
   version written in include/csp/version.h;
4. runs examples/python/members_csv.py with the installed package, from a
   directory outside the repository, so nothing is imported from the tree;
5. if this interpreter has mypy, runs mypy --strict on examples/python
   against the installed package (its py.typed and _libcsp.pyi).

Needs the network (PyPI). Exit status 0 on success.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, text=True, capture_output=True, **kw)  # type: ignore[call-overload]
    dt = time.monotonic() - t0
    if proc.returncode != 0:
        print(proc.stdout[-20000:])
        print(proc.stderr[-20000:], file=sys.stderr)
        raise SystemExit(f"FAILED ({proc.returncode}) after {dt:.1f}s: {' '.join(cmd)}")
    print(f"  ok in {dt:.1f}s", flush=True)
    return proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True, type=pathlib.Path)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    args = ap.parse_args()
    src = args.source.resolve()
    work = args.work.resolve()

    m = re.search(r'#define\s+CSP_VERSION_STRING\s+"([^"]+)"',
                  (src / "include/csp/version.h").read_text(encoding="utf-8"))
    if not m:
        raise SystemExit("CSP_VERSION_STRING not found in include/csp/version.h")
    expected = m.group(1)

    venv = work / "venv"
    if venv.exists():
        shutil.rmtree(venv)
    work.mkdir(parents=True, exist_ok=True)
    run([sys.executable, "-m", "venv", str(venv)])
    py = str(venv / "bin" / "python")

    env = dict(os.environ)
    for var in ("PYTHONPATH", "PYTHONHOME", "PIP_USER"):
        env.pop(var, None)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    run([py, "-m", "pip", "install", "--no-cache-dir", str(src / "bindings" / "python")], env=env, cwd=work)

    proc = run([py, "-c", "import libcsp; print(libcsp.__version__)"], env=env, cwd=work)
    got = proc.stdout.strip()
    print(f"  import libcsp -> {got!r} (expected {expected!r})")
    if got != expected:
        raise SystemExit(f"FAILED: libcsp.__version__ is {got!r}, expected {expected!r}")

    proc = run([py, "-c", "import libcsp, os; print(os.path.dirname(libcsp.__file__))"], env=env, cwd=work)
    installed = pathlib.Path(proc.stdout.strip())
    if venv not in installed.parents:
        raise SystemExit(f"FAILED: libcsp was not imported from the venv ({installed})")
    print("  installed files:", ", ".join(sorted(p.name for p in installed.iterdir() if p.name != "__pycache__")))

    example = src / "examples" / "python" / "members_csv.py"
    if example.exists():
        out = work / "members.csv"
        run([py, str(example), "--data", str(src / "examples" / "data"), str(out)], env=env, cwd=work)
        lines = out.read_text(encoding="utf-8").splitlines()
        print(f"  members_csv.py wrote {len(lines)} lines")
        if len(lines) < 2:
            raise SystemExit("FAILED: members_csv.py wrote no members")
    # The wheel's typing (py.typed, _libcsp.pyi): mypy --strict on the examples
    # against the installed package, with this interpreter's mypy if it has one.
    has_mypy = subprocess.run([sys.executable, "-c", "import mypy"], capture_output=True).returncode == 0
    if has_mypy:
        run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--python-executable", py,
             "--cache-dir", str(work / "mypy_cache"), str(src / "examples" / "python")], env=env, cwd=work)
    else:
        print("  (mypy not installed for this interpreter: typing of the wheel not checked)")
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
