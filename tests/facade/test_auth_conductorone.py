from __future__ import annotations

import asyncio
import base64
import itertools
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from policy_clients._safety import InsecureTransportError
from policy_clients.auth import (
    ConductorOneClientCredentials,
    ConductorOneSecretError,
    ConductorOneTokenError,
    make_client_assertion,
    parse_client_secret,
    token_host_from_client_id,
)

if TYPE_CHECKING:
    from conftest import LocalServer, RecordedRequest, Reply

CLIENT_ID = "policy-bot@Acme.Conductor.One/pcc"
TOKEN_PATH = "/auth/v1/token"
API_PATH = "/api/v1/policies/p1"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


def json_reply(status: int, payload: Any) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(payload).encode()


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_secret(key: Ed25519PrivateKey, **jwk_changes: Any) -> str:
    jwk: dict[str, Any] = {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": b64(key.public_key().public_bytes_raw()),
        "d": b64(key.private_bytes_raw()),
    }
    for name, value in jwk_changes.items():
        if value is None:
            jwk.pop(name, None)
        else:
            jwk[name] = value
    return "secret-token:conductorone.com:v1:" + b64(json.dumps(jwk).encode())


def decode_jws(token: str, public_key: Ed25519PublicKey) -> tuple[dict[str, Any], dict[str, Any]]:
    header, payload, signature = token.split(".")
    public_key.verify(unb64(signature), f"{header}.{payload}".encode())  # raises InvalidSignature
    for part in (header, payload, signature):
        assert "=" not in part
    return json.loads(unb64(header)), json.loads(unb64(payload))


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class TokenEndpoint:
    """Issues tok-1, tok-2, ...; optional delay makes concurrent callers overlap."""

    def __init__(self, expires_in: Any = 3600, delay: float = 0.0) -> None:
        self.expires_in = expires_in
        self.delay = delay
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Reply:
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            n = next(self._counter)
        return json_reply(200, {"access_token": f"tok-{n}", "token_type": "Bearer", "expires_in": self.expires_in})


@pytest.fixture
def secret(ed25519_key: Ed25519PrivateKey) -> str:
    return make_secret(ed25519_key)


def make_auth(server: LocalServer, secret: str, **kwargs: Any) -> ConductorOneClientCredentials:
    return ConductorOneClientCredentials(CLIENT_ID, secret, token_url=f"{server.url}{TOKEN_PATH}", **kwargs)


def bearer_of(request: RecordedRequest) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


# --- secret and client id parsing -------------------------------------------------------------


def test_parse_good_secret(ed25519_key: Ed25519PrivateKey) -> None:
    parsed = parse_client_secret(make_secret(ed25519_key))
    assert parsed.kid is None
    assert parsed.private_key.private_bytes_raw() == ed25519_key.private_bytes_raw()
    with_kid = parse_client_secret(make_secret(ed25519_key, kid="key-7") + "\n")
    assert with_kid.kid == "key-7"
    assert b64(ed25519_key.private_bytes_raw()) not in repr(with_kid)


BAD_SECRETS: dict[str, Any] = {
    "three parts": lambda s: s.split(":", 1)[1],
    "five parts": lambda s: s + ":extra",
    "wrong version": lambda s: s.replace(":v1:", ":v2:"),
    "padded base64": lambda s: s + "==",
    "standard base64 alphabet": lambda s: s[:-3] + "+/A",
    "not json": lambda s: s.rsplit(":", 1)[0] + ":" + b64(b"not json"),
    "json array": lambda s: s.rsplit(":", 1)[0] + ":" + b64(b"[1,2]"),
}


@pytest.mark.parametrize("mangle", BAD_SECRETS.values(), ids=BAD_SECRETS.keys())
def test_bad_secret_shapes(ed25519_key: Ed25519PrivateKey, mangle: Any) -> None:
    bad = mangle(make_secret(ed25519_key))
    with pytest.raises(ConductorOneSecretError) as info:
        parse_client_secret(bad)
    assert bad not in str(info.value)
    assert b64(ed25519_key.private_bytes_raw()) not in str(info.value)
    assert bad.rsplit(":", 1)[-1] not in str(info.value)


BAD_JWKS: dict[str, dict[str, Any]] = {
    "kty RSA": {"kty": "RSA"},
    "crv X25519": {"crv": "X25519"},
    "missing d": {"d": None},
    "missing x": {"x": None},
    "short d": {"d": b64(b"\x01" * 31)},
    "x of another key": {"x": b64(Ed25519PrivateKey.generate().public_key().public_bytes_raw())},
    "d not base64url": {"d": "!!!!"},
    "kid not a string": {"kid": 7},
}


@pytest.mark.parametrize("changes", BAD_JWKS.values(), ids=BAD_JWKS.keys())
def test_bad_jwk_contents(ed25519_key: Ed25519PrivateKey, changes: dict[str, Any]) -> None:
    bad = make_secret(ed25519_key, **changes)
    with pytest.raises(ConductorOneSecretError) as info:
        parse_client_secret(bad)
    assert b64(ed25519_key.private_bytes_raw()) not in str(info.value)
    assert bad not in str(info.value)


def test_token_host_from_client_id() -> None:
    assert token_host_from_client_id(CLIENT_ID) == "acme.conductor.one"
    assert token_host_from_client_id("a@Tenant.conductor.one:8443/x/y") == "tenant.conductor.one:8443"
    for bad in ("no-at-sign/x", "a@host-without-slash", "a@/x", "a@bad host/x"):
        with pytest.raises(ConductorOneSecretError):
            token_host_from_client_id(bad)


# --- client assertion ---------------------------------------------------------------------------


def test_assertion_header_and_claims(ed25519_key: Ed25519PrivateKey) -> None:
    nonce = "0123456789abcdef0123456789abcdef"
    token = make_client_assertion("bot@Acme.conductor.one:8443/pcc", ed25519_key, now=1_700_000_000.9, nonce=nonce)
    header, claims = decode_jws(token, ed25519_key.public_key())
    assert header == {"alg": "EdDSA", "nonce": nonce}
    assert claims == {
        "iss": "bot@Acme.conductor.one:8443/pcc",
        "sub": "bot@Acme.conductor.one:8443/pcc",
        "aud": ["acme.conductor.one"],
        "iat": 1_700_000_000,
        "nbf": 1_700_000_000 - 120,
        "exp": 1_700_000_000 + 120,
    }
    assert " " not in unb64(token.split(".")[1]).decode()  # compact JSON


def test_assertion_with_kid_and_bad_nonce(ed25519_key: Ed25519PrivateKey) -> None:
    token = make_client_assertion(CLIENT_ID, ed25519_key, now=5, nonce="f" * 32, kid="k1")
    header, _ = decode_jws(token, ed25519_key.public_key())
    assert header == {"alg": "EdDSA", "kid": "k1", "nonce": "f" * 32}
    with pytest.raises(ValueError):
        make_client_assertion(CLIENT_ID, ed25519_key, now=5, nonce="short")


# --- token flow over real HTTP ------------------------------------------------------------------


def test_token_request_fields_and_caching(server: LocalServer, ed25519_key: Ed25519PrivateKey, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint())
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(str(request.url.path))]}
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret), event_hooks=hooks) as client:
        for _ in range(3):
            assert client.post(API_PATH, json={"policy": {}}).status_code == 200
    (token_call,) = server.requests_to(TOKEN_PATH)
    assert seen[0] == TOKEN_PATH  # the token request went through the caller's client and its hooks
    assert token_call.headers["content-type"] == "application/x-www-form-urlencoded"
    form = parse_qs(token_call.body.decode(), strict_parsing=True)
    assert set(form) == {"client_id", "grant_type", "client_assertion_type", "client_assertion"}
    assert form["client_id"] == [CLIENT_ID]
    assert form["grant_type"] == ["client_credentials"]
    assert form["client_assertion_type"] == [ASSERTION_TYPE]
    header, claims = decode_jws(form["client_assertion"][0], ed25519_key.public_key())
    assert set(header) == {"alg", "nonce"}
    assert claims["aud"] == ["acme.conductor.one"]
    api_calls = server.requests_to(API_PATH)
    assert [bearer_of(r) for r in api_calls] == ["tok-1"] * 3


def test_default_token_url_and_insecure_override(secret: str) -> None:
    auth = ConductorOneClientCredentials(CLIENT_ID, secret)
    assert str(auth.token_url) == "https://acme.conductor.one/auth/v1/token"
    with pytest.raises(InsecureTransportError):
        ConductorOneClientCredentials(CLIENT_ID, secret, token_url="http://acme.conductor.one/auth/v1/token")


def test_refresh_margin_with_injected_clock(server: LocalServer, ed25519_key: Ed25519PrivateKey, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint(expires_in=60))
    clock = FakeClock(1000.0)
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret, clock=clock)) as client:
        client.get(API_PATH)
        clock.now = 1049.9  # 10.1 s before expiry: still cached
        client.get(API_PATH)
        clock.now = 1050.0  # inside the 10 s refresh margin
        client.get(API_PATH)
    assert [bearer_of(r) for r in server.requests_to(API_PATH)] == ["tok-1", "tok-1", "tok-2"]
    token_calls = server.requests_to(TOKEN_PATH)
    iats = [
        decode_jws(parse_qs(r.body.decode())["client_assertion"][0], ed25519_key.public_key())[1]["iat"]
        for r in token_calls
    ]
    assert iats == [1000, 1050]


def test_token_without_expiry_is_kept_until_rejected(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint(expires_in=None))
    clock = FakeClock(0.0)
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret, clock=clock)) as client:
        client.get(API_PATH)
        clock.now = 10**9
        client.get(API_PATH)
    assert len(server.requests_to(TOKEN_PATH)) == 1


def reject(tokens: set[str]) -> Any:
    def responder(request: RecordedRequest) -> Reply:
        status = 401 if bearer_of(request) in tokens else 200
        return json_reply(status, {"token": bearer_of(request)})

    return responder


def test_401_refreshes_and_replays_once(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint())
    server.route("POST", API_PATH, reject({"tok-1"}))
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret)) as client:
        response = client.post(API_PATH, json={"a": 1})
        assert response.status_code == 200
        assert client.post(API_PATH, json={"a": 2}).status_code == 200
    assert [(r.path, r.headers.get("authorization")) for r in server.requests] == [
        (TOKEN_PATH, None),
        (API_PATH, "Bearer tok-1"),
        (TOKEN_PATH, None),
        (API_PATH, "Bearer tok-2"),
        (API_PATH, "Bearer tok-2"),
    ]
    first_body, replay_body = (r.body for r in server.requests_to(API_PATH)[:2])
    assert replay_body == first_body == b'{"a":1}'


def test_401_replays_only_once(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint())
    server.route("POST", API_PATH, reject({"tok-1", "tok-2", "tok-3"}))
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret)) as client:
        assert client.post(API_PATH, json={}).status_code == 401
    assert [r.path for r in server.requests] == [TOKEN_PATH, API_PATH, TOKEN_PATH, API_PATH]


async def test_401_refresh_async(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint())
    server.route("POST", API_PATH, reject({"tok-1"}))
    async with httpx.AsyncClient(base_url=server.url, auth=make_auth(server, secret)) as client:
        assert (await client.post(API_PATH, json={})).status_code == 200
    assert [bearer_of(r) for r in server.requests_to(API_PATH)] == ["tok-1", "tok-2"]
    assert len(server.requests_to(TOKEN_PATH)) == 2


def test_token_endpoint_error_is_redacted(server: LocalServer, secret: str) -> None:
    def echo_assertion(request: RecordedRequest) -> Reply:
        assertion = parse_qs(request.body.decode())["client_assertion"][0]
        return json_reply(400, {"error": "invalid_client", "echo": assertion, "pad": "x" * 500})

    server.route("POST", TOKEN_PATH, echo_assertion)
    auth = make_auth(server, secret)
    with httpx.Client(base_url=server.url, auth=auth) as client, pytest.raises(ConductorOneTokenError) as info:
        client.get(API_PATH)
    error = info.value
    assert error.status_code == 400
    assert "invalid_client" in str(error)
    assert "[REDACTED]" in error.body_excerpt
    assert len(error.body_excerpt) <= 203
    sent_assertion = parse_qs(server.requests_to(TOKEN_PATH)[0].body.decode())["client_assertion"][0]
    for text in (str(error), repr(error), error.body_excerpt):
        assert sent_assertion not in text
        assert secret not in text
        assert sent_assertion.split(".")[2] not in text
    assert server.requests_to(API_PATH) == []


@pytest.mark.parametrize(
    "payload",
    [
        {"access_token": "", "token_type": "Bearer", "expires_in": 60},
        {"token_type": "Bearer"},
        {"access_token": "tok-SECRET-1", "token_type": "MAC", "expires_in": 60},
        {"access_token": "tok-SECRET-1", "expires_in": "soon"},
        ["not", "an", "object"],
    ],
)
def test_unusable_200_token_responses(server: LocalServer, secret: str, payload: Any) -> None:
    server.reply("POST", TOKEN_PATH, 200, payload)
    with (
        httpx.Client(base_url=server.url, auth=make_auth(server, secret)) as client,
        pytest.raises(ConductorOneTokenError) as info,
    ):
        client.get(API_PATH)
    assert info.value.status_code == 200
    assert "tok-SECRET-1" not in str(info.value)
    assert server.requests_to(API_PATH) == []


def test_repr_redacts_secret(secret: str) -> None:
    auth = ConductorOneClientCredentials(CLIENT_ID, secret)
    text = repr(auth) + str(auth)
    assert secret not in text
    assert secret.rsplit(":", 1)[-1] not in text
    assert "client_secret='***'" in repr(auth)
    assert CLIENT_ID in repr(auth)


# --- single flight ------------------------------------------------------------------------------

CALLS = 100


def test_single_flight_threads(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint(delay=0.05))
    start = threading.Barrier(CALLS, timeout=10)
    limits = httpx.Limits(max_connections=CALLS + 10)
    with httpx.Client(base_url=server.url, auth=make_auth(server, secret), limits=limits, timeout=10) as client:

        def call(_: int) -> int:
            start.wait()
            return client.get(API_PATH).status_code

        with ThreadPoolExecutor(max_workers=CALLS) as pool:
            statuses = list(pool.map(call, range(CALLS), timeout=30))
    assert statuses == [200] * CALLS
    assert len(server.requests_to(TOKEN_PATH)) == 1
    assert {bearer_of(r) for r in server.requests_to(API_PATH)} == {"tok-1"}


async def test_single_flight_async(server: LocalServer, secret: str) -> None:
    server.route("POST", TOKEN_PATH, TokenEndpoint(delay=0.05))
    limits = httpx.Limits(max_connections=CALLS + 10)
    async with httpx.AsyncClient(
        base_url=server.url, auth=make_auth(server, secret), limits=limits, timeout=10
    ) as client:
        responses = await asyncio.wait_for(asyncio.gather(*(client.get(API_PATH) for _ in range(CALLS))), 30)
    assert [r.status_code for r in responses] == [200] * CALLS
    assert len(server.requests_to(TOKEN_PATH)) == 1
    assert len(server.requests_to(API_PATH)) == CALLS


def test_one_auth_object_across_event_loops(server: LocalServer, secret: str) -> None:
    """asyncio.run twice with contention each time: a lock bound to the first loop must not be reused."""
    server.route("POST", TOKEN_PATH, TokenEndpoint(expires_in=60, delay=0.02))
    clock = FakeClock(0.0)
    auth = make_auth(server, secret, clock=clock)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(base_url=server.url, auth=auth, timeout=10) as client:
            responses = await asyncio.gather(*(client.get(API_PATH) for _ in range(10)))
        return [r.status_code for r in responses]

    assert asyncio.run(burst()) == [200] * 10
    clock.now = 55.0  # first token is inside its refresh margin
    assert asyncio.run(burst()) == [200] * 10
    assert len(server.requests_to(TOKEN_PATH)) == 2
    assert [bearer_of(r) for r in server.requests_to(API_PATH)] == ["tok-1"] * 10 + ["tok-2"] * 10
