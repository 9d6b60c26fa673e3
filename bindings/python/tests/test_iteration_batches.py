"""Iteration reads records from the C library in batches (8 records, then 16,
32, ... up to 256: EntityIterator, csp_py_entity_batch). Each record is still
handed out once, in order; a damaged record raises where it stands, after the
records before it and before any after it; a write or a close between two
steps ends the iteration even while the batch holds records read before it."""

from __future__ import annotations

import pathlib
import sqlite3
import threading
from typing import List

import pytest

import libcsp
from libcsp import _libcsp as raw

# Where batches end: 8, 8 + 16, 8 + 16 + 32, ...
FIRST_ENDS = [8, 24, 56, 120, 248, 504, 760]


def ids(n: int) -> List[str]:
    return [f"o{i:04d}" for i in range(n)]


def make(path: pathlib.Path, n: int) -> None:
    with libcsp.Register(path) as reg, reg.transaction():
        for i in ids(n):
            reg.organisations.add(libcsp.Organisation(i, f"Organisation {i}", "police"))


def damage(path: pathlib.Path, *bad: str) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")
    for i in bad:
        db.execute("UPDATE organisations SET kind = 'bogus' WHERE id = ?", (i,))
    db.commit()
    db.close()


@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 23, 24, 25, 56, 57, 247, 248, 249, 504, 505, 761])
def test_every_record_once_in_order(tmp_path: pathlib.Path, n: int) -> None:
    make(tmp_path / "r.csp", n)
    with libcsp.Register(tmp_path / "r.csp", readonly=True) as reg:
        got = [(o.id, o.name, o.kind, o.to_dict()["id"]) for o in reg.organisations]
        assert got == [(i, f"Organisation {i}", "police", i) for i in ids(n)]
        assert all(type(o) is libcsp.Organisation and o.register is reg for o in reg.organisations)
        it = iter(reg.organisations)
        assert [next(it).id for _ in range(n)] == ids(n)
        with pytest.raises(StopIteration):
            next(it)
        with pytest.raises(StopIteration):
            next(it)  # exhausted stays exhausted


# A damaged record first, inside, last of a batch, and first of the next.
@pytest.mark.parametrize("bad", [0, 3, 7, 8, 12, 23, 24, 40])
def test_a_damaged_record_raises_where_it_stands(tmp_path: pathlib.Path, bad: int) -> None:
    n = 60
    make(tmp_path / "r.csp", n)
    damage(tmp_path / "r.csp", ids(n)[bad])
    with libcsp.Register(tmp_path / "r.csp", readonly=True) as reg:
        it = iter(reg.organisations)
        seen = []
        with pytest.raises(libcsp.CorruptError, match=f'organisation "{ids(n)[bad]}"'):
            while True:
                seen.append(next(it).id)
        # Every record before it, none after it, and not the damaged one.
        assert seen == ids(n)[:bad]
        # As without batches, the iteration goes on past it.
        assert [o.id for o in it] == ids(n)[bad + 1:]
        with pytest.raises(libcsp.CorruptError):
            list(reg.organisations)


def test_two_damaged_records_in_one_batch(tmp_path: pathlib.Path) -> None:
    n = 40
    make(tmp_path / "r.csp", n)
    damage(tmp_path / "r.csp", ids(n)[10], ids(n)[12])
    with libcsp.Register(tmp_path / "r.csp", readonly=True) as reg:
        it = iter(reg.organisations)
        assert [next(it).id for _ in range(10)] == ids(n)[:10]
        with pytest.raises(libcsp.CorruptError, match='"o0010"'):
            next(it)
        assert next(it).id == "o0011"
        with pytest.raises(libcsp.CorruptError, match='"o0012"'):
            next(it)
        assert [o.id for o in it] == ids(n)[13:]


def test_a_write_ends_the_iteration_while_a_batch_is_held(tmp_path: pathlib.Path) -> None:
    make(tmp_path / "r.csp", 30)
    with libcsp.Register(tmp_path / "r.csp") as reg:
        it = iter(reg.organisations)
        assert [next(it).id for _ in range(3)] == ids(3)  # 5 more are held
        reg.people.add(libcsp.Person("p", "P"))  # another entity: it goes on
        assert next(it).id == "o0003"
        reg.organisations.add(libcsp.Organisation("zz", "Z", "police"))
        with pytest.raises(libcsp.ChangedError):
            next(it)
        with pytest.raises(libcsp.ChangedError):
            next(it)  # and stays so
        # A rollback ends it too, whatever it wrote.
        it = iter(reg.organisations)
        next(it)
        with reg.transaction():
            reg.people.add(libcsp.Person("q", "Q"))
        assert next(it).id == "o0001"  # a commit of another entity: it goes on
        with pytest.raises(KeyError), reg.transaction():
            reg.people.add(libcsp.Person("r", "R"))
            raise KeyError("roll back")
        with pytest.raises(libcsp.ChangedError):
            next(it)


@pytest.mark.parametrize("n", [3, 8, 9, 24])
def test_a_write_after_the_last_batch_was_read(tmp_path: pathlib.Path, n: int) -> None:
    # The batch holding the last records read the end of the C iteration
    # (for 3, 9 and 24; 8 fills its batch exactly): a write still ends it.
    make(tmp_path / "r.csp", n)
    with libcsp.Register(tmp_path / "r.csp") as reg:
        it = iter(reg.organisations)
        seen = [next(it).id for _ in range(n - 1)]
        reg.organisations.add(libcsp.Organisation("zz", "Z", "police"))
        with pytest.raises(libcsp.ChangedError, match="changed"):
            next(it)
        assert seen == ids(n)[:-1]
        it = iter(reg.organisations)
        assert [next(it).id for _ in range(n + 1)] == ids(n) + ["zz"]
        reg.organisations.add(libcsp.Organisation("zzz", "Z", "police"))
        with pytest.raises(libcsp.ChangedError):
            next(it)


def test_a_close_ends_the_iteration_while_a_batch_is_held(tmp_path: pathlib.Path) -> None:
    make(tmp_path / "r.csp", 30)
    reg = libcsp.Register(tmp_path / "r.csp", readonly=True)
    it = iter(reg.organisations)
    next(it)
    reg.close()
    with pytest.raises(libcsp.ClosedError):
        next(it)
    it.close()  # still safe
    it2 = iter(libcsp.Register(tmp_path / "r.csp", readonly=True).organisations)
    next(it2)
    it2.close()
    with pytest.raises(StopIteration):
        next(it2)


def test_threads_share_an_iterator(tmp_path: pathlib.Path) -> None:
    n = 2000
    make(tmp_path / "r.csp", n)
    with libcsp.Register(tmp_path / "r.csp", readonly=True) as reg:
        it = iter(reg.organisations)
        got: List[List[str]] = [[], [], [], []]

        def take(k: int) -> None:
            for o in it:
                got[k].append(o.id)

        threads = [threading.Thread(target=take, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        every = sorted(i for g in got for i in g)
        assert every == ids(n)  # each record once
        for g in got:
            assert g == sorted(g)  # each thread sees them in order


def test_raw_batch(tmp_path: pathlib.Path) -> None:
    make(tmp_path / "r.csp", 5)
    with libcsp.Register(tmp_path / "r.csp", readonly=True) as reg:
        it = raw.csp_record_iterator_new(reg._handle(), libcsp.Organisation._eid, None)
        assert raw.csp_record_iterator_changed(it) is False
        batch, error = raw.csp_py_entity_batch(it, libcsp.Organisation, reg, 3)
        assert error is None and [o.id for o in batch] == ["o0002", "o0001", "o0000"]  # last first
        batch, error = raw.csp_py_entity_batch(it, libcsp.Organisation, reg, 0)  # at least one
        assert [o.id for o in batch] == ["o0003"]
        batch, error = raw.csp_py_entity_batch(it, libcsp.Organisation, reg, 10**6)
        assert [o.id for o in batch] == ["o0004"]
        assert raw.csp_py_entity_batch(it, libcsp.Organisation, reg, 5) == ([], None)
        with pytest.raises(TypeError):
            raw.csp_py_entity_batch(it, "not a class", reg, 5)
        with pytest.raises(TypeError):
            raw.csp_py_entity_batch(it, int, reg, 5)  # no slots
        raw.csp_record_iterator_free(it)
        with pytest.raises(libcsp.ClosedError):
            raw.csp_record_iterator_changed(it)
