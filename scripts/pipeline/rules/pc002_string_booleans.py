"""PC002: hand-written specs say `required: "true"`.

The generator's models want real booleans.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_node, pointer

_BOOLEAN_KEYWORDS = frozenset(
    {
        "required",
        "deprecated",
        "nullable",
        "readOnly",
        "writeOnly",
        "allowEmptyValue",
        "explode",
        "allowReserved",
        "uniqueItems",
        "additionalProperties",
    }
)


def _visit(node: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for key in _BOOLEAN_KEYWORDS & node.keys():
        value = node[key]
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            node[key] = value.strip().lower() == "true"
            notes.append((pointer((*parts, key)), f"string {value!r} made a boolean"))


RULE = Rule("PC002", "string-booleans", 'boolean keywords written as strings ("true") made booleans', per_node(_visit))
