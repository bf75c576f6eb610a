"""Stage 3: apply our corrections, declared as an OpenAPI Overlay 1.0 document.

Semantics (Overlay 1.0): actions apply in order; `target` is a JSONPath (jsonpath-ng's extended syntax,
which covers the RFC 9535 subset overlays use: child names, `[*]`, indexes, `[?field == 'x']`); `update` merges an
object recursively into each matched object (scalars and arrays in the update replace; when the target is
an array the update value is appended); `remove: true` deletes each matched node. A target that matches
nothing is an error: a correction that silently stops applying after a new capture is a lost correction.
Every action must carry a `description` saying why.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from jsonpath_ng import DatumInContext, Fields, Index
from jsonpath_ng.exceptions import JsonPathLexerError, JsonPathParserError
from jsonpath_ng.ext import parse as parse_jsonpath

from .documents import parse_document
from .errors import PipelineError, pointer_from_parts


def load_overlay(path: Path) -> dict[str, Any]:
    """Read and shape-check an overlay file."""
    overlay = parse_document(path.read_text("utf-8"), file=path)
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise PipelineError(stage="overlay", file=str(path), pointer="/overlay", cause="not an Overlay 1.x document")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise PipelineError(stage="overlay", file=str(path), pointer="/actions", cause="needs a non-empty actions list")
    for index, action in enumerate(actions):
        where = f"/actions/{index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise PipelineError(stage="overlay", file=str(path), pointer=where, cause="action needs a string target")
        if not action.get("description"):
            raise PipelineError(
                stage="overlay",
                file=str(path),
                pointer=where + "/description",
                cause="every correction must say why (description)",
            )
        if ("update" in action) == bool(action.get("remove")):
            raise PipelineError(
                stage="overlay",
                file=str(path),
                pointer=where,
                cause="action needs exactly one of update or remove: true",
            )
    return overlay


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], *, file: str) -> dict[str, Any]:
    """Return a new document with every action applied."""
    doc = copy.deepcopy(document)
    for index, action in enumerate(overlay["actions"]):
        where = f"/actions/{index}"
        try:
            matches = [_parts(m) for m in parse_jsonpath(action["target"]).find(doc)]
        except (JsonPathLexerError, JsonPathParserError) as exc:
            raise PipelineError(
                stage="overlay",
                file=file,
                pointer=where + "/target",
                cause=f"invalid JSONPath {action['target']!r}: {exc}",
            ) from None
        if not matches:
            raise PipelineError(
                stage="overlay",
                file=file,
                pointer=where + "/target",
                cause=f"target {action['target']!r} matches nothing ({action['description']})",
            )
        if action.get("remove"):
            # Remove deepest/last first so earlier indexes stay valid.
            for parts in sorted(matches, key=lambda p: (len(p), p[-1] if p else 0), reverse=True):
                _remove(doc, parts)
        else:
            for parts in matches:
                _update(_resolve(doc, parts), copy.deepcopy(action["update"]), file=file, where=where, parts=parts)
    return doc


def _parts(match: DatumInContext) -> tuple[Any, ...]:
    """The key/index path from the root to a jsonpath-ng match."""
    parts: list[Any] = []
    node: DatumInContext | None = match
    while node is not None and node.context is not None:
        if isinstance(node.path, Fields):
            parts.append(node.path.fields[0])
        elif isinstance(node.path, Index):
            parts.append(node.path.indices[0])
        node = node.context
    return tuple(reversed(parts))


def _resolve(doc: Any, parts: tuple[Any, ...]) -> Any:
    node = doc
    for part in parts:
        node = node[part]
    return node


def _remove(doc: Any, parts: tuple[Any, ...]) -> None:
    if not parts:
        raise PipelineError(stage="overlay", cause="cannot remove the document root")
    parent = _resolve(doc, parts[:-1])
    del parent[parts[-1]]


def _update(target: Any, update: Any, *, file: str, where: str, parts: tuple[Any, ...]) -> None:
    if isinstance(target, list):
        target.append(update)
    elif isinstance(target, dict) and isinstance(update, dict):
        _merge(target, update)
    else:
        raise PipelineError(
            stage="overlay",
            file=file,
            pointer=where + "/update",
            cause=f"cannot merge into the non-object at {pointer_from_parts(parts)}",
        )


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value
