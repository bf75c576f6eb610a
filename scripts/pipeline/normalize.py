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


def normalize(document: dict[str, Any], *, rules: Sequence[Rule] = RULES) -> tuple[dict[str, Any], list[Note]]:
    """Return a repaired deep copy of an OpenAPI 3.0/3.1 document and the repairs made, tagged by rule."""
    doc = copy.deepcopy(document)
    notes: list[Note] = []
    for rule in rules:
        found: Notes = []
        rule.apply(doc, found)
        notes += [Note(rule.id, where, what) for where, what in found]
    return doc, notes


def summarize(notes: Sequence[Note], *, rules: Sequence[Rule] = RULES) -> list[str]:
    """One line per rule that touched the spec, in rule order: `PC005 nullable-to-null-type: 151 fixes`."""
    counts = Counter(note.rule for note in notes)
    return [
        f"{rule.id} {rule.name}: {counts[rule.id]} {'fix' if counts[rule.id] == 1 else 'fixes'}"
        for rule in rules
        if counts[rule.id]
    ]
