from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagerApproval")


@_attrs_define
class ManagerApproval:
    """
    Attributes:
        allow_self_approval (bool | None | Unset):
        assigned_user_ids (list[str] | None | Unset):
        fallback (bool | None | Unset):
        fallback_user_ids (list[str] | None | Unset):
    """

    allow_self_approval: bool | None | Unset = UNSET
    assigned_user_ids: list[str] | None | Unset = UNSET
    fallback: bool | None | Unset = UNSET
    fallback_user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_self_approval: bool | None | Unset
        if isinstance(self.allow_self_approval, Unset):
            allow_self_approval = UNSET
        else:
            allow_self_approval = self.allow_self_approval

        assigned_user_ids: list[str] | None | Unset
        if isinstance(self.assigned_user_ids, Unset):
            assigned_user_ids = UNSET
        elif isinstance(self.assigned_user_ids, list):
            assigned_user_ids = self.assigned_user_ids

        else:
            assigned_user_ids = self.assigned_user_ids

        fallback: bool | None | Unset
        if isinstance(self.fallback, Unset):
            fallback = UNSET
        else:
            fallback = self.fallback

        fallback_user_ids: list[str] | None | Unset
        if isinstance(self.fallback_user_ids, Unset):
            fallback_user_ids = UNSET
        elif isinstance(self.fallback_user_ids, list):
            fallback_user_ids = self.fallback_user_ids

        else:
            fallback_user_ids = self.fallback_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allow_self_approval is not UNSET:
            field_dict["allowSelfApproval"] = allow_self_approval
        if assigned_user_ids is not UNSET:
            field_dict["assignedUserIds"] = assigned_user_ids
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_user_ids is not UNSET:
            field_dict["fallbackUserIds"] = fallback_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_self_approval: bool | None | Unset = d.pop("allowSelfApproval", UNSET)

        _assigned_user_ids = d.pop("assignedUserIds", UNSET)
        assigned_user_ids: list[str] | None | Unset
        if _assigned_user_ids is UNSET or _assigned_user_ids is None:
            assigned_user_ids = _assigned_user_ids
        else:
            try:
                if not isinstance(_assigned_user_ids, list):
                    raise TypeError()
                assigned_user_ids_type_0 = cast(list[str], _assigned_user_ids)

                assigned_user_ids = assigned_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                assigned_user_ids = cast("list[str] | None | Unset", _assigned_user_ids)

        fallback: bool | None | Unset = d.pop("fallback", UNSET)

        _fallback_user_ids = d.pop("fallbackUserIds", UNSET)
        fallback_user_ids: list[str] | None | Unset
        if _fallback_user_ids is UNSET or _fallback_user_ids is None:
            fallback_user_ids = _fallback_user_ids
        else:
            try:
                if not isinstance(_fallback_user_ids, list):
                    raise TypeError()
                fallback_user_ids_type_0 = cast(list[str], _fallback_user_ids)

                fallback_user_ids = fallback_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fallback_user_ids = cast("list[str] | None | Unset", _fallback_user_ids)

        manager_approval = cls(
            allow_self_approval=allow_self_approval,
            assigned_user_ids=assigned_user_ids,
            fallback=fallback,
            fallback_user_ids=fallback_user_ids,
        )
        manager_approval.additional_properties = d
        return manager_approval

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
