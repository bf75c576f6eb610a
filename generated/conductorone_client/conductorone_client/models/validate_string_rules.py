from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validate_string_rules_well_known_regex import ValidateStringRulesWellKnownRegex
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateStringRules")

# The JSON keys of ValidateStringRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "address",
        "const",
        "contains",
        "email",
        "hostname",
        "ignoreEmpty",
        "in",
        "ip",
        "ipv4",
        "ipv6",
        "len",
        "lenBytes",
        "maxBytes",
        "maxLen",
        "minBytes",
        "minLen",
        "notContains",
        "notIn",
        "pattern",
        "prefix",
        "strict",
        "suffix",
        "uri",
        "uriRef",
        "uuid",
        "wellKnownRegex",
    }
)


@_attrs_define
class ValidateStringRules:
    """
    Attributes:
        address (bool | None | Unset):
        const (None | str | Unset):
        contains (None | str | Unset):
        email (bool | None | Unset):
        hostname (bool | None | Unset):
        ignore_empty (bool | None | Unset):
        in_ (list[str] | None | Unset):
        ip (bool | None | Unset):
        ipv4 (bool | None | Unset):
        ipv6 (bool | None | Unset):
        len_ (None | str | Unset):
        len_bytes (None | str | Unset):
        max_bytes (None | str | Unset):
        max_len (None | str | Unset):
        min_bytes (None | str | Unset):
        min_len (None | str | Unset):
        not_contains (None | str | Unset):
        not_in (list[str] | None | Unset):
        pattern (None | str | Unset):
        prefix (None | str | Unset):
        strict (bool | None | Unset):
        suffix (None | str | Unset):
        uri (bool | None | Unset):
        uri_ref (bool | None | Unset):
        uuid (bool | None | Unset):
        well_known_regex (None | Unset | ValidateStringRulesWellKnownRegex):
    """

    address: bool | None | Unset = UNSET
    const: None | str | Unset = UNSET
    contains: None | str | Unset = UNSET
    email: bool | None | Unset = UNSET
    hostname: bool | None | Unset = UNSET
    ignore_empty: bool | None | Unset = UNSET
    in_: list[str] | None | Unset = UNSET
    ip: bool | None | Unset = UNSET
    ipv4: bool | None | Unset = UNSET
    ipv6: bool | None | Unset = UNSET
    len_: None | str | Unset = UNSET
    len_bytes: None | str | Unset = UNSET
    max_bytes: None | str | Unset = UNSET
    max_len: None | str | Unset = UNSET
    min_bytes: None | str | Unset = UNSET
    min_len: None | str | Unset = UNSET
    not_contains: None | str | Unset = UNSET
    not_in: list[str] | None | Unset = UNSET
    pattern: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    suffix: None | str | Unset = UNSET
    uri: bool | None | Unset = UNSET
    uri_ref: bool | None | Unset = UNSET
    uuid: bool | None | Unset = UNSET
    well_known_regex: None | Unset | ValidateStringRulesWellKnownRegex = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: bool | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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

        email: bool | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        hostname: bool | None | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

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

        len_bytes: None | str | Unset
        if isinstance(self.len_bytes, Unset):
            len_bytes = UNSET
        else:
            len_bytes = self.len_bytes

        max_bytes: None | str | Unset
        if isinstance(self.max_bytes, Unset):
            max_bytes = UNSET
        else:
            max_bytes = self.max_bytes

        max_len: None | str | Unset
        if isinstance(self.max_len, Unset):
            max_len = UNSET
        else:
            max_len = self.max_len

        min_bytes: None | str | Unset
        if isinstance(self.min_bytes, Unset):
            min_bytes = UNSET
        else:
            min_bytes = self.min_bytes

        min_len: None | str | Unset
        if isinstance(self.min_len, Unset):
            min_len = UNSET
        else:
            min_len = self.min_len

        not_contains: None | str | Unset
        if isinstance(self.not_contains, Unset):
            not_contains = UNSET
        else:
            not_contains = self.not_contains

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

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        uri: bool | None | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        uri_ref: bool | None | Unset
        if isinstance(self.uri_ref, Unset):
            uri_ref = UNSET
        else:
            uri_ref = self.uri_ref

        uuid: bool | None | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        well_known_regex: None | str | Unset
        if isinstance(self.well_known_regex, Unset):
            well_known_regex = UNSET
        elif isinstance(self.well_known_regex, ValidateStringRulesWellKnownRegex):
            well_known_regex = self.well_known_regex.value
        else:
            well_known_regex = self.well_known_regex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if address is not UNSET:
            field_dict["address"] = address
        if const is not UNSET:
            field_dict["const"] = const
        if contains is not UNSET:
            field_dict["contains"] = contains
        if email is not UNSET:
            field_dict["email"] = email
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
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
        if len_bytes is not UNSET:
            field_dict["lenBytes"] = len_bytes
        if max_bytes is not UNSET:
            field_dict["maxBytes"] = max_bytes
        if max_len is not UNSET:
            field_dict["maxLen"] = max_len
        if min_bytes is not UNSET:
            field_dict["minBytes"] = min_bytes
        if min_len is not UNSET:
            field_dict["minLen"] = min_len
        if not_contains is not UNSET:
            field_dict["notContains"] = not_contains
        if not_in is not UNSET:
            field_dict["notIn"] = not_in
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if strict is not UNSET:
            field_dict["strict"] = strict
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if uri is not UNSET:
            field_dict["uri"] = uri
        if uri_ref is not UNSET:
            field_dict["uriRef"] = uri_ref
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if well_known_regex is not UNSET:
            field_dict["wellKnownRegex"] = well_known_regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "address" in d:
            seen += 1
            address: bool | None | Unset = d["address"]

        else:
            address = UNSET

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

        if "email" in d:
            seen += 1
            email: bool | None | Unset = d["email"]

        else:
            email = UNSET

        if "hostname" in d:
            seen += 1
            hostname: bool | None | Unset = d["hostname"]

        else:
            hostname = UNSET

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

        if "lenBytes" in d:
            seen += 1
            len_bytes: None | str | Unset = d["lenBytes"]

        else:
            len_bytes = UNSET

        if "maxBytes" in d:
            seen += 1
            max_bytes: None | str | Unset = d["maxBytes"]

        else:
            max_bytes = UNSET

        if "maxLen" in d:
            seen += 1
            max_len: None | str | Unset = d["maxLen"]

        else:
            max_len = UNSET

        if "minBytes" in d:
            seen += 1
            min_bytes: None | str | Unset = d["minBytes"]

        else:
            min_bytes = UNSET

        if "minLen" in d:
            seen += 1
            min_len: None | str | Unset = d["minLen"]

        else:
            min_len = UNSET

        if "notContains" in d:
            seen += 1
            not_contains: None | str | Unset = d["notContains"]

        else:
            not_contains = UNSET

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

        if "strict" in d:
            seen += 1
            strict: bool | None | Unset = d["strict"]

        else:
            strict = UNSET

        if "suffix" in d:
            seen += 1
            suffix: None | str | Unset = d["suffix"]

        else:
            suffix = UNSET

        if "uri" in d:
            seen += 1
            uri: bool | None | Unset = d["uri"]

        else:
            uri = UNSET

        if "uriRef" in d:
            seen += 1
            uri_ref: bool | None | Unset = d["uriRef"]

        else:
            uri_ref = UNSET

        if "uuid" in d:
            seen += 1
            uuid: bool | None | Unset = d["uuid"]

        else:
            uuid = UNSET

        if "wellKnownRegex" in d:
            seen += 1
            _well_known_regex = d["wellKnownRegex"]
            well_known_regex: None | Unset | ValidateStringRulesWellKnownRegex
            if _well_known_regex is UNSET or _well_known_regex is None:
                well_known_regex = _well_known_regex
            else:
                if not isinstance(_well_known_regex, str):
                    raise TypeError()
                well_known_regex_type_0 = ValidateStringRulesWellKnownRegex(_well_known_regex)

                well_known_regex = well_known_regex_type_0

        else:
            well_known_regex = UNSET

        validate_string_rules = cls.__new__(cls)
        validate_string_rules.address = address
        validate_string_rules.const = const
        validate_string_rules.contains = contains
        validate_string_rules.email = email
        validate_string_rules.hostname = hostname
        validate_string_rules.ignore_empty = ignore_empty
        validate_string_rules.in_ = in_
        validate_string_rules.ip = ip
        validate_string_rules.ipv4 = ipv4
        validate_string_rules.ipv6 = ipv6
        validate_string_rules.len_ = len_
        validate_string_rules.len_bytes = len_bytes
        validate_string_rules.max_bytes = max_bytes
        validate_string_rules.max_len = max_len
        validate_string_rules.min_bytes = min_bytes
        validate_string_rules.min_len = min_len
        validate_string_rules.not_contains = not_contains
        validate_string_rules.not_in = not_in
        validate_string_rules.pattern = pattern
        validate_string_rules.prefix = prefix
        validate_string_rules.strict = strict
        validate_string_rules.suffix = suffix
        validate_string_rules.uri = uri
        validate_string_rules.uri_ref = uri_ref
        validate_string_rules.uuid = uuid
        validate_string_rules.well_known_regex = well_known_regex
        if len(d) == seen:
            validate_string_rules.additional_properties = {}
        else:
            validate_string_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_string_rules

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
