"""Oso Cloud's policy lifecycle through the facade, sync and async: write, read back, metadata, read-your-writes.

Oso has no etags and no per-policy ids: one policy per environment, replaced as a whole.
"""

from __future__ import annotations

from typing import Any

import pytest

import policy_clients
from policy_clients.testing import OsoCloudFake

POLAR = 'actor User {}\nresource Repository {\n  roles = ["reader"];\n  permissions = ["read"];\n}\n'


async def call(module: Any, mode: str, **kwargs: Any) -> Any:
    if mode == "sync":
        return module.sync_detailed(**kwargs)
    return await module.asyncio_detailed(**kwargs)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_post_get_metadata_and_the_offset_on_the_next_request(mode: str) -> None:
    from oso_cloud_client.api.policy import get_policy, get_policy_metadata, post_policy
    from oso_cloud_client.models import GetPolicyMetadataResult, GetPolicyResult, Policy

    # Lagging reads: without the write's offset, a read would still see the old policy.
    with OsoCloudFake(lagging_reads=True) as fake:
        fake.seed_policy("actor User {}")
        client = policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url)

        written = await call(post_policy, mode, client=client, body=Policy(src=POLAR, filename="main.polar"))
        assert written.status_code == 200
        assert written.parsed_headers.oso_offset == fake.offset == "1"

        current = await call(get_policy, mode, client=client)
        assert isinstance(current.parsed, GetPolicyResult)
        assert isinstance(current.parsed.policy, Policy)
        assert (current.parsed.policy.src, current.parsed.policy.filename) == (POLAR, "main.polar")

        metadata = await call(get_policy_metadata, mode, client=client)
        assert isinstance(metadata.parsed, GetPolicyMetadataResult)
        repository = metadata.parsed.metadata.resources["Repository"]
        assert (repository.roles, repository.permissions) == (["reader"], ["read"])

        sent = [(r.operation_id, r.headers.get("osooffset")) for r in fake.requests]
        assert sent == [("post_policy", None), ("get_policy", "1"), ("get_policy_metadata", "1")]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_read_error_is_typed(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    from oso_cloud_client.api.policy import get_policy_metadata

    client = policy_clients.oso_cloud(api_key=oso_cloud_fake.token, base_url=oso_cloud_fake.base_url)
    oso_cloud_fake.faults.fail_next(1, status=404, message="no environment")
    with pytest.raises(policy_clients.NotFoundError) as info:
        await call(get_policy_metadata, mode, client=client)
    assert (info.value.status_code, info.value.operation) == (404, "get_policy_metadata")
    assert info.value.detail == "no environment"


def test_an_error_body_without_error_type_parses_as_api_error() -> None:
    from oso_cloud_client.models import ApiError, GenericSavePolicyError

    from policy_clients.vendors.oso_cloud import parse_error

    plain, detail = parse_error(b'{"message": "environment not found"}', 404)
    assert isinstance(plain, ApiError) and detail == "environment not found"
    typed, _ = parse_error(b'{"error_type": "Generic", "message": "bad"}', 400)
    assert isinstance(typed, GenericSavePolicyError)
