"""PC480: a path parameter's `default` is dropped.

A path parameter is always required, so its default can never apply (specs put a sample id there). The
generator still writes it into the signature, `order_id: str = 'abc', item: str`, which is a syntax error
wherever a path parameter without one follows: the module cannot be imported and `mypy` stops.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import pointer
from .pc101_nullable_path_parameter import _path_parameters


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    for param, parts in _path_parameters(doc):
        schema = param.get("schema")
        if isinstance(schema, dict) and "default" in schema:
            del schema["default"]
            notes.append((pointer((*parts, "schema", "default")), "default of a path parameter dropped"))


RULE = Rule(
    "PC480",
    "path-parameter-defaults",
    "`default` of path parameters dropped (always required; a default before a non-default is a syntax error)",
    _apply,
)
