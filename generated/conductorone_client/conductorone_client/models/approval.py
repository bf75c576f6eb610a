from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_approval import AgentApproval
    from ..models.app_group_approval import AppGroupApproval
    from ..models.app_owner_approval import AppOwnerApproval
    from ..models.entitlement_owner_approval import EntitlementOwnerApproval
    from ..models.escalation import Escalation
    from ..models.expression_approval import ExpressionApproval
    from ..models.manager_approval import ManagerApproval
    from ..models.resource_owner_approval import ResourceOwnerApproval
    from ..models.self_approval import SelfApproval
    from ..models.user_approval import UserApproval
    from ..models.webhook_approval import WebhookApproval


T = TypeVar("T", bound="Approval")


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
        from ..models.agent_approval import AgentApproval  # noqa: PLC0415
        from ..models.app_group_approval import AppGroupApproval  # noqa: PLC0415
        from ..models.app_owner_approval import AppOwnerApproval  # noqa: PLC0415
        from ..models.entitlement_owner_approval import EntitlementOwnerApproval  # noqa: PLC0415
        from ..models.escalation import Escalation  # noqa: PLC0415
        from ..models.expression_approval import ExpressionApproval  # noqa: PLC0415
        from ..models.manager_approval import ManagerApproval  # noqa: PLC0415
        from ..models.resource_owner_approval import ResourceOwnerApproval  # noqa: PLC0415
        from ..models.self_approval import SelfApproval  # noqa: PLC0415
        from ..models.user_approval import UserApproval  # noqa: PLC0415
        from ..models.webhook_approval import WebhookApproval  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.agent_approval import AgentApproval  # noqa: PLC0415
        from ..models.app_group_approval import AppGroupApproval  # noqa: PLC0415
        from ..models.app_owner_approval import AppOwnerApproval  # noqa: PLC0415
        from ..models.entitlement_owner_approval import EntitlementOwnerApproval  # noqa: PLC0415
        from ..models.escalation import Escalation  # noqa: PLC0415
        from ..models.expression_approval import ExpressionApproval  # noqa: PLC0415
        from ..models.manager_approval import ManagerApproval  # noqa: PLC0415
        from ..models.resource_owner_approval import ResourceOwnerApproval  # noqa: PLC0415
        from ..models.self_approval import SelfApproval  # noqa: PLC0415
        from ..models.user_approval import UserApproval  # noqa: PLC0415
        from ..models.webhook_approval import WebhookApproval  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agent(data: object) -> AgentApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            agent_type_0 = AgentApproval.from_dict(data)

            return agent_type_0

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_allow_delegation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_delegation = _parse_allow_delegation(d.pop("allowDelegation", UNSET))

        def _parse_allow_reassignment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_reassignment = _parse_allow_reassignment(d.pop("allowReassignment", UNSET))

        def _parse_allowed_reassignees(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            allowed_reassignees_type_0 = cast(list[str], data)

            return allowed_reassignees_type_0

        allowed_reassignees = _parse_allowed_reassignees(d.pop("allowedReassignees", UNSET))

        def _parse_app_owners(data: object) -> AppOwnerApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            app_owners_type_0 = AppOwnerApproval.from_dict(data)

            return app_owners_type_0

        app_owners = _parse_app_owners(d.pop("appOwners", UNSET))

        def _parse_assigned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        assigned = _parse_assigned(d.pop("assigned", UNSET))

        def _parse_entitlement_owners(data: object) -> EntitlementOwnerApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            entitlement_owners_type_0 = EntitlementOwnerApproval.from_dict(data)

            return entitlement_owners_type_0

        entitlement_owners = _parse_entitlement_owners(d.pop("entitlementOwners", UNSET))

        def _parse_escalation(data: object) -> Escalation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            escalation_type_0 = Escalation.from_dict(data)

            return escalation_type_0

        escalation = _parse_escalation(d.pop("escalation", UNSET))

        def _parse_escalation_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        escalation_enabled = _parse_escalation_enabled(d.pop("escalationEnabled", UNSET))

        def _parse_expression(data: object) -> ExpressionApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            expression_type_0 = ExpressionApproval.from_dict(data)

            return expression_type_0

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_group(data: object) -> AppGroupApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            group_type_0 = AppGroupApproval.from_dict(data)

            return group_type_0

        group = _parse_group(d.pop("group", UNSET))

        def _parse_manager(data: object) -> ManagerApproval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            manager_type_0 = ManagerApproval.from_dict(data)

            return manager_type_0

        manager = _parse_manager(d.pop("manager", UNSET))

        def _parse_require_approval_reason(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_approval_reason = _parse_require_approval_reason(d.pop("requireApprovalReason", UNSET))

        def _parse_require_denial_reason(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_denial_reason = _parse_require_denial_reason(d.pop("requireDenialReason", UNSET))

        def _parse_require_reassignment_reason(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_reassignment_reason = _parse_require_reassignment_reason(d.pop("requireReassignmentReason", UNSET))

        def _parse_requires_step_up_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requires_step_up_provider_id = _parse_requires_step_up_provider_id(d.pop("requiresStepUpProviderId", UNSET))

        def _parse_resource_owners(data: object) -> None | ResourceOwnerApproval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            resource_owners_type_0 = ResourceOwnerApproval.from_dict(data)

            return resource_owners_type_0

        resource_owners = _parse_resource_owners(d.pop("resourceOwners", UNSET))

        def _parse_self_(data: object) -> None | SelfApproval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            self_type_0 = SelfApproval.from_dict(data)

            return self_type_0

        self_ = _parse_self_(d.pop("self", UNSET))

        def _parse_users(data: object) -> None | Unset | UserApproval:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            users_type_0 = UserApproval.from_dict(data)

            return users_type_0

        users = _parse_users(d.pop("users", UNSET))

        def _parse_webhook(data: object) -> None | Unset | WebhookApproval:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            webhook_type_0 = WebhookApproval.from_dict(data)

            return webhook_type_0

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        approval = cls(
            agent=agent,
            allow_delegation=allow_delegation,
            allow_reassignment=allow_reassignment,
            allowed_reassignees=allowed_reassignees,
            app_owners=app_owners,
            assigned=assigned,
            entitlement_owners=entitlement_owners,
            escalation=escalation,
            escalation_enabled=escalation_enabled,
            expression=expression,
            group=group,
            manager=manager,
            require_approval_reason=require_approval_reason,
            require_denial_reason=require_denial_reason,
            require_reassignment_reason=require_reassignment_reason,
            requires_step_up_provider_id=requires_step_up_provider_id,
            resource_owners=resource_owners,
            self_=self_,
            users=users,
            webhook=webhook,
        )

        approval.additional_properties = d
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
