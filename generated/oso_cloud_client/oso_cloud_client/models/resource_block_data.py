from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceBlockData")

# The JSON keys of ResourceBlockData's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"roles", "permissions", "relations"})


@_attrs_define
class ResourceBlockData:
    """
    Attributes:
        roles (list[str]):
        permissions (list[str]):
        relations (ResourceBlockDataRelations): Relation name to the resource type it points at.
    """

    roles: list[str]
    permissions: list[str]
    relations: ResourceBlockDataRelations
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = self.roles

        permissions = self.permissions

        relations = self.relations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["roles"] = roles
        field_dict["permissions"] = permissions
        field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        roles: list[str] = d["roles"]

        permissions: list[str] = d["permissions"]

        relations = ResourceBlockDataRelations.from_dict(d["relations"])

        resource_block_data = cls.__new__(cls)
        resource_block_data.roles = roles
        resource_block_data.permissions = permissions
        resource_block_data.relations = relations
        if len(d) == seen:
            resource_block_data.additional_properties = {}
        else:
            resource_block_data.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return resource_block_data

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
from ..models.resource_block_data_relations import ResourceBlockDataRelations  # noqa: E402
