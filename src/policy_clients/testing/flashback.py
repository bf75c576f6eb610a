"""Flashback fake: `PUT /policy/{policyId}` with bearer auth and `{success: false, message}` errors."""

from __future__ import annotations

from typing import Any, ClassVar

from policy_clients.testing._base import json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

_EDITABLE = ("name", "content", "riskType", "actionType")
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
        self._policies: dict[str, dict[str, Any]] = {}

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
