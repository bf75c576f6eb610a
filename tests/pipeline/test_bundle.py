"""Multi-file specs: every relative $ref into another file ends up in one self-contained document."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.errors import PipelineError
from scripts.pipeline.intake.bundle import bundle
from scripts.pipeline.intake.digest import capture_digest
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate

MULTI = Path(__file__).parent / "fixtures" / "intake" / "multi"


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    return bundle(MULTI, MULTI / "root.yaml")


def test_the_bundle_is_one_valid_document(bundled: dict[str, Any]) -> None:
    spec, _notes = normalize(bundled)
    validate(spec, file="bundle")  # every $ref is internal and resolves


def test_operations_and_path_items_given_by_ref_are_inlined(bundled: dict[str, Any]) -> None:
    assert bundled["paths"]["/pets"]["get"]["operationId"] == "listPets"
    item = bundled["paths"]["/pets/{petId}"]
    assert item["get"]["operationId"] == "getPet"
    assert item["parameters"][0]["name"] == "petId"


def test_reusable_objects_become_components_by_kind(bundled: dict[str, Any]) -> None:
    op = bundled["paths"]["/pets"]["get"]
    ok = op["responses"]["200"]
    assert op["parameters"] == [{"$ref": "#/components/parameters/limit"}]
    assert op["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    assert ok["headers"]["x-rate-limit"] == {"$ref": "#/components/headers/rate-limit"}
    assert ok["content"]["application/json"]["examples"]["two"] == {"$ref": "#/components/examples/two_pets"}
    components = bundled["components"]
    assert components["headers"]["rate-limit"]["schema"] == {"type": "integer"}
    assert components["examples"]["two_pets"]["value"][0] == {"name": "Rex"}


def test_refs_in_nested_files_are_relative_to_that_file(bundled: dict[str, Any]) -> None:
    pet = bundled["components"]["schemas"]["pet"]
    assert pet["properties"]["owner"] == {"$ref": "#/components/schemas/owner"}  # schemas/pet.yaml -> ./owner.yaml
    assert bundled["components"]["schemas"]["Round"]["properties"]["radius"] == {"$ref": "#/components/schemas/Length"}


def test_cycles_between_files_are_references_not_infinite(bundled: dict[str, Any]) -> None:
    owner = bundled["components"]["schemas"]["owner"]
    assert owner["properties"]["pets"]["items"] == {"$ref": "#/components/schemas/pet"}


def test_file_names_with_spaces_literal_or_percent_encoded(bundled: dict[str, Any]) -> None:
    props = bundled["components"]["schemas"]["pet"]["properties"]
    assert props["tag"] == props["kind"] == {"$ref": "#/components/schemas/pet_tag"}
    assert bundled["components"]["schemas"]["pet_tag"]["enum"] == ["cat", "dog"]


def test_json_pointer_fragments_are_decoded(bundled: dict[str, Any]) -> None:
    assert bundled["components"]["parameters"]["limit"]["schema"] == {"$ref": "#/components/schemas/a_b"}
    assert bundled["components"]["schemas"]["a_b"] == {"type": "integer", "maximum": 100}


def test_name_clashes_are_settled_deterministically(bundled: dict[str, Any]) -> None:
    responses = bundled["components"]["responses"]
    assert responses["NotFound"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/error"}
    assert responses["Error"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/v2_error"}
    assert bundle(MULTI, MULTI / "root.yaml") == bundled


def test_data_refs_and_ref_valued_maps_are_inlined(bundled: dict[str, Any]) -> None:
    assert bundled["info"]["description"] == "A store of pets, split over many files."
    assert bundled["paths"]["/pets"]["get"]["x-codeSamples"][0]["lang"] == "curl"
    assert bundled["components"]["schemas"]["pet"]["properties"]["extra"]["properties"] == {"note": {"type": "string"}}


def test_discriminator_mappings_follow_the_files(bundled: dict[str, Any]) -> None:
    mapping = bundled["components"]["schemas"]["pet"]["properties"]["shape"]["discriminator"]["mapping"]
    assert mapping == {"round": "#/components/schemas/Round", "square": "#/components/schemas/Square"}


def test_status_code_keys_are_strings(bundled: dict[str, Any]) -> None:
    assert list(bundled["paths"]["/pets"]["get"]["responses"]) == ["200", "404"]


def test_a_missing_file_names_it(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      $ref: 'ops/gone.yaml'\n"
    )
    with pytest.raises(PipelineError, match=r"bundle failed at .*ops/gone.yaml.*the capture lacks"):
        bundle(tmp_path, tmp_path / "root.yaml")


def test_a_ref_leaving_the_capture_is_refused(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    (tmp_path / "outside.yaml").write_text("type: string\n")
    (tmp_path / "spec" / "root.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A:\n      $ref: '../outside.yaml'\n"
    )
    with pytest.raises(PipelineError, match="outside the captured tree"):
        bundle(tmp_path / "spec", tmp_path / "spec" / "root.yaml")


def test_a_cycle_of_inlined_objects_is_an_error_naming_the_chain(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    $ref: 'a.yaml'\n"
    )
    (tmp_path / "a.yaml").write_text("get:\n  $ref: 'b.yaml'\n")
    (tmp_path / "b.yaml").write_text("callbacks:\n  c:\n    '{$url}':\n      $ref: 'a.yaml'\n")
    with pytest.raises(PipelineError, match=r"cycle through inlined objects: a.yaml# -> b.yaml# -> a.yaml#"):
        bundle(tmp_path, tmp_path / "root.yaml")


def test_tree_digest_is_stable_and_sees_renames(tmp_path: Path) -> None:
    tree = tmp_path / "capture"
    shutil.copytree(MULTI, tree)
    first = capture_digest(tree)
    assert first == capture_digest(MULTI)
    (tree / "schemas" / "owner.yaml").rename(tree / "schemas" / "owner2.yaml")
    assert capture_digest(tree) != first
    single = tree / "root.yaml"
    assert capture_digest(single) == hashlib.sha256(single.read_bytes()).hexdigest()
