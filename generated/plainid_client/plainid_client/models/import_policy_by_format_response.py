from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportPolicyByFormatResponse")

# The JSON keys of ImportPolicyByFormatResponse's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"data"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "data" in d:
            seen += 1
            _data = d["data"]
            data: ImportPolicyByFormatResponseData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = ImportPolicyByFormatResponseData.from_dict(_data)

        else:
            data = UNSET

        import_policy_by_format_response = cls.__new__(cls)
        import_policy_by_format_response.data = data
        if len(d) == seen:
            import_policy_by_format_response.additional_properties = {}
        else:
            import_policy_by_format_response.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
