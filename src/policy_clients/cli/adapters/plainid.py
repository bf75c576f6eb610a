"""PlainID: the file is the Rego source, whose ``# METADATA`` block names the policy (``policyId:``)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any, ClassVar

from ..._errors import NotFoundError
from .._exit import UsageError
from ._base import Adapter, Pushed, Remote, Target, expect, text_with_newline

ENV_ID_ENV = "PLAINID_ENV_ID"
WORKSPACE_ID_ENV = "PLAINID_WORKSPACE_ID"
_POLICY_ID = re.compile(r"^#\s+policyId:\s*(\S+)\s*$", re.MULTILINE)


def _uuid(value: str, flag: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise UsageError(f"{flag} must be a UUID") from None


class PlainIdAdapter(Adapter):
    """``upsert_policy`` imports Rego (create or replace); ``export_policy`` reads it back as Rego."""

    vendor: ClassVar[str] = "plainid"
    file_format: ClassVar[str] = "the Rego source, its # METADATA block naming the policyId"
    push_needs_id: ClassVar[bool] = False  # the Rego names its policy

    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """``policy_clients.plainid`` ($PLAINID_TOKEN or $PLAINID_CLIENT_ID / _SECRET, $PLAINID_REGION)."""
        from ...vendors.plainid import plainid

        return plainid(base_url=base_url, **options)

    def load(self, text: str, path: Path) -> Any:
        """The Rego as it is; it must name its policy, since PlainID imports by that id."""
        if _POLICY_ID.search(text) is None:
            raise UsageError(f"{path}: the Rego has no '#   policyId: <id>' line in its # METADATA block")
        return text_with_newline(text)

    def policy_id(self, target: Target, content: Any | None) -> str:
        """``--id``, else the id the Rego names; both given must agree (a typo would import elsewhere)."""
        match = _POLICY_ID.search(content) if isinstance(content, str) else None
        named = match.group(1) if match else None
        if target.policy_id and named and target.policy_id != named:
            raise UsageError(f"--id {target.policy_id} differs from the policyId the Rego names ({named})")
        found = target.policy_id or named
        if not found:
            raise UsageError("plainid needs --id (the policyId)")
        return found

    def _scope(self, target: Target) -> tuple[uuid.UUID, uuid.UUID]:
        env_id = target.option("env_id", "--env-id", ENV_ID_ENV)
        workspace_id = target.option("workspace_id", "--workspace-id", WORKSPACE_ID_ENV)
        return _uuid(env_id, "--env-id"), _uuid(workspace_id, "--workspace-id")

    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """``export_policy`` as Rego; a policy not imported yet (404) is one a push creates."""
        from plainid_client.api.policies import export_policy
        from plainid_client.models import ExportPolicyAccept

        env_id, workspace_id = self._scope(target)
        policy_id = self.policy_id(target, local)
        try:
            rego = export_policy.sync(
                env_id,
                client=client,
                filterauth_ws_id=workspace_id,
                filterid=policy_id,
                accept=ExportPolicyAccept.TEXTPLAINLANGUAGEREGO,
            )
        except NotFoundError:
            if local is None:  # pull: nothing to compare with is an error
                raise
            return None
        return Remote(policy_id=policy_id, content=text_with_newline(expect(rego, str, "export_policy")))

    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """``upsert_policy`` with the Rego (PlainID has no etags: last writer wins)."""
        from plainid_client.api.policies import upsert_policy

        env_id, workspace_id = self._scope(target)
        policy_id = self.policy_id(target, content)
        upsert_policy.sync_detailed(env_id, client=client, body=content, filterauth_ws_id=workspace_id)
        return Pushed(policy_id=policy_id)
