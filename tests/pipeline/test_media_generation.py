"""A request body offered under several media types of one schema: one body per Python class, sent as one
media type of that class (plain JSON before a range such as `application/*+json`, multipart for a model with
a file, else the spec's first; fixtures/generation/multi_media_bodies.yaml).

Without media.py's choice every branch whose `isinstance` matched ran (a model went out as a form, the
last matching Content-Type won) and a list body was checked with `isinstance(body, list[int])`, which
mypy rejects and Python raises on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .test_naming_generation import Recorder, generated

pytestmark = pytest.mark.slow
__all__ = ["generated"]  # the fixture, shared with the naming tests


def test_each_python_class_is_sent_as_its_first_media_type(generated: Any) -> None:
    pkg = generated("multi_media_bodies")
    remove, stock = pkg.module("api.bodies.remove_images"), pkg.module("api.bodies.set_stock")
    assert remove.sync_detailed.__annotations__["body"] == "list[int] | str"
    assert stock.sync_detailed.__annotations__["body"] == "Stock | str"
    attach = pkg.module("api.bodies.attach")
    assert attach.sync_detailed.__annotations__["body"] == "Attachment"  # JSON cannot carry its file: multipart
    paths = ("/images/remove", "/stock", "/attachments")
    with Recorder({path: (204, "text/plain", b"") for path in paths}) as server:
        client = pkg.client(server.url)
        file = pkg.module("types").File(payload=b"\x00\x01", file_name="a.bin")
        attach.sync_detailed(client=client, body=pkg.module("models").Attachment(file=file))
        remove.sync_detailed(client=client, body=[1, 2])
        remove.sync_detailed(client=client, body="<ids><id>1</id></ids>")
        stock.sync_detailed(client=client, body=pkg.module("models").Stock(sku="a", quantity=3))
        stock.sync_detailed(client=client, body="<stock/>")
    upload = server.requests.pop(0)
    assert upload["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b"\x00\x01" in upload["body"]
    sent = [(r["path"], r["headers"]["Content-Type"], r["body"]) for r in server.requests]
    assert [(path, media, json.loads(body) if media.endswith("json") else body) for path, media, body in sent] == [
        ("/images/remove", "application/json", [1, 2]),
        ("/images/remove", "application/xml", b"<ids><id>1</id></ids>"),
        ("/stock", "application/json", {"sku": "a", "quantity": 3}),
        ("/stock", "text/xml", b"<stock/>"),
    ]


def test_the_package_passes_mypy_strict(generated: Any, tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    pkg = generated("multi_media_bodies")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
    result = subprocess.run(
        [*mypy, str(pkg.package_dir)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
