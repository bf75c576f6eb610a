from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyAlertDTO")

# The JSON keys of PolicyAlertDTO's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "policyId",
        "policyName",
        "timestamp",
        "message",
        "conversationId",
        "repoId",
        "repoName",
        "userId",
        "userName",
        "repoAiApiKeyId",
        "repoAiApiKeyName",
        "llmType",
        "llmModel",
        "host",
    }
)


@_attrs_define
class PolicyAlertDTO:
    """An alert a policy raised.

    Attributes:
        id (str):
        policy_id (str):
        policy_name (str):
        timestamp (datetime.datetime):
        message (str): The alert text.
        conversation_id (None | str):
        repo_id (str):
        repo_name (str):
        user_id (str):
        user_name (str):
        repo_ai_api_key_id (str):
        repo_ai_api_key_name (str):
        llm_type (str):
        llm_model (str):
        host (str):
    """

    id: str
    policy_id: str
    policy_name: str
    timestamp: datetime.datetime
    message: str
    conversation_id: None | str
    repo_id: str
    repo_name: str
    user_id: str
    user_name: str
    repo_ai_api_key_id: str
    repo_ai_api_key_name: str
    llm_type: str
    llm_model: str
    host: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        policy_id = self.policy_id

        policy_name = self.policy_name

        timestamp = self.timestamp.isoformat()

        message = self.message

        conversation_id: None | str
        conversation_id = self.conversation_id

        repo_id = self.repo_id

        repo_name = self.repo_name

        user_id = self.user_id

        user_name = self.user_name

        repo_ai_api_key_id = self.repo_ai_api_key_id

        repo_ai_api_key_name = self.repo_ai_api_key_name

        llm_type = self.llm_type

        llm_model = self.llm_model

        host = self.host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["policyId"] = policy_id
        field_dict["policyName"] = policy_name
        field_dict["timestamp"] = timestamp
        field_dict["message"] = message
        field_dict["conversationId"] = conversation_id
        field_dict["repoId"] = repo_id
        field_dict["repoName"] = repo_name
        field_dict["userId"] = user_id
        field_dict["userName"] = user_name
        field_dict["repoAiApiKeyId"] = repo_ai_api_key_id
        field_dict["repoAiApiKeyName"] = repo_ai_api_key_name
        field_dict["llmType"] = llm_type
        field_dict["llmModel"] = llm_model
        field_dict["host"] = host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 15
        id = d["id"]

        policy_id = d["policyId"]

        policy_name = d["policyName"]

        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        message = d["message"]

        conversation_id: None | str = d["conversationId"]

        repo_id = d["repoId"]

        repo_name = d["repoName"]

        user_id = d["userId"]

        user_name = d["userName"]

        repo_ai_api_key_id = d["repoAiApiKeyId"]

        repo_ai_api_key_name = d["repoAiApiKeyName"]

        llm_type = d["llmType"]

        llm_model = d["llmModel"]

        host = d["host"]

        policy_alert_dto = cls.__new__(cls)
        policy_alert_dto.id = id
        policy_alert_dto.policy_id = policy_id
        policy_alert_dto.policy_name = policy_name
        policy_alert_dto.timestamp = timestamp
        policy_alert_dto.message = message
        policy_alert_dto.conversation_id = conversation_id
        policy_alert_dto.repo_id = repo_id
        policy_alert_dto.repo_name = repo_name
        policy_alert_dto.user_id = user_id
        policy_alert_dto.user_name = user_name
        policy_alert_dto.repo_ai_api_key_id = repo_ai_api_key_id
        policy_alert_dto.repo_ai_api_key_name = repo_ai_api_key_name
        policy_alert_dto.llm_type = llm_type
        policy_alert_dto.llm_model = llm_model
        policy_alert_dto.host = host
        if len(d) == seen:
            policy_alert_dto.additional_properties = {}
        else:
            policy_alert_dto.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_alert_dto

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
