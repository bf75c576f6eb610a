from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateBytesRules")


@_attrs_define
class ValidateBytesRules:
    """
    Attributes:
        const (None | str | Unset):
        contains (None | str | Unset):
        ignore_empty (bool | None | Unset):
        in_ (list[str] | None | Unset):
        ip (bool | None | Unset):
        ipv4 (bool | None | Unset):
        ipv6 (bool | None | Unset):
        len_ (None | str | Unset):
        max_len (None | str | Unset):
        min_len (None | str | Unset):
        not_in (list[str] | None | Unset):
        pattern (None | str | Unset):
        prefix (None | str | Unset):
        suffix (None | str | Unset):
    """

    const: None | str | Unset = UNSET
    contains: None | str | Unset = UNSET
    ignore_empty: bool | None | Unset = UNSET
    in_: list[str] | None | Unset = UNSET
    ip: bool | None | Unset = UNSET
    ipv4: bool | None | Unset = UNSET
    ipv6: bool | None | Unset = UNSET
    len_: None | str | Unset = UNSET
    max_len: None | str | Unset = UNSET
    min_len: None | str | Unset = UNSET
    not_in: list[str] | None | Unset = UNSET
    pattern: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    suffix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        const: None | str | Unset
        if isinstance(self.const, Unset):
            const = UNSET
        else:
            const = self.const

        contains: None | str | Unset
        if isinstance(self.contains, Unset):
            contains = UNSET
        else:
            contains = self.contains

        ignore_empty: bool | None | Unset
        if isinstance(self.ignore_empty, Unset):
            ignore_empty = UNSET
        else:
            ignore_empty = self.ignore_empty

        in_: list[str] | None | Unset
        if isinstance(self.in_, Unset):
            in_ = UNSET
        elif isinstance(self.in_, list):
            in_ = self.in_

        else:
            in_ = self.in_

        ip: bool | None | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        ipv4: bool | None | Unset
        if isinstance(self.ipv4, Unset):
            ipv4 = UNSET
        else:
            ipv4 = self.ipv4

        ipv6: bool | None | Unset
        if isinstance(self.ipv6, Unset):
            ipv6 = UNSET
        else:
            ipv6 = self.ipv6

        len_: None | str | Unset
        if isinstance(self.len_, Unset):
            len_ = UNSET
        else:
            len_ = self.len_

        max_len: None | str | Unset
        if isinstance(self.max_len, Unset):
            max_len = UNSET
        else:
            max_len = self.max_len

        min_len: None | str | Unset
        if isinstance(self.min_len, Unset):
            min_len = UNSET
        else:
            min_len = self.min_len

        not_in: list[str] | None | Unset
        if isinstance(self.not_in, Unset):
            not_in = UNSET
        elif isinstance(self.not_in, list):
            not_in = self.not_in

        else:
            not_in = self.not_in

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if const is not UNSET:
            field_dict["const"] = const
        if contains is not UNSET:
            field_dict["contains"] = contains
        if ignore_empty is not UNSET:
            field_dict["ignoreEmpty"] = ignore_empty
        if in_ is not UNSET:
            field_dict["in"] = in_
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if len_ is not UNSET:
            field_dict["len"] = len_
        if max_len is not UNSET:
            field_dict["maxLen"] = max_len
        if min_len is not UNSET:
            field_dict["minLen"] = min_len
        if not_in is not UNSET:
            field_dict["notIn"] = not_in
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        const: None | str | Unset = d.pop("const", UNSET)

        contains: None | str | Unset = d.pop("contains", UNSET)

        ignore_empty: bool | None | Unset = d.pop("ignoreEmpty", UNSET)

        _in_ = d.pop("in", UNSET)
        in_: list[str] | None | Unset
        if _in_ is UNSET or _in_ is None:
            in_ = _in_
        else:
            if not isinstance(_in_, list):
                raise TypeError()
            in_type_0 = cast(list[str], _in_)

            in_ = in_type_0

        ip: bool | None | Unset = d.pop("ip", UNSET)

        ipv4: bool | None | Unset = d.pop("ipv4", UNSET)

        ipv6: bool | None | Unset = d.pop("ipv6", UNSET)

        len_: None | str | Unset = d.pop("len", UNSET)

        max_len: None | str | Unset = d.pop("maxLen", UNSET)

        min_len: None | str | Unset = d.pop("minLen", UNSET)

        _not_in = d.pop("notIn", UNSET)
        not_in: list[str] | None | Unset
        if _not_in is UNSET or _not_in is None:
            not_in = _not_in
        else:
            if not isinstance(_not_in, list):
                raise TypeError()
            not_in_type_0 = cast(list[str], _not_in)

            not_in = not_in_type_0

        pattern: None | str | Unset = d.pop("pattern", UNSET)

        prefix: None | str | Unset = d.pop("prefix", UNSET)

        suffix: None | str | Unset = d.pop("suffix", UNSET)

        validate_bytes_rules = cls(
            const=const,
            contains=contains,
            ignore_empty=ignore_empty,
            in_=in_,
            ip=ip,
            ipv4=ipv4,
            ipv6=ipv6,
            len_=len_,
            max_len=max_len,
            min_len=min_len,
            not_in=not_in,
            pattern=pattern,
            prefix=prefix,
            suffix=suffix,
        )
        validate_bytes_rules.additional_properties = d
        return validate_bytes_rules

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
