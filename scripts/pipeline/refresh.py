"""Re-fetch a vendor's published spec page and record a new capture when its bytes changed.

Only the capture and its provenance record are touched; normalizing, regenerating and reporting the
semantic change are the caller's next steps.  Files are replaced by rename, so an interrupted refresh
leaves either the old or the new file, never half of one.  The capture is written before the
provenance, so a crash between the two leaves a sha mismatch that the next refresh repairs.

A capture keeps its kind: a fenced page must still embed its fenced spec, a raw spec must still be a
spec (stored as served, never wrapped), and a multi-file spec is fetched again from its entry with every
file its relative $refs reach and every remote document its http(s) $refs reach (their URLs rewritten
in ``extract.remote`` when they change), then swapped in as a whole tree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from .documents import parse_value
from .errors import PipelineError
from .intake.add_vendor import extract_block
from .intake.digest import files_digest
from .intake.fetch import FetchedSpec, fetch_spec, local_path, remote_refs

PROVENANCE_FILE = "provenance.yaml"
_REQUIRED = ("source_url", "captured_at", "sha256", "capture_file", "extract")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EXTRACT_BLOCK = re.compile(r"^extract:[^\n]*\n(?:[ \t]+[^\n]*\n|[ \t]*\n)*", re.MULTILINE)


class RefreshError(RuntimeError):
    """A refresh could not complete; the message names the vendor and the URL."""


@dataclass(frozen=True)
class Provenance:
    """Where a vendor's capture came from and how to get the spec out of it."""

    source_url: str
    captured_at: str
    sha256: str
    capture_file: str
    extract: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> Provenance:
        """Parse and check ``provenance.yaml``."""
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping")
        missing = [key for key in _REQUIRED if key not in data]
        if missing:
            raise ValueError(f"{path}: missing {', '.join(missing)}")
        captured = data["captured_at"]
        captured_at = captured.isoformat() if isinstance(captured, dt.date) else str(captured)
        capture_file = str(data["capture_file"])
        if Path(capture_file).name != capture_file or capture_file in ("", ".", ".."):
            raise ValueError(f"{path}: capture_file must be a plain file name, got {capture_file!r}")
        if not isinstance(data["extract"], dict) or "kind" not in data["extract"]:
            raise ValueError(f"{path}: extract must be a mapping with a 'kind'")
        return cls(
            source_url=str(data["source_url"]),
            captured_at=captured_at,
            sha256=str(data["sha256"]),
            capture_file=capture_file,
            extract=dict(data["extract"]),
        )


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh found."""

    vendor: str
    source_url: str
    changed: bool
    old_sha256: str
    new_sha256: str
    capture_path: Path
    captured_at: str


def _replace_scalar(text: str, key: str, value: str) -> str:
    """Set a top-level ``key: value`` line, keeping its quoting and any trailing comment."""
    pattern = re.compile(rf"^({re.escape(key)}:[ \t]*)(['\"]?)[^'\"\s#]*(['\"]?)", re.MULTILINE)
    updated, count = pattern.subn(lambda m: f"{m.group(1)}{m.group(2)}{value}{m.group(3)}", text, count=1)
    if count != 1:
        raise ValueError(f"no top-level {key!r} line to update")
    return updated


def _replace_extract(text: str, tree: FetchedSpec) -> str:
    """Write the ``extract:`` block afresh: the remote documents a captured tree holds have changed."""
    updated, count = _EXTRACT_BLOCK.subn(lambda _m: "extract:\n" + extract_block(tree), text, count=1)
    if count != 1:
        raise ValueError("no top-level 'extract' block to update")
    return updated


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` by rename, keeping its permissions (captures are committed read-only)."""
    tmp = path.with_name(f".{path.name}.refresh.tmp")
    try:
        tmp.write_bytes(data)
        if path.exists():
            tmp.chmod(stat.S_IMODE(path.stat().st_mode))
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _fetch(vendor: str, url: str, client: httpx.Client) -> bytes:
    """The bytes at source_url (a file:// URL is read from disk: a vendor added from a local file)."""
    if url.startswith("file://"):
        try:
            content = local_path(url).read_bytes()
        except OSError as exc:
            raise RefreshError(f"{vendor}: reading {url} failed: {exc}") from exc
    else:
        try:
            response = client.get(url, follow_redirects=True)
        except httpx.HTTPError as exc:
            raise RefreshError(f"{vendor}: fetching {url} failed: {type(exc).__name__}: {exc}") from exc
        if not response.is_success:
            status = f"HTTP {response.status_code} {response.reason_phrase}"
            raise RefreshError(f"{vendor}: fetching {url} returned {status}")
        content = response.content
    if not content:
        raise RefreshError(f"{vendor}: fetching {url} returned an empty body")
    return content


def _check_kind(vendor: str, url: str, content: bytes, provenance: Provenance) -> None:
    """Refuse content that the capture's extract kind cannot read, instead of storing it under that kind."""
    kind = provenance.extract.get("kind")
    text = content.decode("utf-8", errors="replace")
    if kind == "markdown-fence":
        from .extract import fenced_block

        lang = str(provenance.extract.get("lang", "yaml"))
        if fenced_block(text, lang) is None:
            raise RefreshError(
                f"{vendor}: {url} no longer embeds a ```{lang} block; nothing written. If it now serves the spec "
                "itself, add it as a raw capture (nox -s add-vendor) instead of refreshing this page"
            )
    elif kind == "raw":
        lang = "json" if provenance.capture_file.endswith(".json") else "yaml"
        try:
            document = parse_value(text, file=url, lang=lang)
        except PipelineError as exc:
            raise RefreshError(
                f"{vendor}: {url} is no longer a {lang.upper()} spec ({exc.cause}); nothing written"
            ) from None
        if not isinstance(document, dict) or not ({"openapi", "swagger"} & document.keys()):
            raise RefreshError(f"{vendor}: {url} is no longer an OpenAPI or Swagger document; nothing written")
        named = remote_refs(document)
        if named:
            raise RefreshError(
                f"{vendor}: {url} now refers to remote documents ({named[0]}, ...); a raw capture cannot hold them, "
                "nothing written: re-add the vendor with nox -s add-vendor, which captures them as a tree"
            )


def _fetch_tree(vendor: str, url: str, client: httpx.Client, extract: dict[str, Any]) -> FetchedSpec:
    try:
        tree = fetch_spec(url, client=client)
    except PipelineError as exc:
        raise RefreshError(f"{vendor}: fetching {url} and the files it refers to failed: {exc}") from exc
    if tree.entry != extract.get("entry"):
        raise RefreshError(
            f"{vendor}: the spec's files moved (entry is now {tree.entry!r}, was {extract.get('entry')!r}); "
            "re-add the vendor with nox -s add-vendor"
        )
    return tree


def _write_tree_atomic(path: Path, files: dict[str, bytes]) -> None:
    """Replace a captured tree by renames: a crash leaves the old tree, the new one, or both beside each other."""
    tmp = path.with_name(f".{path.name}.refresh.tmp")
    old = path.with_name(f".{path.name}.refresh.old")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    try:
        for rel, data in files.items():
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if path.exists():
            path.rename(old)
        tmp.rename(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def refresh(vendor_dir: Path, *, client: httpx.Client, today: str) -> RefreshResult:
    """Fetch ``source_url``; when the bytes' sha256 differs, store them and update the provenance record."""
    vendor = vendor_dir.name
    if _DATE.match(today) is None:
        raise ValueError(f"today must be YYYY-MM-DD, got {today!r}")
    provenance_path = vendor_dir / PROVENANCE_FILE
    try:
        provenance = Provenance.load(provenance_path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise RefreshError(f"{vendor}: cannot read {provenance_path}: {exc}") from exc
    url = provenance.source_url
    capture_path = vendor_dir / provenance.capture_file
    kind = provenance.extract.get("kind")
    tree: FetchedSpec | None = None
    if kind == "multi-file":
        tree = _fetch_tree(vendor, url, client, provenance.extract)
        new_sha = files_digest(tree.files)
        content = b""
    else:
        content = _fetch(vendor, url, client)
        _check_kind(vendor, url, content, provenance)
        new_sha = hashlib.sha256(content).hexdigest()
    if new_sha == provenance.sha256:
        return RefreshResult(vendor, url, False, provenance.sha256, new_sha, capture_path, provenance.captured_at)
    text = provenance_path.read_text(encoding="utf-8")
    try:
        updated = _replace_scalar(_replace_scalar(text, "sha256", new_sha), "captured_at", today)
        if tree is not None and tree.remote != (provenance.extract.get("remote") or {}):
            updated = _replace_extract(updated, tree)
    except ValueError as exc:
        raise RefreshError(f"{vendor}: cannot update {provenance_path}: {exc}") from exc
    check = yaml.safe_load(updated)
    if str(check.get("sha256")) != new_sha or str(check.get("captured_at")) != today:
        raise RefreshError(f"{vendor}: updating {provenance_path} did not round-trip; edit it by hand")
    if tree is not None and (check.get("extract") or {}).get("remote", {}) != tree.remote:
        raise RefreshError(f"{vendor}: updating extract.remote in {provenance_path} did not round-trip")
    if tree is not None:
        _write_tree_atomic(capture_path, tree.files)
    else:
        _write_atomic(capture_path, content)
    _write_atomic(provenance_path, updated.encode("utf-8"))
    return RefreshResult(vendor, url, True, provenance.sha256, new_sha, capture_path, today)
