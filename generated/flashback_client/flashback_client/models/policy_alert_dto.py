from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyAlertDTO")


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
        d = dict(src_dict)
        id = d.pop("id")

        policy_id = d.pop("policyId")

        policy_name = d.pop("policyName")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        message = d.pop("message")

        conversation_id: None | str = d.pop("conversationId")

        repo_id = d.pop("repoId")

        repo_name = d.pop("repoName")

        user_id = d.pop("userId")

        user_name = d.pop("userName")

        repo_ai_api_key_id = d.pop("repoAiApiKeyId")

        repo_ai_api_key_name = d.pop("repoAiApiKeyName")

        llm_type = d.pop("llmType")

        llm_model = d.pop("llmModel")

        host = d.pop("host")

        policy_alert_dto = cls(
            id=id,
            policy_id=policy_id,
            policy_name=policy_name,
            timestamp=timestamp,
            message=message,
            conversation_id=conversation_id,
            repo_id=repo_id,
            repo_name=repo_name,
            user_id=user_id,
            user_name=user_name,
            repo_ai_api_key_id=repo_ai_api_key_id,
            repo_ai_api_key_name=repo_ai_api_key_name,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )
        policy_alert_dto.additional_properties = d
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
