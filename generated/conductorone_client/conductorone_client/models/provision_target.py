from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionTarget")

# The JSON keys of ProvisionTarget's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appEntitlementId", "appId", "appUserId", "grantDuration"})


@_attrs_define
class ProvisionTarget:
    """
    Attributes:
        app_entitlement_id (None | str | Unset):
        app_id (None | str | Unset):
        app_user_id (None | str | Unset):
        grant_duration (None | str | Unset): A protobuf JSON Duration: decimal seconds with an "s" suffix, e.g. "3600s"
            or "0.5s" (not ISO 8601; see x-policy-clients-note in info).
    """

    app_entitlement_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    app_user_id: None | str | Unset = UNSET
    grant_duration: None | str | Unset = UNSET
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

        app_user_id: None | str | Unset
        if isinstance(self.app_user_id, Unset):
            app_user_id = UNSET
        else:
            app_user_id = self.app_user_id

        grant_duration: None | str | Unset
        if isinstance(self.grant_duration, Unset):
            grant_duration = UNSET
        else:
            grant_duration = self.grant_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_entitlement_id is not UNSET:
            field_dict["appEntitlementId"] = app_entitlement_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_user_id is not UNSET:
            field_dict["appUserId"] = app_user_id
        if grant_duration is not UNSET:
            field_dict["grantDuration"] = grant_duration

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

        if "appUserId" in d:
            seen += 1
            app_user_id: None | str | Unset = d["appUserId"]

        else:
            app_user_id = UNSET

        if "grantDuration" in d:
            seen += 1
            grant_duration: None | str | Unset = d["grantDuration"]

        else:
            grant_duration = UNSET

        provision_target = cls.__new__(cls)
        provision_target.app_entitlement_id = app_entitlement_id
        provision_target.app_id = app_id
        provision_target.app_user_id = app_user_id
        provision_target.grant_duration = grant_duration
        if len(d) == seen:
            provision_target.additional_properties = {}
        else:
            provision_target.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return provision_target

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
