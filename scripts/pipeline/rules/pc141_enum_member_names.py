"""PC141: string enum values that would get one Python member name are given distinct names.

The generator names a member after its value upper-cased (`asc` -> `ASC`), so an enum holding both `asc`
and `ASC`, or `a-b` and `a_b`, or `a.b` and `a-b`, either stops the whole generation ("Duplicate key") or
silently keeps one of the two values. Where that would happen, `x-enum-varnames` (which the generator
reads) lists a name per value: the generator's own name, numbered from the second value that shares it.
Enums without such a clash are left as they are, so their classes do not change.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def generator_names(values: list[str]) -> list[str]:
    """The member name the generator derives for each value (its `values_from_list`, for strings)."""
    from openapi_python_client.strings import snake_case

    keys = [value.upper() if value and value[0].isalpha() else f"VALUE_{i}" for i, value in enumerate(values)]
    return [snake_case(key).upper() for key in keys]


def distinct(names: list[str]) -> list[str]:
    """The names made unique: a repeated one gets `_2`, `_3`... (skipping any name already used)."""
    used: set[str] = set()
    out: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate in used:
            n += 1
            candidate = f"{name}_{n}"
        used.add(candidate)
        out.append(candidate)
    return out


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    enum = schema.get("enum")
    if not isinstance(enum, list) or "x-enum-varnames" in schema:
        return
    values = [v for v in enum if v is not None]
    if not values or not all(isinstance(v, str) for v in values):
        return
    names = generator_names(values)
    raw = [v.upper() if v and v[0].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)]
    if len(set(names)) == len(names) and not any(key in names[:i] for i, key in enumerate(raw)):
        return
    schema["x-enum-varnames"] = distinct(names)
    clashing = len(names) - len(set(names)) or 1
    notes.append((pointer(parts), f"x-enum-varnames added: {clashing} value(s) shared a member name"))


RULE = Rule(
    "PC141",
    "enum-member-names",
    "string enum values that the generator would give one member name get distinct `x-enum-varnames`",
    per_schema(_visit),
)
