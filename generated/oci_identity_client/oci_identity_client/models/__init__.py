"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF: dict[str, str] = {
    "CreatePolicyDetails": ".create_policy_details",
    "DefinedTagNamespace": ".defined_tag_namespace",
    "DefinedTags": ".defined_tags",
    "Error": ".error",
    "FreeformTags": ".freeform_tags",
    "Policy": ".policy",
    "PolicyLifecycleState": ".policy_lifecycle_state",
    "PolicySortBy": ".policy_sort_by",
    "ResourceLock": ".resource_lock",
    "ResourceLockType": ".resource_lock_type",
    "SortOrder": ".sort_order",
    "UpdatePolicyDetails": ".update_policy_details",
}

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
