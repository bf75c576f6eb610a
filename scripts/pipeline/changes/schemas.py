"""Schema comparison: types, formats, bounds, enums, properties and variants, by request/response direction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .base import DifferBase
from .common import (
    _BOUNDS,
    _TYPED_STRING_FORMATS,
    _as_list,
    _as_map,
    _canon,
    _fmt_types,
    _pick,
    _ref_name,
    _same,
    _show,
    _types,
)
from .report import ENUM_TOLERANCE_NOTE, Direction


class SchemaDiffer(DifferBase):
    """Compares schemas reached from operations (and the models nothing reaches)."""

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
