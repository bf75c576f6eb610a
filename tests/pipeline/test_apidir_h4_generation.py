"""A second sample of real published specs (fixtures/generation/apidir_h4_patterns.yaml), from the generator's
side: every operation generates with no warning, and each module imports and type-checks as written.

Patterns: an operation documenting only a 3xx and `default` (its success type is the default's model, which
must be imported, not left to lazy loading); a path parameter with a `default` before one without (PC480);
a nullable success body beside a bodiless error (`X | None | None`, no redundant cast); component keys that
differ only in case (`address`, `Address`); a property named `"*"` holding an inline object.
"""

from __future__ import annotations

import ast
import importlib
import re
import typing
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

pytestmark = pytest.mark.slow

SPEC = Path(__file__).parent / "fixtures" / "generation" / "apidir_h4_patterns.yaml"
PACKAGE = "apidir_h4_client"
OPERATIONS = {
    "api/links/revoke_link.py",
    "api/carts/set_item.py",
    "api/fees/list_fees.py",
    "api/addresses/add_address.py",
    "api/spans/get_span.py",
}


def source() -> dict[str, Any]:
    document = parse_document(SPEC.read_text("utf-8"), file=SPEC)
    assert isinstance(document, dict)
    return document


def generate(spec: dict[str, Any], out: Path) -> Path:
    generate_package(
        spec,
        generator_settings={"project_name_override": "apidir-h4-client", "package_name_override": PACKAGE},
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
    )
    return out / PACKAGE


def success_body(text: str) -> str:
    return text.split("def _success(", 1)[1].split("\ndef ", 1)[0]


def test_every_operation_generates_and_each_module_is_valid_python(tmp_path: Path) -> None:
    spec, _ = normalize(source())
    validate(spec, file=str(SPEC))
    package = generate(spec, tmp_path / "out")
    operations = {str(p.relative_to(package)) for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    assert operations == OPERATIONS
    for module in operations:
        ast.parse((package / module).read_text("utf-8"))  # set_item: no default before a non-default
    classes = {
        m
        for p in (package / "models").glob("*.py")
        for m in re.findall(r"^class (\w+)", p.read_text("utf-8"), re.MULTILINE)
    }
    assert {"Address", "Address2", "Span", "SpanModel", "Problem"} <= classes
    assert "cast(" not in success_body((package / "api/fees/list_fees.py").read_text("utf-8"))


def test_a_default_only_success_type_resolves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, _ = normalize(source())
    package = generate(spec, tmp_path / "out")
    monkeypatch.syspath_prepend(str(package.parent))
    module = importlib.import_module(f"{PACKAGE}.api.links.revoke_link")
    problem = importlib.import_module(f"{PACKAGE}.models").Problem
    assert typing.get_type_hints(module._success)["return"] is problem


def test_without_pc480_the_path_default_breaks_the_module(tmp_path: Path) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != "PC480"])
    try:
        package = generate(spec, tmp_path / "out")
    except PipelineError as exc:
        assert exc.stage == "generate"
        return
    with pytest.raises(SyntaxError):
        ast.parse((package / "api/carts/set_item.py").read_text("utf-8"))
