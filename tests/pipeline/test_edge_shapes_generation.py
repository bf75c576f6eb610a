"""Generation tests for shapes real specs publish at the edges (fixtures/generation/edge_shapes.yaml).

An enum of decimals (PC400: the generator has no float enum and dropped the model and the operation whose
parameter it was) and security schemes that operations name but nobody defines (PC401: the build stopped
at normalize): the package generates strictly, types the fields `float` with the allowed values in the
docstring, and passes `mypy --strict`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES, Rule
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

SPEC = Path(__file__).parent / "fixtures" / "generation" / "edge_shapes.yaml"
PACKAGE = "edge_shapes_client"
pytestmark = pytest.mark.slow


def build(root: Path, rules: Sequence[Rule] = RULES) -> Path:
    spec, _ = normalize(parse_document(SPEC.read_text("utf-8"), file=SPEC), rules=rules)
    validate(spec, file=str(SPEC))
    generate_package(
        spec,
        generator_settings={"project_name_override": PACKAGE.replace("_", "-"), "package_name_override": PACKAGE},
        version="1.0.0",
        output_dir=root,
        templates=TEMPLATES,
    )
    return root


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("edges") / "project")


def test_decimal_enums_are_typed_float_with_their_values_documented(project: Path) -> None:
    model = (project / PACKAGE / "models" / "scale.py").read_text("utf-8")
    assert "    factor: float\n" in model
    assert "    step: float | None | Unset = UNSET\n" in model
    assert "How much to grow." in model and "Allowed values: 1.5, 2.5." in model
    operation = (project / PACKAGE / "api" / "scales" / "list_scales.py").read_text("utf-8")
    assert "ratio: float | None | Unset = UNSET," in operation
    assert "Allowed values: 0.5, 1.5." in operation


def test_the_package_passes_mypy_strict(project: Path) -> None:
    pytest.importorskip("mypy")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:]


def test_without_pc400_the_model_and_the_operation_are_dropped(tmp_path: Path) -> None:
    """Without PC400 alone: no other rule takes an enum of decimals (PC462 leaves numbers to PC400)."""
    with pytest.raises(PipelineError) as caught:
        build(tmp_path / "project", rules=[r for r in RULES if r.id != "PC400"])
    messages = [p.message for p in caught.value.problems]
    assert any(m.startswith("dropped GET /scales") for m in messages), messages
    assert any("Scale" in m for m in messages), messages
