from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorProvisionSaveToVault")

# The JSON keys of ConnectorProvisionSaveToVault's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"vaultIds"})


@_attrs_define
class ConnectorProvisionSaveToVault:
    """
    Attributes:
        vault_ids (list[str] | None | Unset):
    """

    vault_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vault_ids: list[str] | None | Unset
        if isinstance(self.vault_ids, Unset):
            vault_ids = UNSET
        elif isinstance(self.vault_ids, list):
            vault_ids = self.vault_ids

        else:
            vault_ids = self.vault_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vault_ids is not UNSET:
            field_dict["vaultIds"] = vault_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "vaultIds" in d:
            seen += 1
            _vault_ids = d["vaultIds"]
            vault_ids: list[str] | None | Unset
            if _vault_ids is UNSET or _vault_ids is None:
                vault_ids = _vault_ids
            else:
                if not isinstance(_vault_ids, list):
                    raise TypeError()
                vault_ids_type_0: list[str] = _vault_ids

                vault_ids = vault_ids_type_0

        else:
            vault_ids = UNSET

        connector_provision_save_to_vault = cls.__new__(cls)
        connector_provision_save_to_vault.vault_ids = vault_ids
        if len(d) == seen:
            connector_provision_save_to_vault.additional_properties = {}
        else:
            connector_provision_save_to_vault.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return connector_provision_save_to_vault

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
