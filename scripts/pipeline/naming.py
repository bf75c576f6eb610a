"""Python names for the generator's copy of a spec: modules from the vendor's naming, classes from component keys.

openapi-python-client names an endpoint module ``api/<first tag>/<operationId>.py`` and a model class
after the schema's ``title`` (else its component key). Real specs break both: operationIds such as
``c1.api.policy.v1.Policies.Update`` are unique ids, not Python names, and titles repeat across
schemas ("Team" on several), so two classes get one name and the generator drops both. The committed
spec keeps the vendor's ids and titles (they are documentation); only the generator's copy is renamed,
deterministically (document order decides who keeps a contested name).
"""

from __future__ import annotations

import re
from typing import Any

from .errors import locate
from .rules._walk import operations as iter_operations
from .rules._walk import referenced_component

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_FILE_SUFFIX = re.compile(r"\.(ya?ml|json)$", re.I)
_SCHEMA_KEYWORDS = ("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref")
_CLASS_KEYWORDS = ("properties", "enum", "oneOf", "anyOf", "allOf")


def snake(name: str) -> str:
    """The generator's own identifier for a name (what its module and function will be called)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix=""))


def name_operations(spec: dict[str, Any]) -> None:
    """Give every operation of the generator's copy a module (tag) and a function name that are Python names.

    The group is ``x-speakeasy-group``, else the first tag; the name is ``x-speakeasy-name-override``,
    else a usable operationId as it is (our vendors' ids stay), else its last dotted segment (a file
    suffix such as ``.yml`` dropped). A name already taken in its group takes more dotted segments,
    then the method + path, then a number. An operation whose inline schemas become classes named
    after it needs its name unique across groups too, so those classes cannot clash.
    """
    taken: dict[str, set[str]] = {}
    class_prefixes: set[str] = set()
    for path, method, op in iter_operations(spec):
        tags = op.get("tags") or ["default"]
        group = op.get("x-speakeasy-group")
        group = group.replace(".", "_") if isinstance(group, str) and snake(group) else str(tags[0])
        in_group = taken.setdefault(snake(group), set())
        makes_classes = _makes_classes(spec, op, spec["paths"][path])
        for candidate in _candidates(op, method, path):
            key = snake(candidate)
            if key and key not in in_group and not (makes_classes and key in class_prefixes):
                break
        in_group.add(key)
        if makes_classes:
            class_prefixes.add(key)
        op["operationId"] = candidate
        op["tags"] = [group, *tags[1:]] if group != tags[0] else tags


def _candidates(op: dict[str, Any], method: str, path: str) -> list[str]:
    from .rules.pc201_operation_id import operation_id_from

    op_id = str(op.get("operationId") or "")
    hint = op.get("x-speakeasy-name-override")
    names = [hint] if isinstance(hint, str) and snake(hint) else []
    if _IDENTIFIER.match(op_id.replace("-", "_")):
        names.append(op_id)
    segments = [s for s in _FILE_SUFFIX.sub("", op_id).split(".") if snake(s)]
    names += ["_".join(segments[-n:]) for n in range(1, len(segments) + 1)]
    fallback = operation_id_from(method, path)
    names.append(fallback)
    return [*dict.fromkeys(names), *(f"{fallback}_{n}" for n in range(2, 1000))]


def _makes_classes(spec: dict[str, Any], op: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether the generator will name classes after this operation (inline models or enums in its I/O).

    Parameters count wherever they are declared: on the path item, or as `#/components/parameters/` shared
    by many operations (a `filters` array of inline objects made `ListFiltersItem` for each `list`).
    """
    declared = [*(item.get("parameters") or []), *(op.get("parameters") or [])]
    parameters = [_resolve(spec, "parameters", p) for p in declared]
    parts: list[Any] = [p.get("schema") for p in parameters]
    for kind, node in (("requestBodies", op.get("requestBody")), *(("responses", r) for r in _responses(op))):
        node = _resolve(spec, kind, node)
        parts += [m.get("schema") for m in (node.get("content") or {}).values() if isinstance(m, dict)]
    return any(isinstance(part, dict) and _makes_own_class(part) for part in parts)


def _responses(op: dict[str, Any]) -> list[Any]:
    responses = op.get("responses")
    return list(responses.values()) if isinstance(responses, dict) else []


def _resolve(spec: dict[str, Any], kind: str, node: Any) -> dict[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        prefix = f"#/components/{kind}/"
        if node["$ref"].startswith(prefix):
            node = ((spec.get("components") or {}).get(kind) or {}).get(node["$ref"][len(prefix) :])
    return node if isinstance(node, dict) else {}


def _has_inline_class(schema: Any) -> bool:
    if isinstance(schema, list):
        return any(_has_inline_class(s) for s in schema)
    if not isinstance(schema, dict):
        return False
    if any(k in schema for k in _CLASS_KEYWORDS):
        return True
    return any(_has_inline_class(v) for k, v in schema.items() if k in ("items", "additionalProperties"))


def _makes_own_class(prop: dict[str, Any]) -> bool:
    """Whether the generator builds a class for this inline property schema (or one below it).

    Beside the keywords `_has_inline_class` looks for, any `type: object` is a class, even one with only
    `additionalProperties`: a property named only by symbols (`"*"`) then gets its parent's own class
    name (`Span` + nothing), which the clash check below must see.
    """
    kind = prop.get("type")
    return _has_inline_class(prop) or kind == "object" or (isinstance(kind, list) and "object" in kind)


def drop_schema_titles(node: Any) -> None:
    """Remove ``title`` from every schema, so class names come from component keys and property names.

    The generator prefers a title over the key, and titles are free text that repeat across schemas;
    it never writes a title into the generated code, so nothing readable is lost.
    """
    if isinstance(node, dict):
        if isinstance(node.get("title"), str) and any(k in node for k in _SCHEMA_KEYWORDS):
            del node["title"]
        for key, value in node.items():
            if key not in ("example", "examples"):
                drop_schema_titles(value)
    elif isinstance(node, list):
        for item in node:
            drop_schema_titles(item)


_NOISE_SEGMENTS = {"components", "schemas", "properties", "content", "schema", "items"}


def hoist_deep_refs(prepared: dict[str, Any]) -> None:
    """Give every schema that a ``$ref`` points into (``#/components/schemas/Tag/allOf/1``) a component of its own.

    JSON pointers into the middle of a schema are valid OpenAPI, but the generator only resolves
    ``#/components/schemas/<Name>`` and drops every schema and operation that reaches another one
    ("Could not find reference"). The target moves to ``components/schemas`` under a name made of its
    pointer (``TagAllOf1``), and both its old place and every reference point there, so it is one class.
    """
    from openapi_python_client.strings import pascal_case

    refs: list[dict[str, Any]] = []
    _collect_refs(prepared, refs)
    deep = sorted({r["$ref"] for r in refs if r["$ref"].startswith("#/") and referenced_component(r["$ref"]) is None})
    if not deep:
        return
    schemas = prepared.setdefault("components", {}).setdefault("schemas", {})
    targets: dict[str, tuple[Any, Any]] = {}  # pointer -> (parent container, key) captured before any move
    for pointer in deep:
        if _PATH_ITEM_REF.match(pointer):
            continue  # a path item, not a schema (PC513 copies those; validate names any left)
        found = _locate(prepared, pointer)
        if found is not None and isinstance(found[0][found[1]], dict):
            targets[pointer] = found
    taken = {pascal_case(k) for k in schemas}
    new_refs: dict[str, str] = {}
    for pointer, (parent, key) in targets.items():
        target = parent[key]
        if isinstance(target.get("$ref"), str):
            new_refs[pointer] = target["$ref"]
            continue
        words = [w.replace("~1", "_").replace("~0", "_") for w in pointer[2:].split("/")]
        name = pascal_case("_".join(w for w in words if w not in _NOISE_SEGMENTS)) or "Schema"
        unique, n = name, 2
        while unique in taken:
            unique, n = f"{name}{n}", n + 1
        taken.add(unique)
        schemas[unique] = target
        new_refs[pointer] = f"#/components/schemas/{unique}"
    for pointer, (parent, key) in targets.items():
        if new_refs[pointer].startswith("#/components/schemas/") and parent[key] is schemas.get(
            new_refs[pointer].rsplit("/", 1)[1]
        ):
            parent[key] = {"$ref": new_refs[pointer]}
    for ref in refs:
        ref["$ref"] = new_refs.get(ref["$ref"], ref["$ref"])


def _collect_refs(node: Any, found: list[dict[str, Any]]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.append(node)
        for key, value in node.items():
            if key not in ("example", "examples"):
                _collect_refs(value, found)
    elif isinstance(node, list):
        for item in node:
            _collect_refs(item, found)


def _locate(doc: Any, pointer: str) -> tuple[Any, Any] | None:
    """(container, key) of the node at a local JSON pointer, or None where it does not resolve."""
    found = locate(doc, pointer[1:])
    return (found[0], found[1]) if found is not None and found[0] is not None else None


# Names the generated modules import or define themselves: a model class of one of these names would
# shadow it (a component called `Any` made every `dict[str, Any]` annotation mean the model).
_PATH_ITEM_REF = re.compile(r"^#/paths/[^/]+$")
_RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Mapping", "TypeVar", "BinaryIO", "TextIO", "Generator", "Unset", "File", "Response", "T"}
    | {"Client", "AuthenticatedClient", "ResponseWithHeaders"}  # what an operation module imports beside models
)


def rename_reserved_components(prepared: dict[str, Any]) -> None:
    """A schema component whose class would be named like something the generated code imports gets ``Model``.

    Every ``$ref`` to it (or into it) follows the new key, so only the class name changes.
    """
    from openapi_python_client.strings import pascal_case

    schemas = (prepared.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = {pascal_case(k) for k in schemas}
    moved: dict[str, str] = {}
    for key in list(schemas):
        if pascal_case(key) not in _RESERVED_CLASS_NAMES:
            continue
        new_key, n = f"{key}Model", 2
        while pascal_case(new_key) in taken:
            new_key, n = f"{key}Model{n}", n + 1
        taken.add(pascal_case(new_key))
        schemas[new_key] = schemas.pop(key)
        moved[f"#/components/schemas/{key}"] = f"#/components/schemas/{new_key}"
    _follow_moves(prepared, moved)


def rename_components_that_share_a_class(prepared: dict[str, Any]) -> None:
    """A schema component whose key makes an earlier one's class or module name (`address`, `Address`) gets a number.

    Keys differing only in case or punctuation (`order-cancelled`, `OrderCancelled`) are distinct in the
    spec but one class name to the generator, which refuses the second and drops every schema and
    operation using it; keys whose class names differ only in case (`FileDTO`, `FileDto`) share a module
    (`file_dto.py`), the second overwriting the first, and every import of the first failed mypy. The
    first in document order keeps its name, the next is `Address2`, and every ``$ref`` to it (or into it)
    follows the new key.
    """
    schemas = (prepared.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = {_module_of(k) for k in schemas}
    seen: set[str] = set()
    moved: dict[str, str] = {}
    for key in list(schemas):
        if _module_of(key) not in seen:
            seen.add(_module_of(key))
            continue
        new_key, n = f"{key}2", 3
        while _module_of(new_key) in taken:
            new_key, n = f"{key}{n}", n + 1
        taken.add(_module_of(new_key))
        seen.add(_module_of(new_key))
        schemas[new_key] = schemas.pop(key)
        moved[f"#/components/schemas/{key}"] = f"#/components/schemas/{new_key}"
    _follow_moves(prepared, moved)


def _module_of(key: str) -> str:
    """The module the generator writes a component's class to (`FileDTO` and `FileDto`: `file_dto`)."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    return str(PythonIdentifier(ClassName(key, "field_"), "field_"))


def _follow_moves(prepared: dict[str, Any], moved: dict[str, str]) -> None:
    """Point every ``$ref`` to (or into) a moved component at its new key."""
    if not moved:
        return
    found: list[dict[str, Any]] = []
    _collect_refs(prepared, found)
    for node in found:
        ref = node["$ref"]
        for old, new in moved.items():
            if ref == old or ref.startswith(old + "/"):
                node["$ref"] = new + ref[len(old) :]


def rename_inline_classes_that_clash(prepared: dict[str, Any]) -> None:
    """An inline enum or object of a component's property gets a suffix when its class name is already taken.

    The generator names the class of ``User.role`` ``UserRole``; where a component ``UserRole`` exists
    too, or an earlier inline class took it (``UserRole.s`` beside ``User.role_s``), it refuses one of them
    and drops ``User`` with every operation using it. A title on the inline
    schema (titles are otherwise dropped) makes it ``UserRoleEnum`` / ``UserRoleModel``; the component
    keeps its name.
    """
    from openapi_python_client.strings import pascal_case

    schemas = (prepared.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = {pascal_case(k) for k in schemas}
    for key, schema in schemas.items():
        for holder in [schema, *(m for m in (schema.get("allOf") or []) if isinstance(m, dict))]:
            properties = holder.get("properties") if isinstance(holder, dict) else None
            for name, prop in (properties or {}).items() if isinstance(properties, dict) else ():
                if not isinstance(prop, dict) or "$ref" in prop or not _makes_own_class(prop):
                    continue
                if pascal_case(f"{key}_{name}") in taken:
                    suffix = "enum" if "enum" in prop else "model"
                    unique, n = f"{name}_{suffix}", 2
                    while pascal_case(f"{key}_{unique}") in taken:
                        unique, n = f"{name}_{suffix}{n}", n + 1
                    prop["title"] = unique
                    taken.add(pascal_case(f"{key}_{unique}"))
                else:  # `Attribute.group_labels` and `AttributeGroup.labels` both make `AttributeGroupLabels`
                    taken.add(pascal_case(f"{key}_{name}"))
