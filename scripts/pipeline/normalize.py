"""Stage 2: generic repairs that every vendor spec may need, before our per-vendor overlay.

Nothing here knows a vendor. Each repair is recorded as (JSON pointer, what was done) so a run can say
what it changed.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .errors import PipelineError, pointer_from_parts
from .rules import apply_rules

_BOOLEAN_KEYWORDS = frozenset(
    {
        "required",
        "deprecated",
        "nullable",
        "readOnly",
        "writeOnly",
        "allowEmptyValue",
        "explode",
        "allowReserved",
        "uniqueItems",
        "additionalProperties",
    }
)
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_USABLE_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9 _-]*$")
_VERSION_SEGMENT = re.compile(r"^v?\d+(\.\d+)*$")

Notes = list[tuple[str, str]]


def normalize(document: dict[str, Any]) -> tuple[dict[str, Any], Notes]:
    """Return a repaired deep copy of an OpenAPI 3.0/3.1 document and the list of repairs made."""
    doc = copy.deepcopy(document)
    notes: Notes = []
    version = str(doc.get("openapi", ""))
    if version.startswith("3.0"):
        doc["openapi"] = "3.1.0"
        notes.append(("/openapi", f"upgraded {version} to 3.1.0"))
    _walk(doc, (), notes)
    _define_missing_security_schemes(doc, notes)
    _repair_tags(doc, notes)
    apply_rules(doc, notes)
    return doc, notes


def _walk(node: Any, parts: tuple[object, ...], notes: Notes) -> None:
    if isinstance(node, dict):
        _fix_string_booleans(node, parts, notes)
        if _looks_like_schema(node):
            _fix_schema(node, parts, notes)
        for key, value in list(node.items()):
            if key in ("example", "examples") and not _looks_like_schema(value):
                continue  # example payloads are data, not spec
            _walk(value, (*parts, key), notes)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _walk(item, (*parts, index), notes)


def _fix_string_booleans(node: dict[str, Any], parts: tuple[object, ...], notes: Notes) -> None:
    for key in _BOOLEAN_KEYWORDS & node.keys():
        value = node[key]
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            node[key] = value.strip().lower() == "true"
            notes.append((pointer_from_parts((*parts, key)), f"string {value!r} made a boolean"))


def _looks_like_schema(node: Any) -> bool:
    return isinstance(node, dict) and (
        isinstance(node.get("type"), str | list)
        or "nullable" in node
        or ("$ref" in node and len(node) > 1)
        or any(k in node for k in ("allOf", "oneOf", "anyOf", "properties", "enum"))
    )


def _fix_schema(schema: dict[str, Any], parts: tuple[object, ...], notes: Notes) -> None:
    where = pointer_from_parts(parts)
    kind = schema.get("type")
    default = schema.get("default")
    if isinstance(default, str):
        coerced = _coerce_scalar(default, kind)
        if coerced is not None:
            schema["default"] = coerced
            notes.append((where + "/default", f"string default {default!r} made a {kind}"))
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(bound), bool):
            flag = schema.pop(bound)
            if flag and limit in schema:
                schema[bound] = schema.pop(limit)
            notes.append((where + "/" + bound, "3.0 boolean form converted to 3.1"))
    if "nullable" in schema:
        nullable = schema.pop("nullable")
        if nullable is True:
            _make_nullable(schema)
            notes.append((where + "/nullable", "3.0 nullable converted to a 3.1 null type"))


def _coerce_scalar(value: str, kind: object) -> bool | int | float | None:
    text = value.strip()
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    return None


def _make_nullable(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif "$ref" in schema:
        schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "null"}]
    elif "oneOf" in schema or "anyOf" in schema:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        if {"type": "null"} not in schema[key]:
            schema[key].append({"type": "null"})
    elif "allOf" in schema:
        schema["anyOf"] = [{"allOf": schema.pop("allOf")}, {"type": "null"}]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"].append(None)


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append((path, method, op))
    return found


def _define_missing_security_schemes(doc: dict[str, Any], notes: Notes) -> None:
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    uses: list[tuple[str, str]] = []
    for requirement in doc.get("security") or []:
        uses += [(name, "/security") for name in requirement]
    for path, method, op in _operations(doc):
        for requirement in op.get("security") or []:
            uses += [(name, pointer_from_parts(("paths", path, method, "security"))) for name in requirement]
    for name, where in uses:
        if name in schemes:
            continue
        lowered = name.lower()
        if "bearer" in lowered:
            schemes[name] = {"type": "http", "scheme": "bearer"}
        elif "basic" in lowered:
            schemes[name] = {"type": "http", "scheme": "basic"}
        else:
            raise PipelineError(
                stage="normalize",
                pointer=where,
                cause=f"security scheme {name!r} is used but never defined; define it in the overlay",
            )
        notes.append(
            (f"/components/securitySchemes/{name}", f"undefined scheme defined as http {schemes[name]['scheme']}")
        )
    if not schemes:
        doc["components"].pop("securitySchemes")


def _repair_tags(doc: dict[str, Any], notes: Notes) -> None:
    for path, method, op in _operations(doc):
        where = pointer_from_parts(("paths", path, method))
        tags = op.get("tags")
        if not tags or not isinstance(tags[0], str) or not _USABLE_TAG.match(tags[0]):
            tag = _tag_from(path)
            op["tags"] = [tag, *(tags or [])[1:]] if tags else [tag]
            notes.append((where + "/tags", f"unusable or missing tag {tags!r} replaced by {tag!r}"))


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _tag_from(path: str) -> str:
    for segment in _segments(path):
        if segment.startswith("{") or _VERSION_SEGMENT.match(segment) or segment == "api":
            continue
        return re.sub(r"[^A-Za-z0-9]+", "_", segment).strip("_").lower() or "default"
    return "default"
