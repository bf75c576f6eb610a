"""Generation tests for names, media types, header arrays and shadowing fields (fixtures/generation/*.yaml).

Each fixture is normalized, validated and generated as the build does (any generator warning fails),
then the package is imported and, where the wire matters, called against a local HTTP server.
"""

from __future__ import annotations

import contextlib
import importlib
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.pipeline.documents import parse_document
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.validate import validate
from scripts.pipeline.vendors import TEMPLATES

FIXTURES = Path(__file__).parent / "fixtures" / "generation"
pytestmark = pytest.mark.slow


class Generated:
    """A fixture spec generated into a temporary project, importable while the test runs."""

    def __init__(self, name: str, root: Path) -> None:
        spec_file = FIXTURES / f"{name}.yaml"
        spec, _ = normalize(parse_document(spec_file.read_text("utf-8"), file=spec_file))
        validate(spec, file=str(spec_file))
        self.spec = spec
        self.package = f"{name}_client"
        self.project = root / name
        generate_package(
            spec,
            generator_settings={
                "project_name_override": self.package.replace("_", "-"),
                "package_name_override": self.package,
                "literal_enums": False,
            },
            version="1.0.0",
            output_dir=self.project,
            templates=TEMPLATES,
        )

    @property
    def package_dir(self) -> Path:
        return self.project / self.package

    @contextlib.contextmanager
    def imported(self) -> Iterator[Generated]:
        """The package importable while the block runs; afterwards off sys.path, its modules forgotten."""
        sys.path.insert(0, str(self.project))
        try:
            yield self
        finally:
            sys.path.remove(str(self.project))
            for key in [k for k in sys.modules if k == self.package or k.startswith(self.package + ".")]:
                del sys.modules[key]

    def module(self, dotted: str) -> ModuleType:
        return importlib.import_module(f"{self.package}.{dotted}")

    def client(self, base_url: str) -> Any:
        return self.module("client").Client(base_url=base_url, timeout=5.0)


def mypy_strict(*package_dirs: Path) -> subprocess.CompletedProcess[str]:
    """One `mypy --strict` run over generated packages (httpx, attrs and the stdlib analysed once)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
        + [str(d) for d in package_dirs],
        cwd=package_dirs[0].parent.parent,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[Any]:
    with contextlib.ExitStack() as stack:
        yield lambda name: stack.enter_context(Generated(name, tmp_path).imported())


class Recorder:
    """A real HTTP server on 127.0.0.1 that records each request and answers from a per-path table."""

    def __init__(self, answers: dict[str, tuple[int, str, bytes]]) -> None:
        self.requests: list[dict[str, Any]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                recorder.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                status, media, payload = answers.get(self.path.split("?")[0], (404, "text/plain", b"no"))
                self.send_response(status)
                self.send_header("content-type", media)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def test_modules_are_named_from_the_vendors_hints_and_dotted_ids(generated: Any) -> None:
    pkg = generated("operation_names")
    modules = sorted(str(p.relative_to(pkg.package_dir / "api")) for p in (pkg.package_dir / "api").rglob("[!_]*.py"))
    assert modules == [
        "apps/apps_get.py",  # v2: "get" is taken in apps, so one more dotted segment
        "apps/apps_update.py",  # "update" in apps would name a second UpdateBody class
        "apps/get.py",
        "metrics/monitoring_get_metrics.py",
        "metrics/update_policy.py",  # a usable id is kept as it is
        "policies/update.py",
        "policy_admin/fetch.py",  # x-speakeasy-group / x-speakeasy-name-override
    ]
    # the request still names the operation by the vendor's own id
    assert pkg.module("api.policies.update").OPERATION_ID == "acme.api.policy.v1.Policies.Update"
    assert pkg.module("api.apps.apps_update").OPERATION_ID == "acme.api.app.v1.Apps.Update"
    assert {"UpdateBody", "AppsUpdateBody"} <= set(pkg.module("models").__all__)


def test_class_names_come_from_component_keys_and_every_ref_target_is_a_class(generated: Any) -> None:
    pkg = generated("class_names")
    models = pkg.module("models")
    expected = {"Team", "TeamReference", "TeamPage", "ModeType0", "ModeType0Names", "ModeType1", "TeamManager"}
    assert expected | {"TaggedAllOf1"} <= set(models.__all__)
    page = models.TeamPage.from_dict(
        {"teams": [{"id": "t1"}], "first": {"id": "t1"}, "mode": {"names": {"a": "b"}}, "lead": {"email": "e"}}
    )
    assert isinstance(page.first, models.TeamReference)
    assert isinstance(page.mode, models.ModeType0)
    assert page.mode.names.additional_properties == {"a": "b"}
    assert isinstance(page.lead, models.TeamManager) and page.lead.email == "e"
    assert models.TeamPage.from_dict({"tagged": {"tags": ["x"]}}).tagged.tags == ["x"]
    assert isinstance(models.Team.from_dict({"manager": {"email": "m"}}).manager, models.TeamManager)
    assert {"TeamRole", "TeamRoleEnum"} <= set(models.__all__)
    assert models.Team.from_dict({"role": "lead"}).role is models.TeamRoleEnum.LEAD


def test_unknown_media_types_are_callable_with_str_and_bytes(generated: Any) -> None:
    pkg = generated("media_types")
    types = pkg.module("types")
    answers = {
        "/imports": (204, "text/plain", b""),
        "/reports/r1": (200, "application/pdf", b"%PDF-1.7 binary\x00\xff"),
        "/config": (200, "application/yaml", b"a: 1\n"),
        "/sessions": (201, "application/sdp", b"v=0\r\no=answer\r\n"),
        "/events": (200, "text/event-stream", b"data: hello\n\n"),
        "/notes": (200, "text/plain", b"stored"),
        "/uploads": (204, "text/plain", b""),
    }
    with Recorder(answers) as server:
        client = pkg.client(server.url)
        assert pkg.module("api.media.import_csv").sync_detailed(client=client, body="a,b\n1,2\n").status_code == 204
        report = pkg.module("api.media.get_report").sync("r1", client=client)
        assert isinstance(report, types.File) and report.payload.read() == b"%PDF-1.7 binary\x00\xff"
        assert pkg.module("api.media.get_config").sync(client=client) == "a: 1\n"
        assert (
            pkg.module("api.media.offer_session").sync(client=client, body="v=0\r\no=offer\r\n")
            == answers["/sessions"][2].decode()
        )
        assert pkg.module("api.media.stream_events").sync(client=client) == "data: hello\n\n"
        assert pkg.module("api.media.put_note").sync(client=client, body="note") == "stored"
        upload = pkg.module("models").UploadBody(file=types.File(payload=b"\x00\x01", file_name="x.bin"), comment="c")
        assert pkg.module("api.media.upload").sync_detailed(client=client, body=upload).status_code == 204
    sent = {r["path"]: r for r in server.requests}
    assert (sent["/imports"]["headers"]["Content-Type"], sent["/imports"]["body"]) == ("text/csv", b"a,b\n1,2\n")
    assert (sent["/sessions"]["headers"]["Content-Type"], sent["/sessions"]["body"]) == (
        "application/sdp",
        b"v=0\r\no=offer\r\n",
    )
    assert sent["/notes"]["headers"]["Content-Type"] == "text/plain"
    assert sent["/uploads"]["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b"\x00\x01" in sent["/uploads"]["body"] and b'name="comment"' in sent["/uploads"]["body"]


def test_array_headers_are_sent_comma_joined(generated: Any) -> None:
    pkg = generated("header_arrays")
    list_items = pkg.module("api.items.list_items")
    with Recorder({"/items": (204, "text/plain", b"")}) as server:
        client = pkg.client(server.url)
        list_items.sync_detailed(client=client, x_tags=["a", "b c"], x_ids=[1, 2], x_flags=[True, False])
        list_items.sync_detailed(client=client, x_tags=[])
    full, minimal = (r["headers"] for r in server.requests)
    assert (full["X-Tags"], full["X-Ids"], full["X-Flags"]) == ("a,b c", "1,2", "true,false")
    assert minimal["X-Tags"] == "" and "X-Ids" not in minimal and "X-Flags" not in minimal


def test_generated_packages_pass_mypy_strict(generated: Any, tmp_path: Path) -> None:
    """Every fixture package type-checks; Facets.facets needs no class_overrides entry.

    One mypy run over all five packages (each named by its directory, so errors name the package):
    httpx, attrs and the stdlib are analysed once, not five times.
    """
    pytest.importorskip("mypy")
    names = ("field_shadows_class", "media_types", "header_arrays", "class_names", "reserved_names")
    packages = [generated(name) for name in names]
    result = mypy_strict(*(pkg.package_dir for pkg in packages))
    assert result.returncode == 0, result.stdout[-3000:]
    facets = packages[0].module("models").Facets.from_dict({"facets": ["a"], "count": 1})
    assert (facets.facets, facets.count) == (["a"], 1)


def test_components_named_like_imported_names_become_model_classes(generated: Any) -> None:
    """`Any` and `File` components would shadow `typing.Any` / `types.File`: they become `AnyModel` / `FileModel`."""
    models = generated("reserved_names").module("models")
    holder = models.Holder.from_dict({"details": [{"typeUrl": "t", "value": "v"}], "file": {"name": "n"}, "extra": {}})
    assert isinstance(holder.details[0], models.AnyModel) and holder.details[0].type_url == "t"
    assert isinstance(holder.file, models.FileModel) and holder.file.name == "n"
    assert "Any" not in models.__all__ and "File" not in models.__all__
