"""The generator refuses a mistaken [[entity.index]] and names where it is.

    python3 check_model_mistakes.py MODELGEN_DIR MODEL_TOML

Each case edits the action entity's `open` index in a copy of the
description and expects the load to fail with a message naming the index and
the mistake; the description as it stands must load.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from model import ModelError, load  # noqa: E402

text = Path(sys.argv[2]).read_text(encoding="utf-8")
INDEX = 'fields = ["partnership", "id", "raised_on", "due_on", "champion", "status"]'
WHERE = 'where = { field = "status", values = ["open", "in_progress"] }'
assert INDEX in text and WHERE in text, "the open actions' index is not as this test expects"

CASES = [
    ("an unknown field", INDEX, INDEX.replace('"champion"', '"champoin"'), "field 'champoin' is not a field of 'action'"),
    ("a list field", INDEX, INDEX.replace('"champion"', '"sources"'), "an index covers one-value fields"),
    ("a field twice", INDEX, INDEX.replace('"due_on"', '"id"'), "each once"),
    ("the where field left out", INDEX, INDEX.replace(', "status"]', "]"), "list 'status' among the fields too"),
    ("a where field not an enum", WHERE, WHERE.replace('field = "status"', 'field = "title"'),
     "'title' is not an enum field"),
    ("an unknown value", WHERE, WHERE.replace('"in_progress"', '"in progress"'), "values must list values of 'status'"),
    ("no values", WHERE, WHERE.replace('["open", "in_progress"]', "[]"), "values must list values"),
    ("a newer since", "since = 8\ndoc = \"The open actions", "since = 99\ndoc = \"The open actions", "since 99 must be"),
]

failures = []
with tempfile.TemporaryDirectory() as tmp:
    load_path = Path(tmp) / "model.toml"
    load_path.write_text(text, encoding="utf-8")
    load(load_path)  # as it stands
    for what, old, new, expected in CASES:
        assert text.count(old) == 1, what
        load_path.write_text(text.replace(old, new), encoding="utf-8")
        try:
            load(load_path)
        except ModelError as exc:
            msg = str(exc)
            if expected not in msg or "index 'open'" not in msg:
                failures.append(f"{what}: {msg!r} lacks {expected!r} or the index's name")
        else:
            failures.append(f"{what}: loaded")
for f in failures:
    print("FAIL", f)
print(f"{len(CASES) - len(failures)} of {len(CASES)} mistakes refused with their place")
sys.exit(1 if failures else 0)
