from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyRef")

# The JSON keys of PolicyRef's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"id"})


@_attrs_define
class PolicyRef:
    """A reference to a policy by id.

    Attributes:
        id (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "id" in d:
            seen += 1
            id: None | str | Unset = d["id"]

        else:
            id = UNSET

        policy_ref = cls.__new__(cls)
        policy_ref.id = id
        if len(d) == seen:
            policy_ref.additional_properties = {}
        else:
            policy_ref.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_ref

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
