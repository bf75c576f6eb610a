"""Which file a problem in the normalized spec came from, and its line:column there.

A problem is blamed on the overlay only where an overlay action wrote (or removed) that node; on a
normalizer rule where a rule changed the node and the source lacks it or held another value there (not
an object the source has, which stays the source's) (the rule's id and what it did are named, and no
line of the capture unless the rule rewrote one); anything else came from the vendor's
source (the capture, or our base.yaml), and is placed at the line of the deepest node of its pointer that
the source holds. In a multi-file capture that is the file the node was read from, with its pointer
there. Positions are read from the parser's node marks, only when there is a problem to place: a clean
build never pays for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import Problem, locate, pointer_from_parts
from .extract import FENCE, Sources

if TYPE_CHECKING:
    from .overlay import Touched
    from .rules import Note

_MISSING = object()

Positions = dict[str, tuple[int, int]]  # JSON pointer -> (line, column), 1-based


@dataclass
class Origins:
    """What is known about where the nodes of one vendor's normalized spec came from."""

    source_file: str
    fence_lang: str | None = None  # the source is a fenced block of this language inside a Markdown page
    overlay_file: str | None = None
    touched: Touched = field(default_factory=list)
    sources: Sources = field(default_factory=dict)  # multi-file: bundled pointer -> (file, pointer there)
    source: Any = None  # the document the normalizer was given
    normalized: Any = None  # what it made of it (before the overlay)
    notes: list[Note] = field(default_factory=list)  # the normalizer's repairs
    _positions: dict[str, Positions] = field(default_factory=dict)

    def place(self, problem: Problem) -> Problem:
        """The problem with the file that produced its node and the line:column there."""
        pointer = problem.pointer
        if pointer is None:
            return problem
        action = self._overlay_action(pointer)
        if action is not None and self.overlay_file is not None:
            line, column = self._locate(self.overlay_file, pointer_from_parts(("actions", action)))
            return replace(problem, file=self.overlay_file, line=line, column=column)
        placed = self._in_source(problem, pointer)
        note = self._rule_note(pointer)
        if note is None:
            return placed
        rule = " ".join(filter(None, (note.rule, _rule_name(note.rule), f"({note.message})")))
        if _at(self.source, pointer) is _MISSING:  # the rule made the node: no line of any file holds it
            return replace(problem, file=None, line=None, column=None, rule=rule)
        return replace(placed, rule=rule)  # the rule rewrote a node the source has: where it was, for reference

    def _in_source(self, problem: Problem, pointer: str) -> Problem:
        """At the node's line in the source: the file it was read from, with its pointer there when bundled."""
        from .intake.bundle import source_of

        found = source_of(self.sources, pointer)
        if found is not None:
            file, inner = found
            line, column = self._locate(file, inner)
            return replace(problem, file=file, line=line, column=column, pointer=inner, bundled_pointer=pointer)
        line, column = self._locate(self.source_file, pointer)
        return replace(problem, file=self.source_file, line=line, column=column)

    def _rule_note(self, pointer: str) -> Note | None:
        """The rule that made this node: a rule changed it, and the source lacks it or had another value there.

        A rule's note at the node or above it wins (the deepest, then the latest); else one below it.
        """
        if not self.notes or self.normalized is None:
            return None
        before = _at(self.source, pointer)
        if isinstance(before, dict) or before == _at(self.normalized, pointer):
            return None  # an object the source has (an operation, a schema) is the source's, however a rule added to it
        above = [n for n in self.notes if pointer == n.pointer or pointer.startswith(n.pointer + "/")]
        if above:
            return max(reversed(above), key=lambda n: len(n.pointer))
        below = [n for n in self.notes if n.pointer.startswith(pointer + "/") or not pointer]
        return below[-1] if below else None

    def _overlay_action(self, pointer: str) -> int | None:
        """The last overlay action that wrote this node or one above it (or removed a child of it)."""
        for index, touched, removed in reversed(self.touched):
            if pointer == touched or pointer.startswith(touched + "/"):
                return index
            if removed and touched.rsplit("/", 1)[0] == pointer:
                return index
        return None

    def _locate(self, file: str, pointer: str) -> tuple[int | None, int | None]:
        if file not in self._positions:
            self._positions[file] = _read_positions(Path(file), self.fence_lang if file == self.source_file else None)
        positions = self._positions[file]
        while True:
            if pointer in positions:
                return positions[pointer]
            if not pointer:
                return None, None
            pointer = pointer.rsplit("/", 1)[0]


def _at(document: Any, pointer: str) -> Any:
    """The node a pointer names, or a marker when there is none."""
    found = locate(document, pointer)
    return found[2] if found is not None else _MISSING


def _rule_name(rule_id: str) -> str:
    from .rules import RULES

    return next((rule.name for rule in RULES if rule.id == rule_id), "")


def _read_positions(path: Path, fence_lang: str | None) -> Positions:
    try:
        text = path.read_text("utf-8")
    except OSError:
        return {}
    offset = 0
    if fence_lang is not None:
        match = next((m for m in FENCE.finditer(text) if m.group("lang") == fence_lang), None)
        if match is None:
            return {}
        offset = text.count("\n", 0, match.start("body"))
        text = match.group("body")
    return positions_of(text, line_offset=offset)


def positions_of(text: str, *, line_offset: int = 0) -> Positions:
    """Every JSON pointer of a YAML or JSON text (JSON is read as YAML) with the 1-based line:column of its node.

    A mapping entry is placed at its key, a sequence item at the item.
    """
    loader = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return {}
    positions: Positions = {}
    stack: list[tuple[str, yaml.Node]] = [("", root)] if root is not None else []
    positions[""] = (1 + line_offset, 1)
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = pointer + "/" + str(key.value).replace("~", "~0").replace("/", "~1")
                positions[child] = (key.start_mark.line + 1 + line_offset, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = f"{pointer}/{index}"
                positions[child] = (item.start_mark.line + 1 + line_offset, item.start_mark.column + 1)
                stack.append((child, item))
    return positions
