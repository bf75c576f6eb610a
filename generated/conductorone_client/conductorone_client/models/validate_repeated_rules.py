from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateRepeatedRules")

# The JSON keys of ValidateRepeatedRules's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"ignoreEmpty", "items", "maxItems", "minItems", "unique"})


@_attrs_define
class ValidateRepeatedRules:
    """
    Attributes:
        ignore_empty (bool | None | Unset):
        items (None | Unset | ValidateFieldRules):
        max_items (None | str | Unset):
        min_items (None | str | Unset):
        unique (bool | None | Unset):
    """

    ignore_empty: bool | None | Unset = UNSET
    items: None | Unset | ValidateFieldRules = UNSET
    max_items: None | str | Unset = UNSET
    min_items: None | str | Unset = UNSET
    unique: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_empty: bool | None | Unset
        if isinstance(self.ignore_empty, Unset):
            ignore_empty = UNSET
        else:
            ignore_empty = self.ignore_empty

        items: dict[str, Any] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, ValidateFieldRules):
            items = self.items.to_dict()
        else:
            items = self.items

        max_items: None | str | Unset
        if isinstance(self.max_items, Unset):
            max_items = UNSET
        else:
            max_items = self.max_items

        min_items: None | str | Unset
        if isinstance(self.min_items, Unset):
            min_items = UNSET
        else:
            min_items = self.min_items

        unique: bool | None | Unset
        if isinstance(self.unique, Unset):
            unique = UNSET
        else:
            unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ignore_empty is not UNSET:
            field_dict["ignoreEmpty"] = ignore_empty
        if items is not UNSET:
            field_dict["items"] = items
        if max_items is not UNSET:
            field_dict["maxItems"] = max_items
        if min_items is not UNSET:
            field_dict["minItems"] = min_items
        if unique is not UNSET:
            field_dict["unique"] = unique

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

        if "items" in d:
            seen += 1
            _items = d["items"]
            items: None | Unset | ValidateFieldRules
            if _items is UNSET or _items is None:
                items = _items
            else:
                if not isinstance(_items, dict):
                    raise TypeError()
                items_type_0 = ValidateFieldRules.from_dict(_items)

                items = items_type_0

        else:
            items = UNSET

        if "maxItems" in d:
            seen += 1
            max_items: None | str | Unset = d["maxItems"]

        else:
            max_items = UNSET

        if "minItems" in d:
            seen += 1
            min_items: None | str | Unset = d["minItems"]

        else:
            min_items = UNSET

        if "unique" in d:
            seen += 1
            unique: bool | None | Unset = d["unique"]

        else:
            unique = UNSET

        validate_repeated_rules = cls.__new__(cls)
        validate_repeated_rules.ignore_empty = ignore_empty
        validate_repeated_rules.items = items
        validate_repeated_rules.max_items = max_items
        validate_repeated_rules.min_items = min_items
        validate_repeated_rules.unique = unique
        if len(d) == seen:
            validate_repeated_rules.additional_properties = {}
        else:
            validate_repeated_rules.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validate_repeated_rules

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
