from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
        _const = d.pop("const", UNSET)
        const: datetime.datetime | None | Unset
        if _const is UNSET or _const is None:
            const = _const
        else:
            if not isinstance(_const, str):
                raise TypeError()
            const_type_0 = datetime.datetime.fromisoformat(_const)

            const = const_type_0

        _gt = d.pop("gt", UNSET)
        gt: datetime.datetime | None | Unset
        if _gt is UNSET or _gt is None:
            gt = _gt
        else:
            if not isinstance(_gt, str):
                raise TypeError()
            gt_type_0 = datetime.datetime.fromisoformat(_gt)

            gt = gt_type_0

        gt_now: bool | None | Unset = d.pop("gtNow", UNSET)

        _gte = d.pop("gte", UNSET)
        gte: datetime.datetime | None | Unset
        if _gte is UNSET or _gte is None:
            gte = _gte
        else:
            if not isinstance(_gte, str):
                raise TypeError()
            gte_type_0 = datetime.datetime.fromisoformat(_gte)

            gte = gte_type_0

        _lt = d.pop("lt", UNSET)
        lt: datetime.datetime | None | Unset
        if _lt is UNSET or _lt is None:
            lt = _lt
        else:
            if not isinstance(_lt, str):
                raise TypeError()
            lt_type_0 = datetime.datetime.fromisoformat(_lt)

            lt = lt_type_0

        lt_now: bool | None | Unset = d.pop("ltNow", UNSET)

        _lte = d.pop("lte", UNSET)
        lte: datetime.datetime | None | Unset
        if _lte is UNSET or _lte is None:
            lte = _lte
        else:
            if not isinstance(_lte, str):
                raise TypeError()
            lte_type_0 = datetime.datetime.fromisoformat(_lte)

            lte = lte_type_0

        required: bool | None | Unset = d.pop("required", UNSET)

        within: None | str | Unset = d.pop("within", UNSET)

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
