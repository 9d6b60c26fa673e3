"""Ownership: every C object is freed exactly once, and memory stays flat."""

from __future__ import annotations

import gc
import os
from typing import Callable

import pytest

import libcsp
from libcsp import _libcsp as C

CYCLES = int(os.environ.get("CSP_MEMORY_CYCLES", "100000"))
# A leak of one small C object per cycle (>= 64 bytes) over 100,000 cycles is
# over 6 MB; allocator noise stays well under this.
LIMIT_BYTES = 3 * 1024 * 1024
PAGE = os.sysconf("SC_PAGE_SIZE")
# Under AddressSanitizer freed memory sits in quarantine: RSS says nothing.
SANITIZED = "asan" in os.environ.get("LD_PRELOAD", "")
if SANITIZED:
    CYCLES = 5000


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def growth(step: Callable[[int], None], cycles: int = CYCLES) -> int:
    """Bytes of resident memory gained over `cycles` calls of step (after a warm-up).

    Under a sanitizer the steps run (ASan checks every free) but 0 is returned."""
    for i in range(min(cycles // 10, 5000)):
        step(i)
    gc.collect()
    before = rss()
    for i in range(cycles):
        step(i)
        if i % 10000 == 0:
            gc.collect()
    gc.collect()
    return 0 if SANITIZED else rss() - before


def test_entity_create_free() -> None:
    def step(i: int) -> None:
        p = libcsp.Partnership("p", "Partnership", "board", short_name="P", formed_on="2002-01",
                               former_names=["a", "b"], works_with=["x"], meetings_per_year=4)
        p.name = "Renamed"
        p.to_dict()
        m = libcsp.Membership("m", p, "o", "member", start_date="2020")
        del p, m

    assert growth(step) < LIMIT_BYTES


def test_put_get_cycles() -> None:
    with libcsp.Register() as reg:
        reg.organisations.add(libcsp.Organisation("o", "O", "police", area="A"))

        def step(i: int) -> None:
            org = reg.organisations["o"]
            org.area = "B" if i % 2 else "A"
            reg.organisations.put(org)

        assert growth(step) < LIMIT_BYTES


def test_iteration_cycles(small: libcsp.Register) -> None:
    def step(i: int) -> None:
        if i % 2:
            for _ in small.organisations:
                pass
        else:
            it = iter(small.memberships)
            next(it)  # abandoned half way: freed by the collector
            del it

    assert growth(step, CYCLES // 4) < LIMIT_BYTES


def test_error_cycles(reg: libcsp.Register) -> None:
    def step(i: int) -> None:
        try:
            reg.organisations["missing"]
        except libcsp.NotFoundError:
            pass
        try:
            libcsp.check_date("2023-02-30")
        except libcsp.DateError:
            pass

    assert growth(step) < LIMIT_BYTES


def test_export_cycles(small: libcsp.Register) -> None:
    def step(i: int) -> None:
        small.export_json()

    assert growth(step, CYCLES // 10) < LIMIT_BYTES


def test_register_open_close_cycles() -> None:
    def step(i: int) -> None:
        with libcsp.Register() as reg:
            reg.organisations.add(libcsp.Organisation("o", "O", "police"))

    # opening a register creates its schema (a few ms): fewer cycles
    assert growth(step, CYCLES // 100) < LIMIT_BYTES


ORG = C.csp_schema_entity_find("organisation")
NAME = C.csp_schema_field_find(ORG, "name")


def test_raw_free_is_once() -> None:
    """The raw free functions clear the wrapper: no double free, no use after free."""
    org = C.csp_record_new(ORG, "x")
    C.csp_record_set_text(org, NAME, "X")
    C.csp_record_free(org)
    C.csp_record_free(org)  # already freed: nothing happens (pointer cleared)
    C.csp_record_free(None)
    with pytest.raises(libcsp.ClosedError):
        C.csp_record_text(org, NAME)
    with pytest.raises(libcsp.ClosedError):
        C.csp_record_set_text(org, NAME, "Y")
    with pytest.raises(libcsp.ClosedError):
        C.csp_record_copy(org)
    del org
    gc.collect()  # the collector does not free it a second time

    q = C.csp_query_new(ORG)
    C.csp_query_free(q)
    C.csp_query_free(q)
    with pytest.raises(libcsp.ClosedError):
        C.csp_query_limit(q, 1)

    reg = C.csp_register_open(":memory:", None)
    it = C.csp_record_iterator_new(reg, ORG, None)
    C.csp_register_close(reg)
    with pytest.raises(libcsp.ClosedError):
        C.csp_record_get(reg, ORG, "x")
    with pytest.raises(libcsp.ArgumentError):
        C.csp_record_next(it)  # the library knows its register is gone
    C.csp_record_iterator_free(it)
    C.csp_record_iterator_free(it)
    with pytest.raises(libcsp.ClosedError):
        C.csp_record_next(it)
    C.csp_register_close(reg)
    C.csp_register_close(None)


def test_raw_collector_frees() -> None:
    def step(i: int) -> None:
        o = C.csp_record_new(ORG, "x")
        C.csp_record_set_text(o, NAME, "name")
        q = C.csp_query_new(ORG)
        C.csp_query_where(q, NAME, C.CSP_OP_EQ, "name")
        del o, q

    assert growth(step) < LIMIT_BYTES


def test_query_cycles(small: libcsp.Register) -> None:
    def step(i: int) -> None:
        q = small.memberships.where("role", "==", "chair").order_by("start_date", descending=True)
        q.first()
        q.count()
        try:
            small.memberships.where("role", "==", "chiar")
        except libcsp.EnumValueError:
            pass

    assert growth(step, CYCLES // 10) < LIMIT_BYTES


def test_transaction_cycles(reg: libcsp.Register) -> None:
    def step(i: int) -> None:
        try:
            with reg.transaction():
                reg.organisations.put(libcsp.Organisation("o", "O", "police"))
                raise KeyError("undo")
        except KeyError:
            pass

    assert growth(step, CYCLES // 10) < LIMIT_BYTES
