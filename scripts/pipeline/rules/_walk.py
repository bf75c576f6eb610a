"""Shared walks over an OpenAPI document: every node, every schema (structurally), every operation."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..errors import pointer_from_parts

Parts = Sequence[object]
Notes = list[tuple[str, str]]  # as _rule.Notes: (absolute JSON pointer, what was done)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one schema, a map of schemas, or a list of schemas (JSON Schema 2020-12 + drafts).
_ONE = frozenset(
    {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems"}
    | {"unevaluatedItems", "unevaluatedProperties", "contentSchema"}
)
_MAP = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_EXAMPLES = frozenset({"example", "examples"})


def pointer(parts: Parts) -> str:
    """The RFC 6901 pointer of a node's path parts."""
    return pointer_from_parts(list(parts))


def looks_like_schema(node: Any) -> bool:
    """The heuristic the first normalizer used to spot a schema anywhere in a document (kept for its rules)."""
    return isinstance(node, dict) and (
        isinstance(node.get("type"), str | list)
        or "nullable" in node
        or ("$ref" in node and len(node) > 1)
        or any(k in node for k in ("allOf", "oneOf", "anyOf", "properties", "enum"))
    )


Visitor = Callable[[dict[str, Any], Parts], None]


def walk_nodes(document: Any, visit: Visitor) -> None:
    """Visit every mapping, parent before children; example payloads (data, not spec) are skipped.

    Children are read after the visit, so what a visitor adds is walked too. `parts` is the live path of
    the node: a visitor that keeps it must copy it (`(*parts, key)` does).
    """
    path: list[object] = []

    def go(node: Any) -> None:
        if isinstance(node, dict):
            visit(node, path)
            for key, value in list(node.items()):
                if isinstance(value, dict | list) and (key not in _EXAMPLES or looks_like_schema(value)):
                    path.append(key)
                    go(value)
                    path.pop()
        elif isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, dict | list):
                    path.append(index)
                    go(item)
                    path.pop()

    go(document)


def walk_schemas(document: dict[str, Any], visit: Visitor) -> None:
    """Visit every schema where OpenAPI puts one (components, parameters, headers, media types, callbacks...).

    Parents are visited before their subschemas, and subschemas are read after the visit, so a visitor
    may rewrite a node (say, wrap it in anyOf) and its new children are still walked. `parts` is live, as
    in walk_nodes.
    """
    path: list[object] = []

    def go(schema: dict[str, Any]) -> None:
        visit(schema, path)
        for key, value in list(schema.items()):
            if key in _ONE:
                if isinstance(value, dict):
                    path.append(key)
                    go(value)
                    path.pop()
                elif key == "items" and isinstance(value, list):
                    go_list(key, value)
            elif key in _LIST and isinstance(value, list):
                go_list(key, value)
            elif key in _MAP and isinstance(value, dict):
                path.append(key)
                for name, sub in list(value.items()):
                    if isinstance(sub, dict):
                        path.append(name)
                        go(sub)
                        path.pop()
                path.pop()

    def go_list(key: str, items: list[Any]) -> None:
        path.append(key)
        for index, item in enumerate(items):
            if isinstance(item, dict):
                path.append(index)
                go(item)
                path.pop()
        path.pop()

    for schema, parts in list(schema_roots(document)):
        path[:] = parts
        go(schema)


def schema_roots(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Parts]]:
    """Top-level schemas: components/schemas entries and every `schema` of a parameter, header or media type."""
    for holder, key, parts in schema_slots(document):
        if isinstance(holder[key], dict):
            yield holder[key], parts


def schema_slots(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, Parts]]:
    """Where schema_roots finds a top-level schema, as (mapping, key, path parts), whatever the value there is.

    components/schemas entries come first, then each `schema` key outside them, in document order; examples and
    `x-` extensions are data, not spec. A boolean schema (PC140's business) sits in such a slot too.
    """
    components = document.get("components")
    if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
        schemas = components["schemas"]
        for name in list(schemas):
            yield schemas, name, ("components", "schemas", name)
    path: list[object] = []
    found: list[tuple[dict[str, Any], str, Parts]] = []

    def go(node: Any) -> None:
        if isinstance(node, dict):
            own = node.get("schema")
            if isinstance(own, dict | bool):  # a mapping's own schema before what is below it
                found.append((node, "schema", (*path, "schema")))
            for key, value in node.items():
                if not isinstance(value, dict | list) or key in _EXAMPLES or str(key).startswith("x-"):
                    continue
                if (value is own and key == "schema") or (key == "schemas" and path == ["components"]):
                    continue
                path.append(key)
                go(value)
                path.pop()
        elif isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, dict | list):
                    path.append(index)
                    go(item)
                    path.pop()

    go(document)
    yield from found


NodeVisit = Callable[[dict[str, Any], Parts, Notes], None]
DocumentVisit = Callable[[dict[str, Any], dict[str, Any], Parts, Notes], None]


class Pass(NamedTuple):
    """One rule's part in a walk over one document: its visitor, the notes it appends to, what it does after."""

    visit: NodeVisit
    notes: Notes
    finish: Callable[[], None] | None = None


@dataclass(frozen=True)
class PerNode:
    """A rule's `apply` that is one visit per node of a walk; consecutive ones share a single walk.

    normalize() runs a run of such rules over the document once, calling each rule's visitor on a node
    before the walk moves on, which is the same as one walk per rule as long as each visitor changes only
    the node it is given and what is below it, and reads nothing the other rules of its run change elsewhere.
    A visitor sees its node as the earlier rules of the run left it, and what is below it as yet unvisited.

    `visit` is such a visitor. A rule that must read the document (a `$ref`'s target) or keep what it found
    gives `start` instead, which makes its Pass for one document: a visitor bound to it, and a `finish`.
    Two kinds of rule keep the one-walk-per-rule meaning with state of their own:
    - `fresh`: `start` reads the document before the walk (a document-wide fact, say which components are
      nullable) or changes it (a schema place made walkable), so every earlier rule must be complete: such a
      rule begins a new walk.
    - `collects`: the visitor only records what it may change, and `finish` judges each record and changes the
      document after the walk, in rule order, when every rule of the run has visited every node. Only other
      collecting rules may follow one in its walk.
    """

    walk: Callable[[dict[str, Any], Visitor], None]
    visit: NodeVisit | None = None
    start: Callable[[dict[str, Any], Notes], Pass] | None = None
    fresh: bool = False
    collects: bool = False

    def begin(self, document: dict[str, Any], notes: Notes) -> Pass:
        """The rule's part in a walk over `document`, its notes appended to `notes`."""
        if self.start is not None:
            return self.start(document, notes)
        assert self.visit is not None, "a PerNode needs visit or start"
        return Pass(self.visit, notes)

    def joins(self, previous: PerNode) -> bool:
        """Whether this rule may share the walk of the rule before it."""
        return previous.walk is self.walk and not self.fresh and (self.collects or not previous.collects)

    def __call__(self, document: dict[str, Any], notes: Notes) -> None:
        """Run this rule alone."""
        step = self.begin(document, notes)
        self.walk(document, lambda node, parts: step.visit(node, parts, step.notes))
        if step.finish is not None:
            step.finish()


def per_node(visit: NodeVisit) -> PerNode:
    """A rule applied to every mapping of the document (the first normalizer's heuristic walk)."""
    return PerNode(walk_nodes, visit)


def per_schema(visit: NodeVisit) -> PerNode:
    """A rule applied to every schema of the document."""
    return PerNode(walk_schemas, visit)


def _reading(walk: Callable[[dict[str, Any], Visitor], None], visit: DocumentVisit) -> PerNode:
    def start(document: dict[str, Any], notes: Notes) -> Pass:
        return Pass(functools.partial(visit, document), notes)

    return PerNode(walk, start=start)


def per_schema_reading(visit: DocumentVisit) -> PerNode:
    """A rule applied to every schema, its visitor given the document too (`visit(document, schema, parts, notes)`).

    What it reads elsewhere (a `$ref`'s target) must be what no other rule of its walk changes.
    """
    return _reading(walk_schemas, visit)


def walk_parameters(document: dict[str, Any], visit: Visitor) -> None:
    """Visit every parameter object of all_parameters (a `$ref` is visited as it is), in its order."""
    for parameter, parts in list(all_parameters(document)):
        if isinstance(parameter, dict):
            visit(parameter, parts)


def per_parameter_reading(visit: DocumentVisit) -> PerNode:
    """A rule applied to every parameter (`visit(document, parameter, parts, notes)`); such rules share a walk."""
    return _reading(walk_parameters, visit)


def subschemas(schema: dict[str, Any], parts: Sequence[object]) -> Iterator[tuple[dict[str, Any], Parts]]:
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


def referenced_component(ref: str, section: str | None = None) -> str | None:
    """The component key a direct `#/components/<section>/<Key>` reference names (any section when None), else None.

    A reference into a component (`#/components/schemas/Tag/allOf/1`) or elsewhere (`#/paths/...`) is not
    direct: several rules move or copy exactly those targets.
    """
    head, _, rest = ref.partition("#/components/")
    if head or not rest:
        return None
    found, _, key = rest.partition("/")
    if section is not None and found != section:
        return None
    return key if key and "/" not in key else None


def component_name(parts: Sequence[object], taken: set[str]) -> str:
    """A new components/schemas key for the schema at `parts`, in the generator's own naming style.

    `LocalQueryMode/oneOf/0` -> `LocalQueryModeType0`, `Action/properties/inputs/items` -> `ActionInputsItem`;
    a schema under an operation is named by its path, method and place, as PC511 names a moved response
    (`paths//architectures/get/responses/200/content/application~1json/schema` -> `ArchitecturesGet200`);
    a name already in `taken` (lower-cased keys) gets a number. The chosen name is added to `taken`.
    """
    words: list[str] = []
    previous: object = None
    if len(parts) >= 3 and parts[0] == "paths" and str(parts[2]) in HTTP_METHODS:
        path_words = [w for w in re.split(r"[^A-Za-z0-9]+", str(parts[1])) if w]
        parts = [*path_words, parts[2], *("Body" if p == "requestBody" else p for p in parts[3:])]
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


def local_parameter(document: dict[str, Any], parameter: Any) -> Any:
    """A parameter, or what its local `#/components/parameters/...` reference names (one hop), else None."""
    ref = parameter.get("$ref") if isinstance(parameter, dict) else None
    if isinstance(ref, str):
        if not ref.startswith("#/components/parameters/"):
            return None
        name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        return ((document.get("components") or {}).get("parameters") or {}).get(name)
    return parameter


def all_parameters(document: dict[str, Any]) -> Iterator[tuple[Any, tuple[object, ...]]]:
    """(parameter, its path parts) for operation, path-item and component parameters, in document order."""
    for path, method, operation in operations(document):
        for index, parameter in enumerate(operation.get("parameters") or []):
            yield parameter, ("paths", path, method, "parameters", index)
    for path, item in (document.get("paths") or {}).items():
        if isinstance(item, dict):
            for index, parameter in enumerate(item.get("parameters") or []):
                yield parameter, ("paths", path, "parameters", index)
    for name, parameter in ((document.get("components") or {}).get("parameters") or {}).items():
        yield parameter, ("components", "parameters", name)
