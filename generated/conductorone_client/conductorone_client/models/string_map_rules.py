from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringMapRules")


@_attrs_define
class StringMapRules:
    """
    Attributes:
        is_required (bool | Unset):
        validate_empty (bool | Unset):
    """

    is_required: bool | Unset = UNSET
    validate_empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_required = self.is_required

        validate_empty = self.validate_empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if validate_empty is not UNSET:
            field_dict["validateEmpty"] = validate_empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_required = d.pop("isRequired", UNSET)

        validate_empty = d.pop("validateEmpty", UNSET)

        string_map_rules = cls(
            is_required=is_required,
            validate_empty=validate_empty,
        )
        string_map_rules.additional_properties = d
        return string_map_rules

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
