from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateMapRules")

# The JSON keys of ValidateMapRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"ignoreEmpty", "keys", "maxPairs", "minPairs", "noSparse", "values"})


@_attrs_define
class ValidateMapRules:
    """
    Attributes:
        ignore_empty (bool | None | Unset):
        keys (None | Unset | ValidateFieldRules):
        max_pairs (None | str | Unset):
        min_pairs (None | str | Unset):
        no_sparse (bool | None | Unset):
        values (None | Unset | ValidateFieldRules):
    """

    ignore_empty: bool | None | Unset = UNSET
    keys: None | Unset | ValidateFieldRules = UNSET
    max_pairs: None | str | Unset = UNSET
    min_pairs: None | str | Unset = UNSET
    no_sparse: bool | None | Unset = UNSET
    values: None | Unset | ValidateFieldRules = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_empty: bool | None | Unset
        if isinstance(self.ignore_empty, Unset):
            ignore_empty = UNSET
        else:
            ignore_empty = self.ignore_empty

        keys: dict[str, Any] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, ValidateFieldRules):
            keys = self.keys.to_dict()
        else:
            keys = self.keys

        max_pairs: None | str | Unset
        if isinstance(self.max_pairs, Unset):
            max_pairs = UNSET
        else:
            max_pairs = self.max_pairs

        min_pairs: None | str | Unset
        if isinstance(self.min_pairs, Unset):
            min_pairs = UNSET
        else:
            min_pairs = self.min_pairs

        no_sparse: bool | None | Unset
        if isinstance(self.no_sparse, Unset):
            no_sparse = UNSET
        else:
            no_sparse = self.no_sparse

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, ValidateFieldRules):
            values = self.values.to_dict()
        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ignore_empty is not UNSET:
            field_dict["ignoreEmpty"] = ignore_empty
        if keys is not UNSET:
            field_dict["keys"] = keys
        if max_pairs is not UNSET:
            field_dict["maxPairs"] = max_pairs
        if min_pairs is not UNSET:
            field_dict["minPairs"] = min_pairs
        if no_sparse is not UNSET:
            field_dict["noSparse"] = no_sparse
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "ignoreEmpty" in d:
            seen += 1
            ignore_empty: bool | None | Unset = d["ignoreEmpty"]

        else:
            ignore_empty = UNSET

        if "keys" in d:
            seen += 1
            _keys = d["keys"]
            keys: None | Unset | ValidateFieldRules
            if _keys is UNSET or _keys is None:
                keys = _keys
            else:
                if not isinstance(_keys, dict):
                    raise TypeError()
                keys_type_0 = ValidateFieldRules.from_dict(_keys)

                keys = keys_type_0

        else:
            keys = UNSET

        if "maxPairs" in d:
            seen += 1
            max_pairs: None | str | Unset = d["maxPairs"]

        else:
            max_pairs = UNSET

        if "minPairs" in d:
            seen += 1
            min_pairs: None | str | Unset = d["minPairs"]

        else:
            min_pairs = UNSET

        if "noSparse" in d:
            seen += 1
            no_sparse: bool | None | Unset = d["noSparse"]

        else:
            no_sparse = UNSET

        if "values" in d:
            seen += 1
            _values = d["values"]
            values: None | Unset | ValidateFieldRules
            if _values is UNSET or _values is None:
                values = _values
            else:
                if not isinstance(_values, dict):
                    raise TypeError()
                values_type_0 = ValidateFieldRules.from_dict(_values)

                values = values_type_0

        else:
            values = UNSET

        validate_map_rules = cls.__new__(cls)
        validate_map_rules.ignore_empty = ignore_empty
        validate_map_rules.keys = keys
        validate_map_rules.max_pairs = max_pairs
        validate_map_rules.min_pairs = min_pairs
        validate_map_rules.no_sparse = no_sparse
        validate_map_rules.values = values
        if len(d) == seen:
            validate_map_rules.additional_properties = {}
        else:
            validate_map_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_map_rules

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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.validate_field_rules import ValidateFieldRules  # noqa: E402
