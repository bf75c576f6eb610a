from __future__ import annotations

import base64
import email.utils
import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from policy_clients._safety import InsecureTransportError
from policy_clients.auth import OCIKeyError, OCIRequestSigner, build_signing_string, sign_request

oci_signer = pytest.importorskip("oci.signer", reason="the official OCI SDK is a test-only dependency")
oci_requests = pytest.importorskip("oci._vendor.requests")

if TYPE_CHECKING:
    from conftest import LocalServer, RecordedRequest

TENANCY = "ocid1.tenancy.oc1..aaaaaaaatenancy"
USER = "ocid1.user.oc1..aaaaaaaauser"
FINGERPRINT = "20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34"
NOW = 1_700_000_000.0
BASE = "https://identity.us-ashburn-1.oci.oraclecloud.com"
POLICY_PATH = "/20160918/policies/ocid1.policy.oc1..aaaaaaaapolicy"
BODY = b'{"description":"d","statements":["Allow group G to read all-resources in tenancy"]}'
PASSPHRASE = "pw-SECRET-91c2"


def sdk_sign(pem: bytes, method: str, url: str, body: bytes | None, now: float, passphrase: str | None = None) -> Any:
    """Sign with the official SDK, pinning date to the same instant."""
    signer = oci_signer.Signer(TENANCY, USER, FINGERPRINT, None, pass_phrase=passphrase, private_key_content=pem)
    headers = {"date": email.utils.formatdate(now, usegmt=True)}
    prepared = oci_requests.Request(method, url, data=body, headers=headers).prepare()
    return signer(prepared)


def our_sign(key: rsa.RSAPrivateKey, method: str, url: str, body: bytes | None, now: float) -> httpx.Request:
    request = httpx.Request(method, url, content=body)
    sign_request(request, key_id=f"{TENANCY}/{USER}/{FINGERPRINT}", private_key=key, now=now)
    return request


CASES = [
    ("PUT", f"{BASE}{POLICY_PATH}", BODY),
    ("PUT", f"{BASE}{POLICY_PATH}", None),
    ("POST", f"{BASE}/20160918/policies", BODY),
    ("GET", f"{BASE}{POLICY_PATH}?limit=10&page=abc%2Fdef", None),
    ("DELETE", f"{BASE}{POLICY_PATH}", None),
    ("PUT", "http://127.0.0.1:8443/20160918/policies/p", BODY),
]


@pytest.mark.parametrize(("method", "url", "body"), CASES)
def test_matches_official_sdk_byte_for_byte(
    rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes, method: str, url: str, body: bytes | None
) -> None:
    expected = sdk_sign(rsa_pem, method, url, body, NOW)
    ours = our_sign(rsa_key, method, url, body, NOW)
    assert ours.headers["authorization"] == expected.headers["authorization"]
    assert ours.headers["date"] == expected.headers["date"] == "Tue, 14 Nov 2023 22:13:20 GMT"
    if method in ("PUT", "POST"):
        assert ours.headers["x-content-sha256"] == expected.headers["x-content-sha256"]
        assert ours.headers["content-length"] == expected.headers["content-length"] == str(len(body or b""))
        assert (
            'headers="date (request-target) host content-length content-type x-content-sha256"'
            in (ours.headers["authorization"])
        )
    else:
        assert 'headers="date (request-target) host"' in ours.headers["authorization"]


def test_empty_body_constants(rsa_key: rsa.RSAPrivateKey) -> None:
    request = our_sign(rsa_key, "PUT", f"{BASE}{POLICY_PATH}", None, NOW)
    assert request.headers["x-content-sha256"] == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    assert request.headers["content-length"] == "0"
    assert request.headers["content-type"] == "application/json"


def test_build_signing_string_layout() -> None:
    text = build_signing_string(
        "PUT",
        "/p?q=1",
        {
            "date": "D",
            "host": "h:1",
            "content-length": "3",
            "content-type": "application/json",
            "x-content-sha256": "S",
        },
        ("date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256"),
    )
    assert text == (
        "date: D\n(request-target): put /p?q=1\nhost: h:1\ncontent-length: 3\n"
        "content-type: application/json\nx-content-sha256: S"
    )
    with pytest.raises(ValueError, match="host"):
        build_signing_string("GET", "/", {"date": "D"}, ("date", "host"))


def test_passphrase_protected_pem_matches_sdk(rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes) -> None:
    encrypted = rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.BestAvailableEncryption(PASSPHRASE.encode()),
    )
    signer = OCIRequestSigner.from_pem(
        tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, pem=encrypted, passphrase=PASSPHRASE, clock=lambda: NOW
    )
    request = httpx.Request("PUT", f"{BASE}{POLICY_PATH}", content=BODY)
    next(signer.auth_flow(request))
    expected = sdk_sign(encrypted, "PUT", f"{BASE}{POLICY_PATH}", BODY, NOW, passphrase=PASSPHRASE)
    assert request.headers["authorization"] == expected.headers["authorization"]

    for bad in ("wrong-passphrase", None):
        with pytest.raises(OCIKeyError) as info:
            OCIRequestSigner.from_pem(
                tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, pem=encrypted, passphrase=bad
            )
        assert PASSPHRASE not in str(info.value)
        assert "wrong-passphrase" not in str(info.value)
        assert "PRIVATE KEY" not in str(info.value)
    # a passphrase inherited for an unencrypted key is ignored, as the SDK does
    OCIRequestSigner.from_pem(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, pem=rsa_pem, passphrase="unused")


def test_rejects_non_rsa_and_garbage_keys() -> None:
    ed_pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    for pem in (ed_pem, b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n", b""):
        with pytest.raises(OCIKeyError):
            OCIRequestSigner.from_pem(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, pem=pem)


def test_repr_hides_key(rsa_key: rsa.RSAPrivateKey, rsa_pem: bytes) -> None:
    signer = OCIRequestSigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=rsa_key)
    assert repr(signer) == f"OCIRequestSigner(key_id='{TENANCY}/{USER}/{FINGERPRINT}', private_key='***')"
    body_line = rsa_pem.decode().splitlines()[1]
    assert body_line not in repr(signer)


# --- server-side verification -------------------------------------------------------------------

AUTH_RE = re.compile(
    r'Signature algorithm="rsa-sha256",headers="([^"]+)",keyId="([^"]+)",signature="([^"]+)",version="1"'
)


def verify_on_server(request: RecordedRequest, public_key: rsa.RSAPublicKey) -> list[str]:
    """Rebuild the signing string from what arrived on the wire and verify it (independent of our code)."""
    match = AUTH_RE.fullmatch(request.headers["authorization"])
    assert match is not None
    names, key_id, signature = match.group(1).split(" "), match.group(2), match.group(3)
    assert key_id == f"{TENANCY}/{USER}/{FINGERPRINT}"
    lines = [
        f"(request-target): {request.method.lower()} {request.target}"
        if name == "(request-target)"
        else f"{name}: {request.headers[name]}"
        for name in names
    ]
    public_key.verify(base64.b64decode(signature), "\n".join(lines).encode(), padding.PKCS1v15(), hashes.SHA256())
    if "x-content-sha256" in names:
        digest = base64.b64encode(hashlib.sha256(request.body).digest()).decode()
        assert request.headers["x-content-sha256"] == digest
        assert request.headers["content-length"] == str(len(request.body))
    return names


class StepClock:
    def __init__(self, start: float, step: float) -> None:
        self.now = start - step
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_wire_signature_verifies_and_each_attempt_is_resigned(server: LocalServer, rsa_key: rsa.RSAPrivateKey) -> None:
    clock = StepClock(NOW, 400.0)  # each attempt ~7 minutes later: beyond OCI's 5-minute skew window
    signer = OCIRequestSigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=rsa_key, clock=clock)
    with httpx.Client(base_url=server.url, auth=signer) as client:
        request = client.build_request("PUT", POLICY_PATH, json={"statements": ["Allow x"]}, headers={"if-match": "e1"})
        client.send(request)
        client.send(request)  # a retry layer re-sends the same request object
        client.get(POLICY_PATH, params={"limit": "5"})
    first, second, get = server.requests
    for received in (first, second):
        assert verify_on_server(received, rsa_key.public_key())[-1] == "x-content-sha256"
        assert received.headers["host"] == f"127.0.0.1:{server.port}"
    assert first.headers["date"] == email.utils.formatdate(NOW, usegmt=True)
    assert second.headers["date"] == email.utils.formatdate(NOW + 400, usegmt=True)
    assert first.headers["authorization"] != second.headers["authorization"]
    assert first.headers["if-match"] == "e1"
    assert verify_on_server(get, rsa_key.public_key()) == ["date", "(request-target)", "host"]
    assert get.target == f"{POLICY_PATH}?limit=5"


def test_streamed_body_is_signed_with_content_length(server: LocalServer, rsa_key: rsa.RSAPrivateKey) -> None:
    def chunks() -> Iterator[bytes]:
        yield BODY[:10]
        yield BODY[10:]

    signer = OCIRequestSigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=rsa_key)
    with httpx.Client(base_url=server.url, auth=signer) as client:
        client.put(POLICY_PATH, content=chunks())
    (received,) = server.requests
    assert "transfer-encoding" not in received.headers
    assert received.body == BODY
    verify_on_server(received, rsa_key.public_key())


async def test_async_client_signature_verifies(server: LocalServer, rsa_key: rsa.RSAPrivateKey) -> None:
    signer = OCIRequestSigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=rsa_key)
    async with httpx.AsyncClient(base_url=server.url, auth=signer) as client:
        await client.put(POLICY_PATH, content=b"")
        await client.delete(POLICY_PATH)
    put, delete = server.requests
    verify_on_server(put, rsa_key.public_key())
    assert put.headers["x-content-sha256"] == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    verify_on_server(delete, rsa_key.public_key())


def test_refuses_plain_http_to_remote_host(rsa_key: rsa.RSAPrivateKey) -> None:
    signer = OCIRequestSigner(tenancy=TENANCY, user=USER, fingerprint=FINGERPRINT, private_key=rsa_key)
    with pytest.raises(InsecureTransportError):
        next(signer.auth_flow(httpx.Request("GET", "http://identity.us-ashburn-1.oci.oraclecloud.com/x")))


def test_unsupported_method(rsa_key: rsa.RSAPrivateKey) -> None:
    with pytest.raises(ValueError, match="OPTIONS"):
        our_sign(rsa_key, "OPTIONS", f"{BASE}/x", None, NOW)


def test_each_call_carries_an_opc_request_id_that_is_not_signed(rsa_pem: bytes) -> None:
    signer = OCIRequestSigner.from_pem(
        tenancy="ocid1.tenancy.oc1..t", user="ocid1.user.oc1..u", fingerprint="aa:bb", pem=rsa_pem
    )
    first = httpx.Request("PUT", "https://identity.example.com/20160918/policies/p", json={"a": 1})
    second = httpx.Request("PUT", "https://identity.example.com/20160918/policies/p", json={"a": 1})
    given = httpx.Request("GET", "https://identity.example.com/x", headers={"opc-request-id": "mine"})
    for request in (first, second, given):
        next(signer.auth_flow(request))
    ids = [r.headers["opc-request-id"] for r in (first, second, given)]
    assert len(ids[0]) == 32 and ids[0] != ids[1]
    assert ids[2] == "mine"
    assert "opc-request-id" not in first.headers["authorization"]
