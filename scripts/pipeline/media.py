"""Media types the generator does not know, made callable: textual bodies as ``str``, the rest as ``File`` bytes.

openapi-python-client takes request bodies only as JSON, form, multipart or octet-stream, and responses
only as JSON, octet-stream or text/*; anything else (``text/csv`` uploads, ``application/pdf`` or
``application/yaml`` downloads, ``application/sdp``) drops the operation or omits the response. Its
``content_type_overrides`` say "treat this media type as that one" while the wire Content-Type stays
the spec's, so each unknown type is mapped to one it handles, and the schema of that media type (in the
generator's copy only) is made the string or binary the mapped type implies.
"""

from __future__ import annotations

from typing import Any

from .rules._walk import operations as iter_operations

OCTET_STREAM = "application/octet-stream"
_TEXT = "text/plain"
_REQUEST_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data", OCTET_STREAM)
_RESPONSE_TYPES = ("application/json", OCTET_STREAM)
_TEXTUAL_HINTS = ("yaml", "xml", "csv", "sdp", "jsonl", "ndjson", "json-seq", "javascript", "html", "markdown")
_RESPONSE_TAG = "; x-policy-clients=response"  # a parameter: the generator reads the base type, the wire never sees it


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
    bodies, responses = _media_objects(prepared)
    for media, media_object in bodies:
        if media in overrides:
            continue
        base = base_type(media)
        if base in _REQUEST_TYPES or base.endswith("+json"):
            _map(result, media, base)
            _ensure_schema(media_object, None)
        else:
            result[media] = OCTET_STREAM
            _ensure_schema(media_object, textual(media))
    # What each request media type is read as (itself where the generator takes it natively): a response of
    # that type read otherwise needs a key of its own, or the global override would change the request too.
    requested = {media: result.get(media, media) for media, _ in bodies}
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
            if requested.get(media, result.get(media, wanted)) != wanted:
                key = media + _RESPONSE_TAG  # the request side reads this type otherwise: keep apart
            _map(result, key, wanted)
            if wanted == OCTET_STREAM:
                _ensure_schema(media_object, False)
            elif wanted.startswith("text/"):
                _ensure_schema(media_object, True)
            renamed[key] = media_object
        content.clear()
        content.update(renamed)
    return result


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


def _media_objects(prepared: dict[str, Any]) -> tuple[list[tuple[str, Any]], list[dict[str, Any]]]:
    """Request (media type, media object) pairs and response content maps, shared components included once."""
    components = prepared.get("components") or {}
    bodies: list[tuple[str, Any]] = []
    responses: list[dict[str, Any]] = []
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
            bodies += list(body["content"].items())
        for response in (op.get("responses") or {}).values():
            resolved = resolve("responses", response)
            if resolved is not None:
                responses.append(resolved["content"])
    return bodies, responses
