"""PlainID client credentials against the PlainID fake's token endpoint, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from plainid_client.api.policies import upsert_policy

import policy_clients
from policy_clients.auth import PlainIdClientCredentials, PlainIdTokenError
from policy_clients.testing import PlainIdFake
from policy_clients.testing.plainid import TOKEN_PATH

REGO = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"
CALLS = 100


def token_requests(fake: PlainIdFake) -> list[Any]:
    return [r for r in fake.requests if r.path == TOKEN_PATH]


def api_requests(fake: PlainIdFake) -> list[Any]:
    return [r for r in fake.requests if r.path != TOKEN_PATH]


def client_for(fake: PlainIdFake, client_id: str, client_secret: str, **options: Any) -> Any:
    return policy_clients.plainid(client_id=client_id, client_secret=client_secret, base_url=fake.base_url, **options)


def failure_of(call: Any) -> BaseException:
    try:
        call()
    except Exception as error:
        del call  # the test's own frame must not be what shows a secret
        return error
    raise AssertionError("expected the call to fail")


def upsert(client: Any) -> int:
    response = upsert_policy.sync_detailed(uuid.uuid4(), client=client, body=REGO, filterauth_ws_id=uuid.uuid4())
    return int(response.status_code)


def test_token_request_form_and_caching(plainid_fake: PlainIdFake) -> None:
    client_id, client_secret = plainid_fake.new_client_credentials()
    client = client_for(plainid_fake, client_id, client_secret, user_agent="svc/1.0")
    assert [upsert(client), upsert(client)] == [201, 201]
    [token_request] = token_requests(plainid_fake)
    assert token_request.method == "POST"
    assert token_request.header("content-type") == "application/x-www-form-urlencoded"
    assert token_request.header("user-agent") == "svc/1.0"
    form = parse_qs(token_request.body.decode())
    assert form == {"grant_type": ["client_credentials"], "client_id": [client_id], "client_secret": ["[REDACTED]"]}
    assert len(api_requests(plainid_fake)) == 2
    assert plainid_fake.issued_token_count == 1


def auth_of(client: Any) -> Any:
    return client._facade.auth


def test_token_url_follows_region_and_base_url() -> None:
    regional = policy_clients.plainid(client_id="c", client_secret="s3cr3t-value", region="ca1")
    assert str(auth_of(regional).token_url) == "https://api.ca1.plainid.io/api/1.0/api-key/token"
    local = policy_clients.plainid(client_id="c", client_secret="s3cr3t-value", base_url="https://paa.example/")
    assert str(auth_of(local).token_url) == "https://paa.example/api/1.0/api-key/token"


def test_refetched_once_after_401(plainid_fake: PlainIdFake) -> None:
    client = client_for(plainid_fake, *plainid_fake.new_client_credentials())
    assert upsert(client) == 201
    plainid_fake.expire_tokens()
    assert upsert(client) == 201
    assert len(token_requests(plainid_fake)) == 2
    assert [r.status for r in api_requests(plainid_fake)] == [201, 401, 201]


def test_refreshed_before_expiry_by_the_clock(plainid_fake: PlainIdFake) -> None:
    client_id, client_secret = plainid_fake.new_client_credentials()
    plainid_fake.token_lifetime = 100
    now = [1000.0]
    auth = PlainIdClientCredentials(client_id, client_secret, token_url=plainid_fake.token_url, clock=lambda: now[0])
    with httpx.Client(base_url=plainid_fake.base_url, auth=auth, timeout=10) as http:
        path = f"/api/2.0/policies/{uuid.uuid4()}?filter[authWsId]={uuid.uuid4()}"
        headers = {"Content-Type": "text/plain;language=rego"}
        assert http.post(path, content=REGO, headers=headers).status_code == 201
        now[0] = 1089.0  # before the 10 s margin: cached
        assert http.post(path, content=REGO, headers=headers).status_code == 201
        assert len(token_requests(plainid_fake)) == 1
        now[0] = 1091.0  # inside it: a new token
        assert http.post(path, content=REGO, headers=headers).status_code == 201
    assert len(token_requests(plainid_fake)) == 2


def test_refresh_under_load_threads(plainid_fake: PlainIdFake) -> None:
    client = client_for(
        plainid_fake, *plainid_fake.new_client_credentials(), limits=httpx.Limits(max_connections=CALLS)
    )
    plainid_fake.faults.delay_next(1, 0.2, path=TOKEN_PATH)
    start = threading.Barrier(CALLS, timeout=10)

    def call(_: int) -> int:
        start.wait()
        return upsert(client)

    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        statuses = list(pool.map(call, range(CALLS), timeout=60))
    assert statuses == [201] * CALLS
    assert len(token_requests(plainid_fake)) == 1


def test_refresh_under_load_async(plainid_fake: PlainIdFake) -> None:
    client = client_for(plainid_fake, *plainid_fake.new_client_credentials())
    plainid_fake.faults.delay_next(1, 0.2, path=TOKEN_PATH)

    async def burst() -> list[int]:
        calls = [
            upsert_policy.asyncio_detailed(uuid.uuid4(), client=client, body=REGO, filterauth_ws_id=uuid.uuid4())
            for _ in range(CALLS)
        ]
        return [int(r.status_code) for r in await asyncio.wait_for(asyncio.gather(*calls), 60)]

    assert asyncio.run(burst()) == [201] * CALLS
    plainid_fake.expire_tokens()  # every cached token refused at once: still one refetch for all of them
    assert asyncio.run(burst()) == [201] * CALLS
    assert len(token_requests(plainid_fake)) == 2


def test_wrong_secret_is_a_token_error_without_the_secret(plainid_fake: PlainIdFake) -> None:
    client_id, _ = plainid_fake.new_client_credentials()
    wrong = "pid-secret-" + "W" * 30
    client = client_for(plainid_fake, client_id, wrong)
    error = failure_of(lambda: upsert(client))
    assert isinstance(error, PlainIdTokenError)
    assert isinstance(error, policy_clients.TokenEndpointError)
    assert error.status_code == 401
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1")]
    texts.append("".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()))
    assert not [t for t in texts if wrong in t]
    assert not api_requests(plainid_fake)  # the API call never left


def test_secrets_stay_out_of_logs_reprs_and_records(
    plainid_fake: PlainIdFake, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client_id, client_secret = plainid_fake.new_client_credentials()
    client = client_for(plainid_fake, client_id, client_secret)
    assert upsert(client) == 201
    issued = api_requests(plainid_fake)[0]
    assert issued.header("authorization") == "Bearer [REDACTED]"
    texts = [repr(client), str(client), caplog.text, repr(plainid_fake.requests)]
    assert not [t for t in texts if client_secret in t]
    with pytest.raises(TypeError):
        pickle.dumps(auth_of(client))


def test_environment_credentials(plainid_fake: PlainIdFake, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, client_secret = plainid_fake.new_client_credentials()
    monkeypatch.setenv("PLAINID_TOKEN", "ignored-static-token")
    monkeypatch.setenv("PLAINID_CLIENT_ID", client_id)
    monkeypatch.setenv("PLAINID_CLIENT_SECRET", client_secret)
    assert upsert(policy_clients.plainid(base_url=plainid_fake.base_url)) == 201
    assert len(token_requests(plainid_fake)) == 1
    monkeypatch.delenv("PLAINID_CLIENT_SECRET")
    with pytest.raises(policy_clients.ConfigurationError, match="PLAINID_CLIENT_SECRET"):
        policy_clients.plainid(base_url=plainid_fake.base_url)


@pytest.mark.parametrize(
    "arguments",
    [
        {"token": "static-token", "client_id": "c"},
        {"client_id": "c"},
        {"client_secret": "s3cr3t-value"},
    ],
)
def test_credentials_must_be_one_kind_and_whole(arguments: dict[str, Any]) -> None:
    with pytest.raises(policy_clients.ConfigurationError) as caught:
        policy_clients.plainid(region="us1", **arguments)
    assert "s3cr3t-value" not in str(caught.value)


def test_credentials_that_cannot_go_on_the_wire_are_refused() -> None:
    with pytest.raises(policy_clients.ConfigurationError) as caught:
        policy_clients.plainid(client_id="c", client_secret="bad secret\r\nX-Evil: 1", region="us1")
    assert "bad secret" not in str(caught.value)
