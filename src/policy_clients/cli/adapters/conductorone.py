"""ConductorOne: the file is a policy as JSON (wire names); push creates, or with ``--id`` updates its fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from .._exit import UsageError
from ._base import Adapter, Pushed, Remote, Target, expect

READ_ONLY = frozenset({"id", "createdAt", "updatedAt", "deletedAt", "systemBuiltin"})
"""Fields the server sets: a pulled file leaves them out and a pushed one may not carry them."""


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


class ConductorOneAdapter(Adapter):
    """``create_policy``, ``get_policy`` and ``update_policy`` whose ``updateMask`` is the file's fields."""

    vendor: ClassVar[str] = "conductorone"
    file_format: ClassVar[str] = "a policy as JSON (displayName, description, policySteps, rules, ...)"
    push_needs_id: ClassVar[bool] = False  # without --id, push creates

    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """``policy_clients.conductorone`` ($CONDUCTORONE_CLIENT_ID / _SECRET, or _ACCESS_TOKEN)."""
        from ...vendors.conductorone import conductorone

        return conductorone(base_url=base_url, **options)

    def load(self, text: str, path: Path) -> Any:
        """A JSON object that parses as the ``Policy`` model, without server-set fields."""
        from conductorone_client.models import Policy

        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise UsageError(f"{path}: not JSON ({error})") from None
        if not isinstance(data, dict) or not data:
            raise UsageError(f"{path}: expected a JSON object of policy fields")
        server_set = sorted(READ_ONLY & set(data))
        if server_set:
            raise UsageError(f"{path}: {server_set} are set by ConductorOne; leave them out (--id names the policy)")
        try:
            Policy.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise UsageError(f"{path}: not a ConductorOne policy ({type(error).__name__}: {error})") from None
        return data

    def render(self, content: Any, path: Path | None) -> str:
        """Sorted, indented JSON, so a pulled file diffs well in review."""
        return _json(content)

    def comparable(self, content: Any, like: Any) -> str:
        """Only the fields the file names: a push changes those and no others."""
        return _json({key: content.get(key) for key in like})

    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """``get_policy``; without ``--id`` (a push that creates) there is nothing to read."""
        from conductorone_client.api.policies import get_policy
        from conductorone_client.models import GetPolicyResponse, Policy

        if not target.policy_id:
            return None
        answer = expect(get_policy.sync(target.policy_id, client=client), GetPolicyResponse, "get_policy")
        policy = expect(answer.policy, Policy, "get_policy")
        fields = {key: value for key, value in policy.to_dict().items() if key not in READ_ONLY}
        return Remote(policy_id=target.policy_id, content=fields)

    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """Create (no ``--id``; the file needs ``displayName``) or update exactly the file's fields."""
        from conductorone_client.api.policies import create_policy, update_policy
        from conductorone_client.models import (
            CreatePolicyRequest,
            CreatePolicyResponse,
            Policy,
            UpdatePolicyRequestInput,
        )

        if not target.policy_id:
            if not content.get("displayName"):
                raise UsageError("a ConductorOne create needs 'displayName' in the file (or --id to update)")
            created = expect(
                create_policy.sync(client=client, body=CreatePolicyRequest.from_dict(content)),
                CreatePolicyResponse,
                "create_policy",
            )
            policy = expect(created.policy, Policy, "create_policy")
            return Pushed(policy_id=policy.id if isinstance(policy.id, str) else None)
        change = UpdatePolicyRequestInput(policy=Policy.from_dict(content), update_mask=",".join(sorted(content)))
        update_policy.sync_detailed(target.policy_id, client=client, body=change)
        return Pushed(policy_id=target.policy_id)
