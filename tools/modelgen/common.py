"""Helpers shared by the emitters: the generated-file banner, quoting, wrapping."""

from __future__ import annotations

import json
import textwrap
from typing import List

SOURCE = "libcsp/model/model.toml"
TOOL = "tools/modelgen"


def banner(comment: str = "c") -> str:
    """The first line of every generated file."""
    text = f"Generated from {SOURCE} by {TOOL}: do not edit."
    if comment == "c":
        return f"/* {text} */"
    if comment == "py":
        return f"# {text}"
    if comment == "md":
        return f"<!-- {text} -->"
    raise ValueError(comment)


def c_str(s: str) -> str:
    """A C string literal of s."""
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def c_str_or_null(s: str | None) -> str:
    return "NULL" if s is None else c_str(s)


def py_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def wrap(text: str, width: int = 80, indent: str = "") -> List[str]:
    """Paragraph-wrapped lines of text (blank lines between paragraphs kept)."""
    lines: List[str] = []
    for para in text.strip().split("\n\n"):
        flat = " ".join(para.split())
        lines.extend(textwrap.wrap(flat, width=width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False) or [indent.rstrip()])
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def doc_comment(text: str, indent: str = "", width: int = 100) -> List[str]:
    """A /** ... */ Doxygen comment of wrapped text (lines starting with @ kept as they are)."""
    body: List[str] = []
    for block in text.strip().split("\n"):
        if block.startswith("@"):
            body.extend(textwrap.wrap(block, width=width - len(indent) - 3, subsequent_indent="    ",
                                      break_long_words=False, break_on_hyphens=False))
        elif block == "":
            body.append("")
        else:
            body.extend(textwrap.wrap(block, width=width - len(indent) - 3, break_long_words=False,
                                      break_on_hyphens=False))
    if len(body) == 1 and len(body[0]) + len(indent) + 8 <= width:
        return [f"{indent}/** {body[0]} */"]
    out = [f"{indent}/**"]
    out += [f"{indent} * {line}".rstrip() for line in body]
    out.append(f"{indent} */")
    return out
