"""PC171: a path parameter whose name is not in the path template is dropped, with a note.

`/items` declaring `{in: path, name: id}` (a parameter copied from `/items/{id}`, or shared at the path item)
fails validation ("path parameter 'id' is not in the path") and the generator drops the operation ("Path
parameters do not match with path"). Such a value has nowhere to go in the URL, so it cannot be sent:
dropping the declaration loses nothing a caller could use, and keeps the operation.
"""

from __future__ import annotations

import string
from typing import Any

from ._rule import Notes, Rule
from ._walk import HTTP_METHODS, Parts, local_parameter, pointer


def _prune(owner: dict[str, Any], document: dict[str, Any], template: set[str], parts: Parts, notes: Notes) -> None:
    parameters = owner.get("parameters")
    if not isinstance(parameters, list):
        return
    for index in reversed(range(len(parameters))):
        resolved = local_parameter(document, parameters[index])
        if not isinstance(resolved, dict) or resolved.get("in") != "path":
            continue
        name = resolved.get("name")
        if isinstance(name, str) and name not in template:
            del parameters[index]
            notes.append((pointer((*parts, "parameters", index)), f"dropped {name!r}: not in the path"))
    if not parameters:
        del owner["parameters"]


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        try:
            template = {name for _, name, _, _ in string.Formatter().parse(str(path)) if name is not None}
        except ValueError:
            continue  # an unbalanced brace: the validator names it
        _prune(item, document, template, ("paths", path), notes)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                _prune(operation, document, template, ("paths", path, method), notes)


RULE = Rule(
    "PC171",
    "unused-path-parameters",
    "path parameters the path template does not name are dropped (unsendable; the generator drops the operation)",
    _apply,
)
