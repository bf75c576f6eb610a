"""PC105: 2019-09 `$recursiveRef` / `$recursiveAnchor` become a plain `$ref` to the recursive schema.

Neither the generator nor the 3.1 validator follows `$recursiveRef`, so a recursive model lost its
children. `$recursiveRef: "#"` means "the schema that declared `$recursiveAnchor`" (else the enclosing
component), which in a components section is `#/components/schemas/<Name>`; the generator only follows
such component references, so that is what it becomes.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import Parts, pointer, subschemas


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    for name, root in schemas.items():
        if isinstance(root, dict):
            _rewrite(root, ("components", "schemas", name), ("components", "schemas", name), notes)


def _rewrite(schema: dict[str, Any], parts: Parts, anchor: Parts, notes: Notes) -> None:
    if schema.pop("$recursiveAnchor", None) is not None:
        anchor = parts
        notes.append((pointer((*parts, "$recursiveAnchor")), "2019-09 recursive anchor dropped"))
    ref = schema.pop("$recursiveRef", None)
    if isinstance(ref, str):
        target = "#" + pointer(anchor) if ref == "#" else ref
        schema["$ref"] = target
        notes.append((pointer((*parts, "$recursiveRef")), f"$recursiveRef {ref!r} made $ref {target!r}"))
    for sub, sub_parts in list(subschemas(schema, parts)):
        _rewrite(sub, sub_parts, anchor, notes)


RULE = Rule(
    "PC105",
    "recursive-ref",
    "2019-09 $recursiveRef/$recursiveAnchor made a plain $ref to the recursive component",
    _apply,
)
