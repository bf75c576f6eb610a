"""PC182: a `default` on a model-typed schema (`allOf: [{$ref: Resources}], default: {}`) is dropped.

pydantic publishes `default: {}` (or a whole example object) on every nested model and dict field with a
default factory. The generator refuses a default on a model property ("ModelProperty cannot have a
default value") and drops the model, with every operation that uses it. A server-side default is the
server's business: the client leaves the field unset, which the server reads as the same default.
A default of another type is dropped where a member it must match rejects it (ShipEngine's
`insured_value: {allOf: [{$ref: monetary_value}], default: [{amount: 0}]}`: a list for an object, which
PC106 cannot see without following the `$ref`). `null` defaults are left alone.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer
from .pc106_mismatched_defaults import problem
from .pc113_non_object_allof import is_object_like

_DEPTH = 8


def rejection(document: dict[str, Any], schema: Any, value: Any, depth: int = 0) -> str | None:
    """Why `value` fails the schema or a member of its allOf, `$ref`s followed (None when it may pass)."""
    node = follow_refs(document, schema)
    if depth > _DEPTH or not isinstance(node, dict):
        return None
    if (why := problem(node, value)) is not None:
        return why
    members = node.get("allOf") or []
    return next((w for m in members if (w := rejection(document, m, value, depth + 1)) is not None), None)


def _visit(document: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    value = schema.get("default")
    if value is None or not is_object_like(document, schema):
        return
    if isinstance(value, dict):
        why = "object default on a model-typed schema dropped"
    elif (rejected := rejection(document, schema, value)) is not None:
        why = f"default on a model-typed schema dropped: {rejected}"
    else:
        return
    del schema["default"]
    notes.append((pointer((*parts, "default")), why))


RULE = Rule(
    "PC182",
    "object-defaults",
    "defaults on model-typed schemas dropped (else the generator drops the model and its operations)",
    per_schema_reading(_visit),
)
