"""PC182: an object `default` on a model-typed schema (`allOf: [{$ref: Resources}], default: {}`) is dropped.

pydantic publishes `default: {}` (or a whole example object) on every nested model and dict field with a
default factory. The generator refuses a default on a model property ("ModelProperty cannot have a
default value") and drops the model, with every operation that uses it. A server-side default is the
server's business: the client leaves the field unset, which the server reads as the same default.
`null` defaults and defaults of primitives and arrays are left alone.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer
from .pc113_non_object_allof import is_object_like


def _visit(document: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if not isinstance(schema.get("default"), dict) or not is_object_like(document, schema):
        return
    del schema["default"]
    notes.append((pointer((*parts, "default")), "object default on a model-typed schema dropped"))


RULE = Rule(
    "PC182",
    "object-defaults",
    "object defaults on model-typed schemas dropped (else the generator drops the model and its operations)",
    per_schema_reading(_visit),
)
