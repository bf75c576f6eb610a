from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_policy_type import PolicyPolicyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_policy_steps_map import PolicyPolicyStepsMap
    from ..models.policy_post_actions import PolicyPostActions
    from ..models.rule import Rule


T = TypeVar("T", bound="Policy")


@_attrs_define
class Policy:
    """A policy describes the behaviour of ConductorOne when processing a task: its type, approvers, fallback behaviour and
    escalation processes. Read-only fields are set by the server.

        Attributes:
            created_at (datetime.datetime | None | Unset):
            deleted_at (datetime.datetime | None | Unset):
            description (None | str | Unset):
            display_name (None | str | Unset):
            id (None | str | Unset):
            policy_steps (None | PolicyPolicyStepsMap | Unset):
            policy_type (None | PolicyPolicyType | Unset):
            post_actions (list[PolicyPostActions] | None | Unset):
            reassign_tasks_to_delegates (bool | None | Unset):
            rules (list[Rule] | None | Unset):
            system_builtin (bool | None | Unset):
            updated_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    policy_steps: None | PolicyPolicyStepsMap | Unset = UNSET
    policy_type: None | PolicyPolicyType | Unset = UNSET
    post_actions: list[PolicyPostActions] | None | Unset = UNSET
    reassign_tasks_to_delegates: bool | None | Unset = UNSET
    rules: list[Rule] | None | Unset = UNSET
    system_builtin: bool | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_policy_steps_map import PolicyPolicyStepsMap  # noqa: PLC0415

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        policy_steps: dict[str, Any] | None | Unset
        if isinstance(self.policy_steps, Unset):
            policy_steps = UNSET
        elif isinstance(self.policy_steps, PolicyPolicyStepsMap):
            policy_steps = self.policy_steps.to_dict()
        else:
            policy_steps = self.policy_steps

        policy_type: None | str | Unset
        if isinstance(self.policy_type, Unset):
            policy_type = UNSET
        elif isinstance(self.policy_type, PolicyPolicyType):
            policy_type = self.policy_type.value
        else:
            policy_type = self.policy_type

        post_actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.post_actions, Unset):
            post_actions = UNSET
        elif isinstance(self.post_actions, list):
            post_actions = []
            for post_actions_type_0_item_data in self.post_actions:
                post_actions_type_0_item = post_actions_type_0_item_data.to_dict()
                post_actions.append(post_actions_type_0_item)

        else:
            post_actions = self.post_actions

        reassign_tasks_to_delegates: bool | None | Unset
        if isinstance(self.reassign_tasks_to_delegates, Unset):
            reassign_tasks_to_delegates = UNSET
        else:
            reassign_tasks_to_delegates = self.reassign_tasks_to_delegates

        rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, list):
            rules = []
            for rules_type_0_item_data in self.rules:
                rules_type_0_item = rules_type_0_item_data.to_dict()
                rules.append(rules_type_0_item)

        else:
            rules = self.rules

        system_builtin: bool | None | Unset
        if isinstance(self.system_builtin, Unset):
            system_builtin = UNSET
        else:
            system_builtin = self.system_builtin

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if policy_steps is not UNSET:
            field_dict["policySteps"] = policy_steps
        if policy_type is not UNSET:
            field_dict["policyType"] = policy_type
        if post_actions is not UNSET:
            field_dict["postActions"] = post_actions
        if reassign_tasks_to_delegates is not UNSET:
            field_dict["reassignTasksToDelegates"] = reassign_tasks_to_delegates
        if rules is not UNSET:
            field_dict["rules"] = rules
        if system_builtin is not UNSET:
            field_dict["systemBuiltin"] = system_builtin
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_policy_steps_map import PolicyPolicyStepsMap  # noqa: PLC0415
        from ..models.policy_post_actions import PolicyPostActions  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            deleted_at_type_0 = datetime.datetime.fromisoformat(data)

            return deleted_at_type_0

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_policy_steps(data: object) -> None | PolicyPolicyStepsMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            policy_steps_type_0 = PolicyPolicyStepsMap.from_dict(data)

            return policy_steps_type_0

        policy_steps = _parse_policy_steps(d.pop("policySteps", UNSET))

        def _parse_policy_type(data: object) -> None | PolicyPolicyType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            policy_type_type_0 = PolicyPolicyType(data)

            return policy_type_type_0

        policy_type = _parse_policy_type(d.pop("policyType", UNSET))

        def _parse_post_actions(data: object) -> list[PolicyPostActions] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            post_actions_type_0 = []
            _post_actions_type_0 = data
            for post_actions_type_0_item_data in _post_actions_type_0:
                post_actions_type_0_item = PolicyPostActions.from_dict(post_actions_type_0_item_data)

                post_actions_type_0.append(post_actions_type_0_item)

            return post_actions_type_0

        post_actions = _parse_post_actions(d.pop("postActions", UNSET))

        def _parse_reassign_tasks_to_delegates(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reassign_tasks_to_delegates = _parse_reassign_tasks_to_delegates(d.pop("reassignTasksToDelegates", UNSET))

        def _parse_rules(data: object) -> list[Rule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            rules_type_0 = []
            _rules_type_0 = data
            for rules_type_0_item_data in _rules_type_0:
                rules_type_0_item = Rule.from_dict(rules_type_0_item_data)

                rules_type_0.append(rules_type_0_item)

            return rules_type_0

        rules = _parse_rules(d.pop("rules", UNSET))

        def _parse_system_builtin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        system_builtin = _parse_system_builtin(d.pop("systemBuiltin", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        policy = cls(
            created_at=created_at,
            deleted_at=deleted_at,
            description=description,
            display_name=display_name,
            id=id,
            policy_steps=policy_steps,
            policy_type=policy_type,
            post_actions=post_actions,
            reassign_tasks_to_delegates=reassign_tasks_to_delegates,
            rules=rules,
            system_builtin=system_builtin,
            updated_at=updated_at,
        )

        policy.additional_properties = d
        return policy

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
