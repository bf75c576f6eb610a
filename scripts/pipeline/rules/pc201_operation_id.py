"""PC201 operation-id: every operation gets a unique, printable operationId; the vendor's own ids are kept.

The generator needs an id per operation and the validator needs them unique. An id that is valid
OpenAPI but not a Python name (``c1.api.policy.v1.Policies.Update``, ``list.yml``) is the vendor's
identity of the operation, so it stays in the normalized spec (and in each request's operation
extension); the Python module name is derived from it, and from the vendor's naming hints, when the
package is generated (scripts/pipeline/naming.py). Only a missing id, a duplicate, or one that cannot
sit in a string literal (quotes, backslashes, control characters) is replaced, by method + path.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import pointer_from_parts
from ._rule import Notes, Rule
from ._walk import operations

_PRINTABLE = re.compile(r"^[^\"'\\\x00-\x1f\x7f]+$")


def apply(doc: dict[str, Any], notes: Notes) -> None:
    """Replace missing, duplicate or unprintable operationIds by method + path (suffixed until unique)."""
    seen: set[str] = set()
    for path, method, op in operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not _PRINTABLE.match(op_id.strip()) or op_id in seen:
            new_id = operation_id_from(method, path)
            while new_id in seen:
                new_id += "_"
            op["operationId"] = new_id
            where = pointer_from_parts(("paths", path, method, "operationId"))
            notes.append((where, f"missing, duplicate or unprintable operationId {op_id!r} replaced by {new_id!r}"))
        seen.add(op["operationId"])


def operation_id_from(method: str, path: str) -> str:
    """``post /api/v1/policies/{id}`` -> ``post_api_v1_policies_id``."""
    words = [re.sub(r"[^A-Za-z0-9]+", "_", s.strip("{}")) for s in path.strip("/").split("/") if s]
    return "_".join([method, *[w.strip("_") for w in words if w.strip("_")]]).lower()


RULE = Rule(
    id="PC201",
    name="operation-id",
    summary="missing, duplicate or unprintable operationIds replaced by method + path; the vendor's other ids kept",
    apply=apply,
)
