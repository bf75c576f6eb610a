"""OCI Identity fake: the policy lifecycle under /20160918/policies with RSA-SHA256 signatures, etags and 412s."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from typing import TYPE_CHECKING, Any, ClassVar

from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from policy_clients.testing._base import VendorFake, json_response
from policy_clients.testing._oci_signature import OCICredentials, make_oci_credentials, signature_problem
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

if TYPE_CHECKING:
    import oci_identity_client


DEFAULT_COMPARTMENT = "ocid1.tenancy.oc1..aaaafakecompartment"
_EDITABLE = ("description", "statements", "versionDate", "freeformTags", "definedTags")
_CODES = {
    400: "InvalidParameter",
    401: "NotAuthenticated",
    403: "NotAuthorized",
    404: "NotAuthorizedOrNotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    412: "NoEtagMatch",
    429: "TooManyRequests",
    500: "InternalServerError",
    501: "MethodNotImplemented",
    503: "ServiceUnavailable",
}


class OCIIdentityFake(VendorFake, PoliciesById):
    """OCI Identity's policies: signed requests only, a new etag per version, 412 on a stale `if-match`.

    Create honours `opc-retry-token` (a repeated token answers with the policy it made), list pages with
    `opc-next-page` (default 100 per page), delete makes later reads 404. Inject OCI's retryable 409s
    with `faults.fail_next(status=409, code="IncorrectState")` (a plain 409 is `Conflict`).
    """

    default_page_size: ClassVar[int] = 100

    spec_package: ClassVar[str] = "oci_identity_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }

    def client(self, **options: Any) -> oci_identity_client.AuthenticatedClient:
        """`policy_clients.oci_identity(...)` signing with a fresh API key registered here (`new_credentials()`).

        `options` go to the factory (a `signer=` given there replaces the fresh key).
        """
        import policy_clients
        from policy_clients.auth import OCIRequestSigner

        if "signer" not in options:
            credentials = self.new_credentials()
            options["signer"] = OCIRequestSigner.from_pem(
                tenancy=credentials.tenancy,
                user=credentials.user,
                fingerprint=credentials.fingerprint,
                pem=credentials.private_key_pem,
            )
        return self.keep_client(policy_clients.oci_identity(base_url=self.base_url, **options))

    def _init_state(self) -> None:
        self._keys: dict[str, RSAPublicKey] = {}
        self._policies: dict[str, dict[str, Any]] = {}
        self._versions: dict[str, int] = {}
        self._created: dict[str, int] = {}  # creation order: the tie-break of equal timeCreated values
        self._retry_tokens: dict[str, str] = {}  # opc-retry-token -> the policy id it created

    def register_key(self, key_id: str, public_key: RSAPublicKey) -> None:
        """Accept requests signed with the private half of `public_key` under `keyId` `key_id`."""
        with self._lock:
            self._keys[key_id] = public_key

    def revoke_key(self, key_id: str) -> None:
        """Refuse requests signed under ``key_id`` from now on (an expired session token, a deleted key)."""
        with self._lock:
            self._keys.pop(key_id, None)

    def new_credentials(self) -> OCICredentials:
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
        compartment_id: str = DEFAULT_COMPARTMENT,
        lifecycle_state: str = "ACTIVE",
    ) -> str:
        """Create a policy; returns its etag."""
        with self._lock:
            self._store(policy_id, self._new_policy(policy_id, compartment_id, name, statements, description))
            self._policies[policy_id]["lifecycleState"] = lifecycle_state
            return self._etag(policy_id)

    def _new_policy(
        self, policy_id: str, compartment_id: str, name: str, statements: list[str] | None, description: str
    ) -> dict[str, Any]:
        return {
            "id": policy_id,
            "compartmentId": compartment_id,
            "name": name,
            "statements": list(statements or ["Allow group Administrators to manage all-resources in tenancy"]),
            "description": description,
            "timeCreated": self.clock.now_datetime().isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "lifecycleState": "ACTIVE",
        }

    def _store(self, policy_id: str, policy: dict[str, Any]) -> None:
        self._policies[policy_id] = policy
        self._versions[policy_id] = 1
        self._created.setdefault(policy_id, len(self._created))

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
        """Apply one checked request to the stored policies, as OCI Identity does."""
        assert check.operation is not None
        route = {
            "createPolicy": self._create,
            "listPolicies": self._list,
            "getPolicy": self._get,
            "updatePolicy": self._update,
            "deletePolicy": self._delete,
        }[str(check.operation.operation_id)]
        return route(request, check)

    def _not_found(self, check: RequestCheck) -> Response:
        return self.error(404, "Authorization failed or requested resource not found.", op=check.operation)

    def _stale(self, request: IncomingRequest, policy_id: str, check: RequestCheck) -> Response | None:
        if_match = request.header("if-match")
        if if_match is not None and if_match != self._etag(policy_id):
            return self.error(412, "The If-Match header did not match the current etag.", op=check.operation)
        return None

    def _answer(self, policy_id: str) -> Response:
        return json_response(200, dict(self._policies[policy_id]), {"etag": self._etag(policy_id)})

    def _create(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """A new policy with an id and etag; a repeated `opc-retry-token` answers with the policy it made."""
        token = request.header("opc-retry-token")
        if token is not None and self._retry_tokens.get(token) in self._policies:
            return self._answer(self._retry_tokens[token])
        body = check.body
        if any(p["name"] == body["name"] for p in self._policies.values()):
            return self.error(409, f"A policy named {body['name']!r} already exists.", op=check.operation)
        policy_id = f"ocid1.policy.oc1..{uuid.uuid4().hex}"
        policy = self._new_policy(
            policy_id, body["compartmentId"], body["name"], body["statements"], body["description"]
        )
        for name in ("versionDate", "freeformTags", "definedTags"):
            if name in body:
                policy[name] = body[name]
        self._store(policy_id, policy)
        if token is not None:
            self._retry_tokens[token] = policy_id
        return self._answer(policy_id)

    def _get(self, request: IncomingRequest, check: RequestCheck) -> Response:
        policy_id = str(check.path_params["policyId"])
        return self._answer(policy_id) if policy_id in self._policies else self._not_found(check)

    def _update(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Update the given fields when `if-match` (if sent) names the current etag; a new etag per version."""
        policy_id = str(check.path_params["policyId"])
        policy = self._policies.get(policy_id)
        if policy is None:
            return self._not_found(check)
        stale = self._stale(request, policy_id, check)
        if stale is not None:
            return stale
        for name in _EDITABLE:
            if name in check.body:
                policy[name] = check.body[name]
        self._versions[policy_id] += 1
        return self._answer(policy_id)

    def _delete(self, request: IncomingRequest, check: RequestCheck) -> Response:
        policy_id = str(check.path_params["policyId"])
        if policy_id not in self._policies:
            return self._not_found(check)
        stale = self._stale(request, policy_id, check)
        if stale is not None:
            return stale
        del self._policies[policy_id]
        return Response(204)

    def _list(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """One page of the compartment's policies, filtered and sorted; `opc-next-page` when more remain."""
        query = check.query
        matches = [
            p
            for p in self._policies.values()
            if p["compartmentId"] == query["compartmentId"]
            and ("name" not in query or p["name"] == query["name"])
            and ("lifecycleState" not in query or p["lifecycleState"] == str(query["lifecycleState"]).upper())
        ]
        by_name = query.get("sortBy") == "NAME"
        descending = query.get("sortOrder", "ASC" if by_name else "DESC") == "DESC"
        matches.sort(
            key=lambda p: (
                (p["name"], self._created[p["id"]]) if by_name else (p["timeCreated"], self._created[p["id"]])
            ),
            reverse=descending,
        )
        start = _page_start(query.get("page"))
        if start is None or start > len(matches):
            return self.error(400, "The page token is not valid.", op=check.operation)
        end = start + int(query.get("limit", self.default_page_size))
        headers = {"opc-next-page": _page_token(end)} if end < len(matches) else {}
        return json_response(200, [dict(p) for p in matches[start:end]], headers)


def _page_token(offset: int) -> str:
    """An opaque-looking page token, as OCI's are (the fake keeps only an offset in it)."""
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def _page_start(token: Any) -> int | None:
    if token is None:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(str(token) + "=" * (-len(str(token)) % 4)))
    except ValueError:
        return None
    offset = value.get("offset") if isinstance(value, dict) else None
    return offset if isinstance(offset, int) and offset >= 0 else None


if TYPE_CHECKING:
    OciIdentityFake = OCIIdentityFake  # the old spelling; at run time it warns
else:

    def __getattr__(name: str) -> object:
        """``OciIdentityFake`` (the old spelling) still resolves, with a ``DeprecationWarning``."""
        from policy_clients.testing._deprecated import renamed

        return renamed(__name__, name, globals())
