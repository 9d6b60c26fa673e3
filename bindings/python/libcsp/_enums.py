"""The allowed values of the enum fields, as :class:`enum.Enum` classes.

Each class mixes in :class:`str`, so a member compares equal to its value
(``Role.CHAIR == "chair"``) and can be used wherever text is. Setters accept
a member or the plain text; getters return the member.

The members are written out here so that type checkers and editors see them;
``tests/test_schema.py`` checks that they are exactly the library's values
(``csp_schema_enum_values``), in the same order.
"""

from __future__ import annotations

import enum

__all__ = ["OrganisationKind", "PartnershipKind", "Role"]


class _Value(str, enum.Enum):
    """An enum whose members are their lower_snake text."""

    def __str__(self) -> str:
        return str(self.value)


class OrganisationKind(_Value):
    """What sort of body an organisation is (``organisation.kind``)."""

    POLICE = "police"
    LOCAL_AUTHORITY = "local_authority"
    FIRE_AND_RESCUE = "fire_and_rescue"
    HEALTH = "health"
    PROBATION = "probation"
    YOUTH_JUSTICE = "youth_justice"
    POLICING_BODY = "policing_body"
    VOLUNTARY = "voluntary"
    BUSINESS = "business"
    EDUCATION = "education"
    HOUSING = "housing"
    FAITH = "faith"
    COMMUNITY = "community"
    OTHER = "other"


class PartnershipKind(_Value):
    """What sort of partnership it is (``partnership.kind``)."""

    COMMUNITY_SAFETY_PARTNERSHIP = "community_safety_partnership"
    LOCAL_STRATEGIC_PARTNERSHIP = "local_strategic_partnership"
    STATUTORY_OFFICER_GROUP = "statutory_officer_group"
    DELIVERY_GROUP = "delivery_group"
    TASK_GROUP = "task_group"
    RESILIENCE_PARTNERSHIP = "resilience_partnership"
    SCRUTINY_COMMITTEE = "scrutiny_committee"
    BOARD = "board"
    OTHER = "other"


class Role(_Value):
    """The role of a seat on a partnership (``membership.role``)."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    CHAMPION = "champion"
    SECRETARIAT = "secretariat"
    ADVISER = "adviser"
    OBSERVER = "observer"
