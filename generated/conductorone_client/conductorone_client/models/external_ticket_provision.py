from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalTicketProvision")

# The JSON keys of ExternalTicketProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appId", "connectorId", "externalTicketProvisionerConfigId", "instructions"})


@_attrs_define
class ExternalTicketProvision:
    """
    Attributes:
        app_id (None | str | Unset):
        connector_id (None | str | Unset):
        external_ticket_provisioner_config_id (None | str | Unset):
        instructions (None | str | Unset):
    """

    app_id: None | str | Unset = UNSET
    connector_id: None | str | Unset = UNSET
    external_ticket_provisioner_config_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        external_ticket_provisioner_config_id: None | str | Unset
        if isinstance(self.external_ticket_provisioner_config_id, Unset):
            external_ticket_provisioner_config_id = UNSET
        else:
            external_ticket_provisioner_config_id = self.external_ticket_provisioner_config_id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if external_ticket_provisioner_config_id is not UNSET:
            field_dict["externalTicketProvisionerConfigId"] = external_ticket_provisioner_config_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

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

        if "connectorId" in d:
            seen += 1
            connector_id: None | str | Unset = d["connectorId"]

        else:
            connector_id = UNSET

        if "externalTicketProvisionerConfigId" in d:
            seen += 1
            external_ticket_provisioner_config_id: None | str | Unset = d["externalTicketProvisionerConfigId"]

        else:
            external_ticket_provisioner_config_id = UNSET

        if "instructions" in d:
            seen += 1
            instructions: None | str | Unset = d["instructions"]

        else:
            instructions = UNSET

        external_ticket_provision = cls.__new__(cls)
        external_ticket_provision.app_id = app_id
        external_ticket_provision.connector_id = connector_id
        external_ticket_provision.external_ticket_provisioner_config_id = external_ticket_provisioner_config_id
        external_ticket_provision.instructions = instructions
        if len(d) == seen:
            external_ticket_provision.additional_properties = {}
        else:
            external_ticket_provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return external_ticket_provision

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
