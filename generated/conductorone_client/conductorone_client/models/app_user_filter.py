from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppUserFilter")

# The JSON keys of AppUserFilter's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appId"})


@_attrs_define
class AppUserFilter:
    """
    Attributes:
        app_id (str | Unset):
    """

    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_id is not UNSET:
            field_dict["appId"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "appId" in d:
            seen += 1
            app_id: str | Unset = d["appId"]
        else:
            app_id = UNSET

        app_user_filter = cls.__new__(cls)
        app_user_filter.app_id = app_id
        if len(d) == seen:
            app_user_filter.additional_properties = {}
        else:
            app_user_filter.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_user_filter

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
