from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")

# The JSON keys of ErrorBody's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"success", "message"})


@_attrs_define
class ErrorBody:
    """Error body for 400, 403, 404 and 500 (`success` is false).

    Attributes:
        success (bool | Unset): Always false on an error.
        message (str | Unset): Error message.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "success" in d:
            seen += 1
            success: bool | Unset = d["success"]
        else:
            success = UNSET

        if "message" in d:
            seen += 1
            message: str | Unset = d["message"]
        else:
            message = UNSET

        error_body = cls.__new__(cls)
        error_body.success = success
        error_body.message = message
        if len(d) == seen:
            error_body.additional_properties = {}
        else:
            error_body.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error_body

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
