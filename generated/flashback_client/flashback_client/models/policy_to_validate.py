from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyToValidate")

# The JSON keys of PolicyToValidate's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policy_uuid", "content"})


@_attrs_define
class PolicyToValidate:
    """One policy text to review.

    Attributes:
        policy_uuid (str): Caller's id for the policy, echoed in the result.
        content (str): The policy text.
    """

    policy_uuid: str
    content: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_uuid = self.policy_uuid

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["policy_uuid"] = policy_uuid
        field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 2
        policy_uuid = d["policy_uuid"]

        content = d["content"]

        policy_to_validate = cls.__new__(cls)
        policy_to_validate.policy_uuid = policy_uuid
        policy_to_validate.content = content
        if len(d) == seen:
            policy_to_validate.additional_properties = {}
        else:
            policy_to_validate.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_to_validate

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
