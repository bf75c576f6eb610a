"""PC007: the generator names functions after operationIds.

A missing, non-identifier or duplicate one would be dropped or collide, so it is derived from method and path.
"""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import operations, pointer

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def operation_id_from(method: str, path: str) -> str:
    """`post /api/2.0/policies/{envId}` -> `post_api_2_0_policies_envid`."""
    words = [re.sub(r"[^A-Za-z0-9]+", "_", s.strip("{}")) for s in path.strip("/").split("/") if s]
    return "_".join([method, *[w.strip("_") for w in words if w.strip("_")]]).lower()


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    seen: set[str] = set()
    for path, method, op in operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not _IDENTIFIER.match(op_id.replace("-", "_")) or op_id in seen:
            new_id = operation_id_from(method, path)
            while new_id in seen:
                new_id += "_"
            op["operationId"] = new_id
            where = pointer(("paths", path, method, "operationId"))
            notes.append((where, f"unusable operationId {op_id!r} replaced by {new_id!r}"))
        seen.add(op["operationId"])


RULE = Rule(
    "PC007",
    "unusable-operation-ids",
    "missing, non-identifier or duplicate operationIds derived from method and path",
    _apply,
)
