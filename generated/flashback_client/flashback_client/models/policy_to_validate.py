from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyToValidate")


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
        d = dict(src_dict)
        policy_uuid = d.pop("policy_uuid")

        content = d.pop("content")

        policy_to_validate = cls(
            policy_uuid=policy_uuid,
            content=content,
        )
        policy_to_validate.additional_properties = d
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
