from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEntitlementReference")

# The JSON keys of AppEntitlementReference's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appEntitlementId", "appId"})


@_attrs_define
class AppEntitlementReference:
    """An entitlement of an app, used as a fallback group.

    Attributes:
        app_entitlement_id (None | str | Unset):
        app_id (None | str | Unset):
    """

    app_entitlement_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_entitlement_id: None | str | Unset
        if isinstance(self.app_entitlement_id, Unset):
            app_entitlement_id = UNSET
        else:
            app_entitlement_id = self.app_entitlement_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_entitlement_id is not UNSET:
            field_dict["appEntitlementId"] = app_entitlement_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "appEntitlementId" in d:
            seen += 1
            app_entitlement_id: None | str | Unset = d["appEntitlementId"]

        else:
            app_entitlement_id = UNSET

        if "appId" in d:
            seen += 1
            app_id: None | str | Unset = d["appId"]

        else:
            app_id = UNSET

        app_entitlement_reference = cls.__new__(cls)
        app_entitlement_reference.app_entitlement_id = app_entitlement_id
        app_entitlement_reference.app_id = app_id
        if len(d) == seen:
            app_entitlement_reference.additional_properties = {}
        else:
            app_entitlement_reference.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return app_entitlement_reference

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
