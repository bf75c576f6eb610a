"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_response import ActionResponse
    from .action_type import ActionType
    from .create_policy_request import CreatePolicyRequest
    from .error_body import ErrorBody
    from .get_policy_alerts_response import GetPolicyAlertsResponse
    from .get_policy_violations_response import GetPolicyViolationsResponse
    from .policy_alert_dto import PolicyAlertDTO
    from .policy_dto import PolicyDTO
    from .policy_envelope import PolicyEnvelope
    from .policy_list_envelope import PolicyListEnvelope
    from .policy_to_validate import PolicyToValidate
    from .policy_validation_request import PolicyValidationRequest
    from .policy_validation_response import PolicyValidationResponse
    from .policy_validation_result import PolicyValidationResult
    from .policy_violation_dto import PolicyViolationDTO
    from .repo_ref import RepoRef
    from .risk_type import RiskType
    from .update_policy_request import UpdatePolicyRequest
    from .update_policy_response import UpdatePolicyResponse
    from .user_ref import UserRef
    from .validation_issue import ValidationIssue
    from .validation_severity import ValidationSeverity
    from .workspace_ref import WorkspaceRef

_MODULE_OF: dict[str, str] = {
    "ActionResponse": ".action_response",
    "ActionType": ".action_type",
    "CreatePolicyRequest": ".create_policy_request",
    "ErrorBody": ".error_body",
    "GetPolicyAlertsResponse": ".get_policy_alerts_response",
    "GetPolicyViolationsResponse": ".get_policy_violations_response",
    "PolicyAlertDTO": ".policy_alert_dto",
    "PolicyDTO": ".policy_dto",
    "PolicyEnvelope": ".policy_envelope",
    "PolicyListEnvelope": ".policy_list_envelope",
    "PolicyToValidate": ".policy_to_validate",
    "PolicyValidationRequest": ".policy_validation_request",
    "PolicyValidationResponse": ".policy_validation_response",
    "PolicyValidationResult": ".policy_validation_result",
    "PolicyViolationDTO": ".policy_violation_dto",
    "RepoRef": ".repo_ref",
    "RiskType": ".risk_type",
    "UpdatePolicyRequest": ".update_policy_request",
    "UpdatePolicyResponse": ".update_policy_response",
    "UserRef": ".user_ref",
    "ValidationIssue": ".validation_issue",
    "ValidationSeverity": ".validation_severity",
    "WorkspaceRef": ".workspace_ref",
}

__all__ = (
    "ActionResponse",
    "ActionType",
    "CreatePolicyRequest",
    "ErrorBody",
    "GetPolicyAlertsResponse",
    "GetPolicyViolationsResponse",
    "PolicyAlertDTO",
    "PolicyDTO",
    "PolicyEnvelope",
    "PolicyListEnvelope",
    "PolicyToValidate",
    "PolicyValidationRequest",
    "PolicyValidationResponse",
    "PolicyValidationResult",
    "PolicyViolationDTO",
    "RepoRef",
    "RiskType",
    "UpdatePolicyRequest",
    "UpdatePolicyResponse",
    "UserRef",
    "ValidationIssue",
    "ValidationSeverity",
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
