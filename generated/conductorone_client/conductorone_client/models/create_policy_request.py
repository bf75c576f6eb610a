from __future__ import annotations

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


T = TypeVar("T", bound="CreatePolicyRequest")


@_attrs_define
class CreatePolicyRequest:
    """A new policy; displayName is the only required field.

    Attributes:
        display_name (str):
        description (None | str | Unset):
        policy_steps (None | PolicyPolicyStepsMap | Unset):
        policy_type (None | PolicyPolicyType | Unset):
        post_actions (list[PolicyPostActions] | None | Unset):
        reassign_tasks_to_delegates (bool | None | Unset):
        rules (list[Rule] | None | Unset):
    """

    display_name: str
    description: None | str | Unset = UNSET
    policy_steps: None | PolicyPolicyStepsMap | Unset = UNSET
    policy_type: None | PolicyPolicyType | Unset = UNSET
    post_actions: list[PolicyPostActions] | None | Unset = UNSET
    reassign_tasks_to_delegates: bool | None | Unset = UNSET
    rules: list[Rule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_policy_steps_map import PolicyPolicyStepsMap  # noqa: PLC0415

        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_policy_steps_map import PolicyPolicyStepsMap  # noqa: PLC0415
        from ..models.policy_post_actions import PolicyPostActions  # noqa: PLC0415
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("displayName")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        create_policy_request = cls(
            display_name=display_name,
            description=description,
            policy_steps=policy_steps,
            policy_type=policy_type,
            post_actions=post_actions,
            reassign_tasks_to_delegates=reassign_tasks_to_delegates,
            rules=rules,
        )

        create_policy_request.additional_properties = d
        return create_policy_request

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
