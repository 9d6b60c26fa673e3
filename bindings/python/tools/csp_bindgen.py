#!/usr/bin/env python3
"""Reads the public headers and writes what the SWIG binding needs from them.

    csp_bindgen.py --include include/ --interface libcsp.i \\
                   --swig-out csp_generated.i --stub-out _libcsp.pyi

--swig-out  a SWIG fragment that libcsp.i includes: for every opaque type a
            class with its destructor (CSP_OBJECT), its `T **out` typemap
            (CSP_OUT_OBJECT) and its safe free/close function
            (CSP_RELEASE_FN); a dict typemap for every options/filter struct
            (keys = the struct's fields, defaults = its _INIT macro); the
            value-returning getters (int f(const T *): bool when documented
            "1 if ...", else int); %threadallow for every call that touches a
            register or an iterator; and the %include of every header.
--stub-out  the type stub of the raw module, with the same rules.

So a new header is bound without editing libcsp.i, as long as it follows the
conventions of DESIGN.md; anything this script does not understand stops the
build with a message saying what to teach it.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

# Headers whose order matters (the rest follow alphabetically).
HEADER_ORDER = ["common.h", "version.h", "error.h", "date.h", "register.h", "schema.h"]


class BindgenError(SystemExit):
    def __init__(self, msg: str) -> None:
        super().__init__(f"csp_bindgen: {msg}")


@dataclass
class Param:
    ctype: str  # normalised: "const char*", "csp_register*", "char**"
    name: str


@dataclass
class Func:
    ret: str
    name: str
    params: List[Param]
    doc: str
    header: str


@dataclass
class Struct:
    name: str
    fields: List[Tuple[str, str]]  # (ctype, name)
    defaults: Dict[str, str] = field(default_factory=dict)


def norm(t: str) -> str:
    t = " ".join(t.replace("*", " * ").split())
    return t.replace(" *", "*")


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


class Headers:
    def __init__(self, include: pathlib.Path) -> None:
        inc = include / "csp"
        names = [h for h in HEADER_ORDER if (inc / h).exists()]
        names += sorted(p.name for p in inc.glob("*.h") if p.name not in names and p.name != "csp.h")
        self.names = names
        self.funcs: List[Func] = []
        self.structs: Dict[str, Struct] = {}
        self.opaque: List[str] = []
        self.consts: Dict[str, str] = {}
        for h in names:
            self._parse(h, (inc / h).read_text(encoding="utf-8"))

    def _parse(self, header: str, text: str) -> None:
        decl = re.compile(
            r"(/\*\*(?:(?!\*/).)*\*/)?\s*CSP_API\s+([^;(]*?)\b(csp_\w+)\s*\(([^)]*)\)\s*;", re.S
        )
        for m in decl.finditer(text):
            params = []
            plist = " ".join(strip_comments(m.group(4)).split())
            if plist and plist != "void":
                for p in plist.split(","):
                    pm = re.match(r"(.*?)(\w+)$", p.strip())
                    if not pm:
                        raise BindgenError(f"cannot parse parameter '{p}' of {m.group(3)} in {header}")
                    params.append(Param(norm(pm.group(1)), pm.group(2)))
            self.funcs.append(Func(norm(m.group(2)), m.group(3), params, m.group(1) or "", header))
        for m in re.finditer(r"typedef\s+struct\s+(csp_\w+)\s+(csp_\w+)\s*;", text):
            self.opaque.append(m.group(2))
        code = strip_comments(text)
        for m in re.finditer(r"typedef\s+struct\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;", code, re.S):
            fields = []
            for line in m.group(2).split(";"):
                line = " ".join(line.split())
                if line:
                    fm = re.match(r"(.*?)(\w+)$", line)
                    if not fm:
                        raise BindgenError(f"cannot parse field '{line}' of {m.group(3)}")
                    fields.append((norm(fm.group(1)), fm.group(2)))
            self.structs[m.group(3)] = Struct(m.group(3), fields)
        for m in re.finditer(r"#define\s+(CSP_\w+)\s+\{([^}]*)\}", code):
            name = m.group(1)
            if not name.endswith("_INIT"):
                continue
            sname = "csp_" + name[len("CSP_"):-len("_INIT")].lower()
            if sname in self.structs:
                values = [v.strip() for v in m.group(2).split(",")]
                s = self.structs[sname]
                s.defaults = {fname: v for (_, fname), v in zip(s.fields, values)}
        for m in re.finditer(r"#define\s+(CSP_\w+)[ \t]+([^\n]+)", code):
            name, value = m.group(1), m.group(2).strip()
            if name.endswith("_INIT") or name.endswith("_H") or not value:
                continue
            if value.startswith('"'):
                self.consts[name] = "str"
            elif re.match(r"^[\s()0-9xXa-fA-FuU+*\-A-Z_]+$", value):
                self.consts[name] = "int"
        for m in re.finditer(r"typedef\s+enum\s+\w+\s*\{(.*?)\}", code, re.S):
            for em in re.finditer(r"\b(CSP_\w+)\s*=", m.group(1)):
                self.consts[em.group(1)] = "int"


@dataclass
class Model:
    objects: Dict[str, str]  # opaque type -> its release function
    value_int: Set[str]
    value_bool: Set[str]
    threadallow: List[str]
    option_structs: List[Struct]


def interface_applies(iface: str, kind: str) -> Set[str]:
    m = re.search(r"%apply\s+int\s+" + kind + r"\s*\{(.*?)\}", iface, re.S)
    return set(re.findall(r"int\s+(csp_\w+)", m.group(1))) if m else set()


def build_model(h: Headers, iface: str) -> Model:
    objects: Dict[str, str] = {}
    for f in h.funcs:
        if (
            f.ret == "void"
            and len(f.params) == 1
            and f.params[0].ctype.endswith("*")
            and not f.params[0].ctype.startswith("const ")
            and f.params[0].ctype[:-1] in h.opaque
            and (f.name.endswith("_free") or f.name.endswith("_close"))
        ):
            t = f.params[0].ctype[:-1]
            if t in objects:
                raise BindgenError(f"{t} has two release functions: {objects[t]} and {f.name}")
            objects[t] = f.name
    missing = [t for t in h.opaque if t not in objects]
    if missing:
        raise BindgenError(f"opaque types without a free/close function: {', '.join(missing)}")

    value_int = interface_applies(iface, "CSP_VALUE_INT")
    value_bool = interface_applies(iface, "CSP_VALUE_BOOL")
    for f in h.funcs:
        # A getter: int f(const T *) on an opaque type returns a value, not a status.
        if (
            f.ret == "int"
            and len(f.params) == 1
            and f.params[0].ctype.startswith("const ")
            and f.params[0].ctype[len("const "):-1] in h.opaque
        ):
            if re.search(r"\b1 if\b", f.doc):
                value_bool.add(f.name)
            else:
                value_int.add(f.name)

    threadallow = []
    for f in h.funcs:
        touches = any(
            p.ctype == "csp_register*" or (p.ctype.endswith("_iterator*") and not p.ctype.startswith("const"))
            for p in f.params
        )
        if f.name == "csp_register_open" or touches:
            threadallow.append(f.name)

    option_structs = [s for n, s in sorted(h.structs.items()) if n != "csp_error"]
    for s in option_structs:
        if not s.fields or s.fields[0] != ("unsigned int", "version"):
            raise BindgenError(f"struct {s.name} does not start with 'unsigned int version'")
        for ctype, fname in s.fields[1:]:
            if ctype not in ("const char*", "int", "unsigned int"):
                raise BindgenError(f"struct {s.name}: no dict conversion for field '{ctype} {fname}'")
    return Model(objects, value_int, value_bool, threadallow, option_structs)


def doc_text(comment: str) -> str:
    """The text of a /** ... */ comment, without the markers."""
    if not comment:
        return ""
    body = comment.strip()[3:-2]
    lines = [re.sub(r"^\s*\*\s?", "", line).rstrip() for line in body.splitlines()]
    text = "\n".join(lines).strip()
    if text in ("@{", "@}") or text.startswith("@name") or text.startswith("@file"):
        return ""  # a group marker, not this function's documentation
    return text


def _a(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun.replace("_", " ")


def default_doc(f: Func) -> str:
    m = re.match(r"csp_(\w+?)_(set|add|clear)_(\w+)$", f.name)
    if m:
        entity, verb, fld = m.group(1), m.group(2), m.group(3).replace("_", " ")
        if verb == "set":
            return (f"Sets the {fld} of {_a(entity)} (the value is copied and validated; "
                    f"None clears an optional field). Raises the libcsp exception for a bad value.")
        if verb == "add":
            return f"Appends a value to the {fld} of {_a(entity)}. Raises the libcsp exception for a bad value."
        return f"Empties the {fld} of {_a(entity)}."
    return f"{f.name}() (see include/csp/{f.header})."


def swig_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def version_macro(s: Struct) -> str:
    return s.name.upper() + "_VERSION"


def swig_fragment(h: Headers, m: Model) -> str:
    out = ["/* Generated by tools/csp_bindgen.py from include/csp/*.h; do not edit. */", ""]
    out.append("/* Getters returning a number or a flag, not a status. */")
    getters_int = sorted(m.value_int)
    getters_bool = sorted(m.value_bool)
    if getters_int:
        out.append("%apply int CSP_VALUE_INT { " + ", ".join(f"int {n}" for n in getters_int) + " };")
    if getters_bool:
        out.append("%apply int CSP_VALUE_BOOL { " + ", ".join(f"int {n}" for n in getters_bool) + " };")
    out.append("")
    out.append("/* Docstrings for the functions the header documents as a group, and for the")
    out.append(" * release wrappers (which replace the header's declaration). */")
    rel_names = set(m.objects.values())
    for f in h.funcs:
        text = doc_text(f.doc)
        if f.name in rel_names:
            target = f"csp_py_{f.name}"
            text = (text + "\n\n" if text else f"Frees a {f.params[0].ctype[:-1]}. ") + (
                "Accepts None. The Python object is cleared, so using or freeing it again "
                "raises instead of crashing; objects are also freed when garbage-collected."
            )
        elif not text:
            target = f.name
            text = default_doc(f)
        else:
            continue
        out.append(f'%feature("docstring") {target} "{swig_string(text)}";')
    out.append("")
    out.append("/* Calls that touch the store, a file or an iterator release the GIL. */")
    for n in m.threadallow:
        rel = {v: k for k, v in m.objects.items()}
        out.append(f"%threadallow csp_py_{n};" if n in rel else f"%threadallow {n};")
    out.append("")
    out.append("/* Opaque handles: classes with destructors, out-parameters, release functions. */")
    for t, rel in sorted(m.objects.items()):
        out.append(f"CSP_OBJECT({t}, {rel})")
        out.append(f"CSP_OUT_OBJECT({t})")
        out.append(f"CSP_RELEASE_FN({t}, {rel})")
    out.append("")
    out.append("/* Options and filter structs: a dict (keys = fields, defaults = the _INIT macro) or None. */")
    for s in m.option_structs:
        keys = [fname for _, fname in s.fields[1:]]
        out.append(f"%ignore {s.name};")
        out.append(f"%typemap(in) const {s.name} * ({s.name} tmp) {{")
        out.append("    static const char *const keys[] = { " + ", ".join(f'"{k}"' for k in keys) + ", NULL };")
        out.append("    if ($input == Py_None) {")
        out.append("        $1 = NULL;")
        out.append("    } else {")
        out.append(f'        if (csp_py_check_keys($input, "{s.name}", keys) < 0) SWIG_fail;')
        out.append(f"        tmp.{s.fields[0][1]} = {version_macro(s)};")
        for ctype, fname in s.fields[1:]:
            default = s.defaults.get(fname, "0" if ctype != "const char*" else "NULL")
            if ctype == "const char*":
                out.append(f'        if (csp_py_dict_text($input, "{fname}", &tmp.{fname}) < 0) SWIG_fail;')
            elif ctype == "int":
                out.append(f'        if (csp_py_dict_int($input, "{fname}", {default}, &tmp.{fname}) < 0) SWIG_fail;')
            else:
                out.append(f'        if (csp_py_dict_uint($input, "{fname}", {default}, &tmp.{fname}) < 0) SWIG_fail;')
        out.append("        $1 = &tmp;")
        out.append("    }")
        out.append("}")
    out.append("")
    out.append("/* The headers. */")
    for name in h.names:
        out.append(f'%include "csp/{name}"')
    out.append("")
    return "\n".join(out)


def typed_dict_name(struct: str) -> str:
    return "".join(p.capitalize() for p in struct.split("_")[1:])


def stub(h: Headers, m: Model) -> str:
    objects = m.objects
    released = set(objects.values())

    def ptype(t: str, name: str, fn: str) -> str:
        base = t.replace("const ", "").rstrip("*")
        if t in ("const char*", "char*"):
            optional = "_set_" in fn or (fn == "csp_schema_doc" and name == "field") or (
                name in nullable.get(fn, set()))
            return "str | None" if optional else "str"
        if t in ("int", "unsigned int", "size_t", "long"):
            return "int"
        if t == "void*":
            return "None"
        if base in objects and t.count("*") == 1:
            return f"{base} | None" if fn in released else base
        if base in h.structs:
            return f"{typed_dict_name(base)} | None"
        raise BindgenError(f"no Python type for parameter '{t} {name}' of {fn}")

    # Parameters documented as accepting NULL ("@param parent_id the new parent, or NULL").
    nullable: Dict[str, Set[str]] = {}
    for f in h.funcs:
        for pm in re.finditer(r"@param(?:\[in\])?\s+(\w+)([^@]*)", f.doc):
            if re.search(r"\bNULL\b", pm.group(2)):
                nullable.setdefault(f.name, set()).add(pm.group(1))

    lines = [
        '"""Type stub of the raw SWIG module libcsp._libcsp.',
        "",
        "Generated by tools/csp_bindgen.py from include/csp/*.h; do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TypedDict",
        "",
    ]
    for name, t in sorted(h.consts.items()):
        lines.append(f"{name}: {t}")
    lines.append("")
    for obj in sorted(objects):
        lines += [f"class {obj}:", f'    """An opaque {obj} handle, freed by {objects[obj]}()."""', ""]
    for s in m.option_structs:
        lines.append(f"class {typed_dict_name(s.name)}(TypedDict, total=False):")
        lines.append(f'    """The fields of {s.name} (version is filled in)."""')
        for ctype, fname in s.fields[1:]:
            lines.append(f"    {fname}: {'str | None' if ctype == 'const char*' else 'int | None'}")
        lines.append("")

    for f in h.funcs:
        inputs: List[str] = []
        outs: List[str] = []
        for k, p in enumerate(f.params):
            following = f.params[k + 1].name if k + 1 < len(f.params) else ""
            t, n = p.ctype, p.name
            if n == "out" and t.endswith("**"):
                base = t.replace("const ", "").rstrip("*")
                if t == "char**":
                    outs.append("str")
                elif t == "const char* const**":
                    outs.append("tuple[str, ...]")
                elif base in objects:
                    outs.append(f"{base} | None" if f.name.endswith("_next") else base)
                else:
                    raise BindgenError(f"no Python type for the out-parameter '{t}' of {f.name}")
            elif f.name == "csp_schema_field" and n in ("name", "type", "required", "target"):
                outs.append({"name": "str", "type": "int", "required": "bool", "target": "str | None"}[n])
            elif t == "const char*" and following == "len":
                inputs.append(f"{n}: str | bytes")
            elif n == "len" and t == "size_t" and k > 0 and f.params[k - 1].ctype == "const char*":
                continue
            else:
                inputs.append(f"{n}: {ptype(t, n, f.name)}")
        if f.ret == "int":
            if f.name in m.value_int:
                rtype = "int"
            elif f.name in m.value_bool:
                rtype = "bool"
            elif not outs:
                rtype = "None"
            elif len(outs) == 1:
                rtype = outs[0]
            else:
                rtype = f"tuple[{', '.join(outs)}]"
        elif f.ret == "void":
            rtype = "None"
        elif f.ret == "const char*":
            rtype = "str" if "never NULL" in f.doc else "str | None"
        elif f.ret == "size_t":
            rtype = "int"
        elif f.ret == "const csp_error*":
            rtype = "tuple[int, str, str, int, int]"
        else:
            raise BindgenError(f"no Python type for the return type '{f.ret}' of {f.name}")
        lines.append(f"def {f.name}({', '.join(inputs)}) -> {rtype}: ...")
    lines.append("")
    return "\n".join(lines)


def write_if_changed(path: pathlib.Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--include", required=True, type=pathlib.Path, help="the include/ directory")
    ap.add_argument("--interface", required=True, type=pathlib.Path, help="libcsp.i")
    ap.add_argument("--swig-out", type=pathlib.Path)
    ap.add_argument("--stub-out", type=pathlib.Path)
    args = ap.parse_args(argv)
    headers = Headers(args.include)
    model = build_model(headers, args.interface.read_text(encoding="utf-8"))
    if args.swig_out:
        write_if_changed(args.swig_out, swig_fragment(headers, model))
    if args.stub_out:
        write_if_changed(args.stub_out, stub(headers, model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
