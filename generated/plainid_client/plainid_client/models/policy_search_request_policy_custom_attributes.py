from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicySearchRequestPolicyCustomAttributes")


@_attrs_define
class PolicySearchRequestPolicyCustomAttributes:
    additional_properties: dict[str, list[float | str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for _additional_property_item__data in prop:
                _additional_property_item_: float | str
                _additional_property_item_ = _additional_property_item__data
                field_dict[prop_name].append(_additional_property_item_)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_search_request_policy_custom_attributes = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for _additional_property_item__data in _additional_property:
                _additional_property_item_: float | str = _additional_property_item__data

                additional_property.append(_additional_property_item_)

            additional_properties[prop_name] = additional_property
        policy_search_request_policy_custom_attributes.additional_properties = additional_properties
        return policy_search_request_policy_custom_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[float | str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[float | str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
