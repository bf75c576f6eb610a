"""PC104: draft-04 tuple `items: [..]` becomes 2020-12 `prefixItems`.

OpenAPI 3.0 never allowed the list form, yet specs written from JSON Schema habits use it; the 3.1 validator
rejects it and the generator cannot parse the document at all. `additionalItems` becomes `items`; where no
further items are allowed, `maxItems` says so (the generator cannot read `items: false`).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, per_schema, pointer


def _visit(schema: dict[str, Any], parts: Parts, notes: Notes) -> None:
    items = schema.get("items")
    if not isinstance(items, list):
        return
    schema["prefixItems"] = schema.pop("items")
    extra = schema.pop("additionalItems", True)
    if isinstance(extra, dict):
        schema["items"] = extra
    elif extra is False and not isinstance(schema.get("maxItems"), int):
        schema["maxItems"] = len(items)
    notes.append((pointer((*parts, "items")), f"tuple of {len(items)} item schemas made prefixItems"))


RULE = Rule("PC104", "tuple-items", "draft-04 tuple `items: [..]` rewritten as `prefixItems`", per_schema(_visit))
