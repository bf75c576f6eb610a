"""Every normalizer rule against its fixture: the rule makes `expected.yaml` out of `input.yaml`, and the
same document normalized with every rule but that one does not (so each fixture fails without its rule)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.normalize import normalize, summarize
from scripts.pipeline.rules import RULES, Rule

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def load(path: Path) -> dict[str, Any]:
    document = parse_document(path.read_text("utf-8"), file=path)
    assert isinstance(document, dict)
    return document


def relevant(document: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The top-level sections an expected.yaml names (a fixture may give only the part its rule changes)."""
    return {key: document.get(key) for key in expected}


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_turns_its_fixture_into_the_expected_document(rule: Rule) -> None:
    folder = FIXTURES / rule.id.lower()
    source, expected = load(folder / "input.yaml"), load(folder / "expected.yaml")
    out, notes = normalize(source)
    assert relevant(out, expected) == expected
    assert any(note.rule == rule.id for note in notes), "the rule must say what it did"
    without, _ = normalize(source, rules=[r for r in RULES if r is not rule])
    assert relevant(without, expected) != expected, "the fixture must need its rule"


def test_rules_follow_the_registry_conventions() -> None:
    ids = [rule.id for rule in RULES]
    assert len(set(ids)) == len(ids)
    for rule in RULES:
        assert re.fullmatch(r"PC\d{3}", rule.id)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
        assert rule.summary and "\n" not in rule.summary
        module = importlib.import_module(f"scripts.pipeline.rules.{rule.id.lower()}_{rule.name.replace('-', '_')}")
        assert module.RULE is rule
        assert module.__doc__


def test_summary_has_one_line_per_rule_that_touched_the_spec() -> None:
    source = load(FIXTURES / "pc005" / "input.yaml")
    _, notes = normalize(source)
    lines = summarize(notes)
    assert any(line.startswith("PC005 nullable-to-null-type: ") for line in lines)
    assert len(lines) == len({note.rule for note in notes})


def test_every_fixture_folder_belongs_to_a_registered_rule() -> None:
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} == {rule.id.lower() for rule in RULES}
