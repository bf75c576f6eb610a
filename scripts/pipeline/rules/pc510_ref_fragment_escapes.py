"""PC510: a local `$ref` whose fragment is percent-encoded (`…~1%7Bid%7D…`, `…xml;%20charset=utf-8…`) is decoded.

A `$ref` is a URI, so the JSON pointer in its fragment is percent-encoded (RFC 6901 §6): a path template's
braces become `%7B`/`%7D`, the space of a media type `application/xml; charset=utf-8` becomes `%20`.
Everything downstream (our rules, the validator, the generator) reads a local fragment as a plain JSON
pointer, so such a reference pointed to nothing: a published spec had 250 of them into its responses,
parameters and media types, and every operation using one lost that part. The fragment is rewritten
decoded, once, so every later reader sees one spelling; `%25` (a literal `%` in a key) decodes to `%`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from ._rule import Notes, Rule
from ._walk import Parts, per_node, pointer

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _visit(node: dict[str, Any], parts: Parts, notes: Notes) -> None:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#") and _ESCAPE.search(ref):
        node["$ref"] = unquote(ref)
        notes.append((pointer((*parts, "$ref")), f"percent-escapes of {ref[:120]} decoded"))


RULE = Rule(
    "PC510",
    "ref-fragment-escapes",
    "percent-escapes in a local `$ref`'s fragment decoded (else the JSON pointer names nothing)",
    per_node(_visit),
)
