from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegatedProvision")

# The JSON keys of DelegatedProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appId", "entitlementId", "implicit"})


@_attrs_define
class DelegatedProvision:
    """
    Attributes:
        app_id (None | str | Unset):
        entitlement_id (None | str | Unset):
        implicit (bool | None | Unset):
    """

    app_id: None | str | Unset = UNSET
    entitlement_id: None | str | Unset = UNSET
    implicit: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        entitlement_id: None | str | Unset
        if isinstance(self.entitlement_id, Unset):
            entitlement_id = UNSET
        else:
            entitlement_id = self.entitlement_id

        implicit: bool | None | Unset
        if isinstance(self.implicit, Unset):
            implicit = UNSET
        else:
            implicit = self.implicit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if entitlement_id is not UNSET:
            field_dict["entitlementId"] = entitlement_id
        if implicit is not UNSET:
            field_dict["implicit"] = implicit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "appId" in d:
            seen += 1
            app_id: None | str | Unset = d["appId"]

        else:
            app_id = UNSET

        if "entitlementId" in d:
            seen += 1
            entitlement_id: None | str | Unset = d["entitlementId"]

        else:
            entitlement_id = UNSET

        if "implicit" in d:
            seen += 1
            implicit: bool | None | Unset = d["implicit"]

        else:
            implicit = UNSET

        delegated_provision = cls.__new__(cls)
        delegated_provision.app_id = app_id
        delegated_provision.entitlement_id = entitlement_id
        delegated_provision.implicit = implicit
        if len(d) == seen:
            delegated_provision.additional_properties = {}
        else:
            delegated_provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return delegated_provision

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
