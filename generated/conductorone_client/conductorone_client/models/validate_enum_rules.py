from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateEnumRules")


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
        d = dict(src_dict)
        const: int | None | Unset = d.pop("const", UNSET)

        defined_only: bool | None | Unset = d.pop("definedOnly", UNSET)

        _in_ = d.pop("in", UNSET)
        in_: list[int] | None | Unset
        if _in_ is UNSET or _in_ is None:
            in_ = _in_
        else:
            if not isinstance(_in_, list):
                raise TypeError()
            in_type_0 = cast(list[int], _in_)

            in_ = in_type_0

        _not_in = d.pop("notIn", UNSET)
        not_in: list[int] | None | Unset
        if _not_in is UNSET or _not_in is None:
            not_in = _not_in
        else:
            if not isinstance(_not_in, list):
                raise TypeError()
            not_in_type_0 = cast(list[int], _not_in)

            not_in = not_in_type_0

        validate_enum_rules = cls(
            const=const,
            defined_only=defined_only,
            in_=in_,
            not_in=not_in,
        )
        validate_enum_rules.additional_properties = d
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
