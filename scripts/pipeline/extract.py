"""Stage 1: get the vendor's OpenAPI text out of what was captured (or our base spec where none is published)."""

from __future__ import annotations

import re
from typing import Any

from .documents import parse_document
from .errors import PipelineError
from .vendors import Vendor

FENCE = re.compile(r"^(?P<fence>`{3,})(?P<lang>[A-Za-z0-9]+)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)


def extract(vendor: Vendor) -> tuple[dict[str, Any], str]:
    """Return the source document and the file it came from (for error messages)."""
    how = vendor.provenance.get("extract") or {"kind": "none"}
    kind = how.get("kind")
    if kind == "none":
        if not vendor.base.exists():
            raise PipelineError(
                stage="extract",
                file=str(vendor.base),
                cause="provenance says the page embeds no spec, so base.yaml is required",
            )
        return parse_document(vendor.base.read_text("utf-8"), file=vendor.base), str(vendor.base)
    if kind == "markdown-fence":
        lang = str(how.get("lang", "yaml"))
        text = vendor.capture.read_text("utf-8")
        for match in FENCE.finditer(text):
            if match.group("lang") == lang:
                line_offset = text.count("\n", 0, match.start("body"))
                doc = parse_document(match.group("body"), file=vendor.capture, lang=lang, line_offset=line_offset)
                return doc, str(vendor.capture)
        raise PipelineError(stage="extract", file=str(vendor.capture), cause=f"no ```{lang} fence in the capture")
    raise PipelineError(
        stage="extract",
        file=str(vendor.folder / "provenance.yaml"),
        pointer="/extract/kind",
        cause=f"unknown extract kind {kind!r}",
    )
