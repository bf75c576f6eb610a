"""Each PC2xx rule's fixture: normalizing input.yaml gives expected.yaml (the parts it lists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
OURS = sorted(p.name for p in FIXTURES.glob("pc2*") if p.is_dir())


def load(path: Path) -> dict[str, object]:
    return parse_document(path.read_text("utf-8"), file=path)


@pytest.mark.parametrize("rule_id", OURS)
def test_rule_fixture(rule_id: str) -> None:
    folder = FIXTURES / rule_id
    normalized, notes = normalize(load(folder / "input.yaml"))
    expected = load(folder / "expected.yaml")
    assert {key: normalized.get(key) for key in expected} == expected
    assert notes, "the rule records what it did"


def test_every_pc2_rule_has_a_fixture_and_a_summary() -> None:
    ours = [rule for rule in RULES if rule.id.startswith("PC2")]
    assert sorted(rule.id.lower() for rule in ours) == OURS
    for rule in ours:
        assert rule.summary and rule.name == rule.name.lower() and " " not in rule.name
