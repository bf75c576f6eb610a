"""PC006: specs name `bearerAuth` in `security` without defining it.

The generator then drops auth. A name that says bearer or basic is defined as that http scheme; any other undefined
name is an error to fix.
"""

from __future__ import annotations

from typing import Any

from ..errors import PipelineError
from ._rule import Notes, Rule
from ._walk import operations, pointer


def _apply(doc: dict[str, Any], notes: Notes) -> None:
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    uses: list[tuple[str, str]] = []
    for requirement in doc.get("security") or []:
        uses += [(name, "/security") for name in requirement]
    for path, method, op in operations(doc):
        for requirement in op.get("security") or []:
            uses += [(name, pointer(("paths", path, method, "security"))) for name in requirement]
    for name, where in uses:
        if name in schemes:
            continue
        lowered = name.lower()
        if "bearer" in lowered:
            schemes[name] = {"type": "http", "scheme": "bearer"}
        elif "basic" in lowered:
            schemes[name] = {"type": "http", "scheme": "basic"}
        else:
            raise PipelineError(
                stage="normalize",
                pointer=where,
                cause=f"security scheme {name!r} is used but never defined; define it in the overlay",
            )
        notes.append(
            (f"/components/securitySchemes/{name}", f"undefined scheme defined as http {schemes[name]['scheme']}")
        )
    if not schemes:
        doc["components"].pop("securitySchemes")


RULE = Rule(
    "PC006",
    "undefined-security-schemes",
    "security schemes used but not defined: bearer/basic by name, else an error",
    _apply,
)
