from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicySummary")

# The JSON keys of PolicySummary's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"id", "name", "state", "accessType"})


@_attrs_define
class PolicySummary:
    """One policy in a search answer.

    Attributes:
        id (str):
        name (str | Unset):
        state (str | Unset): Active or Inactive (the vendor's pages differ on the case).
        access_type (str | Unset): Allow or Restrict (the vendor's pages differ on the case).
    """

    id: str
    name: str | Unset = UNSET
    state: str | Unset = UNSET
    access_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        access_type = self.access_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if access_type is not UNSET:
            field_dict["accessType"] = access_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        id = d["id"]

        if "name" in d:
            seen += 1
            name: str | Unset = d["name"]
        else:
            name = UNSET

        if "state" in d:
            seen += 1
            state: str | Unset = d["state"]
        else:
            state = UNSET

        if "accessType" in d:
            seen += 1
            access_type: str | Unset = d["accessType"]
        else:
            access_type = UNSET

        policy_summary = cls.__new__(cls)
        policy_summary.id = id
        policy_summary.name = name
        policy_summary.state = state
        policy_summary.access_type = access_type
        if len(d) == seen:
            policy_summary.additional_properties = {}
        else:
            policy_summary.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_summary

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
