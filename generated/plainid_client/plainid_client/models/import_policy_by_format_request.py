from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_format import PolicyFormat

T = TypeVar("T", bound="ImportPolicyByFormatRequest")

# The JSON keys of ImportPolicyByFormatRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"format", "policy"})


@_attrs_define
class ImportPolicyByFormatRequest:
    """Request body for importing policies by format

    Attributes:
        format_ (PolicyFormat): Policy format type Example: rego.
        policy (ImportPolicyByFormatRequestPolicyType1 | str): Rego source (format rego) or the policy object (format
            json).
    """

    format_: PolicyFormat
    policy: ImportPolicyByFormatRequestPolicyType1 | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        policy: dict[str, Any] | str
        if isinstance(self.policy, ImportPolicyByFormatRequestPolicyType1):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["format"] = format_
        field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 2
        format_ = PolicyFormat(d["format"])

        _policy = d["policy"]
        policy: ImportPolicyByFormatRequestPolicyType1 | str
        try:
            if not isinstance(_policy, dict):
                raise TypeError()
            policy_type_1 = ImportPolicyByFormatRequestPolicyType1.from_dict(_policy)

            policy = policy_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            policy = cast("ImportPolicyByFormatRequestPolicyType1 | str", _policy)

        import_policy_by_format_request = cls.__new__(cls)
        import_policy_by_format_request.format_ = format_
        import_policy_by_format_request.policy = policy
        if len(d) == seen:
            import_policy_by_format_request.additional_properties = {}
        else:
            import_policy_by_format_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return import_policy_by_format_request

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
from ..models.import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1  # noqa: E402
