from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reject")

# The JSON keys of Reject's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"rejectMessage"})


@_attrs_define
class Reject:
    """
    Attributes:
        reject_message (None | str | Unset):
    """

    reject_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reject_message: None | str | Unset
        if isinstance(self.reject_message, Unset):
            reject_message = UNSET
        else:
            reject_message = self.reject_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if reject_message is not UNSET:
            field_dict["rejectMessage"] = reject_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "rejectMessage" in d:
            seen += 1
            reject_message: None | str | Unset = d["rejectMessage"]

        else:
            reject_message = UNSET

        reject = cls.__new__(cls)
        reject.reject_message = reject_message
        if len(d) == seen:
            reject.additional_properties = {}
        else:
            reject.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return reject

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
