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
from ._walk import Parts, Pass, PerNode, pointer, schema_type, walk_schemas

_PREFIX = "#/components/schemas/"
_DEPTH = 8


def _name(ref: Any) -> str | None:
    """The components/schemas key a `$ref` names (None: not a component reference)."""
    return ref[len(_PREFIX) :].replace("~1", "/") if isinstance(ref, str) and ref.startswith(_PREFIX) else None


def _target(document: dict[str, Any], ref: Any) -> dict[str, Any] | None:
    name = _name(ref)
    found = ((document.get("components") or {}).get("schemas") or {}).get(name) if name is not None else None
    return found if isinstance(found, dict) else None


def non_null_view(document: dict[str, Any], member: dict[str, Any], depth: int = 0) -> dict[str, Any] | None:
    """What a `$ref` member means once null is excluded, or None where it does not accept null (or is unclear)."""
    target = _target(document, member.get("$ref"))
    if target is None or depth > _DEPTH:
        return None
    return _view(document, target, depth)


def _view(document: dict[str, Any], target: dict[str, Any], depth: int) -> dict[str, Any] | None:
    """non_null_view of a component, given the component."""
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


def _start(document: dict[str, Any], notes: Notes) -> Pass:
    """Each nullable component's view is taken before the walk, so the rule is `fresh` (begins a walk).

    A member becomes what its component was once every earlier rule was done, whatever the rules sharing
    this walk make of the component meanwhile (as when this rule walked alone).
    """
    views: dict[str, dict[str, Any]] = {}
    for name, target in ((document.get("components") or {}).get("schemas") or {}).items():
        view = _view(document, target, 0) if isinstance(target, dict) else None
        if view is not None:
            views[name] = view

    def visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
        members = schema.get("allOf")
        if not views or not isinstance(members, list) or not _excludes_null(schema, members):
            return
        for index, member in enumerate(members):
            name = _name(member.get("$ref")) if isinstance(member, dict) else None
            if name is not None and name in views:
                members[index] = copy.deepcopy(views[name])
                notes.append((pointer((*parts, "allOf", index)), f"nullable {member['$ref']} taken without null"))

    return Pass(visit, notes)


RULE = Rule(
    "PC441",
    "nullable-allof-members",
    "allOf members referencing a nullable object, in an allOf that excludes null, made the object alone",
    PerNode(walk_schemas, start=_start, fresh=True),
)
