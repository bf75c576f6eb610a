"""PC003: a `default: "10"` on an integer schema makes the generator emit a str default for an int field."""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, looks_like_schema, per_node, pointer


def coerce_scalar(value: str, kind: object) -> bool | int | float | None:
    """The typed value a string stands for under a schema type, or None when it stands for none."""
    text = value.strip()
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    return None


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    default = schema.get("default")
    if not isinstance(default, str) or not looks_like_schema(schema):
        return
    kind = schema.get("type")
    coerced = coerce_scalar(default, kind)
    if coerced is not None:
        schema["default"] = coerced
        notes.append((pointer(parts) + "/default", f"string default {default!r} made a {kind}"))


RULE = Rule(
    "PC003", "string-defaults", "string defaults of boolean/integer/number schemas made typed", per_node(_visit)
)
