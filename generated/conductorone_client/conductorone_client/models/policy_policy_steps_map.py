from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyPolicyStepsMap")


@_attrs_define
class PolicyPolicyStepsMap:
    """Map from a policy key (the key `Rule.policyKey` refers to) to that key's steps."""

    additional_properties: dict[str, PolicySteps] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_policy_steps_map = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PolicySteps.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        policy_policy_steps_map.additional_properties = additional_properties
        return policy_policy_steps_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PolicySteps:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PolicySteps) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.policy_steps import PolicySteps  # noqa: E402
