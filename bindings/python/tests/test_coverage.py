"""Every public C function has a path from Python, and the Python layer
agrees with the library's own description of the data model.

This suite is the guard for later issues: adding a function to
include/csp/*.h without a binding fails here.
"""

from __future__ import annotations

import inspect
import re
from typing import Dict, List

import pytest

import libcsp
from libcsp import _libcsp, schema

from conftest import INCLUDE_DIR

DECL = re.compile(r"CSP_API\s+[^;(]*?\b(csp_\w+)\s*\(", re.S)


def public_functions() -> Dict[str, str]:
    """Every function declared with CSP_API in include/csp/*.h -> its header."""
    found: Dict[str, str] = {}
    for header in sorted(INCLUDE_DIR.glob("*.h")):
        text = re.sub(r"/\*.*?\*/", "", header.read_text(encoding="utf-8"), flags=re.S)
        for name in DECL.findall(text):
            found[name] = header.name
    return found


def test_headers_found() -> None:
    funcs = public_functions()
    assert len(funcs) > 50, f"found only {len(funcs)} functions in {INCLUDE_DIR}"
    assert "csp_register_open" in funcs


def test_every_public_function_is_in_the_raw_module() -> None:
    missing = [f"{name} ({header})" for name, header in sorted(public_functions().items())
               if not callable(getattr(_libcsp, name, None))]
    assert not missing, "public C functions with no Python binding:\n  " + "\n  ".join(missing)


def test_every_raw_function_has_a_docstring() -> None:
    undocumented = [name for name in public_functions()
                    if not (getattr(_libcsp, name).__doc__ or "").strip()]
    assert not undocumented, f"no docstring (add a doxygen comment in the header): {undocumented}"


def test_public_api_is_documented() -> None:
    """Every public class and function of the package has a docstring."""
    missing: List[str] = []
    for name in libcsp.__all__:
        obj = getattr(libcsp, name)
        if not (isinstance(obj, type) or inspect.isfunction(obj) or inspect.ismodule(obj)):
            continue  # constants and typing aliases
        if callable(obj) and not (getattr(obj, "__doc__", None) or "").strip():
            missing.append(name)
        if isinstance(obj, type):
            for attr, value in vars(obj).items():
                if attr.startswith("_") or not (callable(value) or isinstance(value, property)):
                    continue
                if not (getattr(value, "__doc__", None) or "").strip():
                    missing.append(f"{name}.{attr}")
    assert not missing, f"missing docstrings: {missing}"


def test_version_matches_header() -> None:
    text = (INCLUDE_DIR / "version.h").read_text(encoding="utf-8")
    m = re.search(r'#define\s+CSP_VERSION_STRING\s+"([^"]+)"', text)
    assert m
    assert libcsp.__version__ == m.group(1) == libcsp.version()
    assert libcsp.version_info == tuple(int(x) for x in m.group(1).split("."))
    assert _libcsp.CSP_VERSION_STRING == m.group(1)


ENTITY_CLASSES = {
    "organisation": libcsp.Organisation,
    "person": libcsp.Person,
    "partnership": libcsp.Partnership,
    "membership": libcsp.Membership,
    "duty": libcsp.Duty,
    "duty_holding": libcsp.DutyHolding,
    "strategy": libcsp.Strategy,
    "element": libcsp.Element,
    "assessment": libcsp.Assessment,
    "discharge": libcsp.Discharge,
}


def test_every_entity_has_a_class_and_a_collection() -> None:
    with libcsp.Register() as reg:
        for entity in schema.entities():
            assert entity in ENTITY_CLASSES, f"no Python class for the entity {entity}"
            assert reg._collection(entity)._cls is ENTITY_CLASSES[entity]


@pytest.mark.parametrize("cls,entity,field", [
    (libcsp.OrganisationKind, "organisation", "kind"),
    (libcsp.PartnershipKind, "partnership", "kind"),
    (libcsp.Role, "membership", "role"),
    (libcsp.DutyRecurrence, "duty", "recurrence"),
    (libcsp.Confidence, "duty", "confidence"),
    (libcsp.StrategyKind, "strategy", "kind"),
    (libcsp.StrategyStatus, "strategy", "status"),
    (libcsp.ElementKind, "element", "kind"),
    (libcsp.AssessmentKind, "assessment", "kind"),
])
def test_enums_are_the_librarys_values(cls: type, entity: str, field: str) -> None:
    assert tuple(m.value for m in cls) == schema.enum_values(entity, field)  # type: ignore[attr-defined]


def test_every_enum_field_has_an_enum_class() -> None:
    """Each ENUM / ENUM_LIST field of every entity class maps to an Enum whose
    values the library accepts, and nothing else."""
    for entity, cls in ENTITY_CLASSES.items():
        for field in cls._fields:
            enum_cls = getattr(field, "enum_cls", None)
            ftype = next(f.type for f in schema.fields(entity) if f.name == field.key)
            if ftype in (schema.FieldType.ENUM, getattr(schema.FieldType, "ENUM_LIST", -1)):
                assert enum_cls is not None, f"{entity}.{field.key} has no Enum class"
                setter = getattr(_libcsp, f"csp_{entity}_{'set' if ftype == schema.FieldType.ENUM else 'add'}_{field.key}")
                for member in enum_cls:
                    setter(_libcsp.__dict__[f"csp_{entity}_new"]("x"), member.value)
                with pytest.raises(libcsp.EnumValueError):
                    setter(_libcsp.__dict__[f"csp_{entity}_new"]("x"), "not_a_value")


def test_field_types_cover_the_header() -> None:
    consts = {name: getattr(_libcsp, name) for name in dir(_libcsp) if name.startswith("CSP_FIELD_")}
    assert {m.name: m.value for m in schema.FieldType} == {k[len("CSP_FIELD_"):]: v for k, v in consts.items()}


@pytest.mark.parametrize("entity", sorted(ENTITY_CLASSES))
def test_entity_classes_have_every_schema_field_in_order(entity: str) -> None:
    cls = ENTITY_CLASSES[entity]
    keys = [f.key for f in cls._fields]
    assert keys == [f.name for f in schema.fields(entity)]
    required = {f.name for f in schema.fields(entity) if f.required}
    assert set(cls._required) == required


def test_schema_introspection() -> None:
    names = schema.entities()
    for entity in ENTITY_CLASSES:
        assert entity in names
    assert names.index("organisation") < names.index("membership")
    f = schema.field("membership", 1)
    assert f.name == "partnership" and f.type is schema.FieldType.REF and f.required
    assert f.target == "partnership"
    assert schema.doc("organisation")
    assert schema.doc("organisation", "nope") is None
    assert schema.version() == libcsp.schema_version() >= 1
    with pytest.raises(libcsp.NotFoundError):
        schema.fields("nope")
    with pytest.raises(libcsp.NotFoundError):
        schema.field("organisation", 999)
    with pytest.raises(libcsp.NotFoundError):
        schema.enum_values("organisation", "nope")
    with pytest.raises(libcsp.InvalidValueError):
        schema.enum_values("organisation", "name")
