from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Action")

# The JSON keys of Action's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"automation", "batonResourceAction", "clientIdApproval"})


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
        if automation is not UNSET:
            field_dict["automation"] = automation
        if baton_resource_action is not UNSET:
            field_dict["batonResourceAction"] = baton_resource_action
        if client_id_approval is not UNSET:
            field_dict["clientIdApproval"] = client_id_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "automation" in d:
            seen += 1
            _automation = d["automation"]
            automation: ActionTargetAutomation | None | Unset
            if _automation is UNSET or _automation is None:
                automation = _automation
            else:
                if not isinstance(_automation, dict):
                    raise TypeError()
                automation_type_0 = ActionTargetAutomation.from_dict(_automation)

                automation = automation_type_0

        else:
            automation = UNSET

        if "batonResourceAction" in d:
            seen += 1
            _baton_resource_action = d["batonResourceAction"]
            baton_resource_action: ActionTargetBatonResourceAction | None | Unset
            if _baton_resource_action is UNSET or _baton_resource_action is None:
                baton_resource_action = _baton_resource_action
            else:
                if not isinstance(_baton_resource_action, dict):
                    raise TypeError()
                baton_resource_action_type_0 = ActionTargetBatonResourceAction.from_dict(_baton_resource_action)

                baton_resource_action = baton_resource_action_type_0

        else:
            baton_resource_action = UNSET

        if "clientIdApproval" in d:
            seen += 1
            _client_id_approval = d["clientIdApproval"]
            client_id_approval: ActionTargetClientIdApproval | None | Unset
            if _client_id_approval is UNSET or _client_id_approval is None:
                client_id_approval = _client_id_approval
            else:
                if not isinstance(_client_id_approval, dict):
                    raise TypeError()
                client_id_approval_type_0 = ActionTargetClientIdApproval.from_dict(_client_id_approval)

                client_id_approval = client_id_approval_type_0

        else:
            client_id_approval = UNSET

        action = cls.__new__(cls)
        action.automation = automation
        action.baton_resource_action = baton_resource_action
        action.client_id_approval = client_id_approval
        if len(d) == seen:
            action.additional_properties = {}
        else:
            action.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.action_target_automation import ActionTargetAutomation  # noqa: E402
from ..models.action_target_baton_resource_action import ActionTargetBatonResourceAction  # noqa: E402
from ..models.action_target_client_id_approval import ActionTargetClientIdApproval  # noqa: E402
