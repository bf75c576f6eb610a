from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionProvision")

# The JSON keys of ActionProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"actionName", "appId", "connectorId", "displayName"})


@_attrs_define
class ActionProvision:
    """Provision by running a connector action.

    Attributes:
        action_name (None | str | Unset):
        app_id (None | str | Unset):
        connector_id (None | str | Unset):
        display_name (None | str | Unset):
    """

    action_name: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    connector_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: None | str | Unset
        if isinstance(self.action_name, Unset):
            action_name = UNSET
        else:
            action_name = self.action_name

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action_name is not UNSET:
            field_dict["actionName"] = action_name
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "actionName" in d:
            seen += 1
            action_name: None | str | Unset = d["actionName"]

        else:
            action_name = UNSET

        if "appId" in d:
            seen += 1
            app_id: None | str | Unset = d["appId"]

        else:
            app_id = UNSET

        if "connectorId" in d:
            seen += 1
            connector_id: None | str | Unset = d["connectorId"]

        else:
            connector_id = UNSET

        if "displayName" in d:
            seen += 1
            display_name: None | str | Unset = d["displayName"]

        else:
            display_name = UNSET

        action_provision = cls.__new__(cls)
        action_provision.action_name = action_name
        action_provision.app_id = app_id
        action_provision.connector_id = connector_id
        action_provision.display_name = display_name
        if len(d) == seen:
            action_provision.additional_properties = {}
        else:
            action_provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return action_provision

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
