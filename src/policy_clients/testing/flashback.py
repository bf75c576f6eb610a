"""Flashback fake: the AI policy lifecycle and the violations and alerts policies raise.

Create, list, get, update, soft delete and validate; violations and alerts paged with take/skip;
bearer auth and `{success: false, message}` errors.
Access tokens can also come from `POST /user/refresh` with a refresh token the fake handed out.
"""

from __future__ import annotations

import datetime
import json
import secrets
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from policy_clients.testing._base import json_response
from policy_clients.testing._bearer import BearerTokenFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck
from policy_clients.testing._store import PoliciesById

if TYPE_CHECKING:
    import flashback_client


_EDITABLE = ("name", "content", "riskType", "actionType")
REFRESH_PATH = "/user/refresh"
FAKE_USER = {"id": "user-fake", "name": "Fake", "lastName": "User", "email": "fake.user@example.com"}
_SHORT_POLICY_WORDS = 5
"""A policy text shorter than this many words gets a clarity issue from `validatePolicies`."""
_MAX_SEEDED = 100_000


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _now(clock: FakeClock) -> str:
    return _iso(clock.now_datetime())


def _parse_time(value: Any) -> datetime.datetime:
    return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _listed(value: Any) -> set[str]:
    """A comma-joined query value (`llmType=a,b`) as a set."""
    return {part.strip() for part in str(value).split(",") if part.strip()}


class FlashbackFake(BearerTokenFake, PoliciesById):
    """Flashback's AI policy API, stateful.

    Policies come from `createPolicy` or `seed_policy`; a delete is soft (the policy stays in
    `get_policy(..., include_deleted=True)` but list and get no longer see it, and a second delete is
    404). Violations and alerts are seeded (`seed_violations` / `seed_alerts`) and answered newest first,
    `take` at a time from `skip`, with the total count, as the vendor pages them.
    """

    spec_package: ClassVar[str] = "flashback_client"
    error_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["success", "message"],
        "properties": {"success": {"const": False}, "message": {"type": "string"}},
    }

    token_prefix: ClassVar[str] = "fb-"  # noqa: S105 - a label, not a secret

    def client(self, **options: Any) -> flashback_client.AuthenticatedClient:
        """`policy_clients.flashback(...)` with this fake's token and base URL; `options` go to the factory."""
        import policy_clients

        return self.keep_client(policy_clients.flashback(token=self.token, base_url=self.base_url, **options))

    def _init_state(self) -> None:
        super()._init_state()
        self._policies: dict[str, dict[str, Any]] = {}
        self._deleted: set[str] = set()
        self._violations: list[tuple[str | None, dict[str, Any]]] = []
        self._alerts: list[tuple[str | None, dict[str, Any]]] = []
        self._handlers: dict[str, Callable[[RequestCheck], Response]] = {
            "createPolicy": self._create,
            "listPolicies": self._list,
            "getPolicy": self._get,
            "updatePolicy": self._update,
            "deletePolicy": self._delete,
            "validatePolicies": self._validate,
            "getPolicyViolations": lambda check: self._page(check, self._violations, "violations"),
            "getPolicyViolationsByPolicyId": lambda check: self._page(check, self._violations, "violations"),
            "getPolicyAlerts": lambda check: self._page(check, self._alerts, "alerts"),
            "getPolicyAlertsByPolicyId": lambda check: self._page(check, self._alerts, "alerts"),
        }

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

    # -- test set-up -----------------------------------------------------------------------------

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
        now = _now(self.clock)
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
        if workspace_id is not None:
            policy["workspace"] = {"id": workspace_id, "name": f"Workspace {workspace_id}"}
        if repo_id is not None:
            policy["repo"] = {"id": repo_id, "name": f"Repo {repo_id}"}
        with self._lock:
            self._deleted.discard(policy_id)
        return self._keep(policy_id, policy)

    def get_policy(self, policy_id: str, *, include_deleted: bool = False) -> dict[str, Any] | None:
        """A copy of a stored policy, or None (also for a deleted one, unless `include_deleted`)."""
        with self._lock:
            if policy_id in self._deleted and not include_deleted:
                return None
        return super().get_policy(policy_id)

    def seed_violations(
        self,
        count: int,
        *,
        policy_id: str = "pol-fake",
        workspace_id: str | None = None,
        **fields: Any,
    ) -> list[dict[str, Any]]:
        """Record `count` violations of a policy, one second apart going back in time; returns copies, newest first.

        `fields` override the record's wire fields (`severity="LOW"`, `block=True`, `llmType=...`).
        """
        extra = {"explanation": "Shared personal data.", "severity": "HIGH", "block": False, **fields}
        return self._seed(self._violations, count, policy_id, workspace_id, extra)

    def seed_alerts(
        self,
        count: int,
        *,
        policy_id: str = "pol-fake",
        workspace_id: str | None = None,
        **fields: Any,
    ) -> list[dict[str, Any]]:
        """Record `count` alerts of a policy, one second apart going back in time; returns copies, newest first."""
        return self._seed(self._alerts, count, policy_id, workspace_id, {"message": "Policy alert.", **fields})

    def _seed(
        self,
        store: list[tuple[str | None, dict[str, Any]]],
        count: int,
        policy_id: str,
        workspace_id: str | None,
        fields: dict[str, Any],
    ) -> list[dict[str, Any]]:
        if not 0 <= count <= _MAX_SEEDED:
            raise ValueError(f"count must be between 0 and {_MAX_SEEDED}, got {count}")
        with self._lock:
            policy = self._policies.get(policy_id)
            now = self.clock.now_datetime()  # once: a clock read per record could tick between records
            start = len(store)
            records = []
            for index in range(start, start + count):
                record = {
                    "id": f"{policy_id}-{index:06d}",
                    "policyId": policy_id,
                    "policyName": policy["name"] if policy else "Fake policy",
                    "timestamp": _iso(now - datetime.timedelta(seconds=index)),
                    "conversationId": None,
                    "repoId": "repo-fake",
                    "repoName": "Fake repo",
                    "userId": FAKE_USER["id"],
                    "userName": FAKE_USER["name"],
                    "repoAiApiKeyId": "key-fake",
                    "repoAiApiKeyName": "Fake key",
                    "llmType": "openai",
                    "llmModel": "gpt-4o",
                    "host": "api.openai.com",
                    **fields,
                }
                store.append((workspace_id, record))
                records.append(dict(record))
            return records

    # -- Flashback's error shape and the operations --------------------------------------------

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        """Flashback's `{success: false, message}`."""
        return {"success": False, "message": message}

    def handle(self, request: IncomingRequest, check: RequestCheck) -> Response:
        """Dispatch a checked request to its operation."""
        assert check.operation is not None and check.operation.operation_id is not None
        return self._handlers[check.operation.operation_id](check)

    def _live(self, check: RequestCheck) -> dict[str, Any] | None:
        policy_id = str(check.path_params["policyId"])
        return None if policy_id in self._deleted else self._policies.get(policy_id)

    def _not_found(self, check: RequestCheck) -> Response:
        return self.error(404, "Policy not found", op=check.operation)

    def _create(self, check: RequestCheck) -> Response:
        body = check.body
        if body.get("repoId") is not None and body.get("workspaceId") is None:
            return self.error(400, "a repo-level policy needs its workspaceId", op=check.operation)
        policy_id = str(uuid.uuid4())
        self.seed_policy(
            policy_id,
            name=body["name"],
            content=body["content"],
            risk_type=body["riskType"],
            action_type=body["actionType"],
            org_id=body["orgId"],
            workspace_id=body.get("workspaceId"),
            repo_id=body.get("repoId"),
        )
        return json_response(201, {"success": True, "policy": dict(self._policies[policy_id])})

    def _list(self, check: RequestCheck) -> Response:
        """Exact scope match on the filters given (whether a workspace list includes org policies is undocumented)."""
        wanted = {key: check.query[key] for key in ("orgId", "workspaceId", "repoId") if key in check.query}
        found = [
            dict(policy)
            for policy_id, policy in self._policies.items()
            if policy_id not in self._deleted and all(policy.get(key) == value for key, value in wanted.items())
        ]
        return json_response(200, {"success": True, "policies": found})

    def _get(self, check: RequestCheck) -> Response:
        policy = self._live(check)
        if policy is None:
            return self._not_found(check)
        return json_response(200, {"success": True, "policy": dict(policy)})

    def _update(self, check: RequestCheck) -> Response:
        policy = self._live(check)
        if policy is None:
            return self._not_found(check)
        for name in _EDITABLE:
            if name in check.body:
                policy[name] = check.body[name]
        policy["lastUpdatedBy"] = dict(FAKE_USER)
        policy["lastUpdatedAt"] = _now(self.clock)
        return json_response(200, {"success": True, "policy": dict(policy)})

    def _delete(self, check: RequestCheck) -> Response:
        if self._live(check) is None:
            return self._not_found(check)
        self._deleted.add(str(check.path_params["policyId"]))
        return json_response(200, {"success": True, "message": "Policy deleted"})

    def _validate(self, check: RequestCheck) -> Response:
        """A deterministic stand-in for the vendor's review: short texts get a clarity issue."""
        results = []
        for item in check.body["policies"]:
            words = len(str(item["content"]).split())
            issues = []
            if words < _SHORT_POLICY_WORDS:
                issues.append(
                    {"type": "clarity", "description": "The policy is very short.", "suggestion": "Say what to block."}
                )
            results.append(
                {
                    "policy_uuid": item["policy_uuid"],
                    "score": min(100, 40 + 6 * words),
                    "advice": "Looks clear." if not issues else "Add detail.",
                    "issues": issues,
                    "severity": "low" if issues else "none",
                }
            )
        return json_response(200, {"results": results})

    def _page(self, check: RequestCheck, store: list[tuple[str | None, dict[str, Any]]], key: str) -> Response:
        if "policyId" in check.path_params and self._live(check) is None:
            return self._not_found(check)
        query = check.query
        policy_id = check.path_params.get("policyId", query.get("policyId"))
        lists = {name: _listed(query[name]) for name in ("llmType", "llmModel", "host", "severity") if name in query}
        start = _parse_time(query["from"]) if "from" in query else None
        end = _parse_time(query["to"]) if "to" in query else None

        def matches(workspace_id: str | None, record: dict[str, Any]) -> bool:
            moment = _parse_time(record["timestamp"])
            return (
                (policy_id is None or record["policyId"] == policy_id)
                and ("workspaceId" not in query or workspace_id == query["workspaceId"])
                and ("repoId" not in query or record["repoId"] == query["repoId"])
                and (start is None or moment >= start)
                and (end is None or moment <= end)
                and ("block" not in query or record.get("block") == query["block"])
                and all(record.get(name) in wanted for name, wanted in lists.items())
            )

        found = [record for workspace_id, record in store if matches(workspace_id, record)]
        found.sort(key=lambda record: (_parse_time(record["timestamp"]), record["id"]), reverse=True)
        skip, take = int(query.get("skip", 0)), int(query.get("take", 50))
        page = [dict(record) for record in found[skip : skip + take]]
        return json_response(200, {"success": True, key: page, "total": len(found), "skip": skip, "take": take})
