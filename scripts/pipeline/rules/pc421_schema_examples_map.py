"""PC421: a schema's `examples` given as a map of Example Objects becomes the array JSON Schema wants.

A media type's or parameter's `examples` is a map of named Example Objects (`{"Example 1": {value: ...}}`);
a schema's `examples` (JSON Schema 2020-12, OpenAPI 3.1) is an array of values. Spec writers carry the
first shape into schemas, and the 3.1 validator rejects the document. Each entry's `value` (or the
entry itself where it is not an Example Object) becomes an item, in order; the names are only labels.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _value(entry: Any) -> Any:
    """An Example Object's `value`, or the entry as it is (a map of bare values)."""
    if isinstance(entry, dict) and "value" in entry and set(entry) <= {"value", "summary", "description"}:
        return entry["value"]
    return entry


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    examples = schema.get("examples")
    if not isinstance(examples, dict):
        return
    if any(isinstance(entry, dict) and "externalValue" in entry for entry in examples.values()):
        del schema["examples"]  # a link to an example is not a value a schema can hold
        notes.append((pointer((*parts, "examples")), "map of external examples removed"))
        return
    schema["examples"] = [_value(entry) for entry in examples.values()]
    notes.append((pointer((*parts, "examples")), f"map of {len(examples)} named example(s) made an array"))


RULE = Rule(
    "PC421",
    "schema-examples-map",
    "a schema's `examples` written as a map of Example Objects made the array of values 3.1 wants",
    per_schema(_visit),
)
