from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormFieldGroup")

# The JSON keys of FormFieldGroup's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"default", "displayName", "fields", "helpText", "name"})


@_attrs_define
class FormFieldGroup:
    """
    Attributes:
        default (bool | Unset):
        display_name (str | Unset):
        fields (list[str] | None | Unset):
        help_text (str | Unset):
        name (str | Unset):
    """

    default: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    fields: list[str] | None | Unset = UNSET
    help_text: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default = self.default

        display_name = self.display_name

        fields: list[str] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        help_text = self.help_text

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default is not UNSET:
            field_dict["default"] = default
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if fields is not UNSET:
            field_dict["fields"] = fields
        if help_text is not UNSET:
            field_dict["helpText"] = help_text
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "default" in d:
            seen += 1
            default: bool | Unset = d["default"]
        else:
            default = UNSET

        if "displayName" in d:
            seen += 1
            display_name: str | Unset = d["displayName"]
        else:
            display_name = UNSET

        if "fields" in d:
            seen += 1
            _fields = d["fields"]
            fields: list[str] | None | Unset
            if _fields is UNSET or _fields is None:
                fields = _fields
            else:
                if not isinstance(_fields, list):
                    raise TypeError()
                fields_type_0: list[str] = _fields

                fields = fields_type_0

        else:
            fields = UNSET

        if "helpText" in d:
            seen += 1
            help_text: str | Unset = d["helpText"]
        else:
            help_text = UNSET

        if "name" in d:
            seen += 1
            name: str | Unset = d["name"]
        else:
            name = UNSET

        form_field_group = cls.__new__(cls)
        form_field_group.default = default
        form_field_group.display_name = display_name
        form_field_group.fields = fields
        form_field_group.help_text = help_text
        form_field_group.name = name
        if len(d) == seen:
            form_field_group.additional_properties = {}
        else:
            form_field_group.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_field_group

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
