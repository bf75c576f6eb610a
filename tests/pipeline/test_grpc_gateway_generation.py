"""What protoc-gen-openapiv2 publishes (fixtures/generation/grpc_gateway_patterns.yaml, after Temporal's
Swagger 2.0 spec): the operation generates, its path and query go out as the spec says, and the package
passes mypy --strict.

Pattern: path parameters named by a field path (`{taskQueue.name}`), valid OpenAPI that the generator's
template regex does not read, so it dropped 56 of Temporal's 228 operations ("Incorrect path templating").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("grpc_gateway_patterns", tmp_path_factory.mktemp("grpc")).imported() as made:
        yield made


def test_a_field_path_parameter_is_an_argument_and_its_value_goes_in_the_path(generated: Generated) -> None:
    describe = generated.module("api.workflow_service.describe_task_queue")
    answer = b'{"pollers": ["w1"], "links": [{"url": "https://x"}]}'
    with Recorder({"/namespaces/default/task-queues/orders": (200, "application/json", answer)}) as server:
        client: Any = generated.client(server.url)
        found = describe.sync("default", "orders", client=client, task_queue_kind="normal")
    assert [r["path"] for r in server.requests] == ["/namespaces/default/task-queues/orders?taskQueue.kind=normal"]
    assert found is not None and found.pollers == ["w1"] and found.links[0].url == "https://x"


def test_the_argument_is_named_as_the_generator_names_the_field(generated: Generated) -> None:
    describe = generated.module("api.workflow_service.describe_task_queue")
    assert list(describe.sync.__annotations__)[:2] == ["namespace", "task_queue_name"]


def test_the_committed_spec_keeps_the_template(generated: Generated) -> None:
    assert "/namespaces/{namespace}/task-queues/{taskQueue.name}" in generated.spec["paths"]


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
