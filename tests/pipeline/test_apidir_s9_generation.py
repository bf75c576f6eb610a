"""A ninth sample of real published specs (fixtures/generation/apidir_s9_patterns.yaml): every operation
generates, each class has a module of its own, and the package passes mypy --strict.

Patterns: a path item that is a `$ref` to another path (PC513: our generator-side copy took the pointer
for a schema's, and both operations behind it vanished with no warning, the strict build passing), and
component keys whose class names differ only in case (`FileDTO`, `FileDto`), which share a module
(`file_dto.py`): the second overwrote the first, and 15 imports failed mypy. An operation that the
generator neither generates nor reports dropping is now a problem of its own (`unaccounted_operations`).
A recursive union (`groundTruthList`: items `anyOf [object, array of object]`, the object naming the list
again) was dropped with its operation ("Invalid property in union"): PC109 makes the object a component.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.generate import unaccounted_operations

from .test_naming_generation import Generated, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return Generated("apidir_s9_patterns", tmp_path_factory.mktemp("s9"))


@pytest.fixture(scope="module")
def package(built: Generated) -> Path:
    return built.package_dir


def test_both_paths_of_an_aliased_path_item_generate(package: Path) -> None:
    modules = {str(p.relative_to(package / "api")) for p in (package / "api").glob("*/*.py")}
    assert {"support/get_ip_address.py", "support/get_support_ip_address.py"} <= modules
    assert "documents/get_ground_truth.py" in modules


def test_classes_that_differ_only_in_case_get_modules_of_their_own(package: Path) -> None:
    classes = {
        p.name: re.findall(r"^class (\w+)", p.read_text("utf-8"), re.MULTILINE)
        for p in (package / "models").glob("*.py")
    }
    owners = {name: module for module, names in classes.items() for name in names}
    assert owners["FileDTO"] != owners["FileDto2"], owners


def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(package)
    assert done.returncode == 0, done.stdout[-3000:]


class _Collection:
    def __init__(self) -> None:
        self.endpoints: list[Any] = []
        self.parse_errors: list[Any] = []


def test_an_operation_nobody_accounts_for_is_a_problem(built: Generated) -> None:
    """The safety net itself: an operation neither generated nor reported dropped is reported."""
    problems = unaccounted_operations(built.spec, {"support": _Collection()})
    headers = sorted(str(p.header) for p in problems)
    assert len(headers) == 5
    assert any("GET /support/ip-address within paths. Endpoint will not be" in h for h in headers)
