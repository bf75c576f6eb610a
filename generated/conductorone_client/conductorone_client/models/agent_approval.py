from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_approval_agent_failure_action import AgentApprovalAgentFailureAction
from ..models.agent_approval_agent_mode import AgentApprovalAgentMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentApproval")

# The JSON keys of AgentApproval's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"agentFailureAction", "agentMode", "agentUserId", "instructions", "policyIds", "reassignToUserIds"}
)


@_attrs_define
class AgentApproval:
    """
    Attributes:
        agent_failure_action (AgentApprovalAgentFailureAction | None | Unset):
        agent_mode (AgentApprovalAgentMode | None | Unset):
        agent_user_id (None | str | Unset):
        instructions (None | str | Unset):
        policy_ids (list[str] | None | Unset):
        reassign_to_user_ids (list[str] | None | Unset):
    """

    agent_failure_action: AgentApprovalAgentFailureAction | None | Unset = UNSET
    agent_mode: AgentApprovalAgentMode | None | Unset = UNSET
    agent_user_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    policy_ids: list[str] | None | Unset = UNSET
    reassign_to_user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_failure_action: None | str | Unset
        if isinstance(self.agent_failure_action, Unset):
            agent_failure_action = UNSET
        elif isinstance(self.agent_failure_action, AgentApprovalAgentFailureAction):
            agent_failure_action = self.agent_failure_action.value
        else:
            agent_failure_action = self.agent_failure_action

        agent_mode: None | str | Unset
        if isinstance(self.agent_mode, Unset):
            agent_mode = UNSET
        elif isinstance(self.agent_mode, AgentApprovalAgentMode):
            agent_mode = self.agent_mode.value
        else:
            agent_mode = self.agent_mode

        agent_user_id: None | str | Unset
        if isinstance(self.agent_user_id, Unset):
            agent_user_id = UNSET
        else:
            agent_user_id = self.agent_user_id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        policy_ids: list[str] | None | Unset
        if isinstance(self.policy_ids, Unset):
            policy_ids = UNSET
        elif isinstance(self.policy_ids, list):
            policy_ids = self.policy_ids

        else:
            policy_ids = self.policy_ids

        reassign_to_user_ids: list[str] | None | Unset
        if isinstance(self.reassign_to_user_ids, Unset):
            reassign_to_user_ids = UNSET
        elif isinstance(self.reassign_to_user_ids, list):
            reassign_to_user_ids = self.reassign_to_user_ids

        else:
            reassign_to_user_ids = self.reassign_to_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_failure_action is not UNSET:
            field_dict["agentFailureAction"] = agent_failure_action
        if agent_mode is not UNSET:
            field_dict["agentMode"] = agent_mode
        if agent_user_id is not UNSET:
            field_dict["agentUserId"] = agent_user_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if policy_ids is not UNSET:
            field_dict["policyIds"] = policy_ids
        if reassign_to_user_ids is not UNSET:
            field_dict["reassignToUserIds"] = reassign_to_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "agentFailureAction" in d:
            seen += 1
            _agent_failure_action = d["agentFailureAction"]
            agent_failure_action: AgentApprovalAgentFailureAction | None | Unset
            if _agent_failure_action is UNSET or _agent_failure_action is None:
                agent_failure_action = _agent_failure_action
            else:
                if not isinstance(_agent_failure_action, str):
                    raise TypeError()
                agent_failure_action_type_0 = AgentApprovalAgentFailureAction(_agent_failure_action)

                agent_failure_action = agent_failure_action_type_0

        else:
            agent_failure_action = UNSET

        if "agentMode" in d:
            seen += 1
            _agent_mode = d["agentMode"]
            agent_mode: AgentApprovalAgentMode | None | Unset
            if _agent_mode is UNSET or _agent_mode is None:
                agent_mode = _agent_mode
            else:
                if not isinstance(_agent_mode, str):
                    raise TypeError()
                agent_mode_type_0 = AgentApprovalAgentMode(_agent_mode)

                agent_mode = agent_mode_type_0

        else:
            agent_mode = UNSET

        if "agentUserId" in d:
            seen += 1
            agent_user_id: None | str | Unset = d["agentUserId"]

        else:
            agent_user_id = UNSET

        if "instructions" in d:
            seen += 1
            instructions: None | str | Unset = d["instructions"]

        else:
            instructions = UNSET

        if "policyIds" in d:
            seen += 1
            _policy_ids = d["policyIds"]
            policy_ids: list[str] | None | Unset
            if _policy_ids is UNSET or _policy_ids is None:
                policy_ids = _policy_ids
            else:
                if not isinstance(_policy_ids, list):
                    raise TypeError()
                policy_ids_type_0: list[str] = _policy_ids

                policy_ids = policy_ids_type_0

        else:
            policy_ids = UNSET

        if "reassignToUserIds" in d:
            seen += 1
            _reassign_to_user_ids = d["reassignToUserIds"]
            reassign_to_user_ids: list[str] | None | Unset
            if _reassign_to_user_ids is UNSET or _reassign_to_user_ids is None:
                reassign_to_user_ids = _reassign_to_user_ids
            else:
                if not isinstance(_reassign_to_user_ids, list):
                    raise TypeError()
                reassign_to_user_ids_type_0: list[str] = _reassign_to_user_ids

                reassign_to_user_ids = reassign_to_user_ids_type_0

        else:
            reassign_to_user_ids = UNSET

        agent_approval = cls.__new__(cls)
        agent_approval.agent_failure_action = agent_failure_action
        agent_approval.agent_mode = agent_mode
        agent_approval.agent_user_id = agent_user_id
        agent_approval.instructions = instructions
        agent_approval.policy_ids = policy_ids
        agent_approval.reassign_to_user_ids = reassign_to_user_ids
        if len(d) == seen:
            agent_approval.additional_properties = {}
        else:
            agent_approval.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return agent_approval

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
