"""Remote `$ref`s (`https://host/schemas/pet.yaml#/Pet`): where they point, where the capture keeps them.

At capture time (add-vendor, refresh) every remote document the refs reach is fetched and stored byte for
byte under ``capture/_remote/<host>/<path>``, its URL recorded in provenance.yaml (``extract.remote``: URL
-> stored path); the captured files are never rewritten. The build resolves those URLs from the capture
alone (never the network: a build is deterministic and offline), so a ref to a URL the capture lacks is an
error naming the file and the JSON pointer of the ref.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from ..errors import Problem, pointer_from_parts

REMOTE_FOLDER = "_remote"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_remote(location: str) -> bool:
    """An absolute http(s) URL (a ref's part before ``#``)."""
    return urlsplit(location).scheme in ("http", "https")


def join_url(base: str, ref: str) -> str:
    """The absolute URL a ref names from a document at ``base`` (the same join at capture and at build)."""
    return urljoin(base, quote(ref, safe="/%:@!$&'()*+,;=~-._?"))


def document_url(url: str) -> str:
    """The URL of the document itself: without its fragment."""
    return url.partition("#")[0]


def ref_locations(node: Any) -> Iterator[tuple[str, str]]:
    """(JSON pointer of the node holding it, file part) of every $ref and discriminator mapping value."""
    stack: list[tuple[Any, tuple[object, ...]]] = [(node, ())]
    while stack:
        item, parts = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.partition("#")[0]:
                yield pointer_from_parts(list(parts)), ref.partition("#")[0]
            mapping = item.get("mapping")
            if isinstance(mapping, dict):
                for key, value in mapping.items():
                    if isinstance(value, str) and "/" in value and value.partition("#")[0]:
                        yield pointer_from_parts([*parts, "mapping", key]), value.partition("#")[0]
            stack.extend((value, (*parts, key)) for key, value in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((value, (*parts, index)) for index, value in reversed(list(enumerate(item))))


def storage_path(url: str, taken: set[str]) -> str:
    """Where the capture keeps the document at ``url``: ``_remote/<host>/<path>``, made unique among ``taken``."""
    split = urlsplit(url)
    segments = [_UNSAFE.sub("_", unquote(s)).strip("_") for s in split.path.split("/")]
    segments = [s for s in segments if s and s not in (".", "..")] or ["index"]
    if split.query:
        segments[-1] += "_" + _UNSAFE.sub("_", split.query).strip("_")
    host = _UNSAFE.sub("_", split.netloc).strip("_") or "host"
    path = posixpath.join(REMOTE_FOLDER, host, *segments)
    stem, suffix = posixpath.splitext(path)
    number = 2
    while path in taken:
        path = f"{stem}_{number}{suffix}"
        number += 1
    return path


def target_url(location: str, base: str | None) -> str | None:
    """The remote document a ref's file part names from a document at URL ``base`` (None: the spec's own files)."""
    if is_remote(location):
        return location
    if base is not None and location:
        return document_url(join_url(base, location))
    return None


def missing_remote(document: Any, file: str, base: str | None, captured: Mapping[str, object]) -> list[Problem]:
    """A problem at each ref of ``document`` (read from ``file``, published at ``base``) to a URL not captured."""
    problems: list[Problem] = []
    for pointer, location in ref_locations(document):
        url = target_url(location, base)
        if url is not None and url not in captured:
            problems.append(
                Problem(
                    f"$ref {location!r} names a remote document the capture lacks (the build never fetches): "
                    "capture it with nox -s add-vendor, or nox -s generate -- --refresh",
                    pointer=pointer,
                    file=file,
                )
            )
    return problems
