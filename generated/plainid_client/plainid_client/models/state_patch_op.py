from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state_patch_op_op import StatePatchOpOp
from ..models.state_patch_op_path import StatePatchOpPath

T = TypeVar("T", bound="StatePatchOp")

# The JSON keys of StatePatchOp's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"op", "path", "value"})


@_attrs_define
class StatePatchOp:
    """One state change; `value` true activates the policy, false deactivates it.

    Attributes:
        op (StatePatchOpOp):
        path (StatePatchOpPath):
        value (bool):
    """

    op: StatePatchOpOp
    path: StatePatchOpPath
    value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["op"] = op
        field_dict["path"] = path
        field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        op = StatePatchOpOp(d["op"])

        path = StatePatchOpPath(d["path"])

        value = d["value"]

        state_patch_op = cls.__new__(cls)
        state_patch_op.op = op
        state_patch_op.path = path
        state_patch_op.value = value
        if len(d) == seen:
            state_patch_op.additional_properties = {}
        else:
            state_patch_op.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return state_patch_op

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
