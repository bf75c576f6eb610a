"""PC185: an `application/octet-stream` request body described by an object schema is a binary string.

Specs describe a raw upload with the model of what the bytes mean (`BinaryMessage: {type: object,
properties: {message: {format: binary}}}`). An octet-stream body is the bytes themselves, and the
generator's template sends `body.payload`, which a model does not have (mypy --strict fails, and the call
would raise). The body becomes `{type: string, format: binary}` (a File), the schema's description kept.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import operations, pointer
from .pc113_non_object_allof import is_object_like

_BINARY = "application/octet-stream"


def _repair(document: dict[str, Any], body: Any, parts: tuple[object, ...], notes: Notes) -> None:
    media = (body.get("content") or {}).get(_BINARY) if isinstance(body, dict) else None
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        return
    schema = media["schema"]
    if not is_object_like(document, schema):
        return
    described = follow_refs(document, schema).get("description")
    media["schema"] = {"type": "string", "format": "binary"} | ({"description": described} if described else {})
    notes.append((pointer((*parts, "content", _BINARY, "schema")), "object schema of a raw upload made binary"))


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, method, operation in operations(document):
        _repair(document, operation.get("requestBody"), ("paths", path, method, "requestBody"), notes)
    bodies = (document.get("components") or {}).get("requestBodies") or {}
    for name, body in bodies.items():
        _repair(document, body, ("components", "requestBodies", name), notes)


RULE = Rule(
    "PC185",
    "binary-bodies",
    "octet-stream request bodies with an object schema made binary strings (else the client sends body.payload)",
    _apply,
)
