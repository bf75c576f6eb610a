from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_field_rules import ValidateFieldRules


T = TypeVar("T", bound="ValidateMapRules")


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
        from ..models.validate_field_rules import ValidateFieldRules  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.validate_field_rules import ValidateFieldRules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ignore_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_empty = _parse_ignore_empty(d.pop("ignoreEmpty", UNSET))

        def _parse_keys(data: object) -> None | Unset | ValidateFieldRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            keys_type_0 = ValidateFieldRules.from_dict(data)

            return keys_type_0

        keys = _parse_keys(d.pop("keys", UNSET))

        def _parse_max_pairs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_pairs = _parse_max_pairs(d.pop("maxPairs", UNSET))

        def _parse_min_pairs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_pairs = _parse_min_pairs(d.pop("minPairs", UNSET))

        def _parse_no_sparse(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        no_sparse = _parse_no_sparse(d.pop("noSparse", UNSET))

        def _parse_values(data: object) -> None | Unset | ValidateFieldRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            values_type_0 = ValidateFieldRules.from_dict(data)

            return values_type_0

        values = _parse_values(d.pop("values", UNSET))

        validate_map_rules = cls(
            ignore_empty=ignore_empty,
            keys=keys,
            max_pairs=max_pairs,
            min_pairs=min_pairs,
            no_sparse=no_sparse,
            values=values,
        )

        validate_map_rules.additional_properties = d
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
