"""PC110: an `allOf` whose members define one property differently is flattened into one object.

A subtype often narrows a property of its base (`summary` nullable in the base, a plain string in the
subtype; `type` any of twenty values in the base, one in the subtype). allOf means "all of these", so the
narrower definition is the meaning, but the generator merges properties pairwise and gives up on such pairs
(`None | str can't be merged with str`, `can't redefine an enum property with incompatible lists of
values`), dropping the model and every operation using it. The generator makes one flat class of an allOf
anyway, so the members are merged here, later members' definitions winning as in the generator's own merge.
"""

from __future__ import annotations

import copy
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer

_DOC_KEYWORDS = frozenset({"description", "example", "examples", "title", "readOnly", "writeOnly", "deprecated"})
_UNMERGEABLE = ("oneOf", "anyOf", "not", "discriminator", "if", "patternProperties")


def _component(doc: dict[str, Any], ref: str) -> dict[str, Any] | None:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        return None
    found = (doc.get("components") or {}).get("schemas", {}).get(ref[len(prefix) :].replace("~1", "/"))
    return found if isinstance(found, dict) else None


def _members(doc: dict[str, Any], schema: dict[str, Any], seen: frozenset[str]) -> list[dict[str, Any]] | None:
    """The object schemas an allOf stands for, references and nested allOfs expanded (None: cannot say)."""
    flat: list[dict[str, Any]] = []
    for member in schema.get("allOf") or []:
        if not isinstance(member, dict):
            return None
        ref = member.get("$ref")
        if isinstance(ref, str):
            target = _component(doc, ref)
            if target is None or ref in seen:
                return None
            member, seen = target, seen | {ref}
        if any(k in member for k in _UNMERGEABLE):
            return None
        if "allOf" in member:
            nested = _members(doc, member, seen)
            if nested is None:
                return None
            flat += nested
            member = {k: v for k, v in member.items() if k != "allOf"}
        flat.append(member)
    return flat


def _meaning(schema: Any) -> Any:
    return {k: v for k, v in schema.items() if k not in _DOC_KEYWORDS} if isinstance(schema, dict) else schema


def _conflicts(members: list[dict[str, Any]]) -> list[str]:
    first: dict[str, Any] = {}
    clashing: list[str] = []
    for member in members:
        for name, prop in (member.get("properties") or {}).items():
            if name in first and _meaning(first[name]) != _meaning(prop) and name not in clashing:
                clashing.append(name)
            first.setdefault(name, prop)
    return clashing


def _visit(doc: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if not isinstance(schema.get("allOf"), list) or any(k in schema for k in _UNMERGEABLE):
        return
    members = _members(doc, schema, frozenset())
    if not members:
        return
    clashing = _conflicts(members)
    if not clashing:
        return
    properties: dict[str, Any] = {}
    required: list[str] = []
    merged: dict[str, Any] = {"type": "object"}
    for member in copy.deepcopy(members):
        properties.update(member.pop("properties", None) or {})
        required += [r for r in member.pop("required", None) or [] if r not in required]
        member.pop("type", None)
        merged.update({k: v for k, v in member.items() if k not in _DOC_KEYWORDS})
    own = {k: v for k, v in schema.items() if k != "allOf"}
    schema.clear()
    schema.update(merged)
    schema["properties"] = {**properties, **(own.pop("properties", None) or {})}
    required += [r for r in own.pop("required", None) or [] if r not in required]
    if required:
        schema["required"] = required
    schema.update(own)
    notes.append((pointer((*parts, "allOf")), f"flattened: members define {', '.join(clashing)} differently"))


RULE = Rule(
    "PC110",
    "allof-property-conflicts",
    "allOf members defining a property differently flattened, later definitions winning (else dropped)",
    per_schema_reading(_visit),
)
