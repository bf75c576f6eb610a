from __future__ import annotations

import time

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fake_helpers import c1_assertion, c1_secret, c1_token_form

from policy_clients.testing import ConductorOneFake


@pytest.fixture
def client_key(conductorone_fake: ConductorOneFake) -> tuple[str, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    client_id = f"svc@{conductorone_fake.token_host}/abc123"
    conductorone_fake.register_client(client_id, key.public_key())
    return client_id, key


def fetch_token(fake: ConductorOneFake, form: dict[str, str]) -> httpx.Response:
    return httpx.post(fake.token_url, data=form)


def test_secret_format_made_in_the_test_round_trips() -> None:
    secret = c1_secret(Ed25519PrivateKey.generate())
    parts = secret.split(":")
    assert len(parts) == 4 and parts[2] == "v1"


def test_token_endpoint_issues_a_working_token(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey]
) -> None:
    client_id, key = client_key
    conductorone_fake.seed_policy("pol1", display_name="Old")
    response = fetch_token(conductorone_fake, c1_token_form(client_id, c1_assertion(key, client_id)))
    assert response.status_code == 200, response.text
    token = response.json()
    assert token["token_type"] == "Bearer" and token["expires_in"] == 3600 and token["access_token"]
    update = httpx.post(
        conductorone_fake.url("/api/v1/policies/pol1"),
        json={"policy": {"displayName": "New"}, "updateMask": "displayName"},
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )
    assert update.status_code == 200, update.text
    assert update.json()["policy"]["displayName"] == "New"


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda key, cid, now: c1_assertion(Ed25519PrivateKey.generate(), cid, now=now), "bad signature"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now, header={"alg": "HS256"}), "alg"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now, header={"nonce": "short"}), "nonce"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now, claims={"iss": "someone-else"}), "iss"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now, claims={"sub": "someone-else"}), "sub"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now, claims={"aud": ["other.host"]}), "aud"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now - 600), "expired"),
        (lambda key, cid, now: c1_assertion(key, cid, now=now + 600), "nbf"),
        (lambda key, cid, now: "not.a!jws.sig", "decode"),
    ],
)
def test_bad_assertions_are_401(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey], mutate: object, fragment: str
) -> None:
    client_id, key = client_key
    assertion = mutate(key, client_id, time.time())  # type: ignore[operator]
    response = fetch_token(conductorone_fake, c1_token_form(client_id, assertion))
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == 16 and body["details"] == [] and fragment in body["message"]


def test_assertion_window_follows_the_fake_clock(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey]
) -> None:
    client_id, key = client_key
    conductorone_fake.clock.advance(3600)
    stale = fetch_token(conductorone_fake, c1_token_form(client_id, c1_assertion(key, client_id)))
    fresh = fetch_token(
        conductorone_fake, c1_token_form(client_id, c1_assertion(key, client_id, now=conductorone_fake.clock.now()))
    )
    assert (stale.status_code, fresh.status_code) == (401, 200)


def test_replayed_assertion_is_refused(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey]
) -> None:
    client_id, key = client_key
    form = c1_token_form(client_id, c1_assertion(key, client_id))
    assert fetch_token(conductorone_fake, form).status_code == 200
    assert "replayed" in fetch_token(conductorone_fake, form).json()["message"]


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"grant_type": "password"}, 400),
        ({"client_assertion_type": "urn:other"}, 400),
        ({"extra": "1"}, 400),
        ({"client_id": "nobody@127.0.0.1/x"}, 401),
    ],
)
def test_token_form_fields_are_exact(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey], change: dict[str, str], status: int
) -> None:
    client_id, key = client_key
    form = {**c1_token_form(client_id, c1_assertion(key, client_id)), **change}
    assert fetch_token(conductorone_fake, form).status_code == status


def test_token_request_must_be_a_form(
    conductorone_fake: ConductorOneFake, client_key: tuple[str, Ed25519PrivateKey]
) -> None:
    client_id, key = client_key
    response = httpx.post(conductorone_fake.token_url, json=c1_token_form(client_id, c1_assertion(key, client_id)))
    assert response.status_code == 400


def test_tokens_expire_by_clock_and_on_demand(conductorone_fake: ConductorOneFake) -> None:
    credentials = conductorone_fake.new_client_credentials()
    assert "secret" not in repr(credentials)
    conductorone_fake.seed_policy("p")
    key_id = credentials.client_id

    def new_token() -> str:
        # Sign with the key encoded in the fake-made secret, decoded here independently.
        import base64
        import json

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey as Key

        jwk = json.loads(base64.urlsafe_b64decode(credentials.client_secret.split(":")[3] + "=="))
        key = Key.from_private_bytes(base64.urlsafe_b64decode(jwk["d"] + "=="))
        form = c1_token_form(key_id, c1_assertion(key, key_id, now=conductorone_fake.clock.now()))
        return str(fetch_token(conductorone_fake, form).json()["access_token"])

    def update(token: str) -> int:
        return httpx.post(
            conductorone_fake.url("/api/v1/policies/p"),
            json={"policy": {"description": "d"}},
            headers={"Authorization": f"Bearer {token}"},
        ).status_code

    token = new_token()
    assert update(token) == 200
    conductorone_fake.expire_tokens()
    assert update(token) == 401
    token = new_token()
    conductorone_fake.clock.advance(3601)
    assert update(token) == 401
    assert update(conductorone_fake.token or "") == 200  # the static token does not expire


def test_update_policy_semantics(conductorone_fake: ConductorOneFake) -> None:
    conductorone_fake.seed_policy("p", display_name="A", description="old")
    headers = {"Authorization": f"Bearer {conductorone_fake.token}"}
    url = conductorone_fake.url("/api/v1/policies/p")
    masked = httpx.post(
        url,
        json={"policy": {"displayName": "B", "description": "ignored"}, "updateMask": "displayName"},
        headers=headers,
    )
    assert masked.json()["policy"]["displayName"] == "B" and masked.json()["policy"]["description"] == "old"
    unmasked = httpx.post(url, json={"policy": {"description": "new", "id": "hijack"}}, headers=headers)
    assert unmasked.json()["policy"]["description"] == "new" and unmasked.json()["policy"]["id"] == "p"
    bad_mask = httpx.post(url, json={"policy": {}, "updateMask": "id"}, headers=headers)
    assert bad_mask.status_code == 400 and bad_mask.json()["code"] == 3
    missing = httpx.post(conductorone_fake.url("/api/v1/policies/nope"), json={"policy": {}}, headers=headers)
    assert missing.status_code == 404 and missing.json() == {
        "code": 5,
        "message": "policy nope not found",
        "details": [],
    }
    bad_type = httpx.post(url, json={"policy": {"policyType": "POLICY_TYPE_NOPE"}}, headers=headers)
    assert bad_type.status_code == 400
    no_auth = httpx.post(url, json={"policy": {}})
    assert no_auth.status_code == 401 and no_auth.json()["code"] == 16
