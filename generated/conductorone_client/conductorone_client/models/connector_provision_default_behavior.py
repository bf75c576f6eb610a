from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorProvisionDefaultBehavior")

# The JSON keys of ConnectorProvisionDefaultBehavior's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"connectorId"})


@_attrs_define
class ConnectorProvisionDefaultBehavior:
    """
    Attributes:
        connector_id (None | str | Unset):
    """

    connector_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "connectorId" in d:
            seen += 1
            connector_id: None | str | Unset = d["connectorId"]

        else:
            connector_id = UNSET

        connector_provision_default_behavior = cls.__new__(cls)
        connector_provision_default_behavior.connector_id = connector_id
        if len(d) == seen:
            connector_provision_default_behavior.additional_properties = {}
        else:
            connector_provision_default_behavior.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return connector_provision_default_behavior

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
