"""PC101: a path parameter is always present and never null.

Specs generated from nullable model fields mark path parameters `nullable: true` (or `type: [string, null]`),
and some forget `required: true`; the generator refuses `None | str` in a URL path and drops the whole
endpoint. Runs before PC005, so the 3.0 flag is simply dropped rather than rewritten.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import HTTP_METHODS, Parts, pointer


def _path_parameters(doc: dict[str, Any]) -> list[tuple[dict[str, Any], Parts]]:
    found: list[tuple[dict[str, Any], Parts]] = []
    places: list[tuple[Any, Parts]] = []
    components = doc.get("components")
    if isinstance(components, dict) and isinstance(components.get("parameters"), dict):
        places += [(p, ("components", "parameters", k)) for k, p in components["parameters"].items()]
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        owners: list[tuple[Any, Parts]] = [(item, ("paths", path))]
        owners += [(item[m], ("paths", path, m)) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        for owner, parts in owners:
            params = owner.get("parameters")
            if isinstance(params, list):
                places += [(p, (*parts, "parameters", i)) for i, p in enumerate(params)]
    for param, parts in places:
        if isinstance(param, dict) and param.get("in") == "path":
            found.append((param, parts))
    return found


def _not_null(schema: dict[str, Any]) -> bool:
    """Remove every way the schema admits null; whether anything was removed."""
    changed = schema.pop("nullable", None) is not None
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        changed = True
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and {"type": "null"} in members:
            members[:] = [m for m in members if m != {"type": "null"}]
            changed = True
    enum = schema.get("enum")
    if isinstance(enum, list) and None in enum:
        schema["enum"] = [v for v in enum if v is not None]
        changed = True
    if schema.get("default", 0) is None:
        schema.pop("default")
        changed = True
    return changed


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    for param, parts in _path_parameters(doc):
        if param.get("required") is not True:
            param["required"] = True
            notes.append((pointer((*parts, "required")), "path parameter made required"))
        schema = param.get("schema")
        if isinstance(schema, dict) and _not_null(schema):
            notes.append((pointer((*parts, "schema")), "path parameter made non-nullable"))


RULE = Rule(
    "PC101",
    "nullable-path-parameter",
    "path parameters made required and non-nullable (the generator drops endpoints with None in a path)",
    _apply,
)
