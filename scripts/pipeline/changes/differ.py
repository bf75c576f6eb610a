"""The top level of a comparison: info, servers, security schemes, every operation, then unreached models."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .common import (
    _DOC_KEYS,
    _HTTP_METHODS,
    _SCHEMA_REF,
    _as_list,
    _as_map,
    _same,
    _server_key,
    _template_key,
    _widens,
)
from .operations import OperationDiffer
from .report import ChangeReport


class Differ(OperationDiffer):
    """Walks both documents side by side, collecting deduplicated changes."""

    # ---- top level ----------------------------------------------------------------------------

    def run(self) -> None:
        """Compare everything: info, servers, security schemes, operations, then models no operation reached."""
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
                name = new_op.get("operationId") if isinstance(new_op, Mapping) else None
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


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> ChangeReport:
    """Compare two normalized OpenAPI 3.1 documents and classify every difference."""
    differ = Differ(old, new)
    differ.run()
    return ChangeReport(differ.result())
