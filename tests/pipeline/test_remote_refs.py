"""$refs to http(s) URLs: captured with the spec (add-vendor, refresh), resolved from the capture at build time.

The remote documents are served by a real HTTP server on 127.0.0.1 (another port is another host), which is
stopped before the build: the build never fetches.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from scripts.pipeline.build import build_spec
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.intake import fetch
from scripts.pipeline.intake.add_vendor import AddVendorError, add_vendor
from scripts.pipeline.intake.digest import capture_digest
from scripts.pipeline.refresh import refresh
from scripts.pipeline.vendors import load_vendor

from .spec_host import serve_folder

FIXTURES = Path(__file__).parent / "fixtures" / "intake" / "remote"
TODAY = "2026-12-02"
DOCUMENTS = {"schemas/pet.yaml", "schemas/owner.yaml", "common.json"}


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as c:
        yield c


@pytest.fixture
def host(tmp_path: Path) -> Path:
    folder = tmp_path / "host"
    shutil.copytree(FIXTURES / "host", folder)
    return folder


def write_spec(folder: Path, base: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entry = folder / "openapi.yaml"
    entry.write_text((FIXTURES / "spec" / "openapi.yaml").read_text().replace("@HOST@", base))
    return entry


def stored(provenance: dict[str, object], base: str) -> dict[str, str]:
    remote = provenance["extract"]["remote"]  # type: ignore[index]
    assert isinstance(remote, dict)
    return {url.removeprefix(base): path for url, path in remote.items()}


def test_remote_documents_are_captured_byte_for_byte_and_the_build_resolves_them_offline(
    tmp_path: Path, host: Path
) -> None:
    specs = tmp_path / "repo" / "specs"
    specs.mkdir(parents=True)
    with serve_folder(host) as base:
        entry = write_spec(tmp_path / "published", base)
        added = add_vendor("pets", str(entry), specs=specs, today=TODAY)  # a local spec: fetch makes its client
    capture = specs / "pets" / "capture"
    provenance = yaml.safe_load((specs / "pets" / "provenance.yaml").read_text())
    assert added.kind == "multi-file"
    assert provenance["extract"]["entry"] == "openapi.yaml"
    paths = stored(provenance, base)
    assert set(paths) == DOCUMENTS  # not unrelated.yaml
    for rel, path in paths.items():
        assert path.startswith("_remote/127.0.0.1_")
        assert (capture / path).read_bytes() == (host / rel).read_bytes()
    assert (capture / "openapi.yaml").read_bytes() == entry.read_bytes()  # nothing rewritten
    assert provenance["sha256"] == capture_digest(capture)

    spec, _text = build_spec(load_vendor(specs / "pets"))  # the server is down: only the capture is read
    items = spec["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/Pet"}
    schemas = spec["components"]["schemas"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/owner"}
    assert schemas["Pet"]["properties"]["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert schemas["Tag"] == {"type": "string", "maxLength": 20}


def test_a_spec_served_by_url_captures_documents_on_another_host(
    tmp_path: Path, host: Path, client: httpx.Client
) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    with serve_folder(host) as schemas_base:
        write_spec(tmp_path / "site", schemas_base)
        with serve_folder(tmp_path / "site") as site_base:
            add_vendor("pets", f"{site_base}openapi.yaml", specs=specs, today=TODAY, client=client)
    provenance = yaml.safe_load((specs / "pets" / "provenance.yaml").read_text())
    assert set(stored(provenance, schemas_base)) == DOCUMENTS
    spec, _text = build_spec(load_vendor(specs / "pets"))
    assert set(spec["components"]["schemas"]) == {"Pet", "owner", "Tag"}


def test_a_ref_to_a_url_the_capture_lacks_names_the_file_and_pointer(tmp_path: Path, host: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    with serve_folder(host) as base:
        add_vendor("pets", str(write_spec(tmp_path / "published", base)), specs=specs, today=TODAY)
    provenance_file = specs / "pets" / "provenance.yaml"
    lines = provenance_file.read_text().splitlines(keepends=True)
    provenance_file.write_text("".join(line for line in lines if "common.json" not in line))
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(specs / "pets"))
    (problem,) = caught.value.problems
    assert problem.file is not None and problem.file.endswith("/schemas/pet.yaml")
    assert problem.pointer == "/Pet/properties/tags/items"
    assert "'../common.json' names a remote document the capture lacks" in problem.message
    assert caught.value.stage == "bundle"


def test_a_raw_capture_with_a_remote_ref_is_an_error_naming_the_pointer(tmp_path: Path) -> None:
    vendor = tmp_path / "specs" / "pets"
    vendor.mkdir(parents=True)
    write_spec(vendor, "https://schemas.example.com/").rename(vendor / "capture.yaml")
    (vendor / "provenance.yaml").write_text(
        "source_url: https://example.com/openapi.yaml\ncaptured_at: '2026-12-02'\ncapture_file: capture.yaml\n"
        "sha256: unused\nextract:\n  kind: raw\n"
    )
    (vendor / "generator.yaml").write_text("package_name_override: pets_client\nproject_name_override: pets-client\n")
    with pytest.raises(PipelineError) as caught:
        build_spec(load_vendor(vendor))
    (problem,) = caught.value.problems
    assert problem.pointer == "/paths/~1pets/get/responses/200/content/application~1json/schema/items"
    assert "'https://schemas.example.com/schemas/pet.yaml' names a remote document the capture lacks" in str(
        caught.value
    )


def test_refresh_fetches_remote_documents_again_and_records_new_urls(
    tmp_path: Path, host: Path, client: httpx.Client
) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    with serve_folder(host) as base:
        write_spec(tmp_path / "site", base)
        with serve_folder(tmp_path / "site") as site_base:
            add_vendor("pets", f"{site_base}openapi.yaml", specs=specs, today=TODAY, client=client)
            assert not refresh(specs / "pets", client=client, today="2026-12-03").changed
            badge = f"  badge: {{$ref: '{base}badge.yaml'}}\n"  # absolute, from a remote document
            (host / "schemas" / "owner.yaml").write_text("type: object\nproperties:\n  email: {type: string}\n" + badge)
            (host / "badge.yaml").write_text("type: integer\n")
            result = refresh(specs / "pets", client=client, today="2026-12-03")
    assert result.changed
    capture = specs / "pets" / "capture"
    provenance = yaml.safe_load((specs / "pets" / "provenance.yaml").read_text())
    assert provenance["sha256"] == capture_digest(capture) == result.new_sha256
    paths = stored(provenance, base)
    assert set(paths) == {*DOCUMENTS, "badge.yaml"}
    assert (capture / paths["schemas/owner.yaml"]).read_bytes() == (host / "schemas" / "owner.yaml").read_bytes()
    spec, _text = build_spec(load_vendor(specs / "pets"))
    assert spec["components"]["schemas"]["owner"]["properties"]["badge"] == {"$ref": "#/components/schemas/badge"}


def test_remote_documents_are_bounded_and_only_http_is_followed(
    tmp_path: Path, host: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    secret = tmp_path / "secret.yaml"
    secret.write_text("type: string\ndescription: never read\n")
    (host / "schemas" / "owner.yaml").write_text(f"$ref: '{secret.as_uri()}'\n")
    with serve_folder(host) as base:
        entry = write_spec(tmp_path / "published", base)
        monkeypatch.setattr(fetch, "MAX_REMOTE", 2)
        with pytest.raises(AddVendorError, match="more than 5000 files, 2 remote documents"):
            add_vendor("pets", str(entry), specs=specs, today=TODAY)
        monkeypatch.setattr(fetch, "MAX_REMOTE", 3)
        add_vendor("pets", str(entry), specs=specs, today=TODAY)
    captured = [p.read_bytes() for p in (specs / "pets" / "capture").rglob("*") if p.is_file()]
    assert secret.read_bytes() not in captured  # a file:// ref in a remote document is never read
    with pytest.raises(PipelineError, match="names a remote document the capture lacks"):
        build_spec(load_vendor(specs / "pets"))
