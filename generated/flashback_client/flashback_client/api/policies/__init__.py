"""Contains endpoint functions for accessing the API, one module per operation.

Modules load on first use (PEP 562): importing this package, or one operation, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_policy,
        delete_policy,
        get_policy,
        get_policy_alerts,
        get_policy_alerts_by_policy_id,
        get_policy_violations,
        get_policy_violations_by_policy_id,
        list_policies,
        update_policy,
        validate_policies,
    )

__all__ = (
    "create_policy",
    "delete_policy",
    "get_policy",
    "get_policy_alerts",
    "get_policy_alerts_by_policy_id",
    "get_policy_violations",
    "get_policy_violations_by_policy_id",
    "list_policies",
    "update_policy",
    "validate_policies",
)
_SUBMODULES = frozenset(__all__)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Import ``name`` on first access and cache it here, so later lookups are plain attribute reads."""
        if name not in _SUBMODULES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = import_module(f".{name}", __name__)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
