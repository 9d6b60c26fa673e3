#!/usr/bin/env python3
"""integration.pictures.analysis: analysis.py on a generated register.

    test_analysis.py --work DIR

Writes the synthetic document of gen_register.py (three partnerships,
actions and updates whose month-end RAG counts are known by hand), then:

- build_frames() on it (imported as JSON into memory, and as a register
  file): the RAG counts per partnership and month are gen_register's
  EXPECTED_RAG exactly; the update after the date is left out; the findings
  by family are the counts of reg.check()'s findings, and a few findings
  that follow from the seats are what they must be;
- analysis.py run as a program writes two PNGs (signature, IHDR, a sensible
  size) and their CSV tables, and refuses a bad date, a missing file and an
  unknown partnership with one line.

pandas and matplotlib are optional outside CI: without them the test skips
(77) unless CI=true.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import os
import pathlib
import subprocess
import sys

SKIP = 77
HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = HERE.parent / "analysis.py"

failures = []


def check(cond: bool, what: str) -> None:
    """Records a failure (the test goes on, to report every one)."""
    if not cond:
        failures.append(what)
        print(f"FAIL: {what}", file=sys.stderr)


def check_png(path: pathlib.Path) -> None:
    """A PNG: its signature, an IHDR chunk first, and at least 400 x 200 pixels."""
    if not path.is_file():
        check(False, f"{path.name} was not written")
        return
    data = path.read_bytes()
    check(data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path.name} is not a PNG")
    w, h = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    check(w >= 400 and h >= 200, f"{path.name} is {w}x{h} pixels")


def frames_checks(analysis, gen, reg_path: pathlib.Path, json_path: pathlib.Path) -> None:
    import libcsp

    check(str(analysis.month_of("2024-03-15")) == "2024-03" and str(analysis.month_of("2024-03")) == "2024-03"
          and str(analysis.month_of("2023")) == "2023-12", "month_of")

    for label, paths in (("JSON", [json_path]), ("register file", [reg_path])):
        with analysis.load([str(p) for p in paths]) as reg:
            fr = analysis.build_frames(reg, gen.AS_OF)
            findings = reg.check(gen.AS_OF)
        got = {(p, str(m)): tuple(int(v) for v in row) for (p, m), row in
               zip(fr.rag_by_month.index, fr.rag_by_month[["red", "amber", "green"]].itertuples(index=False))}
        check(got == gen.EXPECTED_RAG, f"{label}: rag_by_month\n  got      {sorted(got.items())}\n"
                                       f"  expected {sorted(gen.EXPECTED_RAG.items())}")
        check(list(fr.rag_by_month.columns) == ["red", "amber", "green"], f"{label}: rag_by_month columns")
        check(len(fr.updates) == 10 and "b3-1" not in set(fr.updates["id"]),
              f"{label}: {len(fr.updates)} updates (10 expected, b3-1's after the date left out)")
        check(set(fr.updates["partnership"]) == {"p-a", "p-b"}, f"{label}: updates' partnerships")

        # The findings by family are the counts of the checker's own findings.
        expected = collections.Counter((f.partnership, f.rule.split("-")[1], f.result.value) for f in findings)
        table = fr.findings_by_family
        got_f = collections.Counter({(p, fam, res): int(table.loc[(p, fam), res])
                                     for p, fam in table.index for res in ("met", "not_met", "not_shown")
                                     if int(table.loc[(p, fam), res])})
        check(got_f == expected, f"{label}: findings_by_family {dict(got_f)} != {dict(expected)}")
        check(len(findings) > 10 and int(table.to_numpy().sum()) == len(findings),
              f"{label}: {int(table.to_numpy().sum())} findings counted of {len(findings)}")
        check(set(table.index.get_level_values(0)) == {"p-a", "p-b", "p-c"}, f"{label}: findings' partnerships")
        families = {r.id.split("-")[1] for r in libcsp.rules()}
        check(set(fr.findings["family"]) <= families, f"{label}: families {set(fr.findings['family'])}")
        for (p, rule), result in gen.EXPECTED_FINDINGS.items():
            rows = fr.findings[(fr.findings["partnership"] == p) & (fr.findings["rule"] == rule)]
            check(list(rows["result"]) == [result], f"{label}: {p} {rule}: {list(rows['result'])}, not {result}")
        check(fr.partnership_names["p-a"] == "Safer Anytown", f"{label}: partnership names")
    print("ok: the DataFrames hold the expected counts (JSON and register file)")


def script_checks(analysis, gen, reg_path: pathlib.Path, json_path: pathlib.Path, work: pathlib.Path) -> None:
    def run(*args: object) -> subprocess.CompletedProcess:
        """analysis.py as a program (its own process)."""
        return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, check=False)

    def call(*args: object) -> subprocess.CompletedProcess:
        """analysis.main() in this process (pandas and matplotlib are slow to
        import on a loaded machine): its exit status and what it printed."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = analysis.main([str(x) for x in args])
            except SystemExit as e:  # argparse's usage errors
                status = e.code if isinstance(e.code, int) else 1
        return subprocess.CompletedProcess([str(x) for x in args], status, out.getvalue(), err.getvalue())

    for label, src, how in (("register", reg_path, run), ("json", json_path, call)):
        out = work / f"out-{label}"
        for f in out.glob("*"):
            f.unlink()
        p = how(src, "--as-of", gen.AS_OF, "--out", out)
        check(p.returncode == 0, f"analysis.py {label}: exit {p.returncode}: {p.stderr}")
        for name in ("actions_rag_by_month.png", "findings_by_family.png"):
            check_png(out / name)
        csv = (out / "rag_by_month.csv").read_text(encoding="utf-8") if (out / "rag_by_month.csv").is_file() else ""
        check(csv.splitlines()[:2] == ["partnership,month,red,amber,green", "p-a,2024-01,1,0,1"],
              f"rag_by_month.csv: {csv[:200]!r}")
        check((out / "findings_by_family.csv").is_file(), "findings_by_family.csv was not written")

    p = call(reg_path, "--as-of", gen.AS_OF, "--out", work / "one", "--partnership", "p-b")
    check(p.returncode == 0, f"--partnership p-b: {p.stderr}")
    check_png(work / "one" / "findings_by_family.png")

    for args, status, words in (
        ((reg_path, "--as-of", "2024-02-30", "--out", work / "x"), 2, "a full date is needed"),
        ((reg_path, "--as-of", "2024-06", "--out", work / "x"), 2, "a full date is needed"),
        ((work / "missing.csp", "--as-of", gen.AS_OF, "--out", work / "x"), 1, "missing.csp"),
        ((work / "missing.json", "--as-of", gen.AS_OF, "--out", work / "x"), 1, "missing.json"),
        ((reg_path, "--as-of", gen.AS_OF, "--out", work / "x", "--partnership", "p-zz"), 2, "'p-zz'"),
        ((reg_path, json_path, "--as-of", gen.AS_OF, "--out", work / "x"), 1, "one register file"),
    ):
        p = call(*args)
        last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
        check(p.returncode == status and words in last, f"analysis.py {args[1:]}: exit {p.returncode}, {last!r}")
    print("ok: analysis.py writes its PNGs and tables, and refuses bad input")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", required=True, type=pathlib.Path)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    missing = []
    for module, package in (("pandas", "python3-pandas"), ("matplotlib", "python3-matplotlib")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        if os.environ.get("CI") != "true":
            print(f"skipped: {', '.join(missing)} not installed (Debian package{'s' if len(missing) > 1 else ''} "
                  f"{' '.join(missing)})")
            return SKIP
        print(f"FAIL: {', '.join(missing)} not installed, and CI=true", file=sys.stderr)
        return 1

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent))
    import analysis  # noqa: E402 - after the dependency check
    import gen_register as gen  # noqa: E402
    import libcsp

    json_path = a.work / "synthetic.json"
    subprocess.run([sys.executable, str(HERE / "gen_register.py"), str(json_path)], check=True)
    reg_path = a.work / "synthetic.csp"
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(str(reg_path) + suffix).unlink(missing_ok=True)
    with libcsp.Register(str(reg_path)) as reg:
        reg.import_file(str(json_path))

    frames_checks(analysis, gen, reg_path, json_path)
    script_checks(analysis, gen, reg_path, json_path, a.work)
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("integration.pictures.analysis: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
