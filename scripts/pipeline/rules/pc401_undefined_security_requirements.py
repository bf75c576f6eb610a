"""PC401: a security requirement naming a scheme nobody defines is dropped, with a note.

Real specs name schemes they never define (`security: [{ApiKeyAuth: []}]` with no `securitySchemes`
entry): the document is invalid (Spectral's `oas3-operation-security-defined`), and the generator has
nothing to build from. PC006 defines the names that say bearer or basic; any other (an API key, OAuth2,
an unknown name) cannot be defined without inventing where its key goes or which URLs issue tokens, so
the name is dropped from its requirement. Auth itself is the client's (the facade's) job, never derived
from `security`, so no generated code loses anything. A requirement left empty is dropped too (an empty
one would mean "no auth is fine"), and a `security` list left empty is removed (an empty list would say
the operation needs no auth).
"""

from __future__ import annotations

from typing import Any

from ._rule import Notes, Rule
from ._walk import operations, pointer


def _prune(holder: dict[str, Any], parts: tuple[str, ...], defined: set[str], notes: Notes) -> None:
    requirements = holder.get("security")
    if not isinstance(requirements, list):
        return
    if all(not isinstance(r, dict) or all(name in defined for name in r) for r in requirements):
        return  # `security: []` (no auth) and defined names stay as written
    kept: list[Any] = []
    for index, requirement in enumerate(requirements):
        if not isinstance(requirement, dict):
            kept.append(requirement)
            continue
        missing = [name for name in requirement if name not in defined]
        for name in missing:
            where = pointer((*parts, "security", index, name))
            notes.append((where, f"dropped: scheme {name!r} is used but never defined (no kind to infer it as)"))
        left = {name: scopes for name, scopes in requirement.items() if name in defined}
        if left or not requirement:
            kept.append(left)
    if kept:
        holder["security"] = kept
    else:
        del holder["security"]


def _apply(document: dict[str, Any], notes: Notes) -> None:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    defined = {str(name) for name in schemes} if isinstance(schemes, dict) else set()
    _prune(document, (), defined, notes)
    for path, method, op in operations(document):
        _prune(op, ("paths", path, method), defined, notes)


RULE = Rule(
    "PC401",
    "undefined-security-requirements",
    "security requirements naming an undefined scheme (not bearer/basic, PC006) dropped, with a note",
    _apply,
)
