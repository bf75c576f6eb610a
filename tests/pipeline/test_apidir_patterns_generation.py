"""Patterns of real published specs (fixtures/generation/apidir_patterns.yaml), from the generator's side:
with the rules the fixture validates, generates every operation with no warning and types each field as
the spec means; without each rule it does not (validate refuses it, or the generator drops or refuses it).
"""

from __future__ import annotations

import re
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

SPEC = Path(__file__).parent / "fixtures" / "generation" / "apidir_patterns.yaml"
EXPECTED_FIELDS = {
    "ItemPage.items": "list[Item] | Unset",
    "ItemPage.labels": "list[Any] | Unset",  # not a dropped model: items of any type (PC420)
    "Item.name": "str | Unset",
    "Item.kind": "ItemKind | Unset",  # the enum nested under `type` (PC422)
}
EXPECTED_OPERATIONS = {"api/items/list_items.py", "api/items/list_archived.py"}


def source() -> dict[str, Any]:
    document = parse_document(SPEC.read_text("utf-8"), file=SPEC)
    assert isinstance(document, dict)
    return document


def generated(spec: dict[str, Any], out: Path) -> tuple[dict[str, str], set[str], str]:
    """Field annotations of ItemPage and Item, the operation modules, and list_archived's source."""
    generate_package(
        spec,
        generator_settings={"project_name_override": "apidir-client", "package_name_override": "apidir_client"},
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
    )
    package = out / "apidir_client"
    fields: dict[str, str] = {}
    for module, model in (("item_page", "ItemPage"), ("item", "Item")):
        text = (package / "models" / f"{module}.py").read_text("utf-8")
        found = re.findall(r"^    (\w+): (.+?)(?: = .*)?$", text, re.MULTILINE)
        fields |= {f"{model}.{name}": kind for name, kind in found if name != "additional_properties"}
    operations = {str(p.relative_to(package)) for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    archived = package / "api" / "items" / "list_archived.py"
    return fields, operations, archived.read_text("utf-8") if archived.exists() else ""


def test_with_the_rules_the_fixture_validates_and_generates_typed_and_complete(tmp_path: Path) -> None:
    spec, _ = normalize(source())
    validate(spec, file=str(SPEC))
    fields, operations, archived = generated(spec, tmp_path / "out")
    assert (fields, operations) == (EXPECTED_FIELDS, EXPECTED_OPERATIONS)
    assert re.search(r"def sync_detailed\(\s*store_id: str,", archived)  # the parameters the $refs name
    assert "cursor: str | None | Unset = UNSET" in archived


@pytest.mark.parametrize(("rule_id", "pointer"), [("PC421", "/components/schemas/ItemPage/examples")])
def test_without_the_rule_validation_refuses_the_spec(rule_id: str, pointer: str) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != rule_id])
    with pytest.raises(PipelineError) as caught:
        validate(spec, file=str(SPEC))
    assert pointer in {problem.pointer for problem in caught.value.problems}


@pytest.mark.parametrize("rule_id", ["PC420", "PC422", "PC423"])
def test_without_the_rule_the_fixture_does_not_generate_as_meant(rule_id: str, tmp_path: Path) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != rule_id])
    try:
        result = generated(spec, tmp_path / "out")
    except PipelineError as exc:  # the generator warned (an operation or a model dropped) or could not parse
        assert exc.stage == "generate"
        return
    assert result[:2] != (EXPECTED_FIELDS, EXPECTED_OPERATIONS)
