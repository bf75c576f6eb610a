"""The normalizer's rule registry: each generic repair is a small rule with an id, applied in declared order.

Rules never know a vendor; each records (absolute JSON pointer, what was done) so the build can say which
rules touched a spec and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Notes = list[tuple[str, str]]  # (absolute JSON pointer, what was done)


@dataclass(frozen=True)
class Rule:
    """One repair: a stable id, a kebab-case name, a one-line summary and the function that applies it."""

    id: str
    name: str
    summary: str
    apply: Callable[[dict[str, Any], Notes], None]


def _declared() -> tuple[Rule, ...]:
    from . import pc201_operation_id

    return (pc201_operation_id.RULE,)


RULES: tuple[Rule, ...] = _declared()


def apply_rules(doc: dict[str, Any], notes: Notes) -> dict[str, int]:
    """Apply every rule in order to doc (mutated in place); returns the note count per rule id that made any."""
    counts: dict[str, int] = {}
    for rule in RULES:
        before = len(notes)
        rule.apply(doc, notes)
        if len(notes) > before:
            counts[rule.id] = len(notes) - before
    return counts
