"""A twelfth sample of real published specs (fixtures/generation/apidir_s12_patterns.yaml), from the
generator's side: every operation generates, typed as the spec says, and the package passes mypy --strict.

Patterns: an `allOf` that narrows the list of the model it extends (Zalando's `Article-Reviews: allOf [Page,
{content: array of Article-Review}]`): the generator merged the lists into `Page`'s own property, so
`Page.content` became `list[ArticleReview]` with no import; a component that is `oneOf` one `$ref` to a model
with inline models (ShipEngine's `get_service_points_request`): built twice, both dropped with the
operation; and a list `default` on an `allOf` of a model (ShipEngine's `insured_value`), which failed
validation and, as a default on a model, made the generator drop the model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from .test_naming_generation import Generated, Recorder, mypy_strict

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    with Generated("apidir_s12_patterns", tmp_path_factory.mktemp("s12")).imported() as made:
        yield made


def test_the_extended_model_keeps_its_untyped_list_and_the_extension_types_its_own(generated: Generated) -> None:
    models = generated.module("models")
    reviews = generated.module("api.articles.get_reviews")
    articles = generated.module("api.articles.get_articles")
    answers = {
        "/articles/a1/reviews": (200, "application/json", b'{"page": 0, "content": [{"text": "fits", "rating": 5}]}'),
        "/articles": (200, "application/json", b'{"page": 0, "content": [{"sku": "s1"}, 7]}'),
    }
    with Recorder(answers) as server:
        client: Any = generated.client(server.url)
        page_of_reviews = reviews.sync("a1", client=client)
        page = articles.sync(client=client)
    assert isinstance(page_of_reviews, models.ArticleReviews)
    assert [(r.text, r.rating) for r in page_of_reviews.content] == [("fits", 5)]
    assert all(isinstance(r, models.ArticleReview) for r in page_of_reviews.content)
    assert isinstance(page, models.Page) and page.content == [{"sku": "s1"}, 7]


def test_a_one_member_one_of_component_is_its_model_on_the_wire(generated: Generated) -> None:
    models = generated.module("models")
    search = generated.module("api.service_points.list_service_points")
    answers = {"/service_points/list": (200, "application/json", b'{"ids": ["p1"]}')}
    with Recorder(answers) as server:
        client: Any = generated.client(server.url)
        address = models.ServicePointsRequestBodyAddress(country_code="DE", city_locality="Berlin")
        found = search.sync(client=client, body=models.ServicePointsRequest(address=address))
    assert found is not None and found.ids == ["p1"]
    assert [json.loads(r["body"]) for r in server.requests] == [
        {"address": {"country_code": "DE", "city_locality": "Berlin"}}
    ]


def test_a_model_field_with_a_list_default_generates_without_it(generated: Generated) -> None:
    models = generated.module("models")
    create = generated.module("api.packages.create_package")
    answers = {
        "/packages": (201, "application/json", b'{"weight": 2.5, "insured_value": {"amount": 0, "currency": "usd"}}')
    }
    with Recorder(answers) as server:
        client: Any = generated.client(server.url)
        made = create.sync(client=client, body=models.Package(weight=2.5))
    assert isinstance(made, models.Package) and isinstance(made.insured_value, models.MonetaryValue)
    assert (made.insured_value.amount, made.insured_value.currency) == (0, "usd")
    assert [json.loads(r["body"]) for r in server.requests] == [{"weight": 2.5}]
    assert "default" not in generated.spec["components"]["schemas"]["package"]["properties"]["insured_value"]


def test_the_committed_spec_keeps_the_one_member_one_of(generated: Generated) -> None:
    schema = generated.spec["components"]["schemas"]["service_points_request"]
    assert schema["oneOf"] == [{"$ref": "#/components/schemas/service_points_request_body"}]


def test_the_package_passes_mypy_strict(generated: Generated) -> None:
    pytest.importorskip("mypy")
    done = mypy_strict(generated.package_dir)
    assert done.returncode == 0, done.stdout[-3000:]
