from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateBytesRules")

# The JSON keys of ValidateBytesRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "const",
        "contains",
        "ignoreEmpty",
        "in",
        "ip",
        "ipv4",
        "ipv6",
        "len",
        "maxLen",
        "minLen",
        "notIn",
        "pattern",
        "prefix",
        "suffix",
    }
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "const" in d:
            seen += 1
            const: None | str | Unset = d["const"]

        else:
            const = UNSET

        if "contains" in d:
            seen += 1
            contains: None | str | Unset = d["contains"]

        else:
            contains = UNSET

        if "ignoreEmpty" in d:
            seen += 1
            ignore_empty: bool | None | Unset = d["ignoreEmpty"]

        else:
            ignore_empty = UNSET

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

        if "ip" in d:
            seen += 1
            ip: bool | None | Unset = d["ip"]

        else:
            ip = UNSET

        if "ipv4" in d:
            seen += 1
            ipv4: bool | None | Unset = d["ipv4"]

        else:
            ipv4 = UNSET

        if "ipv6" in d:
            seen += 1
            ipv6: bool | None | Unset = d["ipv6"]

        else:
            ipv6 = UNSET

        if "len" in d:
            seen += 1
            len_: None | str | Unset = d["len"]

        else:
            len_ = UNSET

        if "maxLen" in d:
            seen += 1
            max_len: None | str | Unset = d["maxLen"]

        else:
            max_len = UNSET

        if "minLen" in d:
            seen += 1
            min_len: None | str | Unset = d["minLen"]

        else:
            min_len = UNSET

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

        if "pattern" in d:
            seen += 1
            pattern: None | str | Unset = d["pattern"]

        else:
            pattern = UNSET

        if "prefix" in d:
            seen += 1
            prefix: None | str | Unset = d["prefix"]

        else:
            prefix = UNSET

        if "suffix" in d:
            seen += 1
            suffix: None | str | Unset = d["suffix"]

        else:
            suffix = UNSET

        validate_bytes_rules = cls.__new__(cls)
        validate_bytes_rules.const = const
        validate_bytes_rules.contains = contains
        validate_bytes_rules.ignore_empty = ignore_empty
        validate_bytes_rules.in_ = in_
        validate_bytes_rules.ip = ip
        validate_bytes_rules.ipv4 = ipv4
        validate_bytes_rules.ipv6 = ipv6
        validate_bytes_rules.len_ = len_
        validate_bytes_rules.max_len = max_len
        validate_bytes_rules.min_len = min_len
        validate_bytes_rules.not_in = not_in
        validate_bytes_rules.pattern = pattern
        validate_bytes_rules.prefix = prefix
        validate_bytes_rules.suffix = suffix
        if len(d) == seen:
            validate_bytes_rules.additional_properties = {}
        else:
            validate_bytes_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
