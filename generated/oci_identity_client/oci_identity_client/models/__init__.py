"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .defined_tag_namespace import DefinedTagNamespace
    from .defined_tags import DefinedTags
    from .error import Error
    from .freeform_tags import FreeformTags
    from .policy import Policy
    from .policy_lifecycle_state import PolicyLifecycleState
    from .resource_lock import ResourceLock
    from .resource_lock_type import ResourceLockType
    from .update_policy_details import UpdatePolicyDetails

_MODULE_OF: dict[str, str] = {
    "DefinedTagNamespace": ".defined_tag_namespace",
    "DefinedTags": ".defined_tags",
    "Error": ".error",
    "FreeformTags": ".freeform_tags",
    "Policy": ".policy",
    "PolicyLifecycleState": ".policy_lifecycle_state",
    "ResourceLock": ".resource_lock",
    "ResourceLockType": ".resource_lock_type",
    "UpdatePolicyDetails": ".update_policy_details",
}

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
