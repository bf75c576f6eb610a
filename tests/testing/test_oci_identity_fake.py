from __future__ import annotations

import email.utils

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fake_helpers import OciTestSigner

from policy_clients.testing import OCIIdentityFake

KEY_ID = "ocid1.tenancy.oc1..aaaatest/ocid1.user.oc1..aaaatest/aa:bb:cc"
POLICY_ID = "ocid1.policy.oc1..aaaapolicy"


@pytest.fixture
def signed(oci_identity_fake: OCIIdentityFake, rsa_key: rsa.RSAPrivateKey) -> httpx.Client:
    oci_identity_fake.register_key(KEY_ID, rsa_key.public_key())
    oci_identity_fake.seed_policy(POLICY_ID, statements=["Allow group A to read all-resources in tenancy"])
    return httpx.Client(base_url=oci_identity_fake.base_url, auth=OciTestSigner(rsa_key, KEY_ID))


PATH = f"/20160918/policies/{POLICY_ID}"


def test_signed_update_returns_policy_etag_and_request_id(
    oci_identity_fake: OCIIdentityFake, signed: httpx.Client
) -> None:
    before = oci_identity_fake.etag(POLICY_ID)
    response = signed.put(
        PATH, json={"description": "new", "statements": ["Allow group B to read all-resources in tenancy"]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["description"] == "new" and response.json()["lifecycleState"] == "ACTIVE"
    assert response.headers["etag"] == oci_identity_fake.etag(POLICY_ID) != before
    assert response.headers["opc-request-id"]


def test_if_match_current_etag_succeeds_and_stale_is_412(
    oci_identity_fake: OCIIdentityFake, signed: httpx.Client
) -> None:
    etag = oci_identity_fake.etag(POLICY_ID)
    first = signed.put(PATH, json={"description": "one"}, headers={"if-match": etag})
    stale = signed.put(PATH, json={"description": "two"}, headers={"if-match": etag})
    assert first.status_code == 200
    assert stale.status_code == 412 and stale.json()["code"] == "NoEtagMatch"
    assert stale.headers["opc-request-id"]
    assert oci_identity_fake.get_policy(POLICY_ID)["description"] == "one"  # type: ignore[index]


def test_etags_are_deterministic_per_version(oci_identity_fake: OCIIdentityFake) -> None:
    assert oci_identity_fake.seed_policy("x") == oci_identity_fake.seed_policy("x")


def test_unknown_policy_is_404_and_client_request_id_is_echoed(signed: httpx.Client) -> None:
    response = signed.put(
        "/20160918/policies/ocid1.policy.oc1..nope",
        json={"description": "d"},
        headers={"opc-request-id": "client-req-1"},
    )
    assert response.status_code == 404 and response.json()["code"] == "NotAuthorizedOrNotFound"
    assert response.headers["opc-request-id"] == "client-req-1"


def test_validation_is_400(signed: httpx.Client) -> None:
    response = signed.put(PATH, json={"description": ""})
    assert response.status_code == 400 and response.json()["code"] == "InvalidParameter"


@pytest.mark.parametrize(
    ("signer_kwargs", "fragment"),
    [
        ({"date": email.utils.formatdate(0, usegmt=True)}, "5 minutes"),
        ({"headers": ["date", "(request-target)", "host"]}, "required headers not signed"),
    ],
)
def test_bad_signatures_are_401(
    oci_identity_fake: OCIIdentityFake, rsa_key: rsa.RSAPrivateKey, signer_kwargs: dict[str, object], fragment: str
) -> None:
    oci_identity_fake.register_key(KEY_ID, rsa_key.public_key())
    oci_identity_fake.seed_policy(POLICY_ID)
    with httpx.Client(auth=OciTestSigner(rsa_key, KEY_ID, **signer_kwargs)) as c:  # type: ignore[arg-type]
        response = c.put(oci_identity_fake.url(PATH), json={"description": "d"})
    assert response.status_code == 401
    assert response.json()["code"] == "NotAuthenticated" and fragment in response.json()["message"]


def test_wrong_key_tampered_body_and_unknown_key_are_401(
    oci_identity_fake: OCIIdentityFake, rsa_key: rsa.RSAPrivateKey
) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    oci_identity_fake.register_key(KEY_ID, rsa_key.public_key())
    oci_identity_fake.seed_policy(POLICY_ID)
    url = oci_identity_fake.url(PATH)
    wrong_key = httpx.put(url, json={"description": "d"}, auth=OciTestSigner(other, KEY_ID))
    unknown = httpx.put(url, json={"description": "d"}, auth=OciTestSigner(rsa_key, "ocid1.tenancy/nobody/00"))

    class Tamper(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            yield from OciTestSigner(rsa_key, KEY_ID).auth_flow(request)

    request = httpx.Request("PUT", url, json={"description": "d"})
    next(Tamper().auth_flow(request))
    request.headers["x-content-sha256"] = "AAAA"
    tampered = httpx.Client().send(request)
    unsigned = httpx.put(url, json={"description": "d"})
    assert "does not verify" in wrong_key.json()["message"]
    assert "unknown keyId" in unknown.json()["message"]
    assert tampered.status_code == 401 and "x-content-sha256" in tampered.json()["message"]
    assert unsigned.status_code == 401
    assert {wrong_key.status_code, unknown.status_code} == {401}


def test_fake_made_credentials_verify(oci_identity_fake: OCIIdentityFake) -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    credentials = oci_identity_fake.new_credentials()
    assert "PRIVATE" not in repr(credentials)
    oci_identity_fake.seed_policy(POLICY_ID)
    key = load_pem_private_key(credentials.private_key_pem, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    response = httpx.put(
        oci_identity_fake.url(PATH), json={"description": "d"}, auth=OciTestSigner(key, credentials.key_id)
    )
    assert response.status_code == 200
