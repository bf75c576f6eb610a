"""Generation tests for shapes found in published specs (fixtures/generation/published_shapes.yaml).

The fixture is normalized, validated and generated as the build does (any generator warning fails), then
type-checked with `mypy --strict` and exercised in-process.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

SPEC = Path(__file__).parent / "fixtures" / "generation" / "published_shapes.yaml"
PACKAGE = "published_shapes_client"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    spec, _ = normalize(parse_document(SPEC.read_text("utf-8"), file=SPEC))
    validate(spec, file=str(SPEC))
    root = tmp_path_factory.mktemp("published") / "project"
    generate_package(
        spec,
        generator_settings={
            "project_name_override": PACKAGE.replace("_", "-"),
            "package_name_override": PACKAGE,
            "literal_enums": False,
        },
        version="1.0.0",
        output_dir=root,
        templates=TEMPLATES,
    )
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
        del sys.modules[name]


def module(dotted: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{dotted}")


def test_package_passes_mypy_strict(project: Path) -> None:
    """A bodiless `default`-only operation returns None (not `Any`); member-named fields shadow nothing."""
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_fields_named_like_model_members_keep_their_wire_names(project: Path) -> None:
    settings_type = module("models").Settings
    wire = {"additionalProperties": True, "to_dict": "t", "from_dict": 3, "additional_keys": ["k"], "other": 1}
    settings = settings_type.from_dict(wire)
    assert (settings.additional_properties_, settings.to_dict_, settings.from_dict_) == (True, "t", 3)
    assert settings.additional_keys_ == ["k"] and settings.additional_properties == {"other": 1}
    assert settings.to_dict() == wire


def test_enum_values_differing_in_case_are_distinct_members(project: Path) -> None:
    order = module("models").Order
    assert {member.name: member.value for member in order} == {
        "ASC": "asc",
        "DESC": "desc",
        "ASC_2": "ASC",
        "DESC_2": "DESC",
    }


def test_boolean_schemas_generate_as_their_meaning(project: Path) -> None:
    models = module("models")
    pair = models.Pair.from_dict({"values": ["a", 1], "anything": {"x": [1]}})
    assert pair.values == ["a", 1] and pair.anything == {"x": [1]}
    assert "legacy" not in module("models.settings").Settings.__annotations__
