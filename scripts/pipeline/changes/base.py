"""What every comparison needs: both documents, the changes found so far, and $ref resolution."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .common import _DOC_KEYS, _as_list, _as_map, _ref_name, _same, _schema_refs
from .report import Bump, Change, Kind


class DifferBase:
    """State of one comparison: both documents, the changes found, and how to read references in them."""

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
        """Record a change, attributed to the operation being compared (if any)."""
        ops = self._found.setdefault((kind, category, location, description, severity), set())
        if self._op:
            ops.add(self._op)

    def result(self) -> tuple[Change, ...]:
        """Every change found, deduplicated and in report order."""
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

    # ---- wording and metadata ----------------------------------------------------------------

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
