#!/usr/bin/env python3
"""Single-bit flips in a register file, as the hardening issue probed them.

    tests/stress/bitflip.py CSPCTL [TRIALS] [SEED]

Imports examples/data/*.json into a register with CSPCTL, then for each trial
copies it, flips one bit at a random offset, and runs `CSPCTL export` on the
copy as a user would. Each trial is classed:

  refused    the open or the export failed with an error (detected)
  unchanged  the export is the original's, byte for byte (a flip in unused
             space, or in a page the export never reads)
  changed    the export differs: the flip reached the data silently

and for `changed`, whether the changed export would be refused by the
importer itself (a value the model refuses, handed out) or is valid data
that no rule can tell from an edit (a changed letter in a name). Also: any
crash (a signal) is counted. Prints the figures; asserts nothing.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, **kw)


def main() -> int:
    cspctl = sys.argv[1]
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    work = Path(tempfile.mkdtemp(prefix="bitflip."))
    try:
        base = work / "base.csp"
        data = sorted(str(p) for p in (ROOT / "examples" / "data").glob("*.json"))
        p = run([cspctl, "import", str(base)] + data)
        if p.returncode:
            print(p.stderr.decode(), file=sys.stderr)
            return 2
        original = run([cspctl, "export", str(base)]).stdout
        size = base.stat().st_size
        counts = {"refused": 0, "unchanged": 0, "changed-invalid": 0, "changed-valid": 0, "crashed": 0}
        examples = {}
        changed_keys = {}
        for t in range(trials):
            copy = work / "t.csp"
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            shutil.copyfile(base, copy)
            offset = rng.randrange(size)
            bit = rng.randrange(8)
            with open(copy, "r+b") as f:
                f.seek(offset)
                b = f.read(1)[0]
                f.seek(offset)
                f.write(bytes([b ^ (1 << bit)]))
            p = run([cspctl, "export", str(copy)])
            if p.returncode < 0:
                kind = "crashed"
            elif p.returncode:
                kind = "refused"
            elif p.stdout == original:
                kind = "unchanged"
            else:
                # Would libcsp itself take what it handed out?
                out = work / "out.json"
                out.write_bytes(p.stdout)
                check = work / "check.csp"
                for suffix in ("", "-wal", "-shm"):
                    Path(str(check) + suffix).unlink(missing_ok=True)
                q = run([cspctl, "import", str(check), str(out)])
                kind = "changed-valid" if q.returncode == 0 else "changed-invalid"
                # Which key's value changed (the first differing line).
                for a, b in zip(original.decode(errors="replace").splitlines(),
                                p.stdout.decode(errors="replace").splitlines()):
                    if a != b:
                        key = a.strip().split(":", 1)[0].strip('"') if ":" in a else "(list item)"
                        changed_keys[key] = changed_keys.get(key, 0) + 1
                        break
            counts[kind] += 1
            if kind not in examples:
                detail = p.stderr.decode(errors="replace").strip().splitlines()[:1]
                examples[kind] = f"offset {offset} bit {bit}" + (f": {detail[0][:160]}" if detail else "")
        print(f"bit flips: {trials} trials on a {size}-byte register ({cspctl})")
        for k, v in counts.items():
            print(f"  {k:16} {v:4}  {examples.get(k, '')}")
        if changed_keys:
            print("  changed values, by key: " + ", ".join(f"{k} {v}" for k, v in sorted(changed_keys.items())))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
