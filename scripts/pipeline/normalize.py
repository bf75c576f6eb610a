"""Stage 2: generic repairs that every vendor spec may need, before our per-vendor overlay.

Nothing here knows a vendor. The repairs are the rules of `scripts.pipeline.rules`, applied in their
declared order; each repair is recorded as (rule id, JSON pointer, what was done) so a run can say
which rules changed a spec, where, and why.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .rules import RULES, Note, Notes, Rule
from .rules._walk import Parts, PerNode


def normalize(document: dict[str, Any], *, rules: Sequence[Rule] = RULES) -> tuple[dict[str, Any], list[Note]]:
    """Return a repaired deep copy of an OpenAPI 3.0/3.1 document and the repairs made, tagged by rule.

    Consecutive rules that visit one node at a time over the same walk share one pass over the
    document (a 3 MB spec has ~10^5 nodes, and a walk per rule was most of normalize's time).
    """
    doc = copy.deepcopy(document)
    notes: list[Note] = []
    for group in _passes(rules):
        found: dict[str, Notes] = {rule.id: [] for rule in group}
        if len(group) == 1:
            group[0].apply(doc, found[group[0].id])
        else:
            _fused(doc, group, found)
        for rule in group:
            notes += [Note(rule.id, where, what) for where, what in found[rule.id]]
    return doc, notes


def _passes(rules: Sequence[Rule]) -> list[list[Rule]]:
    """Rules in order, consecutive per-node rules that may share a walk (PerNode.joins) grouped into one pass."""
    groups: list[list[Rule]] = []
    for rule in rules:
        previous = groups[-1][-1].apply if groups else None
        if isinstance(rule.apply, PerNode) and isinstance(previous, PerNode) and rule.apply.joins(previous):
            groups[-1].append(rule)
        else:
            groups.append([rule])
    return groups


def _fused(doc: dict[str, Any], group: list[Rule], found: dict[str, Notes]) -> None:
    steps = [rule.apply.begin(doc, found[rule.id]) for rule in group if isinstance(rule.apply, PerNode)]
    visits = [(step.visit, step.notes) for step in steps]

    def visit(node: dict[str, Any], parts: Parts) -> None:
        for each, notes in visits:
            each(node, parts, notes)

    walk = group[0].apply.walk if isinstance(group[0].apply, PerNode) else None
    assert walk is not None
    walk(doc, visit)
    for step in steps:
        if step.finish is not None:
            step.finish()


def summarize(notes: Sequence[Note], *, rules: Sequence[Rule] = RULES) -> list[str]:
    """One line per rule that touched the spec, in rule order: `PC005 nullable-to-null-type: 151 fixes`."""
    counts = Counter(note.rule for note in notes)
    return [
        f"{rule.id} {rule.name}: {counts[rule.id]} {'fix' if counts[rule.id] == 1 else 'fixes'}"
        for rule in rules
        if counts[rule.id]
    ]
