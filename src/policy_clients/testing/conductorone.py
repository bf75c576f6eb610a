"""ConductorOne fake: the Policies service, policy search and the OAuth2 token endpoint `POST /auth/v1/token`.

Policies keep their creation order; list and search page through it with opaque tokens that name the
last policy returned, so a page boundary survives creates and deletes in between. A deleted policy is
gone for get, list and update (404) and found again only by a search with `includeDeleted`.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar
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

if TYPE_CHECKING:
    import conductorone_client


TOKEN_PATH = "/auth/v1/token"  # noqa: S105 - a path, not a secret
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
_TOKEN_FIELDS = frozenset({"client_id", "grant_type", "client_assertion_type", "client_assertion"})
_EDITABLE = frozenset(
    {"description", "displayName", "policySteps", "policyType", "postActions", "reassignTasksToDelegates", "rules"}
)
_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 10, 412: 9, 429: 8, 500: 13, 501: 12, 503: 14, 504: 4}
_ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LIST_DEFAULT_PAGE_SIZE = 25
"""List's page size when none is given (the vendor documents none for List; search's default)."""
MAX_PAGE_SIZE = 100
SEARCH_MIN_PAGE_SIZE = 10
"""Search raises smaller page sizes to this (vendor doc: 0..100, below 10 raised to 10, 0 means 25)."""


def _audience(request: IncomingRequest) -> str | None:
    """The host the token request reached (port dropped): the audience a real server checks for itself."""
    host = (request.header("host") or "").lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] or None
    return host.rsplit(":", 1)[0] or None


def _rfc3339(clock: FakeClock) -> str:
    return clock.now_datetime().replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _encode_token(seq: int) -> str:
    return base64.urlsafe_b64encode(f"after:{seq}".encode("ascii")).decode("ascii").rstrip("=")


def _decode_token(token: str) -> int | None:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    prefix, _, seq = text.partition(":")
    return int(seq) if prefix == "after" and seq.isdigit() else None


def _matches(policy: Mapping[str, Any], criteria: Mapping[str, Any]) -> bool:
    """Search semantics: every criterion given must hold.

    displayName and query are case-insensitive substrings (query also of the description);
    policyTypes, refs and excludePolicyIds filter by type and id.
    """
    name = str(policy.get("displayName") or "").lower()
    if criteria.get("displayName") and str(criteria["displayName"]).lower() not in name:
        return False
    query = str(criteria.get("query") or "").lower()
    if query and query not in name and query not in str(policy.get("description") or "").lower():
        return False
    if criteria.get("policyTypes") and policy.get("policyType") not in criteria["policyTypes"]:
        return False
    refs = {ref.get("id") for ref in criteria.get("refs") or [] if isinstance(ref, dict)}
    if refs and policy["id"] not in refs:
        return False
    return policy["id"] not in set(criteria.get("excludePolicyIds") or [])


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

    def client(self, **options: Any) -> conductorone_client.AuthenticatedClient:
        """`policy_clients.conductorone(...)` with fresh client credentials (`new_client_credentials()`).

        Its first call fetches a token from this fake (a request in `requests`); `options` go to the factory.
        """
        import policy_clients

        credentials = self.new_client_credentials()
        client = policy_clients.conductorone(
            credentials.client_id,
            credentials.client_secret,
            base_url=self.base_url,
            token_url=self.token_url,
            **options,
        )
        return self.keep_client(client)

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
        self.add_route("POST", TOKEN_PATH, self._token_endpoint)

    def _init_state(self) -> None:
        self._policies: dict[str, dict[str, Any]] = {}
        self._deleted: dict[str, dict[str, Any]] = {}
        self._order: dict[str, int] = {}
        self._next_seq = 0

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
        with self._lock:
            self._sequence(policy_id)
            return self._keep(policy_id, policy)

    def deleted_policy(self, policy_id: str) -> dict[str, Any] | None:
        """A copy of a deleted policy (with its `deletedAt`), or None."""
        with self._lock:
            policy = self._deleted.get(policy_id)
            return dict(policy) if policy is not None else None

    def _sequence(self, policy_id: str) -> int:
        if policy_id not in self._order:
            self._order[policy_id] = self._next_seq
            self._next_seq += 1
        return self._order[policy_id]

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
        """Route by operation."""
        assert check.operation is not None
        handler = {
            "createPolicy": self._create,
            "getPolicy": self._get,
            "listPolicies": self._list,
            "updatePolicy": self._update,
            "deletePolicy": self._delete,
            "searchPolicies": self._search,
        }.get(check.operation.operation_id or "")
        if handler is None:
            return self.error(404, f"no route for {check.operation.operation_id}", op=check.operation)
        return handler(check)

    def _create(self, check: RequestCheck) -> Response:
        """Store a new policy under a fresh id; the server sets the read-only fields."""
        given = check.body if isinstance(check.body, dict) else {}
        policy_id = "".join(secrets.choice(_ID_ALPHABET) for _ in range(27))
        now = _rfc3339(self.clock)
        policy = {name: value for name, value in given.items() if name in _EDITABLE}
        policy.update(id=policy_id, createdAt=now, updatedAt=now, systemBuiltin=False)
        self._sequence(policy_id)
        self._policies[policy_id] = policy
        return json_response(200, {"policy": dict(policy)})

    def _get(self, check: RequestCheck) -> Response:
        policy_id = str(check.path_params["id"])
        stored = self._policies.get(policy_id)
        if stored is None:
            return self.error(404, f"policy {policy_id} not found", op=check.operation)
        return json_response(200, {"policy": dict(stored)})

    def _list(self, check: RequestCheck) -> Response:
        """One page of live policies in creation order (`page_size` / `page_token` in the query)."""
        size = check.query.get("page_size") or LIST_DEFAULT_PAGE_SIZE
        return self._page(check, self._policies.values(), min(int(size), MAX_PAGE_SIZE), check.query.get("page_token"))

    def _search(self, check: RequestCheck) -> Response:
        """One page of the policies matching every criterion given (`pageSize` / `pageToken` in the body)."""
        body = check.body if isinstance(check.body, dict) else {}
        size = int(body.get("pageSize") or LIST_DEFAULT_PAGE_SIZE)
        candidates: Iterable[dict[str, Any]] = list(self._policies.values())
        if body.get("includeDeleted"):
            candidates = sorted([*candidates, *self._deleted.values()], key=lambda p: self._order[p["id"]])
        matches = [policy for policy in candidates if _matches(policy, body)]
        return self._page(check, matches, max(size, SEARCH_MIN_PAGE_SIZE), body.get("pageToken"))

    def _page(self, check: RequestCheck, policies: Iterable[dict[str, Any]], size: int, token: Any) -> Response:
        after = -1
        if token:
            decoded = _decode_token(str(token))
            if decoded is None:
                return self.error(400, "invalid page token", op=check.operation)
            after = decoded
        remaining = [policy for policy in policies if self._order[policy["id"]] > after]
        page = remaining[:size]
        body: dict[str, Any] = {"list": [dict(policy) for policy in page]}
        if len(remaining) > size:
            body["nextPageToken"] = _encode_token(self._order[page[-1]["id"]])
        return json_response(200, body)

    def _update(self, check: RequestCheck) -> Response:
        """Replace the fields named by `updateMask` (every field given, without a mask)."""
        policy_id = str(check.path_params["id"])
        stored = self._policies.get(policy_id)
        if stored is None:
            return self.error(404, f"policy {policy_id} not found", op=check.operation)
        body = check.body if isinstance(check.body, dict) else {}
        given = body.get("policy")
        if not isinstance(given, dict):
            return self.error(400, "policy is required", op=check.operation)
        mask = body.get("updateMask")
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

    def _delete(self, check: RequestCheck) -> Response:
        """Remove a policy: later gets, lists and updates do not find it."""
        policy_id = str(check.path_params["id"])
        stored = self._policies.pop(policy_id, None)
        if stored is None:
            return self.error(404, f"policy {policy_id} not found", op=check.operation)
        stored["deletedAt"] = _rfc3339(self.clock)
        self._deleted[policy_id] = stored
        return json_response(200, {})

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
