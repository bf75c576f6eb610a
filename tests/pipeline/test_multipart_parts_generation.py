"""Multipart bodies whose schema names no parts (`multipart/form-data: {schema: {type: string, format:
binary}}`, as published for "upload a file"; fixtures/generation/multipart_parts.yaml).

The generator took such a body as a `File` or `str` argument and then sent no body at all, under a
multipart Content-Type: the caller's data was lost without an error. The body is now a model of parts
the caller names (the spec names none), each part of the published schema, sent as multipart.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("multipart_parts", tmp_path_factory.mktemp("multipart")).imported() as made:
        yield made


def parts(request: dict[str, Any]) -> dict[str, tuple[str | None, bytes]]:
    """The multipart body's parts: name -> (file name, content)."""
    head = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request["body"])
    found: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        found[name] = (part.get_filename(), payload)
    return found


def test_a_file_body_is_sent_as_the_parts_the_caller_names(generated: Generated) -> None:
    models, types = generated.module("models"), generated.module("types")
    upload = generated.module("api.files.upload_file")
    body = models.UploadFileBody()
    body["file"] = types.File(payload=b"\x00\x01PDF", file_name="a.pdf")
    with Recorder({"/files": (204, "text/plain", b"")}) as server:
        upload.sync_detailed(client=generated.client(server.url), body=body)
    (request,) = server.requests
    assert request["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert parts(request) == {"file": ("a.pdf", b"\x00\x01PDF")}


def test_a_text_body_by_reference_is_sent_as_named_text_parts(generated: Generated) -> None:
    models = generated.module("models")
    post = generated.module("api.files.post_note")
    body = models.PostNoteBody.from_dict({"text": "hello", "lang": "en"})
    with Recorder({"/notes": (204, "text/plain", b"")}) as server:
        post.sync_detailed(client=generated.client(server.url), body=body)
    (request,) = server.requests
    assert parts(request) == {"text": (None, b"hello"), "lang": (None, b"en")}


def test_the_committed_spec_keeps_the_published_schemas(generated: Generated) -> None:
    files = generated.spec["paths"]["/files"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert files["schema"] == {"type": "string", "format": "binary", "description": "the file to store"}


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
