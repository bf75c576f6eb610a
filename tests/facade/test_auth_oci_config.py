from __future__ import annotations

import email.utils
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from policy_clients.auth import OCIConfig, OCIConfigError, OCIKeyError, OCIRequestSigner, load_oci_config

PASSPHRASE = "pp-SECRET-%-42"  # '%' must not trip interpolation
CONFIG = """\
[DEFAULT]
user = ocid1.user.oc1..default
fingerprint = aa:bb
key_file = keys/default.pem
tenancy = ocid1.tenancy.oc1..t
region = us-ashburn-1

[ADMIN]
user = ocid1.user.oc1..admin
key_file = ~/admin.pem
pass_phrase = {passphrase}
region = eu-frankfurt-1

[BROKEN]
fingerprint =
"""


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OCI_CONFIG_FILE", raising=False)
    monkeypatch.delenv("OCI_CLI_PROFILE", raising=False)
    path = tmp_path / "oci" / "config"
    path.parent.mkdir()
    path.write_text(CONFIG.format(passphrase=PASSPHRASE))
    return path


def test_default_profile_and_relative_key_file(config_file: Path) -> None:
    config = load_oci_config(config_file)
    assert config == OCIConfig(
        user="ocid1.user.oc1..default",
        fingerprint="aa:bb",
        key_file=config_file.parent / "keys" / "default.pem",
        tenancy="ocid1.tenancy.oc1..t",
        region="us-ashburn-1",
        pass_phrase=None,
        source=config_file,
        profile="DEFAULT",
    )


def test_profile_inherits_default_and_expands_home(config_file: Path, tmp_path: Path) -> None:
    config = load_oci_config(str(config_file), profile="ADMIN")
    assert config.user == "ocid1.user.oc1..admin"
    assert config.tenancy == "ocid1.tenancy.oc1..t"  # inherited
    assert config.fingerprint == "aa:bb"  # inherited
    assert config.region == "eu-frankfurt-1"
    assert config.key_file == tmp_path / "home" / "admin.pem"
    assert config.pass_phrase == PASSPHRASE
    assert PASSPHRASE not in repr(config)


def test_environment_selects_file_and_profile(config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCI_CONFIG_FILE", str(config_file))
    monkeypatch.setenv("OCI_CLI_PROFILE", "ADMIN")
    assert load_oci_config().profile == "ADMIN"
    assert load_oci_config(profile="DEFAULT").user == "ocid1.user.oc1..default"


def test_default_location_is_home_oci_config(config_file: Path, tmp_path: Path) -> None:
    home_config = tmp_path / "home" / ".oci" / "config"
    home_config.parent.mkdir(parents=True)
    home_config.write_text(config_file.read_text())
    assert load_oci_config().source == home_config


def test_missing_key_names_file_profile_and_key(config_file: Path) -> None:
    config_file.write_text("[DEFAULT]\nregion = r\n\n[P]\nuser = u\nfingerprint =\n")
    with pytest.raises(OCIConfigError) as info:
        load_oci_config(config_file, profile="P")
    message = str(info.value)
    assert str(config_file) in message
    assert "'P'" in message
    assert "fingerprint, key_file, tenancy" in message


def test_unknown_profile_and_missing_file(config_file: Path, tmp_path: Path) -> None:
    with pytest.raises(OCIConfigError, match="'NOPE' not found"):
        load_oci_config(config_file, profile="NOPE")
    with pytest.raises(OCIConfigError, match="cannot read"):
        load_oci_config(tmp_path / "absent")


def test_parse_errors_do_not_quote_lines(config_file: Path) -> None:
    config_file.write_text(f"[DEFAULT]\nuser = u\n{PASSPHRASE}\n")
    with pytest.raises(OCIConfigError) as info:
        load_oci_config(config_file)
    assert PASSPHRASE not in str(info.value)
    assert "3" in str(info.value)


def test_signer_from_config_with_passphrase(config_file: Path, tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    key_path = tmp_path / "home" / "admin.pem"
    key_path.parent.mkdir(parents=True)
    key_path.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    config = load_oci_config(config_file, profile="ADMIN")
    signer = OCIRequestSigner.from_config(config, clock=lambda: 1_700_000_000.0)
    assert signer.key_id == "ocid1.tenancy.oc1..t/ocid1.user.oc1..admin/aa:bb"
    request = httpx.Request("GET", "https://identity.eu-frankfurt-1.oci.oraclecloud.com/20160918/policies/p")
    next(signer.auth_flow(request))
    assert request.headers["date"] == email.utils.formatdate(1_700_000_000.0, usegmt=True)
    assert 'keyId="ocid1.tenancy.oc1..t/ocid1.user.oc1..admin/aa:bb"' in request.headers["authorization"]

    wrong = OCIConfig(**{**config.__dict__, "pass_phrase": "not-it-SECRET"})
    with pytest.raises(OCIKeyError) as info:
        OCIRequestSigner.from_config(wrong)
    assert "not-it-SECRET" not in str(info.value)
    assert "'ADMIN'" in str(info.value)


def test_signer_from_config_missing_key_file(config_file: Path) -> None:
    with pytest.raises(OCIConfigError) as info:
        OCIRequestSigner.from_config(load_oci_config(config_file))
    assert "default.pem" in str(info.value)
    assert "'DEFAULT'" in str(info.value)


def test_agrees_with_official_sdk_loader(config_file: Path, tmp_path: Path) -> None:
    oci_config = pytest.importorskip("oci.config")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "admin.pem").write_bytes(b"")  # the SDK insists the key file exists
    theirs = oci_config.from_file(str(config_file), "ADMIN")
    ours = load_oci_config(config_file, profile="ADMIN")
    assert (ours.user, ours.tenancy, ours.fingerprint, ours.region, ours.pass_phrase) == (
        theirs["user"],
        theirs["tenancy"],
        theirs["fingerprint"],
        theirs["region"],
        theirs["pass_phrase"],
    )
