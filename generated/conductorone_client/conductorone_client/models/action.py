from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_target_automation import ActionTargetAutomation
    from ..models.action_target_baton_resource_action import ActionTargetBatonResourceAction
    from ..models.action_target_client_id_approval import ActionTargetClientIdApproval


T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """An action step; at most one target is set (protobuf oneof).

    Attributes:
        automation (ActionTargetAutomation | None | Unset):
        baton_resource_action (ActionTargetBatonResourceAction | None | Unset):
        client_id_approval (ActionTargetClientIdApproval | None | Unset):
    """

    automation: ActionTargetAutomation | None | Unset = UNSET
    baton_resource_action: ActionTargetBatonResourceAction | None | Unset = UNSET
    client_id_approval: ActionTargetClientIdApproval | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_target_automation import ActionTargetAutomation  # noqa: PLC0415
        from ..models.action_target_baton_resource_action import ActionTargetBatonResourceAction  # noqa: PLC0415
        from ..models.action_target_client_id_approval import ActionTargetClientIdApproval  # noqa: PLC0415

        automation: dict[str, Any] | None | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, ActionTargetAutomation):
            automation = self.automation.to_dict()
        else:
            automation = self.automation

        baton_resource_action: dict[str, Any] | None | Unset
        if isinstance(self.baton_resource_action, Unset):
            baton_resource_action = UNSET
        elif isinstance(self.baton_resource_action, ActionTargetBatonResourceAction):
            baton_resource_action = self.baton_resource_action.to_dict()
        else:
            baton_resource_action = self.baton_resource_action

        client_id_approval: dict[str, Any] | None | Unset
        if isinstance(self.client_id_approval, Unset):
            client_id_approval = UNSET
        elif isinstance(self.client_id_approval, ActionTargetClientIdApproval):
            client_id_approval = self.client_id_approval.to_dict()
        else:
            client_id_approval = self.client_id_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation is not UNSET:
            field_dict["automation"] = automation
        if baton_resource_action is not UNSET:
            field_dict["batonResourceAction"] = baton_resource_action
        if client_id_approval is not UNSET:
            field_dict["clientIdApproval"] = client_id_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_target_automation import ActionTargetAutomation  # noqa: PLC0415
        from ..models.action_target_baton_resource_action import ActionTargetBatonResourceAction  # noqa: PLC0415
        from ..models.action_target_client_id_approval import ActionTargetClientIdApproval  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_automation(data: object) -> ActionTargetAutomation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            automation_type_0 = ActionTargetAutomation.from_dict(data)

            return automation_type_0

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_baton_resource_action(data: object) -> ActionTargetBatonResourceAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            baton_resource_action_type_0 = ActionTargetBatonResourceAction.from_dict(data)

            return baton_resource_action_type_0

        baton_resource_action = _parse_baton_resource_action(d.pop("batonResourceAction", UNSET))

        def _parse_client_id_approval(data: object) -> ActionTargetClientIdApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            client_id_approval_type_0 = ActionTargetClientIdApproval.from_dict(data)

            return client_id_approval_type_0

        client_id_approval = _parse_client_id_approval(d.pop("clientIdApproval", UNSET))

        action = cls(
            automation=automation,
            baton_resource_action=baton_resource_action,
            client_id_approval=client_id_approval,
        )

        action.additional_properties = d
        return action

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
