from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenericSavePolicyError")

# The JSON keys of GenericSavePolicyError's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"error_type", "message"})


@_attrs_define
class GenericSavePolicyError:
    """
    Attributes:
        error_type (Literal['Generic']):
        message (str):
    """

    error_type: Literal["Generic"]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error_type"] = error_type
        field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 2
        error_type = cast(Literal["Generic"], d["error_type"])
        if error_type != "Generic":
            raise ValueError(f"error_type must match const 'Generic', got '{error_type}'")

        message = d["message"]

        generic_save_policy_error = cls.__new__(cls)
        generic_save_policy_error.error_type = error_type
        generic_save_policy_error.message = message
        if len(d) == seen:
            generic_save_policy_error.additional_properties = {}
        else:
            generic_save_policy_error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return generic_save_policy_error

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
