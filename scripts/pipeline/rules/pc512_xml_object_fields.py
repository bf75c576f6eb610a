"""PC512: a field the XML Object does not define (`xml: {attribute: true, example: …}`) is dropped, with a note.

An XML Object has `name`, `namespace`, `prefix`, `attribute`, `wrapped` and `x-` extensions only; the
3.1 meta-schema refuses any other key ("Unevaluated properties are not allowed"), so validation failed
on a published spec whose `xml` objects carried the property's `example`. The client never reads `xml`
(it speaks JSON), so nothing it does changes; a misplaced `example` the schema lacks moves to the
schema's `examples`, where it belongs.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer

_FIELDS = frozenset({"name", "namespace", "prefix", "attribute", "wrapped"})


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    xml = schema.get("xml")
    if not isinstance(xml, dict):
        return
    for key in [k for k in xml if k not in _FIELDS and not str(k).startswith("x-")]:
        value = xml.pop(key)
        if key == "example" and "example" not in schema and "examples" not in schema:
            schema["examples"] = [value]
            notes.append((pointer((*parts, "xml", key)), "`example` of the xml object moved to the schema's examples"))
        else:
            notes.append((pointer((*parts, "xml", key)), f"`{key}` is no XML Object field: dropped"))


RULE = Rule(
    "PC512",
    "xml-object-fields",
    "fields the XML Object does not define dropped (the 3.1 meta-schema refuses the document otherwise)",
    per_schema(_visit),
)
