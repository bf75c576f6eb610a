"""PlainID fake: `POST /api/2.0/policies/{envId}` taking and returning Rego or JSON, with bearer auth.

It also issues management API tokens from client credentials at `POST /api/1.0/api-key/token`.
"""

from __future__ import annotations

import re
import secrets
import string
import uuid
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlencode

from policy_clients.testing._base import JSON, json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._media import MediaType, accepts
from policy_clients.testing._record import REDACTED
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import Problem, RequestCheck

REGO = "text/plain;language=rego"
TOKEN_PATH = "/api/1.0/api-key/token"  # noqa: S105 - a path, not a secret
_TOKEN_FIELDS = frozenset({"grant_type", "client_id", "client_secret"})
_POLICY_ID = re.compile(r"^#\s+policyId:\s*(\S+)\s*$", re.MULTILINE)
_ERROR_NAMES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    422: "UnprocessableEntityError",
    429: "TooManyRequestsError",
}


class PlainIdFake(BearerTokenFake):
    """PlainID's policy import: upserts policies per environment and authorization workspace, answering 201.

    Rego (`text/plain;language=rego`) or JSON (`{format, policy}`) in, chosen by Content-Type; Rego or
    JSON (`{data: {format, policy, isPolicyCompleted}}`) out, chosen by Accept (default: as sent).

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

    def _init_state(self) -> None:
        self._policies: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self._status_as_string = self._error_status_type() == "string"
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

    def seed_policy(self, env_id: str, auth_ws_id: str, policy_id: str, policy: Any, fmt: str = "rego") -> None:
        """Store a policy (Rego source, or a JSON policy object with `fmt="json"`)."""
        with self._lock:
            self._policies.setdefault((env_id, auth_ws_id), {})[policy_id] = {"format": fmt, "policy": policy}

    def policies(self, env_id: str, auth_ws_id: str) -> dict[str, dict[str, Any]]:
        """Return stored policies of an environment and workspace: policy id -> `{format, policy}` (a copy)."""
        with self._lock:
            return {k: dict(v) for k, v in self._policies.get((env_id, auth_ws_id), {}).items()}

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """PlainID's `{errors: [{code, id, status, name, message, args}]}`."""
        error_id = "".join(secrets.choice(string.ascii_uppercase) for _ in range(6))
        return {
            "errors": [
                {
                    "code": code or ("V-032" if status == 422 else f"PAC-{status:03d}"),
                    "id": error_id,
                    "status": str(status) if self._status_as_string else status,
                    "name": _ERROR_NAMES.get(status, "InternalServerError" if status >= 500 else "ClientError"),
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

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Upsert the policy and answer 201 in the negotiated format."""
        env_id = str(check.path_params["envId"])
        auth_ws_id = str(check.query.get("filter[authWsId]", ""))
        if check.media_type is not None and MediaType.parse(check.media_type).is_json:
            fmt, policy = str(check.body["format"]), check.body["policy"]
        else:
            fmt, policy = "rego", str(check.body)
        policy_id = _policy_id(fmt, policy)
        self._policies.setdefault((env_id, auth_ws_id), {})[policy_id] = {"format": fmt, "policy": policy}
        assert check.operation is not None
        offered = self.spec.response_media_types(check.operation, 201) or [JSON]
        answer = self._negotiate(request, offered, check.media_type or JSON)
        if answer is None:
            return self.error(400, "none of the Accept media types can be produced", op=check.operation)
        if MediaType.parse(answer).is_json:
            return json_response(201, {"data": {"format": fmt, "policy": policy, "isPolicyCompleted": True}})
        if fmt != "rego" or not isinstance(policy, str):
            return self.error(400, "a json-format policy cannot be returned as Rego", op=check.operation)
        return Response(201, [("Content-Type", answer)], policy.encode("utf-8"))

    @staticmethod
    def _negotiate(request: IncomingRequest, offered: list[str], sent: str) -> str | None:
        accept = request.header("accept")
        ranked = sorted(offered, key=lambda media: (accepts(accept, media), media == sent), reverse=True)
        return ranked[0] if ranked and accepts(accept, ranked[0]) > 0 else None


def _policy_id(fmt: str, policy: Any) -> str:
    if fmt == "rego" and isinstance(policy, str):
        found = _POLICY_ID.search(policy)
        if found:
            return found.group(1)
    if isinstance(policy, dict) and isinstance(policy.get("policyId"), str):
        return str(policy["policyId"])
    return str(uuid.uuid5(uuid.NAMESPACE_URL, repr(policy)))
