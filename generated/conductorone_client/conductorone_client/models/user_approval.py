from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApproval")

# The JSON keys of UserApproval's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"allowSelfApproval", "requireDistinctApprovers", "userIds"})


@_attrs_define
class UserApproval:
    """
    Attributes:
        allow_self_approval (bool | None | Unset):
        require_distinct_approvers (bool | Unset):
        user_ids (list[str] | None | Unset):
    """

    allow_self_approval: bool | None | Unset = UNSET
    require_distinct_approvers: bool | Unset = UNSET
    user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_self_approval: bool | None | Unset
        if isinstance(self.allow_self_approval, Unset):
            allow_self_approval = UNSET
        else:
            allow_self_approval = self.allow_self_approval

        require_distinct_approvers = self.require_distinct_approvers

        user_ids: list[str] | None | Unset
        if isinstance(self.user_ids, Unset):
            user_ids = UNSET
        elif isinstance(self.user_ids, list):
            user_ids = self.user_ids

        else:
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allow_self_approval is not UNSET:
            field_dict["allowSelfApproval"] = allow_self_approval
        if require_distinct_approvers is not UNSET:
            field_dict["requireDistinctApprovers"] = require_distinct_approvers
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

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

        if "requireDistinctApprovers" in d:
            seen += 1
            require_distinct_approvers: bool | Unset = d["requireDistinctApprovers"]
        else:
            require_distinct_approvers = UNSET

        if "userIds" in d:
            seen += 1
            _user_ids = d["userIds"]
            user_ids: list[str] | None | Unset
            if _user_ids is UNSET or _user_ids is None:
                user_ids = _user_ids
            else:
                if not isinstance(_user_ids, list):
                    raise TypeError()
                user_ids_type_0: list[str] = _user_ids

                user_ids = user_ids_type_0

        else:
            user_ids = UNSET

        user_approval = cls.__new__(cls)
        user_approval.allow_self_approval = allow_self_approval
        user_approval.require_distinct_approvers = require_distinct_approvers
        user_approval.user_ids = user_ids
        if len(d) == seen:
            user_approval.additional_properties = {}
        else:
            user_approval.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_approval

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
