"""Validates every bundled example (and a few bad documents) against docs/libcsp.schema.json.

usage: check_schema.py SCHEMA DATA_DIR
"""
import json
import pathlib
import sys

import jsonschema

schema_path, data_dir = sys.argv[1], pathlib.Path(sys.argv[2])
schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

files = sorted(data_dir.glob("*.json"))
if not files:
    sys.exit(f"no examples in {data_dir}")
failed = 0
for path in files:
    errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    for e in errors:
        print(f"{path.name}: {'/'.join(map(str, e.path))}: {e.message}")
    failed += bool(errors)

# The schema must also refuse what libcsp refuses, or it proves nothing.
bad = {
    "unknown top-level field": {"format": "libcsp/1", "extra": []},
    "missing format": {"organisations": []},
    "unknown role": {"format": "libcsp/1", "partnerships": [{"id": "p", "name": "P", "kind": "board",
                     "members": [{"id": "m", "organisation": "o", "role": "chiar"}]}]},
    "impossible month": {"format": "libcsp/1", "partnerships": [{"id": "p", "name": "P", "kind": "board",
                         "formed_on": "2002-13"}]},
    "bad id": {"format": "libcsp/1", "people": [{"id": "-x", "name": "X"}]},
    "position in an element": {"format": "libcsp/1", "strategies": [{"id": "s", "partnership": "p", "title": "T",
                               "kind": "other", "status": "draft",
                               "elements": [{"id": "e", "kind": "aim", "title": "A", "position": 1}]}]},
}
for name, doc in bad.items():
    if validator.is_valid(doc):
        print(f"the schema accepts a bad document: {name}")
        failed += 1

print(f"{len(files) - min(failed, len(files))} passed, {failed} failed")
sys.exit(1 if failed else 0)
