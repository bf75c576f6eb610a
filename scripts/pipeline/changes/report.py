"""The change report: one Change per client-visible difference, grouped and rendered as Markdown or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

Bump = Literal["major", "minor", "patch"]
Kind = Literal["added", "removed", "changed"]
Direction = Literal["request", "response", "model"]

_RANK: dict[Bump, int] = {"patch": 0, "minor": 1, "major": 2}
SECTIONS: tuple[str, ...] = ("Breaking", "Added", "Changed", "Docs")
_MAX_LISTED_OPERATIONS = 5  # beyond this, Markdown gives a count (JSON always lists them all)
ENUM_TOLERANCE_NOTE = "generated enums tolerate unknown values"


@dataclass(frozen=True)
class Change:
    """One client-visible difference between two specs."""

    kind: Kind
    category: str
    location: str
    description: str
    severity: Bump
    operations: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        """Whether existing client code or requests may fail after this change."""
        return self.severity == "major"

    @property
    def section(self) -> str:
        """The CHANGELOG section this change belongs to."""
        if self.breaking:
            return "Breaking"
        if self.category == "docs":
            return "Docs"
        if self.kind == "added":
            return "Added"
        return "Changed"

    def sort_key(self) -> tuple[int, str, str, str, str, tuple[str, ...]]:
        """Order: most severe first, then by location so diffs of the output stay small."""
        return (-_RANK[self.severity], self.location, self.category, self.kind, self.description, self.operations)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form used by :meth:`ChangeReport.to_json`."""
        return {
            "kind": self.kind,
            "category": self.category,
            "location": self.location,
            "description": self.description,
            "breaking": self.breaking,
            "severity": self.severity,
            "operations": list(self.operations),
        }

    def to_markdown(self) -> str:
        """One bullet line, naming the operations when the location does not already."""
        text = f"`{self.location}`: {self.description}"
        extra = [op for op in self.operations if op not in self.location]
        if len(extra) > _MAX_LISTED_OPERATIONS:
            text += f" (used by {len(extra)} operations)"
        elif extra:
            text += f" (used by {', '.join(f'`{op}`' for op in extra)})"
        return f"- {text}"


@dataclass(frozen=True)
class ChangeReport:
    """All changes between two specs, sorted deterministically."""

    changes: tuple[Change, ...] = ()

    @property
    def bump(self) -> Bump | None:
        """The semver bump the changes call for; ``None`` when nothing changed at all."""
        if not self.changes:
            return None
        return max((c.severity for c in self.changes), key=_RANK.__getitem__)

    @property
    def breaking(self) -> tuple[Change, ...]:
        """Only the breaking changes."""
        return tuple(c for c in self.changes if c.breaking)

    def sections(self) -> dict[str, list[Change]]:
        """Group changes by CHANGELOG section, in :data:`SECTIONS` order, empty ones omitted."""
        grouped: dict[str, list[Change]] = {name: [] for name in SECTIONS}
        for change in self.changes:
            grouped[change.section].append(change)
        return {name: items for name, items in grouped.items() if items}

    def to_json(self) -> str:
        """Stable JSON for CI (sorted keys, fixed change order, trailing newline)."""
        payload = {
            "bump": self.bump,
            "breaking": len(self.breaking),
            "changes": [c.to_dict() for c in self.changes],
        }
        return json.dumps(payload, indent=2, sort_keys=True) + "\n"

    def to_markdown(self, heading_level: int = 3) -> str:
        """Markdown sections (Breaking / Added / Changed / Docs) for the CHANGELOG and terminals."""
        if not self.changes:
            return "No changes.\n"
        hashes = "#" * heading_level
        blocks = []
        for name, items in self.sections().items():
            lines = [f"{hashes} {name}", ""] + [c.to_markdown() for c in items]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n"
