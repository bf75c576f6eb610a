"""PC181: `format: dateTime` (or `datetime`, `date_time`, `DateTime`) is spelled `date-time`.

Published specs (Swagger 2.0 ones especially) write the format the way their language spells the type.
The generator only knows `date-time`: any other spelling is a plain `str`, so a timestamp field loses its
`datetime` type without a warning. Only string schemas are touched (or ones with no type), and only
spellings that differ from `date-time` in case and separators.
"""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_SEPARATORS = re.compile(r"[-_ ]")


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    spelled = schema.get("format")
    if not isinstance(spelled, str) or spelled == "date-time":
        return
    if schema.get("type", "string") != "string" or _SEPARATORS.sub("", spelled.lower()) != "datetime":
        return
    schema["format"] = "date-time"
    notes.append((pointer((*parts, "format")), f"format {spelled!r} spelled 'date-time'"))


RULE = Rule(
    "PC181",
    "date-time-format-spelling",
    "format dateTime/datetime/date_time spelled date-time (else the generator types the field str)",
    per_schema(_visit),
)
