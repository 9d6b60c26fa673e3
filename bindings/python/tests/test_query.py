"""Queries: ``reg.<collection>.where(field, op, value)``, ``order_by``, ``limit``.

Each operator on each kind of field (text, enum, reference, flag, number,
date, and the lists), partial dates compared as include/csp/query.h says (a
partial date is the whole period it names), ordering with the id as the
tie-breaker, and the errors.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, List

import pytest

import libcsp
from libcsp import (
    Duty,
    Membership,
    Organisation,
    OrganisationKind,
    PartialDate,
    Partnership,
    Person,
    Role,
    Strategy,
)

D = datetime.date


def ids(records: Iterable[Any]) -> List[str]:
    return [r.id for r in records]


@pytest.fixture
def qreg(reg: libcsp.Register) -> libcsp.Register:
    reg.organisations.add(Organisation("a", "Alpha", "police", area="North", responsible_authority=True))
    reg.organisations.add(Organisation("b", "Bravo", "local_authority"))
    reg.organisations.add(Organisation("c", "Charlie", "health", area="South", responsible_authority=True))
    reg.organisations.add(Organisation("d", "Delta", OrganisationKind.POLICE, area="North"))
    reg.people.add(Person("jo", "Jo"))
    reg.partnerships.add(Partnership("p1", "P One", "community_safety_partnership", meetings_per_year=4,
                                     formed_on="2002-01", former_names=["Old One"]))
    reg.partnerships.add(Partnership("p2", "P Two", "board", meetings_per_year=12, formed_on="2010",
                                     parent="p1", works_with=["p1"]))
    reg.partnerships.add(Partnership("p3", "P Three", "board", formed_on=D(2020, 3, 15), parent="p1",
                                     works_with=["p1", "p2"], former_names=["Old Three", "Older Three"]))
    seats = [
        ("m1", "a", "chair", "2020-03", "jo"),        # a month
        ("m2", "b", "member", "2020", None),          # a year
        ("m3", "c", "member", D(2020, 4, 1), None),   # a day
        ("m4", "d", "vice_chair", D(2020, 3, 15), None),
        ("m5", "a", "member", None, None),            # no start
    ]
    for mid, org, role, start, person in seats:
        reg.memberships.add(Membership(mid, "p1", org, role, start_date=start, person=person))
    reg.duties.add(Duty("local.report", "Report", "local", "yearly", "unverified", applies_to=["board"]))
    reg.duties.add(Duty("local.plan", "Plan", "local", "yearly", "unverified",
                        applies_to=["board", "community_safety_partnership"]))
    reg.strategies.add(Strategy("s1", "p1", "Plan 1", "partnership_plan", "agreed", end_date="2023",
                                refreshed_on=["2021-03", D(2022, 3, 14)], strands=["serious_violence"],
                                duties=["local.plan"]))
    reg.strategies.add(Strategy("s2", "p1", "Plan 2", "borough_plan", "draft", end_date=D(2024, 6, 30)))
    return reg


# -- each kind of field ------------------------------------------------------


def test_text(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    assert ids(o.where("name", "==", "Bravo")) == ["b"]
    assert ids(o.where("name", "!=", "Bravo")) == ["a", "c", "d"]
    assert ids(o.where("name", ">", "Bravo")) == ["c", "d"]
    assert ids(o.where("name", ">=", "Bravo")) == ["b", "c", "d"]
    assert ids(o.where("name", "<", "Bravo")) == ["a"]
    assert ids(o.where("name", "<=", "Bravo")) == ["a", "b"]
    assert ids(o.where("area", "==", "North")) == ["a", "d"]
    assert ids(o.where("area", "!=", "North")) == ["b", "c"]  # an unset value is not equal to anything
    assert ids(o.where("area", "<", "Zzz")) == ["a", "c", "d"]  # a comparison never matches unset
    assert ids(o.where("area", "set")) == ["a", "c", "d"]
    assert ids(o.where("area", "unset")) == ["b"]
    assert ids(o.where("area", "==", None)) == ["b"]  # == None is unset
    assert ids(o.where("area", "!=", None)) == ["a", "c", "d"]
    assert ids(o.where("id", ">=", "c")) == ["c", "d"]
    assert ids(o.where("name", "==", "bravo")) == []  # byte order: case matters


def test_enum(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    assert ids(o.where("kind", "==", "police")) == ["a", "d"]
    assert ids(o.where("kind", "==", OrganisationKind.POLICE)) == ["a", "d"]
    assert ids(o.where("kind", "!=", OrganisationKind.POLICE)) == ["b", "c"]
    assert ids(o.where("kind", "<", "local_authority")) == ["c"]  # compared as text
    assert ids(o.where("kind", "<=", "local_authority")) == ["b", "c"]
    assert ids(o.where("kind", ">", "local_authority")) == ["a", "d"]
    assert ids(o.where("kind", ">=", "police")) == ["a", "d"]
    assert ids(qreg.memberships.where("role", "==", Role.MEMBER)) == ["m2", "m3", "m5"]
    with pytest.raises(libcsp.EnumValueError):
        o.where("kind", "==", "polce")
    with pytest.raises(libcsp.EnumValueError):
        o.where("kind", "<", "zzz")  # any operator: the value must be one of the enum's
    with pytest.raises(libcsp.EnumValueError):
        o.where("kind", "==", Role.CHAIR)  # a member of another enum


def test_reference(qreg: libcsp.Register) -> None:
    p, m = qreg.partnerships, qreg.memberships
    assert ids(p.where("parent", "==", "p1")) == ["p2", "p3"]
    assert ids(p.where("parent", "==", qreg.partnerships["p1"])) == ["p2", "p3"]  # an entity: its id
    assert ids(p.where("parent", "!=", "p1")) == ["p1"]
    assert ids(p.where("parent", "unset")) == ["p1"]
    assert ids(p.where("parent", "set")) == ["p2", "p3"]
    assert ids(m.where("organisation", "==", "a")) == ["m1", "m5"]
    assert ids(m.where("organisation", ">", "b")) == ["m3", "m4"]  # compared as text
    assert ids(m.where("organisation", "<=", "b")) == ["m1", "m2", "m5"]
    assert ids(m.where("person", "==", "jo")) == ["m1"]
    assert ids(m.where("person", "unset")) == ["m2", "m3", "m4", "m5"]
    assert ids(m.where("organisation", "==", "ghost")) == []  # no such record: nothing matches
    with pytest.raises(libcsp.InvalidValueError):
        m.where("organisation", "==", "not an id!")


def test_bool(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    assert ids(o.where("responsible_authority", "==", True)) == ["a", "c"]
    assert ids(o.where("responsible_authority", "==", False)) == ["b", "d"]  # unset is false
    assert ids(o.where("responsible_authority", "!=", True)) == ["b", "d"]
    assert ids(o.where("responsible_authority", "==", 1)) == ["a", "c"]
    assert ids(o.where("responsible_authority", "set")) == ["a", "c"]
    assert ids(o.where("responsible_authority", "unset")) == ["b", "d"]
    assert ids(o.where("responsible_authority", ">", False)) == ["a", "c"]
    assert ids(o.filter(responsible_authority=False)) == ["b", "d"]
    for bad in ("yes", "true", 1.0, [True]):
        with pytest.raises(TypeError):
            o.where("responsible_authority", "==", bad)
    with pytest.raises(TypeError):
        o.filter(responsible_authority="yes")  # type: ignore[arg-type]


def test_int(qreg: libcsp.Register) -> None:
    p = qreg.partnerships
    # numbers compare as numbers; an unset one (0) matches no comparison but != (include/csp/query.h)
    assert ids(p.where("meetings_per_year", "==", 4)) == ["p1"]
    assert ids(p.where("meetings_per_year", "!=", 4)) == ["p2", "p3"]
    assert ids(p.where("meetings_per_year", ">", 4)) == ["p2"]
    assert ids(p.where("meetings_per_year", ">=", 4)) == ["p1", "p2"]
    assert ids(p.where("meetings_per_year", "<", 12)) == ["p1"]
    assert ids(p.where("meetings_per_year", "<=", 4)) == ["p1"]
    assert ids(p.where("meetings_per_year", "set")) == ["p1", "p2"]
    assert ids(p.where("meetings_per_year", "unset")) == ["p3"]
    assert ids(p.where("meetings_per_year", "==", None)) == ["p3"]
    for bad in ("4", 4.0, True):
        with pytest.raises(TypeError):
            p.where("meetings_per_year", "==", bad)


def test_full_dates(qreg: libcsp.Register) -> None:
    m = qreg.memberships
    assert ids(m.where("start_date", "==", D(2020, 4, 1))) == ["m3"]
    assert ids(m.where("start_date", "==", "2020-04-01")) == ["m3"]
    assert ids(m.where("start_date", ">", D(2020, 3, 31))) == ["m3"]
    assert ids(m.where("start_date", "unset")) == ["m5"]
    assert ids(m.where("start_date", "set")) == ["m1", "m2", "m3", "m4"]
    s = qreg.strategies
    assert ids(s.where("end_date", "<", D(2024, 6, 30))) == ["s1"]  # "2023" ends before
    assert ids(s.where("end_date", "<=", D(2024, 6, 30))) == ["s1", "s2"]
    with pytest.raises(libcsp.DateError):
        m.where("start_date", "<", "2020-02-30")
    with pytest.raises(TypeError):
        m.where("start_date", "<", datetime.datetime(2020, 1, 1))


def test_partial_dates_are_periods(qreg: libcsp.Register) -> None:
    """A partial date is the whole period it names, both in the record and in the value."""
    m = qreg.memberships
    # "2020-03" (m1) ends before 1 April; it does not end before 15 March
    assert ids(m.where("start_date", "<", D(2020, 4, 1))) == ["m1", "m4"]
    assert ids(m.where("start_date", "<", D(2020, 3, 15))) == []
    assert "m1" not in ids(m.where("start_date", "<", D(2020, 3, 15)))
    # "2020" (m2) is both on or before and on or after 30 June 2020
    assert "m2" in ids(m.where("start_date", "<=", D(2020, 6, 30)))
    assert "m2" in ids(m.where("start_date", ">=", D(2020, 6, 30)))
    assert "m2" not in ids(m.where("start_date", "<", D(2020, 6, 30)))
    assert "m2" not in ids(m.where("start_date", ">", D(2020, 6, 30)))
    # ... and the value may be partial too
    assert ids(m.where("start_date", "<", PartialDate(2020, 4))) == ["m1", "m4"]
    assert ids(m.where("start_date", ">", PartialDate(2020, 3))) == ["m3"]
    assert ids(m.where("start_date", ">=", PartialDate(2020, 3))) == ["m1", "m2", "m3", "m4"]
    assert ids(m.where("start_date", "<=", PartialDate(2020, 3))) == ["m1", "m2", "m4"]
    # == is the same date as written; != everything else (and unset)
    assert ids(m.where("start_date", "==", PartialDate(2020, 3))) == ["m1"]
    assert ids(m.where("start_date", "==", "2020")) == ["m2"]
    assert ids(m.where("start_date", "!=", "2020-03")) == ["m2", "m3", "m4", "m5"]
    p = qreg.partnerships
    assert ids(p.where("formed_on", "<", PartialDate(2010))) == ["p1"]
    assert ids(p.where("formed_on", "<=", D(2010, 1, 1))) == ["p1", "p2"]
    assert ids(p.where("formed_on", ">", PartialDate(2010))) == ["p3"]


def test_lists(qreg: libcsp.Register) -> None:
    p = qreg.partnerships
    # text list
    assert ids(p.where("former_names", "contains", "Old One")) == ["p1"]
    assert ids(p.where("former_names", "==", "Older Three")) == ["p3"]  # == is contains on a list
    assert ids(p.where("former_names", "set")) == ["p1", "p3"]
    assert ids(p.where("former_names", "unset")) == ["p2"]
    # reference list
    assert ids(p.where("works_with", "contains", "p1")) == ["p2", "p3"]
    assert ids(p.where("works_with", "contains", qreg.partnerships["p2"])) == ["p3"]
    assert ids(p.where("works_with", "unset")) == ["p1"]
    # enum list
    d = qreg.duties
    local = d.where("builtin", "unset")  # not the built-in catalogue
    assert ids(local) == ["local.plan", "local.report"]
    assert ids(local.where("applies_to", "contains", "board")) == ["local.plan", "local.report"]
    assert ids(local.where("applies_to", "contains", libcsp.PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP)) \
        == ["local.plan"]
    csp = d.where("applies_to", "contains", "community_safety_partnership")
    assert csp.count() > 1 and csp.where("builtin", "set").count() == csp.count() - 1  # the catalogue's too
    with pytest.raises(libcsp.EnumValueError):
        d.where("applies_to", "contains", "club")
    # date list
    s = qreg.strategies
    assert ids(s.where("refreshed_on", "contains", D(2022, 3, 14))) == ["s1"]
    assert ids(s.where("refreshed_on", "contains", PartialDate(2021, 3))) == ["s1"]
    assert ids(s.where("refreshed_on", "unset")) == ["s2"]
    assert ids(s.where("strands", "contains", libcsp.Strand.SERIOUS_VIOLENCE)) == ["s1"]
    assert ids(s.where("duties", "contains", "local.plan")) == ["s1"]
    # ordering comparisons do not apply to a list
    for op in ("<", "<=", ">", ">=", "!="):
        with pytest.raises(libcsp.ArgumentError):
            p.where("former_names", op, "x")


def test_conditions_combine(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    assert ids(o.where("kind", "==", "police").where("area", "==", "North")
               .where("responsible_authority", "==", True)) == ["a"]
    assert ids(qreg.memberships.where("partnership", "==", "p1").where("role", "!=", "member")
               .where("start_date", "<", D(2020, 4, 1))) == ["m1", "m4"]


# -- order, limit, count, first ----------------------------------------------


def test_order_by(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    assert ids(o) == ["a", "b", "c", "d"]  # by default, id order
    assert ids(o.order_by("kind")) == ["c", "b", "a", "d"]  # ties (police) in id order
    assert ids(o.order_by("kind", descending=True)) == ["a", "d", "b", "c"]  # ties still in id order
    assert ids(o.order_by("kind").order_by("name", descending=True)) == ["c", "b", "d", "a"]
    assert ids(o.order_by("name", descending=True)) == ["d", "c", "b", "a"]
    assert ids(o.where("area", "set").order_by("area").order_by("id", descending=True)) == ["d", "a", "c"]
    assert ids(qreg.partnerships.order_by("meetings_per_year", descending=True)) == ["p2", "p1", "p3"]
    assert ids(qreg.memberships.where("start_date", "set").order_by("start_date")) == ["m2", "m1", "m4", "m3"]
    with pytest.raises(libcsp.ArgumentError):
        qreg.partnerships.order_by("former_names")  # a list cannot be a key


def test_limit_count_first_all(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    q = o.order_by("name")
    assert ids(q.limit(2)) == ["a", "b"]
    assert ids(q.limit(0)) == ["a", "b", "c", "d"]  # 0: no limit
    assert ids(q.limit(99)) == ["a", "b", "c", "d"]
    assert q.count() == len(q) == 4
    assert q.limit(3).count() == 3  # the limit caps the count
    assert o.where("kind", "==", "police").count() == 2
    assert o.where("kind", "==", "other").count() == 0
    first = o.order_by("name", descending=True).first()
    assert first is not None and first.id == "d" and first.register is qreg
    assert o.where("kind", "==", "other").first() is None
    assert [x.id for x in o.where("kind", "==", "police").all()] == ["a", "d"]
    with pytest.raises(ValueError):
        q.limit(-1)
    with pytest.raises(ValueError):
        q.limit(True)


def test_queries_are_immutable(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    police = o.where("kind", "==", "police")
    north = police.where("area", "==", "South")
    assert north is not police
    assert ids(north) == []
    assert ids(police) == ["a", "d"]  # unchanged by where()
    assert ids(police.order_by("name", descending=True)) == ["d", "a"]
    assert ids(police.limit(1)) == ["a"]
    assert ids(police) == ["a", "d"]  # unchanged by order_by() and limit()
    try:
        police.where("kind", "==", "polce")
    except libcsp.EnumValueError:
        pass
    assert ids(police) == ["a", "d"]  # unchanged by a refused condition
    # a query runs afresh each time: it sees later writes
    qreg.organisations.add(Organisation("e", "Echo", "police"))
    assert ids(police) == ["a", "d", "e"]


def test_errors(qreg: libcsp.Register) -> None:
    o = qreg.organisations
    with pytest.raises(libcsp.UnknownFieldError) as info:
        o.where("colour", "==", "red")
    assert info.value.path == "colour"
    with pytest.raises(libcsp.UnknownFieldError):
        o.order_by("colour")
    with pytest.raises(libcsp.UnknownFieldError):
        qreg.memberships.where("organisation_id", "==", "a")  # fields go by their JSON names
    with pytest.raises(ValueError) as vinfo:
        o.where("name", "~", "x")
    assert not isinstance(vinfo.value, libcsp.Error)
    with pytest.raises(ValueError):
        o.where("name", "like", "x")
    with pytest.raises(ValueError):
        o.where("name", None, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        o.where("name", "<", None)  # None goes only with == and !=
    with pytest.raises(TypeError):
        o.where("name", "==", 3)
    with pytest.raises(ValueError):
        o.where("name", "==", "a\0b")
    with pytest.raises(TypeError):
        o.where(3, "==", "x")  # type: ignore[arg-type]


def test_closed_register(qreg: libcsp.Register) -> None:
    q = qreg.organisations.where("kind", "==", "police")
    it = iter(q)
    qreg.close()
    with pytest.raises(libcsp.ClosedError):
        next(it)
    with pytest.raises(libcsp.ClosedError):
        q.count()
    with pytest.raises(libcsp.ClosedError):
        list(q)


def test_repr(qreg: libcsp.Register) -> None:
    q = qreg.organisations.where("kind", "==", "police").where("area", "set").order_by("name", True).limit(2)
    text = repr(q)
    assert "organisation" in text and "kind == 'police'" in text and "area set" in text
    assert "name desc" in text and "limit 2" in text


def test_filter_is_a_query(qreg: libcsp.Register) -> None:
    assert ids(qreg.memberships.filter(partnership="p1", role="member")) == \
        ids(qreg.memberships.where("partnership", "==", "p1").where("role", "==", "member"))
    assert ids(qreg.partnerships["p1"].memberships(role=Role.CHAIR)) == ["m1"]
