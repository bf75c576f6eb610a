from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorProvision")

# The JSON keys of ConnectorProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"account", "defaultBehavior", "deleteAccount"})


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
        if account is not UNSET:
            field_dict["account"] = account
        if default_behavior is not UNSET:
            field_dict["defaultBehavior"] = default_behavior
        if delete_account is not UNSET:
            field_dict["deleteAccount"] = delete_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "account" in d:
            seen += 1
            _account = d["account"]
            account: ConnectorProvisionAccountProvision | None | Unset
            if _account is UNSET or _account is None:
                account = _account
            else:
                if not isinstance(_account, dict):
                    raise TypeError()
                account_type_0 = ConnectorProvisionAccountProvision.from_dict(_account)

                account = account_type_0

        else:
            account = UNSET

        if "defaultBehavior" in d:
            seen += 1
            _default_behavior = d["defaultBehavior"]
            default_behavior: ConnectorProvisionDefaultBehavior | None | Unset
            if _default_behavior is UNSET or _default_behavior is None:
                default_behavior = _default_behavior
            else:
                if not isinstance(_default_behavior, dict):
                    raise TypeError()
                default_behavior_type_0 = ConnectorProvisionDefaultBehavior.from_dict(_default_behavior)

                default_behavior = default_behavior_type_0

        else:
            default_behavior = UNSET

        if "deleteAccount" in d:
            seen += 1
            _delete_account = d["deleteAccount"]
            delete_account: ConnectorProvisionDeleteAccount | None | Unset
            if _delete_account is UNSET or _delete_account is None:
                delete_account = _delete_account
            else:
                if not isinstance(_delete_account, dict):
                    raise TypeError()
                delete_account_type_0 = ConnectorProvisionDeleteAccount.from_dict(_delete_account)

                delete_account = delete_account_type_0

        else:
            delete_account = UNSET

        connector_provision = cls.__new__(cls)
        connector_provision.account = account
        connector_provision.default_behavior = default_behavior
        connector_provision.delete_account = delete_account
        if len(d) == seen:
            connector_provision.additional_properties = {}
        else:
            connector_provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.connector_provision_account_provision import ConnectorProvisionAccountProvision  # noqa: E402
from ..models.connector_provision_default_behavior import ConnectorProvisionDefaultBehavior  # noqa: E402
from ..models.connector_provision_delete_account import ConnectorProvisionDeleteAccount  # noqa: E402
