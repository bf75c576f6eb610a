"""Scaffold specs/NAME/ from a published spec: the capture byte-for-byte, provenance.yaml and generator.yaml.

After this, ``nox -s generate`` builds the new vendor like any other. Nothing is written unless the whole
folder could be prepared: it is assembled beside specs/ and renamed into place.
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..documents import parse_value
from ..errors import PipelineError
from .digest import capture_digest
from .fetch import FetchedSpec, fetch_spec, is_url, local_path

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
CAPTURE_TREE = "capture"


class AddVendorError(RuntimeError):
    """The vendor cannot be added; the message says why and what to do."""


@dataclass(frozen=True)
class AddedVendor:
    """What was scaffolded."""

    folder: Path
    package_name: str
    project_name: str
    capture_file: str
    kind: str
    files: int


def check_name(name: str, specs: Path) -> None:
    """NAME becomes a folder and the stem of a Python package name, so it must be a lowercase identifier."""
    if not _NAME.match(name) or keyword.iskeyword(name):
        raise AddVendorError(
            f"vendor name {name!r} is not a valid identifier: use lowercase letters, digits and _, "
            "starting with a letter (for example acme_cloud)"
        )
    if (specs / name).exists():
        raise AddVendorError(f"vendor {name!r} already exists ({specs / name}); pick another name or remove it")


def package_names(name: str) -> tuple[str, str]:
    """(import name, distribution name) derived from the vendor name."""
    return f"{name}_client", f"{name.replace('_', '-')}-client"


def add_vendor(name: str, source: str, *, specs: Path, today: str, client: httpx.Client | None = None) -> AddedVendor:
    """Fetch ``source`` (path or http(s) URL; a multi-file spec's entry) and write specs/NAME/."""
    check_name(name, specs)
    package, project = package_names(name)
    taken = [p.parent.name for p in sorted(specs.glob("*/generator.yaml")) if _declares(p, package)]
    if taken:
        raise AddVendorError(f"package name {package!r} is already used by vendor {sorted(taken)[0]!r}")
    try:
        fetched = fetch_spec(source, client=client)
    except PipelineError as exc:
        raise AddVendorError(f"cannot read {source}: {exc}") from None
    kind_of_doc = _spec_kind(fetched)
    source_url = source if is_url(source) else local_path(source).resolve().as_uri()
    staging = specs.parent / f".add-vendor-{name}.tmp"  # outside specs/, so a crash never leaves a half vendor
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        if fetched.multi_file:
            capture_file, kind = CAPTURE_TREE, "multi-file"
            for rel, data in fetched.files.items():
                target = staging / CAPTURE_TREE / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            extract = extract_block(fetched)
        else:
            data = fetched.files[fetched.entry]
            capture_file, kind = f"capture.{_suffix(fetched.entry, data)}", "raw"
            (staging / capture_file).write_bytes(data)
            extract = "  kind: raw\n"
        digest = capture_digest(staging / capture_file)
        (staging / "provenance.yaml").write_text(
            f"# Where specs/{name}/{capture_file} came from ({kind_of_doc}, as published); "
            "'refresh' fetches source_url again.\n"
            f"source_url: {json.dumps(source_url)}\n"
            f"captured_at: '{today}'\n"
            f"capture_file: {capture_file}\n"
            f"sha256: {digest}\n"
            f"extract:\n{extract}",
            encoding="utf-8",
        )
        (staging / "generator.yaml").write_text(
            "# openapi-python-client settings for this vendor (plus policy-clients keys, ignored by the generator).\n"
            f"project_name_override: {project}\n"
            f"package_name_override: {package}\n"
            "literal_enums: false\n",
            encoding="utf-8",
        )
        staging.rename(specs / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return AddedVendor(specs / name, package, project, capture_file, kind, len(fetched.files))


def extract_block(fetched: FetchedSpec) -> str:
    """The body of provenance.yaml's ``extract:`` for a captured tree: its entry, and each remote document's URL."""
    block = f"  kind: multi-file\n  entry: {json.dumps(fetched.entry)}\n"
    if fetched.remote:
        block += "  remote:  # URL of each document a $ref names -> where the capture keeps it (byte for byte)\n"
        block += "".join(f"    {json.dumps(url)}: {json.dumps(path)}\n" for url, path in fetched.remote.items())
    return block


def _declares(generator_file: Path, package: str) -> bool:
    settings = parse_value(generator_file.read_text("utf-8"), file=generator_file)
    return isinstance(settings, dict) and settings.get("package_name_override") == package


def _spec_kind(fetched: FetchedSpec) -> str:
    """Refuse anything that is not an OpenAPI or Swagger document (an HTML page, a schema file)."""
    entry = fetched.entry
    try:
        lang = "json" if entry.lower().endswith(".json") else "yaml"
        document = parse_value(fetched.files[entry].decode("utf-8-sig"), file=entry, lang=lang)
    except (PipelineError, UnicodeDecodeError) as exc:
        raise AddVendorError(f"{entry} is not a YAML or JSON document: {exc}") from None
    if isinstance(document, dict) and "openapi" in document:
        return f"OpenAPI {document['openapi']}"
    if isinstance(document, dict) and "swagger" in document:
        return f"Swagger {document['swagger']}"
    raise AddVendorError(f"{entry} is not an OpenAPI or Swagger document (no 'openapi' or 'swagger' key)")


def _suffix(entry: str, data: bytes) -> str:
    """Keep the published format: JSON stays JSON, anything else is YAML."""
    if entry.lower().endswith(".json") or data.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "yaml"
