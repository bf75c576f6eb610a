"""An eleventh sample of real published specs (fixtures/generation/apidir_s11_patterns.yaml), from the
generator's side: every operation generates, bodies are typed as their models, and the package passes
mypy --strict.

Patterns: an operation's callback given as a Reference Object (`callbacks: {expr: {$ref:
'#/components/callbacks/searchIndex'}}`, valid OpenAPI, which the generator's model refused, so the whole
document failed to parse); and `anyOf`/`oneOf` whose members only assert (`required: [location]`,
`not`, `minProperties`): the generator read each member as an untyped alternative, typed the body `Any`
and wrote an empty `if` branch that was not Python.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s11_patterns", tmp_path_factory.mktemp("s11")).imported() as made:
        yield made


def test_the_operation_with_a_referenced_callback_generates(generated: Generated) -> None:
    search = generated.module("api.search.search_videos")
    assert search.OPERATION_ID == "search_videos"


def test_a_body_with_assertion_only_alternatives_is_its_model_on_the_wire(generated: Generated) -> None:
    models = generated.module("models")
    post = generated.module("api.locations.post_locations")
    put = generated.module("api.locations.put_location")
    answers = {
        "/locations": (201, "application/json", b'{"id": "l1", "name": "port"}'),
        "/locations/l1": (200, "application/json", b'{"id": "l1"}'),
    }
    with Recorder(answers) as server:
        client: Any = generated.client(server.url)
        body = models.PostLocationsBody(name="port", location=models.PostLocationsBodyLocation(lat=54.1, lng=12.1))
        created = post.sync(client=client, body=body)
        updated = put.sync("l1", client=client, body=models.PutLocationBody(geofence_id="g1"))
    assert isinstance(created, models.Location) and created.name == "port"
    assert isinstance(updated, models.Location) and updated.id == "l1"
    assert [json.loads(r["body"]) for r in server.requests] == [
        {"name": "port", "location": {"lat": 54.1, "lng": 12.1}},
        {"geofenceId": "g1"},
    ]


def test_an_all_of_member_that_only_asserts_leaves_the_composed_model(generated: Generated) -> None:
    models = generated.module("models")
    named = models.NamedLocation.from_dict({"id": "l1", "name": "port", "label": "C"})
    assert (named.id, named.name, named.label) == ("l1", "port", "C")
    assert named.to_dict() == {"id": "l1", "name": "port", "label": "C"}


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_committed_spec_keeps_the_assertions(generated: Generated) -> None:
    body = generated.spec["paths"]["/locations"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["anyOf"] == [{"required": ["location"]}, {"required": ["geofenceId"]}]
    callbacks = generated.spec["paths"]["/search/videos"]["get"]["callbacks"]
    assert callbacks == {"searchTarget === search-index": {"$ref": "#/components/callbacks/searchIndex"}}
