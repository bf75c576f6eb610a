"""Small helpers shared by the operation and schema comparisons."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .report import _RANK, Bump, Direction

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_KEYS = ("summary", "description", "title", "example", "examples", "externalDocs")
_SCHEMA_REF = "#/components/schemas/"
# String formats openapi-python-client turns into another Python type than ``str``.
_TYPED_STRING_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
_SERVER_VARIABLE = re.compile(r"\{[^}]*\}")
# Numeric bounds: (keyword, True when a larger value is *looser*).
_BOUNDS: tuple[tuple[str, bool], ...] = (
    ("maxLength", True),
    ("maxItems", True),
    ("maxProperties", True),
    ("maximum", True),
    ("exclusiveMaximum", True),
    ("minLength", False),
    ("minItems", False),
    ("minProperties", False),
    ("minimum", False),
    ("exclusiveMinimum", False),
)


def _as_map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _same(a: Any, b: Any) -> bool:
    """JSON equality without serializing (``type`` check keeps ``True`` and ``1`` apart at the top level)."""
    return type(a) is type(b) and a == b


def _schema_refs(node: Any) -> set[str]:
    """Component schema names referenced anywhere inside ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            ref = item.get("$ref")
            if isinstance(ref, str) and (name := _ref_name(ref)) is not None:
                found.add(name)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _show(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str) if not isinstance(value, str) else repr(value)


def _worse(a: Bump, b: Bump) -> Bump:
    return a if _RANK[a] >= _RANK[b] else b


def _pick(direction: Direction, request: Bump, response: Bump) -> Bump:
    if direction == "request":
        return request
    if direction == "response":
        return response
    return _worse(request, response)


def _server_key(server: Any) -> str:
    """A server's URL template with its variable names blanked, so renaming a variable is not a new server."""
    return _SERVER_VARIABLE.sub("{}", str(_as_map(server).get("url")))


def _server_default_url(server: Mapping[str, Any]) -> str:
    url = str(server.get("url"))
    for name, variable in _as_map(server.get("variables")).items():
        url = url.replace("{" + str(name) + "}", str(_as_map(variable).get("default", "")))
    return url


def _widens(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """A new server template that keeps every old variable and the same default URL (a literal became a variable)."""
    old_vars, new_vars = _as_map(old.get("variables")), _as_map(new.get("variables"))
    return old_vars.keys() <= new_vars.keys() and _server_default_url(old) == _server_default_url(new)


def _template_key(path: str) -> str:
    """``/policy/{policyId}`` and ``/policy/{id}`` are the same route for matching purposes."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    raw = schema.get("type")
    types = {raw} if isinstance(raw, str) else {t for t in _as_list(raw) if isinstance(t, str)}
    if raw is None and "const" in schema:
        types = {_json_type(schema["const"])}
    elif raw is None and isinstance(schema.get("enum"), list) and schema["enum"]:
        types = {_json_type(v) for v in schema["enum"]}
    if schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def _fmt_types(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) if types else "any"


def _ref_name(ref: str) -> str | None:
    return ref[len(_SCHEMA_REF) :] if ref.startswith(_SCHEMA_REF) else None
