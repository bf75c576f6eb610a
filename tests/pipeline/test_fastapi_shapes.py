"""Generation tests for shapes FastAPI-generated and other specs publish (fixtures/generation/fastapi_shapes.yaml).

`list[A] | list[B]` unions (PC180), untyped `schema: {}` responses (resource methods returning `Any`), a
property named `d` (from_dict's local for the wire mapping) and `format: dateTime` (PC181): the package
must pass `mypy --strict`, round-trip each and type the timestamp `datetime`.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES, Rule
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

SPEC = Path(__file__).parent / "fixtures" / "generation" / "fastapi_shapes.yaml"
PACKAGE = "fastapi_shapes_client"
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


def mypy_strict(project: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", PACKAGE]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = build(tmp_path_factory.mktemp("fastapi") / "project")
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
        del sys.modules[name]


def test_package_passes_mypy_strict(project: Path) -> None:
    result = mypy_strict(project)
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_log_of_either_kind_round_trips(project: Path) -> None:
    log_page = importlib.import_module(f"{PACKAGE}.models").LogPage
    wires: list[dict[str, Any]] = [
        {"content": ["a", "b"]},
        {"content": [{"text": "hi"}]},
        {"content": [], "token": None},
    ]
    for wire in wires:
        assert log_page.from_dict(wire).to_dict() == wire


def test_a_property_named_d_round_trips(project: Path) -> None:
    metric = importlib.import_module(f"{PACKAGE}.models").Metric
    wire = {"n": "cpu", "d": [{"n": "host", "v": "a"}], "extra": 1}
    loaded = metric.from_dict(wire)
    assert (loaded.n, loaded.d[0].v, loaded.additional_properties) == ("cpu", "a", {"extra": 1})
    assert loaded.to_dict() == wire


def test_a_date_time_format_spelled_datetime_is_typed_datetime(project: Path) -> None:
    source = (project / PACKAGE / "models" / "message.py").read_text("utf-8")
    assert "    seen: datetime.datetime | Unset" in source


def test_without_pc180_the_union_of_lists_fails_mypy(tmp_path: Path) -> None:
    result = mypy_strict(build(tmp_path / "project", rules=[r for r in RULES if r.id != "PC180"]))
    assert result.returncode != 0
    assert "log_page.py" in result.stdout
