"""Old spellings of public names, still importable for a while, each access warning once per call site.

The public API spells OCI in capitals (``OCIRequestSigner``, ``OCIConfigError``, ``OCIIdentityFake``); the
``Oci...`` names of earlier releases resolve to the same objects through a module ``__getattr__``.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

__all__ = ["RENAMED", "renamed"]

RENAMED: Mapping[str, str] = {"OciIdentityFake": "OCIIdentityFake", "OciCredentials": "OCICredentials"}
"""Old name -> new name."""


def renamed(module: str, name: str, namespace: Mapping[str, Any]) -> Any:
    """Resolve an old name of ``module`` to its new object with a ``DeprecationWarning``, else ``AttributeError``."""
    new = RENAMED.get(name)
    if new is None or new not in namespace:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    warnings.warn(f"{module}.{name} is deprecated; use {new}", DeprecationWarning, stacklevel=3)
    return namespace[new]
