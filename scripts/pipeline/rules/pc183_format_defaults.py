"""PC183: a `default` that is no valid RFC 3339 `date-time` or `date` of its schema is dropped, with a note.

Specs generated from code stamp the generation time as a default, often without a time zone
(`default: "2025-05-15T00:28:39.897690"`). The validator rejects it, so the strict build fails on a value
that only documents what the server fills in; without it the client leaves the field unset. PC106 checks
a default's type; this rule checks the format the generator parses.
"""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_DATE = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
_VALID = {
    "date-time": re.compile(
        _DATE + r"[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)"
    ),
    "date": re.compile(_DATE),
}


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    spelled = schema.get("format")
    pattern = _VALID.get(spelled) if isinstance(spelled, str) else None
    default = schema.get("default")
    if pattern is None or not isinstance(default, str) or pattern.fullmatch(default):
        return
    del schema["default"]
    notes.append((pointer((*parts, "default")), f"default {default!r} is no RFC 3339 {schema['format']}: dropped"))


RULE = Rule(
    "PC183",
    "format-defaults",
    "defaults that are no valid RFC 3339 date-time/date dropped with a note (else validation refuses the spec)",
    per_schema(_visit),
)
