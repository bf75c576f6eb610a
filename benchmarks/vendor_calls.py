"""One update-policy call per vendor, made every way the suite compares, against the canned server.

Each builder returns a zero-argument callable doing one complete call (request built, sent over a
kept-alive connection, response read and parsed) plus a closer. Official SDKs that are not installed
are skipped (the caller records why).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

API_KEY = "bench-api-key"
C1_TOKEN = "bench-c1-token"  # noqa: S105 - a dummy token for a local server
POLAR = 'actor User {}\nresource Repository { permissions = ["read"]; }\n'
OCI_POLICY_ID = "ocid1.policy.oc1..aaaabench"
OCI_TENANCY = "ocid1.tenancy.oc1..aaaabench"
OCI_USER = "ocid1.user.oc1..aaaabench"
OCI_STATEMENTS = ["Allow group Admins to manage all-resources in tenancy"]
C1_POLICY_ID = "pol-1"

Call = Callable[[], object]


@dataclass(frozen=True)
class WireRequest:
    """The request each client sends for a vendor, for the baselines that build it by hand."""

    method: str
    path: str
    body: dict[str, Any]


WIRE = {
    "oso_cloud": WireRequest("POST", "/api/policy", {"src": POLAR}),
    "conductorone": WireRequest(
        "POST",
        f"/api/v1/policies/{C1_POLICY_ID}",
        {"policy": {"displayName": "Bench policy", "description": "updated"}, "updateMask": "description"},
    ),
    "oci_identity": WireRequest(
        "PUT", f"/20160918/policies/{OCI_POLICY_ID}", {"description": "updated", "statements": OCI_STATEMENTS}
    ),
}
VENDORS = tuple(WIRE)
OFFICIAL_SDK = {"oso_cloud": "oso-cloud", "conductorone": "conductorone-sdk", "oci_identity": "oci"}


@dataclass
class OCIKey:
    """A throwaway RSA key on disk, with the fingerprint OCI would compute for it."""

    pem: bytes
    path: Path
    fingerprint: str


def make_oci_key(directory: Path) -> OCIKey:
    """Generate a 2048-bit RSA key (OCI's minimum and usual size) into ``directory``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashlib.md5(der, usedforsecurity=False).hexdigest()
    path = directory / "oci_api_key.pem"
    path.write_bytes(pem)
    return OCIKey(pem=pem, path=path, fingerprint=":".join(digest[i : i + 2] for i in range(0, 32, 2)))


def load_oci_key(directory: Path, pem: bytes) -> OCIKey:
    """An ``OCIKey`` for an existing PEM (the instruction counter's workers share one: generating is random work)."""
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    digest = hashlib.md5(der, usedforsecurity=False).hexdigest()
    path = directory / "oci_api_key.pem"
    path.write_bytes(pem)
    return OCIKey(pem=pem, path=path, fingerprint=":".join(digest[i : i + 2] for i in range(0, 32, 2)))


class Calls:
    """Builds the callables for one server URL; ``close()`` releases every client it made."""

    def __init__(self, base_url: str, *, oci_pem: bytes | None = None) -> None:
        self.base_url = base_url
        self._stack = ExitStack()
        self._tmp = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-oci-")))
        self.oci_key = make_oci_key(self._tmp) if oci_pem is None else load_oci_key(self._tmp, oci_pem)

    def close(self) -> None:
        """Close every client and remove the key."""
        self._stack.close()

    # -- baselines -------------------------------------------------------------------------------

    def raw_http_client(self, vendor: str) -> Call:
        """``http.client.HTTPConnection`` keep-alive with a bearer header: the floor."""
        wire = WIRE[vendor]
        parts = urlsplit(self.base_url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
        self._stack.callback(conn.close)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"}

        def call() -> object:
            conn.request(wire.method, wire.path, body=json.dumps(wire.body).encode(), headers=headers)
            response = conn.getresponse()
            data = json.loads(response.read())
            if response.status != 200:
                raise RuntimeError(f"unexpected status {response.status}")
            return data

        return call

    def bare_httpx(
        self, vendor: str, *, auth: httpx.Auth | None = None, transport: httpx.BaseTransport | None = None
    ) -> Call:
        """Send with a bare ``httpx.Client``: the same JSON with a bearer header (or the given auth)."""
        wire = WIRE[vendor]
        client = self._stack.enter_context(httpx.Client(base_url=self.base_url, auth=auth, transport=transport))
        headers = {} if auth is not None else {"Authorization": f"Bearer {API_KEY}"}

        def call() -> object:
            response = client.request(wire.method, wire.path, json=wire.body, headers=headers)
            response.raise_for_status()
            return response.json()

        return call

    def oci_signer(self) -> httpx.Auth:
        """Build the facade's OCI signer for the throwaway key (also used to sign the bare-httpx OCI variant)."""
        from policy_clients.auth.oci import OCIRequestSigner

        return OCIRequestSigner.from_pem(
            tenancy=OCI_TENANCY, user=OCI_USER, fingerprint=self.oci_key.fingerprint, pem=self.oci_key.pem
        )

    # -- the facade --------------------------------------------------------------------------------

    def facade(self, vendor: str, **options: Any) -> Call:
        """Call the generated operation through the ``policy_clients`` factory client (default options + these)."""
        return {"oso_cloud": self._facade_oso, "conductorone": self._facade_c1, "oci_identity": self._facade_oci}[
            vendor
        ](**options)

    def _facade_oso(self, **options: Any) -> Call:
        from oso_cloud_client.api.policy import post_policy
        from oso_cloud_client.models import ApiResult, Policy

        import policy_clients

        client = policy_clients.oso_cloud(API_KEY, base_url=f"{self.base_url}/api/", **options)
        self._stack.enter_context(client)
        body = Policy(src=POLAR)

        def call() -> object:
            result = post_policy.sync(client=client, body=body)
            if not isinstance(result, ApiResult):
                raise RuntimeError(f"unexpected result {type(result).__name__}")
            return result

        return call

    def _facade_c1(self, **options: Any) -> Call:
        from conductorone_client.api.policies import update_policy
        from conductorone_client.models import Policy, UpdatePolicyRequestInput, UpdatePolicyResponse

        import policy_clients

        client = policy_clients.conductorone(access_token=C1_TOKEN, base_url=self.base_url, **options)
        self._stack.enter_context(client)
        body = UpdatePolicyRequestInput(
            policy=Policy(display_name="Bench policy", description="updated"), update_mask="description"
        )

        def call() -> object:
            result = update_policy.sync(C1_POLICY_ID, client=client, body=body)
            if not isinstance(result, UpdatePolicyResponse):
                raise RuntimeError(f"unexpected result {type(result).__name__}")
            return result

        return call

    def _facade_oci(self, **options: Any) -> Call:
        from oci_identity_client.api.policies import update_policy
        from oci_identity_client.models import Policy, UpdatePolicyDetails

        import policy_clients
        from policy_clients.auth.oci import OCIRequestSigner

        signer = self.oci_signer()
        assert isinstance(signer, OCIRequestSigner)
        client = policy_clients.oci_identity(signer=signer, base_url=self.base_url, **options)
        self._stack.enter_context(client)
        body = UpdatePolicyDetails(description="updated", statements=list(OCI_STATEMENTS))

        def call() -> object:
            result = update_policy.sync(OCI_POLICY_ID, client=client, body=body)
            if not isinstance(result, Policy):
                raise RuntimeError(f"unexpected result {type(result).__name__}")
            return result

        return call

    # -- official SDKs -----------------------------------------------------------------------------

    def official(self, vendor: str) -> Call:
        """Call through the vendor's official Python SDK (raises ImportError when it is not installed)."""
        return {"oso_cloud": self._sdk_oso, "conductorone": self._sdk_c1, "oci_identity": self._sdk_oci}[vendor]()

    def _sdk_oso(self) -> Call:
        from oso_cloud import Oso

        oso = Oso(url=self.base_url, api_key=API_KEY)
        self._stack.callback(oso.api.session.close)

        def call() -> object:
            oso.policy(POLAR)
            return None

        return call

    def _sdk_c1(self) -> Call:
        from conductorone_sdk import SDK
        from conductorone_sdk.models import shared

        sdk = SDK(security=shared.Security(bearer_auth=C1_TOKEN, oauth=C1_TOKEN), server_url=self.base_url)
        self._stack.enter_context(sdk)
        request: Any = {
            "id": C1_POLICY_ID,
            "update_policy_request": {
                "policy": {"display_name": "Bench policy", "description": "updated"},
                "update_mask": "description",
            },
        }

        def call() -> object:
            result = sdk.policies.update(request=request)
            if result.update_policy_response is None:
                raise RuntimeError("conductorone-sdk returned no policy")
            return result

        return call

    def _sdk_oci(self) -> Call:
        import oci  # type: ignore[import-untyped]

        config = {
            "user": OCI_USER,
            "tenancy": OCI_TENANCY,
            "fingerprint": self.oci_key.fingerprint,
            "key_file": str(self.oci_key.path),
            "region": "us-ashburn-1",
        }
        identity = oci.identity.IdentityClient(config, service_endpoint=self.base_url)
        self._stack.callback(identity.base_client.session.close)
        details = oci.identity.models.UpdatePolicyDetails(description="updated", statements=list(OCI_STATEMENTS))

        def call() -> object:
            response = identity.update_policy(OCI_POLICY_ID, details)
            if response.status != 200 or response.data.name != "bench-policy":
                raise RuntimeError("oci returned an unexpected response")
            return response

        return call
