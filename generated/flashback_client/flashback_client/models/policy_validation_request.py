from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyValidationRequest")

# The JSON keys of PolicyValidationRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policies"})


@_attrs_define
class PolicyValidationRequest:
    """Policies to review.

    Attributes:
        policies (list[PolicyToValidate]):
    """

    policies: list[PolicyToValidate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies = []
        for _policies_item__data in self.policies:
            _policies_item_ = _policies_item__data.to_dict()
            policies.append(_policies_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["policies"] = policies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        _load_policies_item = PolicyToValidate.from_dict
        policies = [_load_policies_item(item) for item in d["policies"]]

        policy_validation_request = cls.__new__(cls)
        policy_validation_request.policies = policies
        if len(d) == seen:
            policy_validation_request.additional_properties = {}
        else:
            policy_validation_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_validation_request

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
from ..models.policy_to_validate import PolicyToValidate  # noqa: E402
