from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceRef")

# The JSON keys of WorkspaceRef's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"id", "name"})


@_attrs_define
class WorkspaceRef:
    """A workspace, as referenced from a policy.

    Attributes:
        id (str): Workspace ID.
        name (str): Workspace name.
    """

    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 2
        id = d["id"]

        name = d["name"]

        workspace_ref = cls.__new__(cls)
        workspace_ref.id = id
        workspace_ref.name = name
        if len(d) == seen:
            workspace_ref.additional_properties = {}
        else:
            workspace_ref.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return workspace_ref

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
