"""A seventh sample of real published specs (fixtures/generation/apidir_s7_patterns.yaml): the package passes
mypy --strict.

Patterns: a component named `Client`, which an operation module imported over the package's own
`client.Client` (the model class is `ClientModel`, its wire shape unchanged), and a multipart body with a
field named `types`, which shadowed the `types` module in the class body (`-> types.RequestFiles`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_naming_generation import Generated, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Generated("apidir_s7_patterns", tmp_path_factory.mktemp("s7")).package_dir


def test_the_component_named_client_is_a_model_of_its_own(package: Path) -> None:
    source = (package / "api" / "administration" / "get_client.py").read_text("utf-8")
    assert "ClientModel.from_dict(" in source
    assert "class ClientModel" in (package / "models" / "client_model.py").read_text("utf-8")


def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(package)
    assert done.returncode == 0, done.stdout[-3000:]
