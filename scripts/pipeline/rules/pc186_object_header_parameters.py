"""PC186: a header parameter whose schema is an object (`range: {$ref: HeaderByteRange}`) takes a string.

A header carries one line of text; specs generated from code describe it by the type the server parses
it into (`{min, max}` for `range: 0,999`). The generator refuses a model in a header ("... is not allowed
in header") and drops the operation. The parameter becomes a `string` (the caller writes the header's
text, as the spec's example shows), the schema's description kept.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, per_parameter_reading, pointer
from .pc113_non_object_allof import is_object_like


def _repair(document: dict[str, Any], parameter: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if parameter.get("in") != "header":
        return
    schema = parameter.get("schema")
    if not isinstance(schema, dict) or not is_object_like(document, schema):
        return
    described = follow_refs(document, schema).get("description")
    parameter["schema"] = {"type": "string"} | ({"description": described} if described else {})
    notes.append((pointer((*parts, "schema")), "object schema of a header parameter made a string"))


RULE = Rule(
    "PC186",
    "object-header-parameters",
    "header parameters with an object schema take a string (else the generator drops the operation)",
    per_parameter_reading(_repair),
)
