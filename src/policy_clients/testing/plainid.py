"""PlainID fake: the Policies API 2.0 lifecycle and the policy search.

Import, validate, export, state and delete, taking and returning Rego or JSON; bearer auth and
`{errors: [...]}` bodies.

It also issues management API tokens from client credentials at `POST /api/1.0/api-key/token`.
"""

from __future__ import annotations

import re
import secrets
import string
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qs, urlencode

from policy_clients.testing._base import JSON, json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._media import MediaType, accepts
from policy_clients.testing._record import REDACTED
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import Problem, RequestCheck

if TYPE_CHECKING:
    import plainid_client


REGO = "text/plain;language=rego"
TOKEN_PATH = "/api/1.0/api-key/token"  # noqa: S105 - a path, not a secret
_TOKEN_FIELDS = frozenset({"grant_type", "client_id", "client_secret"})
_POLICY_ID = re.compile(r"^#\s+policyId:\s*(\S+)\s*$", re.MULTILINE)
_METADATA = {key: re.compile(rf"^#\s+{key}:\s*(.+?)\s*$", re.MULTILINE) for key in ("name", "accessType")}
_PACKAGE = re.compile(r"^package\s+\S+", re.MULTILINE)
_ERROR_NAMES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    422: "UnprocessableEntityError",
    429: "TooManyRequestsError",
}
_CODE_NAMES = {
    "PUA-033": "PolicyNotFoundError",
    "V-032": "UnprocessableEntityError",
    "PVA-001": "PolicyValidationError",  # the fake's own code: the vendor's validation errors are not documented
}
NOT_FOUND = "Policy Id doesn't exist in the environment"
_DETAILED_LIMIT = 10
"""The search's page size when `detailed` is true (the vendor caps it there)."""

Scope = tuple[str, str]
"""(environment id, authorization workspace id)."""


class PlainIdFake(BearerTokenFake):
    """PlainID's Policies API 2.0 and policy search, stateful per environment and authorization workspace.

    Import (an upsert, 201) and validate take Rego (`text/plain;language=rego`) or JSON (`{format,
    policy}`), chosen by Content-Type; import and export answer Rego or JSON (`{data: {format, policy,
    isPolicyCompleted}}`) chosen by Accept (import: as sent; export: JSON unless Rego is asked for, and a
    JSON-format policy only as JSON). State changes (PATCH) show in the search's `state` and filter;
    deletes (one or many, all or nothing) make later exports and deletes 404 (PUA-033). Search pages
    with limit/offset over the environment's policies in import order, with the total count.

    Besides the static `token`, it accepts tokens it issued to API clients (`new_client_credentials()` or
    `register_client`): the token endpoint checks the form fields and the secret, and its tokens live
    `token_lifetime` seconds on the fake's clock (`expire_tokens()` ends them).
    """

    spec_package: ClassVar[str] = "plainid_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "array",
                "minItems": 1,
                "items": {"type": "object", "required": ["code", "id", "status", "name", "message"]},
            }
        },
    }

    token_prefix: ClassVar[str] = "pid-"  # noqa: S105 - a label, not a secret

    def client(self, **options: Any) -> plainid_client.AuthenticatedClient:
        """`policy_clients.plainid(...)` with this fake's token and base URL; `options` go to the factory."""
        import policy_clients

        return self.keep_client(policy_clients.plainid(token=self.token, base_url=self.base_url, **options))

    def _init_state(self) -> None:
        self._policies: dict[Scope, dict[str, dict[str, Any]]] = {}
        self._inactive: set[tuple[str, str, str]] = set()
        self._status_as_string = self._error_status_type() == "string"
        self._handlers: dict[str, Callable[[IncomingRequest, RequestCheck], Response]] = {
            "upsertPolicy": self._import,
            "validatePolicy": self._validate,
            "exportPolicy": self._export,
            "updatePolicyState": self._set_state,
            "deletePolicy": self._delete,
            "searchPolicies": self._search,
        }
        super()._init_state()
        self.token_lifetime = 86400
        self._clients: dict[str, str] = {}
        self.add_route("POST", TOKEN_PATH, self._token_endpoint)

    # -- API clients and tokens -------------------------------------------------------------------

    @property
    def token_url(self) -> str:
        """`http://127.0.0.1:<port>/api/1.0/api-key/token`."""
        return self.origin + TOKEN_PATH

    def register_client(self, client_id: str, client_secret: str) -> None:
        """Accept this API client's credentials at the token endpoint."""
        with self._lock:
            self._clients[client_id] = client_secret

    def new_client_credentials(self) -> tuple[str, str]:
        """Register a fresh API client; returns `(client_id, client_secret)`."""
        client_id, client_secret = str(uuid.uuid4()), f"pid-secret-{secrets.token_urlsafe(24)}"
        self.register_client(client_id, client_secret)
        return client_id, client_secret

    def redact_body(self, request: IncomingRequest) -> bytes:
        """Token requests are recorded with the client secret redacted."""
        if request.path != TOKEN_PATH:
            return request.body
        fields = parse_qs(request.body.decode("ascii", "replace"), keep_blank_values=True)
        if "client_secret" in fields:
            fields["client_secret"] = [REDACTED]
        return urlencode(fields, doseq=True, safe="[]").encode("ascii")

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
        if request.header("authorization") is not None:
            return self._token_error(400, "client credentials belong in the form, not in headers")
        with self._lock:
            expected = self._clients.get(form["client_id"])
            if expected is None or not self.same_secret(form["client_secret"], expected):
                return self._token_error(401, "Unauthorized: unknown client or wrong secret")
        token = self.issue_token()
        return json_response(200, {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime})

    def _error_status_type(self) -> str | None:
        schema = self.spec.spec.get("components", {}).get("schemas", {}).get("Error", {})
        kind = (schema.get("properties") or {}).get("status", {}).get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        return kind if isinstance(kind, str) else None

    # -- test set-up and inspection --------------------------------------------------------------

    def seed_policy(self, env_id: str, auth_ws_id: str, policy_id: str, policy: Any, fmt: str = "rego") -> None:
        """Store a policy (Rego source, or a JSON policy object with `fmt="json"`), active."""
        with self._lock:
            self._policies.setdefault((env_id, auth_ws_id), {})[policy_id] = {"format": fmt, "policy": policy}
            self._inactive.discard((env_id, auth_ws_id, policy_id))

    def policies(self, env_id: str, auth_ws_id: str) -> dict[str, dict[str, Any]]:
        """Return stored policies of an environment and workspace: policy id -> `{format, policy}` (a copy)."""
        with self._lock:
            return {k: dict(v) for k, v in self._policies.get((env_id, auth_ws_id), {}).items()}

    def policy_state(self, env_id: str, auth_ws_id: str, policy_id: str) -> str | None:
        """`"active"`, `"inactive"`, or None when there is no such policy."""
        with self._lock:
            if policy_id not in self._policies.get((env_id, auth_ws_id), {}):
                return None
            return "inactive" if (env_id, auth_ws_id, policy_id) in self._inactive else "active"

    # -- PlainID's error shape and headers -------------------------------------------------------

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """PlainID's `{errors: [{code, id, status, name, message, args}]}`."""
        error_id = "".join(secrets.choice(string.ascii_uppercase) for _ in range(6))
        fallback = _ERROR_NAMES.get(status, "InternalServerError" if status >= 500 else "ClientError")
        return {
            "errors": [
                {
                    "code": code or ("V-032" if status == 422 else f"PAC-{status:03d}"),
                    "id": error_id,
                    "status": str(status) if self._status_as_string else status,
                    "name": _CODE_NAMES.get(code or "", fallback),
                    "message": message,
                    "args": {},
                }
            ]
        }

    def decorate(self, request: IncomingRequest, response: Response) -> None:
        """Every answer carries an `x-request-id`."""
        if response.header("x-request-id") is None:
            response.set_header("x-request-id", uuid.uuid4().hex)

    def status_for(self, problem: Problem) -> tuple[int, str | None]:
        """Malformed ids (format checks on parameters) are 422, as PlainID answers an invalid UUID."""
        if problem.kind == "parameter" and problem.schema_keyword == "format":
            return 422, "V-032"
        return super().status_for(problem)

    # -- the operations --------------------------------------------------------------------------

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Dispatch a checked request to its operation."""
        assert check.operation is not None and check.operation.operation_id is not None
        return self._handlers[check.operation.operation_id](request, check)

    @staticmethod
    def _scope(check: RequestCheck) -> Scope:
        return str(check.path_params["envId"]), str(check.query.get("filter[authWsId]", ""))

    @staticmethod
    def _submitted(check: RequestCheck) -> tuple[str, Any]:
        """(format, policy) of an import or validate body."""
        if check.media_type is not None and MediaType.parse(check.media_type).is_json:
            return str(check.body["format"]), check.body["policy"]
        return "rego", str(check.body)

    def _not_found(self, check: RequestCheck) -> Response:
        return self.error(404, NOT_FOUND, code="PUA-033", op=check.operation)

    def _answer(self, request: IncomingRequest, check: RequestCheck, status: int, fmt: str, policy: Any) -> Response:
        """The policy in the format Accept asks for (ties go to the format the request was sent in)."""
        assert check.operation is not None
        offered = self.spec.response_media_types(check.operation, status) or [JSON]
        answer = self._negotiate(request, offered, check.media_type or JSON)
        if answer is None:
            return self.error(400, "none of the Accept media types can be produced", op=check.operation)
        if MediaType.parse(answer).is_json:
            return json_response(status, {"data": {"format": fmt, "policy": policy, "isPolicyCompleted": True}})
        if fmt != "rego" or not isinstance(policy, str):
            return self.error(400, "a json-format policy cannot be returned as Rego", op=check.operation)
        return Response(status, [("Content-Type", answer)], policy.encode("utf-8"))

    def _import(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Upsert the policy (a new one is active) and answer 201 in the negotiated format."""
        env_id, auth_ws_id = self._scope(check)
        fmt, policy = self._submitted(check)
        policy_id = _policy_id(fmt, policy)
        self._policies.setdefault((env_id, auth_ws_id), {})[policy_id] = {"format": fmt, "policy": policy}
        return self._answer(request, check, 201, fmt, policy)

    def _validate(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """A dry run of import: nothing stored; Rego needs a `package` line, JSON a policy object."""
        fmt, policy = self._submitted(check)
        if fmt == "rego" and not (isinstance(policy, str) and _PACKAGE.search(policy)):
            return self.error(400, "the Rego policy has no package declaration", code="PVA-001", op=check.operation)
        if fmt == "json" and not isinstance(policy, dict):
            return self.error(400, "a json-format policy must be an object", code="PVA-001", op=check.operation)
        return json_response(200, {"data": {"format": fmt, "policy": policy, "isPolicyCompleted": True}})

    def _export(self, request: IncomingRequest, check: RequestCheck) -> Response:
        stored = self._policies.get(self._scope(check), {}).get(str(check.query["filter[id]"]))
        if stored is None:
            return self._not_found(check)
        return self._answer(request, check, 200, stored["format"], stored["policy"])

    def _set_state(self, request: IncomingRequest, check: RequestCheck) -> Response:
        env_id, auth_ws_id = self._scope(check)
        policy_id = str(check.query["filter[id]"])
        if policy_id not in self._policies.get((env_id, auth_ws_id), {}):
            return self._not_found(check)
        for op in check.body:  # replace /state, as the spec allows nothing else; the last one wins
            key = (env_id, auth_ws_id, policy_id)
            if op["value"]:
                self._inactive.discard(key)
            else:
                self._inactive.add(key)
        return Response(204)

    def _delete(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Delete one (`filter[id]`) or several (`filter[id][in]`) policies; any unknown id deletes none."""
        env_id, auth_ws_id = self._scope(check)
        ids = [str(check.query["filter[id]"])] if "filter[id]" in check.query else []
        ids += [str(policy_id) for policy_id in check.query.get("filter[id][in]", [])]
        if not ids:
            return self.error(400, "filter[id] or filter[id][in] is required", op=check.operation)
        stored = self._policies.get((env_id, auth_ws_id), {})
        if any(policy_id not in stored for policy_id in ids):
            return self._not_found(check)
        for policy_id in ids:
            stored.pop(policy_id, None)
            self._inactive.discard((env_id, auth_ws_id, policy_id))
        return Response(204)

    def _search(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Filter the environment's policies, then page them by offset and limit (at most 10 when detailed)."""
        env_id = str(check.path_params["envId"])
        body = check.body or {}
        limit = int(check.query.get("limit", 50))
        if body.get("detailed") is True:
            limit = min(limit, _DETAILED_LIMIT)
        offset = int(check.query.get("offset", 0))
        found = [item for item in self._summaries(env_id) if _search_matches(item, body)]
        page = [{k: v for k, v in item.items() if not k.startswith("_")} for item in found[offset : offset + limit]]
        return json_response(200, {"data": page, "total": len(found), "limit": limit, "offset": offset})

    def _summaries(self, env_id: str) -> Iterator[dict[str, Any]]:
        for (env, auth_ws_id), stored in self._policies.items():
            if env != env_id:
                continue
            for policy_id, record in stored.items():
                summary: dict[str, Any] = {
                    "id": policy_id,
                    "state": "Inactive" if (env, auth_ws_id, policy_id) in self._inactive else "Active",
                    "_authWsId": auth_ws_id,
                    "_applications": _applications(record["policy"]),
                }
                for key in ("name", "accessType"):
                    value = _metadata(record["format"], record["policy"], key)
                    if value is not None:
                        summary[key] = value[:100] if key == "name" else value
                yield summary

    @staticmethod
    def _negotiate(request: IncomingRequest, offered: list[str], sent: str) -> str | None:
        accept = request.header("accept")
        ranked = sorted(offered, key=lambda media: (accepts(accept, media), media == sent), reverse=True)
        return ranked[0] if ranked and accepts(accept, ranked[0]) > 0 else None


def _search_matches(item: dict[str, Any], body: dict[str, Any]) -> bool:
    """The search filters: workspaces, state (any case), application ids.

    Custom attributes are not modelled by the fake, so a filter on them matches nothing rather than everything.
    """
    workspaces = body.get("authzWsIds")
    if workspaces is not None and item["_authWsId"].lower() not in {str(w).lower() for w in workspaces}:
        return False
    state = body.get("state")
    if state is not None and str(state).lower() != item["state"].lower():
        return False
    applications = body.get("applicationIds")
    if applications is not None and not set(map(str, applications)) & item["_applications"]:
        return False
    return not body.get("policyCustomAttributes")


def _metadata(fmt: str, policy: Any, key: str) -> str | None:
    if fmt == "rego" and isinstance(policy, str):
        found = _METADATA[key].search(policy)
        return found.group(1) if found else None
    value = policy.get(key) if isinstance(policy, dict) else None
    return value if isinstance(value, str) else None


def _applications(policy: Any) -> set[str]:
    """Application ids of a JSON (native) policy; the fake does not read them out of Rego."""
    apps = policy.get("applications") if isinstance(policy, dict) else None
    if not isinstance(apps, list):
        return set()
    return {str(app.get("applicationId")) for app in apps if isinstance(app, dict) and app.get("applicationId")}


def _policy_id(fmt: str, policy: Any) -> str:
    if fmt == "rego" and isinstance(policy, str):
        found = _POLICY_ID.search(policy)
        if found:
            return found.group(1)
    if isinstance(policy, dict) and isinstance(policy.get("policyId"), str):
        return str(policy["policyId"])
    return str(uuid.uuid5(uuid.NAMESPACE_URL, repr(policy)))
