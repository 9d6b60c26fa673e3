"""Entity and field ids only ever grow: every line of the committed list
(abi/model-ids.txt: "CSP_ORGANISATION_NAME 0.1") is still given by the model,
with the same number. New ids may be added.

usage: check_model_ids.py MODELGEN_DIR BASELINE
"""
import subprocess
import sys

modelgen, baseline = sys.argv[1], sys.argv[2]
now = subprocess.run([sys.executable, modelgen, "--ids"], check=True, capture_output=True, text=True).stdout
current = dict(line.split() for line in now.splitlines() if line.strip())
failed = 0
with open(baseline, encoding="utf-8") as fp:
    for line in fp:
        if not line.strip() or line.startswith("#"):
            continue
        name, number = line.split()
        if name not in current:
            print(f"{name} ({number}) is gone: ids are append-only (add a new one instead)")
            failed += 1
        elif current[name] != number:
            print(f"{name} was {number} and is now {current[name]}: ids are append-only (append new fields "
                  "at the end of their entity, new entities at the end)")
            failed += 1
added = len(current) - sum(1 for line in open(baseline, encoding="utf-8") if line.strip() and not line.startswith("#"))
print(f"{len(current)} ids, {max(added, 0)} new since the baseline, {failed} changed or gone")
sys.exit(1 if failed else 0)
