"""Every raw function, called with wrong arguments, raises: it never crashes.

Each function of the raw module gets random argument lists (of its arity, from
the generated stub) drawn from None, numbers, strings, bytes, dicts and live or
freed handles of every type. Any exception is fine except SystemError (a
wrapper that returned NULL without setting an error) and, of course, a crash.
"""

from __future__ import annotations

import pathlib
import random
import re
from typing import Any, Dict, List

import pytest

import libcsp
from libcsp import _libcsp as C

STUB = pathlib.Path(C.__file__).with_name("_libcsp.pyi")


def arities() -> Dict[str, int]:
    text = STUB.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^def (csp_\w+)\((.*?)\) ->", text, re.M):
        params = [p for p in m.group(2).split(",") if p.strip()]
        out[m.group(1)] = len(params)
    return out


def handle_pool(reg: Any) -> List[Any]:
    pool: List[Any] = [reg]
    for name in sorted(dir(C)):
        m = re.match(r"csp_(\w+)_new$", name)
        if m and not name.endswith("_iterator_new"):
            pool.append(getattr(C, name)("fuzz-" + m.group(1)))
        m = re.match(r"csp_(\w+)_iterator_new$", name)
        if m:
            pool.append(getattr(C, name)(reg, None))
    freed = C.csp_organisation_new("freed")
    C.csp_organisation_free(freed)
    pool.append(freed)
    return pool


@pytest.mark.parametrize("name", sorted(arities()))
def test_wrong_arguments_raise(name: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # anything written by a path argument lands here
    n = arities()[name]
    reg = C.csp_register_open(":memory:", None)
    handles = handle_pool(reg)
    values: List[Any] = [None, 0, -1, 1, 2**70, "x", "", "a\0b", "\udc80", b"x", 1.5, {}, {"nope": 1},
                         [], object(), "2020-02-30", ":memory:", "organisation", "kind"] + handles
    rng = random.Random(name)
    fn = getattr(C, name)
    for _ in range(60):
        args = [rng.choice(values) for _ in range(rng.choice([n, n, n, max(0, n - 1), n + 1]))]
        try:
            fn(*args)
        except SystemError as exc:  # pragma: no cover - a wrapper bug
            raise AssertionError(f"{name}{tuple(args)!r}: SystemError {exc}")
        except (libcsp.Error, TypeError, ValueError, OverflowError, AttributeError):
            pass
    C.csp_register_close(reg)
