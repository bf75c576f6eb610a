from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Error")

# The JSON keys of Error's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"code", "message"})


@_attrs_define
class Error:
    """The properties that define an error.

    Attributes:
        code (str): A short error code for programmatic parsing, for example `NotAuthorizedOrNotFound`.
        message (str): A human-readable error string.
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = code
        field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 2
        code = d["code"]

        message = d["message"]

        error = cls.__new__(cls)
        error.code = code
        error.message = message
        if len(d) == seen:
            error.additional_properties = {}
        else:
            error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error

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
