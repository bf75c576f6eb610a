"""``token_provider=`` for OCI: ST$<token> signatures with the session key, verified by the OCI fake over HTTP."""

from __future__ import annotations

import asyncio
import pickle
import traceback
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from oci_identity_client.api.policies import update_policy
from oci_identity_client.models import UpdatePolicyDetails

import policy_clients
from policy_clients.testing import OCIIdentityFake

POLICY = "ocid1.policy.oc1..provided"
BODY = UpdatePolicyDetails(description="N")


@pytest.fixture
def session_key(oci_identity_fake: OCIIdentityFake) -> rsa.RSAPrivateKey:
    oci_identity_fake.seed_policy(POLICY)
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def update(client: Any, mode: str) -> int:
    if mode == "sync":
        return int(update_policy.sync_detailed(POLICY, client=client, body=BODY).status_code)
    return int(asyncio.run(update_policy.asyncio_detailed(POLICY, client=client, body=BODY)).status_code)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_signed_with_the_provided_token_and_asked_again_after_a_401(
    oci_identity_fake: OCIIdentityFake, session_key: rsa.RSAPrivateKey, mode: str
) -> None:
    oci_identity_fake.register_key("ST$token-two", session_key.public_key())
    tokens = iter(["token-one", "token-two", "token-two"])  # token-one was never registered: 401, then re-signed
    client = policy_clients.oci_identity(
        token_provider=lambda: next(tokens), private_key=session_key, base_url=oci_identity_fake.base_url
    )
    assert update(client, mode) == 200
    assert [r.status for r in oci_identity_fake.requests] == [401, 200]
    assert update(client, mode) == 200


def test_the_key_may_be_pem_bytes(oci_identity_fake: OCIIdentityFake, session_key: rsa.RSAPrivateKey) -> None:
    oci_identity_fake.register_key("ST$tok", session_key.public_key())
    pem = session_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    client = policy_clients.oci_identity(
        token_provider=lambda: "tok", private_key=pem, base_url=oci_identity_fake.base_url
    )
    assert update(client, "sync") == 200


def test_an_async_provider_is_refused_clearly(
    oci_identity_fake: OCIIdentityFake, session_key: rsa.RSAPrivateKey
) -> None:
    async def provider() -> str:
        return "tok"

    client = policy_clients.oci_identity(
        token_provider=provider,  # type: ignore[arg-type]
        private_key=session_key,
        base_url=oci_identity_fake.base_url,
    )
    with pytest.raises(policy_clients.ConfigurationError, match="synchronous"):
        update(client, "sync")
    assert not oci_identity_fake.requests


def test_a_failing_provider_does_not_leak(oci_identity_fake: OCIIdentityFake, session_key: rsa.RSAPrivateKey) -> None:
    leaked = "st-secret-value-0123456789"

    def provider() -> str:
        raise RuntimeError(leaked)

    client = policy_clients.oci_identity(
        token_provider=provider, private_key=session_key, base_url=oci_identity_fake.base_url
    )
    try:
        update(client, "sync")
    except policy_clients.TokenEndpointError as caught:
        error: BaseException = caught
    else:
        raise AssertionError("expected a TokenEndpointError")
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1"), repr(client)]
    texts.append("".join(traceback.TracebackException.from_exception(error).format()))
    assert not [t for t in texts if leaked in t]


def test_token_provider_needs_the_key(session_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(policy_clients.ConfigurationError, match="needs the private_key argument"):
        policy_clients.oci_identity(token_provider=lambda: "t", region="phx")


def test_token_provider_replaces_the_other_modes(session_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(policy_clients.ConfigurationError, match="argument replaces auth"):
        policy_clients.oci_identity(token_provider=lambda: "t", private_key=session_key, auth="api_key", region="phx")
    with pytest.raises(policy_clients.ConfigurationError, match="goes with the token_provider argument"):
        policy_clients.oci_identity(private_key=session_key, region="phx")
