"""PC460: a parameter described by `content` (one media type and its schema) is described by `schema` instead.

OpenAPI lets a parameter give its type as `content: {application/json: {schema: ...}}` rather than `schema`,
and some spec generators write every parameter that way. The generator reads only `schema`: it skips such a
parameter without a word, so a query parameter vanishes from the signature and a path parameter leaves the
template unmatched ("Path parameters do not match with path"), dropping the operation. PC142 and PC171 see
the parameter declared under its right name, so neither applies. A scalar (string, number, boolean, enum)
takes the media type's schema as it is: its text in a URL or header is the value itself, which is what such
specs mean (a JSON-quoted `"name"` in a path is not). An object or array would be serialized by the
generator as form fields, not as the one JSON text the spec asks for, so it becomes a string the caller
fills with that text (the schema's description kept). Runs before PC101 and PC186, which read `schema`.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import operations, pointer, schema_type
from .pc113_non_object_allof import is_object_like


def _structured(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    return is_object_like(document, schema) or "array" in schema_type(follow_refs(document, schema))


def _repair(document: dict[str, Any], parameter: Any, parts: tuple[object, ...], notes: Notes) -> None:
    if not isinstance(parameter, dict) or "schema" in parameter:
        return
    content = parameter.get("content")
    if not isinstance(content, dict) or len(content) != 1:
        return
    media, media_object = next(iter(content.items()))
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    if not isinstance(schema, dict):
        return
    del parameter["content"]
    if _structured(document, schema):
        described = schema.get("description") or follow_refs(document, schema).get("description")
        parameter["schema"] = {"type": "string"} | ({"description": described} if described else {})
        notes.append((pointer((*parts, "content")), f"{media} object or array made a string (its JSON text)"))
    else:
        parameter["schema"] = schema
        notes.append((pointer((*parts, "content")), f"{media} schema made the parameter's schema"))


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for index, parameter in enumerate(item.get("parameters") or []):
                _repair(document, parameter, ("paths", path, "parameters", index), notes)
    for path, method, operation in operations(document):
        for index, parameter in enumerate(operation.get("parameters") or []):
            _repair(document, parameter, ("paths", path, method, "parameters", index), notes)
    for name, parameter in ((document.get("components") or {}).get("parameters") or {}).items():
        _repair(document, parameter, ("components", "parameters", name), notes)


RULE = Rule(
    "PC460",
    "content-parameters",
    "parameters typed by `content` take its schema (the generator skips them), objects and arrays as JSON text",
    _apply,
)
