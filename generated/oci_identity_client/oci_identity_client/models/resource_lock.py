from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_lock_type import ResourceLockType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceLock")


@_attrs_define
class ResourceLock:
    """Resource locks prevent certain APIs from being called for the resource.
    A full lock prevents both updating and deleting the resource; a delete
    lock prevents deleting it.

        Attributes:
            type_ (ResourceLockType): Type of the lock.
            related_resource_id (str | Unset): The ID of the resource that is locking this resource. Deleting the related
                resource removes the lock.
            message (str | Unset): A message added by the creator of the lock, typically why the resource is locked.
            time_created (datetime.datetime | Unset): When the lock was created.
            is_active (bool | Unset): Whether the lock is active.
    """

    type_: ResourceLockType
    related_resource_id: str | Unset = UNSET
    message: str | Unset = UNSET
    time_created: datetime.datetime | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        related_resource_id = self.related_resource_id

        message = self.message

        time_created: str | Unset = UNSET
        if not isinstance(self.time_created, Unset):
            time_created = self.time_created.isoformat()

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if related_resource_id is not UNSET:
            field_dict["relatedResourceId"] = related_resource_id
        if message is not UNSET:
            field_dict["message"] = message
        if time_created is not UNSET:
            field_dict["timeCreated"] = time_created
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ResourceLockType(d.pop("type"))

        related_resource_id = d.pop("relatedResourceId", UNSET)

        message = d.pop("message", UNSET)

        _time_created = d.pop("timeCreated", UNSET)
        time_created: datetime.datetime | Unset
        if isinstance(_time_created, Unset):
            time_created = UNSET
        else:
            time_created = datetime.datetime.fromisoformat(_time_created)

        is_active = d.pop("isActive", UNSET)

        resource_lock = cls(
            type_=type_,
            related_resource_id=related_resource_id,
            message=message,
            time_created=time_created,
            is_active=is_active,
        )
        resource_lock.additional_properties = d
        return resource_lock

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
