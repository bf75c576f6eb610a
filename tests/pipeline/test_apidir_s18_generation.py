"""An eighteenth sample of real published specs (fixtures/generation/apidir_s18_patterns.yaml): the spec
validates, the operation generates, and what the keywords beside its `$ref`s say reaches the client.

Pattern: a response `$ref` with the `headers` this operation adds (a download's `Content-Disposition`)
and a parameter `$ref` with `required: true`: a Reference Object allows neither, so the 3.1 meta-schema
refused the document and nothing was generated (PC517 merges them into a copy of the target).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s18_patterns", tmp_path_factory.mktemp("s18")).imported() as made:
        yield made


def test_the_response_declares_the_added_header_and_the_parameter_is_required(generated: Generated) -> None:
    download = generated.module("api.documents.download_document")
    assert "Unset" not in str(download.sync_detailed.__annotations__["version"])  # required: no default
    with Recorder({"/spaces/s1/documents/d1/download": (200, "application/octet-stream", b"%PDF")}) as server:
        client: Any = generated.client(server.url)
        answered = download.sync_detailed("s1", "d1", client=client, version=2)
    assert [r["path"] for r in server.requests] == ["/spaces/s1/documents/d1/download?version=2"]
    assert answered.parsed is not None and answered.parsed.payload.read() == b"%PDF"
    assert answered.parsed_headers.content_disposition is None  # declared by the merged response; none was sent
