from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateAnyRules")

# The JSON keys of ValidateAnyRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"in", "notIn", "required"})


@_attrs_define
class ValidateAnyRules:
    """
    Attributes:
        in_ (list[str] | None | Unset):
        not_in (list[str] | None | Unset):
        required (bool | None | Unset):
    """

    in_: list[str] | None | Unset = UNSET
    not_in: list[str] | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: list[str] | None | Unset
        if isinstance(self.in_, Unset):
            in_ = UNSET
        elif isinstance(self.in_, list):
            in_ = self.in_

        else:
            in_ = self.in_

        not_in: list[str] | None | Unset
        if isinstance(self.not_in, Unset):
            not_in = UNSET
        elif isinstance(self.not_in, list):
            not_in = self.not_in

        else:
            not_in = self.not_in

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_ is not UNSET:
            field_dict["in"] = in_
        if not_in is not UNSET:
            field_dict["notIn"] = not_in
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "in" in d:
            seen += 1
            _in_ = d["in"]
            in_: list[str] | None | Unset
            if _in_ is UNSET or _in_ is None:
                in_ = _in_
            else:
                if not isinstance(_in_, list):
                    raise TypeError()
                in_type_0: list[str] = _in_

                in_ = in_type_0

        else:
            in_ = UNSET

        if "notIn" in d:
            seen += 1
            _not_in = d["notIn"]
            not_in: list[str] | None | Unset
            if _not_in is UNSET or _not_in is None:
                not_in = _not_in
            else:
                if not isinstance(_not_in, list):
                    raise TypeError()
                not_in_type_0: list[str] = _not_in

                not_in = not_in_type_0

        else:
            not_in = UNSET

        if "required" in d:
            seen += 1
            required: bool | None | Unset = d["required"]

        else:
            required = UNSET

        validate_any_rules = cls.__new__(cls)
        validate_any_rules.in_ = in_
        validate_any_rules.not_in = not_in
        validate_any_rules.required = required
        if len(d) == seen:
            validate_any_rules.additional_properties = {}
        else:
            validate_any_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_any_rules

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
