from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1StringSliceField")

# The JSON keys of FormV1StringSliceField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"chipsField", "defaultValues", "pickerField", "placeholder", "rules"})


@_attrs_define
class FormV1StringSliceField:
    """
    Attributes:
        chips_field (FormV1ChipsField | None | Unset):
        default_values (list[str] | None | Unset):
        picker_field (None | PickerField | Unset):
        placeholder (None | str | Unset):
        rules (None | Unset | ValidateRepeatedRules):
    """

    chips_field: FormV1ChipsField | None | Unset = UNSET
    default_values: list[str] | None | Unset = UNSET
    picker_field: None | PickerField | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    rules: None | Unset | ValidateRepeatedRules = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chips_field: dict[str, Any] | None | Unset
        if isinstance(self.chips_field, Unset):
            chips_field = UNSET
        elif isinstance(self.chips_field, FormV1ChipsField):
            chips_field = self.chips_field.to_dict()
        else:
            chips_field = self.chips_field

        default_values: list[str] | None | Unset
        if isinstance(self.default_values, Unset):
            default_values = UNSET
        elif isinstance(self.default_values, list):
            default_values = self.default_values

        else:
            default_values = self.default_values

        picker_field: dict[str, Any] | None | Unset
        if isinstance(self.picker_field, Unset):
            picker_field = UNSET
        elif isinstance(self.picker_field, PickerField):
            picker_field = self.picker_field.to_dict()
        else:
            picker_field = self.picker_field

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, ValidateRepeatedRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chips_field is not UNSET:
            field_dict["chipsField"] = chips_field
        if default_values is not UNSET:
            field_dict["defaultValues"] = default_values
        if picker_field is not UNSET:
            field_dict["pickerField"] = picker_field
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "chipsField" in d:
            seen += 1
            _chips_field = d["chipsField"]
            chips_field: FormV1ChipsField | None | Unset
            if _chips_field is UNSET or _chips_field is None:
                chips_field = _chips_field
            else:
                if not isinstance(_chips_field, dict):
                    raise TypeError()
                chips_field_type_0 = FormV1ChipsField.from_dict(_chips_field)

                chips_field = chips_field_type_0

        else:
            chips_field = UNSET

        if "defaultValues" in d:
            seen += 1
            _default_values = d["defaultValues"]
            default_values: list[str] | None | Unset
            if _default_values is UNSET or _default_values is None:
                default_values = _default_values
            else:
                if not isinstance(_default_values, list):
                    raise TypeError()
                default_values_type_0: list[str] = _default_values

                default_values = default_values_type_0

        else:
            default_values = UNSET

        if "pickerField" in d:
            seen += 1
            _picker_field = d["pickerField"]
            picker_field: None | PickerField | Unset
            if _picker_field is UNSET or _picker_field is None:
                picker_field = _picker_field
            else:
                if not isinstance(_picker_field, dict):
                    raise TypeError()
                picker_field_type_0 = PickerField.from_dict(_picker_field)

                picker_field = picker_field_type_0

        else:
            picker_field = UNSET

        if "placeholder" in d:
            seen += 1
            placeholder: None | str | Unset = d["placeholder"]

        else:
            placeholder = UNSET

        if "rules" in d:
            seen += 1
            _rules = d["rules"]
            rules: None | Unset | ValidateRepeatedRules
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, dict):
                    raise TypeError()
                rules_type_0 = ValidateRepeatedRules.from_dict(_rules)

                rules = rules_type_0

        else:
            rules = UNSET

        form_v1_string_slice_field = cls.__new__(cls)
        form_v1_string_slice_field.chips_field = chips_field
        form_v1_string_slice_field.default_values = default_values
        form_v1_string_slice_field.picker_field = picker_field
        form_v1_string_slice_field.placeholder = placeholder
        form_v1_string_slice_field.rules = rules
        if len(d) == seen:
            form_v1_string_slice_field.additional_properties = {}
        else:
            form_v1_string_slice_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_string_slice_field

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
from ..models.form_v1_chips_field import FormV1ChipsField  # noqa: E402
from ..models.picker_field import PickerField  # noqa: E402
from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: E402
