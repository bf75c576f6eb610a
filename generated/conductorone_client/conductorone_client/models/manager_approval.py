from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagerApproval")

# The JSON keys of ManagerApproval's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "allowSelfApproval",
        "assignedUserIds",
        "fallback",
        "fallbackGroupIds",
        "fallbackUserIds",
        "isGroupFallbackEnabled",
        "requireDistinctApprovers",
    }
)


@_attrs_define
class ManagerApproval:
    """
    Attributes:
        allow_self_approval (bool | None | Unset):
        assigned_user_ids (list[str] | None | Unset):
        fallback (bool | None | Unset):
        fallback_group_ids (list[AppEntitlementReference] | None | Unset):
        fallback_user_ids (list[str] | None | Unset):
        is_group_fallback_enabled (bool | Unset):
        require_distinct_approvers (bool | Unset):
    """

    allow_self_approval: bool | None | Unset = UNSET
    assigned_user_ids: list[str] | None | Unset = UNSET
    fallback: bool | None | Unset = UNSET
    fallback_group_ids: list[AppEntitlementReference] | None | Unset = UNSET
    fallback_user_ids: list[str] | None | Unset = UNSET
    is_group_fallback_enabled: bool | Unset = UNSET
    require_distinct_approvers: bool | Unset = UNSET
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

        fallback_group_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.fallback_group_ids, Unset):
            fallback_group_ids = UNSET
        elif isinstance(self.fallback_group_ids, list):
            fallback_group_ids = []
            for _fallback_group_ids_type_0_item__data in self.fallback_group_ids:
                _fallback_group_ids_type_0_item_ = _fallback_group_ids_type_0_item__data.to_dict()
                fallback_group_ids.append(_fallback_group_ids_type_0_item_)

        else:
            fallback_group_ids = self.fallback_group_ids

        fallback_user_ids: list[str] | None | Unset
        if isinstance(self.fallback_user_ids, Unset):
            fallback_user_ids = UNSET
        elif isinstance(self.fallback_user_ids, list):
            fallback_user_ids = self.fallback_user_ids

        else:
            fallback_user_ids = self.fallback_user_ids

        is_group_fallback_enabled = self.is_group_fallback_enabled

        require_distinct_approvers = self.require_distinct_approvers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allow_self_approval is not UNSET:
            field_dict["allowSelfApproval"] = allow_self_approval
        if assigned_user_ids is not UNSET:
            field_dict["assignedUserIds"] = assigned_user_ids
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_group_ids is not UNSET:
            field_dict["fallbackGroupIds"] = fallback_group_ids
        if fallback_user_ids is not UNSET:
            field_dict["fallbackUserIds"] = fallback_user_ids
        if is_group_fallback_enabled is not UNSET:
            field_dict["isGroupFallbackEnabled"] = is_group_fallback_enabled
        if require_distinct_approvers is not UNSET:
            field_dict["requireDistinctApprovers"] = require_distinct_approvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "allowSelfApproval" in d:
            seen += 1
            allow_self_approval: bool | None | Unset = d["allowSelfApproval"]

        else:
            allow_self_approval = UNSET

        if "assignedUserIds" in d:
            seen += 1
            _assigned_user_ids = d["assignedUserIds"]
            assigned_user_ids: list[str] | None | Unset
            if _assigned_user_ids is UNSET or _assigned_user_ids is None:
                assigned_user_ids = _assigned_user_ids
            else:
                if not isinstance(_assigned_user_ids, list):
                    raise TypeError()
                assigned_user_ids_type_0: list[str] = _assigned_user_ids

                assigned_user_ids = assigned_user_ids_type_0

        else:
            assigned_user_ids = UNSET

        if "fallback" in d:
            seen += 1
            fallback: bool | None | Unset = d["fallback"]

        else:
            fallback = UNSET

        if "fallbackGroupIds" in d:
            seen += 1
            _fallback_group_ids = d["fallbackGroupIds"]
            fallback_group_ids: list[AppEntitlementReference] | None | Unset
            if _fallback_group_ids is UNSET or _fallback_group_ids is None:
                fallback_group_ids = _fallback_group_ids
            else:
                if not isinstance(_fallback_group_ids, list):
                    raise TypeError()
                _load_fallback_group_ids_type_0_item = AppEntitlementReference.from_dict
                fallback_group_ids_type_0 = [_load_fallback_group_ids_type_0_item(item) for item in _fallback_group_ids]

                fallback_group_ids = fallback_group_ids_type_0

        else:
            fallback_group_ids = UNSET

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

        if "isGroupFallbackEnabled" in d:
            seen += 1
            is_group_fallback_enabled: bool | Unset = d["isGroupFallbackEnabled"]
        else:
            is_group_fallback_enabled = UNSET

        if "requireDistinctApprovers" in d:
            seen += 1
            require_distinct_approvers: bool | Unset = d["requireDistinctApprovers"]
        else:
            require_distinct_approvers = UNSET

        manager_approval = cls.__new__(cls)
        manager_approval.allow_self_approval = allow_self_approval
        manager_approval.assigned_user_ids = assigned_user_ids
        manager_approval.fallback = fallback
        manager_approval.fallback_group_ids = fallback_group_ids
        manager_approval.fallback_user_ids = fallback_user_ids
        manager_approval.is_group_fallback_enabled = is_group_fallback_enabled
        manager_approval.require_distinct_approvers = require_distinct_approvers
        if len(d) == seen:
            manager_approval.additional_properties = {}
        else:
            manager_approval.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.app_entitlement_reference import AppEntitlementReference  # noqa: E402
