"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_type import ActionType
    from .error_body import ErrorBody
    from .policy_dto import PolicyDTO
    from .repo_ref import RepoRef
    from .risk_type import RiskType
    from .update_policy_request import UpdatePolicyRequest
    from .update_policy_response import UpdatePolicyResponse
    from .user_ref import UserRef
    from .workspace_ref import WorkspaceRef

_MODULE_OF: dict[str, str] = {
    "ActionType": ".action_type",
    "ErrorBody": ".error_body",
    "PolicyDTO": ".policy_dto",
    "RepoRef": ".repo_ref",
    "RiskType": ".risk_type",
    "UpdatePolicyRequest": ".update_policy_request",
    "UpdatePolicyResponse": ".update_policy_response",
    "UserRef": ".user_ref",
    "WorkspaceRef": ".workspace_ref",
}

__all__ = (
    "ActionType",
    "ErrorBody",
    "PolicyDTO",
    "RepoRef",
    "RiskType",
    "UpdatePolicyRequest",
    "UpdatePolicyResponse",
    "UserRef",
    "WorkspaceRef",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Import ``name`` on first access and cache it here, so later lookups are plain attribute reads."""
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
