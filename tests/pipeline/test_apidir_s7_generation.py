"""A seventh sample of real published specs (fixtures/generation/apidir_s7_patterns.yaml): the package passes
mypy --strict.

Patterns: a component named `Client`, which an operation module imported over the package's own
`client.Client` (the model class is `ClientModel`, its wire shape unchanged), and a multipart body with a
field named `types`, which shadowed the `types` module in the class body (`-> types.RequestFiles`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

pytestmark = pytest.mark.slow

SPEC = Path(__file__).parent / "fixtures" / "generation" / "apidir_s7_patterns.yaml"
PACKAGE = "apidir_s7_client"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    document = parse_document(SPEC.read_text("utf-8"), file=SPEC)
    assert isinstance(document, dict)
    spec, _ = normalize(document)
    validate(spec, file=str(SPEC))
    out = tmp_path_factory.mktemp("s7") / "out"
    generate_package(
        spec,
        generator_settings={"project_name_override": "apidir-s7-client", "package_name_override": PACKAGE},
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
    )
    return out / PACKAGE


def test_the_component_named_client_is_a_model_of_its_own(package: Path) -> None:
    source = (package / "api" / "administration" / "get_client.py").read_text("utf-8")
    assert "ClientModel.from_dict(" in source
    assert "class ClientModel" in (package / "models" / "client_model.py").read_text("utf-8")


def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE],
        cwd=package.parent,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
