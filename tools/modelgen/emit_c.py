"""The C layers: ids (csp/model.h), the description's tables (schema/tables.*),
the typed entity headers (csp/<header>.h) and their functions
(model/typed.c), the error codes (csp/codes.h, core/codes.c) and csp/csp.h."""

from __future__ import annotations

from typing import Dict, List

from common import banner, c_str, c_str_or_null, doc_comment, wrap
from model import Entity, Field, Model

FIELD_TYPE = {
    "id": "CSP_FIELD_ID", "text": "CSP_FIELD_TEXT", "enum": "CSP_FIELD_ENUM", "bool": "CSP_FIELD_BOOL",
    "int": "CSP_FIELD_INT", "date": "CSP_FIELD_DATE", "ref": "CSP_FIELD_REF", "text_list": "CSP_FIELD_TEXT_LIST",
    "ref_list": "CSP_FIELD_REF_LIST", "enum_list": "CSP_FIELD_ENUM_LIST", "date_list": "CSP_FIELD_DATE_LIST",
}

# The headers every build has, before the generated entity headers, in csp.h.
CORE_HEADERS = ["common.h", "version.h", "error.h", "date.h", "register.h", "schema.h", "model.h", "query.h",
                "record.h"]
TAIL_HEADERS = ["governance.h", "check.h", "json.h"]



def in_rules_across(model: Model, e: Entity) -> bool:
    """Whether e has a rule that reads another record, or another record's rule reads e."""
    for x in model.entities:
        for c in x.checks:
            if not c.across:
                continue
            if x is e or any(o.via is not None and o.via.ref == e.name for o in c.operands):
                return True
    return False

def emit(model: Model) -> Dict[str, str]:
    out = {
        "include/csp/model.h": model_h(model),
        "include/csp/codes.h": codes_h(model),
        "include/csp/csp.h": csp_h(model),
        "libcsp/schema/tables.h": tables_h(model),
        "libcsp/schema/tables.c": tables_c(model),
        "libcsp/model/typed.c": typed_c(model),
        "libcsp/core/codes.c": codes_c(model),
    }
    for h in model.headers.values():
        h.entities = [e for e in model.entities if e.header == h.name]
        if h.entities:
            out[f"include/csp/{h.name}.h"] = entity_header(model, h.name)
    return out


def a(noun: str) -> str:
    """The noun with its indefinite article: "an organisation", "a duty"."""
    return ("an " if noun[:1] in "aeiou" else "a ") + noun.replace("_", " ")


def param(e: Entity) -> str:
    """The name of a typed handle parameter."""
    return e.name


# ---------------------------------------------------------------------------
# csp/model.h: the ids
# ---------------------------------------------------------------------------


def model_h(model: Model) -> str:
    lines = [
        "/**",
        " * @file model.h",
        " * @brief The ids of the model's entities and fields, for the generic record API (record.h).",
        " *",
        " * Entities are numbered in dependency order (an entity after those it",
        " * references), and each entity's fields in their JSON order, the id first",
        " * (field 0). Ids are stable: new entities and fields are only ever appended,",
        " * so a number once published keeps its meaning. schema.h describes each one.",
        " *",
        f" * {banner('c')[3:-3]}",
        " */",
        "#ifndef CSP_MODEL_H",
        "#define CSP_MODEL_H",
        "",
        "/** The entities: csp_record_entity(), csp_schema_entity_name(). */",
        "enum csp_entity_id {",
    ]
    for e in model.entities:
        lines.append(f"    {e.c_const} = {e.index}, /**< {e.doc} */")
    lines.append("};")
    for e in model.entities:
        lines += ["", f"/** The fields of a {e.name} ({e.c_const}). */", f"enum csp_{e.name}_field {{"]
        for f in e.fields:
            lines.append(f"    {f.c_const} = {f.index}, /**< {f.doc} */")
        lines.append("};")
    lines += ["", "#endif /* CSP_MODEL_H */", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Error codes
# ---------------------------------------------------------------------------


def codes_h(model: Model) -> str:
    lines = [
        "/**",
        " * @file codes.h",
        " * @brief The result codes of every libcsp function that can fail (error.h).",
        " *",
        " * Values are stable across releases; new ones are only added.",
        " *",
        f" * {banner('c')[3:-3]}",
        " */",
        "#ifndef CSP_CODES_H",
        "#define CSP_CODES_H",
        "",
        "/** Result codes: 0 for success, negative for failure. */",
        "typedef enum csp_code {",
    ]
    width = max(len(f"    {x.name} = {x.value},") for x in model.errors)
    for i, x in enumerate(model.errors):
        sep = "," if i < len(model.errors) - 1 else ""
        lines.append(f"{f'    {x.name} = {x.value}{sep}':<{width}} /**< {x.doc} */")
    lines += ["} csp_code;", "", "#endif /* CSP_CODES_H */", ""]
    return "\n".join(lines)


def codes_c(model: Model) -> str:
    lines = [banner("c"), "/* The names of the result codes (error.h, codes.h). */", '#include "csp/error.h"', "",
             "const char *csp_code_name(int code)", "{", "    switch (code) {"]
    for x in model.errors:
        lines.append(f"    case {x.name}: return {c_str(x.name)};")
    lines += ['    default: return "CSP_ERROR";', "    }", "}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# csp/csp.h
# ---------------------------------------------------------------------------


def csp_h(model: Model) -> str:
    lines = [
        "/**",
        " * @file csp.h",
        " * @brief libcsp: the record of a community safety partnership, and the law it answers to.",
        " *",
        " * Include this one header to get the whole public API.",
        " *",
        f" * {banner('c')[3:-3]}",
        " */",
        "#ifndef CSP_H",
        "#define CSP_H",
        "",
    ]
    names = list(CORE_HEADERS)
    for h in model.headers.values():
        if any(e.header == h.name for e in model.entities):
            names.append(f"{h.name}.h")
    names += TAIL_HEADERS
    lines += [f'#include "{n}"' for n in names]
    lines += ["", "#endif /* CSP_H */", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# schema/tables.h and tables.c: the description as C data
# ---------------------------------------------------------------------------


def tables_h(model: Model) -> str:
    return "\n".join([
        banner("c"),
        "/* Internal: the sizes of the description's tables (tables.c) and the",
        " * versions it states. */",
        "#ifndef CSP_SCHEMA_TABLES_H",
        "#define CSP_SCHEMA_TABLES_H",
        "",
        "/* The register schema version this library writes (PRAGMA user_version). */",
        f"#define CSP__SCHEMA_VERSION {model.schema_version}",
        "/* The schema version from which every table carries the description's rules",
        " * as CHECK constraints (a register's tables are rebuilt with them then). */",
        f"#define CSP__SCHEMA_CHECKS_SINCE {model.checks_since}",
        "/* The \"format\" of a JSON document. */",
        f"#define CSP__JSON_FORMAT {c_str(model.json_format)}",
        "",
        f"#define CSP__ENTITY_COUNT {len(model.entities)}",
        f"#define CSP__ENUM_COUNT {len(model.enums)}",
        f"#define CSP__BUILTIN_COUNT {len(model.builtins)}",
        "/* The most fields an entity has. */",
        f"#define CSP__MAX_FIELDS {model.max_fields}",
        "/* The most rules across fields an entity has. */",
        f"#define CSP__MAX_CHECKS {model.max_checks}",
        "",
        "#endif",
        "",
    ])


def tables_c(model: Model) -> str:
    enum_index = {name: i for i, name in enumerate(model.enums)}
    lines = [banner("c"), "/* The description of the model as C tables (schema.h says what each holds). */",
             '#include "schema/schema.h"', "", "#include <stddef.h>", "",
             "/* ---- enums ---------------------------------------------------------------- */", ""]
    for en in model.enums.values():
        lines.append(f"static const char *const {en.name}_values[] = {{")
        lines += [f"    {c_str(v.value)}," for v in en.values]
        lines += ["    NULL,", "};"]
        lines.append(f"static const char *const {en.name}_labels[] = {{")
        lines += [f"    {c_str(v.label)}," for v in en.values]
        lines.append("};")
        lines.append(f"static const char *const {en.name}_docs[] = {{")
        lines += [f"    {c_str(v.doc)}," for v in en.values]
        lines += ["};", ""]
    lines.append("const csp__enum csp__enums[CSP__ENUM_COUNT] = {")
    for en in model.enums.values():
        lines.append(f"    {{{c_str(en.name)}, {c_str(en.doc)}, {len(en.values)}, {en.name}_values, "
                     f"{en.name}_labels, {en.name}_docs}},")
    lines += ["};", ""]

    for e in model.entities:
        lines += [f"/* ---- {e.name} {'-' * (72 - len(e.name))} */", ""]
        for f in e.fields:
            if f.product:
                lines += [f"static const int {e.name}_{f.name}_product[] = "
                          f"{{{', '.join(g.c_const for g in f.product)}}};", ""]
        lines.append(f"static const csp__field {e.name}_fields[] = {{")
        for f in e.fields:
            flags = " | ".join(f.flags) or "0"
            en = f"&csp__enums[{enum_index[f.enum.name]}]" if f.enum else "NULL"
            target = model.entity(f.ref).c_const if f.ref else "-1"
            fmt = f"CSP__FORMAT_{f.format.upper()}" if f.format else "CSP__FORMAT_NONE"
            lines += [
                f"    [{f.c_const}] = {{",
                f"        .name = {c_str(f.name)},",
                f"        .label = {c_str(f.label)},",
                f"        .type = {FIELD_TYPE[f.type]},",
                f"        .flags = {flags},",
                f"        .en = {en},",
                f"        .target = {target},",
                f"        .min = {f.min},",
                f"        .max = {f.max},",
                f"        .format = {fmt},",
                f"        .max_length = {f.max_length},",
                f"        .since = {f.since},",
                f"        .filter_version = {f.filter if f.in_typed_filter else 0},",
                f"        .product = {e.name + '_' + f.name + '_product' if f.product else 'NULL'},",
                f"        .doc = {c_str(f.doc)},",
                "    },",
            ]
        lines += ["};", ""]
        for k, c in enumerate(e.checks):
            lines.append(f"static const int {e.name}_check_{k}[] = {{{', '.join(o.field.c_const for o in c.operands)}}};")
            if c.across:
                lines.append(f"static const int {e.name}_check_{k}_via[] = "
                             f"{{{', '.join(o.via.c_const if o.via else '-1' for o in c.operands)}}};")
            if c.values:
                lines.append(f"static const char *const {e.name}_check_{k}_values[] = "
                             f"{{{', '.join(c_str(v) for v in c.values)}, NULL}};")
        if e.checks:
            lines.append(f"static const csp__check {e.name}_checks[] = {{")
            for k, c in enumerate(e.checks):
                kind = "CSP__CHECK_" + c.kind.upper()
                via = f"{e.name}_check_{k}_via" if c.across else "NULL"
                values = f"{e.name}_check_{k}_values" if c.values else "NULL"
                lines.append(f"    {{{kind}, {len(c.operands)}, {e.name}_check_{k}, {via}, {values}, "
                             f"{c_str_or_null(c.doc or None)}}},")
            lines += ["};", ""]
        if e.children:
            lines += [f"static const int {e.name}_children[] = {{{', '.join(c.c_const for c in e.children)}}};", ""]
        if e.in_force:
            inf = e.in_force
            statuses = "NULL"
            if inf.status:
                lines.append(f"static const char *const {e.name}_statuses_in_force[] = "
                             f"{{{', '.join(c_str(x) for x in inf.statuses)}, NULL}};")
                statuses = f"{e.name}_statuses_in_force"
            lines += [f"static const csp__in_force {e.name}_in_force = {{",
                      f"    {inf.start.c_const if inf.start else '-1'}, {inf.end.c_const if inf.end else '-1'}, "
                      f"{inf.status.c_const if inf.status else '-1'}, {statuses}}};", ""]

        for k, ix in enumerate(e.indexes):
            lines += [f"static const int {e.name}_index_{k}_fields[] = {{{', '.join(f.c_const for f in ix.fields)}}};",
                      f"static const char *const {e.name}_index_{k}_values[] = "
                      f"{{{', '.join(c_str(v) for v in ix.values)}, NULL}};"]
        if e.indexes:
            lines.append(f"static const csp__index {e.name}_indexes[] = {{")
            for k, ix in enumerate(e.indexes):
                lines.append(f"    {{{c_str(ix.name)}, {len(ix.fields)}, {e.name}_index_{k}_fields, {ix.where.c_const}, "
                             f"{e.name}_index_{k}_values, {ix.since}}},")
            lines += ["};", ""]

    lines.append("const csp__entity csp__entities[CSP__ENTITY_COUNT] = {")
    for e in model.entities:
        def idx(f: Field | None) -> str:
            return f.c_const if f else "-1"
        lines += [
            f"    [{e.c_const}] = {{",
            f"        .id = {e.c_const},",
            f"        .name = {c_str(e.name)},",
            f"        .plural = {c_str(e.plural)},",
            f"        .doc = {c_str(e.doc)},",
            f"        .since = {e.since},",
            f"        .nest_in = {e.nest_in.c_const if e.nest_in else '-1'},",
            f"        .nest_key = {c_str_or_null(e.nest_key)},",
            f"        .nest_field = {idx(e.nested_field)},",
            f"        .order_field = {idx(e.order_field)},",
            f"        .tree_field = {idx(e.tree_field)},",
            f"        .builtin_field = {idx(e.builtin_field)},",
            f"        .private_field = {idx(e.flagged('private'))},",
            f"        .public_field = {idx(e.public_when)},",
            f"        .name_field = {idx(e.name_field)},",
            f"        .in_force = {'&' + e.name + '_in_force' if e.in_force else 'NULL'},",
            f"        .nfields = {len(e.fields)},",
            f"        .fields = {e.name}_fields,",
            f"        .nchecks = {len(e.checks)},",
            f"        .checks = {e.name + '_checks' if e.checks else 'NULL'},",
            f"        .nindexes = {len(e.indexes)},",
            f"        .indexes = {e.name + '_indexes' if e.indexes else 'NULL'},",
            f"        .in_rules_across = {1 if in_rules_across(model, e) else 0},",
            f"        .nchildren = {len(e.children)},",
            f"        .children = {e.name + '_children' if e.children else 'NULL'},",
            "    },",
        ]
    lines += ["};", ""]

    lines += ["/* ---- built-in records ------------------------------------------------------ */", ""]
    for i, b in enumerate(model.builtins):
        lines.append(f"static const csp__builtin_value builtin_{i}[] = {{")
        for f in b.entity.fields:
            if f.name not in b.values:
                continue
            value = b.values[f.name]
            if f.is_list:
                lines += [f"    {{{f.c_const}, {c_str(item)}}}," for item in value]
            elif f.is_int:
                lines.append(f"    {{{f.c_const}, {c_str(str(int(value)))}}},")
            else:
                lines.append(f"    {{{f.c_const}, {c_str(value)}}},")
        lines += ["};"]
    if model.builtins:
        lines.append("")
    lines.append("const csp__builtin csp__builtins[CSP__BUILTIN_COUNT] = {")
    for i, b in enumerate(model.builtins):
        lines.append(f"    {{{b.entity.c_const}, (int)(sizeof builtin_{i} / sizeof builtin_{i}[0]), builtin_{i}}},")
    lines += ["};", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# The typed entity headers
# ---------------------------------------------------------------------------

COMMON_NOTE = (
    "Objects are detached copies of records: change one with its setters, then write it with its put "
    "function. Every `const char *` a getter returns is borrowed from the object, valid until that field is "
    "set again or the object is freed; an optional field gives NULL (a flag or number 0) when unset. A typed "
    "object is a record (record.h): it may be passed, cast to `csp_record *`, to the generic functions, "
    "which take the field ids of model.h."
)


def _values(f: Field) -> str:
    assert f.enum is not None
    return ", ".join(v.value for v in f.enum.values)


def getter_doc(f: Field) -> str:
    doc = f.doc
    if f.required:
        doc += " Required."
    if f.type == "enum":
        doc += f" A {f.enum.name} value: {_values(f)}."  # type: ignore[union-attr]
    elif f.type == "enum_list":
        pass
    elif f.type == "bool":
        doc += " 1 or 0."
    elif f.type == "int" and f.order:
        doc += " 0 for an object never stored."
    elif f.type == "int":
        doc += f" {f.min} to {f.max}; 0 when unset."
    elif f.type == "ref":
        doc += f" The id of a {f.ref}."
    elif f.type == "date":
        doc += " An ISO 8601 date, full or partial (date.h)."
    if f.readonly:
        doc += " Kept by libcsp: it has no setter."
    return doc


def set_returns(f: Field) -> str:
    codes = ["CSP_OK", "CSP_EARG (NULL)"]
    if f.type in ("text", "id", "text_list"):
        codes.append("CSP_EINVALID (blank, not UTF-8, "
                     + ("a control character but a line break or tab" if f.multiline else "a control character")
                     + f", over {f.max_length} characters" + (", not a GSS code" if f.format == "gss" else "") + ")")
    if f.type in ("enum", "enum_list"):
        codes.append(f"CSP_EENUM (not a {f.enum.name} value)")  # type: ignore[union-attr]
    if f.type in ("date", "date_list"):
        codes.append("CSP_EDATE")
    if f.type in ("ref", "ref_list"):
        codes.append("CSP_EINVALID (not an id)")
    if f.type == "id":
        codes[-1] = codes[-1].replace("blank, not UTF-8, a control character", "not an id")
    if f.type == "int":
        codes.append(f"CSP_EINVALID (not 0 and outside {f.min} to {f.max})")
    if f.is_text or f.is_list:
        codes.append("CSP_ENOMEM")
    return "@return " + ", ".join(codes) + "; the object is unchanged on error."


def entity_header(model: Model, header: str) -> str:
    h = model.headers[header]
    guard = f"CSP_{header.upper()}_H"
    top = [f"@file {header}.h", f"@brief {h.brief}", ""]
    top += wrap(h.doc, width=76)
    top += [""] + wrap(COMMON_NOTE, width=76)
    top += ["", banner("c")[3:-3]]
    lines = ["/**"] + [f" * {x}".rstrip() for x in top] + [" */"]
    lines += [f"#ifndef {guard}", f"#define {guard}", "", '#include "common.h"', '#include "model.h"',
              '#include "query.h"', "", "CSP_BEGIN_DECLS", ""]
    for e in h.entities:
        lines += entity_decls(model, e)
    lines += ["CSP_END_DECLS", "", f"#endif /* {guard} */", ""]
    return "\n".join(lines)


def _required_list(e: Entity) -> str:
    names = [f.name for f in e.fields[1:] if f.required and not f.nested]
    names += [f.name for f in e.fields[1:] if f.required and f.nested]
    if not names:
        return ""
    if len(names) == 1:
        return f"; set {names[0]} before putting it"
    return "; set " + ", ".join(names[:-1]) + f" and {names[-1]} before putting it"


def filter_struct(e: Entity) -> List[str]:
    t = e.c_type
    members = e.filter_members
    lines = doc_comment(f"Which {e.plural} {t}_iterator_new() yields: every member given must match (NULL or -1 "
                        "matches any). Members are only ever appended, with a new version.")
    lines.append(f"typedef struct {t}_filter {{")
    lines.append(f"    unsigned int version; /**< {t.upper()}_FILTER_VERSION */")
    for f in members:
        if f.type == "bool":
            what = f"1 or 0 to require {f.name}, -1 for any"
            lines.append(f"    int {f.filter_member}; /**< {what} */")
        else:
            kind = f"a {f.enum.name} value" if f.enum else ("an id" if f.type in ("ref", "id") else "exact text")
            lines.append(f"    const char *{f.filter_member}; /**< only this {f.name} ({kind}), or NULL */")
    lines.append(f"}} {t}_filter;")
    lines.append(f"/** The version of {t}_filter this header declares. */")
    lines.append(f"#define {t.upper()}_FILTER_VERSION {e.filter_version}")
    lines.append(f"/** A filter that matches every {e.name.replace('_', ' ')}. */")
    inits = [f"{t.upper()}_FILTER_VERSION"] + ["-1" if f.type == "bool" else "NULL" for f in members]
    lines.append(f"#define {t.upper()}_FILTER_INIT {{ {', '.join(inits)} }}")
    return lines


def entity_decls(model: Model, e: Entity) -> List[str]:
    t, p = e.c_type, param(e)
    bar = f"/* ---- {e.plural} " + "-" * max(4, 86 - len(e.plural)) + " */"
    lines = [bar, ""]
    lines += doc_comment(f"{e.doc.rstrip('.')} (opaque: a csp_record of {e.c_const}).")
    lines.append(f"typedef struct {t} {t};")
    lines.append(f"/** An iteration over {e.plural} (opaque; a csp_record_iterator). */")
    lines.append(f"typedef struct {t}_iterator {t}_iterator;")
    lines.append("")
    lines += filter_struct(e)
    lines.append("")

    def fn(doc: str, decl: str) -> None:
        lines.extend(doc_comment(doc))
        lines.append(f"CSP_API {decl};")

    fn(f"Creates an empty {e.name.replace('_', ' ')} with an id{_required_list(e)}.\n"
       f"@param[out] out  the new object, owned by the caller ({t}_free()); NULL on failure\n"
       "@param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _ : / -\n"
       "@return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.",
       f"int {t}_new({t} **out, const char *id)")
    fn(f"Frees {a(e.name)} object. Accepts NULL.", f"void {t}_free({t} *{p})")
    fn(f"Reads {a(e.name)} from a register"
       + (" (without the records nested in it: iterate them)." if e.children else ".") + "\n"
       f"@param[out] out  a copy, owned by the caller ({t}_free()); NULL on failure\n"
       "@param reg       an open register\n"
       "@param id        the id\n"
       "@return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.",
       f"int {t}_get({t} **out, csp_register *reg, const char *id)")
    put = (f"Writes {a(e.name)}: inserts it, or replaces the one with the same id"
           + (" (the records nested in it are untouched)" if e.children else "") + ". "
           + ("A new one goes last among its siblings; an existing one keeps its place. " if e.order_field else "")
           + "It is validated and its references checked first; the register is unchanged on any error.\n"
           "@return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields"
           + (", or a built-in record" if e.builtin_field else "") + "), CSP_EREFERENCE (the message names the "
           "field), CSP_EREADONLY, CSP_EBUSY, or a store error.")
    fn(put, f"int {t}_put(csp_register *reg, const {t} *{p})")
    fn(f"Inserts a new {e.name.replace('_', ' ')}: as {t}_put(), but an id already in the register is an error.\n"
       f"@return as {t}_put(), plus CSP_EEXISTS.",
       f"int {t}_insert(csp_register *reg, const {t} *{p})")
    fn(f"Deletes {a(e.name)}.\n"
       "@return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the message "
       "names one)" + (", CSP_ECONSTRAINT (a built-in record)" if e.builtin_field else "") + ", CSP_EREADONLY.",
       f"int {t}_delete(csp_register *reg, const char *id)")
    if e.tree_field:
        fn(f"Moves {a(e.name)} (with the {e.plural} under it) under a new parent with the same "
           f"{e.nested_field.name}, as that parent's index-th child; this also reorders siblings.\n"  # type: ignore
           "@param reg       an open, writable register\n"
           "@param id        the id of the one to move\n"
           "@param parent_id the new parent, or NULL for the top level\n"
           "@param index     0-based place among the new siblings; negative or too large: last\n"
           "@return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREFERENCE (no such parent), CSP_ECONSTRAINT (a parent "
           "elsewhere, or inside the moved subtree), CSP_EREADONLY.",
           f"int {t}_move(csp_register *reg, const char *id, const char *parent_id, long index)")
    if e.in_force:
        inf = e.in_force
        what = []
        if inf.status:
            what.append(f"its {inf.status.name} is {' or '.join(inf.statuses)}")
        if inf.start or inf.end:
            what.append("it started on or before the date and did not end before it (an unset "
                        f"{'/'.join(f.name for f in (inf.start, inf.end) if f)} leaves that side open)")
        fn(f"Whether {a(e.name)} is in force on a date: {' and '.join(what)}. Partial dates are the periods "
           "they name (csp_query_in_force()).\n"
           f"@param {p}  the {e.name.replace('_', ' ')}\n"
           "@param date  an ISO 8601 date, full or partial\n"
           "@return 1 if in force, 0 if not; CSP_EARG (NULL); CSP_EDATE (a bad date).",
           f"int {t}_in_force(const {t} *{p}, const char *date)")
    order = "in tree order (pre-order) under each owner" if e.tree_field else (
        "in order under each owner" if e.order_field else "in id order")
    fn(f"Starts an iteration over {e.plural}, {order}.\n"
       f"@param[out] out  the iterator, owned by the caller ({t}_iterator_free())\n"
       "@param reg       an open register\n"
       "@param filter    which ones, or NULL for all\n"
       "@return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad value in "
       "the filter; the path names its member), or a store error.",
       f"int {t}_iterator_new({t}_iterator **out, csp_register *reg, const {t}_filter *filter)")
    fn(f"Starts an iteration over the {e.plural} a query selects (query.h), in its order.\n"
       f"@param[out] out  the iterator, owned by the caller ({t}_iterator_free())\n"
       "@param reg       an open register\n"
       f"@param query     a query made with csp_query_new(&q, {e.c_const}), or NULL for all\n"
       "@return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.",
       f"int {t}_iterator_query({t}_iterator **out, csp_register *reg, const csp_query *query)")
    fn(f"The next {e.name.replace('_', ' ')} of an iteration.\n"
       "@param[out] out  a new object owned by the caller, or NULL at the end\n"
       "@param it        the iterator\n"
       "@return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.",
       f"int {t}_next({t} **out, {t}_iterator *it)")
    fn("Frees an iterator. Accepts NULL.", f"void {t}_iterator_free({t}_iterator *it)")
    lines.append("")
    lines.append(f"/** @name {e.name.capitalize()} getters */")
    lines.append("/**@{*/")
    for f in e.fields:
        if f.is_list:
            fn(f"How many {f.name} it has: {f.doc}", f"size_t {t}_{f.name}_count(const {t} *{p})")
            item = {"text_list": "text", "ref_list": f"the id of a {f.ref}", "date_list": "a date",
                    "enum_list": f"a {f.enum.name} value" if f.enum else ""}[f.type]
            fn(f"Item i (0-based) of {f.name}: {item}; NULL if i is out of range.",
               f"const char *{t}_{f.name}(const {t} *{p}, size_t i)")
        elif f.is_int:
            fn(getter_doc(f), f"int {t}_{f.name}(const {t} *{p})")
        else:
            fn(getter_doc(f), f"const char *{t}_{f.name}(const {t} *{p})")
    lines.append("/**@}*/")
    lines.append("")
    lines.append(f"/** @name {e.name.capitalize()} setters */")
    lines.append("/**@{*/")
    for f in e.fields:
        if f.type == "id" or f.readonly:
            continue
        if f.is_list:
            fn(f"Appends an item to {f.name}.\n{set_returns(f)}",
               f"int {t}_add_{f.name}({t} *{p}, const char *value)")
            fn(f"Empties {f.name}.\n@return CSP_OK, CSP_EARG.", f"int {t}_clear_{f.name}({t} *{p})")
        elif f.is_int:
            what = "any non-zero is 1" if f.type == "bool" else "0 unsets it"
            fn(f"Sets {f.name} ({what}).\n{set_returns(f)}", f"int {t}_set_{f.name}({t} *{p}, int value)")
        else:
            clear = "" if f.required else "; NULL clears it"
            fn(f"Sets {f.name} (copied{clear}).\n{set_returns(f)}",
               f"int {t}_set_{f.name}({t} *{p}, const char *value)")
    lines.append("/**@}*/")
    lines.append("")
    return lines


# ---------------------------------------------------------------------------
# model/typed.c
# ---------------------------------------------------------------------------


def typed_c(model: Model) -> str:
    lines = [
        banner("c"),
        "/*",
        " * The typed functions of the entity headers: each is one call to the",
        " * generic record API through model/typed.h, with its entity and field ids.",
        " */",
        '#include "csp/csp.h"',
        '#include "core/error.h"',
        '#include "model/typed.h"',
        "",
        "#include <stddef.h>",
        "",
    ]
    for e in model.entities:
        lines += typed_entity(e)
    return "\n".join(lines)


def typed_entity(e: Entity) -> List[str]:
    t, p, E = e.c_type, param(e), e.c_const
    rec = f"(const csp_record *){p}"
    mrec = f"(csp_record *){p}"
    lines = [f"/* ---- {e.plural} ({e.header}.h) " + "-" * max(4, 70 - len(e.plural) - len(e.header)) + " */", ""]

    def out_fn(sig: str, call: str, out_type: str, tmp_type: str = "csp_record") -> None:
        lines.extend([sig, "{", "    CSP__ARG(out);", f"    {tmp_type} *r = NULL;", f"    int rc = {call};",
                      f"    *out = ({out_type} *)r;", "    return rc;", "}", ""])

    out_fn(f"int {t}_new({t} **out, const char *id)", f"csp__typed_new(&r, {E}, id)", t)
    lines += [f"void {t}_free({t} *{p})", "{", f"    csp_record_free({mrec});", "}", ""]
    out_fn(f"int {t}_get({t} **out, csp_register *reg, const char *id)", f"csp__typed_get(&r, reg, {E}, id)", t)
    lines += [f"int {t}_put(csp_register *reg, const {t} *{p})", "{",
              f"    return csp__typed_put(reg, {rec}, {E}, 0);", "}", ""]
    lines += [f"int {t}_insert(csp_register *reg, const {t} *{p})", "{",
              f"    return csp__typed_put(reg, {rec}, {E}, 1);", "}", ""]
    lines += [f"int {t}_delete(csp_register *reg, const char *id)", "{",
              f"    return csp_record_delete(reg, {E}, id);", "}", ""]
    if e.tree_field:
        lines += [f"int {t}_move(csp_register *reg, const char *id, const char *parent_id, long index)", "{",
                  f"    return csp_record_move(reg, {E}, id, parent_id, index);", "}", ""]
    if e.in_force:
        lines += [f"int {t}_in_force(const {t} *{p}, const char *date)", "{",
                  f"    return csp__typed_in_force({rec}, {E}, date);", "}", ""]
    members = e.filter_members
    lines.append(f"int {t}_iterator_new({t}_iterator **out, csp_register *reg, const {t}_filter *filter)")
    lines.append("{")
    if members:
        lines.append("    static const csp__filter_member members[] = {")
        for f in members:
            lines.append(f"        {{offsetof({t}_filter, {f.filter_member}), {f.c_const}, "
                         f"{1 if f.type == 'bool' else 0}, {f.filter}, \"filter.{f.filter_member}\"}},")
        lines.append("    };")
    lines += ["    CSP__ARG(out);", "    csp_record_iterator *it = NULL;",
              f"    int rc = csp__typed_filter(&it, reg, {E}, filter, filter ? filter->version : 0, "
              f"{t.upper()}_FILTER_VERSION,",
              "                               " + ("members, sizeof members / sizeof members[0]);" if members
                                                  else "NULL, 0);"),
              f"    *out = ({t}_iterator *)it;", "    return rc;", "}", ""]
    lines += [f"int {t}_iterator_query({t}_iterator **out, csp_register *reg, const csp_query *query)", "{",
              "    CSP__ARG(out);", "    csp_record_iterator *it = NULL;",
              f"    int rc = csp__typed_query(&it, reg, {E}, query);", f"    *out = ({t}_iterator *)it;",
              "    return rc;", "}", ""]
    out_fn(f"int {t}_next({t} **out, {t}_iterator *it)", f"csp__typed_next(&r, (csp_record_iterator *)it, {E})", t)
    lines += [f"void {t}_iterator_free({t}_iterator *it)", "{",
              "    csp_record_iterator_free((csp_record_iterator *)it);", "}", ""]
    for f in e.fields:
        F = f.c_const
        if f.is_list:
            lines += [f"size_t {t}_{f.name}_count(const {t} *{p})", "{",
                      f"    return csp__typed_count({rec}, {E}, {F});", "}", ""]
            lines += [f"const char *{t}_{f.name}(const {t} *{p}, size_t i)", "{",
                      f"    return csp__typed_item({rec}, {E}, {F}, i);", "}", ""]
            lines += [f"int {t}_add_{f.name}({t} *{p}, const char *value)", "{",
                      f"    return csp__typed_add({mrec}, {E}, {F}, value);", "}", ""]
            lines += [f"int {t}_clear_{f.name}({t} *{p})", "{",
                      f"    return csp__typed_clear({mrec}, {E}, {F});", "}", ""]
        elif f.is_int:
            lines += [f"int {t}_{f.name}(const {t} *{p})", "{", f"    return csp__typed_int({rec}, {E}, {F});",
                      "}", ""]
            if not f.readonly:
                lines += [f"int {t}_set_{f.name}({t} *{p}, int value)", "{",
                          f"    return csp__typed_set_int({mrec}, {E}, {F}, value);", "}", ""]
        else:
            lines += [f"const char *{t}_{f.name}(const {t} *{p})", "{",
                      f"    return csp__typed_text({rec}, {E}, {F});", "}", ""]
            if f.type != "id":
                lines += [f"int {t}_set_{f.name}({t} *{p}, const char *value)", "{",
                          f"    return csp__typed_set_text({mrec}, {E}, {F}, value);", "}", ""]
    return lines
