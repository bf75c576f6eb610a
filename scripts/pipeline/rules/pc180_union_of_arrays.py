"""PC180: a union of two or more arrays (`anyOf: [{type: array, items: A}, {type: array, items: B}]`) becomes one array.

FastAPI/pydantic publish `list[A] | list[B]` this way. The generator tells union members apart by
`isinstance(value, list)` only, so it serializes every list as the first member's items (`str` has no
`to_dict`) and the model fails `mypy --strict`. One array whose `items` is the union of the members'
items (`list[A | B]`) is what the generator can type and round-trip; it accepts a mixed list the spec
did not allow, which is the price of a client that works. Only plain array members (items plus
annotations) are merged; other members (`null`, a string) stay beside the merged array.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_PLAIN_ARRAY_KEYS = frozenset({"type", "items", "title", "description"})


def _plain_array(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and member.get("type") == "array"
        and isinstance(member.get("items"), dict)
        and set(member) <= _PLAIN_ARRAY_KEYS
    )


def _union_of(items: list[dict[str, Any]]) -> dict[str, Any]:
    distinct: list[dict[str, Any]] = []
    for item in items:
        if item not in distinct:
            distinct.append(item)
    return distinct[0] if len(distinct) == 1 else {"anyOf": distinct}


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if not isinstance(members, list):
            continue
        arrays = [m for m in members if _plain_array(m)]
        if len(arrays) < 2:
            continue
        merged = {"type": "array", "items": _union_of([m["items"] for m in arrays])}
        first = members.index(arrays[0])
        rest = [m for m in members if not any(m is a for a in arrays)]
        rest.insert(first, merged)
        if len(rest) == 1:
            del schema[key]
            schema.update({k: v for k, v in merged.items() if k not in schema})
        else:
            schema[key] = rest
        notes.append((pointer((*parts, key)), f"{len(arrays)} array members merged into one array of their items"))


RULE = Rule(
    "PC180",
    "union-of-arrays",
    "anyOf/oneOf of several arrays made one array of the union of their items (the generator cannot tell lists apart)",
    per_schema(_visit),
)
