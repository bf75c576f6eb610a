from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupProvisioner")

# The JSON keys of GroupProvisioner's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"allowReassignment", "appGroupId", "appId", "fallbackUserIds"})


@_attrs_define
class GroupProvisioner:
    """
    Attributes:
        allow_reassignment (bool | Unset):
        app_group_id (str | Unset):
        app_id (str | Unset):
        fallback_user_ids (list[str] | None | Unset):
    """

    allow_reassignment: bool | Unset = UNSET
    app_group_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    fallback_user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_reassignment = self.allow_reassignment

        app_group_id = self.app_group_id

        app_id = self.app_id

        fallback_user_ids: list[str] | None | Unset
        if isinstance(self.fallback_user_ids, Unset):
            fallback_user_ids = UNSET
        elif isinstance(self.fallback_user_ids, list):
            fallback_user_ids = self.fallback_user_ids

        else:
            fallback_user_ids = self.fallback_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allow_reassignment is not UNSET:
            field_dict["allowReassignment"] = allow_reassignment
        if app_group_id is not UNSET:
            field_dict["appGroupId"] = app_group_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if fallback_user_ids is not UNSET:
            field_dict["fallbackUserIds"] = fallback_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "allowReassignment" in d:
            seen += 1
            allow_reassignment: bool | Unset = d["allowReassignment"]
        else:
            allow_reassignment = UNSET

        if "appGroupId" in d:
            seen += 1
            app_group_id: str | Unset = d["appGroupId"]
        else:
            app_group_id = UNSET

        if "appId" in d:
            seen += 1
            app_id: str | Unset = d["appId"]
        else:
            app_id = UNSET

        if "fallbackUserIds" in d:
            seen += 1
            _fallback_user_ids = d["fallbackUserIds"]
            fallback_user_ids: list[str] | None | Unset
            if _fallback_user_ids is UNSET or _fallback_user_ids is None:
                fallback_user_ids = _fallback_user_ids
            else:
                if not isinstance(_fallback_user_ids, list):
                    raise TypeError()
                fallback_user_ids_type_0: list[str] = _fallback_user_ids

                fallback_user_ids = fallback_user_ids_type_0

        else:
            fallback_user_ids = UNSET

        group_provisioner = cls.__new__(cls)
        group_provisioner.allow_reassignment = allow_reassignment
        group_provisioner.app_group_id = app_group_id
        group_provisioner.app_id = app_id
        group_provisioner.fallback_user_ids = fallback_user_ids
        if len(d) == seen:
            group_provisioner.additional_properties = {}
        else:
            group_provisioner.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return group_provisioner

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
