from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPolicyResponse")

# The JSON keys of ListPolicyResponse's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"list", "nextPageToken"})


@_attrs_define
class ListPolicyResponse:
    """One page of policies; nextPageToken is absent or empty on the last page.

    Attributes:
        list_ (list[Policy] | None | Unset):
        next_page_token (None | str | Unset):
    """

    list_: list[Policy] | None | Unset = UNSET
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | None | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        elif isinstance(self.list_, list):
            list_ = []
            for _list_type_0_item__data in self.list_:
                _list_type_0_item_ = _list_type_0_item__data.to_dict()
                list_.append(_list_type_0_item_)

        else:
            list_ = self.list_

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if list_ is not UNSET:
            field_dict["list"] = list_
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "list" in d:
            seen += 1
            _list_ = d["list"]
            list_: list[Policy] | None | Unset
            if _list_ is UNSET or _list_ is None:
                list_ = _list_
            else:
                if not isinstance(_list_, list):
                    raise TypeError()
                _load_list_type_0_item = Policy.from_dict
                list_type_0 = [_load_list_type_0_item(item) for item in _list_]

                list_ = list_type_0

        else:
            list_ = UNSET

        if "nextPageToken" in d:
            seen += 1
            next_page_token: None | str | Unset = d["nextPageToken"]

        else:
            next_page_token = UNSET

        list_policy_response = cls.__new__(cls)
        list_policy_response.list_ = list_
        list_policy_response.next_page_token = next_page_token
        if len(d) == seen:
            list_policy_response.additional_properties = {}
        else:
            list_policy_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return list_policy_response

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
