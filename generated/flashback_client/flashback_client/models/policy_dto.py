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
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("orgId")

        name = d.pop("name")

        content = d.pop("content")

        risk_type = RiskType(d.pop("riskType"))

        action_type = ActionType(d.pop("actionType"))

        created_by = UserRef.from_dict(d.pop("createdBy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        last_updated_by = UserRef.from_dict(d.pop("lastUpdatedBy"))

        last_updated_at = datetime.datetime.fromisoformat(d.pop("lastUpdatedAt"))

        workspace_id: None | str = d.pop("workspaceId")

        repo_id: None | str = d.pop("repoId")

        _workspace = d.pop("workspace", UNSET)
        workspace: None | Unset | WorkspaceRef
        if _workspace is UNSET or _workspace is None:
            workspace = _workspace
        else:
            if not isinstance(_workspace, dict):
                raise TypeError()
            workspace_type_0 = WorkspaceRef.from_dict(_workspace)

            workspace = workspace_type_0

        _repo = d.pop("repo", UNSET)
        repo: None | RepoRef | Unset
        if _repo is UNSET or _repo is None:
            repo = _repo
        else:
            if not isinstance(_repo, dict):
                raise TypeError()
            repo_type_0 = RepoRef.from_dict(_repo)

            repo = repo_type_0

        policy_dto = cls(
            id=id,
            org_id=org_id,
            name=name,
            content=content,
            risk_type=risk_type,
            action_type=action_type,
            created_by=created_by,
            created_at=created_at,
            last_updated_by=last_updated_by,
            last_updated_at=last_updated_at,
            workspace_id=workspace_id,
            repo_id=repo_id,
            workspace=workspace,
            repo=repo,
        )
        policy_dto.additional_properties = d
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
