from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_type import RiskType

T = TypeVar("T", bound="PolicyViolationDTO")


@_attrs_define
class PolicyViolationDTO:
    """A request a policy caught.

    Attributes:
        id (str):
        policy_id (str):
        policy_name (str):
        timestamp (datetime.datetime):
        explanation (str): Why the request violated the policy.
        conversation_id (None | str):
        repo_id (str):
        repo_name (str):
        user_id (str):
        user_name (str):
        repo_ai_api_key_id (str):
        repo_ai_api_key_name (str):
        severity (None | RiskType): Risk level of the violation, when known.
        block (bool): Whether the request was blocked.
        llm_type (str):
        llm_model (str):
        host (str):
    """

    id: str
    policy_id: str
    policy_name: str
    timestamp: datetime.datetime
    explanation: str
    conversation_id: None | str
    repo_id: str
    repo_name: str
    user_id: str
    user_name: str
    repo_ai_api_key_id: str
    repo_ai_api_key_name: str
    severity: None | RiskType
    block: bool
    llm_type: str
    llm_model: str
    host: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id = self.policy_id

        policy_name = self.policy_name

        timestamp = self.timestamp.isoformat()

        explanation = self.explanation

        conversation_id: None | str
        conversation_id = self.conversation_id

        repo_id = self.repo_id

        repo_name = self.repo_name

        user_id = self.user_id

        user_name = self.user_name

        repo_ai_api_key_id = self.repo_ai_api_key_id

        repo_ai_api_key_name = self.repo_ai_api_key_name

        severity: None | str
        if isinstance(self.severity, RiskType):
            severity = self.severity.value
        else:
            severity = self.severity

        block = self.block

        llm_type = self.llm_type

        llm_model = self.llm_model

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["policyId"] = policy_id
        field_dict["policyName"] = policy_name
        field_dict["timestamp"] = timestamp
        field_dict["explanation"] = explanation
        field_dict["conversationId"] = conversation_id
        field_dict["repoId"] = repo_id
        field_dict["repoName"] = repo_name
        field_dict["userId"] = user_id
        field_dict["userName"] = user_name
        field_dict["repoAiApiKeyId"] = repo_ai_api_key_id
        field_dict["repoAiApiKeyName"] = repo_ai_api_key_name
        field_dict["severity"] = severity
        field_dict["block"] = block
        field_dict["llmType"] = llm_type
        field_dict["llmModel"] = llm_model
        field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        policy_id = d.pop("policyId")

        policy_name = d.pop("policyName")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        explanation = d.pop("explanation")

        conversation_id: None | str = d.pop("conversationId")

        repo_id = d.pop("repoId")

        repo_name = d.pop("repoName")

        user_id = d.pop("userId")

        user_name = d.pop("userName")

        repo_ai_api_key_id = d.pop("repoAiApiKeyId")

        repo_ai_api_key_name = d.pop("repoAiApiKeyName")

        _severity = d.pop("severity")
        severity: None | RiskType
        if _severity is None:
            severity = _severity
        else:
            if not isinstance(_severity, str):
                raise TypeError()
            severity_type_0 = RiskType(_severity)

            severity = severity_type_0

        block = d.pop("block")

        llm_type = d.pop("llmType")

        llm_model = d.pop("llmModel")

        host = d.pop("host")

        policy_violation_dto = cls(
            id=id,
            policy_id=policy_id,
            policy_name=policy_name,
            timestamp=timestamp,
            explanation=explanation,
            conversation_id=conversation_id,
            repo_id=repo_id,
            repo_name=repo_name,
            user_id=user_id,
            user_name=user_name,
            repo_ai_api_key_id=repo_ai_api_key_id,
            repo_ai_api_key_name=repo_ai_api_key_name,
            severity=severity,
            block=block,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )
        policy_violation_dto.additional_properties = d
        return policy_violation_dto

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
