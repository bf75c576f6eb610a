from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupProvisioner")


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
        d = dict(src_dict)
        allow_reassignment = d.pop("allowReassignment", UNSET)

        app_group_id = d.pop("appGroupId", UNSET)

        app_id = d.pop("appId", UNSET)

        _fallback_user_ids = d.pop("fallbackUserIds", UNSET)
        fallback_user_ids: list[str] | None | Unset
        if _fallback_user_ids is UNSET or _fallback_user_ids is None:
            fallback_user_ids = _fallback_user_ids
        else:
            if not isinstance(_fallback_user_ids, list):
                raise TypeError()
            fallback_user_ids_type_0 = cast(list[str], _fallback_user_ids)

            fallback_user_ids = fallback_user_ids_type_0

        group_provisioner = cls(
            allow_reassignment=allow_reassignment,
            app_group_id=app_group_id,
            app_id=app_id,
            fallback_user_ids=fallback_user_ids,
        )
        group_provisioner.additional_properties = d
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
