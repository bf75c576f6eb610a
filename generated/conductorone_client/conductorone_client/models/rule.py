from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Rule")

# The JSON keys of Rule's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"condition", "policyKey"})


@_attrs_define
class Rule:
    """
    Attributes:
        condition (None | str | Unset):
        policy_key (None | str | Unset):
    """

    condition: None | str | Unset = UNSET
    policy_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        policy_key: None | str | Unset
        if isinstance(self.policy_key, Unset):
            policy_key = UNSET
        else:
            policy_key = self.policy_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if condition is not UNSET:
            field_dict["condition"] = condition
        if policy_key is not UNSET:
            field_dict["policyKey"] = policy_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "condition" in d:
            seen += 1
            condition: None | str | Unset = d["condition"]

        else:
            condition = UNSET

        if "policyKey" in d:
            seen += 1
            policy_key: None | str | Unset = d["policyKey"]

        else:
            policy_key = UNSET

        rule = cls.__new__(cls)
        rule.condition = condition
        rule.policy_key = policy_key
        if len(d) == seen:
            rule.additional_properties = {}
        else:
            rule.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return rule

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
