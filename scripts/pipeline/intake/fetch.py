"""Fetch a published spec as bytes: one file, or an entry file plus every file its $refs reach.

Used by add-vendor and refresh, for a local path or an http(s) URL alike. The layout of a multi-file
spec is kept (paths relative to the deepest folder holding them all), so the bundler later resolves the
same relative references the vendor wrote. A $ref to an absolute http(s) URL (a schema published
elsewhere) fetches that document too, and every document its refs reach in turn; those are kept under
``_remote/`` by URL (see `remote`). Bounded in files, remote documents and bytes, since the source is
not ours.
"""

from __future__ import annotations

import contextlib
import posixpath
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from ..documents import parse_value
from ..errors import PipelineError
from .remote import is_remote, join_url, ref_locations, storage_path, target_url

MAX_FILES = 5000
MAX_REMOTE = 200  # documents fetched for absolute http(s) $refs
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FetchedSpec:
    """The files of a spec by relative POSIX path, which of them is the entry, and the remote documents' URLs."""

    files: dict[str, bytes]
    entry: str
    remote: dict[str, str] = field(default_factory=dict)  # URL -> its path among `files` (under _remote/)

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
    found = [location for _pointer, location in ref_locations(node)]
    return sorted({f for f in found if "://" not in f}, key=found.index)


def remote_refs(node: Any) -> list[str]:
    """The absolute http(s) URLs (without fragment) every $ref of a parsed document names, in document order."""
    found = [location for _pointer, location in ref_locations(node) if is_remote(location)]
    return sorted(set(found), key=found.index)


def fetch_spec(source: str, *, client: httpx.Client | None = None) -> FetchedSpec:
    """Read ``source`` and, transitively, every file its relative $refs name."""
    remote = is_url(source)
    if remote and client is None:
        raise ValueError("an http(s) source needs a client")
    start: str = source if remote else str(local_path(source).resolve())
    budget = _Budget(source)
    contents: dict[str, bytes] = {}
    urls: list[str] = []  # remote documents the spec's own files name
    queue = deque([start])
    while queue:
        location = queue.popleft()
        if location in contents:
            continue
        data = _read(location, client, budget) if remote else budget.take(_read_file(Path(location)))
        contents[location] = data
        parsed = _parsed(location, data, required=location == start)
        queue.extend(_join(location, ref, remote) for ref in file_refs(parsed))
        urls += remote_refs(parsed)
    fetched = _relative(contents, start, remote)
    if not urls:
        return fetched
    with contextlib.ExitStack() as stack:  # a local spec naming remote documents needs a client of its own
        session = client if client is not None else stack.enter_context(httpx.Client(timeout=30.0))
        documents = _fetch_remote(urls, session, budget)
    files, stored = dict(fetched.files), {}
    for url, data in documents.items():
        stored[url] = storage_path(url, set(files))
        files[stored[url]] = data
    return FetchedSpec(files=dict(sorted(files.items())), entry=fetched.entry, remote=dict(sorted(stored.items())))


@dataclass
class _Budget:
    """What a fetch may still read: files, remote documents and bytes, over the whole spec."""

    source: str
    files: int = 0
    documents: int = 0
    total: int = 0

    def left(self) -> int:
        return MAX_BYTES - self.total

    def take(self, data: bytes, *, document: bool = False) -> bytes:
        self.files += 1
        self.documents += document
        self.total += len(data)
        if self.files > MAX_FILES or self.documents > MAX_REMOTE or self.total > MAX_BYTES:
            limits = f"more than {MAX_FILES} files, {MAX_REMOTE} remote documents or {MAX_BYTES} bytes"
            raise PipelineError(stage="fetch", file=self.source, cause=f"{limits}; not a spec")
        return data


def _parsed(location: str, data: bytes, *, required: bool) -> Any:
    """The document, or None for a referenced file that is not YAML/JSON (kept as bytes; the bundler says more)."""
    lang = "json" if urlsplit(location).path.lower().endswith(".json") else "yaml"
    try:
        return parse_value(data.decode("utf-8-sig"), file=location, lang=lang)
    except (PipelineError, UnicodeDecodeError):
        if required:
            raise
        return None


def _fetch_remote(urls: list[str], client: httpx.Client, budget: _Budget) -> dict[str, bytes]:
    """Every document the URLs name and, transitively, every document their own refs name (relative to them)."""
    documents: dict[str, bytes] = {}
    queue = deque(urls)
    while queue:
        url = queue.popleft()
        if url in documents:
            continue
        data = _read(url, client, budget, document=True)
        documents[url] = data
        parsed = _parsed(url, data, required=False)
        for _pointer, location in ref_locations(parsed):
            target = target_url(location, url)
            if target is not None and is_remote(target):  # a file:// or other scheme is never followed
                queue.append(target)
    return documents


def _join(base: str, ref: str, remote: bool) -> str:
    if remote:
        return join_url(base, ref)
    candidate = Path(base).parent / ref
    if not candidate.exists():
        candidate = Path(base).parent / unquote(ref)
    return str(candidate.resolve())


def _read(url: str, client: httpx.Client | None, budget: _Budget, *, document: bool = False) -> bytes:
    """The body at ``url``, read in chunks so a body past the byte budget is refused before it is all in memory."""
    assert client is not None
    chunks: list[bytes] = []
    size = 0
    try:
        with client.stream("GET", url, follow_redirects=True) as response:
            if not response.is_success:
                status = f"HTTP {response.status_code} {response.reason_phrase}"
                raise PipelineError(stage="fetch", file=url, cause=status)
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > budget.left():
                    raise PipelineError(stage="fetch", file=url, cause=f"more than {MAX_BYTES} bytes; not a spec")
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise PipelineError(stage="fetch", file=url, cause=f"{type(exc).__name__}: {exc}") from None
    return budget.take(b"".join(chunks), document=document)


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
