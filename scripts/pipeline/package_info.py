"""What a generated package says about itself (pyproject description, README), taken from the spec's ``info``.

The package describes the API it covers, whatever its size, so nothing here assumes one operation. Its
README speaks to the package's users: the links are absolute (a README on an index has no repository
around it) and the call it shows is the vendor's ``readme`` entry of ``generator.yaml``, a call that
works with the policy_clients factory (OCI requests, for one, must be signed: a bare token cannot).
"""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path
from typing import Any

from .errors import PipelineError

_ROOT_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
_README_KEYS = {"factory", "extra", "example"}

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


def project_urls(pyproject: Path = _ROOT_PYPROJECT) -> dict[str, str]:
    """The facade's ``[project.urls]`` (``Homepage``, ``Source``, ...), which the package READMEs link to."""
    if not pyproject.exists():  # a pipeline copied without its project: no links rather than wrong ones
        return {}
    urls = tomllib.loads(pyproject.read_text("utf-8")).get("project", {}).get("urls", {})
    return {str(k): str(v).rstrip("/") for k, v in urls.items()} if isinstance(urls, dict) else {}


def readme_facts(vendor: str, settings: dict[str, Any]) -> dict[str, str] | None:
    """``generator.yaml``'s ``readme`` entry: the facade ``factory``, the pip ``extra`` and an ``example`` call."""
    entry = settings.get("readme")
    if entry is None:
        return None
    if not isinstance(entry, dict) or set(entry) != _README_KEYS or not all(isinstance(v, str) for v in entry.values()):
        raise PipelineError(
            vendor=vendor,
            stage="config",
            file=f"specs/{vendor}/generator.yaml",
            pointer="/readme",
            cause=f"readme must map exactly {sorted(_README_KEYS)} to strings",
        )
    return {key: str(value).strip("\n") for key, value in entry.items()}


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
