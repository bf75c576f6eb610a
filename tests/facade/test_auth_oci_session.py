"""OCI session tokens (`oci session authenticate` profiles), signed and verified over real HTTP by the fake."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import policy_clients
from policy_clients import AuthenticationError, ConfigurationError
from policy_clients.auth import OCIConfigError, OCISessionTokenSigner
from policy_clients.testing import OCIIdentityFake

POLICY = "ocid1.policy.oc1..session"


def session_profile(tmp_path: Path, fake: OCIIdentityFake, token: str) -> tuple[Path, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (tmp_path / "session_key.pem").write_bytes(pem)
    (tmp_path / "token").write_text(token + "\n")
    fake.register_key("ST$" + token, key.public_key())
    config = tmp_path / "config"
    config.write_text(
        "[SESSION]\nsecurity_token_file=token\nkey_file=session_key.pem\ntenancy=ocid1.tenancy.oc1..t\nregion=phx\n"
    )
    return config, key


def rewrite_token(path: Path, token: str) -> None:
    path.write_text(token + "\n")
    stat = path.stat()  # make the change visible even on file systems with coarse timestamps
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_session_profile_signs_with_st_key_id_and_follows_a_refreshed_token(
    oci_identity_fake: OCIIdentityFake, tmp_path: Path, mode: str
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    config, key = session_profile(tmp_path, oci_identity_fake, "token-one-SECRET")
    etag = oci_identity_fake.seed_policy(POLICY)
    client = policy_clients.oci_identity(config_file=config, profile="SESSION", base_url=oci_identity_fake.base_url)
    body = UpdatePolicyDetails(description="one")

    async def update(if_match: str) -> str:
        if mode == "sync":
            response = update_policy.sync_detailed(POLICY, client=client, body=body, if_match=if_match)
        else:
            response = await update_policy.asyncio_detailed(POLICY, client=client, body=body, if_match=if_match)
        assert response.status_code == 200
        return str(response.parsed_headers.etag)

    etag = await update(etag)
    # `oci session refresh` writes a new token; the old one stops working at the server.
    oci_identity_fake.revoke_key("ST$token-one-SECRET")
    oci_identity_fake.register_key("ST$token-two-SECRET", key.public_key())
    rewrite_token(tmp_path / "token", "token-two-SECRET")
    await update(etag)
    assert len(oci_identity_fake.requests) == 2
    assert "SECRET" not in repr(client) and "SECRET" not in repr(client.get_httpx_client().auth)


def test_revoked_session_token_is_an_authentication_error_without_the_token(
    oci_identity_fake: OCIIdentityFake, tmp_path: Path
) -> None:
    from oci_identity_client.api.policies import update_policy
    from oci_identity_client.models import UpdatePolicyDetails

    config, _key = session_profile(tmp_path, oci_identity_fake, "token-gone-SECRET")
    oci_identity_fake.seed_policy(POLICY)
    oci_identity_fake.revoke_key("ST$token-gone-SECRET")
    client = policy_clients.oci_identity(config_file=config, profile="SESSION", base_url=oci_identity_fake.base_url)
    with pytest.raises(AuthenticationError) as caught:
        update_policy.sync_detailed(POLICY, client=client, body=UpdatePolicyDetails(description="x"))
    assert "SECRET" not in str(caught.value) and "SECRET" not in repr(caught.value)


def test_auth_mode_selection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dir = tmp_path
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    (fake_dir / "k.pem").write_bytes(pem)
    (fake_dir / "token").write_text("tok-SECRET")
    config = fake_dir / "config"
    config.write_text(
        "[DEFAULT]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\ntenancy=ocid1.tenancy.oc1..t\nkey_file=k.pem\n"
        "region=iad\n[S]\nsecurity_token_file=token\n"
    )
    monkeypatch.delenv("OCI_CLI_AUTH", raising=False)

    def signer_of(**kwargs: object) -> object:
        return policy_clients.oci_identity(config_file=config, **kwargs).get_httpx_client().auth  # type: ignore[arg-type]

    assert type(signer_of()).__name__ == "OCIRequestSigner"
    assert isinstance(signer_of(profile="S"), OCISessionTokenSigner)  # the profile says so
    assert type(signer_of(profile="S", auth="api_key")).__name__ == "OCIRequestSigner"  # the caller says otherwise
    monkeypatch.setenv("OCI_CLI_AUTH", "security_token")  # the CLI's name; DEFAULT has no token file
    with pytest.raises(OCIConfigError, match="security_token_file"):
        signer_of()
    monkeypatch.setenv("OCI_CLI_AUTH", "instance_obo_user")
    with pytest.raises(ConfigurationError, match="not supported"):
        signer_of()


@pytest.mark.parametrize("content", ["", "  \n", 'bad"quote', "two\nlines", "\x00binary"])
def test_a_token_file_without_a_token_is_refused(tmp_path: Path, content: str) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "token").write_text(content)
    with pytest.raises(OCIConfigError, match="does not hold a session token") as caught:
        OCISessionTokenSigner(token_file=tmp_path / "token", private_key=key)
    assert content.strip() == "" or content not in str(caught.value)


def test_missing_token_file_names_the_file(tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(OCIConfigError, match="nowhere"):
        OCISessionTokenSigner(token_file=tmp_path / "nowhere", private_key=key)


def test_signer_repr_and_pickle_of_errors_hide_the_token(tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "token").write_text("eyJhbGciOi.SECRET.sig")
    signer = OCISessionTokenSigner(token_file=tmp_path / "token", private_key=key)
    assert "SECRET" not in repr(signer)
    (tmp_path / "token").write_text("x\ny")
    os.utime(tmp_path / "token", ns=(0, 10**9))
    with pytest.raises(OCIConfigError) as caught:
        signer.credentials()
    assert b"SECRET" not in pickle.dumps(caught.value)
