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


Touched = list[tuple[int, str, bool]]  # (action index, JSON pointer written or removed, whether removed)


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, file: str, touched: Touched | None = None
) -> dict[str, Any]:
    """Return a new document with every action applied; ``touched`` collects what each action wrote or removed.

    The record lets a later problem be blamed on the overlay only where the overlay produced the node.
    """
    doc = copy.deepcopy(document)
    record: Touched = touched if touched is not None else []
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
                record.append((index, pointer_from_parts(parts), True))
        else:
            for parts in matches:
                target = _resolve(doc, parts)
                if isinstance(target, list):
                    record.append((index, pointer_from_parts((*parts, len(target))), False))
                else:
                    record += [(index, pointer, False) for pointer in _written(target, action["update"], parts)]
                _update(target, copy.deepcopy(action["update"]), file=file, where=where, parts=parts)
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


def _written(target: Any, update: Any, parts: tuple[Any, ...]) -> list[str]:
    """The pointers a merge of ``update`` into ``target`` replaces: its leaves, where the merge recurses."""
    if not isinstance(target, dict) or not isinstance(update, dict):
        return [pointer_from_parts(parts)]
    written: list[str] = []
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            written += _written(target[key], value, (*parts, key))
        else:
            written.append(pointer_from_parts((*parts, key)))
    return written


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value
