"""A sixteenth sample of real published specs (fixtures/generation/apidir_s16_patterns.yaml), from the
generator's side: the operation generates with every response, typed as the spec says, and the package
passes mypy --strict.

Patterns: `allOf: [{nullable: true}, {$ref: BaseOpponent}]`, 3.0's way of writing "a BaseOpponent, or
null" (PandaScore): the flag was lost and, as the target is a union, the generator dropped `Match` ("Cannot
take allOf a non-object") with every operation returning it (PC442); and a response `$ref` to an object
written under `components/schemas` (SwaggerHub's `404: {$ref: '#/components/schemas/ApiNotFound'}`): PC511
moved it to the responses and left a schema that was a `$ref` to a response, which the generator could
not follow ("Referent schema not found").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s16_patterns", tmp_path_factory.mktemp("s16")).imported() as made:
        yield made


def test_a_nullable_all_of_of_a_union_reads_null_and_each_member(generated: Generated) -> None:
    models = generated.module("models")
    get = generated.module("api.matches.get_match")
    answers = {
        "/matches/1": (200, "application/json", b'{"id": 1, "winner": null}'),
        "/matches/2": (200, "application/json", b'{"id": 2, "winner": {"name": "zywoo"}}'),
        "/matches/3": (200, "application/json", b'{"id": 3, "winner": {"acronym": "VIT"}}'),
    }
    with Recorder(answers) as server:
        client: Any = generated.client(server.url)
        undecided, by_player, by_team = (get.sync(n, client=client) for n in (1, 2, 3))
    assert isinstance(undecided, models.Match) and undecided.winner is None
    assert isinstance(by_player, models.Match) and isinstance(by_player.winner, models.BasePlayer)
    assert isinstance(by_team, models.Match) and isinstance(by_team.winner, models.BaseTeam)
    assert (by_player.winner.name, by_team.winner.acronym) == ("zywoo", "VIT")


def test_the_response_written_among_the_schemas_is_a_documented_status(generated: Generated) -> None:
    get = generated.module("api.matches.get_match")
    with Recorder({"/matches/9": (404, "application/json", b"{}")}) as server:
        strict = generated.module("client").Client(base_url=server.url, timeout=5.0, raise_on_unexpected_status=True)
        answered = get.sync_detailed(9, client=strict)  # an undocumented status would raise UnexpectedStatus
    assert answered.status_code == 404 and answered.parsed is None


def test_the_committed_spec_keeps_the_schema_where_it_was_written(generated: Generated) -> None:
    assert generated.spec["components"]["schemas"]["MatchNotFound"] == {"description": "the match was not found"}
    responses = generated.spec["paths"]["/matches/{match_id}"]["get"]["responses"]
    assert responses["404"] == {"$ref": "#/components/responses/MatchNotFound"}


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
