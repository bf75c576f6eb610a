"""PC103: a nullable enum is `anyOf: [the enum, null]`.

`{type: [string, "null"], enum: [a, b, null]}` (what PC005 makes of a 3.0 nullable enum, and what 3.1
specs write) is read by the generator three times over: once for the null in `enum`, again for each
member of the type list, giving `...Type1`, `...Type2Type1` and `...Type3Type1` for one field. An enum
whose values include null, or whose type admits null, becomes one enum (the non-null values) or null.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_ENUM_KEYWORDS = ("format", "pattern", "minLength", "maxLength", "minimum", "maximum", "x-enum-varnames")


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    enum = schema.get("enum")
    if not isinstance(enum, list) or any(k in schema for k in ("anyOf", "oneOf")):
        return
    kinds = schema_type(schema)
    if None not in enum and "null" not in kinds:
        return
    values = [v for v in enum if v is not None]
    if not values:
        return  # an enum of only null: the generator reads it as None already
    member: dict[str, Any] = {}
    kind = schema.get("type")
    rest = [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str) and k != "null"]
    if rest:
        member["type"] = rest[0] if len(rest) == 1 else rest
    member["enum"] = values
    for key in _ENUM_KEYWORDS:
        if key in schema:
            member[key] = schema.pop(key)
    schema.pop("type", None)
    schema.pop("enum")
    schema["anyOf"] = [member, {"type": "null"}]
    notes.append((pointer((*parts, "enum")), "nullable enum made anyOf [enum, null]"))


RULE = Rule(
    "PC103", "nullable-enum", "nullable enums made anyOf [enum, null] (else generated three times)", per_schema(_visit)
)
