"""A sixth sample of real published specs (fixtures/generation/apidir_s6_patterns.yaml), from the generator's
side: every operation, response and model generates, and the package passes mypy --strict.

Patterns, each of which the generator refused: an `x-` extension in the Paths object (it read
`x-codegen-contextRoot` as a path item and refused the whole document); operations named alike in
different tags (`…accounts.list`, `…policies.list`) sharing a component parameter whose schema makes a
class (`ListFiltersItem` twice: both operations dropped), or a path-item parameter; two `…fresh`
operations whose response is a bare `{type: object}` (`FreshResponse200` twice: a response dropped);
and inline classes of two components that take one name (`Attribute.group_labels` and
`AttributeGroup.labels` are both `AttributeGroupLabels`: a model dropped).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .test_naming_generation import Generated, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Generated("apidir_s6_patterns", tmp_path_factory.mktemp("s6")).package_dir


def test_every_operation_generates_with_its_success_response(package: Path) -> None:
    modules = sorted(str(p.relative_to(package / "api")) for p in (package / "api").glob("*/*.py"))
    modules = [m for m in modules if not m.endswith("__init__.py")]
    assert len(modules) == 4, modules
    for module in modules:
        source = (package / "api" / module).read_text("utf-8")
        parse = source.split("def _parse_response", 1)[1].split("\ndef ", 1)[0]
        assert "response.status_code == 200" in parse, module


def test_both_inline_classes_and_both_components_exist(package: Path) -> None:
    classes = {
        m
        for p in (package / "models").glob("*.py")
        for m in re.findall(r"^class (\w+)", p.read_text("utf-8"), re.MULTILINE)
    }
    assert {"Attribute", "AttributeGroup", "AttributeGroupLabels"} <= classes
    assert len({c for c in classes if c.startswith("AttributeGroupLabels")}) == 2, sorted(classes)
    assert len({c for c in classes if "FiltersItem" in c}) == 2, sorted(classes)


def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(package)
    assert done.returncode == 0, done.stdout[-3000:]
