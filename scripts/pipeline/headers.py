"""Array-valued header parameters: the generator refuses them, so its copy sees a string and we join the list.

OpenAPI serializes a header array with ``style: simple`` (the only style headers have): the items
joined by commas, ``X-Tags: a,b``. The generator's copy declares the header a string; the endpoint
template (pc_macros.py.jinja) types the argument ``list[item type]`` and joins it.
"""

from __future__ import annotations

from typing import Any

from .rules._walk import operations as iter_operations

_ITEM_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def array_headers(spec: dict[str, Any], path: str, op: dict[str, Any]) -> dict[str, str]:
    """Header name -> Python item type, for each array-valued header parameter of an operation."""
    found: dict[str, str] = {}
    for param in _parameters(spec, path, op):
        schema = param.get("schema")
        if param.get("in") == "header" and isinstance(schema, dict) and _is_array(schema):
            items = schema.get("items")
            kind = items.get("type") if isinstance(items, dict) else None
            found[str(param.get("name"))] = _ITEM_TYPES.get(str(kind), "str")
    return found


def declare_array_headers_as_strings(prepared: dict[str, Any]) -> None:
    """In the generator's copy, every array-valued header parameter becomes a string one."""
    for path, _method, op in iter_operations(prepared):
        for param in _parameters(prepared, path, op):
            schema = param.get("schema")
            if param.get("in") == "header" and isinstance(schema, dict) and _is_array(schema):
                param["schema"] = {"type": "string"}


def _is_array(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's and its path item's parameters, $refs to components/parameters resolved."""
    item = (spec.get("paths") or {}).get(path) or {}
    components = (spec.get("components") or {}).get("parameters") or {}
    found = []
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        if isinstance(param, dict) and str(param.get("$ref", "")).startswith("#/components/parameters/"):
            param = components.get(param["$ref"].rsplit("/", 1)[1])
        if isinstance(param, dict):
            found.append(param)
    return found
