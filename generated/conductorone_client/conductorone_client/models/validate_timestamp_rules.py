from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateTimestampRules")


@_attrs_define
class ValidateTimestampRules:
    """
    Attributes:
        const (datetime.datetime | None | Unset):
        gt (datetime.datetime | None | Unset):
        gt_now (bool | None | Unset):
        gte (datetime.datetime | None | Unset):
        lt (datetime.datetime | None | Unset):
        lt_now (bool | None | Unset):
        lte (datetime.datetime | None | Unset):
        required (bool | None | Unset):
        within (None | str | Unset):
    """

    const: datetime.datetime | None | Unset = UNSET
    gt: datetime.datetime | None | Unset = UNSET
    gt_now: bool | None | Unset = UNSET
    gte: datetime.datetime | None | Unset = UNSET
    lt: datetime.datetime | None | Unset = UNSET
    lt_now: bool | None | Unset = UNSET
    lte: datetime.datetime | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    within: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        const: None | str | Unset
        if isinstance(self.const, Unset):
            const = UNSET
        elif isinstance(self.const, datetime.datetime):
            const = self.const.isoformat()
        else:
            const = self.const

        gt: None | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        elif isinstance(self.gt, datetime.datetime):
            gt = self.gt.isoformat()
        else:
            gt = self.gt

        gt_now: bool | None | Unset
        if isinstance(self.gt_now, Unset):
            gt_now = UNSET
        else:
            gt_now = self.gt_now

        gte: None | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        elif isinstance(self.gte, datetime.datetime):
            gte = self.gte.isoformat()
        else:
            gte = self.gte

        lt: None | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, datetime.datetime):
            lt = self.lt.isoformat()
        else:
            lt = self.lt

        lt_now: bool | None | Unset
        if isinstance(self.lt_now, Unset):
            lt_now = UNSET
        else:
            lt_now = self.lt_now

        lte: None | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        elif isinstance(self.lte, datetime.datetime):
            lte = self.lte.isoformat()
        else:
            lte = self.lte

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        within: None | str | Unset
        if isinstance(self.within, Unset):
            within = UNSET
        else:
            within = self.within

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if const is not UNSET:
            field_dict["const"] = const
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gt_now is not UNSET:
            field_dict["gtNow"] = gt_now
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lt_now is not UNSET:
            field_dict["ltNow"] = lt_now
        if lte is not UNSET:
            field_dict["lte"] = lte
        if required is not UNSET:
            field_dict["required"] = required
        if within is not UNSET:
            field_dict["within"] = within

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_const(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            const_type_0 = datetime.datetime.fromisoformat(data)

            return const_type_0

        const = _parse_const(d.pop("const", UNSET))

        def _parse_gt(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            gt_type_0 = datetime.datetime.fromisoformat(data)

            return gt_type_0

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_gt_now(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gt_now = _parse_gt_now(d.pop("gtNow", UNSET))

        def _parse_gte(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            gte_type_0 = datetime.datetime.fromisoformat(data)

            return gte_type_0

        gte = _parse_gte(d.pop("gte", UNSET))

        def _parse_lt(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            lt_type_0 = datetime.datetime.fromisoformat(data)

            return lt_type_0

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_lt_now(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lt_now = _parse_lt_now(d.pop("ltNow", UNSET))

        def _parse_lte(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            lte_type_0 = datetime.datetime.fromisoformat(data)

            return lte_type_0

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_within(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        within = _parse_within(d.pop("within", UNSET))

        validate_timestamp_rules = cls(
            const=const,
            gt=gt,
            gt_now=gt_now,
            gte=gte,
            lt=lt,
            lt_now=lt_now,
            lte=lte,
            required=required,
            within=within,
        )

        validate_timestamp_rules.additional_properties = d
        return validate_timestamp_rules

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
