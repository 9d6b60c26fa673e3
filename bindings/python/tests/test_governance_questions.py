"""The coordinator's questions (csp/governance.h) from Python: overdue actions,
actions without an update since the last meeting, actions without a
champion, the risk register, progress up a strategy tree and quoracy, on
tests/data/good-governance.json."""

from __future__ import annotations

import datetime
import threading
from typing import Iterator, List

import pytest

import libcsp
from conftest import SOURCE_DIR

DATA = SOURCE_DIR / "tests" / "data" / "good-governance.json"


@pytest.fixture
def greg() -> Iterator[libcsp.Register]:
    with libcsp.Register(":memory:") as reg:
        reg.import_file(str(DATA))
        yield reg


def ids(records: object) -> List[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def test_overdue(greg: libcsp.Register) -> None:
    # x1 is due in March 2024: overdue from 1 April, not on 31 March
    assert ids(greg.actions.overdue(datetime.date(2024, 3, 31))) == []
    assert ids(greg.actions.overdue("2024-04-01", partnership="csp")) == ["x1"]
    assert ids(greg.actions.overdue(libcsp.PartialDate(2025), greg.partnerships["csp"])) == ["x1"]
    q = greg.actions.overdue("2025")
    assert isinstance(q, libcsp.Query)
    assert q.count() == 1
    assert ids(q.where("champion", "==", "m2")) == []
    assert ids(q.where("champion", "==", "m1")) == ["x1"]
    x2 = greg.actions["x2"]
    x2.status = "in_progress"
    greg.actions.put(x2)
    assert ids(greg.actions.overdue("2024-12-01")) == ["x1", "x2"]  # by due date
    with pytest.raises(libcsp.DateError):
        greg.actions.overdue("2024-02-30")
    with pytest.raises(libcsp.InvalidValueError):
        greg.actions.overdue("2024", partnership="not an id")
    with pytest.raises(TypeError):
        greg.actions.overdue(None)  # type: ignore[arg-type]


def test_without_update(greg: libcsp.Register) -> None:
    assert greg.partnerships["csp"].last_meeting("2024-07-01").id == "mt2"  # type: ignore[union-attr]
    assert greg.partnerships["csp"].last_meeting(datetime.date(2024, 5, 1)).id == "mt1"  # type: ignore[union-attr]
    assert greg.partnerships["csp"].last_meeting("2024-02") is None
    assert ids(greg.actions.without_update("csp", "2024-07-01")) == ["x1"]
    # as of May, x3's update of 2 June had not been given
    assert ids(greg.actions.without_update(greg.partnerships["csp"], "2024-05-01")) == ["x1", "x3"]
    assert greg.actions.without_update("csp", "2024-02-01") == []
    with pytest.raises(libcsp.DateError):
        greg.actions.without_update("csp", "2024-13")
    with pytest.raises(libcsp.ArgumentError):
        greg.actions.without_update(None, "2024")  # type: ignore[arg-type]


def test_duties_owed(greg: libcsp.Register) -> None:
    csp = greg.partnerships["csp"]
    before = [d.id for d in csp.duties_owed("2023-01-30")]
    after = [d.id for d in csp.duties_owed(datetime.date(2023, 1, 31))]
    assert "si2007_1830.partnership_plan" in before  # owed with no holding recorded
    assert "pcsc2022.s8.serious_violence_duty" not in before
    assert "pcsc2022.s8.serious_violence_duty" in after
    assert after == sorted(after)
    assert all(isinstance(d, libcsp.Duty) and d.builtin for d in csp.duties_owed("2024-06-30"))
    with pytest.raises(libcsp.DateError):
        csp.duties_owed("2024-02-30")
    with pytest.raises(TypeError):
        csp.duties_owed(None)  # type: ignore[arg-type]


def test_without_champion(greg: libcsp.Register) -> None:
    # x2 is done; x3 is open with no champion
    assert ids(greg.actions.without_champion()) == ["x3"]
    assert ids(greg.actions.without_champion("csp")) == ["x3"]
    assert ids(greg.actions.without_champion("tfg")) == []


def test_risk_register(greg: libcsp.Register) -> None:
    assert [(r.id, r.score) for r in greg.risks.by_score("csp")] == [("r2", 20), ("r1", 4)]
    assert ids(greg.risks.by_score()) == ["r2", "r1"]
    r1 = greg.risks["r1"]
    r1.likelihood = 5
    r1.impact = 5
    greg.risks.put(r1)
    assert greg.risks["r1"].score == 25
    assert ids(greg.risks.by_score("csp").limit(1)) == ["r1"]


def test_score_follows_its_factors(greg: libcsp.Register) -> None:
    r = libcsp.Risk("loose", partnership="csp", title="R", status="open", likelihood=3)
    assert r.score is None  # unset until both are
    r.impact = 4
    assert r.score == 12
    added = greg.risks.add(r)
    assert added.score == 12 and greg.risks["loose"].score == 12
    added.likelihood = 1
    assert added.score == 4


def test_progress(greg: libcsp.Register) -> None:
    p = greg.elements["e1"].progress()
    assert p == libcsp.Progress(done=1, total=3)
    assert p.share == pytest.approx(1 / 3)
    assert greg.elements["e2"].progress() == (0, 2)
    x3 = greg.actions["x3"]
    x3.status = "superseded"
    greg.actions.put(x3)
    assert greg.elements["e2"].progress() == (0, 1)
    with pytest.raises(ValueError):
        libcsp.Element("loose", strategy="s1", kind="strand", title="Not stored").progress()


def test_quorum(greg: libcsp.Register) -> None:
    assert greg.meetings["mt1"].quorum() == libcsp.Quorum(quorate=False, present=1)
    a2 = greg.attendances["a2"]
    a2.status = "present"
    greg.attendances.put(a2)
    assert greg.meetings["mt1"].quorum() == (True, 2)
    assert greg.meetings["mt2"].quorum().quorate is None


def test_questions_from_threads(greg: libcsp.Register) -> None:
    """The questions take the register's lock: threads asking at once are safe."""
    errors: List[BaseException] = []

    def ask() -> None:
        try:
            for _ in range(50):
                assert ids(greg.actions.overdue("2025")) == ["x1"]
                assert greg.elements["e1"].progress().total == 3
                assert greg.actions.without_update("csp", "2024-07-01")[0].id == "x1"
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
