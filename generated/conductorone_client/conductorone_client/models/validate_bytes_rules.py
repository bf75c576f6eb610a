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
        field_dict.update({})
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

        def _parse_const(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        const = _parse_const(d.pop("const", UNSET))

        def _parse_contains(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contains = _parse_contains(d.pop("contains", UNSET))

        def _parse_ignore_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_empty = _parse_ignore_empty(d.pop("ignoreEmpty", UNSET))

        def _parse_in_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            in_type_0 = cast(list[str], data)

            return in_type_0

        in_ = _parse_in_(d.pop("in", UNSET))

        def _parse_ip(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_ipv4(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ipv4 = _parse_ipv4(d.pop("ipv4", UNSET))

        def _parse_ipv6(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ipv6 = _parse_ipv6(d.pop("ipv6", UNSET))

        def _parse_len_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        len_ = _parse_len_(d.pop("len", UNSET))

        def _parse_max_len(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_len = _parse_max_len(d.pop("maxLen", UNSET))

        def _parse_min_len(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_len = _parse_min_len(d.pop("minLen", UNSET))

        def _parse_not_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            not_in_type_0 = cast(list[str], data)

            return not_in_type_0

        not_in = _parse_not_in(d.pop("notIn", UNSET))

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffix = _parse_suffix(d.pop("suffix", UNSET))

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
