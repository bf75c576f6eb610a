"""Stage 1: get the vendor's OpenAPI document out of what was captured (or our base spec where none is published).

Kinds (``extract.kind`` in provenance.yaml): ``markdown-fence`` (a docs page with the spec in a fenced
block), ``raw`` (a YAML/JSON spec file as published), ``multi-file`` (a captured directory tree with
relative $refs between files, bundled into one document from ``extract.entry``; remote documents its
refs name are kept in the tree too, by URL in ``extract.remote``) and ``none`` (our ``base.yaml``). Only
a tree holds remote documents: a ref to an http(s) URL from any other capture is an error naming it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .documents import parse_document
from .errors import PipelineError
from .intake.remote import missing_remote
from .vendors import Vendor

Sources = dict[str, tuple[str, str]]  # bundled pointer -> (file, pointer in that file), as intake.bundle gives

FENCE = re.compile(r"^(?P<fence>`{3,})(?P<lang>[A-Za-z0-9]+)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)


def extract(vendor: Vendor) -> tuple[dict[str, Any], str]:
    """Return the source document and the file it came from (for error messages)."""
    document, file, _sources = extract_with_sources(vendor)
    return document, file


def extract_with_sources(vendor: Vendor) -> tuple[dict[str, Any], str, Sources]:
    """As `extract`, with where each part of a bundled multi-file spec was read (empty for one file)."""
    how = vendor.provenance.get("extract") or {"kind": "none"}
    if how.get("kind") == "multi-file":
        from .intake.bundle import bundle_with_sources

        entry = _entry(vendor, how)
        document, sources = bundle_with_sources(vendor.capture, entry, _remote(vendor, how))
        return document, str(entry), sources
    document, file = _extract_one(vendor, how)
    problems = missing_remote(document, file, None, {})
    if problems:
        raise PipelineError.of("extract", problems)
    return document, file, {}


def _remote(vendor: Vendor, how: dict[str, Any]) -> dict[str, str]:
    """``extract.remote``: URL -> path under the capture tree of each remote document a $ref names."""
    remote = how.get("remote") or {}
    if not isinstance(remote, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in remote.items()):
        raise PipelineError(
            stage="extract",
            file=str(vendor.folder / "provenance.yaml"),
            pointer="/extract/remote",
            cause="extract.remote must map each URL to a file path under the capture tree",
        )
    return remote


def _entry(vendor: Vendor, how: dict[str, Any]) -> Path:
    entry = vendor.capture / str(how.get("entry", ""))
    if not how.get("entry") or not entry.is_file():
        raise PipelineError(
            stage="extract",
            file=str(vendor.folder / "provenance.yaml"),
            pointer="/extract/entry",
            cause=f"multi-file capture needs extract.entry naming a file under {vendor.capture.name}/",
        )
    return entry


def _extract_one(vendor: Vendor, how: dict[str, Any]) -> tuple[dict[str, Any], str]:
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
        match = fenced_block(text, lang)
        if match is None:
            raise PipelineError(stage="extract", file=str(vendor.capture), cause=f"no ```{lang} fence in the capture")
        line_offset = text.count("\n", 0, match.start("body"))
        doc = parse_document(match.group("body"), file=vendor.capture, lang=lang, line_offset=line_offset)
        return doc, str(vendor.capture)
    if kind == "raw":
        return parse_raw(vendor.capture), str(vendor.capture)
    raise PipelineError(
        stage="extract",
        file=str(vendor.folder / "provenance.yaml"),
        pointer="/extract/kind",
        cause=f"unknown extract kind {kind!r}",
    )


def fenced_block(text: str, lang: str) -> re.Match[str] | None:
    """The first fenced block of the language (refresh checks a new page still has one)."""
    return next((m for m in FENCE.finditer(text) if m.group("lang") == lang), None)


def parse_raw(path: Path) -> dict[str, Any]:
    """A spec file as published: JSON by its name, else YAML (which reads JSON too)."""
    text = path.read_text("utf-8-sig")
    lang = "json" if path.suffix.lower() == ".json" else "yaml"
    document: dict[str, Any] = stringify_keys(parse_document(text, file=path, lang=lang))
    return document


def stringify_keys(node: Any) -> Any:
    """YAML reads `200:` as an int; OpenAPI keys are strings (the bundler does the same for its files)."""
    if isinstance(node, dict):
        return {str(k): stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [stringify_keys(v) for v in node]
    return node
