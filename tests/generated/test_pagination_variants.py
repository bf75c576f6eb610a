"""The pagination template's other shapes (offset with a total, a cursor carried in the request body), on the
wire: a small spec is generated into a throwaway package, whose iterators then page a scripted server."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scripts.pipeline.generate import format_trees, generate_package
from scripts.pipeline.validate import validate

from .conftest import Scripted

pytestmark = pytest.mark.slow

THING_LIST = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://things.test"}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "x-pagination": {
                    "items": "data.things",
                    "pageSize": {"in": "query", "name": "take"},
                    "offset": {"request": {"in": "query", "name": "skip"}, "total": {"in": "body", "name": "total"}},
                },
                "parameters": [
                    {"name": "take", "in": "query", "schema": {"type": "integer"}},
                    {"name": "skip", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "total": {"type": "integer"},
                                        "data": {"type": "object", "properties": {"things": THING_LIST}},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/things/search": {
            "post": {
                "operationId": "searchThings",
                "tags": ["things"],
                "x-pagination": {
                    "items": "list",
                    "pageSize": {"in": "body", "name": "pageSize"},
                    "cursor": {
                        "request": {"in": "body", "name": "pageToken"},
                        "response": {"in": "body", "name": "nextPageToken"},
                    },
                },
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "query": {"type": "string"},
                                    "pageSize": {"type": "integer"},
                                    "pageToken": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"list": THING_LIST, "nextPageToken": {"type": ["string", "null"]}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {"Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    validate(json.loads(json.dumps(SPEC)), file="things.yaml")
    root = tmp_path_factory.mktemp("things")
    tree = root / "things-client"
    generate_package(
        json.loads(json.dumps(SPEC)),
        generator_settings={"project_name_override": "things-client", "package_name_override": "things_client"},
        version="1.0.0",
        output_dir=tree,
        templates=Path(__file__).resolve().parents[2] / "scripts" / "templates",
    )
    format_trees([tree])
    sys.path.insert(0, str(tree))
    try:
        yield importlib.import_module("things_client")
    finally:
        sys.path.remove(str(tree))
        for name in [m for m in sys.modules if m == "things_client" or m.startswith("things_client.")]:
            del sys.modules[name]


def things(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def test_offset_stops_at_the_total(package: ModuleType, scripted: Scripted) -> None:
    list_things = importlib.import_module("things_client.api.things.list_things")
    scripted.reply(200, {"total": 5, "data": {"things": things("a", "b")}})
    scripted.reply(200, {"total": 5, "data": {"things": things("c", "d")}})
    scripted.reply(200, {"total": 5, "data": {"things": things("e")}})
    scripted.reply(500, {"never": "asked"})
    client = package.Client(base_url=scripted.url)
    assert [t.id for t in list_things.iterate(client=client)] == ["a", "b", "c", "d", "e"]
    assert [r.path for r in scripted.requests] == ["/things?skip=0", "/things?skip=2", "/things?skip=4"]


def test_offset_stops_on_a_short_page(package: ModuleType, scripted: Scripted) -> None:
    list_things = importlib.import_module("things_client.api.things.list_things")
    scripted.reply(200, {"data": {"things": things("a", "b")}})
    scripted.reply(200, {"data": {"things": things("c")}})
    scripted.reply(500, {"never": "asked"})
    client = package.Client(base_url=scripted.url)
    assert [t.id for t in list_things.iterate(client=client, take=2)] == ["a", "b", "c"]
    assert len(scripted.requests) == 2


async def test_offset_stops_on_an_empty_page_async(package: ModuleType, scripted: Scripted) -> None:
    list_things = importlib.import_module("things_client.api.things.list_things")
    scripted.reply(200, {"data": {"things": things("a")}})
    scripted.reply(200, {"data": {"things": []}})
    scripted.reply(500, {"never": "asked"})
    client = package.Client(base_url=scripted.url)
    assert [t.id async for t in list_things.aiterate(client=client)] == ["a"]
    assert len(scripted.requests) == 2


def test_body_cursor_moves_on_in_a_copy_of_the_body(package: ModuleType, scripted: Scripted) -> None:
    search = importlib.import_module("things_client.api.things.search_things")
    body_model = importlib.import_module("things_client.models").SearchThingsBody
    scripted.reply(200, {"list": things("a"), "nextPageToken": "t2"})
    scripted.reply(200, {"list": things("b"), "nextPageToken": None})
    scripted.reply(500, {"never": "asked"})
    body = body_model(query="q", page_size=1)
    client = package.Client(base_url=scripted.url)
    assert [t.id for t in search.iterate(client=client, body=body)] == ["a", "b"]
    sent = [json.loads(r.body) for r in scripted.requests]
    assert sent == [{"query": "q", "pageSize": 1}, {"query": "q", "pageSize": 1, "pageToken": "t2"}]
    assert body.page_token is not None and not body.page_token  # the caller's body is untouched (UNSET)


def test_body_cursor_repeated_is_an_error(package: ModuleType, scripted: Scripted) -> None:
    search = importlib.import_module("things_client.api.things.search_things")
    errors = importlib.import_module("things_client.errors")
    body_model = importlib.import_module("things_client.models").SearchThingsBody
    scripted.reply(200, {"list": things("a"), "nextPageToken": "t2"})
    scripted.reply(200, {"list": things("b"), "nextPageToken": "t2"})
    client = package.Client(base_url=scripted.url)
    with pytest.raises(errors.RepeatingCursorError) as caught:
        list(search.iterate(client=client, body=body_model()))
    assert caught.value.cursor == "t2" and len(scripted.requests) == 2
