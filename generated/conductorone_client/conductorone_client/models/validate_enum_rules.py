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
        field_dict.update({})
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

        def _parse_const(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        const = _parse_const(d.pop("const", UNSET))

        def _parse_defined_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        defined_only = _parse_defined_only(d.pop("definedOnly", UNSET))

        def _parse_in_(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            in_type_0 = cast(list[int], data)

            return in_type_0

        in_ = _parse_in_(d.pop("in", UNSET))

        def _parse_not_in(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            not_in_type_0 = cast(list[int], data)

            return not_in_type_0

        not_in = _parse_not_in(d.pop("notIn", UNSET))

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
