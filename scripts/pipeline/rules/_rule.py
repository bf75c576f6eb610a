"""The shape every normalizer rule has: an id, a name, a one-line summary and a function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

Notes = list[tuple[str, str]]  # (absolute JSON pointer, what was done)


@dataclass(frozen=True)
class Rule:
    """One generic repair; `apply` mutates the (already deep-copied) document in place and appends notes."""

    id: str
    name: str
    summary: str
    apply: Callable[[dict[str, Any], Notes], None]


class Note(NamedTuple):
    """A repair as normalize() reports it: which rule, where, and what was done."""

    rule: str
    pointer: str
    message: str
