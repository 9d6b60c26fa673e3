"""The docs: docs/data-model.md, docs/duties.md, docs/libcsp.schema.json, and
the generated regions of docs/api.md (the entity headers, the error codes)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List

from common import banner
from emit_c import entity_decls
from model import Entity, Field, Model, ModelError

TYPE_NAMES = {
    "id": "id", "text": "text", "enum": "enum", "bool": "boolean", "int": "integer", "date": "date",
    "ref": "reference", "text_list": "list of text", "ref_list": "list of references",
    "enum_list": "list of enum", "date_list": "list of dates",
}


def emit(model: Model, root: Path) -> Dict[str, str]:
    return {
        "docs/data-model.md": data_model_md(model),
        "docs/duties.md": duties_md(model),
        "docs/libcsp.schema.json": schema_json(model),
        "docs/api.md": api_md(model, root / "docs" / "api.md"),
    }


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ---------------------------------------------------------------------------
# docs/data-model.md
# ---------------------------------------------------------------------------


def field_notes(model: Model, e: Entity, f: Field) -> str:
    notes = [f.doc]
    if f.nested:
        notes.append(f"Not written in JSON: implied by nesting in the {e.nest_in.name}.")  # type: ignore[union-attr]
    if f.order:
        notes.append("Kept by libcsp, not written in JSON: implied by the order of the list.")
    elif f.builtin:
        notes.append("Kept by libcsp: true for its built-in records; never in JSON.")
    if f.tree:
        notes.append(f"The {e.plural} under one {e.nested_field.name} form a tree.")  # type: ignore[union-attr]
    if f.private:
        notes.append("When true, the record is left out of public exports.")
    if f.personal:
        notes.append("Left out of public exports when it names a private record.")
    if f.format == "gss":
        notes.append("Checked: a capital letter and eight digits.")
    if f.type in ("text", "text_list"):
        notes.append(("Several lines (line breaks and tabs allowed)" if f.multiline else "One line")
                     + f", at most {f.max_length:,} characters" + (" each." if f.type == "text_list" else "."))
    if f.acyclic:
        notes.append(f"Following it from a {e.name} never leads back to that {e.name}.")
    if f.feeds:
        notes.append("Feeds the rules " + ", ".join(f"`{r}`" for r in f.feeds) + ".")
    return " ".join(cell(n) for n in notes)


def data_model_md(model: Model) -> str:
    out = [
        "# The data model",
        "",
        banner("md"),
        "",
        "The model is described once, in `libcsp/model/model.toml`; `tools/modelgen` writes every",
        "layer from that description: the C field tables the store, validation and the JSON codec",
        "read, the typed functions and their headers, the Python classes, cspctl's listings, this",
        "page, [duties.md](duties.md), [libcsp.schema.json](libcsp.schema.json) and the generated",
        "parts of [api.md](api.md). [modelgen.md](modelgen.md) says how to change it.",
        "",
        "Dates are ISO 8601, full or partial (`2002`, `2002-01`, `2002-01-15`). Ids are 1-128",
        "characters: a letter or digit, then letters, digits and `. _ : / -`. A boolean that is",
        "false and an optional field with no value are left out of exports. Each entity and field",
        "has a stable number (`csp/model.h`): `CSP_ENTITY_<ENTITY>` and `CSP_<ENTITY>_<FIELD>`, the",
        "\"id\" column below; numbers are only ever appended. *Filterable* fields are indexed: a query",
        "on them ([queries.md](queries.md)) uses the index.",
        "",
        f"Schema version {model.schema_version}; JSON format `{model.json_format}`.",
        "",
        "| entity | id | in JSON | since | what it records |",
        "| --- | --- | --- | --- | --- |",
    ]
    for e in model.entities:
        where = (f"`{e.nest_key}` of each {e.nest_in.name}" if e.nest_in else f"top-level `{e.plural}`")
        out.append(f"| [{e.name}](#{e.name}) | {e.index} | {where} | {e.since} | {cell(e.doc)} |")
    for e in model.entities:
        out += ["", f"## {e.name}", "", e.doc, ""]
        if e.nest_in:
            out.append(f"In JSON: objects in the `{e.nest_key}` array of each {e.nest_in.name}. "
                       f"SQL table: `{e.plural}`. Since schema version {e.since}.")
        else:
            out.append(f"In JSON: objects in the top-level `{e.plural}` array. SQL table: `{e.plural}`. "
                       f"Since schema version {e.since}.")
        if e.children:
            out += ["", "Nested in its objects: " + ", ".join(
                f"`{c.nest_key}` ([{c.name}](#{c.name}))" for c in e.children) + "."]
        for c in e.checks:
            text = f"Rule: {c.doc or c.describe()}"
            if c.doc:
                text += f" (`{c.describe()}`)"
            if c.kind == "date_order":
                text += " (partial dates as the periods they name)"
            if c.across:
                text += "; it reads another record, and is checked whichever of them is written"
            out += ["", text + "."]
        for ix in e.indexes:
            out += ["", f"Index `{e.plural}_{ix.name}` (since {ix.since}): {ix.doc} Partial, over the records whose "
                    f"`{ix.where.name}` is " + " or ".join(f"`{v}`" for v in ix.values) + "; covering, with "
                    + ", ".join(f"`{f.name}`" for f in ix.fields) + " in that order."]
        out += ["", "| id | field | type | required | filterable | values or target | description |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        for f in e.fields:
            if f.enum:
                values = f"[{f.enum.name}](#{f.enum.name})"
            elif f.ref:
                values = f"{f.ref} id"
            elif f.type == "int" and not f.readonly:
                values = f"{f.min} to {f.max}"
            else:
                values = ""
            since = f" (since {f.since})" if f.since != e.since else ""
            out.append(f"| {f.index} | `{f.name}`{since} | {TYPE_NAMES[f.type]} | {'yes' if f.required else 'no'} | "
                       f"{'yes' if f.filter else 'no'} | {values} | {field_notes(model, e, f)} |")
    out += ["", "## Enumerations", ""]
    out.append("Each value has a label for people (`csp_schema_enum_label()`, `member.label` in Python).")
    for en in model.enums.values():
        users = [f"`{e.name}.{f.name}`" for e in model.entities for f in e.fields if f.enum is en]
        out += ["", f"### {en.name}", "", f"{en.doc} Used by {', '.join(users) or 'no field'}.", "",
                "| value | label | meaning |", "| --- | --- | --- |"]
        out += [f"| `{v.value}` | {cell(v.label)} | {cell(v.doc)} |" for v in en.values]
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# docs/duties.md
# ---------------------------------------------------------------------------


def duties_md(model: Model) -> str:
    out = [
        "# The built-in duty catalogue",
        "",
        banner("md"),
        "",
        "Every register holds these duties (`cspctl list REGISTER duties`, `csp_duty_iterator_new()`).",
        "They come from the statutes and regulations summarised in [law.md](law.md). Confidence:",
        "**verified** means read in the legislation's own text; **secondary** means from guidance",
        "summaries or council pages; **unverified** means recollection, or guidance we could not",
        "read. A figure that is not verified is never presented as law: the note says which part is",
        "uncertain. Built-in duties cannot be edited or deleted, and are not exported; a register",
        "may add local duties beside them. They are written in `libcsp/model/model.toml`",
        "(`[[builtin.duty]]`).",
        "",
        "| code | duty | legal source | in force | recurrence | falls on | confidence | note |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for b in model.builtins:
        if b.entity.name != "duty":
            continue
        v = b.values
        falls = ", ".join(v.get("applies_to", [])) or "each responsible authority"
        out.append(f"| `{v['id']}` | {cell(v['title'])} | {cell(v['source'])} | {v.get('commencement', '')} | "
                   f"{v['recurrence']} | {falls} | {v['confidence']} | {cell(v.get('note', ''))} |")
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# docs/libcsp.schema.json
# ---------------------------------------------------------------------------


def field_schema(f: Field) -> Dict[str, Any]:
    def enum_schema() -> Dict[str, Any]:
        return {"type": "string", "enum": [v.value for v in f.enum.values]}  # type: ignore[union-attr]

    if f.type == "enum_list":
        return {"type": "array", "items": enum_schema()}
    if f.type == "date_list":
        return {"type": "array", "items": {"$ref": "#/$defs/date"}}
    if f.type in ("id", "ref"):
        return {"$ref": "#/$defs/id"}
    if f.type == "date":
        return {"$ref": "#/$defs/date"}
    if f.type == "bool":
        return {"type": "boolean"}
    if f.type == "int":
        return {"type": "integer", "minimum": f.min, "maximum": f.max}
    if f.type == "enum":
        return enum_schema()
    if f.type == "text":
        if f.format == "gss":
            return {"type": "string", "pattern": "^[A-Z][0-9]{8}$"}
        return text_schema(f)
    if f.type == "text_list":
        return {"type": "array", "items": text_schema(f)}
    return {"type": "array", "items": {"$ref": "#/$defs/id"}}


# Text is not blank and holds no control character (C0, DEL, C1), but a
# multiline field's line breaks and tabs: the same rule the library applies.
_CONTROLS = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f"


def text_schema(f: Field) -> Dict[str, Any]:
    if f.multiline:
        allowed = f"[^{_CONTROLS}]"
    else:
        allowed = "[^\\u0000-\\u001f\\u007f-\\u009f]"
    visible = "[^\\s\\u0000-\\u001f\\u007f-\\u009f]"
    return {"type": "string", "maxLength": f.max_length, "pattern": f"^{allowed}*{visible}{allowed}*$"}


def entity_schema(e: Entity) -> Dict[str, Any]:
    props: Dict[str, Any] = {}
    required: List[str] = []
    for f in e.fields:
        if not f.in_json:
            continue
        s = field_schema(f)
        s["description"] = f.doc
        if f.required:
            required.append(f.name)
        else:
            # null is accepted for an optional field and means "no value".
            s = {"anyOf": [s, {"type": "null"}]}
        props[f.name] = s
    for c in e.children:
        props[c.nest_key] = {"type": "array", "items": {"$ref": f"#/$defs/{c.name}"}}  # type: ignore[index]
    return {"description": e.doc, "type": "object", "required": required, "properties": props,
            "additionalProperties": False}


def schema_json(model: Model) -> str:
    defs: Dict[str, Any] = {
        "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"},
        "date": {"type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
                 "description": "ISO 8601 date, full or partial; the day must exist in its month"},
    }
    props: Dict[str, Any] = {"format": {"const": model.json_format}}
    for e in model.entities:
        defs[e.name] = entity_schema(e)
        if e.nest_in is None:
            props[e.plural] = {"type": "array", "items": {"$ref": f"#/$defs/{e.name}"}}
    root = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "libcsp document",
        "description": ("A libcsp register, or part of one. Generated from libcsp/model/model.toml by "
                        "tools/modelgen: do not edit."),
        "type": "object",
        "required": ["format"],
        "properties": props,
        "additionalProperties": False,
        "$defs": defs,
    }
    return json.dumps(root, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# docs/api.md: the generated regions
# ---------------------------------------------------------------------------

REGION = re.compile(r"(<!-- BEGIN GENERATED: (?P<name>[a-z ]+)[^>]*-->\n)(?P<body>.*?)(<!-- END GENERATED -->)",
                    re.S)


def first_sentence(doc_lines: List[str]) -> str:
    text = " ".join(line.strip().lstrip("/*").strip() for line in doc_lines)
    text = text.replace("*/", "").strip()
    text = re.split(r"\s@", text)[0].strip()
    m = re.match(r"(.+?\.)(\s+[A-Z@]|$)", text)
    return (m.group(1) if m else text).strip()


def entity_lines(model: Model, e: Entity) -> List[str]:
    """One line per function of an entity, from the doc comments the header gets."""
    decls = entity_decls(model, e)
    out: List[str] = []
    comment: List[str] = []
    for line in decls:
        s = line.strip()
        if s.startswith("/**") and not s.startswith("/**@") and "@name" not in s:
            comment = [s]
            if s.endswith("*/"):
                continue
        elif comment and not comment[-1].endswith("*/"):
            comment.append(s)
            continue
        m = re.match(r"CSP_API .*?\b(csp_\w+)\(", s)
        if m:
            out.append(f"- `{m.group(1)}`: {first_sentence(comment)}")
            comment = []
    return out


def api_md(model: Model, path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{path}: missing (it holds the hand-written parts around the generated regions)")
    regions = {"entity headers": entity_region(model), "error codes": codes_region(model)}
    seen = set()

    def fill(m: "re.Match[str]") -> str:
        name = m.group("name").strip()
        if name not in regions:
            raise ModelError(f"{path.name}: unknown generated region {name!r}")
        seen.add(name)
        return m.group(1) + regions[name] + m.group(4)

    out = REGION.sub(fill, text)
    missing = sorted(set(regions) - seen)
    if missing:
        raise ModelError(f"{path.name}: no region '<!-- BEGIN GENERATED: {missing[0]} -->'")
    return out


def entity_region(model: Model) -> str:
    out: List[str] = []
    for h in model.headers.values():
        ents = [e for e in model.entities if e.header == h.name]
        if not ents:
            continue
        out += [f"### {h.brief.split(':')[0]} (`csp/{h.name}.h`)", ""]
        for e in ents:
            out += entity_lines(model, e)
        out.append("")
    return "\n".join(out)


def codes_region(model: Model) -> str:
    out = ["| code | value | meaning | Python exception |", "| --- | --- | --- | --- |"]
    for x in model.errors:
        py = f"`libcsp.{x.python}`" if x.python else ""
        if x.also:
            py += f" (also `{x.also}`)"
        out.append(f"| `{x.name}` | {x.value} | {cell(x.doc)} | {py} |")
    return "\n".join(out) + "\n"
