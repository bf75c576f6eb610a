from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionerAssignment")

# The JSON keys of ProvisionerAssignment's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appOwners", "entitlementOwners", "expression", "group", "manager", "users"})


@_attrs_define
class ProvisionerAssignment:
    """Who a manual provisioning task is assigned to; at most one kind is set (protobuf oneof).

    Attributes:
        app_owners (AppOwnerProvisioner | None | Unset):
        entitlement_owners (EntitlementOwnerProvisioner | None | Unset):
        expression (ExpressionProvisioner | None | Unset):
        group (GroupProvisioner | None | Unset):
        manager (ManagerProvisioner | None | Unset):
        users (None | Unset | UserProvisioner):
    """

    app_owners: AppOwnerProvisioner | None | Unset = UNSET
    entitlement_owners: EntitlementOwnerProvisioner | None | Unset = UNSET
    expression: ExpressionProvisioner | None | Unset = UNSET
    group: GroupProvisioner | None | Unset = UNSET
    manager: ManagerProvisioner | None | Unset = UNSET
    users: None | Unset | UserProvisioner = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_owners: dict[str, Any] | None | Unset
        if isinstance(self.app_owners, Unset):
            app_owners = UNSET
        elif isinstance(self.app_owners, AppOwnerProvisioner):
            app_owners = self.app_owners.to_dict()
        else:
            app_owners = self.app_owners

        entitlement_owners: dict[str, Any] | None | Unset
        if isinstance(self.entitlement_owners, Unset):
            entitlement_owners = UNSET
        elif isinstance(self.entitlement_owners, EntitlementOwnerProvisioner):
            entitlement_owners = self.entitlement_owners.to_dict()
        else:
            entitlement_owners = self.entitlement_owners

        expression: dict[str, Any] | None | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        elif isinstance(self.expression, ExpressionProvisioner):
            expression = self.expression.to_dict()
        else:
            expression = self.expression

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, GroupProvisioner):
            group = self.group.to_dict()
        else:
            group = self.group

        manager: dict[str, Any] | None | Unset
        if isinstance(self.manager, Unset):
            manager = UNSET
        elif isinstance(self.manager, ManagerProvisioner):
            manager = self.manager.to_dict()
        else:
            manager = self.manager

        users: dict[str, Any] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, UserProvisioner):
            users = self.users.to_dict()
        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_owners is not UNSET:
            field_dict["appOwners"] = app_owners
        if entitlement_owners is not UNSET:
            field_dict["entitlementOwners"] = entitlement_owners
        if expression is not UNSET:
            field_dict["expression"] = expression
        if group is not UNSET:
            field_dict["group"] = group
        if manager is not UNSET:
            field_dict["manager"] = manager
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "appOwners" in d:
            seen += 1
            _app_owners = d["appOwners"]
            app_owners: AppOwnerProvisioner | None | Unset
            if _app_owners is UNSET or _app_owners is None:
                app_owners = _app_owners
            else:
                if not isinstance(_app_owners, dict):
                    raise TypeError()
                app_owners_type_0 = AppOwnerProvisioner.from_dict(_app_owners)

                app_owners = app_owners_type_0

        else:
            app_owners = UNSET

        if "entitlementOwners" in d:
            seen += 1
            _entitlement_owners = d["entitlementOwners"]
            entitlement_owners: EntitlementOwnerProvisioner | None | Unset
            if _entitlement_owners is UNSET or _entitlement_owners is None:
                entitlement_owners = _entitlement_owners
            else:
                if not isinstance(_entitlement_owners, dict):
                    raise TypeError()
                entitlement_owners_type_0 = EntitlementOwnerProvisioner.from_dict(_entitlement_owners)

                entitlement_owners = entitlement_owners_type_0

        else:
            entitlement_owners = UNSET

        if "expression" in d:
            seen += 1
            _expression = d["expression"]
            expression: ExpressionProvisioner | None | Unset
            if _expression is UNSET or _expression is None:
                expression = _expression
            else:
                if not isinstance(_expression, dict):
                    raise TypeError()
                expression_type_0 = ExpressionProvisioner.from_dict(_expression)

                expression = expression_type_0

        else:
            expression = UNSET

        if "group" in d:
            seen += 1
            _group = d["group"]
            group: GroupProvisioner | None | Unset
            if _group is UNSET or _group is None:
                group = _group
            else:
                if not isinstance(_group, dict):
                    raise TypeError()
                group_type_0 = GroupProvisioner.from_dict(_group)

                group = group_type_0

        else:
            group = UNSET

        if "manager" in d:
            seen += 1
            _manager = d["manager"]
            manager: ManagerProvisioner | None | Unset
            if _manager is UNSET or _manager is None:
                manager = _manager
            else:
                if not isinstance(_manager, dict):
                    raise TypeError()
                manager_type_0 = ManagerProvisioner.from_dict(_manager)

                manager = manager_type_0

        else:
            manager = UNSET

        if "users" in d:
            seen += 1
            _users = d["users"]
            users: None | Unset | UserProvisioner
            if _users is UNSET or _users is None:
                users = _users
            else:
                if not isinstance(_users, dict):
                    raise TypeError()
                users_type_0 = UserProvisioner.from_dict(_users)

                users = users_type_0

        else:
            users = UNSET

        provisioner_assignment = cls.__new__(cls)
        provisioner_assignment.app_owners = app_owners
        provisioner_assignment.entitlement_owners = entitlement_owners
        provisioner_assignment.expression = expression
        provisioner_assignment.group = group
        provisioner_assignment.manager = manager
        provisioner_assignment.users = users
        if len(d) == seen:
            provisioner_assignment.additional_properties = {}
        else:
            provisioner_assignment.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return provisioner_assignment

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
from ..models.app_owner_provisioner import AppOwnerProvisioner  # noqa: E402
from ..models.entitlement_owner_provisioner import EntitlementOwnerProvisioner  # noqa: E402
from ..models.expression_provisioner import ExpressionProvisioner  # noqa: E402
from ..models.group_provisioner import GroupProvisioner  # noqa: E402
from ..models.manager_provisioner import ManagerProvisioner  # noqa: E402
from ..models.user_provisioner import UserProvisioner  # noqa: E402
