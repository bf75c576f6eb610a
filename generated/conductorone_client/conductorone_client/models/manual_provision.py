from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualProvision")


@_attrs_define
class ManualProvision:
    """
    Attributes:
        assignee (ProvisionerAssignment | Unset): Who the manual provisioning task is assigned to; supersedes userIds.
        instructions (None | str | Unset):
        user_ids (list[str] | None | Unset):
    """

    assignee: ProvisionerAssignment | Unset = UNSET
    instructions: None | str | Unset = UNSET
    user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        user_ids: list[str] | None | Unset
        if isinstance(self.user_ids, Unset):
            user_ids = UNSET
        elif isinstance(self.user_ids, list):
            user_ids = self.user_ids

        else:
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _assignee = d.pop("assignee", UNSET)
        assignee: ProvisionerAssignment | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = ProvisionerAssignment.from_dict(_assignee)

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[str] | None | Unset
        if _user_ids is UNSET or _user_ids is None:
            user_ids = _user_ids
        else:
            if not isinstance(_user_ids, list):
                raise TypeError()
            user_ids_type_0 = cast(list[str], _user_ids)

            user_ids = user_ids_type_0

        manual_provision = cls(
            assignee=assignee,
            instructions=instructions,
            user_ids=user_ids,
        )
        manual_provision.additional_properties = d
        return manual_provision

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
from ..models.provisioner_assignment import ProvisionerAssignment  # noqa: E402
