"""Wire names that differ only in punctuation (fixtures/generation/punctuation_names.yaml).

The generator names `+1` and `-1` both `field_1` and drops the model ("Conflicting property names") with
the operation returning it. scripts/pipeline/property_names.py spells the punctuation out (`plus_1`,
`minus_1`) and numbers what still meets (`plus_1_2`); the wire names are unchanged.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline import generate
from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.property_names import spelled_out
from scripts.pipeline.vendors import TEMPLATES

from .test_naming_generation import generated  # noqa: F401 - `generated` is a fixture

pytestmark = pytest.mark.slow

SPEC = Path(__file__).parent / "fixtures" / "generation" / "punctuation_names.yaml"


def test_spelled_out() -> None:
    assert spelled_out("+1") == "plus 1"
    assert spelled_out("-1") == "minus 1"
    assert spelled_out("emoji") == "emoji"
    assert spelled_out("a.b") == "a dot b"


def test_clashing_names_are_spelled_apart_and_round_trip(generated: Any) -> None:  # noqa: F811
    package = generated("punctuation_names")
    reactions = package.module("models").Reactions
    parsed = reactions.from_dict({"+1": 3, "-1": 1, "laugh": 2, "plus 1": "x"})
    assert (parsed.plus_1, parsed.minus_1, parsed.laugh, parsed.plus_1_2) == (3, 1, 2, "x")
    assert parsed.to_dict() == {"+1": 3, "-1": 1, "laugh": 2, "plus 1": "x"}
    assert package.module("api.reactions.get_reactions").sync is not None


def test_without_spelling_the_generator_drops_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "properties_named_apart", contextlib.nullcontext)
    spec, _ = normalize(parse_document(SPEC.read_text("utf-8"), file=SPEC))
    with pytest.raises(PipelineError, match=r"Conflicting property names|same python_name"):
        generate_package(
            spec,
            generator_settings={"project_name_override": "p-client", "package_name_override": "p_client"},
            version="1.0.0",
            output_dir=tmp_path / "p",
            templates=TEMPLATES,
        )
