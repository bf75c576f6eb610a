from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationReplacePolicy")

# The JSON keys of EscalationReplacePolicy's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policyId"})


@_attrs_define
class EscalationReplacePolicy:
    """
    Attributes:
        policy_id (None | str | Unset):
    """

    policy_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "policyId" in d:
            seen += 1
            policy_id: None | str | Unset = d["policyId"]

        else:
            policy_id = UNSET

        escalation_replace_policy = cls.__new__(cls)
        escalation_replace_policy.policy_id = policy_id
        if len(d) == seen:
            escalation_replace_policy.additional_properties = {}
        else:
            escalation_replace_policy.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return escalation_replace_policy

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
