"""Shared fixtures for the libcsp Python suite.

Run through CTest (`ctest -L python`), which puts the built package on
PYTHONPATH and sets CSP_SOURCE_DIR; or by hand:

    PYTHONPATH=build/bindings/python/package python3 -m pytest bindings/python/tests
"""

from __future__ import annotations

import os
import pathlib
from typing import Iterator, List

import pytest

import libcsp

try:
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "libcsp",
        max_examples=int(os.environ.get("CSP_HYPOTHESIS_EXAMPLES", "150")),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        database=None,
    )
    settings.load_profile("libcsp")
except ImportError:  # pragma: no cover - the property tests skip themselves
    pass

SOURCE_DIR = pathlib.Path(
    os.environ.get("CSP_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[3])
)
DATA_DIR = SOURCE_DIR / "examples" / "data"
INCLUDE_DIR = SOURCE_DIR / "include" / "csp"


def data_files() -> List[pathlib.Path]:
    return sorted(DATA_DIR.glob("*.json"))


@pytest.fixture
def reg() -> Iterator[libcsp.Register]:
    """An empty in-memory register, closed afterwards."""
    with libcsp.Register() as r:
        yield r


@pytest.fixture
def loaded() -> Iterator[libcsp.Register]:
    """An in-memory register holding every file of examples/data."""
    with libcsp.Register() as r:
        for path in data_files():
            r.import_file(path)
        yield r


@pytest.fixture
def small(reg: libcsp.Register) -> libcsp.Register:
    """A register with one partnership, two organisations, a person and two seats."""
    reg.organisations.add(libcsp.Organisation("council", "The Council", "local_authority",
                                              area="Borough", responsible_authority=True,
                                              serious_violence_duty_holder=True))
    reg.organisations.add(libcsp.Organisation("police", "The Police", libcsp.OrganisationKind.POLICE,
                                              responsible_authority=True))
    reg.people.add(libcsp.Person("jo", "Jo Bloggs", honorific="Councillor"))
    reg.partnerships.add(libcsp.Partnership("csp", "Safer Borough Partnership",
                                            "community_safety_partnership", short_name="SBP",
                                            area="Borough", area_code="E09000009",
                                            meetings_per_year=4))
    reg.partnerships.add(libcsp.Partnership("sog", "Statutory officer group", "statutory_officer_group",
                                            parent="csp", accountable_to="csp"))
    reg.memberships.add(libcsp.Membership("csp-chair", "csp", "council", "chair", person="jo",
                                          post="cabinet member", start_date="2020"))
    reg.memberships.add(libcsp.Membership("csp-police", "csp", "police", libcsp.Role.MEMBER,
                                          post="BCU commander"))
    return reg
