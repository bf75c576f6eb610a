from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateEnumRules")

# The JSON keys of ValidateEnumRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"const", "definedOnly", "in", "notIn"})


@_attrs_define
class ValidateEnumRules:
    """
    Attributes:
        const (int | None | Unset):
        defined_only (bool | None | Unset):
        in_ (list[int] | None | Unset):
        not_in (list[int] | None | Unset):
    """

    const: int | None | Unset = UNSET
    defined_only: bool | None | Unset = UNSET
    in_: list[int] | None | Unset = UNSET
    not_in: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        const: int | None | Unset
        if isinstance(self.const, Unset):
            const = UNSET
        else:
            const = self.const

        defined_only: bool | None | Unset
        if isinstance(self.defined_only, Unset):
            defined_only = UNSET
        else:
            defined_only = self.defined_only

        in_: list[int] | None | Unset
        if isinstance(self.in_, Unset):
            in_ = UNSET
        elif isinstance(self.in_, list):
            in_ = self.in_

        else:
            in_ = self.in_

        not_in: list[int] | None | Unset
        if isinstance(self.not_in, Unset):
            not_in = UNSET
        elif isinstance(self.not_in, list):
            not_in = self.not_in

        else:
            not_in = self.not_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if const is not UNSET:
            field_dict["const"] = const
        if defined_only is not UNSET:
            field_dict["definedOnly"] = defined_only
        if in_ is not UNSET:
            field_dict["in"] = in_
        if not_in is not UNSET:
            field_dict["notIn"] = not_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "const" in d:
            seen += 1
            const: int | None | Unset = d["const"]

        else:
            const = UNSET

        if "definedOnly" in d:
            seen += 1
            defined_only: bool | None | Unset = d["definedOnly"]

        else:
            defined_only = UNSET

        if "in" in d:
            seen += 1
            _in_ = d["in"]
            in_: list[int] | None | Unset
            if _in_ is UNSET or _in_ is None:
                in_ = _in_
            else:
                if not isinstance(_in_, list):
                    raise TypeError()
                in_type_0: list[int] = _in_

                in_ = in_type_0

        else:
            in_ = UNSET

        if "notIn" in d:
            seen += 1
            _not_in = d["notIn"]
            not_in: list[int] | None | Unset
            if _not_in is UNSET or _not_in is None:
                not_in = _not_in
            else:
                if not isinstance(_not_in, list):
                    raise TypeError()
                not_in_type_0: list[int] = _not_in

                not_in = not_in_type_0

        else:
            not_in = UNSET

        validate_enum_rules = cls.__new__(cls)
        validate_enum_rules.const = const
        validate_enum_rules.defined_only = defined_only
        validate_enum_rules.in_ = in_
        validate_enum_rules.not_in = not_in
        if len(d) == seen:
            validate_enum_rules.additional_properties = {}
        else:
            validate_enum_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_enum_rules

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
