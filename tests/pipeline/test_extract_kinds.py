"""The extract kinds of provenance.yaml: raw spec files and multi-file trees, taken as published."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.pipeline.build import build_spec
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.vendors import load_vendor

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def make_vendor(folder: Path, capture: Path, capture_file: str, extract: str) -> Path:
    folder.mkdir(parents=True)
    if capture.is_dir():
        shutil.copytree(capture, folder / capture_file)
    else:
        shutil.copyfile(capture, folder / capture_file)
    (folder / "provenance.yaml").write_text(
        "source_url: https://example.com/spec\ncaptured_at: '2026-12-01'\n"
        f"capture_file: {capture_file}\nsha256: unused\nextract:\n{extract}"
    )
    (folder / "generator.yaml").write_text("project_name_override: x-client\npackage_name_override: x_client\n")
    return folder


def test_raw_yaml_capture_is_read_as_published(tmp_path: Path) -> None:
    folder = make_vendor(tmp_path / "notes", FIXTURES / "raw" / "capture.yaml", "capture.yaml", "  kind: raw\n")
    spec, text = build_spec(load_vendor(folder))
    responses = spec["paths"]["/notes"]["get"]["responses"]
    assert list(responses) == ["200", "default"]  # unquoted status codes are string keys
    assert responses["default"]["content"] == responses["200"]["content"]  # anchors resolved
    assert "&" not in text and "*note" not in text


def test_raw_json_swagger2_capture_is_converted(tmp_path: Path) -> None:
    folder = make_vendor(tmp_path / "files", FIXTURES / "swagger2" / "spec.json", "capture.json", "  kind: raw\n")
    spec, _text = build_spec(load_vendor(folder))
    assert spec["openapi"] == "3.1.0"
    assert spec["paths"]["/files/{id}"]["put"]["requestBody"]["content"]["multipart/form-data"]


def test_multi_file_capture_is_bundled_from_its_entry(tmp_path: Path) -> None:
    folder = make_vendor(tmp_path / "pets", FIXTURES / "multi", "capture", "  kind: multi-file\n  entry: root.yaml\n")
    vendor = load_vendor(folder)
    spec, _text = build_spec(vendor)
    assert spec["paths"]["/pets"]["get"]["operationId"] == "listPets"
    assert folder / "capture" / "pet tag.yaml" not in vendor.input_files()  # only via its schemas/ path
    assert folder / "capture" / "schemas" / "pet tag.yaml" in vendor.input_files()  # every file is a build input


def test_multi_file_without_an_entry_names_the_setting(tmp_path: Path) -> None:
    folder = make_vendor(tmp_path / "pets", FIXTURES / "multi", "capture", "  kind: multi-file\n")
    with pytest.raises(PipelineError, match=r"provenance.yaml#/extract/entry.*needs extract.entry"):
        build_spec(load_vendor(folder))
