"""Fixtures for the ModernGov importer's tests (libcsp.moderngov, cspctl import-moderngov).

Run by CTest (`ctest -R integration.moderngov`), which puts the built binding
on PYTHONPATH and sets CSP_SOURCE_DIR and CSPCTL; or by hand from the
repository root:

    PYTHONPATH=build/dev/bindings/python/package CSPCTL=build/dev/cspctl \\
        python3 -m pytest examples/moderngov/tests

The four real responses are read in place from the shared corpus
(CSP_MODERNGOV_CORPUS, default ../shared/corpora/moderngov beside the
repository), never copied into the project; corrupted variants are written to
each test's temporary directory. Exit status 77 (CTest's skip) when the corpus
or cspctl is not there - unless CI is "true", when that is a failure.
"""

from __future__ import annotations

import os
import pathlib
import shutil
from typing import Callable, Dict, List

import pytest

IN_CI = os.environ.get("CI") == "true"
SKIP = 77

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_DIR = pathlib.Path(os.environ.get("CSP_SOURCE_DIR", HERE.parents[2]))
CORPUS = pathlib.Path(os.environ.get("CSP_MODERNGOV_CORPUS", SOURCE_DIR.parent / "shared" / "corpora" / "moderngov"))
NAMES = ["committees.xml", "meetings.xml", "meeting_with_minutes.xml", "meeting_no_minutes.xml"]

if not all((CORPUS / n).is_file() for n in NAMES):  # pragma: no cover - depends on the machine
    message = (f"integration.moderngov: skipped: the ModernGov responses are not in {CORPUS} "
               "(set CSP_MODERNGOV_CORPUS to the folder of committees.xml, meetings.xml, "
               "meeting_with_minutes.xml and meeting_no_minutes.xml)")
    if IN_CI:
        raise RuntimeError(message)
    pytest.exit(message, returncode=SKIP)


@pytest.fixture
def corpus() -> Dict[str, pathlib.Path]:
    """The four real responses, by file name (read in place)."""
    return {n: CORPUS / n for n in NAMES}


@pytest.fixture
def responses(corpus: Dict[str, pathlib.Path]) -> List[pathlib.Path]:
    """The four real responses, in the order a council fetches them."""
    return [corpus[n] for n in NAMES]


@pytest.fixture
def mapping() -> pathlib.Path:
    """The test's mapping file: committee 144 (Audit Committee) -> manchester-audit."""
    return HERE / "mapping.json"


@pytest.fixture
def seats() -> pathlib.Path:
    """A register document with the partnership and Councillor Curley's seat on it."""
    return HERE / "seats.json"


@pytest.fixture
def variant(tmp_path: pathlib.Path, corpus: Dict[str, pathlib.Path]) -> Callable[..., pathlib.Path]:
    """variant(name, (old, new), ...): a copy of a real response in the test's
    temporary directory with each ``old`` text replaced by ``new`` (each must occur)."""

    def make(name: str, *changes: tuple, out: str = "") -> pathlib.Path:  # type: ignore[type-arg]
        text = corpus[name].read_text(encoding="utf-8")
        for old, new in changes:
            assert old in text, f"{old!r} is not in {name}"
            text = text.replace(old, new)
        path = tmp_path / (out or name)
        path.write_text(text, encoding="utf-8")
        return path

    return make


@pytest.fixture
def cspctl() -> str:
    """The cspctl built with this tree (CSPCTL), or a skip (77) when it is not there."""
    path = os.environ.get("CSPCTL") or shutil.which("cspctl")
    if not path or not os.access(path, os.X_OK):  # pragma: no cover - depends on the build
        if IN_CI:
            pytest.fail("CSPCTL is not set to the built cspctl")
        pytest.exit("integration.moderngov: skipped: cspctl is not built (set CSPCTL)", returncode=SKIP)
    return path
