"""Property names spelled apart (property_names.py) stay apart by name, not by object identity."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import attrs
import pytest

from scripts.pipeline.property_names import properties_named_apart


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType

    out: Path = tmp_path_factory.mktemp("names") / "out"
    return Config.from_sources(
        ConfigFile(), MetaType.NONE, document_source=out, file_encoding="utf-8", overwrite=False, output_path=out
    )


def string_property(name: str, config: Any) -> Any:
    from openapi_python_client import schema as oai
    from openapi_python_client.parser.properties import Schemas, property_from_data
    from openapi_python_client.schema.untrusted_string import UntrustedString

    prop, _ = property_from_data(
        name=UntrustedString(name),
        required=False,
        data=oai.Schema(type=oai.DataType.STRING),
        schemas=Schemas(),
        parent_name="Model",
        config=config,
    )
    return prop


def resolve(new: Any, existing: Any, config: Any) -> Any:
    from openapi_python_client.parser.properties import model_property

    return model_property._resolve_naming_conflict(new, existing, config)


def names(*props: Any) -> list[str]:
    return [str(prop.python_name) for prop in props]


def test_a_spelled_property_copied_as_required_keeps_its_name(config: Any) -> None:
    """The generator evolve()s a property it makes required (a new object): a later clash must not undo it."""
    with properties_named_apart():
        plus, minus = string_property("+1", config), string_property("-1", config)
        assert resolve(plus, minus, config) is None
        assert names(plus, minus) == ["plus_1", "minus_1"]
        required = attrs.evolve(plus, required=True)
        spelled_alike = string_property("plus_1", config)
        assert resolve(spelled_alike, required, config) is None
        assert names(spelled_alike, required) == ["plus_1_2", "plus_1"]


def test_a_clash_the_generator_resolves_is_its_own_after_spelled_properties_are_collected(config: Any) -> None:
    """A new property that reuses a collected spelled one's memory is not taken for it (ids are reused)."""
    with properties_named_apart():
        for _ in range(50):
            plus, minus = string_property("+1", config), string_property("-1", config)
            assert resolve(plus, minus, config) is None
            del plus, minus
            gc.collect()
            camel, snake = string_property("fooBar", config), string_property("foo_bar", config)
            assert resolve(camel, snake, config) is None
            assert names(camel, snake) == ["fooBar", "foo_bar"]  # the generator's own resolution
