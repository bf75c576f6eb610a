"""A nineteenth sample of real published specs (fixtures/generation/apidir_s19_patterns.yaml): the response
generates, each item typed by its discriminator, and the package passes mypy --strict.

Pattern: an `allOf` of a discriminated union and an object fragment (InfluxDB's template summary:
`allOf: [{$ref: CheckDiscriminator}, {properties: {templateMetaName: ...}}]`): the generator took no allOf
of a union and dropped the model with its response (PC443 makes it the union of each member with the
fragment, the discriminator mapping following).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s19_patterns", tmp_path_factory.mktemp("s19")).imported() as made:
        yield made


def test_each_item_is_the_member_its_discriminator_names_with_the_fragment(generated: Generated) -> None:
    apply = generated.module("api.templates.apply_template")
    answer = (
        b'{"checks": [{"type": "threshold", "thresholds": [0.5], "templateMetaName": "cpu"},'
        b' {"type": "deadman", "timeSince": "90s", "templateMetaName": "host"}]}'
    )
    with Recorder({"/templates/apply": (201, "application/json", answer)}) as server:
        client: Any = generated.client(server.url)
        summary = apply.sync(client=client)
    assert summary is not None
    threshold, deadman = summary.checks
    assert "Threshold" in type(threshold).__name__ and "Deadman" in type(deadman).__name__
    assert (threshold.thresholds, threshold.template_meta_name) == ([0.5], "cpu")
    assert (deadman.time_since, deadman.template_meta_name) == ("90s", "host")
    assert threshold.to_dict() == {"type": "threshold", "thresholds": [0.5], "templateMetaName": "cpu"}


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
