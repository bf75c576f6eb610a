"""Naming of the resource-style client (scripts/pipeline/resources.py): short, derived, never ambiguous."""

from __future__ import annotations

import pytest

from scripts.pipeline.errors import PipelineError
from scripts.pipeline.resources import method_names, resource_attribute, resource_class


def test_the_tags_noun_is_taken_out_of_each_module_name() -> None:
    modules = ["create_policy", "get_policy", "get_policy_alerts", "list_policies", "update_policy_state"]
    assert method_names("policies", modules) == {
        "create_policy": "create",
        "get_policy": "get",
        "get_policy_alerts": "get_alerts",
        "list_policies": "list",
        "update_policy_state": "update_state",
    }
    assert method_names("policy_search", ["search_policies"]) == {"search_policies": "search"}
    assert method_names("policy", ["post_policy", "get_policy_metadata"]) == {
        "post_policy": "post",
        "get_policy_metadata": "get_metadata",
    }


def test_an_ambiguous_short_name_keeps_the_module_name() -> None:
    # Two modules shortening alike, a short name another module has, a keyword, a resource attribute.
    assert method_names("policies", ["get_policy", "get_policies"]) == {
        "get_policies": "get_policies",
        "get_policy": "get_policy",
    }
    assert method_names("policies", ["get", "get_policy"]) == {"get": "get", "get_policy": "get_policy"}
    assert method_names("policies", ["import_policy"]) == {"import_policy": "import_policy"}
    assert method_names("responses", ["with_raw_response"]) == {"with_raw_response": "with_raw_response"}


def test_paging_names_must_not_collide() -> None:
    with pytest.raises(PipelineError, match="list_iterate"):
        method_names("policies", ["list_policies", "list_iterate"], paged=["list_policies"])


def test_a_tag_named_like_a_client_attribute_is_suffixed() -> None:
    assert resource_attribute("policies") == "policies"
    assert resource_attribute("token") == "token_api"
    assert resource_attribute("aio") == "aio_api"
    assert resource_class("policy_search") == "PolicySearchResource"


def test_a_resource_class_steps_aside_for_a_model_of_its_name() -> None:
    # A component `tags_resource` is the model TagsResource (seen in a real spec): the client imported both.
    assert resource_class("tags", {"TagsResource"}) == "TagsApiResource"
    assert resource_class("tags", {"AsyncTagsResourceWithRawResponse"}) == "TagsApiResource"
    assert resource_class("tags", {"TagsResource", "TagsApiResource"}) == "TagsApiResource2"
    assert resource_class("tags", {"Tag", "TagsResources"}) == "TagsResource"
