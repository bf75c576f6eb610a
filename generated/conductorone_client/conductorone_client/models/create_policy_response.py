from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePolicyResponse")

# The JSON keys of CreatePolicyResponse's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policy"})


@_attrs_define
class CreatePolicyResponse:
    """The created policy, with its server-assigned id.

    Attributes:
        policy (None | Policy | Unset):
    """

    policy: None | Policy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, Policy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if policy is not UNSET:
            field_dict["policy"] = policy

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

        create_policy_response = cls.__new__(cls)
        create_policy_response.policy = policy
        if len(d) == seen:
            create_policy_response.additional_properties = {}
        else:
            create_policy_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return create_policy_response

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
