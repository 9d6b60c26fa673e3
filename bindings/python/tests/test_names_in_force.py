"""Names for people, records in force on a date, tables for analysts, and
iterations that end when the register changes under them."""

from __future__ import annotations

import datetime
from typing import Iterator, List

import pytest

import libcsp
from libcsp import Membership, Organisation, Partnership, PartialDate, Person, Strategy

from conftest import data_files


@pytest.fixture
def seats(reg: libcsp.Register) -> libcsp.Register:
    reg.organisations.add(Organisation("met", "Metropolitan Police Service", "police"))
    reg.organisations.add(Organisation("council", "Ealing Council", "local_authority"))
    reg.people.add(Person("jo", "Jo Bloggs", honorific="Councillor"))
    reg.partnerships.add(Partnership("csp", "Safer Ealing Partnership", "community_safety_partnership"))
    reg.memberships.add(Membership("chair", "csp", "council", "chair", person="jo", post="cabinet member"))
    reg.memberships.add(Membership("police", "csp", "met", "member", end_date="2022-06"))
    reg.memberships.add(Membership("fire", "csp", "met", "member", start_date="2023-02-01"))
    return reg


def ids(it: Iterator[libcsp.Entity]) -> List[str]:
    return [e.id for e in it]


def test_str_is_the_name_for_people(seats: libcsp.Register) -> None:
    assert str(seats.organisations["met"]) == "Metropolitan Police Service"
    assert str(seats.memberships["chair"]) == "cabinet member"  # a seat is named by its post
    assert str(seats.memberships["police"]) == "police"  # or, with none, by its id
    assert str(seats.duties["si2007_1830.strategic_assessment"]) == "Strategic assessment"  # duties have labels


def test_names_in_one_iteration(seats: libcsp.Register) -> None:
    got = {m.id: (m.ref_name("organisation"), m.ref_name("person"))
           for m in seats.memberships.with_names().where("partnership", "==", "csp")}
    assert got == {"chair": ("Ealing Council", "Jo Bloggs"), "fire": ("Metropolitan Police Service", None),
                   "police": ("Metropolitan Police Service", None)}
    # Without names: nothing (and no read of the register).
    assert seats.memberships["chair"].ref_name("organisation") is None
    with pytest.raises(libcsp.UnknownFieldError):
        seats.memberships["chair"].ref_name("colour")


def test_seats_in_force(seats: libcsp.Register) -> None:
    m = seats.memberships
    assert ids(m.where_in_force(datetime.date(2022, 6, 30))) == ["chair", "police"]
    assert ids(m.where_in_force("2022-07-01")) == ["chair"]
    assert ids(m.where_in_force(PartialDate(2023, 2))) == ["chair", "fire"]
    assert ids(m.in_force("2023")) == ["chair", "fire"]  # the generated collection method
    assert m["police"].in_force("2022-06") and not m["police"].in_force("2022-07")
    with pytest.raises(libcsp.DateError):
        m["police"].in_force("2022-13")
    with pytest.raises(libcsp.ArgumentError):
        seats.people.where_in_force("2020")  # people have nothing to be in force by


def test_strategies_in_force(reg: libcsp.Register) -> None:
    reg.partnerships.add(Partnership("p", "P", "community_safety_partnership"))
    reg.strategies.add(Strategy("plan", "p", "Plan 2020-2023", "partnership_plan", "agreed",
                                start_date="2020", end_date="2023"))
    reg.strategies.add(Strategy("draft", "p", "Draft", "partnership_plan", "draft", start_date="2020"))
    plan = reg.strategies["plan"]
    # As the documents mean it: the whole of 2020 to the whole of 2023; drafts never.
    assert plan.in_force(datetime.date(2020, 1, 1)) and plan.in_force(datetime.date(2023, 12, 31))
    assert not plan.in_force(datetime.date(2024, 1, 1))
    assert not reg.strategies["draft"].in_force("2021")
    assert ids(reg.strategies.in_force("2021")) == ["plan"]
    assert ids(reg.strategies.in_force("2026-12-01")) == []


def test_iteration_ends_when_its_entity_changes(seats: libcsp.Register) -> None:
    with pytest.raises(libcsp.ChangedError) as info:
        for o in seats.organisations:
            o.area = "Ealing"
            seats.organisations.put(o)
    assert isinstance(info.value, RuntimeError)
    assert "list(" in str(info.value) or "collect the records first" in str(info.value)
    # Collecting first is the way; writing another entity is fine.
    for o in list(seats.organisations):
        o.area = "Ealing"
        o.save()
    for p in seats.partnerships:
        seats.people.add(Person(f"sec-{p.id}", "Secretary"))
    assert {o.area for o in seats.organisations} == {"Ealing"}


def test_to_pandas(seats: libcsp.Register) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (apt install python3-pandas)")
    df = seats.memberships.to_pandas()
    assert isinstance(df, pandas.DataFrame)
    assert list(df.columns[:4]) == ["id", "partnership", "partnership_name", "organisation"]
    row = df.set_index("id").loc["chair"]
    assert row["organisation_name"] == "Ealing Council" and row["person_name"] == "Jo Bloggs"
    assert row["role"] == "chair" and row["post"] == "cabinet member"
    assert len(df) == 3
    q = seats.memberships.where("role", "==", "member").to_pandas()
    assert sorted(q["id"]) == ["fire", "police"]


def test_to_pandas_of_the_example_data(loaded: libcsp.Register) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (apt install python3-pandas)")
    for name in libcsp.schema.entities():
        coll = loaded._collection(name)
        df = coll.to_pandas()
        assert len(df) == len(coll), name
    strategies = loaded.strategies.to_pandas()
    assert set(strategies["partnership_name"]) >= {"Safer Ealing Partnership"}
    assert data_files()
