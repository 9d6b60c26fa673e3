"""Entity classes: construction, properties, round trips through a register and dicts."""

from __future__ import annotations

import copy
import datetime
import json
import pickle

import pytest

import libcsp
from libcsp._model import _COLLECTIONS
from libcsp import (
    Membership,
    Organisation,
    OrganisationKind,
    PartialDate,
    Partnership,
    PartnershipKind,
    Person,
    Role,
)


def full_organisation() -> Organisation:
    return Organisation("ealing-council", "Ealing Council", OrganisationKind.LOCAL_AUTHORITY,
                        area="Ealing", responsible_authority=True,
                        serious_violence_duty_holder=True, cooperating_body=True)


def full_partnership() -> Partnership:
    return Partnership(
        "ealing-sep", "Safer Ealing Partnership", PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP,
        short_name="SEP", area="Ealing", area_code="E09000009", parent="ealing-lsp",
        accountable_to="ealing-lsp", works_with=["ealing-lsp"], formed_on="2002-01",
        former_names=["safer cleaner partnership", "crime and disorder partnership"],
        statutory_basis="Crime and Disorder Act 1998 ss5-7", meetings_per_year=4,
        minutes_per_meeting=120, ad_hoc_meetings=True)


def test_organisation_properties() -> None:
    org = full_organisation()
    assert org.id == "ealing-council"
    assert org.name == "Ealing Council"
    assert org.kind is OrganisationKind.LOCAL_AUTHORITY
    assert org.kind == "local_authority"
    assert org.area == "Ealing"
    assert org.responsible_authority is True
    assert org.serious_violence_duty_holder is True
    assert org.cooperating_body is True
    org.kind = "police"
    assert org.kind is OrganisationKind.POLICE
    org.area = None
    assert org.area is None
    org.cooperating_body = False
    assert org.cooperating_body is False
    with pytest.raises(AttributeError):
        org.id = "other"  # type: ignore[misc]


def test_partnership_properties() -> None:
    p = full_partnership()
    assert p.short_name == "SEP"
    assert p.kind is PartnershipKind.COMMUNITY_SAFETY_PARTNERSHIP
    assert p.area_code == "E09000009"
    assert p.parent_id == "ealing-lsp"
    assert p.accountable_to_id == "ealing-lsp"
    assert p.works_with_ids == ["ealing-lsp"]
    assert p.formed_on == PartialDate(2002, 1)
    assert p.former_names == ["safer cleaner partnership", "crime and disorder partnership"]
    assert p.meetings_per_year == 4 and p.minutes_per_meeting == 120
    assert p.ad_hoc_meetings is True
    p.meetings_per_year = None
    assert p.meetings_per_year is None
    p.former_names = []
    assert p.former_names == []
    p.formed_on = datetime.date(2002, 1, 15)
    assert p.formed_on == datetime.date(2002, 1, 15)
    p.formed_on = PartialDate(2002)
    assert p.formed_on == PartialDate(2002)
    assert str(p.formed_on) == "2002"


def test_list_is_a_copy_and_assignment_is_atomic() -> None:
    p = full_partnership()
    names = p.former_names
    names.append("changed")
    assert "changed" not in p.former_names
    before = p.former_names
    with pytest.raises(libcsp.InvalidValueError):
        p.former_names = ["ok", ""]  # an empty name is refused by the C library
    assert p.former_names == before
    with pytest.raises(TypeError):
        p.former_names = "a string is not a list"  # type: ignore[assignment]


def test_membership_properties() -> None:
    m = Membership("m1", "ealing-sep", "ealing-council", Role.CHAIR, person="jasbir-anand",
                   post="cabinet member", on_behalf_of="ealing-council",
                   start_date="2020", end_date=datetime.date(2023, 3, 31))
    assert m.partnership_id == "ealing-sep"
    assert m.organisation_id == "ealing-council"
    assert m.person_id == "jasbir-anand"
    assert m.role is Role.CHAIR and m.role == "chair" and str(m.role) == "chair"
    assert m.on_behalf_of_id == "ealing-council"
    assert m.start_date == PartialDate(2020)
    assert m.end_date == datetime.date(2023, 3, 31)
    m.person_id = None
    assert m.person_id is None
    m.organisation = full_organisation()  # an entity sets the id
    assert m.organisation_id == "ealing-council"


def test_setters_validate() -> None:
    org = full_organisation()
    with pytest.raises(libcsp.EnumValueError) as info:
        org.kind = "polce"
    assert "polce" in str(info.value) and info.value.code == libcsp._libcsp.CSP_EENUM
    assert org.kind is OrganisationKind.LOCAL_AUTHORITY  # unchanged on error
    p = full_partnership()
    with pytest.raises(libcsp.InvalidValueError):
        p.area_code = "E0900000"
    with pytest.raises(libcsp.InvalidValueError):
        p.meetings_per_year = 400
    with pytest.raises(libcsp.InvalidValueError):
        p.minutes_per_meeting = -1
    with pytest.raises(libcsp.DateError):
        p.formed_on = "2023-02-30"
    with pytest.raises(libcsp.DateError):
        p.formed_on = "2023-2-3"
    with pytest.raises(TypeError):
        p.formed_on = datetime.datetime(2020, 1, 1)  # type: ignore[assignment]
    with pytest.raises(TypeError):
        p.meetings_per_year = "4"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        org.responsible_authority = "yes"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        org.area = 12  # type: ignore[assignment]
    with pytest.raises(ValueError):
        org.area = "nul\0inside"
    with pytest.raises(libcsp.RequiredFieldError):
        org.name = None  # type: ignore[assignment]
    with pytest.raises(libcsp.RequiredFieldError):
        org.kind = None  # type: ignore[assignment]
    assert p.area_code == "E09000009"


def test_constructor_checks() -> None:
    with pytest.raises(TypeError):
        Organisation(None, "x", "police")  # type: ignore[arg-type]
    with pytest.raises(libcsp.InvalidValueError):
        Organisation("", "x", "police")
    with pytest.raises(libcsp.EnumValueError):
        Organisation("x", "X", "nope")
    with pytest.raises(TypeError):
        Organisation("x", "X", "police", colour="red")  # type: ignore[call-arg]
    # The required texts and values are set by the constructor itself, not
    # through the descriptors: the same checks and errors.
    with pytest.raises(libcsp.RequiredFieldError, match="name is required") as info:
        Organisation("x", None, "police")  # type: ignore[arg-type]
    assert info.value.path == "name"
    with pytest.raises(libcsp.RequiredFieldError, match="kind is required"):
        Organisation("x", "X", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Organisation("x", 7, "police")  # type: ignore[arg-type]
    with pytest.raises(libcsp.InvalidValueError):
        Organisation("x", "   ", "police")
    o = Organisation("x", "X", libcsp.OrganisationKind.FIRE_AND_RESCUE)
    assert (o.id, o.name, o.kind, o.register) == ("x", "X", libcsp.OrganisationKind.FIRE_AND_RESCUE, None)
    assert o.to_dict() == {"id": "x", "name": "X", "kind": "fire_and_rescue"}
    with pytest.raises(libcsp.RequiredFieldError):
        Membership("m", "p", None, "chair")  # type: ignore[arg-type]  # a reference: through its descriptor


@pytest.mark.parametrize("make", [
    full_organisation,
    lambda: Person("jasbir-anand", "Jasbir Anand", honorific="Councillor", private=True),
    full_partnership,
    lambda: Membership("m1", "ealing-sep", "ealing-council", "chair", post="chair",
                       start_date="2020-05", end_date="2023-03-31"),
])
def test_dict_round_trip(make: object) -> None:
    e = make()  # type: ignore[operator]
    d = e.to_dict()
    assert json.loads(json.dumps(d)) == d
    back = type(e).from_dict(d)
    assert back == e and back is not e
    assert back.to_dict() == d
    assert e.copy() == e
    assert pickle.loads(pickle.dumps(e)) == e
    assert copy.copy(e) == e


def test_to_dict_is_the_json_format() -> None:
    d = full_organisation().to_dict()
    assert list(d) == ["id", "name", "kind", "area", "responsible_authority",
                       "serious_violence_duty_holder", "cooperating_body"]
    assert d["kind"] == "local_authority" and type(d["kind"]) is str
    sparse = Organisation("x", "X", "other").to_dict()
    assert sparse == {"id": "x", "name": "X", "kind": "other"}  # false flags and unset fields left out
    pd = full_partnership().to_dict()
    assert pd["formed_on"] == "2002-01" and pd["works_with"] == ["ealing-lsp"]
    assert list(pd)[:4] == ["id", "name", "short_name", "kind"]


def test_from_dict_errors() -> None:
    with pytest.raises(libcsp.UnknownFieldError) as info:
        Organisation.from_dict({"id": "x", "name": "X", "kind": "police", "colour": "red"})
    assert info.value.path == "colour"
    with pytest.raises(libcsp.RequiredFieldError) as rinfo:
        Organisation.from_dict({"id": "x", "name": "X"})
    assert rinfo.value.path == "kind"
    with pytest.raises(libcsp.RequiredFieldError):
        Person.from_dict({"name": "No Id"})
    with pytest.raises(libcsp.InvalidValueError):
        Organisation.from_dict({"id": "x", "name": "X", "kind": "police", "responsible_authority": "yes"})
    with pytest.raises(libcsp.InvalidValueError):
        Partnership.from_dict({"id": "x", "name": "X", "kind": "board", "meetings_per_year": 0})
    with pytest.raises(libcsp.InvalidValueError):
        Partnership.from_dict({"id": "x", "name": "X", "kind": "board", "former_names": "a"})
    with pytest.raises(libcsp.EnumValueError):
        Partnership.from_dict({"id": "x", "name": "X", "kind": "club"})
    with pytest.raises(TypeError):
        Person.from_dict(["id", "x"])  # type: ignore[arg-type]
    # a member as nested in a document
    m = Membership.from_dict({"id": "s", "organisation": "o", "role": "member"}, partnership="p")
    assert m.partnership_id == "p"
    with pytest.raises(libcsp.RequiredFieldError):
        Membership.from_dict({"id": "s", "organisation": "o", "role": "member"})


def test_repr_and_eq() -> None:
    org = full_organisation()
    r = repr(org)
    assert r.startswith("Organisation(id='ealing-council', name='Ealing Council', kind='local_authority'")
    other = full_organisation()
    assert org == other
    other.area = "Elsewhere"
    assert org != other
    assert org != Person("ealing-council", "Ealing Council")
    with pytest.raises(TypeError):
        hash(org)


@pytest.mark.parametrize("collection,make", [
    ("organisations", full_organisation),
    ("people", lambda: Person("jasbir-anand", "Jasbir Anand", honorific="Councillor", private=True)),
])
def test_register_round_trip(reg: libcsp.Register, collection: str, make: object) -> None:
    e = make()  # type: ignore[operator]
    coll = getattr(reg, collection)
    assert e.register is None
    coll.add(e)
    assert e.register is reg
    got = coll[e.id]
    assert got == e and got is not e and got.register is reg


def test_register_round_trip_partnership_and_membership(reg: libcsp.Register) -> None:
    reg.partnerships.add(Partnership("ealing-lsp", "Ealing LSP", "local_strategic_partnership"))
    p = full_partnership()
    reg.partnerships.add(p)
    assert reg.partnerships["ealing-sep"] == p
    reg.organisations.add(full_organisation())
    reg.people.add(Person("jasbir-anand", "Jasbir Anand"))
    m = Membership("m1", p, "ealing-council", "chair", person="jasbir-anand",
                   on_behalf_of="ealing-council", post="chair", start_date="2020",
                   end_date="2023-03-31")
    reg.memberships.add(m)
    got = reg.memberships["m1"]
    assert got == m
    assert got.partnership == p
    assert got.organisation.name == "Ealing Council"
    assert got.person is not None and got.person.name == "Jasbir Anand"
    assert got.on_behalf_of is not None and got.on_behalf_of.id == "ealing-council"
    assert [x.id for x in p.memberships()] == ["m1"]
    assert [x.id for x in p.memberships(role="member")] == []
    assert [x.id for x in p.memberships(role=Role.CHAIR)] == ["m1"]
    assert p.parent is not None and p.parent.id == "ealing-lsp"
    assert p.accountable_to is not None and p.accountable_to.id == "ealing-lsp"
    assert [x.id for x in p.works_with] == ["ealing-lsp"]
    assert [x.id for x in reg.partnerships["ealing-lsp"].children()] == ["ealing-sep"]
    assert [x.id for x in reg.organisations["ealing-council"].memberships()] == ["m1"]
    assert [x.id for x in reg.people["jasbir-anand"].memberships()] == ["m1"]


def test_save_and_replace(small: libcsp.Register) -> None:
    org = small.organisations["council"]
    org.area = "Changed"
    assert small.organisations["council"].area == "Borough"  # a copy until saved
    org.save()
    assert small.organisations["council"].area == "Changed"
    p = small.partnerships["csp"]
    p.works_with = [small.partnerships["sog"]]
    p.save()
    assert small.partnerships["csp"].works_with_ids == ["sog"]
    m = small.memberships["csp-chair"]
    m.person = None
    small.memberships.put(m)
    assert small.memberships["csp-chair"].person is None


def test_navigation_needs_a_register() -> None:
    m = Membership("m1", "p", "o", "member")
    with pytest.raises(libcsp.DetachedError):
        m.organisation
    with pytest.raises(libcsp.DetachedError):
        m.save()
    with pytest.raises(libcsp.DetachedError):
        list(full_partnership().memberships())
    assert m.person is None  # unset: nothing to follow
    assert isinstance(libcsp.DetachedError("x"), ValueError)


def test_dangling_reference_navigation(small: libcsp.Register) -> None:
    m = small.memberships["csp-police"]
    m.organisation_id = "ghost"  # not saved; the object now names a record that is not there
    with pytest.raises(libcsp.NotFoundError):
        m.organisation


def test_person_private_filter(small: libcsp.Register) -> None:
    small.people.add(Person("hidden", "Hidden Person", private=True))
    assert [p.id for p in small.people.filter(private=True)] == ["hidden"]
    assert [p.id for p in small.people.filter(private=False)] == ["jo"]
    assert [p.id for p in small.people.filter()] == ["hidden", "jo"]


def test_unknown_enum_value_from_a_newer_library_is_kept_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    org = full_organisation()
    field = type(org).__dict__["kind"]
    assert field.enum_cls is OrganisationKind
    # Simulate a newer library: the call that reads a record's values gives
    # a value this package's Enum does not know.
    raw = libcsp._fields._c
    real = raw.csp_py_record_values
    fake = {"value": "newfangled"}

    def values(record: object) -> object:
        out = list(real(record))
        out[field.fid] = fake["value"]
        return tuple(out)

    monkeypatch.setattr(raw, "csp_py_record_values", values)
    org._vals = None  # read again, through the fake
    assert org.kind == "newfangled" and not isinstance(org.kind, OrganisationKind)
    assert org.name == "Ealing Council"  # other fields read as before
    fake["value"] = None
    org._vals = None
    assert org.kind is None
    monkeypatch.undo()
    org._vals = None
    assert org.kind is OrganisationKind.LOCAL_AUTHORITY


def test_enum_labels_and_docs() -> None:
    assert Role.VICE_CHAIR.label == "Vice-chair"
    assert Role.VICE_CHAIR.doc
    assert OrganisationKind.POLICE.label == libcsp.schema.enum_labels("organisation_kind")["police"]
    assert isinstance(Role.CHAIR, libcsp.Value) and isinstance(Role.CHAIR, str)
    for member in libcsp.ElementKind:
        assert member.label and member.doc


def test_docstrings_from_the_schema() -> None:
    assert "London Fire Brigade" in (Organisation.name.__doc__ or "")
    assert "PartialDate" in (Partnership.formed_on.__doc__ or "")
    assert "OrganisationKind" in (Organisation.kind.__doc__ or "")
    assert "register" in (Membership.organisation.__doc__ or "")


def test_values_come_in_one_call_and_follow_every_change(
    monkeypatch: pytest.MonkeyPatch, loaded: libcsp.Register
) -> None:
    """A record's values are fetched once (csp_py_record_values) and kept on
    the object; setting any field drops them, so a read always gives what the
    C record holds."""
    raw = libcsp._fields._c
    real = raw.csp_py_record_values
    calls = []

    def counted(record: object) -> object:
        calls.append(1)
        return real(record)

    monkeypatch.setattr(raw, "csp_py_record_values", counted)
    p = libcsp.Partnership("p", "P", libcsp.PartnershipKind.BOARD, former_names=["Old"])
    calls.clear()
    assert (p.name, p.kind, p.former_names, p.meetings_per_year, p.formed_on) == (
        "P", libcsp.PartnershipKind.BOARD, ["Old"], None, None)
    assert len(calls) == 1
    p.name = "Renamed"
    p.meetings_per_year = 4
    p.formed_on = datetime.date(2002, 1, 1)
    assert (p.name, p.meetings_per_year, p.formed_on) == ("Renamed", 4, datetime.date(2002, 1, 1))
    p.former_names = ["A", "B"]
    assert p.former_names == ["A", "B"]
    with pytest.raises(libcsp.ValidationError):
        p.former_names = ["C", "bad\x07"]
    assert p.former_names == ["A", "B"]
    with pytest.raises(libcsp.ValidationError):
        p.name = "bad\x07"
    assert p.name == "Renamed"
    p.meetings_per_year = None
    assert p.meetings_per_year is None
    assert p.to_dict() == {"id": "p", "name": "Renamed", "kind": "board", "former_names": ["A", "B"],
                           "formed_on": "2002-01-01"}
    c = p.copy()
    c.name = "Copy"
    assert (p.name, c.name) == ("Renamed", "Copy")

    # An iteration hands each record over with its values: reading makes no call.
    calls.clear()
    names = [o.name for o in loaded.organisations]
    assert names and not calls
    # What the cache gives is what the record holds, field by field, for
    # every record of the example data.
    for entity in _COLLECTIONS:
        for obj in loaded._collection(entity):
            for field in type(obj)._fields:
                fid = field.fid
                kind = raw.csp_schema_field_type(type(obj)._eid, fid)
                if kind in (8, 9, 10, 11):
                    expected: object = raw.csp_py_record_list(obj._obj, fid)
                elif kind in (4, 5):
                    expected = raw.csp_record_int(obj._obj, fid)
                else:
                    expected = raw.csp_record_text(obj._obj, fid)
                assert obj._values()[fid] == expected, (obj.id, field.key)
