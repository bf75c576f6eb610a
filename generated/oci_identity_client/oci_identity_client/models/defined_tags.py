from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DefinedTags")


@_attrs_define
class DefinedTags:
    """Defined tags for this resource. Each key is predefined and scoped to a
    namespace. Example: `{"Operations": {"CostCenter": "42"}}`

    """

    additional_properties: dict[str, DefinedTagNamespace] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defined_tags = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DefinedTagNamespace.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        defined_tags.additional_properties = additional_properties
        return defined_tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DefinedTagNamespace:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DefinedTagNamespace) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.defined_tag_namespace import DefinedTagNamespace  # noqa: E402
