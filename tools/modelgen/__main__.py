"""modelgen: writes every layer of libcsp from libcsp/model/model.toml.

    python3 tools/modelgen            rewrite the generated files
    python3 tools/modelgen --check    fail (exit 1) naming each generated file that differs
    python3 tools/modelgen --ids      print the entity and field ids, one per line
    python3 tools/modelgen --list     print the paths it generates

Options: --root DIR (the repository; default the one holding this tool),
--model FILE (default DIR/libcsp/model/model.toml).

Python standard library only (3.11+, for tomllib); the C build never runs it:
its output is checked in, each file saying so on its first line.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from pathlib import Path
from typing import Dict

sys.path.insert(0, str(Path(__file__).resolve().parent))

import emit_c  # noqa: E402
import emit_cli  # noqa: E402
import emit_docs  # noqa: E402
import emit_python  # noqa: E402
import emit_rules  # noqa: E402
import emit_tests  # noqa: E402
from model import Model, ModelError, load  # noqa: E402


def generate(model: Model, root: Path) -> Dict[str, str]:
    files: Dict[str, str] = {}
    for emitter in (emit_c, emit_python, emit_cli, emit_tests, emit_rules):
        files.update(emitter.emit(model))
    files.update(emit_docs.emit(model, root))
    return files


def ids(model: Model) -> str:
    lines = []
    for e in model.entities:
        lines.append(f"{e.c_const} {e.index}")
        lines += [f"{f.c_const} {e.index}.{f.index}" for f in e.fields]
    return "\n".join(lines) + "\n"


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fp:
            fp.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="modelgen", description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent.parent)
    ap.add_argument("--model", type=Path)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail when a generated file differs")
    mode.add_argument("--ids", action="store_true", help="print the entity and field ids")
    mode.add_argument("--list", action="store_true", help="print the generated paths")
    args = ap.parse_args(argv)
    root: Path = args.root.resolve()
    path = args.model or root / "libcsp" / "model" / "model.toml"
    try:
        model = load(path)
    except ModelError as exc:
        print(f"modelgen: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"modelgen: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    if args.ids:
        sys.stdout.write(ids(model))
        return 0
    files = generate(model, root)
    if args.list:
        sys.stdout.write("".join(f"{p}\n" for p in sorted(files)))
        return 0
    stale = 0
    for rel, text in sorted(files.items()):
        target = root / rel
        try:
            old = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = None
        if old == text:
            continue
        if args.check:
            stale += 1
            what = "is missing" if old is None else "differs from what the model gives"
            print(f"modelgen: {rel} {what}", file=sys.stderr)
            if old is not None:
                diff = list(difflib.unified_diff(old.splitlines(), text.splitlines(), f"{rel} (checked in)",
                                                 f"{rel} (generated)", lineterm="", n=1))
                for line in diff[:40]:
                    print(f"    {line}", file=sys.stderr)
                if len(diff) > 40:
                    print(f"    ... {len(diff) - 40} more lines", file=sys.stderr)
        else:
            write_atomically(target, text)
            print(f"modelgen: wrote {rel}")
    if args.check and stale:
        print(f"modelgen: {stale} generated file(s) are stale: run python3 tools/modelgen", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
