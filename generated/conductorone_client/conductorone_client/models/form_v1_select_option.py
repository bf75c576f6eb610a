from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1SelectOption")

# The JSON keys of FormV1SelectOption's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"description", "displayName", "value"})


@_attrs_define
class FormV1SelectOption:
    """
    Attributes:
        description (str | Unset):
        display_name (None | str | Unset):
        value (None | str | Unset):
    """

    description: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "description" in d:
            seen += 1
            description: str | Unset = d["description"]
        else:
            description = UNSET

        if "displayName" in d:
            seen += 1
            display_name: None | str | Unset = d["displayName"]

        else:
            display_name = UNSET

        if "value" in d:
            seen += 1
            value: None | str | Unset = d["value"]

        else:
            value = UNSET

        form_v1_select_option = cls.__new__(cls)
        form_v1_select_option.description = description
        form_v1_select_option.display_name = display_name
        form_v1_select_option.value = value
        if len(d) == seen:
            form_v1_select_option.additional_properties = {}
        else:
            form_v1_select_option.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_select_option

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
