from __future__ import annotations

import json
import time

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fake_helpers import c1_assertion, c1_token_form

from policy_clients.testing import ConductorOneFake, FlashbackFake


def test_requests_are_recorded_with_credentials_redacted(flashback_fake: FlashbackFake) -> None:
    flashback_fake.seed_policy("p")
    httpx.put(
        flashback_fake.url("/policy/p?x=1"),
        json={"name": "n"},
        headers={"Authorization": f"Bearer {flashback_fake.token}", "Cookie": "s=1", "X-Trace": "t"},
    )
    record = flashback_fake.last_request
    assert (record.method, record.path, record.query, record.status) == ("PUT", "/policy/p", {"x": ["1"]}, 400)
    assert record.header("Authorization") == "Bearer [REDACTED]"
    assert record.headers["cookie"] == "[REDACTED]" and record.headers["x-trace"] == "t"
    assert record.json == {"name": "n"} and json.loads(record.body) == {"name": "n"}
    assert record.operation_id == "updatePolicy"
    assert any("unknown query parameter" in p for p in record.problems)
    assert flashback_fake.token not in repr(flashback_fake.requests) and flashback_fake.token not in repr(
        flashback_fake
    )
    flashback_fake.clear_requests()
    assert flashback_fake.requests == []


def test_token_requests_are_recorded_without_the_assertion(conductorone_fake: ConductorOneFake) -> None:
    key = Ed25519PrivateKey.generate()
    client_id = f"svc@{conductorone_fake.token_host}/x"
    conductorone_fake.register_client(client_id, key.public_key())
    assertion = c1_assertion(key, client_id, now=time.time())
    token = httpx.post(conductorone_fake.token_url, data=c1_token_form(client_id, assertion)).json()["access_token"]
    record = conductorone_fake.last_request
    assert assertion.encode() not in record.body and b"client_assertion=[REDACTED]" in record.body
    assert record.status == 200 and record.json is None
    assert token not in repr(conductorone_fake.requests)
