"""PC423: a parameter `$ref` into another operation (`#/paths/~1a~1%7Bid%7D/get/parameters/2`) is inlined.

Specs reuse a parameter by pointing at where another operation declares it. The generator resolves a
parameter reference only under `#/components/parameters/`, so the operation fails to generate (PC510
has already decoded the fragment's percent-escapes, `%7B` for `{`). The reference is replaced by a copy
of the parameter it names (itself followed when it is another reference); a reference that leads
nowhere is left for validate to name.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import locate
from ._rule import Notes, Rule
from ._walk import HTTP_METHODS, pointer, referenced_component

_MAX_HOPS = 16


def _resolved(document: dict[str, Any], parameter: Any) -> Any:
    """What a nested parameter reference stands for: a parameter object, a component reference, or None."""
    for _ in range(_MAX_HOPS):
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if not isinstance(ref, str):
            return parameter if isinstance(parameter, dict) else None
        if referenced_component(ref, "parameters") or not ref.startswith("#/"):
            return {"$ref": ref}
        found = locate(document, ref[1:])
        parameter = found[2] if found else None
    return None


def _repair(document: dict[str, Any], parameters: Any, parts: tuple[object, ...], notes: Notes) -> None:
    if not isinstance(parameters, list):
        return
    for index, parameter in enumerate(parameters):
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/") or referenced_component(ref, "parameters"):
            continue
        found = _resolved(document, parameter)
        if found is None:
            continue
        parameters[index] = copy.deepcopy(found)
        notes.append((pointer((*parts, index)), f"parameter reference {ref[:120]} inlined"))


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        _repair(document, item.get("parameters"), ("paths", path, "parameters"), notes)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                _repair(document, operation.get("parameters"), ("paths", path, method, "parameters"), notes)


RULE = Rule(
    "PC423",
    "nested-parameter-refs",
    "parameter `$ref`s into another operation inlined (the generator resolves only components/parameters)",
    _apply,
)
