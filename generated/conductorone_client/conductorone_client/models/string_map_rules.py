from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringMapRules")

# The JSON keys of StringMapRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"isRequired", "validateEmpty"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "isRequired" in d:
            seen += 1
            is_required: bool | Unset = d["isRequired"]
        else:
            is_required = UNSET

        if "validateEmpty" in d:
            seen += 1
            validate_empty: bool | Unset = d["validateEmpty"]
        else:
            validate_empty = UNSET

        string_map_rules = cls.__new__(cls)
        string_map_rules.is_required = is_required
        string_map_rules.validate_empty = validate_empty
        if len(d) == seen:
            string_map_rules.additional_properties = {}
        else:
            string_map_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
