#!/usr/bin/env python3
"""Adding an entity or a field is an edit to the model's description, nothing more.

Copies the repository, adds to libcsp/model/model.toml a toy entity (a date
range with its order rule, an enum, a reference) with a child entity nested
in it, and a field to an existing entity (partnership); runs the generator;
builds the C library and the Python module from the copy; then round-trips
the new records through the typed C API, JSON and Python. No other file of
the copy is edited.

usage: toy_entity_test.py --source REPO --work DIR [--cc CC] [--python PY]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

TOY = '''
[enum.toy_colour]
doc = "The colour of a toy."
values = [
    { value = "red", label = "Red", doc = "Painted red." },
    { value = "blue", label = "Blue", doc = "Painted blue." },
]

[header.toy]
brief = "Toys: an entity added by the generator's test."
doc = "A toy has a name, a colour, a period and an owner; its parts are nested in it."

[[entity]]
name = "toy"
plural = "toys"
header = "toy"
since = @NEW@
doc = "A toy, to prove a new entity needs no hand-written line."
list = ["id", "name", "colour", "start_date", "end_date"]

[[entity.field]]
name = "id"
type = "id"
doc = "Stable identifier."

[[entity.field]]
name = "name"
type = "text"
required = true
doc = "Its name."

[[entity.field]]
name = "colour"
type = "enum"
enum = "toy_colour"
filter = true
doc = "Its colour."

[[entity.field]]
name = "start_date"
type = "date"
filter = true
doc = "First day in use."

[[entity.field]]
name = "end_date"
type = "date"
doc = "Last day in use; not before start_date."

[[entity.field]]
name = "owner"
type = "ref"
ref = "partnership"
filter = true
reverse = { name = "toys", doc = "The toys this partnership owns." }
doc = "The partnership that owns it."

[[entity.check]]
kind = "date_order"
first = "start_date"
then = "end_date"

[[entity]]
name = "toy_part"
plural = "toy_parts"
header = "toy"
since = @NEW@
doc = "A part of a toy."
nest = { in = "toy", key = "parts" }
list = ["id", "toy", "label"]

[[entity.field]]
name = "id"
type = "id"
doc = "Stable identifier."

[[entity.field]]
name = "toy"
type = "ref"
ref = "toy"
required = true
nested = true
filter = true
reverse = { name = "parts", doc = "The parts of this toy." }
doc = "The toy it is part of (implied by nesting in JSON)."

[[entity.field]]
name = "label"
type = "text"
required = true
doc = "What the part is."
'''

NEW_FIELD = '''
[[entity.field]]
name = "toy_budget"
type = "int"
min = 1
max = 1000
since = @NEW@
doc = "Pounds a year for toys."

'''

TOY_C = r'''
#include <csp/csp.h>
#include <stdio.h>
#include <string.h>

#define CHECK(expr) do { int rc_ = (expr); if (rc_) { fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #expr, csp_error_last()->message); return 1; } } while (0)
#define EXPECT(expr, code) do { int rc_ = (expr); if (rc_ != (code)) { fprintf(stderr, "%s:%d: %s: expected %s, got %s\n", __FILE__, __LINE__, #expr, csp_code_name(code), csp_code_name(rc_)); return 1; } } while (0)
#define TRUE(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond); return 1; } } while (0)

int main(void)
{
    csp_register *reg = NULL, *reg2 = NULL;
    csp_partnership *p = NULL;
    csp_toy *t = NULL, *back = NULL;
    csp_toy_part *part = NULL;
    csp_toy_iterator *it = NULL;
    csp_query *q = NULL;
    char *a = NULL, *b = NULL;
    size_t n = 0;

    CHECK(csp_register_open(&reg, ":memory:", NULL));
    TRUE(csp_schema_version() == @NEW@);
    CHECK(csp_partnership_new(&p, "p"));
    CHECK(csp_partnership_set_name(p, "Toy Board"));
    CHECK(csp_partnership_set_kind(p, "board"));
    CHECK(csp_partnership_set_toy_budget(p, 5));
    EXPECT(csp_partnership_set_toy_budget(p, 5000), CSP_EINVALID);
    CHECK(csp_partnership_put(reg, p));

    CHECK(csp_toy_new(&t, "t1"));
    CHECK(csp_toy_set_name(t, "Robot"));
    EXPECT(csp_toy_set_colour(t, "green"), CSP_EENUM);
    CHECK(csp_toy_set_colour(t, "blue"));
    CHECK(csp_toy_set_start_date(t, "2021"));
    CHECK(csp_toy_set_end_date(t, "2020-06"));
    EXPECT(csp_toy_put(reg, t), CSP_ECONSTRAINT); /* ends before it starts */
    CHECK(csp_toy_set_start_date(t, "2020"));
    CHECK(csp_toy_set_owner(t, "nobody"));
    EXPECT(csp_toy_put(reg, t), CSP_EREFERENCE);
    CHECK(csp_toy_set_owner(t, "p"));
    CHECK(csp_toy_put(reg, t));
    CHECK(csp_toy_part_new(&part, "t1-arm"));
    CHECK(csp_toy_part_set_toy(part, "t1"));
    CHECK(csp_toy_part_set_label(part, "Arm"));
    CHECK(csp_toy_part_put(reg, part));

    CHECK(csp_toy_get(&back, reg, "t1"));
    TRUE(strcmp(csp_toy_colour(back), "blue") == 0 && strcmp(csp_toy_end_date(back), "2020-06") == 0);
    TRUE(csp_record_entity((const csp_record *)back) == CSP_ENTITY_TOY);
    TRUE(strcmp(csp_record_text((const csp_record *)back, CSP_TOY_OWNER), "p") == 0);

    /* A date range: "2020" is not wholly before 2020-06-30, but is not after it either. */
    CHECK(csp_query_new(&q, CSP_ENTITY_TOY));
    CHECK(csp_query_where(q, CSP_TOY_START_DATE, CSP_OP_LT, "2020-06-30"));
    CHECK(csp_record_count_matching(&n, reg, CSP_ENTITY_TOY, q));
    TRUE(n == 0);
    csp_query_free(q);
    CHECK(csp_query_new(&q, CSP_ENTITY_TOY));
    CHECK(csp_query_where(q, CSP_TOY_START_DATE, CSP_OP_LE, "2020-06-30"));
    CHECK(csp_query_where(q, CSP_TOY_COLOUR, CSP_OP_EQ, "blue"));
    CHECK(csp_toy_iterator_query(&it, reg, q));
    csp_query_free(q);
    csp_toy_free(back);
    back = NULL;
    CHECK(csp_toy_next(&back, it));
    TRUE(strcmp(csp_toy_id(back), "t1") == 0);
    EXPECT(csp_toy_next(&back, it), CSP_ITEROVER);
    csp_toy_iterator_free(it);

    /* JSON: the part nests in its toy; a second register gets the same bytes. */
    CHECK(csp_json_export(&a, reg, NULL));
    TRUE(strstr(a, "\"parts\"") && strstr(a, "\"toy_budget\": 5") && strstr(a, "\"toys\""));
    CHECK(csp_register_open(&reg2, ":memory:", NULL));
    CHECK(csp_json_import(reg2, a, strlen(a), NULL));
    CHECK(csp_json_export(&b, reg2, NULL));
    TRUE(strcmp(a, b) == 0);
    fputs(a, stdout);

    csp_free(a);
    csp_free(b);
    csp_toy_free(back);
    csp_toy_free(t);
    csp_toy_part_free(part);
    csp_partnership_free(p);
    csp_register_close(reg);
    csp_register_close(reg2);
    return 0;
}
'''

TOY_PY = r'''
import datetime
import json
import libcsp

assert libcsp.schema_version() == @NEW@
with libcsp.Register() as reg:
    reg.partnerships.add(libcsp.Partnership("p", "Toy Board", "board", toy_budget=5))
    toy = libcsp.Toy("t1", "Robot", colour=libcsp.ToyColour.BLUE, start_date=libcsp.PartialDate(2020),
                     end_date=libcsp.PartialDate(2020, 6), owner="p")
    reg.toys.add(toy)
    reg.toy_parts.add(libcsp.ToyPart("t1-arm", "t1", "Arm"))
    try:
        reg.toys.add(libcsp.Toy("bad", "Bad", start_date="2021", end_date="2020"))
        raise AssertionError("an end before its start was accepted")
    except libcsp.ConstraintError:
        pass
    try:
        toy.colour = "green"
        raise AssertionError("an unknown colour was accepted")
    except libcsp.EnumValueError:
        pass
    got = reg.toys["t1"]
    assert got.colour is libcsp.ToyColour.BLUE and got.colour.label == "Blue"
    assert got.owner.name == "Toy Board" and reg.partnerships["p"].toy_budget == 5
    assert [x.id for x in reg.partnerships["p"].toys()] == ["t1"]
    assert [x.label for x in got.parts()] == ["Arm"]
    assert reg.toys.where("start_date", "<=", datetime.date(2020, 6, 30)).count() == 1
    assert reg.toys.where("start_date", "<", datetime.date(2020, 6, 30)).count() == 0
    assert got.to_dict() == {"id": "t1", "name": "Robot", "colour": "blue", "start_date": "2020",
                             "end_date": "2020-06", "owner": "p"}
    text = reg.export_json()
    doc = json.loads(text)
    assert doc["toys"][0]["parts"] == [{"id": "t1-arm", "label": "Arm"}]
    with libcsp.Register() as reg2:
        reg2.import_json(text)
        assert reg2.export_json() == text
print("python round trip: ok")
'''


def run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    p = subprocess.run(cmd, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        print(p.stdout)
        raise SystemExit(f"failed ({p.returncode}): {' '.join(str(c) for c in cmd)}")
    return p.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("--python", default="/usr/bin/python3")
    args = ap.parse_args()
    src, work = args.source.resolve(), args.work.resolve()
    repo = work / "repo"
    if work.exists():
        shutil.rmtree(work)
    ignore = shutil.ignore_patterns("build", ".git", "__pycache__", ".venv", "*.csp")
    shutil.copytree(src, repo, ignore=ignore)

    # The only edit: the description.
    model = repo / "libcsp" / "model" / "model.toml"
    text = model.read_text(encoding="utf-8")
    # A new schema version, one past the current: the toy entity and field come with it.
    current = re.search(r"(?m)^schema_version = (\d+)$", text)
    assert current, "schema_version not found"
    new = str(int(current.group(1)) + 1)
    text = text.replace(current.group(0), f"schema_version = {new}", 1)
    anchor = '\n[[entity]]\nname = "membership"'
    assert anchor in text, "the membership entity (after partnership) is not where the test expects it"
    text = text.replace(anchor, NEW_FIELD.replace("@NEW@", new).rstrip("\n") + "\n" + anchor, 1)
    model.write_text(text + TOY.replace("@NEW@", new), encoding="utf-8")

    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and p != model}
    run([sys.executable, str(repo / "tools" / "modelgen"), "--root", str(repo)])
    changed = sorted(str(p.relative_to(repo)) for p, data in before.items() if p.read_bytes() != data)
    created = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file() and p not in before
                     and p != model and "__pycache__" not in p.parts)
    listed = set(run([sys.executable, str(repo / "tools" / "modelgen"), "--root", str(repo), "--list"]).split())
    stray = [p for p in changed + created if p not in listed]
    assert not stray, f"the generator wrote files it does not list as generated: {stray}"
    print(f"generator: {len(changed)} files changed, {len(created)} created: {', '.join(created)}")
    assert "include/csp/toy.h" in created
    run([sys.executable, str(repo / "tools" / "modelgen"), "--root", str(repo), "--check"])

    build = work / "build"
    run(["cmake", "-S", str(repo), "-B", str(build), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug", "-DCSP_WERROR=ON",
         "-DBUILD_TESTING=OFF", "-DCSP_TOOLS=OFF", f"-DPython3_EXECUTABLE={args.python}"])
    run(["cmake", "--build", str(build)])

    # C: the typed API of the new entities, JSON round trip.
    (work / "toy.c").write_text(TOY_C.replace("@NEW@", new), encoding="utf-8")
    exe = work / "toy"
    run([args.cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", str(repo / "include"), str(work / "toy.c"),
         "-L", str(build), "-lcsp", f"-Wl,-rpath,{build}", "-o", str(exe)])
    exported = run([str(exe)])
    doc_path = work / "toy.json"
    doc_path.write_text(exported, encoding="utf-8")
    print("C round trip: ok")

    # The JSON Schema generated from the description validates the export.
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        print("jsonschema missing: the schema check is skipped")
    else:
        run([args.python, str(repo / "tests" / "docs" / "check_schema.py"), str(repo / "docs" / "libcsp.schema.json"),
             str(work)])

    # Python: the generated classes of the new entities.
    env = dict(os.environ, PYTHONPATH=str(build / "bindings" / "python" / "package"),
               PYTHONDONTWRITEBYTECODE="1")
    (work / "toy.py").write_text(textwrap.dedent(TOY_PY).replace("@NEW@", new), encoding="utf-8")
    print(run([args.python, str(work / "toy.py")], cwd=work, env=env))
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
