"""Every raw function, called with wrong arguments, raises: it never crashes.

Each function of the raw module gets random argument lists (of its arity, from
the stub _libcsp.pyi) drawn from None, numbers (entity and field ids among
them), strings, bytes, dicts and handles of all four raw types (csp_register,
csp_record, csp_record_iterator, csp_query), live and freed. Any exception is
fine except SystemError (a wrapper that returned NULL without setting an
error) and, of course, a crash.
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
HANDLE_TYPES = ("csp_register", "csp_record", "csp_record_iterator", "csp_query")


def arities() -> Dict[str, int]:
    text = STUB.read_text(encoding="utf-8")
    out = {}
    for m in re.finditer(r"^def (csp_\w+)\((.*?)\) ->", text, re.M):
        params = [p for p in m.group(2).split(",") if p.strip()]
        out[m.group(1)] = len(params)
    return out


def test_the_stub_lists_the_functions() -> None:
    found = arities()
    assert len(found) > 60
    for name in found:
        assert callable(getattr(C, name, None)), f"{name} is in the stub but not in the module"


def handle_pool(reg: Any) -> List[Any]:
    """Live and freed handles of every raw type, for every entity."""
    pool: List[Any] = [reg]
    org = C.csp_schema_entity_find("organisation")
    for eid in range(C.csp_schema_entity_count()):
        pool.append(C.csp_record_new(eid, f"fuzz-{eid}"))
        pool.append(C.csp_query_new(eid))
        pool.append(C.csp_record_iterator_new(reg, eid, None))
    # a record with values, and an iterator that has seen one
    full = C.csp_record_new(org, "full")
    C.csp_record_set_text(full, C.csp_schema_field_find(org, "name"), "Full")
    C.csp_record_set_text(full, C.csp_schema_field_find(org, "kind"), "police")
    C.csp_record_put(reg, full)
    pool.append(full)
    it = C.csp_record_iterator_new(reg, org, None)
    C.csp_record_next(it)
    pool.append(it)
    # freed (and closed) handles of each type: their wrappers are cleared
    freed_reg = C.csp_register_open(":memory:", None)
    orphan = C.csp_record_iterator_new(freed_reg, org, None)  # its register goes away
    freed_it = C.csp_record_iterator_new(freed_reg, org, None)
    C.csp_record_iterator_free(freed_it)
    C.csp_register_close(freed_reg)
    freed_rec = C.csp_record_new(org, "freed")
    C.csp_record_free(freed_rec)
    freed_q = C.csp_query_new(org)
    C.csp_query_free(freed_q)
    pool += [freed_reg, orphan, freed_it, freed_rec, freed_q]
    assert {type(h).__name__ for h in pool} == set(HANDLE_TYPES)
    return pool


@pytest.mark.parametrize("name", sorted(arities()))
def test_wrong_arguments_raise(name: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # anything written by a path argument lands here
    n = arities()[name]
    reg = C.csp_register_open(":memory:", None)
    handles = handle_pool(reg)
    values: List[Any] = [None, 0, -1, 1, 2, 3, 7, 99, 2**31, 2**70, -(2**70), True, "x", "", "a\0b", "\udc80",
                         b"x", 1.5, {}, {"nope": 1}, {"flags": 1}, [], (), object(), "2020-02-30", "2020",
                         ":memory:", "organisation", "membership", "kind", "role", "chair",
                         '{"format": "libcsp/1"}'] + handles
    rng = random.Random(name)
    fn = getattr(C, name)
    for _ in range(80):
        args = [rng.choice(values) for _ in range(rng.choice([n, n, n, max(0, n - 1), n + 1]))]
        try:
            fn(*args)
        except SystemError as exc:  # pragma: no cover - a wrapper bug
            raise AssertionError(f"{name}{tuple(args)!r}: SystemError {exc}")
        except (libcsp.Error, TypeError, ValueError, OverflowError, AttributeError):
            pass
    C.csp_register_close(reg)
