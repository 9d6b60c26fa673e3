"""Shared set-up of the open data tests (examples/opendata).

The tests need Debian's python3-jsonschema and python3-icalendar. When one is
absent the whole run exits 77 (CTest's SKIP_RETURN_CODE) with a line naming
the package, unless CI=true, where a missing dependency fails the run.

Environment (set by examples/opendata/CMakeLists.txt):
    CSPCTL              the cspctl program to run
    CSP_SOURCE_DIR      the repository (examples/data)
    CSP_POPOLO_SCHEMAS  the folder of the Popolo JSON Schemas (default:
                        ../shared/corpora/popolo-schemas beside the repository)
"""

from __future__ import annotations

import importlib
import os
import pathlib
import shutil
from typing import Dict, List

import pytest

SKIPPED = 77

#: module -> the Debian package that provides it
DEPENDENCIES = {"jsonschema": "python3-jsonschema", "icalendar": "python3-icalendar"}

SOURCE_DIR = pathlib.Path(os.environ.get("CSP_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[3])
DATA_DIR = SOURCE_DIR / "examples" / "data"
SCHEMA_DIR = pathlib.Path(os.environ.get("CSP_POPOLO_SCHEMAS")
                          or SOURCE_DIR.parent / "shared" / "corpora" / "popolo-schemas")


def missing_packages() -> List[str]:
    """The Debian packages whose modules cannot be imported."""
    missing = []
    for module, package in DEPENDENCIES.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    return missing


def pytest_configure(config: pytest.Config) -> None:
    missing = missing_packages()
    if not missing:
        return
    what = ", ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.exit(f"examples/opendata: missing {what} (CI=true: a missing dependency is a failure)",
                    returncode=1)
    pytest.exit(f"examples/opendata: SKIPPED: missing {what} (apt install {' '.join(missing)})",
                returncode=SKIPPED)


@pytest.fixture(scope="session")
def cspctl() -> str:
    """The cspctl program: $CSPCTL, else the one on PATH."""
    path = os.environ.get("CSPCTL") or shutil.which("cspctl")
    if not path:
        pytest.fail("set CSPCTL to the cspctl program (ctest does)")
    return path


def child_environment() -> Dict[str, str]:
    """The environment for cspctl: without the sanitizer's preload and
    options, which are for the Python interpreter only (an instrumented
    cspctl carries its own runtime)."""
    return {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "ASAN_OPTIONS")}


@pytest.fixture()
def child_env() -> Dict[str, str]:
    return child_environment()
