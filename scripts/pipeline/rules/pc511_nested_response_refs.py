"""PC511: a response or request body `$ref` into an operation (`#/paths/~1a/get/responses/401`) names a component.

Specs reuse a response by pointing at where another operation declares it; a published spec pointed 112
responses at four operations' `401`, `404` and `200`. The generator resolves a response only under
`#/components/responses/<Name>` (a request body under `#/components/requestBodies/<Name>`), and not through
a component that is itself a `$ref`, so each of those operations lost that response ("$ref ... not allowed
in responses", "Top-level $ref inside components/responses is not supported"). The object referred to
moves to the components under a name from its path and method (`ArchitecturesGet401`), the place it was
declared refers to it, and every reference names it directly. References into the moved object
(`…/responses/401/headers/X`) follow it. An object declared where no response or body belongs (a
response written under `components/schemas`, which a published spec's `404`s referred to) is copied,
not moved: its own place keeps it, as a `$ref` there to a response would be no schema.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from ..errors import locate, pointer_parts
from ._rule import Notes, Rule
from ._walk import Parts, component_name, operations, pointer, referenced_component, walk_nodes

_SECTIONS = ("responses", "requestBodies")
_MAX_HOPS = 16


def _slots(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str, str, tuple[object, ...]]]:
    """(holder, key, components section, pointer parts) of every place that holds a response or request body."""
    for path, method, op in operations(doc):
        responses = op.get("responses")
        if isinstance(responses, dict):
            for code in responses:
                yield responses, code, "responses", ("paths", path, method, "responses", code)
        if "requestBody" in op:
            yield op, "requestBody", "requestBodies", ("paths", path, method, "requestBody")
    components = doc.get("components")
    for section in _SECTIONS:
        entries = components.get(section) if isinstance(components, dict) else None
        if isinstance(entries, dict):
            for name in entries:
                yield entries, name, section, ("components", section, name)


def _names_an_object(doc: dict[str, Any], ref: str, section: str) -> bool:
    """Whether `ref` names a component directly, that component being no reference (all the generator reads)."""
    name = referenced_component(ref, section)
    entry = ((doc.get("components") or {}).get(section) or {}).get(name) if name else None
    return isinstance(entry, dict) and "$ref" not in entry


def _name(ref: str, section: str, taken: set[str]) -> str:
    """`#/paths/~1architectures/get/responses/401` -> `ArchitecturesGet401` (a body: `…PostBody`)."""
    parts = pointer_parts(ref[1:])
    words: list[object] = []
    if parts[:1] == ["paths"] and len(parts) >= 3:
        words += [w for w in re.split(r"[^A-Za-z0-9]+", parts[1]) if w] + [parts[2]]
        words += parts[4:5] if section == "responses" else ["Body"]
    else:
        words += [p for p in parts if p not in ("components", section)]
    return component_name(words, taken)


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    moved: dict[str, str] = {}  # old pointer (as a ref) -> the component's ref
    for holder, key, section, parts in list(_slots(doc)):
        slot = holder.get(key)
        ref = slot.get("$ref") if isinstance(slot, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/") or _names_an_object(doc, ref, section):
            continue
        final = _follow(doc, ref, section, moved, notes)
        if final is not None and final != ref:
            holder[key] = {"$ref": final}
            notes.append((pointer((*parts, "$ref")), f"{ref[:120]} now {final}"))
    if moved:
        walk_nodes(doc, lambda node, node_parts: _retarget(node, node_parts, moved, notes))


def _follow(doc: dict[str, Any], ref: str, section: str, moved: dict[str, str], notes: Notes) -> str | None:
    """The direct component reference that `ref` comes to, moving the object it names into the components."""
    seen: list[str] = []
    for _ in range(_MAX_HOPS):
        if ref in moved:
            ref = moved[ref]
        name = referenced_component(ref, section)
        found = locate(doc, ref[1:]) if ref.startswith("#/") else None
        if found is None:
            return None  # validate names the dangling reference
        parent, key, node = found
        inner = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(inner, str):
            seen.append(ref)
            ref = inner
            continue
        if not isinstance(node, dict):
            return None
        if name is None:
            entries = doc.setdefault("components", {}).setdefault(section, {})
            name = _name(ref, section, {n.lower() for n in entries})
            if _declared_in_an_operation(ref, section):
                entries[name] = node
                parent[key] = {"$ref": f"#/components/{section}/{name}"}
                moved[ref] = f"#/components/{section}/{name}"
                notes.append((ref[1:], f"moved to /components/{section}/{name} (referenced by pointer)"))
            else:
                entries[name] = copy.deepcopy(node)
                notes.append((ref[1:], f"copied to /components/{section}/{name} (referenced as a {section[:-1]})"))
        for hop in seen:
            moved.setdefault(hop, f"#/components/{section}/{name}")
        return f"#/components/{section}/{name}"
    return None


def _declared_in_an_operation(ref: str, section: str) -> bool:
    """Whether `ref` is an operation's own response (`#/paths/~1a/get/responses/401`) or request body."""
    parts = pointer_parts(ref[1:])
    if parts[:1] != ["paths"]:
        return False
    return (len(parts) == 5 and parts[3] == "responses") if section == "responses" else parts[3:] == ["requestBody"]


def _retarget(node: dict[str, Any], parts: Parts, moved: dict[str, str], notes: Notes) -> None:
    """A reference into a moved object (`…/responses/401/headers/X`) follows it."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or "/" not in ref[2:]:
        return
    for old, new in moved.items():
        if ref.startswith(old + "/"):
            node["$ref"] = new + ref[len(old) :]
            notes.append((pointer((*parts, "$ref")), f"{ref[:120]} now {node['$ref'][:120]}"))
            return


RULE = Rule(
    "PC511",
    "nested-response-refs",
    "response and request body `$ref`s into an operation made component refs (the generator resolves no others)",
    _apply,
)
