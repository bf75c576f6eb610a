"""PC185: an `application/octet-stream` request body described by any schema but a binary string is one.

Specs describe a raw upload with the model of what the bytes mean (`BinaryMessage: {type: object,
properties: {message: {format: binary}}}`), with the array its JSON twin takes (`{type: array, items:
{type: integer}}` beside `application/json`), or with `{}`. An octet-stream body is the bytes themselves,
and the generator's template sends `body.payload` whatever the schema, which a model, a list or `Any`
does not have (mypy --strict fails, and the call would raise). The body becomes `{type: string, format:
binary}` (a File), the schema's description kept.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import operations, pointer

_BINARY = "application/octet-stream"


def _repair(document: dict[str, Any], body: Any, parts: tuple[object, ...], notes: Notes) -> None:
    media = (body.get("content") or {}).get(_BINARY) if isinstance(body, dict) else None
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        return
    target = follow_refs(document, media["schema"])
    if target.get("type") == "string" and target.get("format") == "binary":
        return
    kind = target.get("type") if isinstance(target.get("type"), str) else "untyped"
    described = target.get("description")
    media["schema"] = {"type": "string", "format": "binary"} | ({"description": described} if described else {})
    notes.append((pointer((*parts, "content", _BINARY, "schema")), f"{kind} schema of a raw upload made binary"))


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, method, operation in operations(document):
        _repair(document, operation.get("requestBody"), ("paths", path, method, "requestBody"), notes)
    bodies = (document.get("components") or {}).get("requestBodies") or {}
    for name, body in bodies.items():
        _repair(document, body, ("components", "requestBodies", name), notes)


RULE = Rule(
    "PC185",
    "binary-bodies",
    "octet-stream request bodies with any schema but a binary string made one (the client sends body.payload)",
    _apply,
)
