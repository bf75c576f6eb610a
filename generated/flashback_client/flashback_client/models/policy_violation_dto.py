from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_type import RiskType

T = TypeVar("T", bound="PolicyViolationDTO")

# The JSON keys of PolicyViolationDTO's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "policyId",
        "policyName",
        "timestamp",
        "explanation",
        "conversationId",
        "repoId",
        "repoName",
        "userId",
        "userName",
        "repoAiApiKeyId",
        "repoAiApiKeyName",
        "severity",
        "block",
        "llmType",
        "llmModel",
        "host",
    }
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 17
        id = d["id"]

        policy_id = d["policyId"]

        policy_name = d["policyName"]

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        explanation = d["explanation"]

        conversation_id: None | str = d["conversationId"]

        repo_id = d["repoId"]

        repo_name = d["repoName"]

        user_id = d["userId"]

        user_name = d["userName"]

        repo_ai_api_key_id = d["repoAiApiKeyId"]

        repo_ai_api_key_name = d["repoAiApiKeyName"]

        _severity = d["severity"]
        severity: None | RiskType
        if _severity is None:
            severity = _severity
        else:
            if not isinstance(_severity, str):
                raise TypeError()
            severity_type_0 = RiskType(_severity)

            severity = severity_type_0

        block = d["block"]

        llm_type = d["llmType"]

        llm_model = d["llmModel"]

        host = d["host"]

        policy_violation_dto = cls.__new__(cls)
        policy_violation_dto.id = id
        policy_violation_dto.policy_id = policy_id
        policy_violation_dto.policy_name = policy_name
        policy_violation_dto.timestamp = timestamp
        policy_violation_dto.explanation = explanation
        policy_violation_dto.conversation_id = conversation_id
        policy_violation_dto.repo_id = repo_id
        policy_violation_dto.repo_name = repo_name
        policy_violation_dto.user_id = user_id
        policy_violation_dto.user_name = user_name
        policy_violation_dto.repo_ai_api_key_id = repo_ai_api_key_id
        policy_violation_dto.repo_ai_api_key_name = repo_ai_api_key_name
        policy_violation_dto.severity = severity
        policy_violation_dto.block = block
        policy_violation_dto.llm_type = llm_type
        policy_violation_dto.llm_model = llm_model
        policy_violation_dto.host = host
        if len(d) == seen:
            policy_violation_dto.additional_properties = {}
        else:
            policy_violation_dto.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
