"""refresh keeps each capture's kind: raw stays raw, a fenced page must keep its fence, a tree is re-fetched whole."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from scripts.pipeline.intake.add_vendor import add_vendor
from scripts.pipeline.intake.digest import capture_digest
from scripts.pipeline.refresh import RefreshError, refresh

from .spec_host import serve_folder

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as c:
        yield c


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_raw_capture_stays_raw(tmp_path: Path, client: httpx.Client) -> None:
    site, specs = tmp_path / "site", tmp_path / "specs"
    site.mkdir()
    specs.mkdir()
    (site / "openapi.yaml").write_bytes((FIXTURES / "raw" / "capture.yaml").read_bytes())
    with serve_folder(site) as base:
        add_vendor("notes", f"{base}openapi.yaml", specs=specs, today="2026-01-01", client=client)
        changed = (site / "openapi.yaml").read_bytes().replace(b"Raw Notes", b"Raw Notes 2")
        (site / "openapi.yaml").write_bytes(changed)
        result = refresh(specs / "notes", client=client, today="2026-02-02")
    assert result.changed
    assert (specs / "notes" / "capture.yaml").read_bytes() == changed  # as served, not wrapped in Markdown
    assert yaml.safe_load((specs / "notes" / "provenance.yaml").read_text())["extract"] == {"kind": "raw"}


def test_a_raw_capture_refuses_a_page_that_is_no_longer_a_spec(tmp_path: Path, client: httpx.Client) -> None:
    site, specs = tmp_path / "site", tmp_path / "specs"
    site.mkdir()
    specs.mkdir()
    (site / "openapi.yaml").write_bytes((FIXTURES / "raw" / "capture.yaml").read_bytes())
    with serve_folder(site) as base:
        add_vendor("notes", f"{base}openapi.yaml", specs=specs, today="2026-01-01", client=client)
        before = snapshot(specs / "notes")
        (site / "openapi.yaml").write_text("<html><body>Moved</body></html>\n")
        with pytest.raises(RefreshError, match="no longer an OpenAPI or Swagger document; nothing written"):
            refresh(specs / "notes", client=client, today="2026-02-02")
    assert snapshot(specs / "notes") == before


def test_a_fenced_capture_is_not_overwritten_by_a_raw_spec(tmp_path: Path, client: httpx.Client) -> None:
    site, vendor = tmp_path / "site", tmp_path / "oso_cloud"
    site.mkdir()
    vendor.mkdir()
    (site / "policy.md").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    (vendor / "capture.md").write_text("# Policy\n\n```yaml\nopenapi: 3.1.0\n```\n")
    with serve_folder(site) as base:
        (vendor / "provenance.yaml").write_text(
            f"source_url: {base}policy.md\ncaptured_at: '2026-01-01'\ncapture_file: capture.md\n"
            "sha256: old\nextract:\n  kind: markdown-fence\n  lang: yaml\n"
        )
        before = snapshot(vendor)
        with pytest.raises(RefreshError, match=r"no longer embeds a ```yaml block; nothing written"):
            refresh(vendor, client=client, today="2026-02-02")
    assert snapshot(vendor) == before


def test_multi_file_capture_is_refetched_as_a_tree(tmp_path: Path, client: httpx.Client) -> None:
    site, specs = tmp_path / "site", tmp_path / "specs"
    shutil.copytree(FIXTURES / "multi", site)
    specs.mkdir()
    with serve_folder(site) as base:
        add_vendor("pets", f"{base}root.yaml", specs=specs, today="2026-01-01", client=client)
        unchanged = refresh(specs / "pets", client=client, today="2026-02-02")
        assert not unchanged.changed
        (site / "v2" / "error.yaml").write_text("type: object\nproperties:\n  code:\n    type: string\n")
        (site / "common" / "responses.yaml").write_text(
            (site / "common" / "responses.yaml").read_text().replace("../schemas/error.yaml", "../v2/error.yaml")
        )
        result = refresh(specs / "pets", client=client, today="2026-02-02")
    capture = specs / "pets" / "capture"
    assert result.changed
    assert (capture / "v2" / "error.yaml").read_bytes() == (site / "v2" / "error.yaml").read_bytes()
    assert not (capture / "schemas" / "error.yaml").exists()  # no longer referenced, so no longer captured
    provenance = yaml.safe_load((specs / "pets" / "provenance.yaml").read_text())
    assert provenance["sha256"] == capture_digest(capture) == result.new_sha256
    assert provenance["captured_at"] == "2026-02-02"
    assert sorted(p.name for p in (specs / "pets").iterdir()) == ["capture", "generator.yaml", "provenance.yaml"]
