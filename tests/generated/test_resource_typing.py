"""`mypy --strict` on a consumer script written with the resource-style API (issue 12, "Done when").

One mypy run over a script a service author would write: sync and async resources, with_raw_response,
iterate/pages, None for optional parameters and result fields read without isinstance. `assert_type`
pins each return type exactly (the success model, not a union with error models), and each
`# type: ignore[code]` line must be an error, since --strict (warn_unused_ignores) fails on an unused ignore.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CONSUMER = """
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import oci_identity_client
import oso_cloud_client
import policy_clients
from oci_identity_client.api.policies.get_policy import GetPolicyResponseHeaders
from oci_identity_client.api.policies.list_policies import ListPoliciesResponseHeaders
from oci_identity_client.api.policies.update_policy import UpdatePolicyResponseHeaders
from oci_identity_client.models import CreatePolicyDetails, Error, Policy, UpdatePolicyDetails
from oci_identity_client.types import ResponseWithHeaders
from oso_cloud_client.models import ApiResult, GetPolicyResult
from oso_cloud_client.models import Policy as OsoPolicy


def oci_sync(client: oci_identity_client.AuthenticatedClient, compartment: str, etag: str | None) -> str:
    created = client.policies.create(body=CreatePolicyDetails(compartment_id=compartment, name="n",
                                                              statements=["s"], description="d"))
    assert_type(created, Policy)
    policy = client.policies.get(created.id)
    names: list[str] = [policy.name, *policy.statements]
    updated = client.policies.update(policy.id, body=UpdatePolicyDetails(description="x"), if_match=etag)
    assert_type(updated, Policy)
    client.policies.update(policy.id, body=UpdatePolicyDetails(description="y"), if_match=None)
    assert_type(client.policies.delete(policy.id, if_match=None), None)
    raw = client.policies.with_raw_response.get(policy.id)
    assert_type(raw, ResponseWithHeaders[Error | Policy, GetPolicyResponseHeaders])
    next_etag: str | None = raw.parsed_headers.etag
    items = client.policies.list_iterate(compartment_id=compartment, limit=None, name=None)
    assert_type(items, Iterator[Policy])
    names += [item.name for item in items]
    for page in client.policies.list_pages(compartment_id=compartment):
        assert_type(page, ResponseWithHeaders[Error | list[Policy], ListPoliciesResponseHeaders])
        cursor: str | None = page.parsed_headers.opc_next_page
    first_page = client.policies.list(compartment_id=compartment, page=None)
    assert_type(first_page, list[Policy])
    raw_list = client.policies.with_raw_response.list(compartment_id=compartment, page=None)
    assert_type(raw_list, ResponseWithHeaders[Error | list[Policy], ListPoliciesResponseHeaders])
    raw_wrong: Policy = client.policies.with_raw_response.get(policy.id)  # type: ignore[assignment]
    client.policies.with_raw_response.delete(policy.id, if_match=1)  # type: ignore[arg-type]
    client.policies.with_raw_response.update(body=UpdatePolicyDetails())  # type: ignore[call-arg]
    client.policies.with_raw_response.get(policy.id, nope=1)  # type: ignore[call-arg]
    client.policies.with_raw_response.list_iterate(compartment_id=compartment)  # type: ignore[attr-defined]
    client.policies.with_raw_response.no_such_operation()  # type: ignore[attr-defined]
    wrong: int = client.policies.get(policy.id)  # type: ignore[assignment]
    client.policies.update(policy.id, body=UpdatePolicyDetails(), if_match=1)  # type: ignore[arg-type]
    client.policies.no_such_operation()  # type: ignore[attr-defined]
    return next_etag or ",".join(names)


async def oci_async(client: oci_identity_client.AuthenticatedClient, compartment: str) -> list[str]:
    aclient = client.aio
    policy = await aclient.policies.get("ocid1.policy")
    assert_type(policy, Policy)
    updated = await aclient.policies.update(policy.id, body=UpdatePolicyDetails(description="x"), if_match=None)
    raw = await aclient.policies.with_raw_response.update(policy.id, body=UpdatePolicyDetails(), if_match=None)
    assert_type(raw, ResponseWithHeaders[Error | Policy, UpdatePolicyResponseHeaders])
    etag: str | None = raw.parsed_headers.etag
    await aclient.policies.with_raw_response.get(policy.id, if_match=None)  # type: ignore[call-arg]
    aclient.policies.with_raw_response.get(policy.id).status_code  # type: ignore[attr-defined]
    items = aclient.policies.list_iterate(compartment_id=compartment)
    assert_type(items, AsyncIterator[Policy])
    names = [item.name async for item in items]
    async for page in aclient.policies.list_pages(compartment_id=compartment, limit=None):
        names.append(str(page.status_code))
    return [updated.name, etag or "", *names]


def oso(client: oso_cloud_client.AuthenticatedClient) -> str:
    result = client.policy.post(body=OsoPolicy(src="actor User {}"))
    assert_type(result, ApiResult)
    current = client.policy.get()
    assert_type(current, GetPolicyResult)
    return result.message


async def oso_async(client: oso_cloud_client.AuthenticatedClient) -> ApiResult:
    raw = await client.aio.policy.with_raw_response.post(body=OsoPolicy(src="actor User {}"))
    raw.parsed.message  # type: ignore[union-attr]  # the error models too, not only the success type
    assert isinstance(raw.parsed, ApiResult)
    return await client.aio.policy.post(body=OsoPolicy(src="actor User {}"))


def factories() -> None:
    client = policy_clients.oci_identity(profile="DEFAULT")
    oci_sync(client, "c", None)
    quick = policy_clients.with_options(client, timeout=2.0, max_attempts=1, extra_headers={"x-trace": "1"})
    assert_type(quick, oci_identity_client.AuthenticatedClient)
    oci_sync(quick, "c", None)
    client.close()
    with policy_clients.oso_cloud(api_key="k") as oso_client:
        oso(oso_client)


async def closing(client: oso_cloud_client.AuthenticatedClient) -> None:
    await oso_async(client)
    await client.aclose()
"""


def test_a_resource_style_consumer_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    script = tmp_path / "consumer.py"
    script.write_text(textwrap.dedent(CONSUMER), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(script),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
