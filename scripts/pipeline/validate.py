"""Stage 4: the normalized document must be valid OpenAPI 3.1 with every $ref resolvable.

The checks are openapi-spec-validator's, run so that a 3 MB spec takes well under a second: the OpenAPI
3.1 meta-schema and the OpenAPI schema dialect are compiled once by jsonschema-rs (openapi-spec-validator
runs them in pure Python, re-validating each schema it meets, ~9 s on a 1 MB spec), and the semantic
checks the meta-schema cannot express (unique operationIds, tags and parameters; path templates against
path parameters; `required` names under `allOf`; defaults valid against their schema) are ours, in one
walk. Every problem is reported with its absolute JSON pointer, not only the first.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .errors import PipelineError, Problem, clip, pointer_exists, pointer_from_parts

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_URI = "urn:policy-clients:spec"  # where a default's schema is found, so its `#/...` $refs resolve
Found = list[tuple[str, str]]  # (absolute JSON pointer, message)


def validate(document: dict[str, Any], *, file: str) -> None:
    """Raise one PipelineError listing every problem, each with its absolute JSON pointer."""
    found = find_problems(document)
    if found:
        raise PipelineError.of("validate", [Problem(message, pointer=pointer, file=file) for pointer, message in found])
    _check_extensions(document, file)


def _check_extensions(document: dict[str, Any], file: str) -> None:
    """Our own extensions (`x-pagination`) are checked here, so a bad one names the file like any other error."""
    from .pagination import all_pagination_problems

    try:
        all_pagination_problems(document)
    except PipelineError as exc:
        raise PipelineError(stage="validate", file=file, pointer=exc.pointer, cause=exc.cause) from None


def find_problems(document: dict[str, Any]) -> Found:
    """Every problem in the document, in a stable order, without duplicates."""
    found: Found = []
    _check_refs(document, document, (), found)
    found += _meta_schema_problems(document)
    roots = list(_schema_roots(document))
    for parts, schema, top_level in roots:
        found += _dialect_problems(schema, parts)
        if top_level:
            _check_required_under_all_of(document, schema, parts, found)
    _check_defaults(document, roots, found)
    _check_operations(document, found)
    _check_tags(document, found)
    return list(dict.fromkeys(found))


# --- JSON Schema passes (jsonschema-rs) -------------------------------------------------------------


@functools.cache
def _document_validator() -> Any:
    """OpenAPI 3.1's own meta-schema (as openapi-spec-validator ships it), compiled once per process."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_resource("openapi_spec_validator", "resources/schemas/v3.1/schema.json"))


@functools.cache
def _dialect_validator() -> Any:
    """The OpenAPI 3.1 schema dialect (JSON Schema 2020-12 + the OAS vocabulary), with formats checked."""
    import jsonschema_rs

    dialect = _resource("openapi_schema_validator", "schemas/oas3.1/metaschema.json")
    vocabulary = _resource("openapi_schema_validator", "schemas/oas3.1/vocabularies/base")
    registry = jsonschema_rs.Registry([(dialect["$id"], dialect), (vocabulary["$id"], vocabulary)])
    return jsonschema_rs.validator_for(dialect, registry=registry, validate_formats=True)


def _resource(package: str, path: str) -> dict[str, Any]:
    """A JSON file shipped in a package, read without importing the package (openapi_spec_validator's is slow)."""
    spec = find_spec(package)
    if spec is None or spec.origin is None:
        raise PipelineError(stage="validate", cause=f"{package} is not installed (it ships the OpenAPI meta-schemas)")
    loaded: dict[str, Any] = json.loads((Path(spec.origin).parent / path).read_text("utf-8"))
    return loaded


def _meta_schema_problems(document: dict[str, Any]) -> Found:
    return [_found((), error) for error in _document_validator().iter_errors(document)]


def _dialect_problems(schema: Any, parts: tuple[object, ...]) -> Found:
    if not isinstance(schema, dict | bool):
        return [(pointer_from_parts(parts), f"{_short(schema)} is not of type 'object', 'boolean'")]
    return [_found(parts, error) for error in _dialect_validator().iter_errors(schema)]


def _found(prefix: tuple[object, ...], error: Any) -> tuple[str, str]:
    """An absolute pointer (the validated node's place + the error's path inside it) and a one-line message."""
    pointer = pointer_from_parts((*prefix, *error.instance_path))
    context = getattr(error.kind, "context", None)
    if context:  # oneOf/anyOf: the value is in the message; say what each branch wanted instead
        reasons = sorted({clip(e.message, 80) for branch in context for e in branch})
        keyword = error.schema_path[-1] if error.schema_path else "oneOf"
        return pointer, f"matches none of the {keyword} branches: " + "; ".join(reasons[:4])
    return pointer, clip(str(error.message), 240)


def _short(value: Any) -> str:
    return clip(json.dumps(value, default=str), 60)


# --- where schemas sit in an OpenAPI document --------------------------------------------------------


def _schema_roots(document: dict[str, Any]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    """(path, schema, is a top-level schema) for every schema the document declares outside other schemas."""
    components = _dict(document.get("components"))
    for name, schema in _dict(components.get("schemas")).items():
        yield ("components", "schemas", name), schema, True
    for kind in ("parameters", "headers"):
        for name, holder in _dict(components.get(kind)).items():
            yield from _holder_schemas(holder, ("components", kind, name))
    for name, body in _dict(components.get("requestBodies")).items():
        yield from _content_schemas(body, ("components", "requestBodies", name))
    for name, response in _dict(components.get("responses")).items():
        yield from _response_schemas(response, ("components", "responses", name))
    for section in ("paths", "webhooks"):
        for key, item in _dict(document.get(section)).items():
            yield from _path_item_schemas(item, (section, key))


def _path_item_schemas(item: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    item = _dict(item)
    yield from _parameter_list_schemas(item.get("parameters"), (*parts, "parameters"))
    for method in _METHODS:
        op = _dict(item.get(method))
        where = (*parts, method)
        yield from _parameter_list_schemas(op.get("parameters"), (*where, "parameters"))
        yield from _content_schemas(op.get("requestBody"), (*where, "requestBody"))
        for status, response in _dict(op.get("responses")).items():
            yield from _response_schemas(response, (*where, "responses", status))


def _parameter_list_schemas(params: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    for index, param in enumerate(_list(params)):
        yield from _holder_schemas(param, (*parts, index))


def _response_schemas(response: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    yield from _content_schemas(response, parts)
    for name, header in _dict(_dict(response).get("headers")).items():
        yield from _holder_schemas(header, (*parts, "headers", name))


def _holder_schemas(holder: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    """A parameter or header: its `schema`, or the schemas of its `content`."""
    holder = _dict(holder)
    if "schema" in holder:
        yield (*parts, "schema"), holder["schema"], True
    yield from _content_schemas(holder, parts)


def _content_schemas(holder: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], Any, bool]]:
    for media, media_type in _dict(_dict(holder).get("content")).items():
        if "schema" in _dict(media_type):
            yield (*parts, "content", media, "schema"), media_type["schema"], True


def _dict(value: Any) -> dict[str, Any]:
    """The value when it is a mapping, else an empty one: shape errors are the meta-schema pass's to report."""
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    """The value when it is a list, else an empty one."""
    return value if isinstance(value, list) else []


_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)


def _subschemas(schema: Any, parts: tuple[object, ...]) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    """The schema and every schema nested in it (not following $ref), each with its path."""
    stack = [(parts, schema)]
    while stack:
        where, node = stack.pop()
        if not isinstance(node, dict):
            continue
        yield where, node
        for key in _SUBSCHEMA_SINGLE:
            if key in node:
                stack.append(((*where, key), node[key]))
        for key in _SUBSCHEMA_LISTS:
            for index, sub in enumerate(_list(node.get(key))):
                stack.append(((*where, key, index), sub))
        for key in _SUBSCHEMA_MAPS:
            for name, sub in _dict(node.get(key)).items():
                stack.append(((*where, key, name), sub))


# --- semantic checks (what openapi-spec-validator checks beyond the meta-schemas) -----------------------


def _check_refs(root: dict[str, Any], node: Any, parts: tuple[object, ...], found: Found) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not _resolves(root, ref):
            found.append((pointer_from_parts((*parts, "$ref")), f"$ref {ref!r} points to nothing"))
        for key, value in node.items():
            if key not in ("example", "examples"):
                _check_refs(root, value, (*parts, key), found)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _check_refs(root, item, (*parts, index), found)


def _resolves(root: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#"):
        return False  # external references are not allowed in our specs: one self-contained file per vendor
    return pointer_exists(root, ref[1:])


def _check_required_under_all_of(
    document: dict[str, Any], schema: Any, parts: tuple[object, ...], found: Found
) -> None:
    """A top-level schema with allOf may only require properties that it or its allOf members define."""
    if not isinstance(schema, dict) or "allOf" not in schema or not isinstance(schema.get("required"), list):
        return
    defined = _property_names(document, schema)
    missing = sorted(str(name) for name in schema["required"] if name not in defined)
    if missing:
        found.append((pointer_from_parts((*parts, "required")), f"Required list has not defined properties: {missing}"))


def _property_names(document: dict[str, Any], schema: Any) -> set[str]:
    """Every property name reachable through allOf/anyOf/oneOf/items/not, local $refs followed (as the original)."""
    names: set[str] = set()
    stack, seen = [schema], set[int]()
    while stack:
        node = stack.pop()
        for _where, sub in _subschemas(node, ()):
            target = _follow(document, sub)
            if id(target) in seen:
                continue
            seen.add(id(target))
            names.update(_dict(target.get("properties")))
            if target is not sub:
                stack.append(target)
    return names


def _check_defaults(document: dict[str, Any], roots: list[tuple[tuple[object, ...], Any, bool]], found: Found) -> None:
    """Each `default` must be valid against the schema it sits in, validated in place so its $refs resolve."""
    import jsonschema_rs

    registry: Any = None
    for parts, schema, _top in roots:
        for where, node in _subschemas(schema, parts):
            if "default" not in node or (node["default"] is None and node.get("nullable") is True):
                continue
            if registry is None:  # built once, only for a document that has defaults
                registry = jsonschema_rs.Registry([(_DOC_URI, document)])
            pointer = pointer_from_parts((*where, "default"))
            value = node["default"]
            in_place = {"$ref": _DOC_URI + "#" + quote(pointer_from_parts(where), safe="/~")}
            try:
                checker = jsonschema_rs.validator_for(in_place, registry=registry, validate_formats=True)
            except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError):
                continue  # a schema that does not compile (dangling $ref, bad keyword) is reported by the other passes
            found += [(pointer, clip(str(error.message), 240)) for error in checker.iter_errors(value)]
            limits = _INTEGER_FORMATS.get(str(node.get("format")))
            if limits and isinstance(value, int) and not limits[0] <= value <= limits[1]:
                found.append((pointer, f"{value} is out of range for format {node['format']!r}"))


_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _check_operations(document: dict[str, Any], found: Found) -> None:
    """Unique operationIds; no parameter twice; path template names and path parameters match exactly."""
    seen_ids: dict[str, str] = {}
    for key, item in _dict(document.get("paths")).items():
        item = _dict(item)
        shared = _parameters(document, item.get("parameters"), ("paths", key, "parameters"), found)
        template = {name for _, name, _, _ in string.Formatter().parse(key) if name}
        for method in _METHODS:
            if not isinstance(item.get(method), dict):
                continue
            op, where = item[method], ("paths", key, method)
            op_id = op.get("operationId")
            if isinstance(op_id, str):
                if op_id in seen_ids:
                    found.append(
                        (
                            pointer_from_parts((*where, "operationId")),
                            f"operationId {op_id!r} is taken by {seen_ids[op_id]}",
                        )
                    )
                seen_ids.setdefault(op_id, f"{method.upper()} {key}")
            own = _parameters(document, op.get("parameters"), (*where, "parameters"), found)
            in_path = {name for name, location in own | shared if location == "path"}
            for name in sorted(template - in_path):
                found.append((pointer_from_parts(where), f"path parameter {name!r} of {key!r} is not declared"))
            for name in sorted(in_path - template):
                found.append((pointer_from_parts(where), f"path parameter {name!r} is not in the path {key!r}"))


def _parameters(document: dict[str, Any], params: Any, parts: tuple[object, ...], found: Found) -> set[tuple[str, str]]:
    """(name, in) of each parameter of one list ($refs followed); a pair listed twice is a problem."""
    seen: set[tuple[str, str]] = set()
    for index, param in enumerate(_list(params)):
        param = _follow(document, param)
        pair = (str(param.get("name")), str(param.get("in")))
        if pair in seen:
            found.append((pointer_from_parts((*parts, index)), f"duplicate parameter {pair[0]!r} in {pair[1]}"))
        seen.add(pair)
    return seen


def _follow(document: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """The object a local $ref points to (a chain of them, bounded), or the node itself."""
    mapping = _dict(node)
    ref = mapping.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#") or depth > 20:
        return mapping
    target: Any = document
    for raw in ref[1:].split("/")[1:]:
        target = _dict(target).get(raw.replace("~1", "/").replace("~0", "~"))
    followed: dict[str, Any] = _follow(document, target, depth + 1)
    return followed


def _check_tags(document: dict[str, Any], found: Found) -> None:
    seen: set[str] = set()
    for index, tag in enumerate(_list(document.get("tags"))):
        name = _dict(tag).get("name")
        if isinstance(name, str) and name in seen:
            found.append((pointer_from_parts(("tags", index, "name")), f"duplicate tag name {name!r}"))
        seen.add(str(name))
