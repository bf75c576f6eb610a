from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportPolicyByFormatResponse")


@_attrs_define
class ImportPolicyByFormatResponse:
    """Response object for import policy by format endpoint

    Attributes:
        data (ImportPolicyByFormatResponseData | Unset): Import policy response data.
    """

    data: ImportPolicyByFormatResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: ImportPolicyByFormatResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ImportPolicyByFormatResponseData.from_dict(_data)

        import_policy_by_format_response = cls(
            data=data,
        )
        import_policy_by_format_response.additional_properties = d
        return import_policy_by_format_response

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
from ..models.import_policy_by_format_response_data import ImportPolicyByFormatResponseData  # noqa: E402
