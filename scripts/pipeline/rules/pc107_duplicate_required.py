"""PC107: a property named twice in `required` is named once.

JSON Schema 2020-12 wants `required` items unique, so the 3.1 validator rejects the document.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    required = schema.get("required")
    if not isinstance(required, list):
        return
    unique = list(dict.fromkeys(r for r in required if isinstance(r, str)))
    if len(unique) < len(required):
        schema["required"] = unique
        notes.append((pointer((*parts, "required")), f"{len(required) - len(unique)} repeated name(s) removed"))


RULE = Rule(
    "PC107",
    "duplicate-required",
    "names repeated in `required` listed once (2020-12 wants them unique)",
    per_schema(_visit),
)
