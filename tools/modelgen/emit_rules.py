"""The compliance rules' catalogue ([[rule]] in model.toml): the C table the
checker reads (libcsp/rules/catalogue.c, catalogue.h) and docs/rules.md."""

from __future__ import annotations

from typing import Dict, List

from common import banner, c_str
from model import Model, Rule


def emit(model: Model) -> Dict[str, str]:
    return {
        "libcsp/rules/catalogue.h": catalogue_h(model),
        "libcsp/rules/catalogue.c": catalogue_c(model),
        "docs/rules.md": rules_md(model),
    }


def checks(model: Model) -> List[str]:
    seen: List[str] = []
    for r in model.rules:
        if r.check not in seen:
            seen.append(r.check)
    return seen


def catalogue_h(model: Model) -> str:
    lines = [banner("c"),
             "/* The rule catalogue as C: each rule and the function that evaluates it (rules.h). */",
             "#ifndef CSP_RULES_CATALOGUE_H", "#define CSP_RULES_CATALOGUE_H", "",
             '#include "rules/rules.h"', "",
             f"#define CSP__RULE_COUNT {len(model.rules)}", "",
             "extern const csp__rule csp__rules[CSP__RULE_COUNT];", "",
             "/* The evaluators, one per kind of check (in the family files of libcsp/rules/). */"]
    for c in checks(model):
        lines.append(f"int csp__rule_{c}(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);")
    lines += ["", "#endif", ""]
    return "\n".join(lines)


def kinds_mask(model: Model, r: Rule) -> str:
    values = [v.value for v in model.enums["partnership_kind"].values]
    bits = [f"(1u << {values.index(k)}) /* {k} */" for k in r.applies_to]
    return " | ".join(bits)


def catalogue_c(model: Model) -> str:
    lines = [banner("c"), '#include "rules/catalogue.h"', "",
             "const csp__rule csp__rules[CSP__RULE_COUNT] = {"]
    for r in model.rules:
        lines += [
            "    {",
            f"        .id = {c_str(r.id)},",
            f"        .family = {c_str(r.family)},",
            f"        .title = {c_str(r.title)},",
            f"        .source = {c_str(r.source)},",
            f"        .confidence = {c_str(r.confidence)},",
            f"        .severity = {c_str(r.severity)},",
            f"        .kinds = {kinds_mask(model, r)},",
            f"        .start = {c_str(r.start) if r.start else 'NULL'},",
            f"        .end = {c_str(r.end) if r.end else 'NULL'},",
            f"        .months = {r.months},",
            f"        .duty = {c_str(r.duty) if r.duty else 'NULL'},",
            f"        .on_by_default = {1 if r.default else 0},",
            f"        .explain = {c_str(r.explain)},",
            f"        .fix = {c_str(r.fix)},",
            f"        .check = csp__rule_{r.check},",
            "    },",
        ]
    lines += ["};", ""]
    return "\n".join(lines)


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_md(model: Model) -> str:
    fam = {v.value: v for v in model.enums["rule_family"].values}
    sev = {v.value: v for v in model.enums["rule_severity"].values}
    conf = {v.value: v for v in model.enums["confidence"].values}
    kinds = {v.value: v.label for v in model.enums["partnership_kind"].values}
    out = [banner("md"), "", "# The compliance rules", "",
           "What the checker (`csp/check.h`, `cspctl check`, `reg.check()`) asks of each partnership as of a",
           "date. Each rule names its legal source and how sure we are of the figure it rests on",
           "([law.md](law.md)); a rule resting on a secondary or unverified figure says so in every",
           "finding, and can be switched off by id or by confidence. Each finding is **met** (the",
           "record shows it), **not met** (the record shows it unmet) or **not shown** (the record",
           "lacks what would decide it): unknown is never a pass. Rendered from the `[[rule]]`",
           "tables of `libcsp/model/model.toml`; see [checker.md](checker.md) for how to run it.", "",
           "| severity | meaning |", "| --- | --- |"]
    out += [f"| {v.value} | {cell(v.doc)} |" for v in sev.values()]
    out += ["", "| id | rule | family | severity | confidence |", "| --- | --- | --- | --- | --- |"]
    for r in model.rules:
        off = " (off by default)" if not r.default else ""
        out.append(f"| [{r.id}](#{r.id.lower()}) | {cell(r.title)}{off} | {fam[r.family].label} | {r.severity} | "
                   f"{r.confidence} |")
    for f in fam.values():
        rules = [r for r in model.rules if r.family == f.value]
        if not rules:
            continue
        out += ["", f"## {f.label}", "", f.doc]
        for r in rules:
            out += ["", f"### {r.id}", "", f"**{r.title}.** {r.explain}", "",
                    f"- Source: {r.source} ({conf[r.confidence].label.lower()}).",
                    f"- Severity: {r.severity} ({sev[r.severity].doc[0].lower() + sev[r.severity].doc[1:]})",
                    f"- Applies to: {', '.join(kinds[k].lower() for k in r.applies_to)}."]
            if r.start or r.end:
                span = (f"from {r.start}" if r.start else "") + (" " if r.start and r.end else "") + \
                       (f"until {r.end}" if r.end else "")
                out.append(f"- Applies {span}.")
            if r.months:
                out.append(f"- Counts in the {r.months} month{'s' if r.months != 1 else ''} to the date.")
            if r.duty:
                out.append(f"- Checks the duty `{r.duty}` ([duties.md](duties.md)).")
            if not r.default:
                out.append("- Off unless turned on (`CSP_CHECK_OPTIONS` `enable`, `--enable`).")
            out.append(f"- To clear it: {r.fix}")
    return "\n".join(out) + "\n"
