"""Flashback fake: `PUT /policy/{policyId}` with bearer auth and `{success: false, message}` errors.

Access tokens can also come from `POST /user/refresh` with a refresh token the fake handed out.
"""

from __future__ import annotations

import json
import secrets
from typing import Any, ClassVar

from policy_clients.testing._base import json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

_EDITABLE = ("name", "content", "riskType", "actionType")
REFRESH_PATH = "/user/refresh"
FAKE_USER = {"id": "user-fake", "name": "Fake", "lastName": "User", "email": "fake.user@example.com"}


def _iso(clock: FakeClock) -> str:
    return clock.now_datetime().isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FlashbackFake(BearerTokenFake, PoliciesById):
    """Flashback's policy API. Policies must be seeded (`seed_policy`); updating an unknown id answers 404."""

    spec_package: ClassVar[str] = "flashback_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["success", "message"],
        "properties": {"success": {"const": False}, "message": {"type": "string"}},
    }

    token_prefix: ClassVar[str] = "fb-"  # noqa: S105 - a label, not a secret

    def _init_state(self) -> None:
        super()._init_state()
        self._policies: dict[str, dict[str, Any]] = {}
        self._refresh_tokens: set[str] = set()
        self.add_route("POST", REFRESH_PATH, self._refresh_endpoint)

    # -- refresh tokens ----------------------------------------------------------------------------

    @property
    def refresh_url(self) -> str:
        """`http://127.0.0.1:<port>/user/refresh`."""
        return self.origin + REFRESH_PATH

    def new_refresh_token(self) -> str:
        """A refresh token, as `POST /user/login` hands one out; each use replaces it with a new one."""
        token = f"fb-refresh-{secrets.token_urlsafe(24)}"
        with self._lock:
            self._refresh_tokens.add(token)
        return token

    def redact_body(self, request: IncomingRequest) -> bytes:
        """Refresh requests are recorded without the refresh token."""
        return b'{"refresh_token": "[REDACTED]"}' if request.path == REFRESH_PATH else request.body

    def _refresh_error(self, status: int, message: str) -> Response:
        return json_response(status, {"success": False, "message": message})

    def _refresh_endpoint(self, request: IncomingRequest) -> Response:
        if not (request.header("content-type") or "").lower().startswith("application/json"):
            return self._refresh_error(400, "refresh request must be application/json")
        try:
            body = json.loads(request.body)
        except (UnicodeDecodeError, ValueError, RecursionError):
            return self._refresh_error(400, "refresh request body is not JSON")
        if not isinstance(body, dict) or set(body) != {"refresh_token"} or not isinstance(body["refresh_token"], str):
            return self._refresh_error(400, "refresh request must be {refresh_token: string}")
        with self._lock:
            if body["refresh_token"] not in self._refresh_tokens:
                return self._refresh_error(401, "invalid or used refresh token")
            self._refresh_tokens.discard(body["refresh_token"])
        rotated = self.new_refresh_token()
        access = self.issue_token()
        expires_at_ms = int((self.clock.now() + self.token_lifetime) * 1000)
        answer = {"success": True, "token": access, "accessToken": access, "refreshToken": rotated}
        return json_response(200, {**answer, "expiresAt": expires_at_ms})

    def seed_policy(
        self,
        policy_id: str,
        *,
        name: str = "Seeded policy",
        content: str = "Do not share secrets.",
        risk_type: str = "LOW",
        action_type: int = 0,
        org_id: str = "org-fake",
        workspace_id: str | None = None,
        repo_id: str | None = None,
    ) -> dict[str, Any]:
        """Create a policy the way Flashback stores it; returns a copy of the stored `PolicyDTO`."""
        now = _iso(self.clock)
        policy: dict[str, Any] = {
            "id": policy_id,
            "orgId": org_id,
            "name": name,
            "content": content,
            "riskType": risk_type,
            "actionType": action_type,
            "createdBy": dict(FAKE_USER),
            "createdAt": now,
            "lastUpdatedBy": dict(FAKE_USER),
            "lastUpdatedAt": now,
            "workspaceId": workspace_id,
            "repoId": repo_id,
        }
        return self._keep(policy_id, policy)

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """Flashback's `{success: false, message}`."""
        return {"success": False, "message": message}

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Update the named fields of a stored policy."""
        policy_id = str(check.path_params["policyId"])
        policy = self._policies.get(policy_id)
        if policy is None:
            return self.error(404, "Policy not found", op=check.operation)
        for name in _EDITABLE:
            if name in check.body:
                policy[name] = check.body[name]
        policy["lastUpdatedBy"] = dict(FAKE_USER)
        policy["lastUpdatedAt"] = _iso(self.clock)
        return json_response(200, {"success": True, "policy": dict(policy)})
