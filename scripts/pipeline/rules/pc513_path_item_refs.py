"""PC513: a path item that is a `$ref` (`/support/ip-address: {$ref: '#/paths/~1ip-address'}`) holds a copy of it.

OpenAPI lets a Path Item Object name its definition by `$ref`, to another path or (3.1) to
`components/pathItems`. The generator resolves no path item reference, and our generator-side copy took
the pointer for a schema's: a published spec's two alias paths lost their operations. The item gets a
deep copy of the path item referred to (followed through chains), its own fields beside the `$ref` kept
over the copy's (the specification leaves that case undefined); a reference that leads nowhere or round
in a circle is left for validate to name. The copied operations' ids repeat, so PC201 makes them unique.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import locate
from ._rule import Notes, Rule
from ._walk import pointer

_MAX_HOPS = 16


def _resolved(document: dict[str, Any], item: dict[str, Any]) -> dict[str, Any] | None:
    """The path item a referencing item stands for, or None when the chain leads nowhere or loops."""
    node: Any = item
    for _ in range(_MAX_HOPS):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node if isinstance(node, dict) else None
        if not ref.startswith("#/"):
            return None
        found = locate(document, ref[1:])
        node = found[2] if found else None
    return None


def _apply(document: dict[str, Any], notes: Notes) -> None:
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    found: dict[str, dict[str, Any]] = {}
    for path, item in paths.items():
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            target = _resolved(document, item)
            if target is not None:
                found[path] = target
    for path, target in found.items():  # resolved first, so a chain through another alias sees the original
        item = paths[path]
        ref = item.pop("$ref")
        paths[path] = copy.deepcopy(target) | item
        notes.append((pointer(("paths", path, "$ref")), f"path item reference {ref[:120]} replaced by a copy"))


RULE = Rule(
    "PC513",
    "path-item-refs",
    "a path item `$ref` replaced by a copy of the path item it names (the generator resolves none)",
    _apply,
)
