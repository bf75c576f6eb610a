"""PC142: a name in the path template that no parameter declares is declared, as a required string.

Hand-written specs forget one (`/things/{thingId}/{other}` declaring only `thingId`); the validator rejects
the document and the generator drops the endpoint ("Path parameters do not match with path"), though the
template itself says the value goes in the URL. The caller passes it as a string, which is all a URL holds.
"""

from __future__ import annotations

import string
from typing import Any

from ._rule import Notes, Rule
from ._walk import HTTP_METHODS, pointer


def _resolved(document: dict[str, Any], parameter: Any) -> Any:
    """A parameter, or what its local `#/components/parameters/...` reference names (one hop)."""
    ref = parameter.get("$ref") if isinstance(parameter, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
        name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        return ((document.get("components") or {}).get("parameters") or {}).get(name)
    return parameter


def _path_names(document: dict[str, Any], parameters: Any) -> set[str]:
    found = set()
    for parameter in parameters if isinstance(parameters, list) else []:
        resolved = _resolved(document, parameter)
        if isinstance(resolved, dict) and resolved.get("in") == "path" and isinstance(resolved.get("name"), str):
            found.add(resolved["name"])
    return found


def _apply(document: dict[str, Any], notes: Notes) -> None:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict) or "{" not in str(path):
            continue
        try:
            template = [name for _, name, _, _ in string.Formatter().parse(str(path)) if name]
        except ValueError:
            continue  # an unbalanced brace: the validator names it
        shared = _path_names(document, item.get("parameters"))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            declared = shared | _path_names(document, operation.get("parameters"))
            missing = [name for name in dict.fromkeys(template) if name not in declared]
            if not missing:
                continue
            parameters = operation.setdefault("parameters", [])
            if not isinstance(parameters, list):
                continue
            for name in missing:
                parameters.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
            notes.append((pointer(("paths", path, method, "parameters")), f"declared {', '.join(missing)}"))


RULE = Rule(
    "PC142",
    "undeclared-path-parameters",
    "path template names no parameter declares are declared as required string path parameters",
    _apply,
)
