"""Classify the differences between two normalized OpenAPI 3.1 documents for semantic versioning.

The point of view is a user of the *generated client package*: a change is breaking when code that
worked against the old package (or requests it sent) can fail against the new one.  Anything that
removes something from the generated API (operation, parameter, model, field, enum member, status)
is breaking; additions that a caller may ignore are minor; wording-only changes are patch.

Rules that go beyond the obvious (kept here so the CHANGELOG can be audited against them):

* Removed request fields are breaking too: the generated model loses the attribute.
* Removed response enum values are breaking: the generated enum loses a member.  New response
  enum values are not: our generated enums tolerate unknown values.
* Response field required -> optional is breaking (the attribute may now be ``UNSET``);
  request field optional -> required is breaking.  The mirror images are minor.
* Types (incl. nullability and the variant types of an untyped ``oneOf``/``anyOf``): widening a
  request type or narrowing a response type is minor; every other type change is breaking, and so
  is a format change that changes the generated Python type (``date-time``, ``date``, ``uuid``,
  ``binary`` on strings).  Other formats and ``pattern`` are minor: the generated client checks
  neither, so no caller's code can tell the difference.
* A server whose URL template keeps its shape but renames a variable is "server variables changed"
  (minor): the generated client takes its base URL from the caller, never from ``servers``.
* ``oneOf`` <-> ``anyOf`` is minor (both generate a Union).  A new response variant is breaking.
* A security change is breaking when some old way of authenticating no longer satisfies any new
  requirement (e.g. a new scheme becomes required); offering extra alternatives is minor.
* ``x-`` extension changes are patch (metadata), ``deprecated`` flips are minor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Bump = Literal["major", "minor", "patch"]
Kind = Literal["added", "removed", "changed"]
Direction = Literal["request", "response", "model"]

_RANK: dict[Bump, int] = {"patch": 0, "minor": 1, "major": 2}
# String formats openapi-python-client turns into another Python type than ``str``.
_TYPED_STRING_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
_SERVER_VARIABLE = re.compile(r"\{[^}]*\}")
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DOC_KEYS = ("summary", "description", "title", "example", "examples", "externalDocs")
_SCHEMA_REF = "#/components/schemas/"
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
SECTIONS: tuple[str, ...] = ("Breaking", "Added", "Changed", "Docs")
_MAX_LISTED_OPERATIONS = 5  # beyond this, Markdown gives a count (JSON always lists them all)
ENUM_TOLERANCE_NOTE = "generated enums tolerate unknown values"


@dataclass(frozen=True)
class Change:
    """One client-visible difference between two specs."""

    kind: Kind
    category: str
    location: str
    description: str
    severity: Bump
    operations: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        """Whether existing client code or requests may fail after this change."""
        return self.severity == "major"

    @property
    def section(self) -> str:
        """The CHANGELOG section this change belongs to."""
        if self.breaking:
            return "Breaking"
        if self.category == "docs":
            return "Docs"
        if self.kind == "added":
            return "Added"
        return "Changed"

    def sort_key(self) -> tuple[int, str, str, str, str, tuple[str, ...]]:
        """Order: most severe first, then by location so diffs of the output stay small."""
        return (-_RANK[self.severity], self.location, self.category, self.kind, self.description, self.operations)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form used by :meth:`ChangeReport.to_json`."""
        return {
            "kind": self.kind,
            "category": self.category,
            "location": self.location,
            "description": self.description,
            "breaking": self.breaking,
            "severity": self.severity,
            "operations": list(self.operations),
        }

    def to_markdown(self) -> str:
        """One bullet line, naming the operations when the location does not already."""
        text = f"`{self.location}`: {self.description}"
        extra = [op for op in self.operations if op not in self.location]
        if len(extra) > _MAX_LISTED_OPERATIONS:
            text += f" (used by {len(extra)} operations)"
        elif extra:
            text += f" (used by {', '.join(f'`{op}`' for op in extra)})"
        return f"- {text}"


@dataclass(frozen=True)
class ChangeReport:
    """All changes between two specs, sorted deterministically."""

    changes: tuple[Change, ...] = ()

    @property
    def bump(self) -> Bump | None:
        """The semver bump the changes call for; ``None`` when nothing changed at all."""
        if not self.changes:
            return None
        return max((c.severity for c in self.changes), key=_RANK.__getitem__)

    @property
    def breaking(self) -> tuple[Change, ...]:
        """Only the breaking changes."""
        return tuple(c for c in self.changes if c.breaking)

    def sections(self) -> dict[str, list[Change]]:
        """Group changes by CHANGELOG section, in :data:`SECTIONS` order, empty ones omitted."""
        grouped: dict[str, list[Change]] = {name: [] for name in SECTIONS}
        for change in self.changes:
            grouped[change.section].append(change)
        return {name: items for name, items in grouped.items() if items}

    def to_json(self) -> str:
        """Stable JSON for CI (sorted keys, fixed change order, trailing newline)."""
        payload = {
            "bump": self.bump,
            "breaking": len(self.breaking),
            "changes": [c.to_dict() for c in self.changes],
        }
        return json.dumps(payload, indent=2, sort_keys=True) + "\n"

    def to_markdown(self, heading_level: int = 3) -> str:
        """Markdown sections (Breaking / Added / Changed / Docs) for the CHANGELOG and terminals."""
        if not self.changes:
            return "No changes.\n"
        hashes = "#" * heading_level
        blocks = []
        for name, items in self.sections().items():
            lines = [f"{hashes} {name}", ""] + [c.to_markdown() for c in items]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n"


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> ChangeReport:
    """Compare two normalized OpenAPI 3.1 documents and classify every difference."""
    differ = _Differ(old, new)
    differ.run()
    return ChangeReport(differ.result())


# --------------------------------------------------------------------------------------------
# helpers


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


class _Differ:
    """Walks both documents side by side, collecting deduplicated changes."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = old
        self.new = new
        self._found: dict[tuple[Kind, str, str, str, Bump], set[str]] = {}
        self._op = ""
        self._dirty = self._dirty_components()

    def _dirty_components(self) -> set[str]:
        """Component schemas that differ, directly or through something they reference (walks skip the rest)."""
        old = _as_map(_as_map(self.old.get("components")).get("schemas"))
        new = _as_map(_as_map(self.new.get("components")).get("schemas"))
        users: dict[str, set[str]] = {}
        dirty: set[str] = set()
        for name in old.keys() | new.keys():
            if name not in old or name not in new or not _same(old[name], new[name]):
                dirty.add(name)
            for target in _schema_refs(old.get(name)) | _schema_refs(new.get(name)):
                users.setdefault(target, set()).add(name)
        pending = list(dirty)
        while pending:
            for user in users.get(pending.pop(), ()):
                if user not in dirty:
                    dirty.add(user)
                    pending.append(user)
        return dirty

    def _unchanged(self, old_raw: Any, new_raw: Any) -> bool:
        return _same(old_raw, new_raw) and not (_schema_refs(old_raw) & self._dirty)

    # ---- output -------------------------------------------------------------------------------

    def add(self, kind: Kind, category: str, location: str, description: str, severity: Bump) -> None:
        ops = self._found.setdefault((kind, category, location, description, severity), set())
        if self._op:
            ops.add(self._op)

    def result(self) -> tuple[Change, ...]:
        changes = [
            Change(kind, category, location, description, severity, tuple(sorted(ops)))
            for (kind, category, location, description, severity), ops in self._found.items()
        ]
        return tuple(sorted(changes, key=Change.sort_key))

    # ---- references ---------------------------------------------------------------------------

    @staticmethod
    def _pointer(doc: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/"):
            return {}
        node: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return {}
            node = node[part]
        return _as_map(node)

    def _deref(self, doc: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
        """Resolve non-schema ``$ref`` chains (parameters, responses, headers, bodies)."""
        seen: set[str] = set()
        current = _as_map(node)
        while isinstance(current.get("$ref"), str) and current["$ref"] not in seen:
            seen.add(current["$ref"])
            siblings = {k: v for k, v in current.items() if k != "$ref"}
            current = {**self._pointer(doc, current["$ref"]), **siblings}
        return current

    def _schema(self, doc: Mapping[str, Any], node: Any) -> tuple[str | None, Mapping[str, Any], Mapping[str, Any]]:
        """Return (component name, component schema, use-site keys beside the ``$ref``).

        ``$ref``, single-``allOf`` wrappers and ``anyOf: [X, null]`` are unwrapped; without a component
        name the use-site keys are already merged into the schema.
        """
        schema = _as_map(node)
        name: str | None = None
        wrapper: dict[str, Any] = {}
        for _ in range(32):  # bounded: a chain of pure aliases longer than this is a broken spec
            schema = self._unwrap_null_union(schema)
            ref = schema.get("$ref")
            all_of = _as_list(schema.get("allOf"))
            if not isinstance(ref, str) and len(all_of) == 1 and isinstance(_as_map(all_of[0]).get("$ref"), str):
                ref = all_of[0]["$ref"]
                siblings = {k: v for k, v in schema.items() if k != "allOf"}
            elif isinstance(ref, str):
                siblings = {k: v for k, v in schema.items() if k != "$ref"}
            else:
                break
            name = _ref_name(ref) or name
            wrapper = {**siblings, **wrapper}  # the outermost use site wins
            schema = self._pointer(doc, ref)
        body = self._merge_all_of(doc, schema, depth=0)
        if name is None:
            return None, {**body, **wrapper}, {}
        return name, body, wrapper

    def _resolved(self, doc: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
        _, body, wrapper = self._schema(doc, node)
        return {**body, **wrapper}

    @staticmethod
    def _unwrap_null_union(schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Read ``anyOf: [X, {type: null}]`` (how nullable refs normalize) as X plus nullability."""
        for key in ("anyOf", "oneOf"):
            variants = _as_list(schema.get(key))
            if len(variants) != 2 or {"type": "null"} not in variants:
                continue
            other = _as_map(variants[0] if variants[1] == {"type": "null"} else variants[1])
            siblings = {k: v for k, v in schema.items() if k != key}
            return {**other, **siblings, "nullable": True}
        return schema

    def _merge_all_of(self, doc: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> Mapping[str, Any]:
        """Flatten ``allOf`` so composed objects compare field by field."""
        parts = _as_list(schema.get("allOf"))
        if not parts or depth > 16:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = {}
        required: list[str] = []
        for part in parts:
            part_map = _as_map(part)
            if isinstance(part_map.get("$ref"), str):
                part_map = {
                    **self._pointer(doc, part_map["$ref"]),
                    **{k: v for k, v in part_map.items() if k != "$ref"},
                }
            part_map = self._merge_all_of(doc, part_map, depth + 1)
            props.update(_as_map(part_map.get("properties")))
            required.extend(r for r in _as_list(part_map.get("required")) if r not in required)
            for key, value in part_map.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        props.update(_as_map(schema.get("properties")))
        required.extend(r for r in _as_list(schema.get("required")) if r not in required)
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged

    # ---- top level ----------------------------------------------------------------------------

    def run(self) -> None:
        self._info()
        self._servers()
        self._security_schemes()
        old_ops = dict(self._operations(self.old))
        new_ops = dict(self._operations(self.new))
        reached: set[str] = set()
        for key in sorted(old_ops.keys() | new_ops.keys()):
            old_label, old_op, old_item = old_ops.get(key, ("", {}, {}))
            new_label, new_op, new_item = new_ops.get(key, ("", {}, {}))
            self._op = new_label or old_label
            if key not in new_ops:
                self.add("removed", "operation", old_label, "operation removed", "major")
            elif key not in old_ops:
                name = new_op.get("operationId") if isinstance(new_op, dict) else None
                detail = f"operation added ({name})" if isinstance(name, str) and name else "operation added"
                self.add("added", "operation", new_label, detail, "minor")
            else:
                self._operation(old_label, new_label, old_op, new_op, old_item, new_item, reached)
        self._op = ""
        self._components(reached)

    def _operations(
        self, doc: Mapping[str, Any]
    ) -> Iterator[tuple[tuple[str, str], tuple[str, Mapping[str, Any], Mapping[str, Any]]]]:
        for path, item in _as_map(doc.get("paths")).items():
            item_map = self._deref(doc, item)
            for method in _HTTP_METHODS:
                if isinstance(item_map.get(method), Mapping):
                    label = f"{method.upper()} {path}"
                    yield (method, _template_key(path)), (label, item_map[method], item_map)

    def _info(self) -> None:
        old, new = _as_map(self.old.get("info")), _as_map(self.new.get("info"))
        for key in sorted(old.keys() | new.keys()):
            if not _same(old.get(key), new.get(key)):
                self.add("changed", "docs", f"info.{key}", f"{key} changed", "patch")

    def _servers(self) -> None:
        old = {_server_key(s): _as_map(s) for s in _as_list(self.old.get("servers"))}
        new = {_server_key(s): _as_map(s) for s in _as_list(self.new.get("servers"))}
        widened = {
            key: target
            for key in old.keys() - new.keys()
            for target in new.keys() - old.keys()
            if _widens(old[key], new[target])
        }
        for key in sorted(old.keys() - new.keys()):
            url = str(old[key].get("url"))
            if key in widened:
                self.add("changed", "server", url, f"server generalized as {new[widened[key]].get('url')}", "minor")
            else:
                self.add("removed", "server", url, "server removed", "major")
        for key in sorted(new.keys() - old.keys() - set(widened.values())):
            self.add("added", "server", str(new[key].get("url")), "server added", "minor")
        for key in sorted(old.keys() & new.keys()):
            url = str(new[key].get("url"))
            if not _same(old[key].get("variables"), new[key].get("variables")) or url != old[key].get("url"):
                self.add("changed", "server", url, "server variables changed", "minor")
            self._docs(old[key], new[key], url)

    def _security_schemes(self) -> None:
        old = _as_map(_as_map(self.old.get("components")).get("securitySchemes"))
        new = _as_map(_as_map(self.new.get("components")).get("securitySchemes"))
        for name in sorted(old.keys() - new.keys()):
            self.add("removed", "security", f"securitySchemes.{name}", "security scheme removed", "major")
        for name in sorted(new.keys() - old.keys()):
            self.add("added", "security", f"securitySchemes.{name}", "security scheme added", "minor")
        for name in sorted(old.keys() & new.keys()):
            o, n = self._deref(self.old, old[name]), self._deref(self.new, new[name])
            loc = f"securitySchemes.{name}"
            for key in sorted((o.keys() | n.keys()) - set(_DOC_KEYS)):
                if not _same(o.get(key), n.get(key)):
                    self.add("changed", "security", loc, f"{key} changed", "patch" if key.startswith("x-") else "major")
            self._docs(o, n, loc)

    def _components(self, reached: set[str]) -> None:
        old = _as_map(_as_map(self.old.get("components")).get("schemas"))
        new = _as_map(_as_map(self.new.get("components")).get("schemas"))
        for name in sorted(old.keys() - new.keys()):
            self.add("removed", "schema", name, "model removed", "major")
        for name in sorted(new.keys() - old.keys()):
            self.add("added", "schema", name, "model added", "minor")
        seen: set[tuple[str, str, str]] = set()  # no operations to attribute here, so one walk covers all
        for name in sorted((old.keys() & new.keys()) - reached):
            ref = {"$ref": _SCHEMA_REF + name.replace("~", "~0").replace("/", "~1")}
            self._compare_schema(ref, ref, name, "model", "schema-field", seen, reached)

    # ---- operations ---------------------------------------------------------------------------

    def _operation(
        self,
        old_label: str,
        label: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
        reached: set[str],
    ) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.add(
                "changed",
                "operation",
                label,
                f"operationId changed from {_show(old.get('operationId'))} to {_show(new.get('operationId'))}"
                " (generated function renamed)",
                "major",
            )
        old_tags, new_tags = _as_list(old.get("tags")), _as_list(new.get("tags"))
        if old_tags != new_tags:
            moved = old_tags[:1] != new_tags[:1]
            desc = f"tags changed from {_show(old_tags)} to {_show(new_tags)}"
            self.add(
                "changed",
                "operation",
                label,
                desc + (" (generated module moved)" if moved else ""),
                "major" if moved else "patch",
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(
                "changed",
                "operation",
                label,
                "operation deprecated" if new.get("deprecated") else "operation no longer deprecated",
                "minor",
            )
        self._docs(old, new, label)
        self._extensions(old, new, label)
        self._security(old, new, label)
        self._parameters(old, new, old_item, new_item, label, reached)
        self._request_body(old.get("requestBody"), new.get("requestBody"), label, reached)
        self._responses(_as_map(old.get("responses")), _as_map(new.get("responses")), label, reached)

    def _effective_security(self, doc: Mapping[str, Any], op: Mapping[str, Any]) -> list[dict[str, frozenset[str]]]:
        raw = op["security"] if "security" in op else doc.get("security", [])
        return [
            {str(name): frozenset(map(str, _as_list(scopes))) for name, scopes in _as_map(req).items()}
            for req in _as_list(raw)
        ]

    def _security(self, old: Mapping[str, Any], new: Mapping[str, Any], label: str) -> None:
        old_reqs = self._effective_security(self.old, old)
        new_reqs = self._effective_security(self.new, new)
        if _same(old_reqs, new_reqs):
            return
        if not new_reqs or any(not req for req in new_reqs):
            self.add("changed", "security", label, "authentication no longer required", "minor")
            return

        def satisfies(have: dict[str, frozenset[str]], need: dict[str, frozenset[str]]) -> bool:
            return all(name in have and scopes <= have[name] for name, scopes in need.items())

        def show(reqs: list[dict[str, frozenset[str]]]) -> str:
            alts = [" + ".join(sorted(r)) or "none" for r in reqs]
            return " or ".join(sorted(alts)) or "none"

        # An old credential set keeps working when it satisfies at least one new alternative.
        lost = [o for o in (old_reqs or [{}]) if not any(satisfies(o, n) for n in new_reqs)]
        desc = f"security requirement changed from {show(old_reqs)} to {show(new_reqs)}"
        self.add("changed", "security", label, desc, "major" if lost else "minor")

    def _params(
        self, doc: Mapping[str, Any], op: Mapping[str, Any], item: Mapping[str, Any]
    ) -> dict[tuple[str, str], Mapping[str, Any]]:
        out: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*_as_list(item.get("parameters")), *_as_list(op.get("parameters"))]:
            param = self._deref(doc, raw)
            where, name = str(param.get("in", "")), str(param.get("name", ""))
            out[(where, name.lower() if where == "header" else name)] = param
        return out

    def _parameters(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        old_item: Mapping[str, Any],
        new_item: Mapping[str, Any],
        label: str,
        reached: set[str],
    ) -> None:
        old_params, new_params = self._params(self.old, old, old_item), self._params(self.new, new, new_item)
        for key in sorted(old_params.keys() | new_params.keys()):
            where, name = key
            loc = f"{label} {where} parameter {name}"
            o, n = old_params.get(key), new_params.get(key)
            if n is None:
                self.add("removed", "parameter", loc, "parameter removed", "major")
            elif o is None:
                req = bool(n.get("required"))
                self.add(
                    "added",
                    "parameter",
                    loc,
                    f"{'required' if req else 'optional'} parameter added",
                    "major" if req else "minor",
                )
            else:
                if bool(o.get("required")) != bool(n.get("required")):
                    now = bool(n.get("required"))
                    self.add(
                        "changed",
                        "parameter",
                        loc,
                        "parameter became " + ("required" if now else "optional"),
                        "major" if now else "minor",
                    )
                for key2 in ("style", "explode", "allowReserved"):
                    if not _same(o.get(key2), n.get(key2)):
                        self.add("changed", "parameter", loc, f"{key2} changed", "major")
                if bool(o.get("deprecated")) != bool(n.get("deprecated")):
                    self.add(
                        "changed", "parameter", loc, "deprecated" if n.get("deprecated") else "undeprecated", "minor"
                    )
                self._docs(o, n, loc)
                self._extensions(o, n, loc)
                self._compare_schema(o.get("schema"), n.get("schema"), loc, "request", "parameter", set(), reached)

    def _request_body(self, old_raw: Any, new_raw: Any, label: str, reached: set[str]) -> None:
        loc = f"{label} request body"
        if old_raw is None and new_raw is None:
            return
        old, new = self._deref(self.old, old_raw), self._deref(self.new, new_raw)
        if old_raw is None:
            req = bool(new.get("required"))
            self.add(
                "added",
                "request-body",
                loc,
                f"{'required' if req else 'optional'} request body added",
                "major" if req else "minor",
            )
            return
        if new_raw is None:
            self.add("removed", "request-body", loc, "request body removed", "major")
            return
        if bool(old.get("required")) != bool(new.get("required")):
            now = bool(new.get("required"))
            self.add(
                "changed",
                "request-body",
                loc,
                "request body became " + ("required" if now else "optional"),
                "major" if now else "minor",
            )
        self._docs(old, new, loc)
        self._content(
            _as_map(old.get("content")), _as_map(new.get("content")), loc, "request", "request-field", reached
        )

    def _content(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        loc: str,
        direction: Direction,
        category: str,
        reached: set[str],
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add("removed", "content-type", f"{loc} {media}", "content type removed", "major")
        for media in sorted(new.keys() - old.keys()):
            self.add("added", "content-type", f"{loc} {media}", "content type added", "minor")
        single = len(old) == 1 and len(new) == 1
        for media in sorted(old.keys() & new.keys()):
            o, n = _as_map(old[media]), _as_map(new[media])
            mloc = loc if single else f"{loc} {media}"
            self._docs(o, n, mloc)
            self._compare_schema(o.get("schema"), n.get("schema"), mloc, direction, category, set(), reached)

    def _responses(self, old: Mapping[str, Any], new: Mapping[str, Any], label: str, reached: set[str]) -> None:
        for code in sorted(old.keys() - new.keys(), key=str):
            self.add("removed", "status-code", f"{label} {code}", f"response status {code} removed", "major")
        for code in sorted(new.keys() - old.keys(), key=str):
            self.add("added", "status-code", f"{label} {code}", f"response status {code} added", "minor")
        for code in sorted(old.keys() & new.keys(), key=str):
            o, n = self._deref(self.old, old[code]), self._deref(self.new, new[code])
            loc = f"{label} {code} response"
            self._docs(o, n, loc)
            self._headers(_as_map(o.get("headers")), _as_map(n.get("headers")), loc, reached)
            self._content(
                _as_map(o.get("content")), _as_map(n.get("content")), loc, "response", "response-field", reached
            )

    def _headers(self, old: Mapping[str, Any], new: Mapping[str, Any], loc: str, reached: set[str]) -> None:
        old_l = {k.lower(): v for k, v in old.items()}
        new_l = {k.lower(): v for k, v in new.items()}
        for name in sorted(old_l.keys() - new_l.keys()):
            self.add("removed", "response-header", f"{loc} header {name}", "response header removed", "major")
        for name in sorted(new_l.keys() - old_l.keys()):
            self.add("added", "response-header", f"{loc} header {name}", "response header added", "minor")
        for name in sorted(old_l.keys() & new_l.keys()):
            o, n = self._deref(self.old, old_l[name]), self._deref(self.new, new_l[name])
            hloc = f"{loc} header {name}"
            if bool(o.get("required")) != bool(n.get("required")):
                now = bool(n.get("required"))
                self.add(
                    "changed",
                    "response-header",
                    hloc,
                    "header became " + ("required" if now else "optional"),
                    "minor" if now else "major",
                )
            self._docs(o, n, hloc)
            self._compare_schema(o.get("schema"), n.get("schema"), hloc, "response", "response-header", set(), reached)

    # ---- docs and extensions ----------------------------------------------------------------

    def _docs(self, old: Mapping[str, Any], new: Mapping[str, Any], loc: str) -> None:
        for key in _DOC_KEYS:
            if not _same(old.get(key), new.get(key)):
                kind: Kind = "added" if key not in old else "removed" if key not in new else "changed"
                self.add(kind, "docs", loc, f"{key} {kind}", "patch")

    def _extensions(self, old: Mapping[str, Any], new: Mapping[str, Any], loc: str) -> None:
        keys = {k for k in (*old.keys(), *new.keys()) if isinstance(k, str) and k.startswith("x-")}
        for key in sorted(keys):
            if not _same(old.get(key), new.get(key)):
                kind: Kind = "added" if key not in old else "removed" if key not in new else "changed"
                self.add(kind, "extension", loc, f"extension {key} {kind}", "patch")

    # ---- schemas ----------------------------------------------------------------------------

    def _compare_schema(
        self,
        old_raw: Any,
        new_raw: Any,
        path: str,
        direction: Direction,
        category: str,
        seen: set[tuple[str, str, str]],
        reached: set[str],
    ) -> None:
        if (old_raw is None and new_raw is None) or self._unchanged(old_raw, new_raw):
            return
        old_name, old_body, old_wrapper = self._schema(self.old, old_raw)
        new_name, new_body, new_wrapper = self._schema(self.new, new_raw)
        if old_name and new_name:
            # Keys beside the $ref describe this use of the model, so report them here, then the model itself.
            self._wrapper(old_wrapper, new_wrapper, path, direction, category)
            old, new = old_body, new_body
        else:
            old, new = {**old_body, **old_wrapper}, {**new_body, **new_wrapper}
        if old_name or new_name:
            pair = (old_name or "", new_name or "", direction)
            if pair in seen:  # already compared (or being compared, if recursive) on this operation's walk
                return
            seen.add(pair)
            if old_name and old_name == new_name:
                reached.add(old_name)
            if old_name and new_name:
                path = new_name
        self._docs(old, new, path)
        self._extensions(old, new, path)
        self._schema_shape(old, new, path, direction, category)
        self._properties(old, new, path, direction, category, seen, reached)
        for key, suffix in (("items", "[]"), ("prefixItems", "[]"), ("contains", "[]")):
            if isinstance(old.get(key), Mapping) and isinstance(new.get(key), Mapping):
                self._compare_schema(old[key], new[key], path + suffix, direction, category, seen, reached)
        self._additional(old, new, path, direction, category, seen, reached)
        old_kind = "oneOf" if old.get("oneOf") else "anyOf" if old.get("anyOf") else None
        new_kind = "oneOf" if new.get("oneOf") else "anyOf" if new.get("anyOf") else None
        if old_kind and new_kind:  # a union appearing or vanishing is already reported as a type/enum change
            if old_kind != new_kind:  # the generator types both as a Union
                self.add("changed", category, path, f"{old_kind} became {new_kind}", "minor")
            self._variants(old[old_kind], new[new_kind], f"{path} {new_kind}", direction, category, seen, reached)

    def _wrapper(
        self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, direction: Direction, category: str
    ) -> None:
        self._docs(old, new, path)
        self._extensions(old, new, path)
        was, now = bool(old.get("nullable")), bool(new.get("nullable"))
        if was != now:
            desc = "became nullable" if now else "no longer nullable"
            self.add(
                "changed",
                category,
                path,
                desc,
                _pick(direction, "minor" if now else "major", "major" if now else "minor"),
            )
        rest_old = {k: v for k, v in old.items() if k != "nullable"}
        rest_new = {k: v for k, v in new.items() if k != "nullable"}
        self._schema_shape(rest_old, rest_new, path, direction, category)

    def _union(self, doc: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        variants = _as_list(schema.get("oneOf")) or _as_list(schema.get("anyOf"))
        return [self._resolved(doc, v) for v in variants]

    def _effective_types(self, doc: Mapping[str, Any], schema: Mapping[str, Any]) -> frozenset[str]:
        """Declared types, or for an untyped ``oneOf``/``anyOf`` the union of its variants' types."""
        types = _types(schema)
        variants = self._union(doc, schema)
        if "type" in schema or not variants:
            return types
        parts = [_types(v) for v in variants]
        return frozenset() if any(not p for p in parts) else types.union(*parts)

    def _enum_values(self, doc: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Any] | None:
        """Allowed values: ``enum``, ``const``, or a union whose every variant is one of those."""
        if isinstance(schema.get("enum"), list):
            return list(schema["enum"])
        if "const" in schema:
            return [schema["const"]]
        variants = self._union(doc, schema)
        if not variants:
            return None
        values: list[Any] = []
        for variant in variants:
            found = self._enum_values(doc, {k: v for k, v in variant.items() if k not in ("oneOf", "anyOf")})
            if found is None:
                return None
            values += found
        return values

    def _schema_shape(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        path: str,
        direction: Direction,
        category: str,
    ) -> None:
        ot, nt = self._effective_types(self.old, old), self._effective_types(self.new, new)
        if ot != nt:
            # An empty set means "any type".  Request: accepting more is fine; response: returning more is not.
            widened, narrowed = (not nt or (bool(ot) and ot < nt)), (not ot or (bool(nt) and nt < ot))
            sev = _pick(direction, "minor" if widened else "major", "minor" if narrowed else "major")
            only_null = (ot ^ nt) == {"null"}
            desc = (
                ("became nullable" if "null" in nt else "no longer nullable")
                if only_null
                else f"type changed from {_fmt_types(ot)} to {_fmt_types(nt)}"
            )
            self.add("changed", category, path, desc, sev)
        if old.get("format") != new.get("format"):
            retyped = bool({old.get("format"), new.get("format")} & _TYPED_STRING_FORMATS) and "string" in ot | nt
            self.add(
                "changed",
                category,
                path,
                f"format changed from {_show(old.get('format'))} to {_show(new.get('format'))}",
                "major" if retyped else "minor",
            )
        self._enum(old, new, path, direction)
        if not _same(old.get("pattern"), new.get("pattern")):
            self.add("changed", category, path, "pattern changed", "minor")
        for key, larger_is_looser in _BOUNDS:
            o, n = old.get(key), new.get(key)
            if _same(o, n) or isinstance(o, bool) or isinstance(n, bool):
                continue
            if o is None:
                looser = False
            elif n is None:
                looser = True
            elif isinstance(o, int | float) and isinstance(n, int | float):
                looser = (n > o) == larger_is_looser
            else:
                looser = False
            desc = f"{key} changed from {_show(o)} to {_show(n)}"
            self.add("changed", category, path, desc, _pick(direction, "minor" if looser else "major", "minor"))
        if not _same(old.get("default"), new.get("default")):
            self.add(
                "changed",
                category,
                path,
                f"default changed from {_show(old.get('default'))} to {_show(new.get('default'))}",
                "minor",
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add("changed", category, path, "deprecated" if new.get("deprecated") else "undeprecated", "minor")

    def _enum(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str, direction: Direction) -> None:
        old_values, new_values = self._enum_values(self.old, old), self._enum_values(self.new, new)
        if old_values is None and new_values is None:
            return
        if old_values is None or new_values is None:
            has_new = new_values is not None
            desc = "enum restriction added" if has_new else "enum restriction removed"
            # request: a new restriction may reject values callers send; response: dropping the enum changes
            # the generated type from an enum class to a plain value.
            self.add(
                "changed",
                "enum-value",
                path,
                desc,
                _pick(direction, "major" if has_new else "minor", "minor" if has_new else "major"),
            )
            return
        olds = {_canon(v): v for v in old_values}
        news = {_canon(v): v for v in new_values}
        for key in sorted(olds.keys() - news.keys()):
            self.add("removed", "enum-value", path, f"value {_show(olds[key])} removed from {direction} enum", "major")
        for key in sorted(news.keys() - olds.keys()):
            note = "" if direction == "request" else f"; not breaking: {ENUM_TOLERANCE_NOTE}"
            self.add("added", "enum-value", path, f"value {_show(news[key])} added to {direction} enum{note}", "minor")

    def _properties(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        path: str,
        direction: Direction,
        category: str,
        seen: set[tuple[str, str, str]],
        reached: set[str],
    ) -> None:
        hidden = {"request": "readOnly", "response": "writeOnly"}.get(direction)

        def visible(schema: Mapping[str, Any], doc: Mapping[str, Any]) -> dict[str, Any]:
            props = _as_map(schema.get("properties"))
            if hidden is None:
                return dict(props)
            return {k: v for k, v in props.items() if not self._resolved(doc, v).get(hidden)}

        op, np_ = visible(old, self.old), visible(new, self.new)
        oreq = set(map(str, _as_list(old.get("required"))))
        nreq = set(map(str, _as_list(new.get("required"))))
        for name in sorted(op.keys() - np_.keys()):
            self.add("removed", category, f"{path}.{name}", "field removed", "major")
        for name in sorted(np_.keys() - op.keys()):
            req = name in nreq
            desc = f"{'required' if req else 'optional'} field added"
            self.add("added", category, f"{path}.{name}", desc, _pick(direction, "major" if req else "minor", "minor"))
        for name in sorted(op.keys() & np_.keys()):
            was, now = name in oreq, name in nreq
            if was != now:
                desc = "field became " + ("required" if now else "optional")
                self.add(
                    "changed",
                    category,
                    f"{path}.{name}",
                    desc,
                    _pick(direction, "major" if now else "minor", "minor" if now else "major"),
                )
            self._compare_schema(op[name], np_[name], f"{path}.{name}", direction, category, seen, reached)

    def _additional(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        path: str,
        direction: Direction,
        category: str,
        seen: set[tuple[str, str, str]],
        reached: set[str],
    ) -> None:
        o, n = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(o, Mapping) and isinstance(n, Mapping):
            self._compare_schema(o, n, path + "{}", direction, category, seen, reached)
        elif not _same(o, n):
            closed = n is False
            self.add(
                "changed",
                category,
                path,
                "additional properties " + ("no longer allowed" if closed else "changed"),
                _pick(direction, "major" if closed or isinstance(n, Mapping) else "minor", "minor"),
            )

    def _variants(
        self,
        old: Sequence[Any],
        new: Sequence[Any],
        path: str,
        direction: Direction,
        category: str,
        seen: set[tuple[str, str, str]],
        reached: set[str],
    ) -> None:
        def keyed(items: Iterable[Any]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for i, item in enumerate(items):
                ref = _as_map(item).get("$ref")
                out[(_ref_name(ref) or ref) if isinstance(ref, str) else f"#{i}"] = item
            return out

        ov, nv = keyed(old), keyed(new)
        pairs = [(key, key) for key in ov if key in nv]
        gone, extra = [k for k in ov if k not in nv], [k for k in nv if k not in ov]
        if len(gone) == len(extra):  # same count left over: pair by position (e.g. inline variants made models)
            pairs += list(zip(gone, extra, strict=True))
            gone, extra = [], []
        for key in sorted(gone):
            self.add("removed", category, path, f"variant {key} removed", _pick(direction, "major", "minor"))
        for key in sorted(extra):
            self.add("added", category, path, f"variant {key} added", _pick(direction, "minor", "major"))
        for old_key, new_key in sorted(pairs):
            self._compare_schema(ov[old_key], nv[new_key], f"{path}[{new_key}]", direction, category, seen, reached)


def _server_default_url(server: Mapping[str, Any]) -> str:
    url = str(server.get("url"))
    for name, variable in _as_map(server.get("variables")).items():
        url = url.replace("{" + str(name) + "}", str(_as_map(variable).get("default", "")))
    return url


def _widens(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """A new server template that keeps every old variable and the same default URL (a literal became a variable)."""
    old_vars, new_vars = _as_map(old.get("variables")), _as_map(new.get("variables"))
    return old_vars.keys() <= new_vars.keys() and _server_default_url(old) == _server_default_url(new)
