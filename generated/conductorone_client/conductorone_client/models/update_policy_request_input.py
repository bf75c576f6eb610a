from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePolicyRequestInput")

# The JSON keys of UpdatePolicyRequestInput's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policy", "updateMask"})


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
        if policy is not UNSET:
            field_dict["policy"] = policy
        if update_mask is not UNSET:
            field_dict["updateMask"] = update_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "policy" in d:
            seen += 1
            _policy = d["policy"]
            policy: None | Policy | Unset
            if _policy is UNSET or _policy is None:
                policy = _policy
            else:
                if not isinstance(_policy, dict):
                    raise TypeError()
                policy_type_0 = Policy.from_dict(_policy)

                policy = policy_type_0

        else:
            policy = UNSET

        if "updateMask" in d:
            seen += 1
            update_mask: None | str | Unset = d["updateMask"]

        else:
            update_mask = UNSET

        update_policy_request_input = cls.__new__(cls)
        update_policy_request_input.policy = policy
        update_policy_request_input.update_mask = update_mask
        if len(d) == seen:
            update_policy_request_input.additional_properties = {}
        else:
            update_policy_request_input.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.policy import Policy  # noqa: E402
