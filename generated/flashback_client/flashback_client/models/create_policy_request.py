from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.risk_type import RiskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePolicyRequest")

# The JSON keys of CreatePolicyRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"name", "content", "riskType", "actionType", "orgId", "workspaceId", "repoId"})


@_attrs_define
class CreatePolicyRequest:
    """A new policy and its scope (TypeScript `CreatePolicyRequest`).

    Attributes:
        name (str): Human-readable name for the policy.
        content (str): Policy rules and description, in natural language.
        risk_type (RiskType): Risk classification level.
        action_type (ActionType): Action to take when the policy is violated: 0 log only, 1 alert (log and notify), 2
            block (prevent and alert).
        org_id (str): Organization the policy belongs to.
        workspace_id (None | str | Unset): Workspace, for a workspace- or repo-level policy.
        repo_id (None | str | Unset): Repository, for a repo-level policy (it must belong to the workspace).
    """

    name: str
    content: str
    risk_type: RiskType
    action_type: ActionType
    org_id: str
    workspace_id: None | str | Unset = UNSET
    repo_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        risk_type = self.risk_type.value

        action_type = self.action_type.value

        org_id = self.org_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        repo_id: None | str | Unset
        if isinstance(self.repo_id, Unset):
            repo_id = UNSET
        else:
            repo_id = self.repo_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["content"] = content
        field_dict["riskType"] = risk_type
        field_dict["actionType"] = action_type
        field_dict["orgId"] = org_id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if repo_id is not UNSET:
            field_dict["repoId"] = repo_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 5
        name = d["name"]

        content = d["content"]

        risk_type = RiskType(d["riskType"])

        action_type = ActionType(d["actionType"])

        org_id = d["orgId"]

        if "workspaceId" in d:
            seen += 1
            workspace_id: None | str | Unset = d["workspaceId"]

        else:
            workspace_id = UNSET

        if "repoId" in d:
            seen += 1
            repo_id: None | str | Unset = d["repoId"]

        else:
            repo_id = UNSET

        create_policy_request = cls.__new__(cls)
        create_policy_request.name = name
        create_policy_request.content = content
        create_policy_request.risk_type = risk_type
        create_policy_request.action_type = action_type
        create_policy_request.org_id = org_id
        create_policy_request.workspace_id = workspace_id
        create_policy_request.repo_id = repo_id
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
