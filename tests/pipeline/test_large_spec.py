"""The pipeline copes with a ~1 MB vendor-like spec: nothing dropped, no generator warnings."""

from __future__ import annotations

import copy
import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.largespec import make_large_spec

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return make_large_spec()


def walk(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return out


def operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in doc["paths"].values() for m, op in item.items() if m in METHODS]


def test_size_and_counts(spec: dict[str, Any]) -> None:
    size = len(json.dumps(spec).encode())
    assert 900_000 <= size <= 1_300_000, size
    assert len(operations(spec)) == 200
    assert len(spec["components"]["schemas"]) == 600
    assert len({op["operationId"] for op in operations(spec)}) == 200


def test_deterministic_per_seed(spec: dict[str, Any]) -> None:
    assert make_large_spec() == spec
    assert make_large_spec(seed=1) != spec
    small = make_large_spec(operations=10, schemas=40)
    assert (len(operations(small)), len(small["components"]["schemas"])) == (10, 40)
    with pytest.raises(ValueError, match="multiple of 5"):
        make_large_spec(operations=7)


def test_exercises_the_awkward_features(spec: dict[str, Any]) -> None:
    nodes = walk(spec)
    formats = {n.get("format") for n in nodes if n.get("type") == "string"}
    assert {"int64", "uint64", "duration", "date-time", "byte"} <= formats
    assert any(n.get("nullable") is True for n in nodes)  # 3.0-style, inside a 3.1 document
    wrappers = [n for n in nodes if len(n.get("allOf", [])) == 1 and "$ref" in n["allOf"][0]]
    assert wrappers and all("description" in n for n in wrappers)
    assert sum(1 for n in nodes for k in n if isinstance(k, str) and k.startswith("x-")) > 1000
    assert any(isinstance(n.get("additionalProperties"), dict) for n in nodes)
    assert any(n.get("type") == "array" and "$ref" in n.get("items", {}) for n in nodes)
    assert any("enum" in n for n in nodes)
    params = [p for op in operations(spec) for p in op.get("parameters", [])]
    params += [p for item in spec["paths"].values() for p in item.get("parameters", [])]
    assert {p["in"] for p in params if "in" in p} == {"path", "query", "header"}
    assert any("$ref" in p for p in params)
    assert len({op["tags"][0] for op in operations(spec)}) >= 5
    assert all("default" in op["responses"] for op in operations(spec))
    assert any(r.get("headers") for op in operations(spec) for r in op["responses"].values())
    schemas = spec["components"]["schemas"]
    for name in ("PolicyTreeNode", "ConditionExpression"):  # recursive models
        assert f"#/components/schemas/{name}" in json.dumps(schemas[name])


def lead_pipeline() -> tuple[Any, Any, Any]:
    try:
        normalize = importlib.import_module("scripts.pipeline.normalize")
        validate = importlib.import_module("scripts.pipeline.validate")
        generate = importlib.import_module("scripts.pipeline.generate")
        vendors = importlib.import_module("scripts.pipeline.vendors")
    except ImportError as exc:
        pytest.skip(f"pipeline stages not available yet ({exc}); the lead wires this test up")
    missing = [
        f"{m.__name__}.{name}"
        for m, name in ((normalize, "normalize"), (validate, "validate"), (generate, "generate_package"))
        if not hasattr(m, name)
    ]
    if missing:
        pytest.skip(f"pipeline API changed, missing {', '.join(missing)}")
    return normalize, validate, (generate, vendors.TEMPLATES)


def test_normalizes_validates_and_generates_every_operation(spec: dict[str, Any], tmp_path: Path) -> None:
    normalize, validate, (generate, templates) = lead_pipeline()
    normalized, notes = normalize.normalize(copy.deepcopy(spec))
    # The only repairs are the deliberate 3.0-isms: one note per `nullable: true`.
    assert {note.pointer.rsplit("/", 1)[-1] for note in notes} == {"nullable"}
    assert len(notes) == sum(1 for n in walk(spec) if n.get("nullable") is True)
    assert not any("nullable" in n for n in walk(normalized))
    validate.validate(normalized, file="largespec")
    out = tmp_path / "large_client"
    # generate_package raises PipelineError on any generator warning, so returning means zero warnings.
    generate.generate_package(
        normalized,
        generator_settings={"project_name_override": "large-client", "package_name_override": "large_client"},
        version="1.0.0",
        output_dir=out,
        templates=templates,
    )
    package = out / "large_client"
    endpoints = [p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"]
    assert len(endpoints) == 200
    ids = {op["operationId"] for op in operations(normalized)}
    found = [re.search(r'^OPERATION_ID = "([^"]+)"$', p.read_text(), re.MULTILINE) for p in endpoints]
    assert {m.group(1) for m in found if m} == ids
    models = [p for p in (package / "models").glob("*.py") if p.name != "__init__.py"]
    assert len(models) >= 600  # every component, plus inline enums/objects
    assert json.loads((package / "openapi.json").read_text()) == normalized
