from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorProvisionAccountProvision")

# The JSON keys of ConnectorProvisionAccountProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"config", "connectorId", "doNotSave", "saveToVault", "schemaId"})


@_attrs_define
class ConnectorProvisionAccountProvision:
    """
    Attributes:
        config (ConnectorProvisionAccountProvisionConfigMap | None | Unset):
        connector_id (None | str | Unset):
        do_not_save (ConnectorProvisionDoNotSave | None | Unset):
        save_to_vault (ConnectorProvisionSaveToVault | None | Unset):
        schema_id (None | str | Unset):
    """

    config: ConnectorProvisionAccountProvisionConfigMap | None | Unset = UNSET
    connector_id: None | str | Unset = UNSET
    do_not_save: ConnectorProvisionDoNotSave | None | Unset = UNSET
    save_to_vault: ConnectorProvisionSaveToVault | None | Unset = UNSET
    schema_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ConnectorProvisionAccountProvisionConfigMap):
            config = self.config.to_dict()
        else:
            config = self.config

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        do_not_save: dict[str, Any] | None | Unset
        if isinstance(self.do_not_save, Unset):
            do_not_save = UNSET
        elif isinstance(self.do_not_save, ConnectorProvisionDoNotSave):
            do_not_save = self.do_not_save.to_dict()
        else:
            do_not_save = self.do_not_save

        save_to_vault: dict[str, Any] | None | Unset
        if isinstance(self.save_to_vault, Unset):
            save_to_vault = UNSET
        elif isinstance(self.save_to_vault, ConnectorProvisionSaveToVault):
            save_to_vault = self.save_to_vault.to_dict()
        else:
            save_to_vault = self.save_to_vault

        schema_id: None | str | Unset
        if isinstance(self.schema_id, Unset):
            schema_id = UNSET
        else:
            schema_id = self.schema_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config is not UNSET:
            field_dict["config"] = config
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if do_not_save is not UNSET:
            field_dict["doNotSave"] = do_not_save
        if save_to_vault is not UNSET:
            field_dict["saveToVault"] = save_to_vault
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "config" in d:
            seen += 1
            _config = d["config"]
            config: ConnectorProvisionAccountProvisionConfigMap | None | Unset
            if _config is UNSET or _config is None:
                config = _config
            else:
                if not isinstance(_config, dict):
                    raise TypeError()
                config_type_0 = ConnectorProvisionAccountProvisionConfigMap.from_dict(_config)

                config = config_type_0

        else:
            config = UNSET

        if "connectorId" in d:
            seen += 1
            connector_id: None | str | Unset = d["connectorId"]

        else:
            connector_id = UNSET

        if "doNotSave" in d:
            seen += 1
            _do_not_save = d["doNotSave"]
            do_not_save: ConnectorProvisionDoNotSave | None | Unset
            if _do_not_save is UNSET or _do_not_save is None:
                do_not_save = _do_not_save
            else:
                if not isinstance(_do_not_save, dict):
                    raise TypeError()
                do_not_save_type_0 = ConnectorProvisionDoNotSave.from_dict(_do_not_save)

                do_not_save = do_not_save_type_0

        else:
            do_not_save = UNSET

        if "saveToVault" in d:
            seen += 1
            _save_to_vault = d["saveToVault"]
            save_to_vault: ConnectorProvisionSaveToVault | None | Unset
            if _save_to_vault is UNSET or _save_to_vault is None:
                save_to_vault = _save_to_vault
            else:
                if not isinstance(_save_to_vault, dict):
                    raise TypeError()
                save_to_vault_type_0 = ConnectorProvisionSaveToVault.from_dict(_save_to_vault)

                save_to_vault = save_to_vault_type_0

        else:
            save_to_vault = UNSET

        if "schemaId" in d:
            seen += 1
            schema_id: None | str | Unset = d["schemaId"]

        else:
            schema_id = UNSET

        connector_provision_account_provision = cls.__new__(cls)
        connector_provision_account_provision.config = config
        connector_provision_account_provision.connector_id = connector_id
        connector_provision_account_provision.do_not_save = do_not_save
        connector_provision_account_provision.save_to_vault = save_to_vault
        connector_provision_account_provision.schema_id = schema_id
        if len(d) == seen:
            connector_provision_account_provision.additional_properties = {}
        else:
            connector_provision_account_provision.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return connector_provision_account_provision

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
from ..models.connector_provision_account_provision_config_map import ConnectorProvisionAccountProvisionConfigMap  # noqa: E402
from ..models.connector_provision_do_not_save import ConnectorProvisionDoNotSave  # noqa: E402
from ..models.connector_provision_save_to_vault import ConnectorProvisionSaveToVault  # noqa: E402
