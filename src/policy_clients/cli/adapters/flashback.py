"""Flashback: the file is a policy's ``content`` (its natural-language rule); push updates it by ``--id``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from .._exit import UsageError
from ._base import Adapter, Pushed, Remote, Target, expect, text_with_newline


class FlashbackAdapter(Adapter):
    """``get_policy`` / ``update_policy`` on ``content`` alone; name, risk and action stay as they are."""

    vendor: ClassVar[str] = "flashback"
    file_format: ClassVar[str] = "the policy's content, as text"

    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """``policy_clients.flashback`` ($FLASHBACK_API_TOKEN or $FLASHBACK_REFRESH_TOKEN)."""
        from ...vendors.flashback import flashback

        return flashback(base_url=base_url, **options)

    def load(self, text: str, path: Path) -> Any:
        """The content as it is (Flashback stores it verbatim)."""
        if not text.strip():
            raise UsageError(f"{path}: the policy content is empty")
        return text_with_newline(text)

    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """``get_policy``: a missing policy is a 404 (Flashback creates need name, org and risk: use the API)."""
        from flashback_client.api.policies import get_policy
        from flashback_client.models import PolicyEnvelope

        assert target.policy_id is not None
        envelope = expect(get_policy.sync(target.policy_id, client=client), PolicyEnvelope, "get_policy")
        return Remote(policy_id=target.policy_id, content=text_with_newline(envelope.policy.content))

    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """``update_policy`` with only ``content`` (last writer wins: Flashback has no etags)."""
        from flashback_client.api.policies import update_policy
        from flashback_client.models import UpdatePolicyRequest

        assert target.policy_id is not None
        update_policy.sync_detailed(target.policy_id, client=client, body=UpdatePolicyRequest(content=content))
        return Pushed(policy_id=target.policy_id)
