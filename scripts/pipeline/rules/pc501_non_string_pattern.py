"""PC501: a `pattern` that is not a string (`pattern: 0`) is dropped, with a note.

A pattern is a regular expression, so JSON Schema requires a string; a published spec had `pattern: 0`
on a timecode field (an example value in the wrong keyword). The meta-schema refuses the document and
the generator refuses to parse it at all, so no operation is generated. Dropping it loses nothing the
client checks (the generated models do not validate patterns).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if "pattern" in schema and not isinstance(schema["pattern"], str):
        value = schema.pop("pattern")
        notes.append((pointer((*parts, "pattern")), f"pattern {value!r} is not a string: dropped"))


RULE = Rule(
    "PC501",
    "non-string-pattern",
    "a `pattern` that is not a string is dropped (the generator refuses the whole document otherwise)",
    per_schema(_visit),
)
