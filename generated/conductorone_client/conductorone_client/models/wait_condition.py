from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitCondition")

# The JSON keys of WaitCondition's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"condition"})


@_attrs_define
class WaitCondition:
    """
    Attributes:
        condition (None | str | Unset):
    """

    condition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "condition" in d:
            seen += 1
            condition: None | str | Unset = d["condition"]

        else:
            condition = UNSET

        wait_condition = cls.__new__(cls)
        wait_condition.condition = condition
        if len(d) == seen:
            wait_condition.additional_properties = {}
        else:
            wait_condition.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return wait_condition

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
