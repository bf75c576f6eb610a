"""OCI Identity fake: `PUT /20160918/policies/{policyId}` with RSA-SHA256 request signatures, etags and 412s."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any, ClassVar

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from policy_clients.testing._base import VendorFake, json_response
from policy_clients.testing._oci_signature import OciCredentials, make_oci_credentials, signature_problem
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

_EDITABLE = ("description", "statements", "versionDate", "freeformTags", "definedTags")
_CODES = {
    400: "InvalidParameter",
    401: "NotAuthenticated",
    403: "NotAuthorized",
    404: "NotAuthorizedOrNotFound",
    405: "MethodNotAllowed",
    409: "IncorrectState",
    412: "NoEtagMatch",
    429: "TooManyRequests",
    500: "InternalServerError",
    501: "MethodNotImplemented",
    503: "ServiceUnavailable",
}


class OciIdentityFake(VendorFake, PoliciesById):
    """OCI Identity's policy update: signed requests only, a new etag per version, 412 on a stale `if-match`."""

    spec_package: ClassVar[str] = "oci_identity_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }

    def _init_state(self) -> None:
        self._keys: dict[str, RSAPublicKey] = {}
        self._policies: dict[str, dict[str, Any]] = {}
        self._versions: dict[str, int] = {}

    def register_key(self, key_id: str, public_key: RSAPublicKey) -> None:
        """Accept requests signed with the private half of `public_key` under `keyId` `key_id`."""
        with self._lock:
            self._keys[key_id] = public_key

    def revoke_key(self, key_id: str) -> None:
        """Refuse requests signed under ``key_id`` from now on (an expired session token, a deleted key)."""
        with self._lock:
            self._keys.pop(key_id, None)

    def new_credentials(self) -> OciCredentials:
        """Make and register a fresh API signing key with made-up tenancy and user OCIDs."""
        credentials, public_key = make_oci_credentials()
        self.register_key(credentials.key_id, public_key)
        return credentials

    def seed_policy(
        self,
        policy_id: str,
        *,
        statements: list[str] | None = None,
        description: str = "Seeded policy",
        name: str = "seeded-policy",
        compartment_id: str = "ocid1.tenancy.oc1..aaaafakecompartment",
    ) -> str:
        """Create a policy; returns its etag."""
        policy: dict[str, Any] = {
            "id": policy_id,
            "compartmentId": compartment_id,
            "name": name,
            "statements": list(statements or ["Allow group Administrators to manage all-resources in tenancy"]),
            "description": description,
            "timeCreated": self.clock.now_datetime().isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "lifecycleState": "ACTIVE",
        }
        with self._lock:
            self._policies[policy_id] = policy
            self._versions[policy_id] = 1
            return self._etag(policy_id)

    def etag(self, policy_id: str) -> str:
        """Return the current etag of a stored policy."""
        with self._lock:
            return self._etag(policy_id)

    def _etag(self, policy_id: str) -> str:
        return hashlib.sha256(f"{policy_id}:{self._versions[policy_id]}".encode()).hexdigest()[:32]

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """OCI's `{code, message}`."""
        return {"code": code or _CODES.get(status, "InternalServerError"), "message": message}

    def decorate(self, request: IncomingRequest, response: Response) -> None:
        """Every answer carries `opc-request-id` (the client's, when it sent one)."""
        if response.header("opc-request-id") is None:
            response.set_header("opc-request-id", request.header("opc-request-id") or uuid.uuid4().hex.upper())

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        """Verify the RSA-SHA256 signature against registered keys and the fake's clock."""
        with self._lock:
            keys = dict(self._keys)
        problem = signature_problem(request, keys, self.clock.now())
        if problem is None:
            return None
        message = f"The required information to complete authentication was not provided or was incorrect: {problem}"
        return self.error(401, message, op=check.operation)

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Update the given fields when `if-match` (if sent) names the current etag; a new etag per version."""
        policy_id = str(check.path_params["policyId"])
        policy = self._policies.get(policy_id)
        if policy is None:
            return self.error(404, "Authorization failed or requested resource not found.", op=check.operation)
        if_match = request.header("if-match")
        if if_match is not None and if_match != self._etag(policy_id):
            return self.error(412, "The If-Match header did not match the current etag.", op=check.operation)
        for name in _EDITABLE:
            if name in check.body:
                policy[name] = check.body[name]
        self._versions[policy_id] += 1
        return json_response(200, dict(policy), {"etag": self._etag(policy_id)})
