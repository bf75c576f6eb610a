"""ConductorOne fake: `POST /api/v1/policies/{id}` plus the OAuth2 token endpoint `POST /auth/v1/token`."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import parse_qs

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from policy_clients.testing._assertion import AssertionChecker, ClientCredentials, make_client_credentials
from policy_clients.testing._base import VendorFake, json_response
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._media import MediaType
from policy_clients.testing._record import REDACTED
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

TOKEN_PATH = "/auth/v1/token"  # noqa: S105 - a path, not a secret
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
_TOKEN_FIELDS = frozenset({"client_id", "grant_type", "client_assertion_type", "client_assertion"})
_EDITABLE = frozenset(
    {"description", "displayName", "policySteps", "policyType", "postActions", "reassignTasksToDelegates", "rules"}
)
_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 412: 9, 429: 8, 500: 13, 501: 12, 503: 14, 504: 4}


def _audience(request: IncomingRequest) -> str | None:
    """The host the token request reached (port dropped): the audience a real server checks for itself."""
    host = (request.header("host") or "").lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] or None
    return host.rsplit(":", 1)[0] or None


def _rfc3339(clock: FakeClock) -> str:
    return clock.now_datetime().replace(microsecond=0).isoformat().replace("+00:00", "Z")


class ConductorOneFake(VendorFake, PoliciesById):
    """ConductorOne's policy update, authenticated by a static bearer token or by tokens it issues.

    Register OAuth clients with `register_client` (or make some with `new_client_credentials`); the
    token endpoint checks the form fields and the EdDSA client assertion against the client's public key
    and the fake's clock, then issues tokens that live `token_lifetime` seconds (`expire_tokens()` ends them).
    """

    spec_package: ClassVar[str] = "conductorone_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["code", "message", "details"],
        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}, "details": {"type": "array"}},
    }
    token_response_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["access_token", "token_type", "expires_in"],
        "properties": {
            "access_token": {"type": "string", "minLength": 1},
            "token_type": {"const": "Bearer"},
            "expires_in": {"type": "integer", "minimum": 1},
        },
    }

    def __init__(
        self,
        *,
        token: str | None = None,
        token_lifetime: int = 3600,
        spec: Mapping[str, Any] | None = None,
        clock: FakeClock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(spec=spec, clock=clock, host=host, port=port)
        self.token = token
        self.token_lifetime = token_lifetime
        self._assertions = AssertionChecker()
        self._issued: dict[str, float] = {}
        self._policies: dict[str, dict[str, Any]] = {}
        self.add_route("POST", TOKEN_PATH, self._token_endpoint)

    # -- clients and tokens ----------------------------------------------------------------------

    @property
    def token_url(self) -> str:
        """`http://127.0.0.1:<port>/auth/v1/token`."""
        return self.origin + TOKEN_PATH

    @property
    def token_host(self) -> str:
        """`127.0.0.1:<port>`: the host part client ids for this fake carry."""
        return self.origin.split("://", 1)[1]

    def register_client(self, client_id: str, public_key: Ed25519PublicKey) -> None:
        """Accept assertions for a client id signed by the matching private key."""
        with self._lock:
            self._assertions.keys[client_id] = public_key

    def new_client_credentials(self, name: str = "fake-client") -> ClientCredentials:
        """Register a fresh client whose id names this fake's host (start the fake first)."""
        credentials, public_key = make_client_credentials(name, self.token_host)
        self.register_client(credentials.client_id, public_key)
        return credentials

    def expire_tokens(self) -> None:
        """Invalidate every token issued so far: the next call with one gets 401."""
        with self._lock:
            self._issued.clear()

    @property
    def issued_token_count(self) -> int:
        """How many issued tokens are still valid."""
        now = self.clock.now()
        with self._lock:
            return sum(1 for expiry in self._issued.values() if now < expiry)

    # -- policies --------------------------------------------------------------------------------

    def seed_policy(
        self,
        policy_id: str,
        *,
        display_name: str = "Seeded policy",
        description: str = "",
        policy_type: str = "POLICY_TYPE_GRANT",
        **fields: Any,
    ) -> dict[str, Any]:
        """Create a policy; extra keyword arguments are Policy fields in wire (camelCase) names."""
        now = _rfc3339(self.clock)
        policy = {
            "id": policy_id,
            "displayName": display_name,
            "description": description,
            "policyType": policy_type,
            "createdAt": now,
            "updatedAt": now,
            "systemBuiltin": False,
            **fields,
        }
        return self._keep(policy_id, policy)

    # -- vendor hooks ----------------------------------------------------------------------------

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """gRPC-gateway's `google.rpc.Status` JSON."""
        return {"code": int(code) if code else _GRPC_CODES.get(status, 2), "message": message, "details": []}

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        """Return a static token (when configured) or an unexpired token this fake issued."""
        now = self.clock.now()

        def accepted(token: str) -> bool:
            if self.token is not None and self.same_secret(token, self.token):
                return True
            with self._lock:
                expiry = self._issued.get(token)
            return expiry is not None and now < expiry

        problem = self.bearer_problem(request, accepted)
        return None if problem is None else self.error(401, f"unauthenticated: {problem}", op=check.operation)

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Replace the fields named by `updateMask` (every field given, without a mask)."""
        policy_id = str(check.path_params["id"])
        stored = self._policies.get(policy_id)
        if stored is None:
            return self.error(404, f"policy {policy_id} not found", op=check.operation)
        given = check.body.get("policy")
        if not isinstance(given, dict):
            return self.error(400, "policy is required", op=check.operation)
        mask = check.body.get("updateMask")
        if mask:
            paths = [part.strip().split(".", 1)[0] for part in str(mask).split(",") if part.strip()]
            unknown = sorted(set(paths) - _EDITABLE)
            if unknown:
                return self.error(400, f"updateMask names fields that cannot be updated: {unknown}", op=check.operation)
            for name in paths:
                if name in given:
                    stored[name] = given[name]
                else:
                    stored.pop(name, None)
        else:
            stored.update({name: value for name, value in given.items() if name in _EDITABLE})
        stored["updatedAt"] = _rfc3339(self.clock)
        return json_response(200, {"policy": dict(stored)})

    def redact_body(self, request: IncomingRequest) -> bytes:
        """Token requests are recorded with the client assertion redacted."""
        if request.path != TOKEN_PATH:
            return request.body
        fields = parse_qs(request.body.decode("ascii", "replace"), keep_blank_values=True)
        if "client_assertion" in fields:
            fields["client_assertion"] = [REDACTED]
        return "&".join(f"{name}={value}" for name, values in fields.items() for value in values).encode(
            "ascii", "replace"
        )

    # -- token endpoint --------------------------------------------------------------------------

    def _token_error(self, status: int, message: str) -> Response:
        return json_response(status, self.error_body(status, message, None))

    def _token_endpoint(self, request: IncomingRequest) -> Response:
        content_type = request.header("content-type")
        if content_type is None or not MediaType.parse(content_type).is_form:
            return self._token_error(400, "token request must be application/x-www-form-urlencoded")
        try:
            fields = parse_qs(request.body.decode("ascii"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError):
            return self._token_error(400, "token request body does not parse")
        if set(fields) != _TOKEN_FIELDS or any(len(values) != 1 for values in fields.values()):
            return self._token_error(400, f"token request must carry exactly the fields {sorted(_TOKEN_FIELDS)} once")
        form = {name: values[0] for name, values in fields.items()}
        if form["grant_type"] != "client_credentials":
            return self._token_error(400, "grant_type must be client_credentials")
        if form["client_assertion_type"] != ASSERTION_TYPE:
            return self._token_error(400, "unsupported client_assertion_type")
        if request.header("authorization") is not None:
            return self._token_error(400, "client credentials belong in the body, not in headers")
        now = self.clock.now()
        with self._lock:
            problem = self._assertions.problem(form["client_assertion"], form["client_id"], now, _audience(request))
            if problem is not None:
                return self._token_error(401, f"invalid client assertion: {problem}")
            token = f"c1-fake-{secrets.token_urlsafe(24)}"
            self._issued[token] = now + self.token_lifetime
        response = json_response(
            200, {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime}
        )
        return response
