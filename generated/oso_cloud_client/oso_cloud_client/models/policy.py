from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Policy")

# The JSON keys of Policy's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"src", "filename"})


@_attrs_define
class Policy:
    """
    Attributes:
        src (str):
        filename (None | str | Unset):
    """

    src: str
    filename: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["src"] = src
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        src = d["src"]

        if "filename" in d:
            seen += 1
            filename: None | str | Unset = d["filename"]

        else:
            filename = UNSET

        policy = cls.__new__(cls)
        policy.src = src
        policy.filename = filename
        if len(d) == seen:
            policy.additional_properties = {}
        else:
            policy.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy

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
