"""A thirteenth sample of real published specs (fixtures/generation/apidir_s13_patterns.yaml), from the
generator's side: the operation generates, its response is typed as its model, and the package passes
mypy --strict.

Pattern: an `allOf` given as a map keyed by index (`allOf: {"3": {...}}`, what a dereferencing tool left
in the D&D 5e API's spec) that other `$ref`s point into by that index: the meta-schema refused the
document, so nothing was generated (PC514).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s13_patterns", tmp_path_factory.mktemp("s13")).imported() as made:
        yield made


def test_the_response_with_an_index_keyed_all_of_is_its_model_on_the_wire(generated: Generated) -> None:
    models = generated.module("models")
    get = generated.module("api.monsters.get_monster")
    body = b'{"index": "orc", "name": "Orc", "strength": 16, "actions": [{"name": "Greataxe", "damage": [{"d": 12}]}]}'
    with Recorder({"/api/monsters/orc": (200, "application/json", body)}) as server:
        client: Any = generated.client(server.url)
        monster = get.sync("orc", client=client)
    assert isinstance(monster, models.Monster)
    assert (monster.index, monster.name, monster.strength) == ("orc", "Orc", 16)
    assert [(a.name, a.damage) for a in monster.actions] == [("Greataxe", [{"d": 12}])]


def test_the_committed_spec_keeps_each_member_at_its_index(generated: Generated) -> None:
    schema = generated.spec["paths"]["/api/monsters/{index}"]["get"]["responses"]["200"]["content"]
    members = schema["application/json"]["schema"]["allOf"]
    assert members[:3] == [{}, {}, {}] and list(members[3]) == ["properties"]


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
