"""A fourteenth sample of real published specs (fixtures/generation/apidir_s14_patterns.yaml): the spec
validates and its operation generates and sends its parameter.

Pattern: a `pattern` written in PCRE's dialect (`1[0-9]{,2}`, "at most two"), which is no ECMA-262
regular expression: the meta-schema's `regex` format refused the document, so nothing was generated
(PC515 spells it `{0,2}`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s14_patterns", tmp_path_factory.mktemp("s14")).imported() as made:
        yield made


def test_the_operation_with_a_pcre_pattern_generates_and_sends_its_parameter(generated: Generated) -> None:
    listing = generated.module("api.functionalities.list_functionalities")
    with Recorder({"/functionalities": (200, "application/json", b'["Light@12"]')}) as server:
        client: Any = generated.client(server.url)
        found = listing.sync(client=client, functionalities="Light@12")
    assert found == ["Light@12"]
    assert [r["path"] for r in server.requests] == ["/functionalities?functionalities=Light%4012"]


def test_the_committed_spec_keeps_the_pattern_in_ecma_spelling(generated: Generated) -> None:
    parameter = generated.spec["components"]["parameters"]["functionalitiesSelector.Opt"]
    assert (
        parameter["schema"]["pattern"]
        == r"^(?:\*|[A-Z][A-Za-z0-9]+(?:@(?:0|1[0-9]{0,2}|[3-9][0-9]?))?|[A-Za-z0-9-_]{22})$"
    )
