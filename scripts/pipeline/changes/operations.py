"""Operation comparison: security, parameters, request bodies, responses, headers, docs and extensions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .common import _as_list, _as_map, _same, _show
from .report import Direction
from .schemas import SchemaDiffer


class OperationDiffer(SchemaDiffer):
    """Compares one operation of the old document with the same operation of the new one."""

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
