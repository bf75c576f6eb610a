"""Shared walks over an OpenAPI document: every node, every schema (structurally), every operation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..errors import pointer_from_parts

Parts = tuple[object, ...]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one schema, a map of schemas, or a list of schemas (JSON Schema 2020-12 + drafts).
_ONE = frozenset(
    {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems"}
    | {"unevaluatedItems", "unevaluatedProperties", "contentSchema"}
)
_MAP = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})


def pointer(parts: Parts) -> str:
    """The RFC 6901 pointer of a node's path parts."""
    return pointer_from_parts(parts)


def looks_like_schema(node: Any) -> bool:
    """The heuristic the first normalizer used to spot a schema anywhere in a document (kept for its rules)."""
    return isinstance(node, dict) and (
        isinstance(node.get("type"), str | list)
        or "nullable" in node
        or ("$ref" in node and len(node) > 1)
        or any(k in node for k in ("allOf", "oneOf", "anyOf", "properties", "enum"))
    )


def walk_nodes(document: Any, visit: Callable[[dict[str, Any], Parts], None]) -> None:
    """Visit every mapping, parent before children; example payloads (data, not spec) are skipped.

    Children are read after the visit, so what a visitor adds is walked too.
    """
    stack: list[tuple[Any, Parts]] = [(document, ())]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, dict):
            visit(node, parts)
            children = [
                (value, (*parts, key))
                for key, value in node.items()
                if key not in ("example", "examples") or looks_like_schema(value)
            ]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(item, (*parts, index)) for index, item in enumerate(node)]))


def walk_schemas(document: dict[str, Any], visit: Callable[[dict[str, Any], Parts], None]) -> None:
    """Visit every schema where OpenAPI puts one (components, parameters, headers, media types, callbacks...).

    Parents are visited before their subschemas, and subschemas are read after the visit, so a visitor
    may rewrite a node (say, wrap it in anyOf) and its new children are still walked.
    """
    for schema, parts in schema_roots(document):
        _walk_schema(schema, parts, visit)


def schema_roots(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Parts]]:
    """Top-level schemas: components/schemas entries and every `schema` of a parameter, header or media type."""
    components = document.get("components")
    if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
        for name, schema in components["schemas"].items():
            if isinstance(schema, dict):
                yield schema, ("components", "schemas", name)
    stack: list[tuple[Any, Parts]] = [(document, ())]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, dict):
            for key, value in reversed(list(node.items())):
                if key in ("example", "examples") or (isinstance(key, str) and key.startswith("x-")):
                    continue
                if parts == ("components",) and key == "schemas":
                    continue
                if key == "schema" and isinstance(value, dict):
                    yield value, (*parts, key)
                else:
                    stack.append((value, (*parts, key)))
        elif isinstance(node, list):
            stack.extend(reversed([(item, (*parts, index)) for index, item in enumerate(node)]))


def _walk_schema(root: dict[str, Any], root_parts: Parts, visit: Callable[[dict[str, Any], Parts], None]) -> None:
    stack: list[tuple[dict[str, Any], Parts]] = [(root, root_parts)]
    while stack:
        schema, parts = stack.pop()
        visit(schema, parts)
        stack.extend(reversed(list(subschemas(schema, parts))))


def subschemas(schema: dict[str, Any], parts: Parts) -> Iterator[tuple[dict[str, Any], Parts]]:
    """The direct subschemas of a schema, with their path parts, in document order."""
    for key, value in schema.items():
        if key in _ONE:
            if isinstance(value, dict):
                yield value, (*parts, key)
            elif key == "items" and isinstance(value, list):  # draft-04 tuple form
                yield from _list(value, (*parts, key))
        elif key in _MAP and isinstance(value, dict):
            for name, sub in value.items():
                if isinstance(sub, dict):
                    yield sub, (*parts, key, name)
        elif key in _LIST and isinstance(value, list):
            yield from _list(value, (*parts, key))


def _list(items: list[Any], parts: Parts) -> Iterator[tuple[dict[str, Any], Parts]]:
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield item, (*parts, index)


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation under paths, in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def schema_type(schema: dict[str, Any]) -> set[str]:
    """The set of JSON types a schema's `type` names (empty when it names none)."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


_UNNAMED = frozenset({"properties", "content", "schema", "components", "schemas", "responses", "parameters"})
_UNNAMED |= frozenset({"requestBodies", "headers", "paths"})
_WORDS = {"items": "Item", "additionalProperties": "Value"}


def component_name(parts: Sequence[object], taken: set[str]) -> str:
    """A new components/schemas key for the schema at `parts`, in the generator's own naming style.

    `LocalQueryMode/oneOf/0` -> `LocalQueryModeType0`, `Action/properties/inputs/items` -> `ActionInputsItem`;
    a name already in `taken` (lower-cased keys) gets a number. The chosen name is added to `taken`.
    """
    words: list[str] = []
    previous: object = None
    for part in parts:
        text = str(part)
        if isinstance(part, int) or text.isdigit():
            words.append(("Type" if previous in ("oneOf", "anyOf") else "") + text)
        elif text not in _UNNAMED and text not in ("oneOf", "anyOf") and "/" not in text:
            word = _WORDS.get(text, text)
            words += [w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", word) if w]
        previous = text
    base = "".join(words) or "Schema"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name.lower())
    return name
