"""Fixtures for the web application's tests.

Run by CTest (`ctest -R integration.webapp`), which puts the built binding on
PYTHONPATH and sets CSP_SOURCE_DIR; or by hand from the repository root:

    PYTHONPATH=build/dev/bindings/python/package python3 -m pytest examples/webapp/tests

Each test gets its own register file: the bundled example data
(examples/data/*.json) imported into a temporary file, plus a few meetings,
actions, risks and an ended seat on the Safer Ealing Partnership, so that every
section of the pages has something to show.

Exit status 77 (CTest's skip) when Flask is missing (no test runs), or when the browser test
could not run because chromium, chromium-driver or python3-selenium is missing
(and everything else passed) - unless CI is "true", when a missing dependency
is a failure.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import sys
from typing import Any, Iterator, List

import pytest

IN_CI = os.environ.get("CI") == "true"
SKIP = 77

import libcsp

HERE = pathlib.Path(__file__).resolve().parent
WEBAPP_DIR = HERE.parent
SOURCE_DIR = pathlib.Path(os.environ.get("CSP_SOURCE_DIR", HERE.parents[2]))
DATA_DIR = SOURCE_DIR / "examples" / "data"

try:
    import flask  # noqa: F401
    FLASK_MISSING = False
except ImportError:  # pragma: no cover - depends on the machine
    if IN_CI:
        raise
    FLASK_MISSING = True

if FLASK_MISSING:  # pragma: no cover
    collect_ignore_glob = ["test_*.py"]  # nothing to test; the session ends with 77
    webapp: Any = None
else:
    sys.path.insert(0, str(WEBAPP_DIR))
    import app as webapp  # noqa: E402  (examples/webapp/app.py)

#: The date the tests look at the register as of.
AS_OF = "2024-06-30"
SEP = "ealing-sep"


def browser_missing() -> List[str]:
    """The Debian packages the browser test needs and this machine lacks."""
    missing = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("python3-selenium")
    if not (shutil.which("chromium") or os.path.exists("/usr/bin/chromium")):
        missing.append("chromium")
    if not os.path.exists("/usr/bin/chromedriver"):
        missing.append("chromium-driver")
    return missing


BROWSER_MISSING = browser_missing()


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    """Flask is missing, or everything passed but the browser test could not run:
    report a skip (77) to CTest."""
    if FLASK_MISSING:
        print("\nintegration.webapp: skipped: Flask is not installed (apt install python3-flask)")
        session.exitstatus = SKIP
    elif BROWSER_MISSING and not IN_CI and exitstatus == 0:
        print(f"\nintegration.webapp: the browser test was skipped: missing {', '.join(BROWSER_MISSING)} "
              f"(apt install {' '.join(BROWSER_MISSING)})")
        session.exitstatus = SKIP


def populate(reg: libcsp.Register) -> None:
    """The bundled example data plus the records the pages need (all through libcsp)."""
    for path in sorted(DATA_DIR.glob("*.json")):
        reg.import_file(path)
    with reg.transaction():
        sep = reg.partnerships[SEP]
        sep.quorum = 4
        sep.meetings_per_year = 4
        sep.save()
        reg.people.add(libcsp.Person("sam-okafor", "Sam Okafor"))
        reg.memberships.add(libcsp.Membership("ealing-sep-fire-former", SEP, "london-fire-brigade",
                                              libcsp.Role.MEMBER, post="former borough commander",
                                              start_date="2019-04-01", end_date="2023-12-31"))
        reg.meetings.add(libcsp.Meeting("sep-2024-03", SEP, "2024-03-14", "scheduled", "held",
                                        start_time="14:00", location="Perceval House", title="Quarterly board"))
        reg.meetings.add(libcsp.Meeting("sep-2024-06", SEP, "2024-06-13", "scheduled", "held",
                                        title="Quarterly board"))
        reg.meetings.add(libcsp.Meeting("sep-2024-09", SEP, "2024-09-12", "scheduled", "planned",
                                        title="Quarterly board"))
        for i, seat in enumerate(["ealing-sep-chair", "ealing-sep-police", "ealing-sep-probation",
                                  "ealing-sep-health", "ealing-sep-fire"]):
            reg.attendances.add(libcsp.Attendance(f"sep-2024-03.a{i}", "sep-2024-03", seat, "present"))
        reg.attendances.add(libcsp.Attendance("sep-2024-06.a0", "sep-2024-06", "ealing-sep-chair", "present"))
        reg.attendances.add(libcsp.Attendance("sep-2024-06.a1", "sep-2024-06", "ealing-sep-police", "apologies"))
        reg.actions.add(libcsp.Action("sep-act-1", SEP, "Refresh the anti-social behaviour plan", "open",
                                      raised_on="2024-03-14", raised_at="sep-2024-03", champion="ealing-sep-chair",
                                      due_on="2024-05-31", rag="red"))
        reg.actions.add(libcsp.Action("sep-act-2", SEP, "Publish the serious violence needs assessment",
                                      "in_progress", raised_on="2024-03-14", raised_at="sep-2024-03",
                                      champion="ealing-sep-chief-executive", due_on="2024-09-30", rag="amber",
                                      serves="ealing-sep-svd-theme-analysis-enforcement"))
        reg.actions.add(libcsp.Action("sep-act-3", SEP, "Agree the information sharing protocol", "done",
                                      raised_on="2024-03-14", champion="ealing-sep-police", due_on="2024-04-30",
                                      rag="green", serves="ealing-sep-svd-theme-analysis-enforcement"))
        reg.action_updates.add(libcsp.ActionUpdate("sep-act-2.u1", "sep-act-2", "2024-06-13", status="in_progress",
                                                   rag="amber", note="Data from the police and health received."))
        reg.risks.add(libcsp.Risk("sep-risk-1", SEP, "Serious violence data not shared in time", "open",
                                  owner="ealing-sep-police", likelihood=4, impact=4,
                                  mitigations=["Data sharing agreement", "Monthly analyst meeting"]))
        reg.risks.add(libcsp.Risk("sep-risk-2", SEP, "Funding for the youth outreach team ends", "open",
                                  owner="ealing-sep-chief-executive", likelihood=2, impact=3))


@pytest.fixture
def register_path(tmp_path: pathlib.Path) -> pathlib.Path:
    """A register file holding the example data and the test's records."""
    path = tmp_path / "council.csp"
    with libcsp.Register(path) as reg:
        populate(reg)
    return path


@pytest.fixture
def app(register_path: pathlib.Path) -> Any:
    application = webapp.create_app(register_path)
    application.config["TESTING"] = True
    return application


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    with app.test_client() as c:
        yield c


@pytest.fixture
def open_register(register_path: pathlib.Path) -> Iterator[Any]:
    """A function opening the test's register (read-only) to check what was written."""
    opened: List[libcsp.Register] = []

    def _open() -> libcsp.Register:
        reg = libcsp.Register(register_path, create=False, readonly=True)
        opened.append(reg)
        return reg

    yield _open
    for reg in opened:
        reg.close()
