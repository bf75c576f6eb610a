"""Oso Cloud: the file is the Polar source; an environment has one policy, so there is no ``--id``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from .._exit import UsageError
from ._base import Adapter, Pushed, Remote, Target, expect, text_with_newline


class OsoCloudAdapter(Adapter):
    """``post_policy`` replaces the environment's policy; ``get_policy`` reads the current one."""

    vendor: ClassVar[str] = "oso_cloud"
    file_format: ClassVar[str] = "the Polar source (.polar)"
    push_needs_id: ClassVar[bool] = False
    pull_needs_id: ClassVar[bool] = False

    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """``policy_clients.oso_cloud`` ($OSO_CLOUD_API_KEY, $OSO_CLOUD_URL)."""
        from ...vendors.oso_cloud import oso_cloud

        return oso_cloud(base_url=base_url, **options)

    def check_id(self, target: Target, *, command: str) -> None:
        """Oso has no policy ids: an ``--id`` is a mistake worth naming."""
        if target.policy_id:
            raise UsageError("oso_cloud has one policy per environment: --id does not apply")

    def load(self, text: str, path: Path) -> Any:
        """The Polar source as it is."""
        if not text.strip():
            raise UsageError(f"{path}: the Polar policy is empty")
        return text_with_newline(text)

    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """``get_policy``; an environment never written to has no policy."""
        from oso_cloud_client.api.policy import get_policy
        from oso_cloud_client.models import GetPolicyResult, Policy

        result = expect(get_policy.sync(client=client), GetPolicyResult, "get_policy")
        if not isinstance(result.policy, Policy):
            return None
        return Remote(policy_id=None, content=text_with_newline(result.policy.src))

    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """``post_policy`` (Oso validates it and runs its tests; a refusal is an API error, exit 7)."""
        from oso_cloud_client.api.policy import post_policy
        from oso_cloud_client.models import Policy

        post_policy.sync_detailed(client=client, body=Policy(src=content))
        return Pushed(policy_id=None)
