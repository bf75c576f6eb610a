from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_format import PolicyFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportPolicyByFormatResponseData")

# The JSON keys of ImportPolicyByFormatResponseData's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"format", "policy", "isPolicyCompleted"})


@_attrs_define
class ImportPolicyByFormatResponseData:
    """Import policy response data.

    Attributes:
        format_ (PolicyFormat | Unset): Policy format type Example: rego.
        policy (ImportPolicyByFormatResponseDataPolicyType1 | str | Unset): Rego source (format rego) or the policy
            object (format json).
        is_policy_completed (bool | str | Unset): Whether the policy is completed (a boolean, sent as a string by some
            versions).
    """

    format_: PolicyFormat | Unset = UNSET
    policy: ImportPolicyByFormatResponseDataPolicyType1 | str | Unset = UNSET
    is_policy_completed: bool | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        policy: dict[str, Any] | str | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, ImportPolicyByFormatResponseDataPolicyType1):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        is_policy_completed: bool | str | Unset
        if isinstance(self.is_policy_completed, Unset):
            is_policy_completed = UNSET
        else:
            is_policy_completed = self.is_policy_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if format_ is not UNSET:
            field_dict["format"] = format_
        if policy is not UNSET:
            field_dict["policy"] = policy
        if is_policy_completed is not UNSET:
            field_dict["isPolicyCompleted"] = is_policy_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "format" in d:
            seen += 1
            _format_ = d["format"]
            format_: PolicyFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = PolicyFormat(_format_)

        else:
            format_ = UNSET

        if "policy" in d:
            seen += 1
            _policy = d["policy"]
            policy: ImportPolicyByFormatResponseDataPolicyType1 | str | Unset
            if _policy is UNSET:
                policy = _policy
            else:
                try:
                    if not isinstance(_policy, dict):
                        raise TypeError()
                    policy_type_1 = ImportPolicyByFormatResponseDataPolicyType1.from_dict(_policy)

                    policy = policy_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    policy = cast("ImportPolicyByFormatResponseDataPolicyType1 | str | Unset", _policy)

        else:
            policy = UNSET

        if "isPolicyCompleted" in d:
            seen += 1
            is_policy_completed: bool | str | Unset = d["isPolicyCompleted"]

        else:
            is_policy_completed = UNSET

        import_policy_by_format_response_data = cls.__new__(cls)
        import_policy_by_format_response_data.format_ = format_
        import_policy_by_format_response_data.policy = policy
        import_policy_by_format_response_data.is_policy_completed = is_policy_completed
        if len(d) == seen:
            import_policy_by_format_response_data.additional_properties = {}
        else:
            import_policy_by_format_response_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return import_policy_by_format_response_data

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
from ..models.import_policy_by_format_response_data_policy_type_1 import ImportPolicyByFormatResponseDataPolicyType1  # noqa: E402
