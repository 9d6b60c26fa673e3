#!/usr/bin/env python3
"""integration.pictures.graph: `cspctl graph` and the pictures under docs/img.

    test_graph.py --cspctl PATH --work DIR

1. Regenerates the DOT of the bundled example data with examples/pictures/
   render.sh --dot-only and compares it, file by file, with docs/img/*.dot
   (stale: "run examples/pictures/render.sh"); each committed .dot has its
   .svg and .png beside it.
2. Renders each DOT with Graphviz's `dot -Tsvg` and `-Tpng`: the SVG is XML
   whose root is <svg>, the PNG starts with PNG's signature and an IHDR.
3. What the pictures say: the nodes and edges of a small register written
   here (names with quotes, backslashes, <, & and a line break, which must
   reach the SVG unchanged), --as-of leaving out an ended seat and a body
   that had ceased to exist, and -o replacing a file whole.
4. Errors: an unknown area, partnership or strategy exits 2 with one line
   naming it; a missing argument or a bad option exits 2.

Graphviz is optional outside CI: without `dot` the test skips (77) unless
CI=true. `dot` runs without the ASan preload of the sanitizer build.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Dict, List, Optional, Sequence, Tuple

SKIP = 77
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SOURCE = pathlib.Path(os.environ.get("CSP_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[3]))
SVG_NS = "{http://www.w3.org/2000/svg}"

failures: List[str] = []


def check(cond: bool, what: str) -> None:
    """Records a failure (the test goes on, to report every one)."""
    if not cond:
        failures.append(what)
        print(f"FAIL: {what}", file=sys.stderr)


def child_env() -> Dict[str, str]:
    """The environment for programs that are not Python: without the ASan
    runtime the sanitizer build preloads into the interpreter."""
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)
    env.pop("ASAN_OPTIONS", None)
    return env


def run(cmd: Sequence[object], **kw: object) -> "subprocess.CompletedProcess[str]":
    """Runs a command, capturing its output as text."""
    return subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=child_env(), check=False, text=True, **kw)  # type: ignore[call-overload]


def render(dot: str, path: pathlib.Path, fmt: str) -> Optional[bytes]:
    """dot -T<fmt> path; the output, or None (a failure recorded)."""
    p = subprocess.run([dot, f"-T{fmt}", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=child_env(), check=False)
    check(p.returncode == 0, f"dot -T{fmt} {path.name}: exit {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout if p.returncode == 0 else None


def svg_root(data: bytes, what: str) -> Optional[ET.Element]:
    """Parses SVG bytes; the root element if it is <svg>."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        check(False, f"{what}: not XML: {e}")
        return None
    check(root.tag == SVG_NS + "svg", f"{what}: root is {root.tag}, not <svg>")
    return root


def check_png(data: bytes, what: str) -> None:
    """PNG's signature, then an IHDR chunk with a non-zero size."""
    check(data[:8] == PNG_SIGNATURE, f"{what}: no PNG signature")
    check(data[12:16] == b"IHDR", f"{what}: no IHDR chunk first")
    if len(data) >= 24:
        w, h = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        check(w > 0 and h > 0, f"{what}: a PNG of {w}x{h}")


def svg_texts(root: ET.Element) -> List[str]:
    """Every <text> of an SVG, in order."""
    return [t.text or "" for t in root.iter(SVG_NS + "text")]


def svg_titles(root: ET.Element) -> List[str]:
    """Every <title> of an SVG (Graphviz's node and edge names)."""
    return [t.text or "" for t in root.iter(SVG_NS + "title")]


# ---- 1. the committed pictures are current ---------------------------------

def committed_pictures(cspctl: str, work: pathlib.Path) -> None:
    fresh = work / "dot"
    if fresh.exists():
        shutil.rmtree(fresh)
    p = run(["sh", SOURCE / "examples/pictures/render.sh", "--dot-only", "--out", fresh, cspctl])
    check(p.returncode == 0, f"render.sh --dot-only: exit {p.returncode}: {p.stderr}")
    img = SOURCE / "docs/img"
    made = sorted(f.name for f in fresh.glob("*.dot"))
    kept = sorted(f.name for f in img.glob("*.dot"))
    check(len(made) == 6, f"render.sh made {len(made)} DOT files, expected 6 (3 areas, 3 strategy trees): {made}")
    for name in sorted(set(made) | set(kept)):
        if name not in kept:
            check(False, f"docs/img/{name} is missing: run examples/pictures/render.sh")
        elif name not in made:
            check(False, f"docs/img/{name} is no longer drawn: run examples/pictures/render.sh")
        elif (fresh / name).read_bytes() != (img / name).read_bytes():
            check(False, f"docs/img/{name} is stale (cspctl graph now writes {fresh / name}): "
                         "run examples/pictures/render.sh")
        else:
            for ext in (".svg", ".png"):
                check((img / name).with_suffix(ext).is_file(),
                      f"docs/img/{name[:-4]}{ext} is missing: run examples/pictures/render.sh")
    print(f"ok: {len(made)} DOT files identical to docs/img")


def renders(dot: str, work: pathlib.Path) -> None:
    for f in sorted((work / "dot").glob("*.dot")):
        svg = render(dot, f, "svg")
        if svg is not None:
            root = svg_root(svg, f"dot -Tsvg {f.name}")
            if root is not None:
                check(len(svg_titles(root)) > 3, f"{f.name}: the SVG has {len(svg_titles(root))} nodes and edges")
        png = render(dot, f, "png")
        if png is not None:
            check_png(png, f"dot -Tpng {f.name}")
    img = SOURCE / "docs/img"
    for f in sorted(img.glob("*.svg")):
        svg_root(f.read_bytes(), f"docs/img/{f.name}")
    for f in sorted(img.glob("*.png")):
        check_png(f.read_bytes(), f"docs/img/{f.name}")
    print("ok: every DOT renders to SVG (XML, <svg> root) and PNG; the committed ones parse")


# ---- 3. what the pictures say -----------------------------------------------

AWKWARD = 'The "Quoted" \\ <Group> & co'


def small_register(cspctl: str, work: pathlib.Path) -> pathlib.Path:
    """A register of one area: a CSP, a group part of it and accountable to
    it, a committee that scrutinises it, a board it works with; seats of
    which one ended in 2020 and one is for a body dissolved in 2022; a
    strategy of two levels."""
    doc = {
        "format": "libcsp/1",
        "organisations": [
            {"id": "t-council", "name": "Test Council", "kind": "local_authority"},
            {"id": "t-police", "name": "Test Police", "kind": "police"},
            {"id": "t-ccg", "name": "Test CCG", "kind": "health", "dissolved_on": "2022-06-30"},
            {"id": "t-odd", "name": AWKWARD, "kind": "other"},
        ],
        "partnerships": [
            {"id": "t-committee", "name": "Test crime and disorder committee", "kind": "scrutiny_committee",
             "area": "Testshire"},
            {"id": "t-board", "name": "Test health board", "kind": "board", "area": "Testshire",
             "works_with": ["t-csp"]},
            {"id": "t-csp", "name": "Safer Test", "short_name": "ST", "kind": "community_safety_partnership",
             "area": "Testshire", "scrutinised_by": "t-committee", "works_with": ["t-board"],
             "members": [
                 {"id": "t-csp-chair", "organisation": "t-council", "role": "chair", "post": "leader"},
                 {"id": "t-csp-council", "organisation": "t-council", "role": "member"},
                 {"id": "t-csp-council2", "organisation": "t-council", "role": "member"},
                 {"id": "t-csp-police", "organisation": "t-police", "role": "member"},
                 {"id": "t-csp-old", "organisation": "t-police", "role": "vice_chair", "end_date": "2020-03-31"},
                 {"id": "t-csp-ccg", "organisation": "t-ccg", "role": "member"},
                 {"id": "t-csp-odd", "organisation": "t-odd", "role": "observer",
                  "post": 'the "lead" \\ officer'},
             ]},
            {"id": "t-group", "name": AWKWARD, "kind": "task_group", "area": "Testshire",
             "parent": "t-csp", "accountable_to": "t-csp",
             "members": [{"id": "t-group-police", "organisation": "t-police", "role": "chair"}]},
            {"id": "z-elsewhere", "name": "Elsewhere board", "kind": "board", "area": "Elsewhere",
             "works_with": ["t-board"]},
            {"id": "z-far", "name": "Far board", "kind": "board", "area": "Faraway"},
        ],
        "strategies": [
            {"id": "t-plan", "partnership": "t-csp", "title": "Test plan", "kind": "partnership_plan",
             "status": "agreed", "start_date": "2024", "end_date": "2026",
             "elements": [
                 {"id": "t-plan-a", "kind": "strand", "title": "Strand A"},
                 {"id": "t-plan-a1", "parent": "t-plan-a", "kind": "objective", "title": "Objective A1",
                  "text": "Line one\nline \"two\" \\ end", "delivered_by": "t-group"},
                 {"id": "t-plan-a2", "parent": "t-plan-a", "kind": "objective", "title": "Objective A2"},
                 {"id": "t-plan-b", "kind": "strand", "title": "Strand B"},
             ]},
            {"id": "t-empty", "partnership": "t-csp", "title": "Empty plan", "kind": "other", "status": "draft"},
        ],
    }
    src = work / "small.json"
    src.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    reg = work / "small.csp"
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(str(reg) + suffix).unlink(missing_ok=True)
    p = run([cspctl, "import", reg, src])
    if p.returncode != 0:
        raise SystemExit(f"FAIL: cspctl import of the test register: {p.stderr}")
    return reg


def edges(dot_text: str) -> List[str]:
    """The edge lines of a DOT text, as 'tail -> head [label'."""
    out = []
    for line in dot_text.splitlines():
        m = re.match(r'\s*(".*?" -> ".*?")( \[label="[^"]*")?', line)
        if m and " -> " in line:
            out.append(m.group(1) + (m.group(2) or ";"))
    return out


def graph(cspctl: str, reg: pathlib.Path, *args: object) -> "subprocess.CompletedProcess[str]":
    return run([cspctl, "graph", reg, *args])


def what_pictures_say(cspctl: str, dot: Optional[str], work: pathlib.Path) -> None:
    reg = small_register(cspctl, work)

    p = graph(cspctl, reg, "--list")
    check(p.returncode == 0 and p.stdout == "area\tElsewhere\narea\tFaraway\narea\tTestshire\n"
          "strategy\tt-empty\t0\tEmpty plan\nstrategy\tt-plan\t4\tTest plan\n", f"--list: {p.stdout!r} {p.stderr}")

    p = graph(cspctl, reg, "--area", "Testshire")
    check(p.returncode == 0, f"--area Testshire: exit {p.returncode}: {p.stderr}")
    area = p.stdout
    again = graph(cspctl, reg, "--area", "Testshire").stdout
    check(area == again, "--area Testshire: two runs differ")
    e = edges(area)
    expected = [
        '"p:t-board" -> "p:t-csp" [label="works with"',          # once, though both record it
        '"p:t-csp" -> "p:t-committee" [label="scrutinised by"',
        '"p:t-group" -> "p:t-csp" [label="part of"',
        '"p:t-group" -> "p:t-csp" [label="accountable to"',
        '"p:z-elsewhere" -> "p:t-board" [label="works with"',     # a neighbour from another area
        '"o:t-ccg" -> "p:t-csp" [label="Member"',
        '"o:t-council" -> "p:t-csp" [label="Chair, Member \u00d72"',
        '"o:t-odd" -> "p:t-csp" [label="Observer"',
        '"o:t-police" -> "p:t-csp" [label="Vice-chair, Member"',
        '"o:t-police" -> "p:t-group" [label="Chair"',
    ]
    check(sorted(e) == sorted(expected), f"--area Testshire: edges {e}")
    check('tooltip="the \\"lead\\" \\\\ officer (Observer)"' in area, "a post is not escaped for DOT")
    check('"p:z-far"' not in area, "--area Testshire draws a partnership unrelated to the area")
    check("Every seat on record" in area, "--area without --as-of does not say it shows every seat")
    # Escaping: a DOT quoted string (the tooltip of the seats) and an HTML label.
    check('"p:t-group"' in area and "The &quot;Quoted&quot; \\ &lt;Group&gt; &amp;" in area,
          "the awkward name is not escaped for an HTML label")

    p = graph(cspctl, reg, "--area", "Testshire", "--as-of", "2024-06-30")
    check(p.returncode == 0, f"--as-of: exit {p.returncode}: {p.stderr}")
    e = edges(p.stdout)
    check('"o:t-police" -> "p:t-csp" [label="Member"' in e, f"--as-of 2024-06-30: the ended seat is drawn: {e}")
    check(not any(x.startswith('"o:t-ccg"') for x in e), "--as-of 2024-06-30: the dissolved body's seat is drawn")
    check('"o:t-ccg"' not in p.stdout, "--as-of 2024-06-30: the dissolved body is drawn")
    check("Seats in force on 2024-06-30" in p.stdout, "--as-of: the title does not say the date")
    e2019 = edges(graph(cspctl, reg, "--area", "Testshire", "--as-of", "2019").stdout)
    check('"o:t-police" -> "p:t-csp" [label="Vice-chair, Member"' in e2019 and
          '"o:t-ccg" -> "p:t-csp" [label="Member"' in e2019, f"--as-of 2019: {e2019}")

    p = graph(cspctl, reg, "--partnership", "t-group")
    e = edges(p.stdout)
    check(p.returncode == 0 and sorted(e) == sorted([
        '"p:t-group" -> "p:t-csp" [label="part of"', '"p:t-group" -> "p:t-csp" [label="accountable to"',
        '"o:t-police" -> "p:t-group" [label="Chair"']), f"--partnership t-group: {e} {p.stderr}")
    check('"p:t-board"' not in p.stdout, "--partnership t-group draws a partnership it does not relate to")

    p = graph(cspctl, reg, "--strategy", "t-plan")
    e = edges(p.stdout)
    check(p.returncode == 0 and e == ['"s:t-plan" -> "e:t-plan-a";', '"e:t-plan-a" -> "e:t-plan-a1";',
                                      '"e:t-plan-a" -> "e:t-plan-a2";', '"s:t-plan" -> "e:t-plan-b";'],
          f"--strategy t-plan: {e} {p.stderr}")
    for num, kind in (("1", "Strand"), ("1.1", "Objective"), ("1.2", "Objective"), ("2", "Strand")):
        check(f"<B>{num}</B>  {kind}" in p.stdout, f"--strategy: element {num} ({kind}) is not numbered")
    # A line break, a quote and a backslash in a DOT quoted string (the tooltip).
    check('tooltip="Line one\\nline \\"two\\" \\\\ end"' in p.stdout, "the element's text is not escaped for DOT")
    check("delivered by The &quot;Quoted&quot;" in p.stdout, "the delivering group is not named")

    # -o replaces a file whole; the DOT is the same as on standard output.
    out = work / "out.dot"
    out.write_text("old", encoding="utf-8")
    p = graph(cspctl, reg, "--strategy", "t-plan", "-o", out)
    check(p.returncode == 0 and out.read_text(encoding="utf-8") == graph(cspctl, reg, "--strategy", "t-plan").stdout,
          f"-o: {p.stderr}")
    check(not list(work.glob("out.dot.*")), "-o left a temporary file")
    p = graph(cspctl, reg, "--strategy", "t-plan", "-o", work / "no-such-dir" / "x.dot")
    check(p.returncode == 1 and "no-such-dir/x.dot" in p.stderr and p.stderr.count("\n") == 1,
          f"-o into a missing folder: exit {p.returncode}: {p.stderr!r}")

    if dot:
        for name, args in (("area", ["--area", "Testshire"]), ("strategy", ["--strategy", "t-plan"])):
            f = work / f"small-{name}.dot"
            graph(cspctl, reg, *args, "-o", f)
            svg = render(dot, f, "svg")
            root = svg_root(svg, f"small {name} SVG") if svg else None
            if root is not None:
                texts = " ".join(svg_texts(root))
                check(AWKWARD in texts or 'The "Quoted" \\ <Group> &' in texts,
                      f"small {name} SVG: the awkward name does not reach the picture: {texts[:300]}")
                if name == "strategy":
                    tips = [a.get("{http://www.w3.org/1999/xlink}title", "") for a in root.iter(SVG_NS + "a")]
                    check('Line one\nline "two" \\ end' in tips, f"small strategy SVG: tooltip {tips}")
    print("ok: nodes, edges, --as-of, escaping and -o")


# ---- 4. errors ------------------------------------------------------------------

def errors(cspctl: str, work: pathlib.Path) -> None:
    reg = work / "small.csp"
    cases: List[Tuple[List[str], int, List[str]]] = [
        (["--area", "Nowhere"], 2, ['no partnership in area "Nowhere"', "Testshire"]),
        (["--partnership", "no-such"], 2, ['no partnership "no-such"']),
        (["--strategy", "no-such-plan"], 2, ['no strategy "no-such-plan"']),
        ([], 2, ["expected one of --area"]),
        (["--area"], 2, ["--area needs a value"]),
        (["--area", "Testshire", "--strategy", "t-plan"], 2, ["expected one of"]),
        (["--strategy", "t-plan", "--as-of", "2024"], 2, ["--as-of applies to"]),
        (["--area", "Testshire", "--as-of", "2024-02-30"], 2, ["--as-of: \"2024-02-30\" is not a date: 2024-02 has 29 days"]),
        (["--area", "Testshire", "--colour"], 2, ["unknown option"]),
    ]
    for args, status, words in cases:
        p = graph(cspctl, reg, *args)
        line = p.stderr
        check(p.returncode == status and line.count("\n") == 1 and all(w in line for w in words)
              and p.stdout == "", f"cspctl graph {' '.join(args)}: exit {p.returncode}, stderr {line!r}")
    p = run([cspctl, "graph"])
    check(p.returncode == 2 and "expected REGISTER" in p.stderr, f"cspctl graph: {p.returncode} {p.stderr!r}")
    p = run([cspctl, "graph", work / "missing.csp", "--area", "X"])
    check(p.returncode == 1 and "missing.csp" in p.stderr and p.stderr.count("\n") == 1,
          f"a missing register: {p.returncode} {p.stderr!r}")
    p = run([cspctl, "graph", "--help"])
    check(p.returncode == 0 and "--strategy ID" in p.stdout, "cspctl graph --help")
    print("ok: errors exit 2 (1 for a register that cannot be opened) with one line naming the cause")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cspctl", required=True)
    ap.add_argument("--work", required=True, type=pathlib.Path)
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    dot = shutil.which("dot")
    if not dot and os.environ.get("CI") != "true":
        print("skipped: Graphviz's dot is not installed (Debian package graphviz)")
        return SKIP
    check(dot is not None, "Graphviz's dot is not installed (Debian package graphviz), and CI=true")
    committed_pictures(a.cspctl, a.work)
    if dot:
        renders(dot, a.work)
    what_pictures_say(a.cspctl, dot, a.work)
    errors(a.cspctl, a.work)
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("integration.pictures.graph: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
