"""Media type parsing and matching, so `text/plain; language=rego` matches `text/plain;language=rego`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MediaType:
    """A parsed media type: lower-cased `type/subtype` plus its parameters."""

    mime: str
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, value: str) -> MediaType:
        """Parse a Content-Type / media-range value; parameter names are lower-cased, quotes dropped."""
        parts = value.split(";")
        mime = parts[0].strip().lower()
        params: dict[str, str] = {}
        for part in parts[1:]:
            name, sep, val = part.partition("=")
            if not sep:
                continue
            params[name.strip().lower()] = val.strip().strip('"')
        return cls(mime, params)

    def matches(self, declared: MediaType) -> bool:
        """Whether this (received) type satisfies a declared one: same mime and every declared parameter present."""
        if not _mime_matches(self.mime, declared.mime):
            return False
        return all(
            self.params.get(name, "").lower() == value.lower()
            for name, value in declared.params.items()
            if name != "charset"
        )

    @property
    def is_json(self) -> bool:
        """JSON bodies: `application/json` and any `+json` structured suffix."""
        return self.mime == "application/json" or self.mime.endswith("+json")

    @property
    def is_form(self) -> bool:
        """URL-encoded form bodies."""
        return self.mime == "application/x-www-form-urlencoded"

    @property
    def is_text(self) -> bool:
        """Text bodies, validated as JSON strings against a `type: string` schema."""
        return self.mime.startswith("text/")


def _mime_matches(received: str, declared: str) -> bool:
    if declared in ("*/*", received):
        return True
    dtype, _, dsub = declared.partition("/")
    rtype, _, _ = received.partition("/")
    return dsub == "*" and dtype == rtype


def find_declared(received: str, declared: list[str]) -> str | None:
    """Return the declared media-type key a received Content-Type matches (exact keys win over wildcards), else None."""
    parsed = MediaType.parse(received)
    candidates = [key for key in declared if parsed.matches(MediaType.parse(key))]
    if not candidates:
        return None
    candidates.sort(key=lambda key: ("*" in key, -len(MediaType.parse(key).params)))
    return candidates[0]


def accepts(accept_header: str | None, offered: str) -> float:
    """Quality with which an Accept header accepts the offered media type (1.0 when there is no header)."""
    if not accept_header:
        return 1.0
    offered_type = MediaType.parse(offered)
    best = 0.0
    for item in accept_header.split(","):
        if not item.strip():
            continue
        rng = MediaType.parse(item)
        try:
            quality = float(rng.params.get("q", "1"))
        except ValueError:
            quality = 0.0
        wanted = MediaType(rng.mime, {k: v for k, v in rng.params.items() if k != "q"})
        if offered_type.matches(wanted):
            best = max(best, quality)
    return best
