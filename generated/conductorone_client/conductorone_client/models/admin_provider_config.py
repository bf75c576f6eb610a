from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminProviderConfig")

# The JSON keys of AdminProviderConfig's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"defaultValueCel", "showToUser"})


@_attrs_define
class AdminProviderConfig:
    """
    Attributes:
        default_value_cel (str | Unset):
        show_to_user (bool | Unset):
    """

    default_value_cel: str | Unset = UNSET
    show_to_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value_cel = self.default_value_cel

        show_to_user = self.show_to_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_value_cel is not UNSET:
            field_dict["defaultValueCel"] = default_value_cel
        if show_to_user is not UNSET:
            field_dict["showToUser"] = show_to_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "defaultValueCel" in d:
            seen += 1
            default_value_cel: str | Unset = d["defaultValueCel"]
        else:
            default_value_cel = UNSET

        if "showToUser" in d:
            seen += 1
            show_to_user: bool | Unset = d["showToUser"]
        else:
            show_to_user = UNSET

        admin_provider_config = cls.__new__(cls)
        admin_provider_config.default_value_cel = default_value_cel
        admin_provider_config.show_to_user = show_to_user
        if len(d) == seen:
            admin_provider_config.additional_properties = {}
        else:
            admin_provider_config.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return admin_provider_config

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
