from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateTimestampRules")

# The JSON keys of ValidateTimestampRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"const", "gt", "gtNow", "gte", "lt", "ltNow", "lte", "required", "within"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "const" in d:
            seen += 1
            _const = d["const"]
            const: datetime.datetime | None | Unset
            if _const is UNSET or _const is None:
                const = _const
            else:
                if not isinstance(_const, str):
                    raise TypeError()
                const_type_0 = datetime.datetime.fromisoformat(_const)

                const = const_type_0

        else:
            const = UNSET

        if "gt" in d:
            seen += 1
            _gt = d["gt"]
            gt: datetime.datetime | None | Unset
            if _gt is UNSET or _gt is None:
                gt = _gt
            else:
                if not isinstance(_gt, str):
                    raise TypeError()
                gt_type_0 = datetime.datetime.fromisoformat(_gt)

                gt = gt_type_0

        else:
            gt = UNSET

        if "gtNow" in d:
            seen += 1
            gt_now: bool | None | Unset = d["gtNow"]

        else:
            gt_now = UNSET

        if "gte" in d:
            seen += 1
            _gte = d["gte"]
            gte: datetime.datetime | None | Unset
            if _gte is UNSET or _gte is None:
                gte = _gte
            else:
                if not isinstance(_gte, str):
                    raise TypeError()
                gte_type_0 = datetime.datetime.fromisoformat(_gte)

                gte = gte_type_0

        else:
            gte = UNSET

        if "lt" in d:
            seen += 1
            _lt = d["lt"]
            lt: datetime.datetime | None | Unset
            if _lt is UNSET or _lt is None:
                lt = _lt
            else:
                if not isinstance(_lt, str):
                    raise TypeError()
                lt_type_0 = datetime.datetime.fromisoformat(_lt)

                lt = lt_type_0

        else:
            lt = UNSET

        if "ltNow" in d:
            seen += 1
            lt_now: bool | None | Unset = d["ltNow"]

        else:
            lt_now = UNSET

        if "lte" in d:
            seen += 1
            _lte = d["lte"]
            lte: datetime.datetime | None | Unset
            if _lte is UNSET or _lte is None:
                lte = _lte
            else:
                if not isinstance(_lte, str):
                    raise TypeError()
                lte_type_0 = datetime.datetime.fromisoformat(_lte)

                lte = lte_type_0

        else:
            lte = UNSET

        if "required" in d:
            seen += 1
            required: bool | None | Unset = d["required"]

        else:
            required = UNSET

        if "within" in d:
            seen += 1
            within: None | str | Unset = d["within"]

        else:
            within = UNSET

        validate_timestamp_rules = cls.__new__(cls)
        validate_timestamp_rules.const = const
        validate_timestamp_rules.gt = gt
        validate_timestamp_rules.gt_now = gt_now
        validate_timestamp_rules.gte = gte
        validate_timestamp_rules.lt = lt
        validate_timestamp_rules.lt_now = lt_now
        validate_timestamp_rules.lte = lte
        validate_timestamp_rules.required = required
        validate_timestamp_rules.within = within
        if len(d) == seen:
            validate_timestamp_rules.additional_properties = {}
        else:
            validate_timestamp_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
