"""What a generated package says about itself (pyproject description, README), taken from the spec's ``info``.

The package describes the API it covers, whatever its size, so nothing here assumes one operation.
"""

from __future__ import annotations

import html
import re
from typing import Any

_TAG = re.compile(r"<[^>]+>")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SUMMARY_LIMIT = 200


def summary_of(info: dict[str, Any]) -> str:
    """One plain-text sentence: ``info.summary``, else the first sentence of ``info.description``."""
    text = info.get("summary") or info.get("description") or ""
    if not isinstance(text, str):
        return ""
    plain = html.unescape(_TAG.sub(" ", _MARKDOWN_LINK.sub(r"\1", text)))
    paragraph = next((p for p in re.split(r"\n\s*\n", plain) if p.strip(" \t\n#*>-")), "")
    words = " ".join(paragraph.strip(" \t\n#*>-").split()).replace("`", "")
    sentence = _SENTENCE_END.split(words, maxsplit=1)[0]
    if len(sentence) > _SUMMARY_LIMIT:
        sentence = sentence[: _SUMMARY_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def package_info(spec: dict[str, Any]) -> dict[str, Any]:
    """Title, version, summary, servers and operation count for the package templates."""
    info = spec.get("info") or {}
    operations = sum(
        1
        for item in (spec.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace")
        if isinstance(item.get(method), dict)
    )
    return {
        "title": " ".join(str(info.get("title", "")).split()),
        "version": " ".join(str(info.get("version", "")).split()),
        "summary": summary_of(info),
        "servers": spec.get("servers") or [],
        "operations": operations,
    }
