"""add-vendor: a published spec (path or URL, one file or many) becomes specs/NAME/ that the build takes."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from scripts.add_vendor import main
from scripts.pipeline.build import build_spec
from scripts.pipeline.intake.add_vendor import AddVendorError, add_vendor
from scripts.pipeline.intake.digest import capture_digest
from scripts.pipeline.vendors import load_vendor

from .spec_host import serve_folder

FIXTURES = Path(__file__).parent / "fixtures" / "intake"
TODAY = "2026-12-01"


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    folder = tmp_path / "repo" / "specs"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as c:
        yield c


def test_a_json_file_is_captured_byte_for_byte(specs: Path) -> None:
    source = FIXTURES / "swagger2" / "spec.json"
    added = add_vendor("files_co", str(source), specs=specs, today=TODAY)
    folder = specs / "files_co"
    assert (folder / "capture.json").read_bytes() == source.read_bytes()
    provenance = yaml.safe_load((folder / "provenance.yaml").read_text())
    assert provenance == {
        "source_url": source.resolve().as_uri(),
        "captured_at": TODAY,
        "capture_file": "capture.json",
        "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "extract": {"kind": "raw"},
    }
    generator = yaml.safe_load((folder / "generator.yaml").read_text())
    assert generator["package_name_override"] == added.package_name == "files_co_client"
    assert generator["project_name_override"] == added.project_name == "files-co-client"
    spec, _text = build_spec(load_vendor(folder))  # the build takes it as is: Swagger 2.0, converted
    assert spec["openapi"] == "3.1.0"


def test_a_multi_file_spec_by_url_fetches_what_the_refs_need(specs: Path, tmp_path: Path, client: httpx.Client) -> None:
    site = tmp_path / "site"
    shutil.copytree(FIXTURES / "multi", site / "api")
    (site / "api" / "unrelated.yaml").write_text("not: referenced\n")
    with serve_folder(site) as base:
        added = add_vendor("pets", f"{base}api/root.yaml", specs=specs, today=TODAY, client=client)
    capture = specs / "pets" / "capture"
    assert added.kind == "multi-file"
    assert not (capture / "unrelated.yaml").exists()
    for rel in ("root.yaml", "schemas/pet tag.yaml", "v2/error.yaml", "common/samples.yaml"):
        assert (capture / rel).read_bytes() == (FIXTURES / "multi" / rel).read_bytes()
    provenance = yaml.safe_load((specs / "pets" / "provenance.yaml").read_text())
    assert provenance["extract"] == {"kind": "multi-file", "entry": "root.yaml"}
    assert provenance["sha256"] == capture_digest(capture)
    spec, _text = build_spec(load_vendor(specs / "pets"))
    assert set(spec["paths"]) == {"/pets", "/pets/{petId}"}


def test_an_existing_or_invalid_name_is_refused(specs: Path) -> None:
    source = str(FIXTURES / "raw" / "capture.yaml")
    add_vendor("notes", source, specs=specs, today=TODAY)
    with pytest.raises(AddVendorError, match="vendor 'notes' already exists"):
        add_vendor("notes", source, specs=specs, today=TODAY)
    for bad in ("Notes", "my-vendor", "1st", "class", ""):
        with pytest.raises(AddVendorError, match="is not a valid identifier"):
            add_vendor(bad, source, specs=specs, today=TODAY)
    assert sorted(p.name for p in specs.iterdir()) == ["notes"]


def test_a_non_spec_is_refused_and_nothing_is_written(specs: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.yaml"
    page.write_text("title: not a spec\n")
    with pytest.raises(AddVendorError, match="not an OpenAPI or Swagger document"):
        add_vendor("page", str(page), specs=specs, today=TODAY)
    assert list(specs.iterdir()) == []
    assert not list(specs.parent.glob(".add-vendor-*"))


def test_cli_exit_codes_and_messages(specs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = specs.parent
    assert main(["notes", str(FIXTURES / "raw" / "capture.yaml")], root=root) == 0
    assert "added specs/notes: raw capture capture.yaml" in capsys.readouterr().out
    assert main(["notes", str(FIXTURES / "raw" / "capture.yaml")], root=root) == 2
    assert "already exists" in capsys.readouterr().err
