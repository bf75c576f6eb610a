from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_policy_type import PolicyPolicyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePolicyRequest")

# The JSON keys of CreatePolicyRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"displayName", "description", "policySteps", "policyType", "postActions", "reassignTasksToDelegates", "rules"}
)


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
            for _post_actions_type_0_item__data in self.post_actions:
                _post_actions_type_0_item_ = _post_actions_type_0_item__data.to_dict()
                post_actions.append(_post_actions_type_0_item_)

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
            for _rules_type_0_item__data in self.rules:
                _rules_type_0_item_ = _rules_type_0_item__data.to_dict()
                rules.append(_rules_type_0_item_)

        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["displayName"] = display_name
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        display_name = d["displayName"]

        if "description" in d:
            seen += 1
            description: None | str | Unset = d["description"]

        else:
            description = UNSET

        if "policySteps" in d:
            seen += 1
            _policy_steps = d["policySteps"]
            policy_steps: None | PolicyPolicyStepsMap | Unset
            if _policy_steps is UNSET or _policy_steps is None:
                policy_steps = _policy_steps
            else:
                if not isinstance(_policy_steps, dict):
                    raise TypeError()
                policy_steps_type_0 = PolicyPolicyStepsMap.from_dict(_policy_steps)

                policy_steps = policy_steps_type_0

        else:
            policy_steps = UNSET

        if "policyType" in d:
            seen += 1
            _policy_type = d["policyType"]
            policy_type: None | PolicyPolicyType | Unset
            if _policy_type is UNSET or _policy_type is None:
                policy_type = _policy_type
            else:
                if not isinstance(_policy_type, str):
                    raise TypeError()
                policy_type_type_0 = PolicyPolicyType(_policy_type)

                policy_type = policy_type_type_0

        else:
            policy_type = UNSET

        if "postActions" in d:
            seen += 1
            _post_actions = d["postActions"]
            post_actions: list[PolicyPostActions] | None | Unset
            if _post_actions is UNSET or _post_actions is None:
                post_actions = _post_actions
            else:
                if not isinstance(_post_actions, list):
                    raise TypeError()
                _load_post_actions_type_0_item = PolicyPostActions.from_dict
                post_actions_type_0 = [_load_post_actions_type_0_item(item) for item in _post_actions]

                post_actions = post_actions_type_0

        else:
            post_actions = UNSET

        if "reassignTasksToDelegates" in d:
            seen += 1
            reassign_tasks_to_delegates: bool | None | Unset = d["reassignTasksToDelegates"]

        else:
            reassign_tasks_to_delegates = UNSET

        if "rules" in d:
            seen += 1
            _rules = d["rules"]
            rules: list[Rule] | None | Unset
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, list):
                    raise TypeError()
                _load_rules_type_0_item = Rule.from_dict
                rules_type_0 = [_load_rules_type_0_item(item) for item in _rules]

                rules = rules_type_0

        else:
            rules = UNSET

        create_policy_request = cls.__new__(cls)
        create_policy_request.display_name = display_name
        create_policy_request.description = description
        create_policy_request.policy_steps = policy_steps
        create_policy_request.policy_type = policy_type
        create_policy_request.post_actions = post_actions
        create_policy_request.reassign_tasks_to_delegates = reassign_tasks_to_delegates
        create_policy_request.rules = rules
        if len(d) == seen:
            create_policy_request.additional_properties = {}
        else:
            create_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.policy_policy_steps_map import PolicyPolicyStepsMap  # noqa: E402
from ..models.policy_post_actions import PolicyPostActions  # noqa: E402
from ..models.rule import Rule  # noqa: E402
