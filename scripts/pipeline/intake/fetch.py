"""Fetch a published spec as bytes: one file, or an entry file plus every file its relative $refs reach.

Used by add-vendor and refresh, for a local path or an http(s) URL alike. The layout of a multi-file
spec is kept (paths relative to the deepest folder holding them all), so the bundler later resolves the
same relative references the vendor wrote. Bounded in files and bytes, since the source is not ours.
"""

from __future__ import annotations

import posixpath
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import httpx

from ..documents import parse_value
from ..errors import PipelineError

MAX_FILES = 5000
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FetchedSpec:
    """The files of a spec by relative POSIX path, and which of them is the entry."""

    files: dict[str, bytes]
    entry: str

    @property
    def multi_file(self) -> bool:
        """Whether the entry refers to other files."""
        return len(self.files) > 1


def is_url(source: str) -> bool:
    """An http(s) URL, as opposed to a local path (or a file:// URL)."""
    return urlsplit(source).scheme in ("http", "https")


def local_path(source: str) -> Path:
    """A path given as such or as a file:// URL."""
    return Path(unquote(urlsplit(source).path)) if source.startswith("file://") else Path(source)


def file_refs(node: Any) -> list[str]:
    """The file parts of every relative $ref (and discriminator mapping value) in a parsed document."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                found.append(ref.partition("#")[0])
            mapping = item.get("mapping")
            if isinstance(mapping, dict):
                found += [v.partition("#")[0] for v in mapping.values() if isinstance(v, str) and "/" in v]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return sorted({f for f in found if f and "://" not in f}, key=found.index)


def fetch_spec(source: str, *, client: httpx.Client | None = None) -> FetchedSpec:
    """Read ``source`` and, transitively, every file its relative $refs name."""
    remote = is_url(source)
    if remote and client is None:
        raise ValueError("an http(s) source needs a client")
    start: str = source if remote else str(local_path(source).resolve())
    contents: dict[str, bytes] = {}
    queue = deque([start])
    total = 0
    while queue:
        location = queue.popleft()
        if location in contents:
            continue
        data = _read(location, client) if remote else _read_file(Path(location))
        total += len(data)
        if len(contents) >= MAX_FILES or total > MAX_BYTES:
            raise PipelineError(
                stage="fetch", file=source, cause=f"more than {MAX_FILES} files or {MAX_BYTES} bytes; not a spec"
            )
        contents[location] = data
        lang = "json" if location.lower().endswith(".json") else "yaml"
        try:
            parsed = parse_value(data.decode("utf-8-sig"), file=location, lang=lang)
        except (PipelineError, UnicodeDecodeError):
            if location == start:
                raise
            continue  # a referenced file that is not YAML/JSON is kept as bytes; the bundler will say more
        for ref in file_refs(parsed):
            queue.append(_join(location, ref, remote))
    return _relative(contents, start, remote)


def _join(base: str, ref: str, remote: bool) -> str:
    if remote:
        return urljoin(base, quote(ref, safe="/%:@!$&'()*+,;=~-._"))
    candidate = Path(base).parent / ref
    if not candidate.exists():
        candidate = Path(base).parent / unquote(ref)
    return str(candidate.resolve())


def _read(url: str, client: httpx.Client | None) -> bytes:
    assert client is not None
    try:
        response = client.get(url, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise PipelineError(stage="fetch", file=url, cause=f"{type(exc).__name__}: {exc}") from None
    if not response.is_success:
        raise PipelineError(stage="fetch", file=url, cause=f"HTTP {response.status_code} {response.reason_phrase}")
    return response.content


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise PipelineError(stage="fetch", file=str(path), cause="no such file (named by a $ref or as the source)")
    return path.read_bytes()


def _relative(contents: dict[str, bytes], start: str, remote: bool) -> FetchedSpec:
    """Name each file relative to the deepest folder that holds them all."""
    if remote:
        hosts = {urlsplit(u)[:2] for u in contents}
        if len(hosts) > 1:
            raise PipelineError(stage="fetch", file=start, cause="the spec's files are on more than one host")
        paths = {u: unquote(urlsplit(u).path) for u in contents}
    else:
        paths = {p: Path(p).as_posix() for p in contents}
    root = posixpath.commonpath([posixpath.dirname(p) for p in paths.values()])
    files = {posixpath.relpath(paths[loc], root): data for loc, data in contents.items()}
    return FetchedSpec(files=dict(sorted(files.items())), entry=posixpath.relpath(paths[start], root))
