"""A whole register checked (Register.verify) and copied (Register.backup)."""

from __future__ import annotations

import os
import pathlib
import sqlite3

import pytest

import libcsp


def make(path: pathlib.Path) -> libcsp.Register:
    reg = libcsp.Register(path)
    reg.organisations.add(libcsp.Organisation("met", "Met", libcsp.OrganisationKind.POLICE))
    reg.partnerships.add(libcsp.Partnership("csp", "CSP", libcsp.PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP))
    reg.memberships.add(libcsp.Membership("csp-met", "csp", "met", libcsp.Role.MEMBER))
    return reg


def test_a_sound_register_has_no_findings(tmp_path: pathlib.Path) -> None:
    with make(tmp_path / "r.csp") as reg:
        assert reg.verify() == []
        assert reg.verify(quick=True) == []
        with pytest.raises(ValueError):
            reg.verify(limit=0)


def test_findings_of_a_damaged_register(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "r.csp"
    make(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE memberships SET role = 'chaip', organisation = 'ghost'")
    db.commit()
    db.close()
    # Opening checks the file's structure, not each row: it opens.
    with libcsp.Register(path, readonly=True) as reg:
        found = reg.verify()
        assert any('membership "csp-met": organisation names no organisation with id "ghost"' in f for f in found)
        assert any('role: unknown value "chaip"' in f for f in found)
        assert reg.verify(limit=1)[-1].startswith("and ")
        with pytest.raises(libcsp.CorruptError, match="is damaged"):
            list(reg.memberships)


def test_backup_keeps_the_commits_in_the_wal(tmp_path: pathlib.Path) -> None:
    with make(tmp_path / "r.csp") as reg:
        reg.people.add(libcsp.Person("late", "Late"))  # still in r.csp-wal
        reg.backup(tmp_path / "copy.csp")
        assert os.stat(tmp_path / "copy.csp").st_mode & 0o777 == 0o600
        with libcsp.Register(tmp_path / "copy.csp", readonly=True) as copy:
            assert "late" in copy.people
            assert copy.export_json() == reg.export_json()
        with reg.transaction(), pytest.raises(libcsp.ArgumentError):
            reg.backup(tmp_path / "other.csp")
        with pytest.raises(libcsp.RegisterIOError):
            reg.backup(tmp_path / "no" / "such" / "copy.csp")
