"""Contains all the data models used in inputs/outputs"""

from .create_policy_details import CreatePolicyDetails
from .defined_tag_namespace import DefinedTagNamespace
from .defined_tags import DefinedTags
from .error import Error
from .freeform_tags import FreeformTags
from .policy import Policy
from .policy_lifecycle_state import PolicyLifecycleState
from .policy_sort_by import PolicySortBy
from .resource_lock import ResourceLock
from .resource_lock_type import ResourceLockType
from .sort_order import SortOrder
from .update_policy_details import UpdatePolicyDetails

__all__ = (
    "CreatePolicyDetails",
    "DefinedTagNamespace",
    "DefinedTags",
    "Error",
    "FreeformTags",
    "Policy",
    "PolicyLifecycleState",
    "PolicySortBy",
    "ResourceLock",
    "ResourceLockType",
    "SortOrder",
    "UpdatePolicyDetails",
)
