"""Stage 4: the normalized document must be valid OpenAPI 3.1 with every $ref resolvable."""

from __future__ import annotations

from typing import Any

from .errors import PipelineError, pointer_from_parts


def validate(document: dict[str, Any], *, file: str) -> None:
    """Raise PipelineError naming the JSON pointer of the first problem."""
    _check_refs(document, document, (), file)
    from openapi_spec_validator import OpenAPIV31SpecValidator  # deferred: slow import, only needed on rebuilds

    errors = sorted(OpenAPIV31SpecValidator(document).iter_errors(), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise PipelineError(stage="validate", file=file, pointer=pointer_from_parts(list(first.absolute_path)),
                            cause=f"{first.message}{more}")


def _check_refs(root: dict[str, Any], node: Any, parts: tuple[object, ...], file: str) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not _resolves(root, ref):
            raise PipelineError(stage="validate", file=file, pointer=pointer_from_parts((*parts, "$ref")),
                                cause=f"$ref {ref!r} points to nothing")
        for key, value in node.items():
            if key not in ("example", "examples"):
                _check_refs(root, value, (*parts, key), file)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _check_refs(root, item, (*parts, index), file)


def _resolves(root: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#"):
        return False  # external references are not allowed in our specs: one self-contained file per vendor
    node: Any = root
    for raw in ref[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False
    return True
