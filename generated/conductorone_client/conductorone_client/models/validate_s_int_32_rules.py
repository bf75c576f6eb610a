from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateSInt32Rules")

# The JSON keys of ValidateSInt32Rules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"const", "gt", "gte", "ignoreEmpty", "in", "lt", "lte", "notIn"})


@_attrs_define
class ValidateSInt32Rules:
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "const" in d:
            seen += 1
            const: int | None | Unset = d["const"]

        else:
            const = UNSET

        if "gt" in d:
            seen += 1
            gt: int | None | Unset = d["gt"]

        else:
            gt = UNSET

        if "gte" in d:
            seen += 1
            gte: int | None | Unset = d["gte"]

        else:
            gte = UNSET

        if "ignoreEmpty" in d:
            seen += 1
            ignore_empty: bool | None | Unset = d["ignoreEmpty"]

        else:
            ignore_empty = UNSET

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

        if "lt" in d:
            seen += 1
            lt: int | None | Unset = d["lt"]

        else:
            lt = UNSET

        if "lte" in d:
            seen += 1
            lte: int | None | Unset = d["lte"]

        else:
            lte = UNSET

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

        validate_s_int_32_rules = cls.__new__(cls)
        validate_s_int_32_rules.const = const
        validate_s_int_32_rules.gt = gt
        validate_s_int_32_rules.gte = gte
        validate_s_int_32_rules.ignore_empty = ignore_empty
        validate_s_int_32_rules.in_ = in_
        validate_s_int_32_rules.lt = lt
        validate_s_int_32_rules.lte = lte
        validate_s_int_32_rules.not_in = not_in
        if len(d) == seen:
            validate_s_int_32_rules.additional_properties = {}
        else:
            validate_s_int_32_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_s_int_32_rules

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
