"""PC184: booleans and numbers in the `enum` of a string schema (`type: string, enum: [true, false]`) become strings.

Authors write `enum: [true, false]` under `type: string` in YAML, meaning the strings the server accepts;
YAML reads them as booleans. The generator cannot parse such a parameter ("cannot parse parameter ...:
None") and drops the operation. Each non-string scalar member becomes its JSON text (`true` -> "true",
`1` -> "1"), which is what goes on the wire; a `default` among them follows. `null` stays (it is the
nullable rules' business).
"""

from __future__ import annotations

import json
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _text(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, bool | int | float) else value


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    values = schema.get("enum")
    if schema.get("type") != "string" or not isinstance(values, list):
        return
    if not any(isinstance(v, bool | int | float) for v in values):
        return
    schema["enum"] = [_text(v) for v in values]
    if "default" in schema:
        schema["default"] = _text(schema["default"])
    notes.append((pointer((*parts, "enum")), "non-string members of a string enum made strings"))


RULE = Rule(
    "PC184",
    "string-enum-scalars",
    "booleans/numbers in a string schema's enum made strings (else the generator drops the parameter's operation)",
    per_schema(_visit),
)
