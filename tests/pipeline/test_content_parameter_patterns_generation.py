"""Patterns of real published specs from the generator's side (fixtures/generation/content_parameter_patterns.yaml).

Parameters typed by `content` (PC460), a nullable object component holding an inline model (PC461), an enum
of objects (PC462), a form request body beside a form response (media.py kept the form body a form) and an
optional text body (sent only when given: pc_macros.py.jinja). The fixture is normalized,
validated and generated as the build does (any generator warning fails), type-checked with `mypy --strict`,
and its request building exercised in-process; without each rule it does not generate.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

SPEC = Path(__file__).parent / "fixtures" / "generation" / "content_parameter_patterns.yaml"
PACKAGE = "content_parameter_patterns_client"
pytestmark = pytest.mark.slow


def source() -> dict[str, Any]:
    document = parse_document(SPEC.read_text("utf-8"), file=SPEC)
    assert isinstance(document, dict)
    return document


def generate(spec: dict[str, Any], root: Path) -> None:
    generate_package(
        spec,
        generator_settings={"project_name_override": PACKAGE.replace("_", "-"), "package_name_override": PACKAGE},
        version="1.0.0",
        output_dir=root,
        templates=TEMPLATES,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    spec, _ = normalize(source())
    validate(spec, file=str(SPEC))
    root = tmp_path_factory.mktemp("apidir") / "project"
    generate(spec, root)
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
        del sys.modules[name]


def module(dotted: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{dotted}")


def test_package_passes_mypy_strict(project: Path) -> None:
    """The form body is converted with to_dict() (it was sent as `body.payload`, which a model lacks), and an
    optional text body is encoded only when given (UNSET has no `encode`)."""
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


def test_content_parameters_reach_the_url(project: Path) -> None:
    get_room = module("api.rooms.get_room")
    kwargs = get_room._get_kwargs("lobby", "r1", hidden=True, filter_='{"name": "a"}')
    assert kwargs["url"] == "/rooms/lobby/r1"
    assert kwargs["params"] == {"hidden": True, "filter": '{"name": "a"}'}  # the object as its JSON text


def test_form_body_is_sent_as_form_fields(project: Path) -> None:
    put_hook = module("api.hooks.put_hook")
    kwargs = put_hook._get_kwargs(body=module("models").HookInput(url="https://example.test/hook"))
    assert kwargs["data"] == {"url": "https://example.test/hook"}
    assert kwargs["headers"]["Content-Type"] == "application/x-www-form-urlencoded"


def test_nullable_object_with_a_nested_model_is_built_once(project: Path) -> None:
    models = module("models")
    failure = models.FailureType0.from_dict({"code": 3, "fields": {"name": "missing"}})
    assert isinstance(failure.fields, models.FailureType0Fields)
    assert failure.to_dict() == {"code": 3, "fields": {"name": "missing"}}


def test_optional_text_body_is_sent_only_when_given(project: Path) -> None:
    add_note = module("api.notes.add_note")
    assert "content" not in add_note._get_kwargs()
    assert add_note._get_kwargs(body="café")["content"] == "café".encode()


def test_an_enum_of_objects_leaves_the_values_typed(project: Path) -> None:
    slots = module("models").Slots.from_dict({"free": {"a": {}}})
    assert slots.to_dict() == {"free": {"a": {}}}


@pytest.mark.parametrize("rule_id", ["PC460", "PC461", "PC462"])
def test_without_the_rule_the_fixture_does_not_generate(rule_id: str, tmp_path: Path) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != rule_id])
    with pytest.raises(PipelineError) as raised:  # the generator warned: an operation or a model dropped
        generate(spec, tmp_path / "project")
    assert raised.value.stage == "generate"
