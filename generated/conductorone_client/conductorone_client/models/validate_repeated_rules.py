from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_field_rules import ValidateFieldRules


T = TypeVar("T", bound="ValidateRepeatedRules")


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
        from ..models.validate_field_rules import ValidateFieldRules  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.validate_field_rules import ValidateFieldRules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ignore_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_empty = _parse_ignore_empty(d.pop("ignoreEmpty", UNSET))

        def _parse_items(data: object) -> None | Unset | ValidateFieldRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            items_type_0 = ValidateFieldRules.from_dict(data)

            return items_type_0

        items = _parse_items(d.pop("items", UNSET))

        def _parse_max_items(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_items = _parse_max_items(d.pop("maxItems", UNSET))

        def _parse_min_items(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_items = _parse_min_items(d.pop("minItems", UNSET))

        def _parse_unique(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unique = _parse_unique(d.pop("unique", UNSET))

        validate_repeated_rules = cls(
            ignore_empty=ignore_empty,
            items=items,
            max_items=max_items,
            min_items=min_items,
            unique=unique,
        )

        validate_repeated_rules.additional_properties = d
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
