from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyPostActions")

# The JSON keys of PolicyPostActions's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"certifyRemediateImmediately"})


@_attrs_define
class PolicyPostActions:
    """
    Attributes:
        certify_remediate_immediately (bool | None | Unset):
    """

    certify_remediate_immediately: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certify_remediate_immediately: bool | None | Unset
        if isinstance(self.certify_remediate_immediately, Unset):
            certify_remediate_immediately = UNSET
        else:
            certify_remediate_immediately = self.certify_remediate_immediately

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if certify_remediate_immediately is not UNSET:
            field_dict["certifyRemediateImmediately"] = certify_remediate_immediately

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "certifyRemediateImmediately" in d:
            seen += 1
            certify_remediate_immediately: bool | None | Unset = d["certifyRemediateImmediately"]

        else:
            certify_remediate_immediately = UNSET

        policy_post_actions = cls.__new__(cls)
        policy_post_actions.certify_remediate_immediately = certify_remediate_immediately
        if len(d) == seen:
            policy_post_actions.additional_properties = {}
        else:
            policy_post_actions.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_post_actions

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
