"""Inline classes the generator names alike, below a component or in an operation (inline_class_clashes.yaml).

openapi-python-client names an inline class parent class + property name, PascalCased: a request body's
`support.chat` and `supportChat` are both `PatchOrganizationBodySupportChat`, a component's nested
`settings.support.chat` and `settings.support_chat` both `OrganizationSettingsSupportChat`; a shared
enum parameter `order` of `listThings` is `ListThingsOrder` and its array response's item
`ListThingsResponse200Item`, both names of components. The generator refused each later one and dropped
the schema or operation using it; naming.rename_inline_classes_that_clash titles them apart.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.pipeline.naming import rename_inline_classes_that_clash

from .test_naming_generation import Generated, mypy_strict


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _spec() -> dict[str, Any]:
    order = {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}
    items = {"type": "array", "items": _object(name={"type": "string"})}
    body = _object(support=_object(chat=_object(on={"type": "boolean"})), supportChat=_object(url={"type": "string"}))
    return {
        "openapi": "3.0.3",
        "paths": {
            "/org": {
                "patch": {
                    "operationId": "patchOrganization",
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"204": {"description": "done"}},
                }
            },
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [{"$ref": "#/components/parameters/order"}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": items}}}},
                }
            },
            "/users": {
                "get": {
                    "operationId": "listUsers",
                    "parameters": [{"$ref": "#/components/parameters/order"}],
                    "responses": {"204": {"description": "done"}},
                }
            },
        },
        "components": {
            "parameters": {"order": order},
            "schemas": {
                "Org": _object(settings=_object(support=_object(chat={"enum": ["on", "off"]}), support_chat=_object())),
                "ListThingsOrder": _object(),
                "ListThingsResponse200Item": _object(),
            },
        },
    }


def test_nested_inline_classes_of_a_component_are_titled_apart_in_document_order() -> None:
    spec = _spec()
    rename_inline_classes_that_clash(spec)
    settings = spec["components"]["schemas"]["Org"]["properties"]["settings"]["properties"]
    assert "title" not in settings["support"]["properties"]["chat"]  # first: keeps OrgSettingsSupportChat
    assert settings["support_chat"]["title"] == "support_chat_model"  # OrgSettingsSupportChatModel


def test_inline_classes_of_an_operation_are_titled_apart() -> None:
    spec = _spec()
    rename_inline_classes_that_clash(spec)
    body = spec["paths"]["/org"]["patch"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert "title" not in body["support"]["properties"]["chat"]
    assert body["supportChat"]["title"] == "supportChat_model"
    things = spec["paths"]["/things"]["get"]
    item = things["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert item["title"] == "response_200_item_model"  # ListThingsResponse200ItemModel


def test_a_shared_parameter_is_copied_for_the_operation_whose_class_clashes() -> None:
    spec = _spec()
    shared = copy.deepcopy(spec["components"]["parameters"]["order"])
    rename_inline_classes_that_clash(spec)
    assert spec["components"]["parameters"]["order"] == shared  # listUsers still makes ListUsersOrder
    assert spec["paths"]["/users"]["get"]["parameters"] == [{"$ref": "#/components/parameters/order"}]
    (own,) = spec["paths"]["/things"]["get"]["parameters"]
    assert own["name"] == "order" and own["schema"]["title"] == "order_enum"  # ListThingsOrderEnum


def test_names_that_do_not_clash_are_left_alone() -> None:
    spec = _spec()
    spec["components"]["schemas"] = {}
    del spec["paths"]["/org"]
    before = copy.deepcopy(spec)
    rename_inline_classes_that_clash(spec)
    assert spec == before


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Generated("inline_class_clashes", tmp_path_factory.mktemp("clashes")).package_dir


def _classes(package: Path) -> set[str]:
    return {
        name
        for path in (package / "models").glob("*.py")
        for name in re.findall(r"^class (\w+)", path.read_text("utf-8"), re.MULTILINE)
    }


@pytest.mark.slow
def test_every_operation_and_model_generates(package: Path) -> None:
    modules = {p.stem for p in (package / "api").glob("*/*.py") if p.stem != "__init__"}
    assert modules == {"patch_organization", "list_things", "list_users"}
    assert {
        "Organization",
        "OrganizationSettingsSupportChat",
        "OrganizationSettingsSupportChatModel",
        "PatchOrganizationBodySupportChat",
        "PatchOrganizationBodySupportChatModel",
        "ListThingsOrder",
        "ListThingsOrderEnum",
        "ListUsersOrder",
        "ListThingsResponse200Item",
        "ListThingsResponse200ItemModel",
    } <= _classes(package)


@pytest.mark.slow
def test_the_package_passes_mypy_strict(package: Path) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(package)
    assert done.returncode == 0, done.stdout[-3000:]
