"""normalize() shares walks between rules (a walk per rule was most of its time on a 1 MB spec), and sharing
changes nothing: the same document and notes as each rule applied alone, one after another.

Walks are counted (the walk functions' calls), never timed.
"""

from __future__ import annotations

import copy
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.largespec import make_large_spec
from scripts.pipeline.normalize import _passes, normalize
from scripts.pipeline.rules import RULES, Note, _walk
from scripts.pipeline.rules._walk import PerNode, referenced_component

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
WALKS = {_walk.walk_schemas.__code__: "schemas", _walk.walk_nodes.__code__: "nodes"}
WALKS[_walk.walk_parameters.__code__] = "parameters"


@contextmanager
def counted_walks() -> Iterator[Counter[str]]:
    """Every call of a walk function while the block runs, however the caller holds the function."""
    counts: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code in WALKS:
            counts[WALKS[frame.f_code]] += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(previous)


def fixture_inputs() -> list[Path]:
    return sorted(FIXTURES.glob("*/input.yaml"))


def load(path: Path) -> dict[str, Any]:
    document = parse_document(path.read_text("utf-8"), file=path)
    assert isinstance(document, dict)
    return document


def one_rule_at_a_time(document: dict[str, Any]) -> tuple[dict[str, Any], list[Note]]:
    """What normalize() would make of the document with no walk shared: each rule's apply alone, in order."""
    doc = copy.deepcopy(document)
    notes: list[Note] = []
    for rule in RULES:
        found: list[tuple[str, str]] = []
        rule.apply(doc, found)
        notes += [Note(rule.id, where, what) for where, what in found]
    return doc, notes


def test_the_large_spec_is_normalized_in_four_schema_walks_and_two_of_every_node() -> None:
    spec = make_large_spec()
    with counted_walks() as counts:
        normalize(spec)
    assert counts["schemas"] <= 4, counts  # was 20, one per schema rule between whole-document ones
    assert counts["nodes"] <= 2, counts  # PC510 (before any rule follows a $ref) and PC002-PC005; PC140 made a third
    assert counts["parameters"] <= 1, counts


def test_each_rule_alone_walks_once_so_the_counting_sees_every_walk() -> None:
    spec = make_large_spec()
    with counted_walks() as counts:
        one_rule_at_a_time(spec)
    per_node = [rule for rule in RULES if isinstance(rule.apply, PerNode)]
    assert sum(counts.values()) >= len(per_node)


def test_the_rules_group_into_few_walks() -> None:
    walking = [group for group in _passes(RULES) if isinstance(group[0].apply, PerNode)]
    assert len(walking) <= 7, [[rule.id for rule in group] for group in walking]


@pytest.mark.parametrize("path", fixture_inputs(), ids=lambda path: path.parent.name)
def test_shared_walks_change_nothing_on_a_rule_fixture(path: Path) -> None:
    document = load(path)
    assert normalize(document) == one_rule_at_a_time(document)


def test_shared_walks_change_nothing_on_the_large_spec() -> None:
    spec = make_large_spec()
    assert normalize(spec) == one_rule_at_a_time(spec)


@pytest.mark.parametrize(
    ("ref", "section", "key"),
    [
        ("#/components/schemas/Tag", "schemas", "Tag"),
        ("#/components/schemas/Tag", None, "Tag"),
        ("#/components/parameters/limit", None, "limit"),
        ("#/components/parameters/limit", "schemas", None),
        ("#/components/schemas/Tag/allOf/1", "schemas", None),
        ("#/components/schemas/", "schemas", None),
        ("#/paths/~1tags/get", None, None),
        ("other.yaml#/components/schemas/Tag", None, None),
    ],
)
def test_referenced_component_is_only_a_direct_component_reference(
    ref: str, section: str | None, key: str | None
) -> None:
    assert referenced_component(ref, section) == key


@pytest.mark.parametrize(
    ("parts", "name"),
    [
        (("components", "schemas", "Action", "properties", "inputs", "items"), "ActionInputsItem"),
        (("components", "schemas", "LocalQueryMode", "oneOf", 0), "LocalQueryModeType0"),
        (
            ("paths", "/architectures", "get", "responses", "200", "content", "application/json", "schema"),
            "ArchitecturesGet200",
        ),
        (
            (
                "paths",
                "/api/monsters/{index}",
                "get",
                "responses",
                "200",
                "content",
                "application/json",
                "schema",
                "properties",
                "actions",
                "items",
            ),
            "ApiMonstersIndexGet200ActionsItem",
        ),
        (("paths", "/builds", "post", "requestBody", "content", "application/json", "schema"), "BuildsPostBody"),
    ],
)
def test_a_moved_schema_is_named_by_its_place_its_operation_by_path_and_method(
    parts: tuple[object, ...], name: str
) -> None:
    taken = {"existing"}
    assert _walk.component_name(parts, taken) == name
    assert _walk.component_name(parts, taken) == f"{name}2"
