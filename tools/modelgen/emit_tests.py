"""The Check suite of the typed functions (tests/test_typed.c).

The typed functions are generated, one per entity and field: this suite,
generated beside them, calls every one of them and checks it reaches its own
entity and field (through the generic record API, which the hand-written
suites test in depth): each setter against csp_record_text/int/item of its
field id, each register function on a real register, NULL arguments and
handles of another entity refused.
"""

from __future__ import annotations

from typing import Dict, List

from common import banner, c_str
from model import Entity, Field, Model


def emit(model: Model) -> Dict[str, str]:
    return {"tests/test_typed.c": typed_test(model)}


def sample(model: Model, f: Field) -> str:
    """A valid value for a text-like field or a list item."""
    if f.type in ("text", "text_list"):
        return {"gss": "E09000009", "time": "18:30", "decimal": "7.4"}.get(f.format, "Sample text")
    if f.type in ("enum", "enum_list"):
        return f.enum.values[0].value  # type: ignore[union-attr]
    if f.type == "date":
        return "2020-03"
    if f.type == "date_list":
        return "2021"
    if f.type in ("ref", "ref_list"):
        return f"t-{f.ref}"
    raise ValueError(f.type)


def sample_record(model: Model, e: Entity) -> List[str]:
    """A function that puts a valid sample record of e (and first what it names)."""
    needs: List[Field] = [f for f in e.fields[1:] if f.required]
    for c in e.checks:
        if c.kind in ("one_of", "at_least_one"):
            needs.append(c.fields[0])
    lines = [f"/* Puts a {e.name} with id `id` and its required fields, after the records it names. */",
             f"static void put_sample_{e.name}(const char *id)", "{", "    csp_record *r = NULL;"]
    for f in needs:
        if f.ref and f.ref != e.name:
            lines.append(f"    put_sample_{f.ref}({c_str(sample(model, f))});")
    for c in e.checks:
        # a rule that a referenced record's value is one of some: make the sample so
        if c.kind == "value_in" and c.operands[0].via in needs:
            via, f = c.operands[0].via, c.operands[0].field
            t = model.entity(via.ref)  # type: ignore[arg-type]
            lines += [f"    TU_OK(csp_record_get(&r, reg, {t.c_const}, {c_str(sample(model, via))}));",
                      f"    TU_OK(csp_record_set_text(r, {f.c_const}, {c_str(c.values[0])}));",
                      "    TU_OK(csp_record_put(reg, r));", "    csp_record_free(r);"]
    lines.append(f"    TU_OK(csp_record_new(&r, {e.c_const}, id));")
    for f in needs:
        if f.is_list:
            lines.append(f"    TU_OK(csp_record_add(r, {f.c_const}, {c_str(sample(model, f))}));")
        elif f.is_int:
            lines.append(f"    TU_OK(csp_record_set_int(r, {f.c_const}, {max(f.min, 1)}));")
        else:
            lines.append(f"    TU_OK(csp_record_set_text(r, {f.c_const}, {c_str(sample(model, f))}));")
    lines += ["    TU_OK(csp_record_put(reg, r));", "    csp_record_free(r);", "}", ""]
    return lines


def fields_test(model: Model, e: Entity, other: Entity) -> List[str]:
    t, E = e.c_type, e.c_const
    lines = [f"START_TEST(test_{e.name}_fields)", "{", f"    {t} *o = NULL;",
             f"    {t} *wrong;", "    const csp_record *r;", "    csp_record *other = NULL;",
             f"    TU_CODE({t}_new(NULL, \"x\"), CSP_EARG);",
             f"    TU_CODE({t}_new(&o, \"\"), CSP_EINVALID);", "    ck_assert_ptr_null(o);",
             f"    TU_CODE({t}_new(&o, NULL), CSP_EARG);",
             f"    TU_OK({t}_new(&o, \"t-{e.name}\"));", "    t_obj = (csp_record *)o;",
             "    r = (const csp_record *)o;",
             f"    ck_assert_int_eq(csp_record_entity(r), {E});",
             f"    TU_STR_EQ({t}_id(o), \"t-{e.name}\");", f"    ck_assert_ptr_null({t}_id(NULL));"]
    for f in e.fields[1:]:
        F, g = f.c_const, f"{t}_{f.name}"
        lines.append(f"    /* {f.name} */")
        if f.is_list:
            v = c_str(sample(model, f))
            lines += [f"    TU_OK({t}_add_{f.name}(o, {v}));",
                      f"    ck_assert_uint_eq({g}_count(o), 1);", f"    TU_STR_EQ({g}(o, 0), {v});",
                      f"    ck_assert_ptr_null({g}(o, 1));", f"    ck_assert_uint_eq(csp_record_count(r, {F}), 1);",
                      f"    TU_STR_EQ(csp_record_item(r, {F}, 0), {v});",
                      f"    TU_CODE({t}_add_{f.name}(NULL, {v}), CSP_EARG);",
                      f"    TU_OK({t}_clear_{f.name}(o));", f"    ck_assert_uint_eq({g}_count(o), 0);",
                      f"    TU_CODE({t}_clear_{f.name}(NULL), CSP_EARG);",
                      f"    ck_assert_uint_eq({g}_count(NULL), 0);", f"    ck_assert_ptr_null({g}(NULL, 0));",
                      f"    TU_OK({t}_add_{f.name}(o, {v}));"]
        elif f.is_int and f.readonly:
            # a product libcsp keeps follows its factors, set above to their minimum when they come first
            kept = 0
            if f.product:
                kept = 1
                for factor in f.product:
                    kept *= factor.min if factor.index < f.index else 0
            lines += [f"    ck_assert_int_eq({g}(o), {kept});", f"    ck_assert_int_eq({g}(NULL), 0);",
                      f"    TU_CODE(csp_record_set_int((csp_record *)o, {F}, 1), CSP_EARG); /* kept by libcsp */"]
        elif f.is_int:
            v = "1" if f.type == "bool" else str(f.min)
            lines += [f"    TU_OK({t}_set_{f.name}(o, {v}));", f"    ck_assert_int_eq({g}(o), {v});",
                      f"    ck_assert_int_eq(csp_record_int(r, {F}), {v});",
                      f"    TU_CODE({t}_set_{f.name}(NULL, {v}), CSP_EARG);", f"    ck_assert_int_eq({g}(NULL), 0);"]
        else:
            v = c_str(sample(model, f))
            lines += [f"    TU_OK({t}_set_{f.name}(o, {v}));", f"    TU_STR_EQ({g}(o), {v});",
                      f"    TU_STR_EQ(csp_record_text(r, {F}), {v});",
                      f"    TU_CODE({t}_set_{f.name}(NULL, {v}), CSP_EARG);", f"    ck_assert_ptr_null({g}(NULL));"]
            if not f.required:
                lines += [f"    TU_OK({t}_set_{f.name}(o, NULL));", f"    ck_assert_ptr_null({g}(o));",
                          f"    TU_OK({t}_set_{f.name}(o, {v}));"]
    # A handle of another entity: getters give NULL or 0, setters refuse it.
    settable = [f for f in e.fields[1:] if not f.readonly]
    lines += [f"    TU_OK(csp_record_new(&other, {other.c_const}, \"other\"));", f"    wrong = ({t} *)other;",
              f"    ck_assert_ptr_null({t}_id(wrong));"]
    if settable:
        f = settable[0]
        if f.is_list:
            lines.append(f"    TU_CODE({t}_add_{f.name}(wrong, {c_str(sample(model, f))}), CSP_EARG);")
        elif f.is_int:
            lines.append(f"    TU_CODE({t}_set_{f.name}(wrong, 1), CSP_EARG);")
        else:
            lines.append(f"    TU_CODE({t}_set_{f.name}(wrong, {c_str(sample(model, f))}), CSP_EARG);")
    lines += ["    csp_record_free(other);", f"    {t}_free(NULL);", "}", "END_TEST", ""]
    return lines


def register_test(model: Model, e: Entity, other: Entity) -> List[str]:
    t, E, T = e.c_type, e.c_const, e.c_type.upper()
    lines = [f"START_TEST(test_{e.name}_register)", "{", f"    {t} *o = NULL, *back = NULL;",
             f"    {t}_iterator *it = NULL;", f"    {t}_filter filter = {T}_FILTER_INIT;",
             "    csp_query *q = NULL, *q_other = NULL;", "    csp_record *other = NULL;", "    int rc, found = 0;",
             f"    put_sample_{e.name}(\"t-{e.name}\");",
             f"    TU_OK({t}_get(&back, reg, \"t-{e.name}\"));", "    t_obj = (csp_record *)back;",
             f"    TU_STR_EQ({t}_id(back), \"t-{e.name}\");",
             f"    TU_CODE({t}_get(&o, reg, \"no-such\"), CSP_ENOTFOUND);", "    ck_assert_ptr_null(o);",
             f"    TU_CODE({t}_get(NULL, reg, \"x\"), CSP_EARG);", f"    TU_CODE({t}_get(&o, NULL, \"x\"), CSP_EARG);",
             f"    TU_CODE({t}_get(&o, reg, NULL), CSP_EARG);",
             f"    TU_CODE({t}_insert(reg, back), CSP_EEXISTS);", f"    TU_OK({t}_put(reg, back));",
             f"    TU_CODE({t}_put(NULL, back), CSP_EARG);", f"    TU_CODE({t}_put(reg, NULL), CSP_EARG);",
             f"    TU_CODE({t}_insert(NULL, back), CSP_EARG);", f"    TU_CODE({t}_insert(reg, NULL), CSP_EARG);",
             f"    TU_OK(csp_record_new(&other, {other.c_const}, \"other\"));",
             f"    TU_CODE({t}_put(reg, ({t} *)other), CSP_EARG); /* a record of another entity */",
             f"    TU_CODE({t}_insert(reg, ({t} *)other), CSP_EARG);",
             "    csp_record_free(other);",
             "    /* every record, then through the filter struct, then through a query */",
             f"    TU_OK({t}_iterator_new(&it, reg, NULL));",
             f"    while ((rc = {t}_next(&o, it)) == CSP_OK) {{",
             f"        ck_assert_int_eq(csp_record_entity((const csp_record *)o), {E});",
             f"        found += strcmp({t}_id(o), \"t-{e.name}\") == 0;", f"        {t}_free(o);", "    }",
             "    TU_CODE(rc, CSP_ITEROVER);", "    ck_assert_int_eq(found, 1);",
             f"    TU_CODE({t}_next(&o, it), CSP_ITEROVER);", f"    {t}_iterator_free(it);",
             f"    TU_OK({t}_iterator_new(&it, reg, &filter));", f"    TU_OK({t}_next(&o, it));",
             f"    {t}_free(o);", f"    {t}_iterator_free(it);", "    filter.version = 0;",
             f"    TU_CODE({t}_iterator_new(&it, reg, &filter), CSP_EARG);", "    ck_assert_ptr_null(it);",
             f"    filter.version = {T}_FILTER_VERSION + 1;",
             f"    TU_CODE({t}_iterator_new(&it, reg, &filter), CSP_EARG);",
             f"    TU_CODE({t}_iterator_new(NULL, reg, NULL), CSP_EARG);",
             f"    TU_CODE({t}_iterator_new(&it, NULL, NULL), CSP_EARG);",
             f"    TU_OK(csp_query_new(&q, {E}));",
             f"    TU_OK(csp_query_where(q, {e.fields[0].c_const}, CSP_OP_EQ, \"t-{e.name}\"));",
             f"    TU_OK({t}_iterator_query(&it, reg, q));", f"    TU_OK({t}_next(&o, it));",
             f"    TU_STR_EQ({t}_id(o), \"t-{e.name}\");", f"    {t}_free(o);",
             f"    TU_CODE({t}_next(&o, it), CSP_ITEROVER);", f"    {t}_iterator_free(it);",
             f"    TU_OK(csp_query_new(&q_other, {other.c_const}));",
             f"    TU_CODE({t}_iterator_query(&it, reg, q_other), CSP_EARG); /* a query over another entity */",
             f"    TU_CODE({t}_iterator_query(NULL, reg, q), CSP_EARG);",
             f"    TU_CODE({t}_iterator_query(&it, NULL, q), CSP_EARG);",
             "    csp_query_free(q);", "    csp_query_free(q_other);",
             f"    TU_CODE({t}_next(NULL, it), CSP_EARG);", f"    TU_CODE({t}_next(&o, NULL), CSP_EARG);",
             f"    {t}_iterator_free(NULL);"]
    if e.in_force:
        lines += ["    /* in force on a date: the sample has an open period */",
                  f"    TU_CODE({t}_in_force(back, \"2020-13\"), CSP_EDATE);",
                  f"    TU_CODE({t}_in_force(NULL, \"2020\"), CSP_EARG);",
                  f"    TU_CODE({t}_in_force(back, NULL), CSP_EARG);",
                  f"    ck_assert_int_eq({t}_in_force(back, \"2020\"), csp_record_in_force((const csp_record *)back, "
                  "\"2020\"));"]
    if e.tree_field:
        lines += [f"    TU_OK({t}_move(reg, \"t-{e.name}\", NULL, 0));",
                  f"    TU_CODE({t}_move(NULL, \"t-{e.name}\", NULL, 0), CSP_EARG);",
                  f"    TU_CODE({t}_move(reg, NULL, NULL, 0), CSP_EARG);",
                  f"    TU_CODE({t}_move(reg, \"no-such\", NULL, 0), CSP_ENOTFOUND);"]
    lines += [f"    TU_OK({t}_delete(reg, \"t-{e.name}\"));",
              f"    TU_CODE({t}_delete(reg, \"t-{e.name}\"), CSP_ENOTFOUND);",
              f"    TU_CODE({t}_delete(NULL, \"x\"), CSP_EARG);", f"    TU_CODE({t}_delete(reg, NULL), CSP_EARG);",
              "}", "END_TEST", ""]
    return lines


def typed_test(model: Model) -> str:
    out = [banner("c"), "/*", " * test_typed.c: every typed function of the entity headers reaches its own",
           " * entity and field: each setter and getter against the generic record API",
           " * with its field id, each register function on a real register, NULL",
           " * arguments and handles of another entity refused. The typed functions are",
           " * generated from the model's description, and so is this suite, beside them.", " */",
           '#include "testutil.h"', "", "static csp_register *reg;",
           "/* The object of the running test, freed by teardown even when an assertion fails. */",
           "static csp_record *t_obj;", "", "static void setup(void)", "{", "    reg = tu_open_mem();", "}", "",
           "static void teardown(void)", "{", "    csp_record_free(t_obj);", "    t_obj = NULL;",
           "    csp_register_close(reg);", "    reg = NULL;", "}", ""]
    for e in model.entities:
        out += [f"static void put_sample_{e.name}(const char *id);"]
    out.append("")
    for e in model.entities:
        out += sample_record(model, e)
    for i, e in enumerate(model.entities):
        other = model.entities[(i + 1) % len(model.entities)]
        out += fields_test(model, e, other)
        out += register_test(model, e, other)
    out += ["static Suite *typed_suite(void)", "{", '    Suite *s = suite_create("typed");',
            '    TCase *tc = tcase_create("entities");', "    tcase_add_checked_fixture(tc, setup, teardown);"]
    for e in model.entities:
        out += [f"    tcase_add_test(tc, test_{e.name}_fields);", f"    tcase_add_test(tc, test_{e.name}_register);"]
    out += ["    suite_add_tcase(s, tc);", "    return s;", "}", "", "int main(void)", "{",
            "    return tu_run(typed_suite());", "}", ""]
    return "\n".join(out)
