"""PC515: a `pattern` that is no ECMA-262 regular expression is repaired where its meaning is plain, else dropped.

JSON Schema patterns are ECMA-262 regexes; specs are often written against Python's or PCRE's dialect. A
published spec had `1[0-9]{,2}` (PCRE's "at most two"), which the meta-schema's `regex` format refuses,
so the whole document was refused. `{,n}` is spelled `{0,n}`, what its author meant; a pattern still
refused after that (an inline flag such as `(?i)`) is dropped, with a note. The generated models do not
check patterns, so the client loses nothing either way.
"""

from __future__ import annotations

import re
from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer
from .pc183_format_defaults import format_accepts

_AT_MOST = re.compile(r"(?<!\\)\{,(\d+)\}")


def is_ecma_regex(pattern: str) -> bool:
    """Whether the validator accepts the pattern as a JSON Schema `regex` (its own format check, so both agree)."""
    return format_accepts("regex", pattern)


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    pattern = schema.get("pattern")
    if not isinstance(pattern, str) or is_ecma_regex(pattern):
        return
    where = pointer((*parts, "pattern"))
    spelled = _AT_MOST.sub(r"{0,\1}", pattern)
    if spelled != pattern and is_ecma_regex(spelled):
        schema["pattern"] = spelled
        notes.append((where, "pattern's `{,n}` quantifiers spelled `{0,n}` (ECMA-262 has no `{,n}`)"))
        return
    del schema["pattern"]
    notes.append((where, f"pattern {pattern[:80]!r} is no ECMA-262 regular expression: dropped"))


RULE = Rule(
    "PC515",
    "invalid-patterns",
    "patterns that are no ECMA-262 regex repaired (`{,n}` -> `{0,n}`) or dropped (the document was refused)",
    per_schema(_visit),
)
