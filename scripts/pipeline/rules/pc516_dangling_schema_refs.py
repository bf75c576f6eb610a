"""PC516: a schema `$ref` to a place the document does not have is dropped, with a note naming it.

Specs generated from code can name a definition they never emit: Temporal's published Swagger 2.0 refers
to `#/definitions/apiCommonV1Link` and `apiFailureV1Failure` where it defines `v1Link` and `v1Failure`.
Validation refuses the whole document over such a field, so nothing is generated. The `$ref` is dropped
and its siblings kept (`{type: object, $ref: ...}` becomes `{type: object}`; alone, `{}`, any JSON value):
the field takes what the server sends, unchecked, and the build output names the missing target. Runs in
the last schema walk, after the rules that decode or move `$ref` targets; a `$ref` to another file is left.
"""

from __future__ import annotations

from typing import Any

from ..errors import locate
from ._rule import Notes, Rule
from ._walk import Parts, per_schema_reading, pointer


def _visit(document: dict[str, Any], schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#") or locate(document, ref[1:]) is not None:
        return
    del schema["$ref"]
    notes.append(
        (pointer((*parts, "$ref")), f"$ref {ref[:160]} points to nothing: dropped (the field takes any value)")
    )


RULE = Rule(
    "PC516",
    "dangling-schema-refs",
    "schema `$ref`s to a place the document lacks dropped, named in a note (validation refused the document)",
    per_schema_reading(_visit),
)
