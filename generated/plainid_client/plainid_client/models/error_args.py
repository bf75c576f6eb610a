from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorArgs")

# The JSON keys of ErrorArgs's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"path"})


@_attrs_define
class ErrorArgs:
    """
    Attributes:
        path (str | Unset):
    """

    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "path" in d:
            seen += 1
            path: str | Unset = d["path"]
        else:
            path = UNSET

        error_args = cls.__new__(cls)
        error_args.path = path
        if len(d) == seen:
            error_args.additional_properties = {}
        else:
            error_args.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error_args

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
