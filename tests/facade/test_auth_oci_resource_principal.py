"""OCI resource principals v2.2: token and key from the environment, re-read after a 401, over real HTTP."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import policy_clients
from policy_clients import AuthenticationError
from policy_clients.auth import OCIConfigError, OCIResourcePrincipalSigner
from policy_clients.testing import OCIIdentityFake

POLICY = "ocid1.policy.oc1..rp"


def rpst(tenant: str, secret: str) -> str:
    def part(value: dict[str, str]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")

    claims = {"res_tenant": tenant, "res_compartment": "ocid1.compartment.oc1..c", "jti": secret}
    return f"{part({'alg': 'RS256'})}.{part(claims)}.c2lnbmF0dXJl"


def pem_of(key: rsa.RSAPrivateKey, passphrase: bytes | None = None) -> bytes:
    encryption = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


@pytest.fixture
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def env_for(token: str, pem: str, **extra: str) -> dict[str, str]:
    return {
        "OCI_RESOURCE_PRINCIPAL_VERSION": "2.2",
        "OCI_RESOURCE_PRINCIPAL_RPST": token,
        "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM": pem,
        "OCI_RESOURCE_PRINCIPAL_REGION": "phx",
        **extra,
    }


def test_inline_token_and_key_sign_as_st_rpst(
    oci_identity_fake: OCIIdentityFake, key: rsa.RSAPrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    token = rpst("ocid1.tenancy.oc1..t", "SECRET-1")
    oci_identity_fake.register_key("ST$" + token, key.public_key())
    etag = oci_identity_fake.seed_policy(POLICY)
    for name, value in env_for(token, pem_of(key).decode()).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OCI_CLI_AUTH", raising=False)
    client = policy_clients.oci_identity(base_url=oci_identity_fake.base_url)  # the environment decides the mode
    signer = client.get_httpx_client().auth
    assert isinstance(signer, OCIResourcePrincipalSigner)
    assert signer.claims.tenancy == "ocid1.tenancy.oc1..t"
    body = UpdatePolicyDetails(description="x")
    assert update_policy.sync_detailed(POLICY, client=client, body=body, if_match=etag).status_code == 200
    assert "SECRET" not in repr(signer) and "SECRET" not in repr(client)
    # Without base_url, the environment's region (a short code) picks the host.
    regional = policy_clients.oci_identity()
    assert str(regional.get_httpx_client().base_url) == "https://identity.us-phoenix-1.oci.oraclecloud.com"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_401_rereads_rotated_files_and_resigns_once(
    oci_identity_fake: OCIIdentityFake, key: rsa.RSAPrivateKey, tmp_path: Path, mode: str
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    old, new = rpst("t", "SECRET-old"), rpst("t", "SECRET-new")
    (tmp_path / "rpst").write_text(old)
    (tmp_path / "key.pem").write_bytes(pem_of(key, b"pass-SECRET"))
    (tmp_path / "passphrase").write_text("pass-SECRET\n")
    env = env_for(
        str(tmp_path / "rpst"),
        str(tmp_path / "key.pem"),
        OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE=str(tmp_path / "passphrase"),
    )
    signer = OCIResourcePrincipalSigner(environ=env)
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    etag = oci_identity_fake.seed_policy(POLICY)
    # The platform rotated the token in place, in a way no stat shows (same size, inode, mtime);
    # the server no longer accepts the old one.
    before = (tmp_path / "rpst").stat()
    (tmp_path / "rpst").write_text(new)
    os.utime(tmp_path / "rpst", ns=(before.st_atime_ns, before.st_mtime_ns))
    oci_identity_fake.register_key("ST$" + new, key.public_key())
    body = UpdatePolicyDetails(description="after rotation")
    if mode == "sync":
        response = update_policy.sync_detailed(POLICY, client=client, body=body, if_match=etag)
    else:
        response = await update_policy.asyncio_detailed(POLICY, client=client, body=body, if_match=etag)
    assert response.status_code == 200
    assert [r.status for r in oci_identity_fake.requests] == [401, 200]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_rotated_token_and_key_files_are_read_before_the_next_call(
    oci_identity_fake: OCIIdentityFake, key: rsa.RSAPrivateKey, tmp_path: Path, mode: str
) -> None:
    from oci_identity_client.api.policies import get_policy

    rpst_file, key_file = tmp_path / "rpst", tmp_path / "key.pem"
    tokens = [rpst("t", "SECRET-" + "x" * n) for n in range(3)]  # sizes differ: seen on any file system
    keys = [key, rsa.generate_private_key(public_exponent=65537, key_size=2048)]
    rpst_file.write_text(tokens[0])
    key_file.write_bytes(pem_of(keys[0]))
    oci_identity_fake.register_key("ST$" + tokens[0], keys[0].public_key())
    signer = OCIResourcePrincipalSigner(environ=env_for(str(rpst_file), str(key_file)))
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    oci_identity_fake.seed_policy(POLICY)

    async def status() -> int:
        if mode == "sync":
            return int(get_policy.sync_detailed(POLICY, client=client).status_code)
        return int((await get_policy.asyncio_detailed(POLICY, client=client)).status_code)

    assert await status() == 200
    # Rotations, each revoking the token before: the next call signs with the new files, with no 401 first.
    for token, new_key, replaced in ((tokens[1], keys[0], tokens[0]), (tokens[2], keys[1], tokens[1])):
        oci_identity_fake.revoke_key("ST$" + replaced)
        oci_identity_fake.register_key("ST$" + token, new_key.public_key())
        key_file.write_bytes(pem_of(new_key))
        rpst_file.unlink()  # as the platform does: a new file (a new inode) under the same name
        rpst_file.write_text(token)
        assert await status() == 200
        assert signer.credentials()[0] == "ST$" + token
    assert [r.status for r in oci_identity_fake.requests] == [200, 200, 200]


def test_a_401_with_nothing_new_to_read_is_an_authentication_error(
    oci_identity_fake: OCIIdentityFake, key: rsa.RSAPrivateKey
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    signer = OCIResourcePrincipalSigner(environ=env_for(rpst("t", "SECRET-x"), pem_of(key).decode()))
    client = policy_clients.oci_identity(signer=signer, base_url=oci_identity_fake.base_url)
    oci_identity_fake.seed_policy(POLICY)
    with pytest.raises(AuthenticationError) as caught:
        update_policy.sync_detailed(POLICY, client=client, body=UpdatePolicyDetails(description="x"))
    assert len(oci_identity_fake.requests) == 1  # inline credentials cannot change: no second try
    assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "OCI_RESOURCE_PRINCIPAL_VERSION"),
        ({"OCI_RESOURCE_PRINCIPAL_VERSION": "2.1"}, "not supported"),
        ({"OCI_RESOURCE_PRINCIPAL_VERSION": "2.2"}, "OCI_RESOURCE_PRINCIPAL_RPST"),
        (env_for("", "x"), "OCI_RESOURCE_PRINCIPAL_RPST"),
        (env_for("tok", "not a pem"), "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"),
        (env_for('bad"token', "x"), "does not hold"),
        (env_for("/nonexistent/rpst", "x"), "cannot read /nonexistent/rpst"),
    ],
)
def test_incomplete_environment_names_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(OCIConfigError, match=message) as caught:
        OCIResourcePrincipalSigner(environ=env)
    assert "tok" not in str(caught.value).replace("token", "")
