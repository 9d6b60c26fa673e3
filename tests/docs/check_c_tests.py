"""Every public function declared in include/csp/*.h is called by a Check suite
(tests/test_*.c, tests/testutil.h), so no function ships without a C test.

usage: check_c_tests.py INCLUDE_DIR TESTS_DIR
"""
import pathlib
import re
import sys

include_dir, tests_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
declared = set()
for header in include_dir.glob("*.h"):
    declared |= set(re.findall(r"CSP_API\s+[^;(]*?\b(csp_\w+)\s*\(", header.read_text(encoding="utf-8")))
sources = list(tests_dir.glob("test_*.c")) + list(tests_dir.glob("testutil*.h")) + list(tests_dir.glob("testutil*.c"))
text = "\n".join(p.read_text(encoding="utf-8") for p in sources)
called = set(re.findall(r"\b(csp_\w+)\s*\(", text))
# testutil.h builds some calls with token pasting (csp_##noun##_next): count those
# for every noun it instantiates them for.
for template in set(re.findall(r"\bcsp_##noun##(_\w+)\s*\(", text)):
    for noun in set(re.findall(r"TU_DEFINE_\w+\((\w+)\)", text)):
        called.add(f"csp_{noun}{template}")
missing = sorted(declared - called)
for name in missing:
    print(f"no Check suite calls {name}")
print(f"{len(declared) - len(missing)} passed, {len(missing)} failed")
sys.exit(1 if missing else 0)
