"""What an error says about the request that failed: method, full (redacted) URL, the request id sent.

Against the Oso fake over real HTTP, sync and async: a wrong ``base_url`` must be visible in the message,
and ``OSO_CLOUD_URL`` may name the server or its ``/api`` root.
"""

from __future__ import annotations

import pytest

import policy_clients
from policy_clients.testing import OsoCloudFake

MODES = ["sync", "async"]


async def _post(client: object, mode: str) -> object:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import Policy

    if mode == "sync":
        return post_policy.sync_detailed(client=client, body=Policy(src="actor User {}"))  # type: ignore[arg-type]
    return await post_policy.asyncio_detailed(client=client, body=Policy(src="actor User {}"))  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("suffix", ["", "/", "/api", "/api/"])
async def test_oso_cloud_url_with_or_without_api(
    oso_cloud_fake: OsoCloudFake, monkeypatch: pytest.MonkeyPatch, mode: str, suffix: str
) -> None:
    monkeypatch.setenv("OSO_CLOUD_URL", oso_cloud_fake.origin + suffix)
    client = policy_clients.oso_cloud(api_key=oso_cloud_fake.token)
    assert (await _post(client, mode)).status_code == 200  # type: ignore[attr-defined]
    assert [r.path for r in oso_cloud_fake.requests] == ["/api/policy"]


@pytest.mark.parametrize("mode", MODES)
async def test_api_error_names_method_and_full_url(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    wrong = oso_cloud_fake.origin + "/v2/api/"  # e.g. a gateway prefix that is not there
    client = policy_clients.oso_cloud(api_key=oso_cloud_fake.token, base_url=wrong)
    with pytest.raises(policy_clients.NotFoundError) as caught:
        await _post(client, mode)
    error = caught.value
    port = oso_cloud_fake.origin.rsplit(":", 1)[1]
    assert f"POST http://127.0.0.1:{port}/v2/api/policy" in str(error)
    assert error.url == f"http://127.0.0.1:{port}/v2/api/policy"
    assert error.method == "POST"
    assert oso_cloud_fake.token not in str(error) and oso_cloud_fake.token not in repr(error)


@pytest.mark.parametrize("mode", MODES)
async def test_oso_request_id_is_the_one_sent(oso_cloud_fake: OsoCloudFake, mode: str) -> None:
    oso_cloud_fake.faults.fail_next(1, status=400)
    client = policy_clients.oso_cloud(api_key=oso_cloud_fake.token, base_url=oso_cloud_fake.base_url)
    with pytest.raises(policy_clients.APIError) as caught:
        await _post(client, mode)
    sent = oso_cloud_fake.last_request.headers["x-request-id"]
    assert sent and caught.value.request_id == sent
    assert f"(request id {sent})" in str(caught.value)


@pytest.mark.parametrize("url", ["htps://api.osohq.com/api/", "https//api.osohq.com/api/", "ftp://x.example/"])
def test_misspelled_scheme_is_a_malformed_url(url: str) -> None:
    with pytest.raises(policy_clients.ConfigurationError) as caught:
        policy_clients.oso_cloud(api_key="k" * 20, base_url=url)
    message = str(caught.value)
    assert "malformed URL" in message and "'https://'" in message
    assert "refusing to send credentials" not in message
    assert not isinstance(caught.value, policy_clients.InsecureTransportError)


def test_plain_http_to_a_remote_host_is_still_insecure() -> None:
    with pytest.raises(policy_clients.InsecureTransportError, match="refusing to send credentials over http"):
        policy_clients.oso_cloud(api_key="k" * 20, base_url="http://api.osohq.com/api/")
