"""An `allOf` that narrows a list property of the model it extends leaves that model's list as it was.

`Reviews: allOf [Page, {properties: {content: array of Review}}]` where `Page.content` is `array of {}`:
the generator merges the two list properties by assigning the merged item type to the first one, which
is `Page`'s own property object, so `Page.content` became `list[Review]` in `Page`'s module, with no import
(`Name "Review" is not defined` under mypy --strict) and the wrong type on the wire. While the spec is
parsed, the merge works on a copy; the merged result is the same, and the model extended keeps its list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def list_merges_copied() -> Iterator[None]:
    """While the spec is parsed: merging two list properties changes neither of them."""
    from attrs import evolve
    from openapi_python_client.parser.properties import merge_properties
    from openapi_python_client.parser.properties.list_property import ListProperty

    original = merge_properties._merge_same_type

    def merge_same_type(prop1: Any, prop2: Any) -> Any:
        if isinstance(prop1, ListProperty) and isinstance(prop2, ListProperty) and prop1 != prop2:
            prop1 = evolve(prop1)
        return original(prop1, prop2)

    merge_properties._merge_same_type = merge_same_type
    try:
        yield
    finally:
        merge_properties._merge_same_type = original
