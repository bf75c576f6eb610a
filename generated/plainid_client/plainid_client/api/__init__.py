"""Contains methods for accessing the API, one subpackage per tag.

Subpackages load on first use (PEP 562): ``import <package>.api`` imports no operation.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import policies

__all__ = ("policies",)
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
