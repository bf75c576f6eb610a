from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_format import PolicyFormat

if TYPE_CHECKING:
    from ..models.import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1


T = TypeVar("T", bound="ImportPolicyByFormatRequest")


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
        from ..models.import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1  # noqa: PLC0415

        format_ = self.format_.value

        policy: dict[str, Any] | str
        if isinstance(self.policy, ImportPolicyByFormatRequestPolicyType1):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1  # noqa: PLC0415

        d = dict(src_dict)
        format_ = PolicyFormat(d.pop("format"))

        def _parse_policy(data: object) -> ImportPolicyByFormatRequestPolicyType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_1 = ImportPolicyByFormatRequestPolicyType1.from_dict(data)

                return policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportPolicyByFormatRequestPolicyType1 | str, data)

        policy = _parse_policy(d.pop("policy"))

        import_policy_by_format_request = cls(
            format_=format_,
            policy=policy,
        )

        import_policy_by_format_request.additional_properties = d
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
