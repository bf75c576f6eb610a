from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceBlockData")


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
        d = dict(src_dict)
        roles = cast(list[str], d.pop("roles"))

        permissions = cast(list[str], d.pop("permissions"))

        relations = ResourceBlockDataRelations.from_dict(d.pop("relations"))

        resource_block_data = cls(
            roles=roles,
            permissions=permissions,
            relations=relations,
        )
        resource_block_data.additional_properties = d
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
