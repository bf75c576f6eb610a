"""PC502: a header parameter typed as a dated string (`format: date-time`) takes a plain string.

A header carries one line of text, and the date headers of HTTP (`If-Modified-Since: Fri, 21 Jan 2022
09:48:43 GMT`) are not RFC 3339, though specs mark them `format: date-time`. The generator refuses a
`datetime` or `date` in a header ("datetime.datetime / Unset is not allowed in header") and drops
the operation. The format goes and the caller writes the header's text, as the spec's example shows;
the format is named in the description.
"""

from __future__ import annotations

from typing import Any

from ..errors import follow_refs
from ._rule import Notes, Rule
from ._walk import Parts, per_parameter_reading, pointer

_FORMATS = frozenset({"date-time", "date", "time"})


def _repair(document: dict[str, Any], parameter: dict[str, Any], parts: Parts, notes: Notes) -> None:
    if parameter.get("in") != "header":
        return
    schema = parameter.get("schema")
    resolved = follow_refs(document, schema) if isinstance(schema, dict) else None
    if not isinstance(resolved, dict) or resolved.get("format") not in _FORMATS:
        return
    text = resolved.get("description")
    described = f"{text} (format: {resolved['format']})" if text else f"Format: {resolved['format']}."
    parameter["schema"] = {"type": "string", "description": described}
    notes.append((pointer((*parts, "schema")), f"{resolved['format']} header parameter made a plain string"))


RULE = Rule(
    "PC502",
    "formatted-header-parameters",
    "header parameters typed date-time, date or time take a plain string (else the generator drops the operation)",
    per_parameter_reading(_repair),
)
