from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateMessageRules")

# The JSON keys of ValidateMessageRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"required", "skip"})


@_attrs_define
class ValidateMessageRules:
    """
    Attributes:
        required (bool | None | Unset):
        skip (bool | None | Unset):
    """

    required: bool | None | Unset = UNSET
    skip: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        skip: bool | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if required is not UNSET:
            field_dict["required"] = required
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "required" in d:
            seen += 1
            required: bool | None | Unset = d["required"]

        else:
            required = UNSET

        if "skip" in d:
            seen += 1
            skip: bool | None | Unset = d["skip"]

        else:
            skip = UNSET

        validate_message_rules = cls.__new__(cls)
        validate_message_rules.required = required
        validate_message_rules.skip = skip
        if len(d) == seen:
            validate_message_rules.additional_properties = {}
        else:
            validate_message_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_message_rules

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
