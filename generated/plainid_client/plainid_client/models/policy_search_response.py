from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicySearchResponse")

# The JSON keys of PolicySearchResponse's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"data", "total", "limit", "offset"})


@_attrs_define
class PolicySearchResponse:
    """One page of a policy search.

    Attributes:
        data (list[PolicySummary]):
        total (int | Unset): How many policies match, over all pages.
        limit (int | Unset):
        offset (int | Unset):
    """

    data: list[PolicySummary]
    total: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for _data_item__data in self.data:
            _data_item_ = _data_item__data.to_dict()
            data.append(_data_item_)

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        _load_data_item = PolicySummary.from_dict
        data = [_load_data_item(item) for item in d["data"]]

        if "total" in d:
            seen += 1
            total: int | Unset = d["total"]
        else:
            total = UNSET

        if "limit" in d:
            seen += 1
            limit: int | Unset = d["limit"]
        else:
            limit = UNSET

        if "offset" in d:
            seen += 1
            offset: int | Unset = d["offset"]
        else:
            offset = UNSET

        policy_search_response = cls.__new__(cls)
        policy_search_response.data = data
        policy_search_response.total = total
        policy_search_response.limit = limit
        policy_search_response.offset = offset
        if len(d) == seen:
            policy_search_response.additional_properties = {}
        else:
            policy_search_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_search_response

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
from ..models.policy_summary import PolicySummary  # noqa: E402
