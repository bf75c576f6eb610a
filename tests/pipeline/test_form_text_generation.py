"""URL-encoded form bodies whose schema names no fields (fixtures/generation/form_text_bodies.yaml): the body
is the encoded form itself, a `str` sent as it is under the spec's Content-Type.

Published specs write such a body as `schema: {type: string}` with an example `text=I like tacos&lang=en`
(9 operations of one). The generator's form template sends `body.to_dict()` whatever the schema, which a
`str`, `int` or `list[int]` does not have: mypy --strict failed, and the call raised before sending.
media.py makes every form schema that is no object a string in the generator's copy, and the template
sends a string form body as UTF-8 text; a form of fields is still a model sent field by field.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from types import ModuleType

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow
_FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("form_text_bodies", tmp_path_factory.mktemp("form_text")).imported() as result:
        yield result


def _operation(built: Generated, name: str) -> ModuleType:
    return importlib.import_module(f"{built.package}.api.forms.{name}")


def test_a_form_that_names_no_fields_is_a_string_body(built: Generated) -> None:
    for name in ("detect_text", "count", "remove_ids", "anything"):
        assert _operation(built, name).sync_detailed.__annotations__["body"] == "str", name
    assert _operation(built, "add_note").sync_detailed.__annotations__["body"] == "str | Unset"
    assert _operation(built, "set_fields").sync_detailed.__annotations__["body"] == "SetFieldsBody"


def test_the_encoded_form_goes_out_as_it_is_under_the_published_content_type(built: Generated) -> None:
    answers = {"/detect": (200, "application/json", b'{"found": 2}')}
    answers |= {path: (204, "text/plain", b"") for path in ("/notes", "/count", "/ids", "/anything", "/fields")}
    with Recorder(answers) as server:
        client = built.client(server.url)
        found = _operation(built, "detect_text").sync(client=client, body="text=I like tacos&lang=en")
        assert found is not None and found.found == 2
        _operation(built, "add_note").sync_detailed(client=client, body="title=Caf%C3%A9&text=ok")
        _operation(built, "add_note").sync_detailed(client=client)
        _operation(built, "count").sync_detailed(client=client, body="n=3")
        _operation(built, "remove_ids").sync_detailed(client=client, body="id=1&id=2")
        _operation(built, "anything").sync_detailed(client=client, body="a=b")
        fields = importlib.import_module(f"{built.package}.models").SetFieldsBody(name="tacos", size=2)
        _operation(built, "set_fields").sync_detailed(client=client, body=fields)
    sent = [(r["path"], r["headers"].get("Content-Type"), r["body"]) for r in server.requests]
    assert sent == [
        ("/detect", _FORM, b"text=I like tacos&lang=en"),
        ("/notes", _FORM + "; charset=utf-8", b"title=Caf%C3%A9&text=ok"),
        ("/notes", _FORM + "; charset=utf-8", b""),
        ("/count", _FORM, b"n=3"),
        ("/ids", _FORM, b"id=1&id=2"),
        ("/anything", _FORM, b"a=b"),
        ("/fields", _FORM, b"name=tacos&size=2"),  # a form of fields: still a model sent field by field
    ], json.dumps([(p, m, b.decode()) for p, m, b in sent])


def test_the_package_passes_mypy_strict(built: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(built.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
