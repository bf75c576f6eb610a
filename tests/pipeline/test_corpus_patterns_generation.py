"""Patterns of the real specs of the corpus, from the generator's side: with the fixes the fixture validates,
generates every operation with no warning and types each field as the spec means; without each fix it does not.

Patterns: `required` naming a property no allOf member defines (PC112); allOf refining a primitive or array
(PC113) or annotating a `$ref` (PC114); YAML 1.1 booleans in a string enum (documents.py reads YAML 1.2);
a component that is allOf of one model holding an inline model (model_aliases.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline import model_aliases
from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

pytestmark = pytest.mark.slow

SPEC = Path(__file__).parent / "fixtures" / "generation" / "corpus_patterns.yaml"
EXPECTED_FIELDS = {
    "Volume.label": "str | Unset",  # not a dropped model ("Cannot take allOf a non-object")
    "Volume.tags": "list[str] | None | Unset",
    "Volume.state": "State | Unset",  # the enum class kept
    "Volume.created_at": "datetime.datetime | None | Unset",
    "Volume.window": "None | Unset | WindowType0",  # the referenced class, not a dropped model
    "PoolUpdate.name": "str",  # its own class, with the wrapper's `required`
    "PoolUpdate.labels": "None | PoolBaseLabelsType0 | Unset",
}
EXPECTED_OPERATIONS = {"api/volumes/create_volume.py", "api/pools/update_pool.py"}


def source() -> dict[str, Any]:
    return parse_document(SPEC.read_text("utf-8"), file=SPEC)


def generated(spec: dict[str, Any], out: Path) -> tuple[dict[str, str], set[str], str]:
    """Field annotations of Volume and PoolUpdate, the operation modules, and the State enum's source."""
    generate_package(
        spec,
        generator_settings={"project_name_override": "corpus-client", "package_name_override": "corpus_client"},
        version="1.0.0",
        output_dir=out,
        templates=TEMPLATES,
    )
    package = out / "corpus_client"
    fields: dict[str, str] = {}
    for module, model in (("volume", "Volume"), ("pool_update", "PoolUpdate")):
        text = (package / "models" / f"{module}.py").read_text("utf-8")
        found = re.findall(r"^    (\w+): (.+?)(?: = .*)?$", text, re.MULTILINE)
        fields |= {f"{model}.{name}": kind for name, kind in found if name != "additional_properties"}
    operations = {str(p.relative_to(package)) for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"}
    return fields, operations, (package / "models" / "state.py").read_text("utf-8")


def test_with_the_fixes_the_fixture_validates_and_generates_typed_and_complete(tmp_path: Path) -> None:
    spec, _ = normalize(source())
    validate(spec, file=str(SPEC))
    fields, operations, state = generated(spec, tmp_path / "out")
    assert fields == EXPECTED_FIELDS
    assert operations == EXPECTED_OPERATIONS
    assert 'OFF = "off"' in state


def test_without_pc112_validation_refuses_the_spec() -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != "PC112"])
    with pytest.raises(PipelineError, match="Required list has not defined properties"):
        validate(spec, file=str(SPEC))


@pytest.mark.parametrize("rule_id", ["PC113", "PC114"])
def test_without_pc113_or_pc114_the_model_is_dropped(rule_id: str, tmp_path: Path) -> None:
    spec, _ = normalize(source(), rules=[r for r in RULES if r.id != rule_id])
    with pytest.raises(PipelineError, match="non-object") as caught:
        generated(spec, tmp_path / "out")
    assert caught.value.stage == "generate"


def test_without_own_classes_for_model_aliases_both_models_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_aliases, "give_model_aliases_their_own_class", lambda prepared: [])
    spec, _ = normalize(source())
    with pytest.raises(PipelineError, match=r"PoolUpdate|pool_update|PoolBase") as caught:
        generated(spec, tmp_path / "out")
    assert caught.value.stage == "generate"
