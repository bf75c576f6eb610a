"""OCI Identity: the file is a policy's statements (text, one a line; or JSON / YAML), updated under its etag."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from .._exit import UsageError
from ._base import Adapter, Pushed, Remote, Target, expect

_JSON = frozenset({".json"})
_YAML = frozenset({".yaml", ".yml"})


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        raise UsageError('YAML policy files need PyYAML: pip install "policy-clients[cli]"') from None
    return yaml


def _statements_of(data: Any, path: Path) -> dict[str, Any]:
    """``[statement, ...]`` or ``{statements: [...], description: ...}``, checked, as ``{statements, description?}``."""
    if isinstance(data, list):
        data = {"statements": data}
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise UsageError(f"{path}: expected a list of statements, or an object with a 'statements' list")
    unknown = sorted(set(data) - {"statements", "description"})
    if unknown:
        raise UsageError(f"{path}: unknown keys {unknown} (a policy file holds 'statements' and 'description')")
    statements = data["statements"]
    if not statements or not all(isinstance(s, str) and s.strip() for s in statements):
        raise UsageError(f"{path}: 'statements' must be a non-empty list of non-empty strings")
    content: dict[str, Any] = {"statements": [" ".join(s.split()) for s in statements]}
    if "description" in data:
        if not isinstance(data["description"], str) or not data["description"]:
            raise UsageError(f"{path}: 'description' must be a non-empty string")
        content["description"] = data["description"]
    return content


class OCIIdentityAdapter(Adapter):
    """``get_policy`` (statements and etag) and ``update_policy`` with ``if-match``: a concurrent edit is a 412."""

    vendor: ClassVar[str] = "oci_identity"
    file_format: ClassVar[str] = (
        "the policy's statements: text with one statement a line (# comments), or JSON / YAML, a list of "
        "statements or {statements, description}"
    )

    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """``policy_clients.oci_identity`` (~/.oci/config, $OCI_CONFIG_FILE, $OCI_CLI_PROFILE, $OCI_CLI_AUTH)."""
        from ...vendors.oci_identity import oci_identity

        return oci_identity(base_url=base_url, **options)

    def load(self, text: str, path: Path) -> Any:
        """Statements in the format the file's extension names (anything else: one statement a line)."""
        suffix = path.suffix.lower()
        if suffix in _JSON:
            try:
                return _statements_of(json.loads(text), path)
            except json.JSONDecodeError as error:
                raise UsageError(f"{path}: not JSON ({error})") from None
        if suffix in _YAML:
            yaml = _yaml()
            try:
                return _statements_of(yaml.safe_load(text), path)
            except yaml.YAMLError as error:
                raise UsageError(f"{path}: not YAML ({' '.join(str(error).split())})") from None
        lines = [line.strip() for line in text.splitlines()]
        return _statements_of([line for line in lines if line and not line.startswith("#")], path)

    def render(self, content: Any, path: Path | None) -> str:
        """JSON or YAML by ``path``'s extension, else the statements one a line (the description stays out)."""
        suffix = path.suffix.lower() if path is not None else ""
        if suffix in _JSON:
            return json.dumps(content, indent=2, ensure_ascii=False) + "\n"
        if suffix in _YAML:
            return str(_yaml().safe_dump(content, sort_keys=False, allow_unicode=True, width=1 << 16))
        return "".join(f"{statement}\n" for statement in content["statements"])

    def comparable(self, content: Any, like: Any) -> str:
        """The statements one a line, after the description where the file sets one."""
        head = f"description: {content.get('description', '')}\n" if "description" in like else ""
        return head + "".join(f"{statement}\n" for statement in content["statements"])

    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """``get_policy``: statements, description and the etag the update will be conditional on."""
        from oci_identity_client.api.policies import get_policy
        from oci_identity_client.models import Policy

        assert target.policy_id is not None
        response = get_policy.sync_detailed(target.policy_id, client=client)
        policy = expect(response.parsed, Policy, "get_policy")
        content = {"statements": list(policy.statements), "description": policy.description}
        return Remote(policy_id=policy.id, content=content, version=response.parsed_headers.etag)

    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """``update_policy`` with ``if-match`` of the version just read (someone else's edit: exit code 5)."""
        from oci_identity_client.api.policies import update_policy
        from oci_identity_client.models import Policy, UpdatePolicyDetails
        from oci_identity_client.types import UNSET

        assert target.policy_id is not None
        body = UpdatePolicyDetails(statements=content["statements"], description=content.get("description", UNSET))
        etag = remote.version if remote is not None and remote.version else UNSET
        response = update_policy.sync_detailed(target.policy_id, client=client, body=body, if_match=etag)
        expect(response.parsed, Policy, "update_policy")
        return Pushed(policy_id=target.policy_id, version=response.parsed_headers.etag)
