"""Region and realm resolution for OCI endpoints: the host follows the region's realm, never a fixed domain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import policy_clients
from policy_clients import ConfigurationError
from policy_clients.vendors.oci_regions import auth_endpoint, identity_endpoint, resolve_region

NO_ENV: dict[str, str] = {}


@pytest.mark.parametrize(
    ("region", "host"),
    [
        ("us-ashburn-1", "https://identity.us-ashburn-1.oci.oraclecloud.com"),
        ("PHX", "https://identity.us-phoenix-1.oci.oraclecloud.com"),
        ("us-langley-1", "https://identity.us-langley-1.oci.oraclegovcloud.com"),
        ("uk-gov-london-1", "https://identity.uk-gov-london-1.oci.oraclegovcloud.uk"),
        ("eu-frankfurt-2", "https://identity.eu-frankfurt-2.oci.oraclecloud.eu"),
        ("nja", "https://identity.ap-chiyoda-1.oci.oraclecloud8.com"),
        ("xx-unknown-1", "https://identity.xx-unknown-1.oci.oraclecloud.com"),
        ("us-ashburn-1.oci.example.com", "https://identity.us-ashburn-1.oci.example.com"),
    ],
)
def test_identity_host_follows_the_realm(region: str, host: str, tmp_path: Path) -> None:
    assert identity_endpoint(region, environ=NO_ENV, home=tmp_path) == host


def test_auth_host_has_no_oci_label(tmp_path: Path) -> None:
    assert auth_endpoint("us-gov-ashburn-1", environ=NO_ENV, home=tmp_path) == (
        "https://auth.us-gov-ashburn-1.oraclegovcloud.com"
    )


def test_unknown_region_from_regions_config_then_env_then_default_realm(tmp_path: Path) -> None:
    (tmp_path / ".oci").mkdir()
    entry = {"realmKey": "oc99", "realmDomainComponent": "example-cloud.test", "regionKey": "ZZZ"}
    (tmp_path / ".oci" / "regions-config.json").write_text(json.dumps([{**entry, "regionIdentifier": "zz-one-1"}]))
    assert resolve_region("zz-one-1", environ=NO_ENV, home=tmp_path).domain == "example-cloud.test"
    assert resolve_region("zzz", environ=NO_ENV, home=tmp_path).name == "zz-one-1"  # the regionKey, any case

    env = {"OCI_REGION_METADATA": json.dumps({**entry, "regionIdentifier": "zz-two-1"})}
    assert identity_endpoint("zz-two-1", environ=env, home=tmp_path) == (
        "https://identity.zz-two-1.oci.example-cloud.test"
    )
    env = {"OCI_DEFAULT_REALM": "fallback-cloud.test"}
    assert identity_endpoint("zz-three-1", environ=env, home=tmp_path) == (
        "https://identity.zz-three-1.oci.fallback-cloud.test"
    )


def test_unreadable_region_metadata_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".oci").mkdir()
    (tmp_path / ".oci" / "regions-config.json").write_text("{not json")
    env = {"OCI_REGION_METADATA": "[]"}
    assert resolve_region("zz-one-1", environ=env, home=tmp_path).domain == "oraclecloud.com"


@pytest.mark.parametrize(
    "value",
    ["evil.example/", "us-ashburn-1/../x", "us ashburn", "", "a..b", "-x", "x@evil.example", "us-ashburn-1:443"],
)
def test_values_that_could_steer_the_host_are_refused(value: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        identity_endpoint(value, environ=NO_ENV, home=tmp_path)


def test_metadata_with_a_bad_domain_is_refused(tmp_path: Path) -> None:
    env = {
        "OCI_REGION_METADATA": json.dumps(
            {"realmKey": "x", "realmDomainComponent": "evil.example/", "regionKey": "q", "regionIdentifier": "q-1"}
        )
    }
    with pytest.raises(ConfigurationError, match="realm domain"):
        resolve_region("q-1", environ=env, home=tmp_path)


def test_factory_uses_realm_host_and_oci_region_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from policy_clients.auth.oci import OCIRequestSigner

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signer = OCIRequestSigner(
        tenancy="ocid1.tenancy.oc1..t", user="ocid1.user.oc1..u", fingerprint="aa", private_key=key
    )
    client = policy_clients.oci_identity(signer=signer, region="us-gov-phoenix-1")
    assert str(client.get_httpx_client().base_url) == "https://identity.us-gov-phoenix-1.oci.oraclegovcloud.com"
    monkeypatch.setenv("OCI_REGION", "lhr")
    client = policy_clients.oci_identity(signer=signer)
    assert str(client.get_httpx_client().base_url) == "https://identity.uk-london-1.oci.oraclecloud.com"
