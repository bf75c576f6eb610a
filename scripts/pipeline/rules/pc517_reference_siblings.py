"""PC517: a Reference Object with keywords beside `$ref` (`{$ref: ..., required: true}`) says them, merged.

Outside schemas, OpenAPI's Reference Object allows only `summary` and `description` beside `$ref`; the
3.1 meta-schema refuses the document over anything else, so nothing is generated. Specs write them to
adapt a shared object in one place: a response `$ref` with the `headers` this operation adds (a file
download's `Content-Disposition`), a parameter `$ref` with `required: true`. Where the siblings say what
the target says already, they are dropped; otherwise the place holds a copy of the target with the
siblings merged in (a map such as `headers` gains their entries; another value is replaced), with a note.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import operations, pointer

_ALLOWED = frozenset({"$ref", "summary", "description"})
_SECTIONS = ("parameters", "requestBodies", "responses", "headers")


def _slots(doc: dict[str, Any]) -> Iterator[tuple[Any, Any, tuple[object, ...]]]:
    """(holder, key, pointer parts) of every place a parameter, body, response or header may be a Reference."""
    for path, method, op in operations(doc):
        at = ("paths", path, method)
        for index in range(len(op.get("parameters") or [])):
            yield op["parameters"], index, (*at, "parameters", index)
        if "requestBody" in op:
            yield op, "requestBody", (*at, "requestBody")
        for code, response in (op.get("responses") or {}).items():
            yield op["responses"], code, (*at, "responses", code)
            for name in (response.get("headers") or {}) if isinstance(response, dict) else ():
                yield response["headers"], name, (*at, "responses", code, "headers", name)
    for path, item in (doc.get("paths") or {}).items():
        parameters = item.get("parameters") if isinstance(item, dict) else None
        for index in range(len(parameters) if isinstance(parameters, list) else 0):
            yield parameters, index, ("paths", path, "parameters", index)
    components = doc.get("components") or {}
    for section in _SECTIONS:
        entries = components.get(section) if isinstance(components, dict) else None
        for name in entries if isinstance(entries, dict) else ():
            yield entries, name, ("components", section, name)


def _merged(target: dict[str, Any], siblings: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(target)
    for key, value in siblings.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **copy.deepcopy(value)}
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    for holder, key, parts in list(_slots(doc)):
        slot = holder[key]
        if not isinstance(slot, dict) or not isinstance(slot.get("$ref"), str) or set(slot) <= _ALLOWED:
            continue
        siblings = {k: v for k, v in slot.items() if k not in _ALLOWED}
        target = follow_refs(doc, {"$ref": slot["$ref"]})
        if not target:
            continue  # a dangling or remote reference: validation names it
        if all(target.get(k) == v for k, v in siblings.items()):
            holder[key] = {k: v for k, v in slot.items() if k in _ALLOWED}
            notes.append((pointer(parts), f"{', '.join(sorted(siblings))} beside $ref said what it names: dropped"))
            continue
        merged = _merged(target, siblings)
        if "description" in slot:
            merged["description"] = slot["description"]  # a Reference's description overrides its target's
        holder[key] = merged
        notes.append(
            (pointer(parts), f"{', '.join(sorted(siblings))} beside $ref: a copy of {slot['$ref'][:120]} with them")
        )


RULE = Rule(
    "PC517",
    "reference-siblings",
    "keywords beside a non-schema `$ref` dropped when redundant, else merged into a copy (the document was refused)",
    _apply,
)
