"""PC006: specs name `bearerAuth` in `security` without defining it.

The generator then drops auth. A name that says bearer or basic is defined as that http scheme; any other undefined
name cannot be defined without inventing where its key goes, so PC401 drops the reference instead.
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import operations


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    uses: list[str] = []
    for requirement in doc.get("security") or []:
        uses += list(requirement)
    for _path, _method, op in operations(doc):
        for requirement in op.get("security") or []:
            uses += list(requirement)
    for name in uses:
        if name in schemes:
            continue
        lowered = name.lower()
        if "bearer" in lowered:
            schemes[name] = {"type": "http", "scheme": "bearer"}
        elif "basic" in lowered:
            schemes[name] = {"type": "http", "scheme": "basic"}
        else:
            continue  # PC401 drops the reference, with a note
        notes.append(
            (f"/components/securitySchemes/{name}", f"undefined scheme defined as http {schemes[name]['scheme']}")
        )
    if not schemes:
        doc["components"].pop("securitySchemes")


RULE = Rule(
    "PC006",
    "undefined-security-schemes",
    "security schemes used but not defined: bearer/basic by name (PC401 drops the others' references)",
    _apply,
)
