"""Python names for the generator's copy of a spec: modules from the vendor's naming, classes from component keys.

openapi-python-client names an endpoint module ``api/<first tag>/<operationId>.py`` and a model class
after the schema's ``title`` (else its component key). Real specs break both: operationIds such as
``c1.api.policy.v1.Policies.Update`` are unique ids, not Python names, and titles repeat across
schemas ("Team" on several), so two classes get one name and the generator drops both. The committed
spec keeps the vendor's ids and titles (they are documentation); only the generator's copy is renamed,
deterministically (document order decides who keeps a contested name).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterator, Mapping
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


def rename_inline_classes_that_clash(prepared: dict[str, Any], overrides: Mapping[str, str] | None = None) -> None:
    """An inline enum or object gets a suffix where the class name the generator gives it is already taken.

    The generator names an inline class after where it sits: its parent class + its property name (`User.role`
    makes `UserRole`, at any depth: `Org.support.chat` makes `OrgSupportChat`), `<name>_item` for array items,
    `<name>_type_<i>` for union members, and in an operation `<OperationId>Body`, `<OperationId>Response<code>`
    or `<OperationId><Parameter>`, each PascalCased. Where two of them, or one and a component, get one name
    (`support.chat` beside `supportChat`, `User.role` beside a component `UserRole`), it refuses the later
    one and drops what uses it, operation included. A title on the inline schema (titles are otherwise
    dropped) makes the later one `OrgSupportChatModel` / `UserRoleEnum`; components, and the first in the
    generator's order (components, then operations; document order within), keep their names. Runs last on
    the generator's copy, as bodies and responses are named after the media types left (``overrides``: the
    content_type_overrides the generator reads them with). An inline schema in a shared parameter, request
    body or response is named per operation; where one operation needs a title there, it gets its own copy.
    """
    from openapi_python_client.strings import PythonIdentifier

    names = _InlineClasses(prepared)
    schemas = (prepared.get("components") or {}).get("schemas")
    for key, schema in schemas.items() if isinstance(schemas, dict) else ():
        names.visit(schema, "", str(key), component=True)
    names.commit()
    media_overrides = dict(overrides or {})
    for path, method, op in iter_operations(prepared):
        op_id = op.get("operationId")
        endpoint = str(PythonIdentifier(op_id, "field_")) if isinstance(op_id, str) else _generated_id(path, method)
        for part, sites, own_copy in _operation_parts(prepared, path, op, endpoint, media_overrides):
            for schema, parent, name in sites(part):
                names.visit(schema, parent, name)
            if names.pending and own_copy is not None:  # shared with other operations: the title goes on a copy
                names.discard()
                part = copy.deepcopy(part)
                own_copy(part)
                for schema, parent, name in sites(part):
                    names.visit(schema, parent, name)
            names.commit()


_Sites = Callable[[dict[str, Any]], list[tuple[Any, str, str]]]
_Part = tuple[dict[str, Any], _Sites, Callable[[dict[str, Any]], None] | None]


def _operation_parts(
    prepared: dict[str, Any], path: str, op: dict[str, Any], endpoint: str, overrides: dict[str, str]
) -> Iterator[_Part]:
    """Each parameter, response and request body of an operation, in the order the generator names them.

    A part is its object, where its schemas are named ((schema, parent name, name) of each), and how the
    operation takes its own copy of it where the part is shared (None: it is the operation's own): the copy
    replaces the `$ref`, or overrides the path item's parameter.
    """
    own = _list(op, "parameters")
    on_item = _list(_mapping(_mapping(prepared.get("paths")).get(path)), "parameters")
    seen: set[tuple[str, str]] = set()

    def parameter_sites(found: dict[str, Any]) -> list[tuple[Any, str, str]]:
        return [(found.get("schema"), endpoint, str(found.get("name")))]

    for index, node in [*enumerate(own), *((None, p) for p in on_item)]:
        param = _resolve(prepared, "parameters", node)
        where = (str(param.get("name")), str(param.get("in")))
        if index is None and where in seen:
            continue  # the operation's own parameter of that name wins
        seen.add(where)
        if index is None:
            yield param, parameter_sites, functools.partial(_add_parameter, op)
        else:
            yield param, parameter_sites, None if param is node else functools.partial(own.__setitem__, index)
    responses = _mapping(op.get("responses"))
    for code, node in responses.items():
        if not _STATUS.match(str(code)):
            continue  # the generator omits the response

        def response_sites(found: dict[str, Any], code: str = str(code)) -> list[tuple[Any, str, str]]:
            content = _mapping(found.get("content"))
            first = next((m for m in content.values() if isinstance(m, dict)), {})  # media.py put JSON first
            return [(first.get("schema"), endpoint, f"response_{code}")]

        response = _resolve(prepared, "responses", node)
        yield response, response_sites, None if response is node else functools.partial(responses.__setitem__, code)
    node = op.get("requestBody")
    body = _resolve(prepared, "requestBodies", node)

    def body_sites(found: dict[str, Any]) -> list[tuple[Any, str, str]]:
        content = _mapping(found.get("content"))
        sites: list[tuple[Any, str, str]] = []
        for media, media_object in content.items():
            kind = _body_type(overrides.get(media, media))
            if kind is not None and isinstance(media_object, dict):
                parent = f"{endpoint}_{kind}" if len(content) > 1 else endpoint
                sites.append((media_object.get("schema"), parent, "body"))
        return sites

    if body:
        yield body, body_sites, None if body is node else functools.partial(op.__setitem__, "requestBody")


def _add_parameter(op: dict[str, Any], copied: dict[str, Any]) -> None:
    """The operation's own copy of its path item's parameter, which overrides that one."""
    op.setdefault("parameters", []).append(copied)


_STATUS = re.compile(r"^(default|[0-9]XX|[+-]?[0-9]+)$")  # what the generator's HTTPStatusPattern parses
_BODY_TYPES = {
    "application/x-www-form-urlencoded": "data",
    "multipart/form-data": "files",
    "application/octet-stream": "content",
    "application/json": "json",
}
_ORIGIN = "\0origin"  # in the generator's own copies of a schema: the spec's schema their title comes from


def _body_type(media: str) -> str | None:
    """The generator's name for the kind of a request body of this media type (None: it takes none)."""
    base = media.split(";")[0].strip().lower()
    return _BODY_TYPES.get(base) or ("json" if base.endswith("+json") else None)


def _generated_id(path: str, method: str) -> str:
    """The generator's name of an operation without operationId (``get_users_id``)."""
    from openapi_python_client.strings import PythonIdentifier

    unsafe = path.replace("{", "").replace("}", "").replace("/", "_").removeprefix("_").removesuffix("_")
    return str(PythonIdentifier(f"{method}_{unsafe}", prefix="field_"))


class _InlineClasses:
    """The classes the generator makes of inline schemas, named as it names them, titled apart where they clash.

    ``taken`` maps each class's module (two classes of one module overwrite each other) to the schema that
    makes it (None: a component, or a schema that cannot take a title). Titles are pending until `commit`;
    `discard` forgets them with the names they took.
    """

    def __init__(self, prepared: dict[str, Any]) -> None:
        schemas = (prepared.get("components") or {}).get("schemas")
        self.components: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self.taken: dict[str, int | None] = {_module_of(str(k)): None for k in self.components}
        self.frozen = False  # naming the classes of another component's schemas: no titles
        self.added: dict[str, int | None] = {}
        self.pending: list[tuple[dict[str, Any], str]] = []
        self.titles: dict[int, str] = {}

    def commit(self) -> None:
        for target, title in self.pending:
            target["title"] = title
        self.taken.update(self.added)
        self.discard()

    def discard(self) -> None:
        self.added, self.pending, self.titles = {}, [], {}

    def visit(self, schema: Any, parent: str, name: str, component: bool = False) -> None:
        """Name the classes of one schema as the generator reaches it (`property_from_data(name, parent_name)`).

        ``component``: a component itself, whose class is its key's.
        """
        if component and isinstance(schema, dict) and "$ref" in schema:
            self._alias(schema, name)
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        schema = _nullable_as_type(schema)
        members = [*_list(schema, "allOf"), *_list(schema, "anyOf"), *_list(schema, "oneOf")]
        kind = schema.get("type")
        if (len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]) or kind == "boolean":
            return  # the referenced class itself, or no class
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = [v for v in enum if v is not None]
            if len(kinds := {type(v) for v in values}) != 1 or not kinds <= {str, int}:
                return  # only null (no class), or values the generator refuses
            if len(values) < len(enum):  # the generator makes it oneOf [null, the enum without null]
                origin = {_ORIGIN: _origin(schema)}
                without = {**schema, **origin, "enum": values}
                self.visit({**schema, **origin, "enum": None, "oneOf": [{"type": "null"}, without]}, parent, name)
            elif not component:
                self._class(schema, parent, name, enum=True)
            return
        if _list(schema, "anyOf") or _list(schema, "oneOf") or isinstance(kind, list):
            self._union(schema, parent, name)
        elif kind == "array":
            items = [*_list(schema, "prefixItems"), *([schema["items"]] if schema.get("items") else [])]
            self.visit(items[0] if len(items) == 1 else {"anyOf": items, _ORIGIN: None}, parent, f"{name}_item")
        elif schema.get("const") is None and (
            kind == "object" or _list(schema, "allOf") or (kind is None and schema.get("properties"))
        ):
            cls = _class_name(name) if component else self._class(schema, parent, name, enum=False)
            for holder in [schema, *(m for m in _list(schema, "allOf") if isinstance(m, dict) and "$ref" not in m)]:
                properties = holder.get("properties")
                for key, prop in properties.items() if isinstance(properties, dict) else ():
                    self.visit(prop, cls, str(key))
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                self.visit(extra, cls, "AdditionalProperty")

    def _alias(self, schema: Any, name: str) -> None:
        """A component that is a `$ref` to another: the generator builds the other's schema under this key.

        Its inline classes are named after this key, but their schemas are the other component's: they
        keep their names (a title would rename them in both).
        """
        seen: set[str] = set()
        while isinstance(schema, dict) and isinstance(ref := schema.get("$ref"), str) and ref not in seen:
            seen.add(ref)
            schema = self.components.get(ref.rsplit("/", 1)[-1])
        if isinstance(schema, dict) and "$ref" not in schema:
            self.frozen, frozen = True, self.frozen
            self.visit(schema, "", name, component=True)
            self.frozen = frozen

    def _union(self, schema: dict[str, Any], parent: str, name: str) -> None:
        """Members in the generator's order: anyOf, oneOf, then a copy of the schema for each type of a type list."""
        kinds = schema.get("type")
        copies = [
            {**schema, "type": k, "default": None, _ORIGIN: _origin(schema)}
            for k in (kinds if isinstance(kinds, list) else [])
        ]
        for i, member in enumerate([*_list(schema, "anyOf"), *_list(schema, "oneOf"), *copies]):
            title = member.get("title") if isinstance(member, dict) and "$ref" not in member else None
            subscript = title if isinstance(title, str) and title != schema.get("title") else f"type_{i}"
            self.visit(member, parent, f"{name}_{subscript}")

    def _class(self, schema: dict[str, Any], parent: str, name: str, enum: bool) -> str:
        """The class name the generator gives the schema, titled apart first where another class has it."""
        target = None if self.frozen else _origin(schema)
        title = self.titles.get(id(target)) if target is not None else None
        base = title or (schema["title"] if isinstance(schema.get("title"), str) else name)
        cls = _inline_class_name(parent, base)
        whose = self._whose(_module_of(cls))
        if whose == -1 or target is None or (enum and whose == id(target)):  # an enum made twice of one schema
            self.added.setdefault(_module_of(cls), None if target is None else id(target))
            return cls
        suffix = "enum" if enum else "model"
        unique, n = f"{base}_{suffix}", 2
        while self._whose(_module_of(_inline_class_name(parent, unique))) != -1:
            unique, n = f"{base}_{suffix}{n}", n + 1
        self.titles[id(target)] = unique
        self.pending.append((target, unique))
        cls = _inline_class_name(parent, unique)
        self.added[_module_of(cls)] = id(target)
        return cls

    def _whose(self, module: str) -> int | None:
        """Who makes the class of this module: a schema's id, None (a component), -1 (nobody yet)."""
        return self.added[module] if module in self.added else self.taken.get(module, -1)


def _origin(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The spec's schema that a title for this one goes on (None: the generator made it up)."""
    origin = schema.get(_ORIGIN, schema)
    return origin if isinstance(origin, dict) else None


def _inline_class_name(parent: str, base: str) -> str:
    """The generator's `Class.from_string` for a schema named ``base`` below a class or operation ``parent``."""
    from openapi_python_client.strings import pascal_case

    return _class_name(f"{pascal_case(parent)}{pascal_case(base)}" if parent else base.rsplit("/", 1)[-1])


def _class_name(value: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(value, "field_"))


def _list(schema: dict[str, Any], key: str) -> list[Any]:
    value = schema.get(key)
    return value if isinstance(value, list) else []


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _nullable_as_type(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema as the generator reads OpenAPI 3.0 `nullable: true` (its `handle_nullable`): a copy."""
    if schema.get("nullable") is not True:
        return schema
    origin = {_ORIGIN: _origin(schema), "nullable": False}  # read once: the generator's copies keep the flag
    kind = schema.get("type")
    if isinstance(kind, str | list):
        kinds = [kind] if isinstance(kind, str) else kind
        return {**schema, **origin, "type": kinds if "null" in kinds else [*kinds, "null"]}
    for key in ("oneOf", "anyOf"):
        if _list(schema, key):
            return {**schema, **origin, key: [*_list(schema, key), {"type": "null"}]}
    if _list(schema, "allOf"):
        made = {"allOf": schema["allOf"], _ORIGIN: None}
        return {**schema, **origin, "allOf": [], "oneOf": [{"type": "null"}, made]}
    return schema
