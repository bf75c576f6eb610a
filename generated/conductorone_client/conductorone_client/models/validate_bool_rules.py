from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateBoolRules")

# The JSON keys of ValidateBoolRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"const"})


@_attrs_define
class ValidateBoolRules:
    """
    Attributes:
        const (bool | None | Unset):
    """

    const: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        const: bool | None | Unset
        if isinstance(self.const, Unset):
            const = UNSET
        else:
            const = self.const

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if const is not UNSET:
            field_dict["const"] = const

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "const" in d:
            seen += 1
            const: bool | None | Unset = d["const"]

        else:
            const = UNSET

        validate_bool_rules = cls.__new__(cls)
        validate_bool_rules.const = const
        if len(d) == seen:
            validate_bool_rules.additional_properties = {}
        else:
            validate_bool_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_bool_rules

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
