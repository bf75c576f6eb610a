from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Accept")

# The JSON keys of Accept's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"acceptMessage"})


@_attrs_define
class Accept:
    """
    Attributes:
        accept_message (None | str | Unset):
    """

    accept_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_message: None | str | Unset
        if isinstance(self.accept_message, Unset):
            accept_message = UNSET
        else:
            accept_message = self.accept_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accept_message is not UNSET:
            field_dict["acceptMessage"] = accept_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "acceptMessage" in d:
            seen += 1
            accept_message: None | str | Unset = d["acceptMessage"]

        else:
            accept_message = UNSET

        accept = cls.__new__(cls)
        accept.accept_message = accept_message
        if len(d) == seen:
            accept.additional_properties = {}
        else:
            accept.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return accept

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
