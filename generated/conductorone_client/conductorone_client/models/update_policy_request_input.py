from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy import Policy


T = TypeVar("T", bound="UpdatePolicyRequestInput")


@_attrs_define
class UpdatePolicyRequestInput:
    """The policy to update and a field mask indicating which fields to update.

    Attributes:
        policy (None | Policy | Unset):
        update_mask (None | str | Unset): Field mask naming the policy fields to update, as a comma-separated list of
            field paths (the JSON form of a protobuf FieldMask), for example `displayName,description`.
    """

    policy: None | Policy | Unset = UNSET
    update_mask: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy import Policy  # noqa: PLC0415

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, Policy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        update_mask: None | str | Unset
        if isinstance(self.update_mask, Unset):
            update_mask = UNSET
        else:
            update_mask = self.update_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy
        if update_mask is not UNSET:
            field_dict["updateMask"] = update_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy import Policy  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_policy(data: object) -> None | Policy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            policy_type_0 = Policy.from_dict(data)

            return policy_type_0

        policy = _parse_policy(d.pop("policy", UNSET))

        def _parse_update_mask(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_mask = _parse_update_mask(d.pop("updateMask", UNSET))

        update_policy_request_input = cls(
            policy=policy,
            update_mask=update_mask,
        )

        update_policy_request_input.additional_properties = d
        return update_policy_request_input

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
