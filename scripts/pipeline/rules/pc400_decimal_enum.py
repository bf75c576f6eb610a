"""PC400: an enum of decimals (`{type: number, enum: [1.5, 2.5]}`) is a plain number listing its values.

The generator builds enum classes of strings or integers only: an enum of floats makes it drop the schema,
and with it every model and operation using it (a parameter drops its operation). Python has no `Literal`
of floats either, so the field is typed `float` and its allowed values go to the description (the
attribute's docstring). Floats with integral values (`enum: [1.0, 2.0]`) are the integers they equal (JSON
does not tell `1.0` from `1`), which the generator's integer enum takes. Beside `anyOf`, `oneOf`, `allOf`,
`$ref` or `const`, which say the type, the values go to the description in every case and the type is
left as those keywords give it. Every enum of numbers with a fraction among them is this rule's (PC462
leaves numbers alone); enums of mixed value types are PC170's, which runs after this rule.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_COMBINED = ("anyOf", "oneOf", "allOf", "$ref", "const")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _spelled(value: float | int) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    enum = schema.get("enum")
    if not isinstance(enum, list):
        return
    combined = any(k in schema for k in _COMBINED)
    values = [v for v in enum if v is not None]
    if not values or not all(_is_number(v) for v in values) or not any(isinstance(v, float) for v in values):
        return
    if not schema_type(schema) - {"null"} <= {"number", "integer"}:
        return  # a string or other declared type: not a decimal enum (PC170 and PC184 judge it)
    where = pointer((*parts, "enum"))
    if all(float(v).is_integer() for v in values) and not combined:
        schema["enum"] = [v if v is None else int(v) for v in enum]
        notes.append((where, "integral decimals made the integers they equal (an integer enum generates)"))
        return
    listed = ", ".join(_spelled(v) for v in values)
    description = str(schema.get("description") or "").rstrip()
    allowed = f"Allowed values: {listed}."
    schema["description"] = f"{description}\n\n{allowed}" if description else allowed
    for key in ("enum", "x-enum-varnames", "x-enum-descriptions"):
        schema.pop(key, None)
    if not combined:  # else the type is what the combined keywords say
        if "type" not in schema:
            schema["type"] = ["number", "null"] if None in enum else "number"
        elif None in enum and "null" not in schema_type(schema):
            schema["type"] = [*sorted(schema_type(schema)), "null"]
    notes.append((where, f"enum of decimals made a plain number, its values [{listed}] in the description"))


RULE = Rule(
    "PC400",
    "decimal-enum",
    "enums of decimals (no float enum generates) become a number with the allowed values in its description",
    per_schema(_visit),
)
