"""Transactions: ``with reg.transaction():``, begin/commit/rollback, nesting,
and what another connection to the same file sees."""

from __future__ import annotations

import pathlib

import pytest

import libcsp
from libcsp import Organisation, Partnership


def org(oid: str, name: str = "O") -> Organisation:
    return Organisation(oid, name, "police")


def test_block_commits(reg: libcsp.Register) -> None:
    assert not reg.in_transaction
    with reg.transaction() as r:
        assert r is reg and reg.in_transaction
        reg.organisations.add(org("a"))
        reg.organisations.add(org("b"))
        assert len(reg.organisations) == 2  # its own writes are seen inside
    assert not reg.in_transaction
    assert reg.organisations.ids() == ["a", "b"]


def test_exception_rolls_back_everything(reg: libcsp.Register) -> None:
    reg.organisations.add(org("keep", "Before"))
    with pytest.raises(RuntimeError):
        with reg.transaction():
            reg.organisations.add(org("a"))
            reg.organisations.put(org("keep", "Changed"))
            reg.partnerships.add(Partnership("p", "P", "board"))
            reg.organisations.delete("a")
            reg.organisations.add(org("b"))
            raise RuntimeError("undo it all")
    assert not reg.in_transaction
    assert reg.organisations.ids() == ["keep"]
    assert reg.organisations["keep"].name == "Before"
    assert len(reg.partnerships) == 0


def test_library_error_rolls_back(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.ExistsError):
        with reg.transaction():
            reg.organisations.add(org("a"))
            reg.organisations.add(org("a"))  # taken
    assert len(reg.organisations) == 0 and not reg.in_transaction


def test_import_inside_a_transaction(reg: libcsp.Register) -> None:
    with pytest.raises(KeyError):
        with reg.transaction():
            reg.import_json('{"format": "libcsp/1", "organisations": [{"id": "o", "name": "O", "kind": "police"}]}')
            assert "o" in reg.organisations
            raise KeyError("no")
    assert "o" not in reg.organisations


def test_nesting(reg: libcsp.Register) -> None:
    with reg.transaction():
        reg.organisations.add(org("outer"))
        try:
            with reg.transaction():
                reg.organisations.add(org("inner"))
                assert reg.in_transaction
                raise ValueError("inner only")
        except ValueError:
            pass
        assert reg.in_transaction  # the outer one is still open
        assert reg.organisations.ids() == ["outer"]  # the inner write is undone
        with reg.transaction():
            reg.organisations.add(org("inner2"))  # an inner block that commits
        reg.organisations.add(org("outer2"))
    assert reg.organisations.ids() == ["inner2", "outer", "outer2"]


def test_outer_rollback_undoes_committed_inner(reg: libcsp.Register) -> None:
    with pytest.raises(RuntimeError):
        with reg.transaction():
            with reg.transaction():
                reg.organisations.add(org("inner"))
            raise RuntimeError
    assert len(reg.organisations) == 0  # nothing is written until the outermost commit


def test_explicit_calls(reg: libcsp.Register) -> None:
    reg.begin()
    assert reg.in_transaction
    reg.begin()
    reg.organisations.add(org("a"))
    reg.rollback()  # the inner one: a is undone
    assert reg.in_transaction
    reg.organisations.add(org("b"))
    reg.commit()
    assert not reg.in_transaction
    assert reg.organisations.ids() == ["b"]
    reg.begin()
    reg.organisations.add(org("c"))
    reg.rollback()
    assert reg.organisations.ids() == ["b"]


def test_commit_without_a_transaction_raises(reg: libcsp.Register) -> None:
    with pytest.raises(libcsp.ArgumentError):
        reg.commit()
    reg.rollback()  # none open: a no-op
    reg.rollback()
    assert not reg.in_transaction
    reg.organisations.add(org("a"))  # and the register still works
    assert "a" in reg.organisations


def test_closed_register(reg: libcsp.Register) -> None:
    reg.close()
    for call in (reg.begin, reg.commit, reg.rollback):
        with pytest.raises(libcsp.ClosedError):
            call()
    with pytest.raises(libcsp.ClosedError):
        reg.in_transaction


def test_close_inside_a_block() -> None:
    reg = libcsp.Register()
    with pytest.raises(RuntimeError):
        with reg.transaction():
            reg.organisations.add(org("a"))
            reg.close()
            raise RuntimeError("the original error is kept")
    assert reg.closed


def test_read_only_register_cannot_begin(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "ro.csp"
    libcsp.Register(path).close()
    with libcsp.Register(path, readonly=True) as ro:
        with pytest.raises(libcsp.ReadOnlyError):
            ro.begin()
        with pytest.raises(libcsp.ReadOnlyError):
            with ro.transaction():
                pass
        assert not ro.in_transaction


def test_other_connections_see_only_committed_writes(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "shared.csp"
    with libcsp.Register(path) as writer, libcsp.Register(path) as reader:
        writer.organisations.add(org("before"))
        assert reader.organisations.ids() == ["before"]  # a write of its own is committed at once
        with writer.transaction():
            writer.organisations.add(org("pending"))
            writer.organisations.put(org("before", "Changed"))
            assert "pending" in writer.organisations
            assert "pending" not in reader.organisations  # not yet committed
            assert reader.organisations["before"].name == "O"
            assert len(reader.organisations) == 1
        assert reader.organisations.ids() == ["before", "pending"]  # committed
        assert reader.organisations["before"].name == "Changed"
        with pytest.raises(KeyError):
            with writer.transaction():
                writer.organisations.add(org("rolled-back"))
                raise KeyError
        assert "rolled-back" not in reader.organisations
        assert "rolled-back" not in writer.organisations


def test_bulk_load_in_one_transaction(tmp_path: pathlib.Path) -> None:
    with libcsp.Register(tmp_path / "bulk.csp") as reg:
        with reg.transaction():
            for i in range(2000):
                reg.organisations.add(org(f"org-{i:05d}"))
        assert len(reg.organisations) == 2000
    with libcsp.Register(tmp_path / "bulk.csp") as again:
        assert len(again.organisations) == 2000
