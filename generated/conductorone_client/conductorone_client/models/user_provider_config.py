from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProviderConfig")

# The JSON keys of UserProviderConfig's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"inputTransformationCel"})


@_attrs_define
class UserProviderConfig:
    """
    Attributes:
        input_transformation_cel (str | Unset):
    """

    input_transformation_cel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_transformation_cel = self.input_transformation_cel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_transformation_cel is not UNSET:
            field_dict["inputTransformationCel"] = input_transformation_cel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "inputTransformationCel" in d:
            seen += 1
            input_transformation_cel: str | Unset = d["inputTransformationCel"]
        else:
            input_transformation_cel = UNSET

        user_provider_config = cls.__new__(cls)
        user_provider_config.input_transformation_cel = input_transformation_cel
        if len(d) == seen:
            user_provider_config.additional_properties = {}
        else:
            user_provider_config.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_provider_config

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
