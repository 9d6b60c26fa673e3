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

__all__ = [
    "OrganisationKind",
    "PartnershipKind",
    "Role",
    "DutyRecurrence",
    "Confidence",
    "StrategyKind",
    "StrategyStatus",
    "Strand",
    "ElementKind",
    "AssessmentKind",
]


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


class DutyRecurrence(_Value):
    """How often a duty recurs (``duty.recurrence``)."""

    CONTINUOUS = "continuous"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"
    THREE_YEARLY = "three_yearly"
    PER_EVENT = "per_event"


class Confidence(_Value):
    """How sure the catalogue is of a duty's legal basis (``duty.confidence``):
    read in the legislation, from a secondary source, or unverified."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class StrategyKind(_Value):
    """What sort of strategy or plan it is (``strategy.kind``)."""

    PARTNERSHIP_PLAN = "partnership_plan"
    COMMUNITY_SAFETY_PLAN = "community_safety_plan"
    SERIOUS_VIOLENCE_STRATEGY = "serious_violence_strategy"
    REDUCING_REOFFENDING_STRATEGY = "reducing_reoffending_strategy"
    SUBSTANCE_MISUSE_STRATEGY = "substance_misuse_strategy"
    BOROUGH_PLAN = "borough_plan"
    OTHER = "other"


class StrategyStatus(_Value):
    """Where a strategy stands (``strategy.status``)."""

    DRAFT = "draft"
    AGREED = "agreed"
    PUBLISHED = "published"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"


class Strand(_Value):
    """A strand of the Crime and Disorder Act 1998 s6(1) strategies (``strategy.strands``)."""

    CRIME_AND_DISORDER = "crime_and_disorder"
    SUBSTANCE_MISUSE = "substance_misuse"
    REOFFENDING = "reoffending"
    SERIOUS_VIOLENCE = "serious_violence"


class ElementKind(_Value):
    """What part of a strategy an element is (``element.kind``)."""

    STRAND = "strand"
    OBJECTIVE = "objective"
    THEME = "theme"
    PRIORITY = "priority"
    PRINCIPLE = "principle"
    DELIVERY_GROUP = "delivery_group"
    AIM = "aim"
    KEY_OBJECTIVE = "key_objective"
    ACTIVITY = "activity"


class AssessmentKind(_Value):
    """What sort of assessment it is (``assessment.kind``)."""

    STRATEGIC_ASSESSMENT = "strategic_assessment"
    STRATEGIC_NEEDS_ASSESSMENT = "strategic_needs_assessment"
    COMMUNITY_SAFETY_AGREEMENT = "community_safety_agreement"
    OTHER = "other"
