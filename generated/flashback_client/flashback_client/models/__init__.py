"""Contains all the data models used in inputs/outputs"""

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
