from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppResourceFilter")

# The JSON keys of AppResourceFilter's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appId", "resourceTypeId"})


@_attrs_define
class AppResourceFilter:
    """
    Attributes:
        app_id (str | Unset):
        resource_type_id (str | Unset):
    """

    app_id: str | Unset = UNSET
    resource_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        resource_type_id = self.resource_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if resource_type_id is not UNSET:
            field_dict["resourceTypeId"] = resource_type_id

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

        if "resourceTypeId" in d:
            seen += 1
            resource_type_id: str | Unset = d["resourceTypeId"]
        else:
            resource_type_id = UNSET

        app_resource_filter = cls.__new__(cls)
        app_resource_filter.app_id = app_id
        app_resource_filter.resource_type_id = resource_type_id
        if len(d) == seen:
            app_resource_filter.additional_properties = {}
        else:
            app_resource_filter.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_resource_filter

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
