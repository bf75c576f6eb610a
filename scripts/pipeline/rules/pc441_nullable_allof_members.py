"""PC441: an `allOf` member that `$ref`s a nullable object, where the allOf is an object, takes the object alone.

Specs compose a shared model that is nullable where it is used on its own (`PaymentAmount`, `nullable:
true`) with a fragment: `allOf: [{$ref: PaymentAmount}, {type: object}]`. Every member must hold, so the
`type: object` member (or the composing schema's own `type: object`) excludes null and the value is the
object. The generator sees only that the member is a union (`type: [object, null]`, or anyOf of a model and
null) and drops the schema ("Cannot take allOf a non-object"), the models holding it and their operations.
The member becomes the referenced schema without null (a copy with `type: object`, or the union's own
object member); the referenced component itself stays nullable for its other uses.
"""

from __future__ import annotations

import copy
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer, schema_type

_PREFIX = "#/components/schemas/"
_DEPTH = 8


def _target(document: dict[str, Any], ref: Any) -> dict[str, Any] | None:
    if not isinstance(ref, str) or not ref.startswith(_PREFIX):
        return None
    found = ((document.get("components") or {}).get("schemas") or {}).get(ref[len(_PREFIX) :].replace("~1", "/"))
    return found if isinstance(found, dict) else None


def non_null_view(document: dict[str, Any], member: dict[str, Any], depth: int = 0) -> dict[str, Any] | None:
    """What a `$ref` member means once null is excluded, or None where it does not accept null (or is unclear)."""
    target = _target(document, member.get("$ref"))
    if target is None or depth > _DEPTH:
        return None
    kind = target.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) > 1:
        view = {k: copy.deepcopy(v) for k, v in target.items() if k != "title"}
        others = [k for k in kind if k != "null"]
        view["type"] = others[0] if len(others) == 1 else others
        return view
    for key in ("anyOf", "oneOf"):
        options = target.get(key)
        if not isinstance(options, list) or set(target) - {key, "description", "title"}:
            continue
        rest = [o for o in options if o != {"type": "null"}]
        if len(rest) == 1 and len(rest) < len(options) and isinstance(rest[0], dict):
            only = rest[0]
            nested = only.get("allOf")
            if set(only) == {"allOf"} and isinstance(nested, list) and len(nested) == 1 and isinstance(nested[0], dict):
                only = nested[0]  # PC005's nullable allOf of one $ref: that $ref
            inner = non_null_view(document, only, depth + 1) if "$ref" in only else None
            return inner or copy.deepcopy(only)
    return None


def _excludes_null(schema: dict[str, Any], members: list[Any]) -> bool:
    """Whether the composing schema or one of its inline members names types, none of them null."""
    typed = [schema, *(m for m in members if isinstance(m, dict) and "$ref" not in m)]
    return any(schema_type(s) and "null" not in schema_type(s) for s in typed)


def _apply(document: dict[str, Any], notes: Notes) -> None:
    def visit(schema: dict[str, Any], parts: Parts) -> None:
        members = schema.get("allOf")
        if not isinstance(members, list) or not _excludes_null(schema, members):
            return
        for index, member in enumerate(members):
            if not isinstance(member, dict) or "$ref" not in member:
                continue
            view = non_null_view(document, member)
            if view is not None:
                members[index] = view
                notes.append((pointer((*parts, "allOf", index)), f"nullable {member['$ref']} taken without null"))

    per_schema(lambda schema, parts, _notes: visit(schema, parts))(document, notes)


RULE = Rule(
    "PC441",
    "nullable-allof-members",
    "allOf members referencing a nullable object, in an allOf that excludes null, made the object alone",
    _apply,
)
