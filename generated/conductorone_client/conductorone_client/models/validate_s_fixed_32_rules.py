from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateSFixed32Rules")


@_attrs_define
class ValidateSFixed32Rules:
    """
    Attributes:
        const (int | None | Unset):
        gt (int | None | Unset):
        gte (int | None | Unset):
        ignore_empty (bool | None | Unset):
        in_ (list[int] | None | Unset):
        lt (int | None | Unset):
        lte (int | None | Unset):
        not_in (list[int] | None | Unset):
    """

    const: int | None | Unset = UNSET
    gt: int | None | Unset = UNSET
    gte: int | None | Unset = UNSET
    ignore_empty: bool | None | Unset = UNSET
    in_: list[int] | None | Unset = UNSET
    lt: int | None | Unset = UNSET
    lte: int | None | Unset = UNSET
    not_in: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        const: int | None | Unset
        if isinstance(self.const, Unset):
            const = UNSET
        else:
            const = self.const

        gt: int | None | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        gte: int | None | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        ignore_empty: bool | None | Unset
        if isinstance(self.ignore_empty, Unset):
            ignore_empty = UNSET
        else:
            ignore_empty = self.ignore_empty

        in_: list[int] | None | Unset
        if isinstance(self.in_, Unset):
            in_ = UNSET
        elif isinstance(self.in_, list):
            in_ = self.in_

        else:
            in_ = self.in_

        lt: int | None | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        lte: int | None | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

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
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if ignore_empty is not UNSET:
            field_dict["ignoreEmpty"] = ignore_empty
        if in_ is not UNSET:
            field_dict["in"] = in_
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte
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

        def _parse_gt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_gte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_ignore_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_empty = _parse_ignore_empty(d.pop("ignoreEmpty", UNSET))

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

        def _parse_lt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_lte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

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

        validate_s_fixed_32_rules = cls(
            const=const,
            gt=gt,
            gte=gte,
            ignore_empty=ignore_empty,
            in_=in_,
            lt=lt,
            lte=lte,
            not_in=not_in,
        )

        validate_s_fixed_32_rules.additional_properties = d
        return validate_s_fixed_32_rules

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
