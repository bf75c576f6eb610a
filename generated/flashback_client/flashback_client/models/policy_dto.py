from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.risk_type import RiskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyDTO")

# The JSON keys of PolicyDTO's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "orgId",
        "name",
        "content",
        "riskType",
        "actionType",
        "createdBy",
        "createdAt",
        "lastUpdatedBy",
        "lastUpdatedAt",
        "workspaceId",
        "repoId",
        "workspace",
        "repo",
    }
)


@_attrs_define
class PolicyDTO:
    """An AI governance policy as the server returns it.

    Attributes:
        id (str): Unique identifier for the policy.
        org_id (str): Organization ID.
        name (str): Policy name.
        content (str): Policy content (rules).
        risk_type (RiskType): Risk classification level.
        action_type (ActionType): Action to take when the policy is violated: 0 log only, 1 alert (log and notify), 2
            block (prevent and alert).
        created_by (UserRef): A user, as referenced from a policy's audit fields (all fields required in TypeScript).
        created_at (datetime.datetime): When the policy was created (ISO 8601).
        last_updated_by (UserRef): A user, as referenced from a policy's audit fields (all fields required in
            TypeScript).
        last_updated_at (datetime.datetime): When the policy was last updated (ISO 8601).
        workspace_id (None | str): Workspace ID; null for an org-level policy.
        repo_id (None | str): Repository ID; null for a workspace- or org-level policy.
        workspace (None | Unset | WorkspaceRef): Workspace details, when the policy is workspace- or repo-scoped
            (optional and nullable in TypeScript).
        repo (None | RepoRef | Unset): Repository details, when the policy is repo-scoped (optional and nullable in
            TypeScript).
    """

    id: str
    org_id: str
    name: str
    content: str
    risk_type: RiskType
    action_type: ActionType
    created_by: UserRef
    created_at: datetime.datetime
    last_updated_by: UserRef
    last_updated_at: datetime.datetime
    workspace_id: None | str
    repo_id: None | str
    workspace: None | Unset | WorkspaceRef = UNSET
    repo: None | RepoRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        name = self.name

        content = self.content

        risk_type = self.risk_type.value

        action_type = self.action_type.value

        created_by = self.created_by.to_dict()

        created_at = self.created_at.isoformat()

        last_updated_by = self.last_updated_by.to_dict()

        last_updated_at = self.last_updated_at.isoformat()

        workspace_id: None | str
        workspace_id = self.workspace_id

        repo_id: None | str
        repo_id = self.repo_id

        workspace: dict[str, Any] | None | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        elif isinstance(self.workspace, WorkspaceRef):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        repo: dict[str, Any] | None | Unset
        if isinstance(self.repo, Unset):
            repo = UNSET
        elif isinstance(self.repo, RepoRef):
            repo = self.repo.to_dict()
        else:
            repo = self.repo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["orgId"] = org_id
        field_dict["name"] = name
        field_dict["content"] = content
        field_dict["riskType"] = risk_type
        field_dict["actionType"] = action_type
        field_dict["createdBy"] = created_by
        field_dict["createdAt"] = created_at
        field_dict["lastUpdatedBy"] = last_updated_by
        field_dict["lastUpdatedAt"] = last_updated_at
        field_dict["workspaceId"] = workspace_id
        field_dict["repoId"] = repo_id
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if repo is not UNSET:
            field_dict["repo"] = repo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 12
        id = d["id"]

        org_id = d["orgId"]

        name = d["name"]

        content = d["content"]

        risk_type = RiskType(d["riskType"])

        action_type = ActionType(d["actionType"])

        created_by = UserRef.from_dict(d["createdBy"])

        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        last_updated_by = UserRef.from_dict(d["lastUpdatedBy"])

        last_updated_at = datetime.datetime.fromisoformat(d["lastUpdatedAt"])

        workspace_id: None | str = d["workspaceId"]

        repo_id: None | str = d["repoId"]

        if "workspace" in d:
            seen += 1
            _workspace = d["workspace"]
            workspace: None | Unset | WorkspaceRef
            if _workspace is UNSET or _workspace is None:
                workspace = _workspace
            else:
                if not isinstance(_workspace, dict):
                    raise TypeError()
                workspace_type_0 = WorkspaceRef.from_dict(_workspace)

                workspace = workspace_type_0

        else:
            workspace = UNSET

        if "repo" in d:
            seen += 1
            _repo = d["repo"]
            repo: None | RepoRef | Unset
            if _repo is UNSET or _repo is None:
                repo = _repo
            else:
                if not isinstance(_repo, dict):
                    raise TypeError()
                repo_type_0 = RepoRef.from_dict(_repo)

                repo = repo_type_0

        else:
            repo = UNSET

        policy_dto = cls.__new__(cls)
        policy_dto.id = id
        policy_dto.org_id = org_id
        policy_dto.name = name
        policy_dto.content = content
        policy_dto.risk_type = risk_type
        policy_dto.action_type = action_type
        policy_dto.created_by = created_by
        policy_dto.created_at = created_at
        policy_dto.last_updated_by = last_updated_by
        policy_dto.last_updated_at = last_updated_at
        policy_dto.workspace_id = workspace_id
        policy_dto.repo_id = repo_id
        policy_dto.workspace = workspace
        policy_dto.repo = repo
        if len(d) == seen:
            policy_dto.additional_properties = {}
        else:
            policy_dto.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_dto

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
from ..models.repo_ref import RepoRef  # noqa: E402
from ..models.user_ref import UserRef  # noqa: E402
from ..models.workspace_ref import WorkspaceRef  # noqa: E402
