"""Contains all the data models used in inputs/outputs"""

from .action_type import ActionType
from .error_body import ErrorBody
from .policy_dto import PolicyDTO
from .repo_ref import RepoRef
from .risk_type import RiskType
from .update_policy_request import UpdatePolicyRequest
from .update_policy_response import UpdatePolicyResponse
from .user_ref import UserRef
from .workspace_ref import WorkspaceRef

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
