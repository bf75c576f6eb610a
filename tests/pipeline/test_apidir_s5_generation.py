"""A fifth sample of real published specs (fixtures/generation/apidir_s5_patterns.yaml), from the generator's
side: every operation generates with all its responses, and the package passes mypy --strict.

Patterns: `$ref`s whose fragment is percent-encoded (`~1%7Bname%7D`, `application~1xml;%20charset=utf-8`:
PC510), responses referenced where another operation declares them (PC511: the generator dropped each
such response), an XML Object carrying an `example` (PC512: validation refused the document), and
`application/octet-stream` bodies described by an array or by `{}` (PC185: the template sent `body.payload`
of a list, and mypy --strict failed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .test_naming_generation import Generated, mypy_strict

pytestmark = pytest.mark.slow

OPERATIONS = {
    "api/architectures/list_architectures.py",
    "api/architectures/get_architecture.py",
    "api/architectures/list_builds.py",
    "api/images/export_images.py",
    "api/images/add_jpeg.py",
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Generated("apidir_s5_patterns", tmp_path_factory.mktemp("s5")).package_dir


def text(package: Path, module: str) -> str:
    return (package / module).read_text("utf-8")


def test_every_operation_generates_with_its_referenced_responses(package: Path) -> None:
    operations = {str(p.relative_to(package)) for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    assert operations == OPERATIONS
    for module in ("get_architecture", "list_builds"):
        parse: Any = text(package, f"api/architectures/{module}.py").split("def _parse_response", 1)[1]
        assert "response.status_code == 401" in parse.split("\ndef ", 1)[0], module


def test_raw_uploads_take_bytes(package: Path) -> None:
    """The JSON twin keeps its type; the octet-stream one is a File, sent as its bytes."""
    for module, json_type in (("export_images", "list[int]"), ("add_jpeg", "Any")):
        source = text(package, f"api/images/{module}.py")
        assert f"body: {json_type} | File" in source, module
        assert '_kwargs["content"] = body.payload' in source, module


def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(package)
    assert done.returncode == 0, done.stdout[-3000:]
