"""Bundle a multi-file spec into one self-contained document; the capture keeps every file as published.

The validator and the generator take one document, so every relative ``$ref`` into another file is
resolved here. Where a ``$ref`` sits decides what its target becomes: schemas, responses, parameters,
examples, request bodies, headers, security schemes, links and callbacks become components (named
after the target, collisions settled deterministically, cycles allowed because a name is reserved
before its body is read); operations, path items, media types and plain data (descriptions, code
samples) have no component section and are inlined (a cycle among those is an error naming the chain).
A ``#...`` reference inside a nested file means that file, and relative paths are relative to the file
that holds them. A ref to an http(s) URL is read from the document the capture keeps for that URL (see
`remote`), and relative refs inside such a document are relative to its URL; nothing is fetched here.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..documents import parse_value
from ..errors import PipelineError, pointer_from_parts
from .remote import missing_remote, target_url

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ONE, _MAP, _LIST = "one", "map", "list"
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
_SCHEMA_ONES = (
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
    "contentSchema",
)
_PARAMETER_LIKE = {"schema": (_ONE, "schema"), "content": (_MAP, "mediaType"), "examples": (_MAP, "example")}

# What each key of an OpenAPI object holds: (shape, kind of the value or of each member). Unlisted keys are data.
_CHILDREN: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        "paths": (_MAP, "pathItem"),
        "webhooks": (_MAP, "pathItem"),
        "components": (_ONE, "components"),
        # Swagger 2.0 keeps its reusable objects at the top level.
        "definitions": (_MAP, "schema"),
        "parameters": (_MAP, "parameter"),
        "responses": (_MAP, "response"),
    },
    "pathItem": {**{m: (_ONE, "operation") for m in _METHODS}, "parameters": (_LIST, "parameter")},
    "operation": {
        "parameters": (_LIST, "parameter"),
        "requestBody": (_ONE, "requestBody"),
        "responses": (_MAP, "response"),
        "callbacks": (_MAP, "callback"),
    },
    "response": {
        "headers": (_MAP, "header"),
        "content": (_MAP, "mediaType"),
        "links": (_MAP, "link"),
        "schema": (_ONE, "schema"),
    },
    "parameter": {**_PARAMETER_LIKE, "items": (_ONE, "schema")},
    "header": {**_PARAMETER_LIKE, "items": (_ONE, "schema")},
    "requestBody": {"content": (_MAP, "mediaType")},
    "mediaType": {"schema": (_ONE, "schema"), "examples": (_MAP, "example"), "encoding": (_MAP, "encoding")},
    "encoding": {"headers": (_MAP, "header")},
    "components": {
        "schemas": (_MAP, "schema"),
        "responses": (_MAP, "response"),
        "parameters": (_MAP, "parameter"),
        "examples": (_MAP, "example"),
        "requestBodies": (_MAP, "requestBody"),
        "headers": (_MAP, "header"),
        "securitySchemes": (_MAP, "securityScheme"),
        "links": (_MAP, "link"),
        "callbacks": (_MAP, "callback"),
        "pathItems": (_MAP, "pathItem"),
    },
    "schema": {
        **{k: (_MAP, "schema") for k in _SCHEMA_MAPS},
        **{k: (_LIST, "schema") for k in _SCHEMA_LISTS},
        **{k: (_ONE, "schema") for k in _SCHEMA_ONES},
        "items": (_ONE, "schema"),  # a list of schemas (draft-04 tuples) is handled by shape
    },
}
# Where a reusable target goes; kinds not listed (operations, path items, media types, data) are inlined.
_SECTIONS_3 = {
    "schema": "schemas",
    "response": "responses",
    "parameter": "parameters",
    "example": "examples",
    "requestBody": "requestBodies",
    "header": "headers",
    "securityScheme": "securitySchemes",
    "link": "links",
    "callback": "callbacks",
}
_SECTIONS_2 = {"schema": "definitions", "parameter": "parameters", "response": "responses"}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class _Target:
    file: Path
    pointer: str


@dataclass
class _Pending:
    section: str
    name: str
    kind: str
    target: _Target


@dataclass
class _Bundler:
    root: Path
    entry: Path
    swagger2: bool
    files: dict[Path, Any] = field(default_factory=dict)
    names: dict[tuple[str, _Target], str] = field(default_factory=dict)
    taken: dict[str, set[str]] = field(default_factory=dict)
    built: dict[str, dict[str, Any]] = field(default_factory=dict)
    queue: deque[_Pending] = field(default_factory=deque)
    inlining: list[_Target] = field(default_factory=list)
    # id(output node) -> (the node, kept alive so its id is not reused; the file and pointer it was read at)
    mounts: dict[int, tuple[Any, Path, str]] = field(default_factory=dict)
    remote: dict[str, Path] = field(default_factory=dict)  # URL of a remote document -> the captured file
    urls: dict[Path, str] = field(default_factory=dict)  # and back: a captured remote document's URL

    def add(self, file: Path, document: Any) -> Any:
        """Keep a parsed file, refusing it when a ref in it names a remote document the capture lacks."""
        problems = missing_remote(document, str(file), self.urls.get(file), self.remote)
        if problems:
            raise PipelineError.of("bundle", problems)
        self.files[file] = document
        return document

    def mount(self, node: Any, file: Path, pointer: str) -> Any:
        """Remember that ``node`` (an output mapping or list) was read from ``file`` at ``pointer``."""
        if isinstance(node, dict | list) and file != self.entry:
            self.mounts[id(node)] = (node, file, pointer)
        return node

    def load(self, file: Path) -> Any:
        if file not in self.files:
            if not file.is_relative_to(self.root):
                raise PipelineError(stage="bundle", file=str(file), cause="a $ref leads outside the captured tree")
            if not file.is_file():
                raise PipelineError(stage="bundle", file=str(file), cause="a $ref names a file the capture lacks")
            lang = "json" if file.suffix.lower() == ".json" else "yaml"
            self.add(file, parse_value(file.read_text("utf-8"), file=file, lang=lang))
        return self.files[file]

    def sections(self) -> dict[str, str]:
        return _SECTIONS_2 if self.swagger2 else _SECTIONS_3

    def section_path(self, section: str) -> tuple[str, ...]:
        return (section,) if self.swagger2 else ("components", section)

    # -- walking -------------------------------------------------------------------------------------
    def walk(self, node: Any, kind: str, file: Path) -> Any:
        if isinstance(node, list):
            return [self.walk(item, kind, file) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            return self.reference(node, kind, file)
        children = _CHILDREN.get(kind, {})
        out: dict[str, Any] = {}
        for raw_key, value in node.items():
            key = str(raw_key)  # YAML reads `200:` as an int; OpenAPI keys are strings
            shape, child = ("one", "data") if key.startswith("x-") else children.get(key, (_ONE, "data"))
            if kind == "callback":
                shape, child = _ONE, "pathItem"
            if kind == "schema" and key == "discriminator" and isinstance(value, dict):
                out[key] = self.discriminator(value, file)
            elif shape == _MAP and isinstance(value, dict):
                out[key] = self.walk_map(value, child, file)
            else:
                out[key] = self.walk(value, child, file)
        return out

    def walk_map(self, value: dict[str, Any], child: str, file: Path) -> dict[str, Any]:
        """A map of named members (properties, responses); the whole map may itself be a $ref to another file."""
        if isinstance(value.get("$ref"), str):
            target = self.target(str(value["$ref"]), file)
            members, owner = self.inline(target, file)
            if not isinstance(members, dict):
                raise PipelineError(stage="bundle", file=str(file), cause=f"$ref {value['$ref']!r}: not a mapping")
            extra = {k: v for k, v in value.items() if k != "$ref"}
            self.inlining.append(target)
            try:
                walked = self.walk_map(members, child, owner)
                for key, member in walked.items():
                    self.mount(member, owner, pointer_from_parts([*_parts(target.pointer), key]))
                return {**walked, **self.walk_map(extra, child, file)}
            finally:
                self.inlining.pop()
        return {str(k): self.walk(v, child, file) for k, v in value.items()}

    def inline(self, target: _Target, file: Path) -> tuple[Any, Path]:
        """The target's node and its file, refusing a cycle (an inlined object cannot contain itself)."""
        if target in self.inlining:
            chain = " -> ".join(f"{t.file.relative_to(self.root)}#{t.pointer}" for t in [*self.inlining, target])
            raise PipelineError(stage="bundle", file=str(file), cause=f"$ref cycle through inlined objects: {chain}")
        return self.lookup(target)

    def reference(self, node: dict[str, Any], kind: str, file: Path) -> Any:
        ref = str(node["$ref"])
        siblings = {str(k): self.walk(v, "data", file) for k, v in node.items() if k != "$ref"}
        try:
            target = self.target(ref, file)
        except PipelineError:
            if kind == "data":
                return node  # a literal "$ref" inside example data is not a reference
            raise
        if target.file == self.entry:
            return {"$ref": "#" + target.pointer, **siblings}
        section = self.sections().get(kind)
        if section is not None:
            name = self.component(section, kind, target)
            return {"$ref": "#" + pointer_from_parts([*self.section_path(section), name]), **siblings}
        value, owner = self.inline(target, file)
        self.inlining.append(target)
        try:
            inlined = self.walk(value, kind, owner)
        finally:
            self.inlining.pop()
        if isinstance(inlined, dict):
            return self.mount({**inlined, **siblings}, owner, target.pointer if owner == target.file else "")
        return self.mount(inlined, owner, target.pointer if owner == target.file else "")

    def discriminator(self, value: dict[str, Any], file: Path) -> dict[str, Any]:
        """Mapping values are references too (to schemas), written as plain strings."""
        out = {str(k): self.walk(v, "data", file) for k, v in value.items()}
        mapping = value.get("mapping")
        if isinstance(mapping, dict):
            rewritten: dict[str, Any] = {}
            for key, ref in mapping.items():
                if isinstance(ref, str) and ("/" in ref or "#" in ref or ref.endswith((".yml", ".yaml", ".json"))):
                    rewritten[str(key)] = self.reference({"$ref": ref}, "schema", file)["$ref"]
                else:
                    rewritten[str(key)] = ref
            out["mapping"] = rewritten
        return out

    # -- targets and components ---------------------------------------------------------------------
    def target(self, ref: str, file: Path) -> _Target:
        location, _, fragment = ref.partition("#")
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise PipelineError(stage="bundle", file=str(file), cause=f"$ref {ref!r}: the fragment is no JSON pointer")
        if not location:
            return _Target(file, pointer)
        url = target_url(location, self.urls.get(file))
        if url is not None:
            stored = self.remote.get(url)
            if stored is None:
                raise PipelineError(
                    stage="bundle", file=str(file), cause=f"$ref {ref!r} names a remote document the capture lacks"
                )
            self.load(stored)
            return _Target(stored, pointer)
        if "://" in location:
            raise PipelineError(stage="bundle", file=str(file), cause=f"$ref {ref!r}: only http(s) URLs are followed")
        candidate = file.parent / location
        if not candidate.exists():
            candidate = file.parent / unquote(location)  # `a%20b.yml` for a file named `a b.yml`
        resolved = candidate.resolve()
        self.load(resolved)
        return _Target(resolved, pointer)

    def lookup(self, target: _Target) -> tuple[Any, Path]:
        """The node a pointer names, following $refs met on the way; returns it with the file it lives in."""
        node, file = self.load(target.file), target.file
        for raw in target.pointer.split("/")[1:]:
            key = raw.replace("~1", "/").replace("~0", "~")
            while isinstance(node, dict) and key not in node and isinstance(node.get("$ref"), str):
                hop = self.target(str(node["$ref"]), file)
                node, file = self.lookup(hop)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, dict) and key.isdigit() and int(key) in node:
                node = node[int(key)]  # YAML int keys (status codes)
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise PipelineError(
                    stage="bundle",
                    file=str(target.file),
                    pointer=target.pointer,
                    cause="a $ref points to nothing in this file",
                )
        return node, file

    def component(self, section: str, kind: str, target: _Target) -> str:
        known = self.names.get((section, target))
        if known is not None:
            return known
        name = self.fresh_name(section, target)
        self.names[(section, target)] = name
        self.built.setdefault(section, {})[name] = None
        self.queue.append(_Pending(section, name, kind, target))
        return name

    def fresh_name(self, section: str, target: _Target) -> str:
        """Named after the pointer's last segment, else the file's stem; on a clash, qualified, then numbered."""
        taken = self.taken.setdefault(section, set())
        last = target.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~") if target.pointer else ""
        base = _safe(last or target.file.stem)
        qualifier = _safe(target.file.stem if last else target.file.parent.name)
        candidates = [base, f"{qualifier}_{base}"] if qualifier and qualifier != base else [base]
        name = next((c for c in candidates if c not in taken), None)
        number = 2
        while name is None:
            if f"{candidates[-1]}_{number}" not in taken:
                name = f"{candidates[-1]}_{number}"
            number += 1
        taken.add(name)
        return name

    def run(self) -> dict[str, Any]:
        entry = self.load(self.entry)
        if not isinstance(entry, dict):
            raise PipelineError(stage="bundle", file=str(self.entry), cause="the entry file is not a mapping")
        holder = entry if self.swagger2 else (entry.get("components") or {})
        for section in self.sections().values():
            self.taken[section] = {str(k) for k in (holder.get(section) or {})}
        document: dict[str, Any] = self.walk(entry, "document", self.entry)
        while self.queue:
            pending = self.queue.popleft()
            value, owner = self.lookup(pending.target)
            built = self.walk(value, pending.kind, owner)
            pointer = pending.target.pointer if owner == pending.target.file else ""
            self.built[pending.section][pending.name] = self.mount(built, owner, pointer)
        for section, members in self.built.items():
            if self.swagger2:
                document.setdefault(section, {}).update(members)
            else:
                document.setdefault("components", {}).setdefault(section, {}).update(members)
        return document


def _safe(text: str) -> str:
    """A component key OpenAPI accepts (``^[a-zA-Z0-9._-]+$``)."""
    return _UNSAFE_NAME.sub("_", text).strip("_")


def bundle(root: Path, entry: Path, remote: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One document from ``entry`` and every file under ``root`` it refers to (directly or not)."""
    return bundle_with_sources(root, entry, remote)[0]


def bundle_with_sources(
    root: Path, entry: Path, remote: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], Sources]:
    """The bundle, and for each node read from a file other than ``entry``: that file and the node's pointer there.

    ``remote`` maps the URL of each captured remote document to its path under ``root`` (provenance.yaml's
    ``extract.remote``). The sources map a pointer of the bundled document to (file, pointer in that file)
    at every place where content of another file begins; a pointer below such a place lies in that file too
    (see `source_of`).
    """
    root, entry = root.resolve(), entry.resolve()
    head = parse_value(entry.read_text("utf-8"), file=entry, lang="json" if entry.suffix == ".json" else "yaml")
    swagger2 = isinstance(head, dict) and str(head.get("swagger", "")).startswith("2")
    bundler = _Bundler(root=root, entry=entry, swagger2=swagger2)
    for url, stored in (remote or {}).items():
        path = (root / stored).resolve()
        bundler.remote[url], bundler.urls[path] = path, url
    bundler.add(entry, head)
    document = bundler.run()
    return document, _pointers_of(document, bundler.mounts)


Sources = dict[str, tuple[str, str]]  # bundled pointer -> (file, pointer in that file)


def source_of(sources: Sources, pointer: str) -> tuple[str, str] | None:
    """The file a bundled pointer was read from and its pointer there (None: the entry file, same pointer)."""
    probe = pointer
    while True:
        if probe in sources:
            file, inner = sources[probe]
            return file, inner + pointer[len(probe) :]
        if not probe:
            return None
        probe = probe.rsplit("/", 1)[0]


def _pointers_of(document: Any, mounts: dict[int, tuple[Any, Path, str]]) -> Sources:
    """Where each remembered node ended up in the finished document (its identity marks it)."""
    found: Sources = {}
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        pointer, node = stack.pop()
        if id(node) in mounts and pointer not in found:
            _node, file, inner = mounts[id(node)]
            found[pointer] = (str(file), inner)
        if isinstance(node, dict):
            stack.extend((f"{pointer}/{_escape(str(k))}", v) for k, v in node.items() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((f"{pointer}/{i}", v) for i, v in enumerate(node) if isinstance(v, dict | list))
    return found


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
