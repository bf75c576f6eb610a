from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_provision_account_provision import ConnectorProvisionAccountProvision
    from ..models.connector_provision_default_behavior import ConnectorProvisionDefaultBehavior
    from ..models.connector_provision_delete_account import ConnectorProvisionDeleteAccount


T = TypeVar("T", bound="ConnectorProvision")


@_attrs_define
class ConnectorProvision:
    """
    Attributes:
        account (ConnectorProvisionAccountProvision | None | Unset):
        default_behavior (ConnectorProvisionDefaultBehavior | None | Unset):
        delete_account (ConnectorProvisionDeleteAccount | None | Unset):
    """

    account: ConnectorProvisionAccountProvision | None | Unset = UNSET
    default_behavior: ConnectorProvisionDefaultBehavior | None | Unset = UNSET
    delete_account: ConnectorProvisionDeleteAccount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connector_provision_account_provision import ConnectorProvisionAccountProvision  # noqa: PLC0415
        from ..models.connector_provision_default_behavior import ConnectorProvisionDefaultBehavior  # noqa: PLC0415
        from ..models.connector_provision_delete_account import ConnectorProvisionDeleteAccount  # noqa: PLC0415

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, ConnectorProvisionAccountProvision):
            account = self.account.to_dict()
        else:
            account = self.account

        default_behavior: dict[str, Any] | None | Unset
        if isinstance(self.default_behavior, Unset):
            default_behavior = UNSET
        elif isinstance(self.default_behavior, ConnectorProvisionDefaultBehavior):
            default_behavior = self.default_behavior.to_dict()
        else:
            default_behavior = self.default_behavior

        delete_account: dict[str, Any] | None | Unset
        if isinstance(self.delete_account, Unset):
            delete_account = UNSET
        elif isinstance(self.delete_account, ConnectorProvisionDeleteAccount):
            delete_account = self.delete_account.to_dict()
        else:
            delete_account = self.delete_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if default_behavior is not UNSET:
            field_dict["defaultBehavior"] = default_behavior
        if delete_account is not UNSET:
            field_dict["deleteAccount"] = delete_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector_provision_account_provision import ConnectorProvisionAccountProvision  # noqa: PLC0415
        from ..models.connector_provision_default_behavior import ConnectorProvisionDefaultBehavior  # noqa: PLC0415
        from ..models.connector_provision_delete_account import ConnectorProvisionDeleteAccount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account(data: object) -> ConnectorProvisionAccountProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            account_type_0 = ConnectorProvisionAccountProvision.from_dict(data)

            return account_type_0

        account = _parse_account(d.pop("account", UNSET))

        def _parse_default_behavior(data: object) -> ConnectorProvisionDefaultBehavior | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            default_behavior_type_0 = ConnectorProvisionDefaultBehavior.from_dict(data)

            return default_behavior_type_0

        default_behavior = _parse_default_behavior(d.pop("defaultBehavior", UNSET))

        def _parse_delete_account(data: object) -> ConnectorProvisionDeleteAccount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            delete_account_type_0 = ConnectorProvisionDeleteAccount.from_dict(data)

            return delete_account_type_0

        delete_account = _parse_delete_account(d.pop("deleteAccount", UNSET))

        connector_provision = cls(
            account=account,
            default_behavior=default_behavior,
            delete_account=delete_account,
        )

        connector_provision.additional_properties = d
        return connector_provision

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
