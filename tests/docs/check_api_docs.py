"""Every public function declared in include/csp/*.h has a line in docs/api.md, and
docs/api.md names no function that does not exist.

usage: check_api_docs.py INCLUDE_DIR API_MD
"""
import pathlib
import re
import sys

include_dir, api_md = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
declared = set()
for header in include_dir.glob("*.h"):
    text = header.read_text(encoding="utf-8")
    declared |= set(re.findall(r"CSP_API\s+[^;(]*?\b(csp_\w+)\s*\(", text))
documented = set(re.findall(r"^- `(csp_\w+)`", api_md.read_text(encoding="utf-8"), re.M))
missing, stale = sorted(declared - documented), sorted(documented - declared)
for name in missing:
    print(f"{api_md.name}: no line for {name}")
for name in stale:
    print(f"{api_md.name}: {name} is not declared in {include_dir}")
print(f"{len(declared)} functions declared, {len(documented)} documented")
sys.exit(1 if missing or stale else 0)
