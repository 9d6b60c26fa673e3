#!/usr/bin/env python3
"""Every relative link in the repository's Markdown resolves, inside the repository.

    check_links.py REPO_ROOT
    check_links.py --self-test    (it finds the broken links of a made-up tree)

Reads README.md, CHANGELOG.md, docs/*.md and every other README.md under the
repository (build/ and hidden folders left out). For each inline link or image
([text](target), ![alt](target)) and each reference definition ([id]: target)
whose target is not a URL (http:, https:, mailto:), checks that:

- the file or folder it names exists, relative to the Markdown file;
- it stays inside the repository: a user's clone has nothing beside it;
- an anchor (#section), in the same file or another Markdown file, names one of
  that file's headings as GitHub spells them (lower case, punctuation dropped,
  spaces to hyphens; a repeated heading gets -1, -2...).

Prints each broken link as FILE:LINE: target: why, and exits 1 if there is any.
"""
import re
import sys
from pathlib import Path

INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it."""
    text = re.sub(r"`([^`]*)`", r"\1", heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link's text only
    text = re.sub(r"<[^>]+>", "", text)
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def prose_lines(path: Path, code_spans: bool = False):
    """(line number, line) of a Markdown file, code blocks (and code spans
    unless code_spans) left out."""
    in_fence = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number, line if code_spans else re.sub(r"`[^`]*`", "", line)


def anchors(path: Path) -> set:
    seen: dict = {}
    out = set()
    for _, line in prose_lines(path, code_spans=True):
        m = HEADING.match(line)
        if not m:
            continue
        base = slug(m.group(1))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def markdown_files(root: Path):
    files = {root / "README.md", root / "CHANGELOG.md"}
    files.update((root / "docs").glob("*.md"))
    for readme in root.rglob("README.md"):
        rel = readme.relative_to(root).parts
        if rel[0] == "build" or any(p.startswith(".") for p in rel):
            continue
        files.add(readme)
    return sorted(f for f in files if f.is_file())


def check(root: Path, path: Path, number: int, target: str, problems: list) -> int:
    if EXTERNAL.match(target):
        return 0
    where = f"{path.relative_to(root)}:{number}: {target}"
    file_part, _, anchor = target.partition("#")
    dest = (path.parent / file_part).resolve() if file_part else path
    try:
        dest.relative_to(root)
    except ValueError:
        problems.append(f"{where}: leaves the repository (a clone has nothing beside it)")
        return 1
    if not dest.exists():
        problems.append(f"{where}: no such file or folder")
        return 1
    if anchor and dest.suffix == ".md" and dest.is_file() and anchor not in anchors(dest):
        problems.append(f"{where}: {dest.relative_to(root)} has no heading with the anchor #{anchor}")
        return 1
    return 1


def self_test() -> int:
    """The checker fails where it should: a made-up tree with three broken links."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        (root / "docs").mkdir(parents=True)
        (root / "README.md").write_text(
            "# Title\n\n## Two commands\n\n"
            "[ok](docs/a.md) [ok anchor](docs/a.md#the-a-page) [ok here](#two-commands)\n"
            "[missing](docs/missing.md) [outside](../shared/LAW.md)\n"
            "[bad anchor](docs/a.md#nowhere) [web](https://example.org/x)\n"
            "```\n[in code](not/checked.md)\n```\n"
            "[ref]: docs/a.md\n",
            encoding="utf-8",
        )
        (root / "docs" / "a.md").write_text("# The `a` page\n", encoding="utf-8")
        problems: list = []
        for number, line in prose_lines(root / "README.md"):
            targets = [m.group(1) for m in INLINE.finditer(line)]
            ref = REFERENCE.match(line)
            if ref:
                targets.append(ref.group(1))
            for target in targets:
                check(root, root / "README.md", number, target, problems)
    expected = ["docs/missing.md: no such", "../shared/LAW.md: leaves", "docs/a.md#nowhere: docs/a.md has no"]
    ok = len(problems) == 3 and all(any(e in p for p in problems) for e in expected)
    print("\n".join(problems))
    print("check_links self-test:", "OK" if ok else "FAILED")
    return 0 if ok else 1


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1]).resolve()
    problems: list = []
    links = 0
    files = markdown_files(root)
    for path in files:
        for number, line in prose_lines(path):
            targets = [m.group(1) for m in INLINE.finditer(line)]
            ref = REFERENCE.match(line)
            if ref:
                targets.append(ref.group(1))
            for target in targets:
                links += check(root, path, number, target, problems)
    for p in problems:
        print(p)
    print(f"check_links: {links} relative links in {len(files)} Markdown files, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
