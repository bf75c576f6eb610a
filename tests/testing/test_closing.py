"""Closing a facade client: ``with`` / ``async with``, ``close()`` / ``aclose()``, and nothing left at exit.

The exit checks run the README's call shapes in a fresh interpreter with ``-W error::ResourceWarning`` (and
``-X dev``, which shows every ResourceWarning): an unclosed socket or aiohttp session at exit prints
"Exception ignored ... ResourceWarning" / "Unclosed client session" on stderr, which the test refuses.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

import pytest

from policy_clients.testing import OsoCloudFake
from policy_clients.vendors._base import FacadeClientMixin

_PRELUDE = """
import asyncio
import policy_clients
from oso_cloud_client.api.policy import get_policy, post_policy
from oso_cloud_client.models import Policy
from policy_clients.testing import OsoCloudFake

fake = OsoCloudFake().start()
"""

SCRIPTS = {
    "sync, never closed": """
client = policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url)
post_policy.sync(client=client, body=Policy(src="actor User {}"))
current = get_policy.sync(client=client)
""",
    "async, never closed": """
client = policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url)
assert type(client.get_async_httpx_client()._transport).__name__ == "AiohttpTransport"

async def main():
    await post_policy.asyncio(client=client, body=Policy(src="actor User {}"))
    await get_policy.asyncio(client=client)

asyncio.run(main())
""",
    "with": """
with policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url) as client:
    post_policy.sync(client=client, body=Policy(src="actor User {}"))
    get_policy.sync(client=client.with_headers({"X-Trace": "1"}))
""",
    "async with": """
async def main():
    async with policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url) as client:
        await post_policy.asyncio(client=client, body=Policy(src="actor User {}"))
        await get_policy.asyncio(client=policy_clients.with_options(client, timeout=5))

asyncio.run(main())
""",
    "both ways, one client": """
client = fake.client()
post_policy.sync(client=client, body=Policy(src="actor User {}"))
asyncio.run(get_policy.asyncio(client=client))
""",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCRIPTS))
def test_nothing_unclosed_at_exit(name: str) -> None:
    code = textwrap.dedent(_PRELUDE) + textwrap.dedent(SCRIPTS[name]) + "\nfake.stop()\nprint('done')\n"
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("done")
    for marker in ("ResourceWarning", "Unclosed", "unclosed", "Exception ignored"):
        assert marker not in result.stderr, result.stderr


def test_with_closes_the_sync_pool(oso_cloud_fake: OsoCloudFake) -> None:
    from oso_cloud_client.api.policy import get_policy

    with oso_cloud_fake.client() as client:
        get_policy.sync_detailed(client=client)
        http = client.get_httpx_client()
        assert not http.is_closed
    assert http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        get_policy.sync_detailed(client=client)


def test_async_with_closes_the_async_pool(oso_cloud_fake: OsoCloudFake) -> None:
    from oso_cloud_client.api.policy import get_policy

    async def main() -> None:
        async with oso_cloud_fake.client() as client:
            await get_policy.asyncio_detailed(client=client)
            http = client.get_async_httpx_client()
            assert not http.is_closed
        assert http.is_closed

    asyncio.run(main())


def _facade(client: object) -> FacadeClientMixin:
    """close/aclose are the facade's methods: the generated client type the factory declares lacks them."""
    assert isinstance(client, FacadeClientMixin)
    return client


def test_close_and_aclose(oso_cloud_fake: OsoCloudFake) -> None:
    from oso_cloud_client.api.policy import get_policy

    client = oso_cloud_fake.client()
    copy = client.with_headers({"X-A": "1"})
    get_policy.sync_detailed(client=copy)
    _facade(copy).close()  # a copy owns no pool
    assert not client.get_httpx_client().is_closed
    get_policy.sync_detailed(client=client)
    _facade(client).close()
    assert client.get_httpx_client().is_closed

    other = oso_cloud_fake.client()

    async def main() -> None:
        await get_policy.asyncio_detailed(client=other)
        get_policy.sync_detailed(client=other)
        await _facade(other).aclose()  # both pools

    asyncio.run(main())
    assert other.get_async_httpx_client().is_closed and other.get_httpx_client().is_closed
    _facade(client).close()  # closing twice is harmless
