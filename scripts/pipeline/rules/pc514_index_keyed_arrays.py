"""PC514: a schema keyword that takes an array, given as an object keyed by indexes, becomes that array.

A published spec had `allOf: {"3": {properties: ...}}` beside a `$ref` (an overlay meant for the fourth
member of an allOf, written out as a map): the meta-schema refuses the document, so nothing is generated.
A map whose keys are all array indexes can only mean the array. Other `$ref`s of the same spec point into
it by index (`.../allOf/3/properties/actions`), so each member keeps its index: in `allOf` and
`prefixItems` a missing index becomes `{}`, which asserts nothing; `anyOf`/`oneOf`, where `{}` would
admit anything, are made arrays only when no index is missing. `required` and `enum` hold no schemas, so
their values are taken in index order. A map with any other key is left for validation to report.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_PADDED = ("allOf", "prefixItems")  # a missing member is `{}`, which changes nothing
_WHOLE = ("anyOf", "oneOf")  # only without a missing index: `{}` here would admit anything
_VALUES = ("required", "enum")  # no schemas, so no `$ref` points into them


def _indexes(value: Any) -> list[int] | None:
    """The map's keys as sorted indexes, or None when it is no non-empty map of indexes."""
    if not isinstance(value, dict) or not value:
        return None
    if not all(isinstance(k, str) and k.isascii() and k.isdigit() for k in value):
        return None
    return sorted(int(k) for k in value)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    for key in (*_PADDED, *_WHOLE, *_VALUES):
        indexes = _indexes(schema.get(key))
        if indexes is None or (key in _WHOLE and indexes != list(range(len(indexes)))):
            continue
        by_index = {int(k): v for k, v in schema[key].items()}
        if key in _VALUES:
            schema[key] = [by_index[i] for i in indexes]
        else:
            schema[key] = [by_index.get(i, {}) for i in range(indexes[-1] + 1)]
        notes.append((pointer((*parts, key)), f"`{key}` given as a map of indexes {indexes}: made the array"))


RULE = Rule(
    "PC514",
    "index-keyed-arrays",
    "array keywords given as a map of indexes (`allOf: {'3': ...}`) made arrays (the document was refused)",
    per_schema(_visit),
)
