"""PC442: an `allOf` member that only says `nullable: true` makes the composing schema nullable.

OpenAPI 3.0 has no nullable `$ref`, so specs write `allOf: [{nullable: true}, {$ref: BaseOpponent}]` for "a
BaseOpponent, or null" (a match without a winner yet). Read member by member, the flag has no `type` to
apply to and is lost: the field became `allOf: [{}, {$ref: ...}]`, which refused the server's `null`, and
where the target is a union the generator dropped the model ("Cannot take allOf a non-object"), with
every operation returning it. The member is removed and `nullable: true` set on the composing schema,
which PC005 then makes `anyOf: [{allOf: [...]}, {type: null}]`. The member's annotations move up where the
schema has none of its own. Runs before PC113, which would otherwise fold the flag into a primitive only.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer
from .pc113_non_object_allof import ANNOTATIONS


def _only_nullable(member: Any) -> bool:
    return isinstance(member, dict) and member.get("nullable") is True and set(member) <= ANNOTATIONS | {"nullable"}


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    members = schema.get("allOf")
    if not isinstance(members, list):
        return
    flags = [m for m in members if _only_nullable(m)]
    rest = [m for m in members if not _only_nullable(m)]
    if not flags or not rest:
        return  # no flag, or nothing but flags: PC005 reads those as it does any nullable schema
    schema["allOf"] = rest
    for flag in flags:
        for key, value in flag.items():
            if key != "nullable":
                schema.setdefault(key, value)
    schema["nullable"] = True
    notes.append((pointer((*parts, "allOf")), "a member saying only `nullable: true` made the schema nullable"))


RULE = Rule(
    "PC442",
    "nullable-allof-fragments",
    "allOf members that only say `nullable: true` make the composing schema nullable (the flag was lost)",
    per_schema(_visit),
)
