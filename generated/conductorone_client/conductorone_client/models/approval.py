from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Approval")

# The JSON keys of Approval's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "agent",
        "allowDelegation",
        "allowReassignment",
        "allowedReassignees",
        "appOwners",
        "assigned",
        "entitlementOwners",
        "escalation",
        "escalationEnabled",
        "expression",
        "group",
        "manager",
        "requireApprovalReason",
        "requireDenialReason",
        "requireReassignmentReason",
        "requiresStepUpProviderId",
        "resourceOwners",
        "self",
        "users",
        "webhook",
    }
)


@_attrs_define
class Approval:
    """An approval step and who may approve it; normally one approver kind is set.

    Attributes:
        agent (AgentApproval | None | Unset):
        allow_delegation (bool | None | Unset):
        allow_reassignment (bool | None | Unset):
        allowed_reassignees (list[str] | None | Unset):
        app_owners (AppOwnerApproval | None | Unset):
        assigned (bool | None | Unset):
        entitlement_owners (EntitlementOwnerApproval | None | Unset):
        escalation (Escalation | None | Unset):
        escalation_enabled (bool | None | Unset):
        expression (ExpressionApproval | None | Unset):
        group (AppGroupApproval | None | Unset):
        manager (ManagerApproval | None | Unset):
        require_approval_reason (bool | None | Unset):
        require_denial_reason (bool | None | Unset):
        require_reassignment_reason (bool | None | Unset):
        requires_step_up_provider_id (None | str | Unset):
        resource_owners (None | ResourceOwnerApproval | Unset):
        self_ (None | SelfApproval | Unset):
        users (None | Unset | UserApproval):
        webhook (None | Unset | WebhookApproval):
    """

    agent: AgentApproval | None | Unset = UNSET
    allow_delegation: bool | None | Unset = UNSET
    allow_reassignment: bool | None | Unset = UNSET
    allowed_reassignees: list[str] | None | Unset = UNSET
    app_owners: AppOwnerApproval | None | Unset = UNSET
    assigned: bool | None | Unset = UNSET
    entitlement_owners: EntitlementOwnerApproval | None | Unset = UNSET
    escalation: Escalation | None | Unset = UNSET
    escalation_enabled: bool | None | Unset = UNSET
    expression: ExpressionApproval | None | Unset = UNSET
    group: AppGroupApproval | None | Unset = UNSET
    manager: ManagerApproval | None | Unset = UNSET
    require_approval_reason: bool | None | Unset = UNSET
    require_denial_reason: bool | None | Unset = UNSET
    require_reassignment_reason: bool | None | Unset = UNSET
    requires_step_up_provider_id: None | str | Unset = UNSET
    resource_owners: None | ResourceOwnerApproval | Unset = UNSET
    self_: None | SelfApproval | Unset = UNSET
    users: None | Unset | UserApproval = UNSET
    webhook: None | Unset | WebhookApproval = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, AgentApproval):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        allow_delegation: bool | None | Unset
        if isinstance(self.allow_delegation, Unset):
            allow_delegation = UNSET
        else:
            allow_delegation = self.allow_delegation

        allow_reassignment: bool | None | Unset
        if isinstance(self.allow_reassignment, Unset):
            allow_reassignment = UNSET
        else:
            allow_reassignment = self.allow_reassignment

        allowed_reassignees: list[str] | None | Unset
        if isinstance(self.allowed_reassignees, Unset):
            allowed_reassignees = UNSET
        elif isinstance(self.allowed_reassignees, list):
            allowed_reassignees = self.allowed_reassignees

        else:
            allowed_reassignees = self.allowed_reassignees

        app_owners: dict[str, Any] | None | Unset
        if isinstance(self.app_owners, Unset):
            app_owners = UNSET
        elif isinstance(self.app_owners, AppOwnerApproval):
            app_owners = self.app_owners.to_dict()
        else:
            app_owners = self.app_owners

        assigned: bool | None | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        else:
            assigned = self.assigned

        entitlement_owners: dict[str, Any] | None | Unset
        if isinstance(self.entitlement_owners, Unset):
            entitlement_owners = UNSET
        elif isinstance(self.entitlement_owners, EntitlementOwnerApproval):
            entitlement_owners = self.entitlement_owners.to_dict()
        else:
            entitlement_owners = self.entitlement_owners

        escalation: dict[str, Any] | None | Unset
        if isinstance(self.escalation, Unset):
            escalation = UNSET
        elif isinstance(self.escalation, Escalation):
            escalation = self.escalation.to_dict()
        else:
            escalation = self.escalation

        escalation_enabled: bool | None | Unset
        if isinstance(self.escalation_enabled, Unset):
            escalation_enabled = UNSET
        else:
            escalation_enabled = self.escalation_enabled

        expression: dict[str, Any] | None | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        elif isinstance(self.expression, ExpressionApproval):
            expression = self.expression.to_dict()
        else:
            expression = self.expression

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, AppGroupApproval):
            group = self.group.to_dict()
        else:
            group = self.group

        manager: dict[str, Any] | None | Unset
        if isinstance(self.manager, Unset):
            manager = UNSET
        elif isinstance(self.manager, ManagerApproval):
            manager = self.manager.to_dict()
        else:
            manager = self.manager

        require_approval_reason: bool | None | Unset
        if isinstance(self.require_approval_reason, Unset):
            require_approval_reason = UNSET
        else:
            require_approval_reason = self.require_approval_reason

        require_denial_reason: bool | None | Unset
        if isinstance(self.require_denial_reason, Unset):
            require_denial_reason = UNSET
        else:
            require_denial_reason = self.require_denial_reason

        require_reassignment_reason: bool | None | Unset
        if isinstance(self.require_reassignment_reason, Unset):
            require_reassignment_reason = UNSET
        else:
            require_reassignment_reason = self.require_reassignment_reason

        requires_step_up_provider_id: None | str | Unset
        if isinstance(self.requires_step_up_provider_id, Unset):
            requires_step_up_provider_id = UNSET
        else:
            requires_step_up_provider_id = self.requires_step_up_provider_id

        resource_owners: dict[str, Any] | None | Unset
        if isinstance(self.resource_owners, Unset):
            resource_owners = UNSET
        elif isinstance(self.resource_owners, ResourceOwnerApproval):
            resource_owners = self.resource_owners.to_dict()
        else:
            resource_owners = self.resource_owners

        self_: dict[str, Any] | None | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        elif isinstance(self.self_, SelfApproval):
            self_ = self.self_.to_dict()
        else:
            self_ = self.self_

        users: dict[str, Any] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, UserApproval):
            users = self.users.to_dict()
        else:
            users = self.users

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookApproval):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent is not UNSET:
            field_dict["agent"] = agent
        if allow_delegation is not UNSET:
            field_dict["allowDelegation"] = allow_delegation
        if allow_reassignment is not UNSET:
            field_dict["allowReassignment"] = allow_reassignment
        if allowed_reassignees is not UNSET:
            field_dict["allowedReassignees"] = allowed_reassignees
        if app_owners is not UNSET:
            field_dict["appOwners"] = app_owners
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if entitlement_owners is not UNSET:
            field_dict["entitlementOwners"] = entitlement_owners
        if escalation is not UNSET:
            field_dict["escalation"] = escalation
        if escalation_enabled is not UNSET:
            field_dict["escalationEnabled"] = escalation_enabled
        if expression is not UNSET:
            field_dict["expression"] = expression
        if group is not UNSET:
            field_dict["group"] = group
        if manager is not UNSET:
            field_dict["manager"] = manager
        if require_approval_reason is not UNSET:
            field_dict["requireApprovalReason"] = require_approval_reason
        if require_denial_reason is not UNSET:
            field_dict["requireDenialReason"] = require_denial_reason
        if require_reassignment_reason is not UNSET:
            field_dict["requireReassignmentReason"] = require_reassignment_reason
        if requires_step_up_provider_id is not UNSET:
            field_dict["requiresStepUpProviderId"] = requires_step_up_provider_id
        if resource_owners is not UNSET:
            field_dict["resourceOwners"] = resource_owners
        if self_ is not UNSET:
            field_dict["self"] = self_
        if users is not UNSET:
            field_dict["users"] = users
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "agent" in d:
            seen += 1
            _agent = d["agent"]
            agent: AgentApproval | None | Unset
            if _agent is UNSET or _agent is None:
                agent = _agent
            else:
                if not isinstance(_agent, dict):
                    raise TypeError()
                agent_type_0 = AgentApproval.from_dict(_agent)

                agent = agent_type_0

        else:
            agent = UNSET

        if "allowDelegation" in d:
            seen += 1
            allow_delegation: bool | None | Unset = d["allowDelegation"]

        else:
            allow_delegation = UNSET

        if "allowReassignment" in d:
            seen += 1
            allow_reassignment: bool | None | Unset = d["allowReassignment"]

        else:
            allow_reassignment = UNSET

        if "allowedReassignees" in d:
            seen += 1
            _allowed_reassignees = d["allowedReassignees"]
            allowed_reassignees: list[str] | None | Unset
            if _allowed_reassignees is UNSET or _allowed_reassignees is None:
                allowed_reassignees = _allowed_reassignees
            else:
                if not isinstance(_allowed_reassignees, list):
                    raise TypeError()
                allowed_reassignees_type_0: list[str] = _allowed_reassignees

                allowed_reassignees = allowed_reassignees_type_0

        else:
            allowed_reassignees = UNSET

        if "appOwners" in d:
            seen += 1
            _app_owners = d["appOwners"]
            app_owners: AppOwnerApproval | None | Unset
            if _app_owners is UNSET or _app_owners is None:
                app_owners = _app_owners
            else:
                if not isinstance(_app_owners, dict):
                    raise TypeError()
                app_owners_type_0 = AppOwnerApproval.from_dict(_app_owners)

                app_owners = app_owners_type_0

        else:
            app_owners = UNSET

        if "assigned" in d:
            seen += 1
            assigned: bool | None | Unset = d["assigned"]

        else:
            assigned = UNSET

        if "entitlementOwners" in d:
            seen += 1
            _entitlement_owners = d["entitlementOwners"]
            entitlement_owners: EntitlementOwnerApproval | None | Unset
            if _entitlement_owners is UNSET or _entitlement_owners is None:
                entitlement_owners = _entitlement_owners
            else:
                if not isinstance(_entitlement_owners, dict):
                    raise TypeError()
                entitlement_owners_type_0 = EntitlementOwnerApproval.from_dict(_entitlement_owners)

                entitlement_owners = entitlement_owners_type_0

        else:
            entitlement_owners = UNSET

        if "escalation" in d:
            seen += 1
            _escalation = d["escalation"]
            escalation: Escalation | None | Unset
            if _escalation is UNSET or _escalation is None:
                escalation = _escalation
            else:
                if not isinstance(_escalation, dict):
                    raise TypeError()
                escalation_type_0 = Escalation.from_dict(_escalation)

                escalation = escalation_type_0

        else:
            escalation = UNSET

        if "escalationEnabled" in d:
            seen += 1
            escalation_enabled: bool | None | Unset = d["escalationEnabled"]

        else:
            escalation_enabled = UNSET

        if "expression" in d:
            seen += 1
            _expression = d["expression"]
            expression: ExpressionApproval | None | Unset
            if _expression is UNSET or _expression is None:
                expression = _expression
            else:
                if not isinstance(_expression, dict):
                    raise TypeError()
                expression_type_0 = ExpressionApproval.from_dict(_expression)

                expression = expression_type_0

        else:
            expression = UNSET

        if "group" in d:
            seen += 1
            _group = d["group"]
            group: AppGroupApproval | None | Unset
            if _group is UNSET or _group is None:
                group = _group
            else:
                if not isinstance(_group, dict):
                    raise TypeError()
                group_type_0 = AppGroupApproval.from_dict(_group)

                group = group_type_0

        else:
            group = UNSET

        if "manager" in d:
            seen += 1
            _manager = d["manager"]
            manager: ManagerApproval | None | Unset
            if _manager is UNSET or _manager is None:
                manager = _manager
            else:
                if not isinstance(_manager, dict):
                    raise TypeError()
                manager_type_0 = ManagerApproval.from_dict(_manager)

                manager = manager_type_0

        else:
            manager = UNSET

        if "requireApprovalReason" in d:
            seen += 1
            require_approval_reason: bool | None | Unset = d["requireApprovalReason"]

        else:
            require_approval_reason = UNSET

        if "requireDenialReason" in d:
            seen += 1
            require_denial_reason: bool | None | Unset = d["requireDenialReason"]

        else:
            require_denial_reason = UNSET

        if "requireReassignmentReason" in d:
            seen += 1
            require_reassignment_reason: bool | None | Unset = d["requireReassignmentReason"]

        else:
            require_reassignment_reason = UNSET

        if "requiresStepUpProviderId" in d:
            seen += 1
            requires_step_up_provider_id: None | str | Unset = d["requiresStepUpProviderId"]

        else:
            requires_step_up_provider_id = UNSET

        if "resourceOwners" in d:
            seen += 1
            _resource_owners = d["resourceOwners"]
            resource_owners: None | ResourceOwnerApproval | Unset
            if _resource_owners is UNSET or _resource_owners is None:
                resource_owners = _resource_owners
            else:
                if not isinstance(_resource_owners, dict):
                    raise TypeError()
                resource_owners_type_0 = ResourceOwnerApproval.from_dict(_resource_owners)

                resource_owners = resource_owners_type_0

        else:
            resource_owners = UNSET

        if "self" in d:
            seen += 1
            _self_ = d["self"]
            self_: None | SelfApproval | Unset
            if _self_ is UNSET or _self_ is None:
                self_ = _self_
            else:
                if not isinstance(_self_, dict):
                    raise TypeError()
                self_type_0 = SelfApproval.from_dict(_self_)

                self_ = self_type_0

        else:
            self_ = UNSET

        if "users" in d:
            seen += 1
            _users = d["users"]
            users: None | Unset | UserApproval
            if _users is UNSET or _users is None:
                users = _users
            else:
                if not isinstance(_users, dict):
                    raise TypeError()
                users_type_0 = UserApproval.from_dict(_users)

                users = users_type_0

        else:
            users = UNSET

        if "webhook" in d:
            seen += 1
            _webhook = d["webhook"]
            webhook: None | Unset | WebhookApproval
            if _webhook is UNSET or _webhook is None:
                webhook = _webhook
            else:
                if not isinstance(_webhook, dict):
                    raise TypeError()
                webhook_type_0 = WebhookApproval.from_dict(_webhook)

                webhook = webhook_type_0

        else:
            webhook = UNSET

        approval = cls.__new__(cls)
        approval.agent = agent
        approval.allow_delegation = allow_delegation
        approval.allow_reassignment = allow_reassignment
        approval.allowed_reassignees = allowed_reassignees
        approval.app_owners = app_owners
        approval.assigned = assigned
        approval.entitlement_owners = entitlement_owners
        approval.escalation = escalation
        approval.escalation_enabled = escalation_enabled
        approval.expression = expression
        approval.group = group
        approval.manager = manager
        approval.require_approval_reason = require_approval_reason
        approval.require_denial_reason = require_denial_reason
        approval.require_reassignment_reason = require_reassignment_reason
        approval.requires_step_up_provider_id = requires_step_up_provider_id
        approval.resource_owners = resource_owners
        approval.self_ = self_
        approval.users = users
        approval.webhook = webhook
        if len(d) == seen:
            approval.additional_properties = {}
        else:
            approval.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return approval

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
from ..models.agent_approval import AgentApproval  # noqa: E402
from ..models.app_group_approval import AppGroupApproval  # noqa: E402
from ..models.app_owner_approval import AppOwnerApproval  # noqa: E402
from ..models.entitlement_owner_approval import EntitlementOwnerApproval  # noqa: E402
from ..models.escalation import Escalation  # noqa: E402
from ..models.expression_approval import ExpressionApproval  # noqa: E402
from ..models.manager_approval import ManagerApproval  # noqa: E402
from ..models.resource_owner_approval import ResourceOwnerApproval  # noqa: E402
from ..models.self_approval import SelfApproval  # noqa: E402
from ..models.user_approval import UserApproval  # noqa: E402
from ..models.webhook_approval import WebhookApproval  # noqa: E402
