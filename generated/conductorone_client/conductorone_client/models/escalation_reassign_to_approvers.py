from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EscalationReassignToApprovers")

# The JSON keys of EscalationReassignToApprovers's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"approverIds"})


@_attrs_define
class EscalationReassignToApprovers:
    """
    Attributes:
        approver_ids (list[str] | None | Unset):
    """

    approver_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approver_ids: list[str] | None | Unset
        if isinstance(self.approver_ids, Unset):
            approver_ids = UNSET
        elif isinstance(self.approver_ids, list):
            approver_ids = self.approver_ids

        else:
            approver_ids = self.approver_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approver_ids is not UNSET:
            field_dict["approverIds"] = approver_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "approverIds" in d:
            seen += 1
            _approver_ids = d["approverIds"]
            approver_ids: list[str] | None | Unset
            if _approver_ids is UNSET or _approver_ids is None:
                approver_ids = _approver_ids
            else:
                if not isinstance(_approver_ids, list):
                    raise TypeError()
                approver_ids_type_0: list[str] = _approver_ids

                approver_ids = approver_ids_type_0

        else:
            approver_ids = UNSET

        escalation_reassign_to_approvers = cls.__new__(cls)
        escalation_reassign_to_approvers.approver_ids = approver_ids
        if len(d) == seen:
            escalation_reassign_to_approvers.additional_properties = {}
        else:
            escalation_reassign_to_approvers.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return escalation_reassign_to_approvers

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
