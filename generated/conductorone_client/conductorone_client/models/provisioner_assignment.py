from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_owner_provisioner import AppOwnerProvisioner
    from ..models.entitlement_owner_provisioner import EntitlementOwnerProvisioner
    from ..models.expression_provisioner import ExpressionProvisioner
    from ..models.group_provisioner import GroupProvisioner
    from ..models.manager_provisioner import ManagerProvisioner
    from ..models.user_provisioner import UserProvisioner


T = TypeVar("T", bound="ProvisionerAssignment")


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
        from ..models.app_owner_provisioner import AppOwnerProvisioner  # noqa: PLC0415
        from ..models.entitlement_owner_provisioner import EntitlementOwnerProvisioner  # noqa: PLC0415
        from ..models.expression_provisioner import ExpressionProvisioner  # noqa: PLC0415
        from ..models.group_provisioner import GroupProvisioner  # noqa: PLC0415
        from ..models.manager_provisioner import ManagerProvisioner  # noqa: PLC0415
        from ..models.user_provisioner import UserProvisioner  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.app_owner_provisioner import AppOwnerProvisioner  # noqa: PLC0415
        from ..models.entitlement_owner_provisioner import EntitlementOwnerProvisioner  # noqa: PLC0415
        from ..models.expression_provisioner import ExpressionProvisioner  # noqa: PLC0415
        from ..models.group_provisioner import GroupProvisioner  # noqa: PLC0415
        from ..models.manager_provisioner import ManagerProvisioner  # noqa: PLC0415
        from ..models.user_provisioner import UserProvisioner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_app_owners(data: object) -> AppOwnerProvisioner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            app_owners_type_0 = AppOwnerProvisioner.from_dict(data)

            return app_owners_type_0

        app_owners = _parse_app_owners(d.pop("appOwners", UNSET))

        def _parse_entitlement_owners(data: object) -> EntitlementOwnerProvisioner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            entitlement_owners_type_0 = EntitlementOwnerProvisioner.from_dict(data)

            return entitlement_owners_type_0

        entitlement_owners = _parse_entitlement_owners(d.pop("entitlementOwners", UNSET))

        def _parse_expression(data: object) -> ExpressionProvisioner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            expression_type_0 = ExpressionProvisioner.from_dict(data)

            return expression_type_0

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_group(data: object) -> GroupProvisioner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            group_type_0 = GroupProvisioner.from_dict(data)

            return group_type_0

        group = _parse_group(d.pop("group", UNSET))

        def _parse_manager(data: object) -> ManagerProvisioner | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            manager_type_0 = ManagerProvisioner.from_dict(data)

            return manager_type_0

        manager = _parse_manager(d.pop("manager", UNSET))

        def _parse_users(data: object) -> None | Unset | UserProvisioner:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            users_type_0 = UserProvisioner.from_dict(data)

            return users_type_0

        users = _parse_users(d.pop("users", UNSET))

        provisioner_assignment = cls(
            app_owners=app_owners,
            entitlement_owners=entitlement_owners,
            expression=expression,
            group=group,
            manager=manager,
            users=users,
        )

        provisioner_assignment.additional_properties = d
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
