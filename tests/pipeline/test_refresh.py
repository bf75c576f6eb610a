"""refresh() against a real local HTTP server standing in for the vendor's docs host."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from scripts.pipeline.refresh import RefreshError, refresh

ORIGINAL = b"# Update policy\n\n```yaml\nopenapi: 3.1.0\n```\n"
UPDATED = b"# Update policy\n\nNow with a new field.\n\n```yaml\nopenapi: 3.1.0\n```\n"


class DocsHost(http.server.ThreadingHTTPServer):
    pages: dict[str, bytes]
    requests: list[str]


class Handler(http.server.BaseHTTPRequestHandler):
    server: DocsHost

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/docs/policy.md")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.server.pages.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/markdown")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def docs_host() -> Iterator[DocsHost]:
    server = DocsHost(("127.0.0.1", 0), Handler)
    server.pages = {"/docs/policy.md": ORIGINAL}
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5.0) as c:
        yield c


def base_url(server: DocsHost) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"


def make_vendor(tmp_path: Path, url: str) -> Path:
    vendor = tmp_path / "oso_cloud"
    vendor.mkdir()
    capture = vendor / "capture.md"
    capture.write_bytes(ORIGINAL)
    capture.chmod(0o444)
    (vendor / "provenance.yaml").write_text(
        "# Where specs/oso_cloud/capture.md came from; 'refresh' fetches source_url again.\n"
        f"source_url: {url}\n"
        "captured_at: '2026-01-02'  # day of capture\n"
        "capture_file: capture.md\n"
        f"sha256: {hashlib.sha256(ORIGINAL).hexdigest()}\n"
        "extract:\n"
        "  kind: markdown-fence\n"
        "  lang: yaml\n"
    )
    return vendor


def snapshot(vendor: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(vendor.iterdir())}


def test_unchanged_page_writes_nothing(tmp_path: Path, docs_host: DocsHost, client: httpx.Client) -> None:
    vendor = make_vendor(tmp_path, base_url(docs_host) + "/docs/policy.md")
    before = snapshot(vendor)
    result = refresh(vendor, client=client, today="2026-03-04")
    assert not result.changed
    assert result.vendor == "oso_cloud"
    assert result.old_sha256 == result.new_sha256 == hashlib.sha256(ORIGINAL).hexdigest()
    assert result.captured_at == "2026-01-02"
    assert snapshot(vendor) == before
    assert docs_host.requests == ["/docs/policy.md"]


def test_changed_page_replaces_capture_and_updates_provenance(
    tmp_path: Path, docs_host: DocsHost, client: httpx.Client
) -> None:
    vendor = make_vendor(tmp_path, base_url(docs_host) + "/moved")  # a redirect is followed
    docs_host.pages["/docs/policy.md"] = UPDATED
    old_text = (vendor / "provenance.yaml").read_text()
    result = refresh(vendor, client=client, today="2026-03-04")
    assert result.changed
    assert result.new_sha256 == hashlib.sha256(UPDATED).hexdigest()
    assert result.old_sha256 == hashlib.sha256(ORIGINAL).hexdigest()
    assert result.capture_path == vendor / "capture.md"
    assert (vendor / "capture.md").read_bytes() == UPDATED
    assert (vendor / "capture.md").stat().st_mode & 0o777 == 0o444  # still read-only
    text = (vendor / "provenance.yaml").read_text()
    record = yaml.safe_load(text)
    assert record["sha256"] == result.new_sha256
    assert record["captured_at"] == "2026-03-04"
    assert record["extract"] == {"kind": "markdown-fence", "lang": "yaml"}
    # Only the two values changed: comments, quoting and order survive.
    changed_lines = [(a, b) for a, b in zip(old_text.splitlines(), text.splitlines(), strict=True) if a != b]
    assert changed_lines == [
        ("captured_at: '2026-01-02'  # day of capture", "captured_at: '2026-03-04'  # day of capture"),
        (f"sha256: {result.old_sha256}", f"sha256: {result.new_sha256}"),
    ]
    assert sorted(p.name for p in vendor.iterdir()) == ["capture.md", "provenance.yaml"]  # no temp files left
    # A second refresh sees nothing new.
    assert not refresh(vendor, client=client, today="2026-03-05").changed


def test_http_error_names_vendor_and_url_and_writes_nothing(
    tmp_path: Path, docs_host: DocsHost, client: httpx.Client
) -> None:
    url = base_url(docs_host) + "/docs/gone.md"
    vendor = make_vendor(tmp_path, url)
    before = snapshot(vendor)
    with pytest.raises(RefreshError) as excinfo:
        refresh(vendor, client=client, today="2026-03-04")
    message = str(excinfo.value)
    assert "oso_cloud" in message and url in message and "404" in message
    assert snapshot(vendor) == before


def test_connection_refused_names_vendor_and_url_and_writes_nothing(tmp_path: Path, client: httpx.Client) -> None:
    with socket.socket() as sock:  # a port nobody listens on once the socket closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/docs/policy.md"
    vendor = make_vendor(tmp_path, url)
    before = snapshot(vendor)
    with pytest.raises(RefreshError) as excinfo:
        refresh(vendor, client=client, today="2026-03-04")
    message = str(excinfo.value)
    assert "oso_cloud" in message and url in message and "ConnectError" in message
    assert snapshot(vendor) == before


def test_broken_provenance_is_reported(tmp_path: Path, client: httpx.Client) -> None:
    vendor = tmp_path / "plainid"
    vendor.mkdir()
    (vendor / "provenance.yaml").write_text("source_url: http://127.0.0.1:9/x\ncapture_file: ../escape.md\n")
    with pytest.raises(RefreshError, match=r"plainid: cannot read .*missing captured_at, sha256, extract"):
        refresh(vendor, client=client, today="2026-03-04")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        refresh(vendor, client=client, today="today")
