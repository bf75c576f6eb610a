"""A list field `x` beside a field `x_item` (fixtures/generation/list_item_names.yaml).

The generator names a list's item local after the list (`x_item`), which is also the local of a sibling
field `x_item`: to_dict and from_dict then redefine one name with two types, which `mypy --strict` rejects
(40 errors in a real published spec). Our list template names item locals apart (`_x_item_`,
scripts/pipeline/generate.py `named_apart`); the values must still round-trip field by field.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_naming_generation import generated, mypy_strict  # noqa: F401 - `generated` is a fixture

pytestmark = pytest.mark.slow


def test_sibling_item_fields_pass_mypy_strict(generated: Any) -> None:  # noqa: F811
    pytest.importorskip("mypy")
    result = mypy_strict(generated("list_item_names").package_dir)
    assert result.returncode == 0, result.stdout[-3000:]


def test_sibling_item_fields_round_trip(generated: Any) -> None:  # noqa: F811
    models = generated("list_item_names").module("models")
    wire = {
        "edgeConfig": ["read"],
        "edgeConfigItem": ["create", "delete"],
        "grant": [{"scope": "a"}, {"scope": "b"}],
        "grantItem": [["read"], ["delete", "create"]],
        "grant_item_item": ["delete"],
        "CLS": 0.1,
        "src_dict": "s",
    }
    parsed = models.Permissions.from_dict(wire)
    assert [a.value for a in parsed.edge_config] == ["read"]
    assert [a.value for a in parsed.edge_config_item] == ["create", "delete"]
    assert [[a.value for a in inner] for inner in parsed.grant_item] == [["read"], ["delete", "create"]]
    assert [a.value for a in parsed.grant_item_item] == ["delete"]
    assert (parsed.cls_, parsed.src_dict_) == (0.1, "s")
    assert parsed.to_dict() == wire


def test_with_the_generator_names_the_package_fails_mypy(generated: Any, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The fixture reproduces the defect: item locals named as the generator names them collide."""
    pytest.importorskip("mypy")
    from scripts.pipeline import generate

    monkeypatch.setattr(generate, "named_apart", lambda prop: prop)
    result = mypy_strict(generated("list_item_names").package_dir)
    assert result.returncode != 0
    assert 'Name "edge_config_item" already defined' in result.stdout, result.stdout[-3000:]


def test_fields_named_like_from_dict_arguments_fail_mypy_unreserved(
    generated: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A field `cls` (wire `CLS`) replaced from_dict's class argument before the name was reserved."""
    pytest.importorskip("mypy")
    from scripts.pipeline import generate

    monkeypatch.setattr(generate, "MODEL_MEMBER_NAMES", generate.MODEL_MEMBER_NAMES - {"cls", "src_dict"})
    result = mypy_strict(generated("list_item_names").package_dir)
    assert result.returncode != 0
    assert 'variable has type "type[T]"' in result.stdout, result.stdout[-3000:]
