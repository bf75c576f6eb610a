"""Patterns of real published specs (APIs.guru) seen from the generator's side, in fixtures/generation/.

template_names.yaml: parameters named like the endpoint templates' locals. A query parameter called
`params` generated `params: dict[str, Any] = {}` over its own argument (the value lost, 6 mypy --strict
errors in a real spec); `body` as a query parameter would be a second `body` argument. Each such parameter
takes `<name>_<location>` in Python (scripts/pipeline/parameter_names.py), its wire name unchanged;
`page` and `item` stay, the paging templates' own locals start with `_`.

body_and_name_patterns.yaml: a nullable object composed with allOf (PC440) and allOf over a model that is
nullable elsewhere (PC441), both dropped by the generator with the models holding them and their
operations; an optional text/plain body, which the template encoded even when UNSET; and a body offered
under four JSON media types with one schema (the endpoint dispatched on `isinstance(body, list[Place])`);
a form-encoded response, whose mapping to bytes made every form request body `body.payload` too.
"""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline import generate
from scripts.pipeline.documents import parse_document
from scripts.pipeline.errors import PipelineError
from scripts.pipeline.generate import generate_package
from scripts.pipeline.normalize import normalize
from scripts.pipeline.rules import RULES
from scripts.pipeline.vendors import TEMPLATES

from .test_naming_generation import Recorder, generated, mypy_strict  # noqa: F401 - `generated` is a fixture

pytestmark = pytest.mark.slow


FIXTURES = Path(__file__).parent / "fixtures" / "generation"


def test_the_fixture_packages_pass_mypy_strict(generated: Any) -> None:  # noqa: F811
    """One mypy run over both packages (httpx, attrs and the stdlib analysed once)."""
    pytest.importorskip("mypy")
    result = mypy_strict(generated("template_names").package_dir, generated("body_and_name_patterns").package_dir)
    assert result.returncode == 0, result.stdout[-3000:]


def test_without_the_renaming_the_package_fails_mypy(generated: Any, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The fixture reproduces the defect: with the generator's own names the package does not type-check."""
    pytest.importorskip("mypy")
    monkeypatch.setattr(generate, "parameters_named_apart", contextlib.nullcontext)
    result = mypy_strict(generated("template_names").package_dir)
    assert result.returncode != 0
    assert 'Duplicate parameter "body"' in result.stdout or 'Name "params" already defined' in result.stdout, (
        result.stdout
    )


def test_renamed_parameters_keep_their_wire_names(generated: Any) -> None:  # noqa: F811
    pkg = generated("template_names")
    lookup = pkg.module("api.lookup.lookup")
    create = pkg.module("api.lookup.create_thing")
    models = pkg.module("models")
    thing = b'{"name": "t"}'
    answers = {"/lookup/r%201": (200, "application/json", thing), "/things": (200, "application/json", b"")}
    with Recorder(answers) as server:
        client = pkg.client(server.url)
        found = lookup.sync(
            "r 1",
            client=client,
            params_query="p",
            headers_query=3,
            kwargs_query=[models.Mode.FAST, models.Mode.SLOW],
            json_kwargs="j",
            client_query="c",
            cookies_header="h",
            errors_cookie="e",
        )
        assert isinstance(found, models.Thing) and found.name == "t"
        create.sync_detailed(
            client=client, body=models.Thing(name="n"), body_query="q", uuid_header="u1", cast_query=True
        )
    got = server.requests
    assert got[0]["path"] == "/lookup/r%201?params=p&headers=3&kwargs=fast&kwargs=slow&json_kwargs=j&client=c"
    assert got[0]["headers"]["cookies"] == "h" and got[0]["headers"]["Cookie"] == "errors=e"
    assert got[1]["path"] == "/things?body=q&cast=true"
    assert (got[1]["headers"]["uuid"], got[1]["body"]) == ("u1", b'{"name":"n"}')


def test_paged_operations_keep_page_and_item_parameters(generated: Any) -> None:  # noqa: F811
    pkg = generated("template_names")
    listing = pkg.module("api.lookup.list_things")
    page = b'{"things": [{"name": "a"}, {"name": "b"}]}'
    with Recorder({"/things": (200, "application/json", page)}) as server:
        client = pkg.client(server.url)
        names = [t.name for t in itertools.islice(listing.iterate(client=client, page=2, item="i", pages_query="x"), 2)]
    assert names == ["a", "b"]
    assert server.requests[0]["path"] == "/things?skip=0&page=2&item=i&pages=x"


def test_body_and_name_patterns_generate_every_model_typed(generated: Any) -> None:  # noqa: F811
    pkg = generated("body_and_name_patterns")
    models = pkg.module("models")
    venue = models.Venue.from_dict({"place": {"town": "Ely", "floor": 2}})
    assert isinstance(venue.place, models.VenuePlaceType0) and (venue.place.town, venue.place.floor) == ("Ely", 2)
    assert models.Venue.from_dict({"place": None}).place is None
    assert models.Refund.from_dict({"value": 1.5}).value == 1.5  # Money's fields, Money being nullable elsewhere
    detail = models.Detail.from_dict({"code": "late", "at": "noon", "paid": None})
    assert (detail.code, detail.at, detail.paid) == ("late", "noon", None)
    answers = {"/notes": (204, "text/plain", b""), "/places": (204, "text/plain", b"")}
    answers["/forms/f1"] = (200, "application/x-www-form-urlencoded", b"town=Ely")
    with Recorder(answers) as server:
        client = pkg.client(server.url)
        put_note = pkg.module("api.venues.put_note")
        put_note.sync_detailed(client=client)  # optional text body: nothing sent
        put_note.sync_detailed(client=client, body="hello")
        pkg.module("api.venues.add_places").sync_detailed(client=client, body=[models.Place(town="Ely")])
        stored = pkg.module("api.venues.send_form").sync_detailed("f1", client=client, body=models.Place(town="Ely"))
    assert [r["body"] for r in server.requests] == [b"", b"hello", b'[{"town":"Ely"}]', b"town=Ely"]
    assert server.requests[2]["headers"]["Content-Type"] == "application/json"
    assert server.requests[3]["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert stored.status_code == 200 and stored.content == b"town=Ely"


# A nullable object that is also an allOf is PC440's alone (PC461 leaves composed objects to it).
@pytest.mark.parametrize("rule_ids", [{"PC440"}, {"PC441"}], ids=["PC440", "PC441"])
def test_without_the_rule_the_compositions_are_dropped(rule_ids: set[str], tmp_path: Path) -> None:
    spec_file = FIXTURES / "body_and_name_patterns.yaml"
    spec, _ = normalize(
        parse_document(spec_file.read_text("utf-8"), file=spec_file), rules=[r for r in RULES if r.id not in rule_ids]
    )
    with pytest.raises(PipelineError) as raised:
        generate_package(
            spec,
            generator_settings={"project_name_override": "n-client", "package_name_override": "n_client"},
            version="1.0.0",
            output_dir=tmp_path / "out",
            templates=TEMPLATES,
        )
    assert raised.value.stage == "generate"
