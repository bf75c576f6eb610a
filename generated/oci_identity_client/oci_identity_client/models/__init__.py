"""Contains all the data models used in inputs/outputs"""

from .defined_tag_namespace import DefinedTagNamespace
from .defined_tags import DefinedTags
from .error import Error
from .freeform_tags import FreeformTags
from .policy import Policy
from .policy_lifecycle_state import PolicyLifecycleState
from .resource_lock import ResourceLock
from .resource_lock_type import ResourceLockType
from .update_policy_details import UpdatePolicyDetails

__all__ = (
    "DefinedTagNamespace",
    "DefinedTags",
    "Error",
    "FreeformTags",
    "Policy",
    "PolicyLifecycleState",
    "ResourceLock",
    "ResourceLockType",
    "UpdatePolicyDetails",
)
