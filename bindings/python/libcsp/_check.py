"""The compliance checker from Python (csp/check.h): ``reg.check(as_of)`` and
``libcsp.rules()``. See docs/checker.md and docs/rules.md."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Tuple, Union

from . import _libcsp as _c
from ._collection import _text
from ._dates import DateLike, PartialDate, parse_date
from ._model import Confidence, RuleFamily, RuleSeverity

if TYPE_CHECKING:
    import datetime

    from ._register import Register

__all__ = ["Result", "Finding", "Rule", "rules"]


class Result(str, enum.Enum):
    """What a finding says of its rule."""

    MET = "met"
    """The record shows the rule met."""
    NOT_MET = "not_met"
    """The record shows it not met."""
    NOT_SHOWN = "not_shown"
    """The record lacks what would decide it: unknown is never a pass."""


_RESULTS = {_c.CSP_RESULT_MET: Result.MET, _c.CSP_RESULT_NOT_MET: Result.NOT_MET,
            _c.CSP_RESULT_NOT_SHOWN: Result.NOT_SHOWN}


@dataclass(frozen=True)
class Finding:
    """One finding of a check: a rule's result for a subject, and why."""

    rule: str
    """The rule's id ("CSP-PLAN-001")."""
    result: Result
    family: RuleFamily
    title: str
    severity: RuleSeverity
    """Breach, warning or advice (compares equal to its text: ``== "breach"``)."""
    confidence: Confidence
    """How sure the figure the rule rests on is: verified, secondary or unverified."""
    source: str
    """The rule's legal source."""
    partnership: str
    """The id of the partnership checked."""
    subject_entity: str
    """The entity of the subject ("partnership", "action", "meeting", ...)."""
    subject: str
    """The id of the subject."""
    message: str
    """What was found, for a chair."""
    fix: str
    """What would clear it."""
    due: Optional[Union["datetime.date", PartialDate]]
    """The date by which it must be put right, or falls due again; None when none applies."""
    evidence: Tuple[Tuple[str, str], ...]
    """The records it rests on: (entity, id) pairs."""

    @property
    def ok(self) -> bool:
        """Whether the rule is met."""
        return self.result is Result.MET


@dataclass(frozen=True)
class Rule:
    """A rule of the catalogue (docs/rules.md)."""

    id: str
    family: RuleFamily
    title: str
    source: str
    confidence: Confidence
    severity: RuleSeverity
    explain: str
    fix: str
    on_by_default: bool

    def applies_to(self, kind: str) -> bool:
        """Whether the rule applies to partnerships of a kind ("community_safety_partnership")."""
        return _c.csp_rule_applies_to(_c.csp_rule_find(self.id), kind) == 1


def rules() -> List[Rule]:
    """The rules of the catalogue, in order."""
    out = []
    for i in range(_c.csp_rule_count()):
        out.append(Rule(str(_c.csp_rule_id(i)), RuleFamily(_c.csp_rule_family(i)), str(_c.csp_rule_title(i)),
                        str(_c.csp_rule_source(i)), Confidence(_c.csp_rule_confidence(i)),
                        RuleSeverity(_c.csp_rule_severity(i)),
                        str(_c.csp_rule_explain(i)), str(_c.csp_rule_fix(i)), _c.csp_rule_on_by_default(i) == 1))
    return out


def _entity_name(eid: int) -> str:
    return str(_c.csp_schema_entity_name(eid)) if eid >= 0 else ""


def _finding(report: Any, i: int) -> Finding:
    f = _c.csp_report_finding(report, i)
    assert f is not None
    due = _c.csp_finding_due(f)
    evidence = _c.csp_py_finding_evidence(f)
    return Finding(_c.csp_finding_rule(f), _RESULTS[_c.csp_finding_result(f)], RuleFamily(_c.csp_finding_family(f)),
                   _c.csp_finding_title(f), RuleSeverity(_c.csp_finding_severity(f)),
                   Confidence(_c.csp_finding_confidence(f)),
                   _c.csp_finding_source(f), _c.csp_finding_partnership(f),
                   _entity_name(_c.csp_finding_subject_entity(f)), _c.csp_finding_subject(f),
                   _c.csp_finding_message(f), _c.csp_finding_fix(f), parse_date(due) if due else None, evidence)


def _ids(value: Iterable[str], key: str) -> Optional[List[str]]:
    if isinstance(value, str):
        raise TypeError(f"{key}: a list of rule ids, not one str")
    ids = list(value)
    return ids or None


def check(reg: "Register", as_of: DateLike, *, partnership: Any = None, skip: Iterable[str] = (),
          enable: Iterable[str] = (), skip_secondary: bool = False, skip_unverified: bool = False,
          problems_only: bool = False) -> List[Finding]:
    """Register.check: see its docstring."""
    date = _text(as_of, "as_of")
    if date is None:
        raise TypeError("as_of: a date is needed, not None")
    opts: "_c.CheckOptions" = {
        "partnership": _text(partnership, "partnership"),
        "skip": _ids(skip, "skip"),
        "enable": _ids(enable, "enable"),
        "skip_confidence": (_c.CSP_CHECK_SKIP_SECONDARY if skip_secondary else 0)
        | (_c.CSP_CHECK_SKIP_UNVERIFIED if skip_unverified else 0),
        "flags": _c.CSP_CHECK_PROBLEMS_ONLY if problems_only else 0,
    }
    with reg._lock:
        report = _c.csp_check(reg._handle(), date, opts)
        try:
            return [_finding(report, i) for i in range(_c.csp_report_count(report))]
        finally:
            _c.csp_report_free(report)
