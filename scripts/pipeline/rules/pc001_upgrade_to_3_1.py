"""PC001: the pipeline and our templates speak OpenAPI 3.1.

A 3.0 document is relabelled (the rules after this one rewrite the 3.0-only constructs).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    version = str(doc.get("openapi", ""))
    if version.startswith("3.0"):
        doc["openapi"] = "3.1.0"
        notes.append(("/openapi", f"upgraded {version} to 3.1.0"))


RULE = Rule("PC001", "upgrade-to-3-1", "relabel an OpenAPI 3.0 document as 3.1.0", _apply)
