from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_lock_type import ResourceLockType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceLock")

# The JSON keys of ResourceLock's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"type", "relatedResourceId", "message", "timeCreated", "isActive"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 1
        type_ = ResourceLockType(d["type"])

        if "relatedResourceId" in d:
            seen += 1
            related_resource_id: str | Unset = d["relatedResourceId"]
        else:
            related_resource_id = UNSET

        if "message" in d:
            seen += 1
            message: str | Unset = d["message"]
        else:
            message = UNSET

        if "timeCreated" in d:
            seen += 1
            _time_created = d["timeCreated"]
            time_created: datetime.datetime | Unset
            if isinstance(_time_created, Unset):
                time_created = UNSET
            else:
                time_created = datetime.datetime.fromisoformat(_time_created)

        else:
            time_created = UNSET

        if "isActive" in d:
            seen += 1
            is_active: bool | Unset = d["isActive"]
        else:
            is_active = UNSET

        resource_lock = cls.__new__(cls)
        resource_lock.type_ = type_
        resource_lock.related_resource_id = related_resource_id
        resource_lock.message = message
        resource_lock.time_created = time_created
        resource_lock.is_active = is_active
        if len(d) == seen:
            resource_lock.additional_properties = {}
        else:
            resource_lock.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
