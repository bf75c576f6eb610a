from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resource_block_data_relations import ResourceBlockDataRelations


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
        field_dict.update(
            {
                "roles": roles,
                "permissions": permissions,
                "relations": relations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_block_data_relations import ResourceBlockDataRelations  # noqa: PLC0415

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
