from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1NumberField")

# The JSON keys of FormV1NumberField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"maxValue", "minValue", "step"})


@_attrs_define
class FormV1NumberField:
    """
    Attributes:
        max_value (None | str | Unset):
        min_value (None | str | Unset):
        step (None | str | Unset):
    """

    max_value: None | str | Unset = UNSET
    min_value: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_value: None | str | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        min_value: None | str | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "maxValue" in d:
            seen += 1
            max_value: None | str | Unset = d["maxValue"]

        else:
            max_value = UNSET

        if "minValue" in d:
            seen += 1
            min_value: None | str | Unset = d["minValue"]

        else:
            min_value = UNSET

        if "step" in d:
            seen += 1
            step: None | str | Unset = d["step"]

        else:
            step = UNSET

        form_v1_number_field = cls.__new__(cls)
        form_v1_number_field.max_value = max_value
        form_v1_number_field.min_value = min_value
        form_v1_number_field.step = step
        if len(d) == seen:
            form_v1_number_field.additional_properties = {}
        else:
            form_v1_number_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_number_field

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
