"""Media types the generator does not know, made callable: textual bodies as ``str``, the rest as ``File`` bytes.

openapi-python-client takes request bodies only as JSON, form, multipart or octet-stream, and responses
only as JSON, octet-stream or text/*; anything else (``text/csv`` uploads, ``application/pdf`` or
``application/yaml`` downloads, ``application/sdp``) drops the operation or omits the response. Its
``content_type_overrides`` say "treat this media type as that one" while the wire Content-Type stays
the spec's, so each unknown type is mapped to one it handles, and the schema of that media type (in the
generator's copy only) is made the string or binary the mapped type implies.

A request body offered under several media types becomes one `body` parameter whose type is the union of
theirs, and the generated code picks the media type by `isinstance`. Media types that carry the same
Python type (one model as JSON and as a form, or XML, text/json and text/xml all as `str`) cannot be told
apart that way: every matching branch ran, the last one's Content-Type won, and a list (`list[int]`) is
no class to check at all. So, in the generator's copy, one media type of each Python type is kept (the
first in the spec's order, plain JSON and concrete types before ranges such as `application/*+json`) and
the others left out, a form of a schema that is no object (a form is fields; the generator sends
`body.to_dict()`) is left out where another media type carries the body, and the spec itself keeps them all.
A URL-encoded form kept (no other media type carries its body) whose schema names no fields (`{type:
string}` with an example `text=...&lang=en`, a number, a list, none) is the encoded form itself: its
schema becomes a string, which the template sends as UTF-8 text under the spec's Content-Type. A multipart
body kept whose schema names no parts (`{type: string, format: binary}`: "upload a file") was generated as
a `body` the request never sent; it becomes a model of named parts (`additionalProperties` of that schema),
as the spec names none: the caller names them (`body = UploadBody(); body["file"] = File(...)`).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import follow_refs
from .rules._walk import operations as iter_operations
from .rules._walk import schema_type
from .rules.pc113_non_object_allof import is_object_like

OCTET_STREAM = "application/octet-stream"
_TEXT = "text/plain"
_URLENCODED = "application/x-www-form-urlencoded"
_REQUEST_TYPES = ("application/json", _URLENCODED, "multipart/form-data", OCTET_STREAM)
_RESPONSE_TYPES = ("application/json", OCTET_STREAM)
_TEXTUAL_HINTS = ("yaml", "xml", "csv", "sdp", "jsonl", "ndjson", "json-seq", "javascript", "html", "markdown")
_RESPONSE_TAG = "; x-policy-clients=response"  # a parameter: the generator reads the base type, the wire never sees it
_FORMS = (_URLENCODED, "multipart/form-data")
_CLASS_OF_TYPE = {"array": "list", "string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def base_type(media: str) -> str:
    """``Text/CSV; charset=utf-8`` -> ``text/csv``."""
    return media.split(";")[0].strip().lower()


def textual(media: str) -> bool:
    """Whether a body of this media type is text a caller reads or writes as ``str``."""
    base = base_type(media)
    return base.startswith("text/") or any(hint in base for hint in _TEXTUAL_HINTS)


def prepare_media_types(prepared: dict[str, Any], overrides: dict[str, str]) -> dict[str, str]:
    """Rewrite the generator's copy so every body is generated; returns the content_type_overrides to use.

    ``overrides`` are the vendor's own (generator.yaml); they win, and their media types are left alone.
    """
    result = dict(overrides)
    keep_distinguishable_bodies(prepared, overrides)
    requested: dict[str, str] = {}  # what the generator reads each request media type as (itself included)
    contents, responses = _media_objects(prepared)
    for media, media_object in [pair for content in contents for pair in content.items()]:
        if media in overrides:
            continue
        base = base_type(media)
        if base in _REQUEST_TYPES or base.endswith("+json"):
            _map(result, media, base)
            requested[media] = base
            _ensure_schema(media_object, True if _encoded_form(prepared, base, media_object) else None)
            if base == "multipart/form-data":
                _name_the_parts(prepared, media_object)
        else:
            result[media] = requested[media] = OCTET_STREAM
            _ensure_schema(media_object, textual(media))
    for content in responses:
        renamed: dict[str, Any] = {}
        for media, media_object in content.items():
            if media in overrides:
                renamed[media] = media_object
                continue
            base = base_type(media)
            native = base in _RESPONSE_TYPES or base.endswith("+json") or base.startswith("text/")
            wanted = base if native else (_TEXT if textual(media) else OCTET_STREAM)
            key = media
            if requested.get(media, wanted) != wanted:
                # The request side reads this type otherwise (a form body, a form response): keep them apart,
                # as one mapping serves both sides.
                key = media + _RESPONSE_TAG
            _map(result, key, wanted)
            if wanted == OCTET_STREAM:
                _ensure_schema(media_object, False)
            elif wanted.startswith("text/"):
                _ensure_schema(media_object, True)
            renamed[key] = media_object
        content.clear()
        content.update(renamed)
    return result


def keep_distinguishable_bodies(prepared: dict[str, Any], overrides: dict[str, str]) -> None:
    """Leave out of each request body the media types the generated `isinstance` dispatch cannot reach."""
    bodies, _responses = _media_objects(prepared, responses=False)
    for content in bodies:
        if len(content) < 2:
            continue
        chosen: dict[str, str] = {}  # class -> the media type that carries it
        for media in sorted(content, key=lambda m: _rank(prepared, m, content[m])):  # stable: spec order within a rank
            key = _python_class(prepared, media, content[media], overrides)
            if key is not None:
                chosen.setdefault(key, media)
        keep = set(chosen.values())
        if keep:
            for media in [m for m in content if m not in keep]:
                del content[media]


def _rank(prepared: dict[str, Any], media: str, media_object: Any) -> int:
    """The order in which media types of one class are preferred (lowest first).

    A concrete type before a range (`application/*+json`, no Content-Type to send), plain JSON before
    other JSON and forms, but multipart first for a model with a binary field (JSON cannot carry it).
    """
    base = base_type(media)
    if "*" in base:
        return 3
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    if base == "multipart/form-data" and _has_binary_field(prepared, schema):
        return 0
    return 1 if base == "application/json" else 2


def _has_binary_field(prepared: dict[str, Any], schema: Any) -> bool:
    properties = follow_refs(prepared, schema).get("properties")
    if not isinstance(properties, dict):
        return False
    fields = [follow_refs(prepared, p) for p in properties.values()]
    return any(
        f.get("format") == "binary" or follow_refs(prepared, f.get("items")).get("format") == "binary" for f in fields
    )


def _python_class(prepared: dict[str, Any], media: str, media_object: Any, overrides: dict[str, str]) -> str | None:
    """The class the generated code checks a body of this media type against; None: no usable body."""
    if media in overrides:
        return f"override:{media}"  # the vendor's own mapping: not second-guessed
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    base = base_type(media)
    if base not in _REQUEST_TYPES and not base.endswith("+json"):
        return "str" if textual(media) else "File"
    if base == OCTET_STREAM:
        return "File"
    if base in _FORMS and not is_object_like(prepared, schema):
        return None
    resolved = follow_refs(prepared, schema)
    if isinstance(schema, dict) and "$ref" in schema and is_object_like(prepared, schema):
        return f"model:{schema['$ref']}"
    kinds = schema_type(resolved)
    if len(kinds) == 1 and not any(k in resolved for k in ("anyOf", "oneOf", "allOf", "enum", "const")):
        kind = next(iter(kinds))
        if kind in _CLASS_OF_TYPE:
            return "File" if resolved.get("format") == "binary" else _CLASS_OF_TYPE[kind]
    return "schema:" + json.dumps(schema, sort_keys=True, default=str)  # an inline model or union: its own class


def _encoded_form(prepared: dict[str, Any], base: str, media_object: Any) -> bool:
    """Whether a URL-encoded form body's schema names no fields (a string, number, list...): the encoded form itself."""
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    return base == _URLENCODED and not is_object_like(prepared, schema)


def _name_the_parts(prepared: dict[str, Any], media_object: Any) -> None:
    """A multipart schema that names no parts becomes an object of parts, each of that schema, named by the caller."""
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    if not isinstance(schema, dict) or is_object_like(prepared, schema):
        return
    described = {"description": schema["description"]} if "description" in schema else {}
    media_object["schema"] = {**described, "type": "object", "additionalProperties": schema}


def _map(result: dict[str, str], media: str, target: str) -> None:
    """Map media to target unless the generator reads it as target already (it only reads lower-case types)."""
    if not media.startswith(target):
        result[media] = target


def _ensure_schema(media_object: Any, text: bool | None) -> None:
    """Give a media type a schema of the shape its mapped type implies (text: string; else binary)."""
    if not isinstance(media_object, dict):
        return
    schema = media_object.get("schema")
    described = {"description": schema["description"]} if isinstance(schema, dict) and "description" in schema else {}
    if text is None:  # a type the generator handles: only a missing schema needs one
        if schema is None:
            media_object["schema"] = {}
        return
    if text and not (isinstance(schema, dict) and schema.get("type") == "string" and "format" not in schema):
        media_object["schema"] = {**described, "type": "string"}
    elif not text and not (isinstance(schema, dict) and schema.get("format") == "binary"):
        media_object["schema"] = {**described, "type": "string", "format": "binary"}


def _media_objects(
    prepared: dict[str, Any], *, responses: bool = True
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Request body and response content maps, shared components included once."""
    components = prepared.get("components") or {}
    bodies: list[dict[str, Any]] = []
    contents: list[dict[str, Any]] = []
    seen: set[int] = set()

    def resolve(kind: str, node: Any) -> dict[str, Any] | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            prefix = f"#/components/{kind}/"
            ref = node["$ref"]
            node = (components.get(kind) or {}).get(ref[len(prefix) :]) if ref.startswith(prefix) else None
        if not isinstance(node, dict) or id(node) in seen or not isinstance(node.get("content"), dict):
            return None
        seen.add(id(node))
        return node

    for _path, _method, op in iter_operations(prepared):
        body = resolve("requestBodies", op.get("requestBody"))
        if body is not None:
            bodies.append(body["content"])
        for response in (op.get("responses") or {}).values() if responses else ():
            resolved = resolve("responses", response)
            if resolved is not None:
                contents.append(resolved["content"])
    return bodies, contents
