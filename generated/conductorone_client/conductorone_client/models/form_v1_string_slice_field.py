from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_v1_chips_field import FormV1ChipsField
    from ..models.picker_field import PickerField
    from ..models.validate_repeated_rules import ValidateRepeatedRules


T = TypeVar("T", bound="FormV1StringSliceField")


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
        from ..models.form_v1_chips_field import FormV1ChipsField  # noqa: PLC0415
        from ..models.picker_field import PickerField  # noqa: PLC0415
        from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.form_v1_chips_field import FormV1ChipsField  # noqa: PLC0415
        from ..models.picker_field import PickerField  # noqa: PLC0415
        from ..models.validate_repeated_rules import ValidateRepeatedRules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_chips_field(data: object) -> FormV1ChipsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            chips_field_type_0 = FormV1ChipsField.from_dict(data)

            return chips_field_type_0

        chips_field = _parse_chips_field(d.pop("chipsField", UNSET))

        def _parse_default_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            default_values_type_0 = cast(list[str], data)

            return default_values_type_0

        default_values = _parse_default_values(d.pop("defaultValues", UNSET))

        def _parse_picker_field(data: object) -> None | PickerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            picker_field_type_0 = PickerField.from_dict(data)

            return picker_field_type_0

        picker_field = _parse_picker_field(d.pop("pickerField", UNSET))

        def _parse_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        placeholder = _parse_placeholder(d.pop("placeholder", UNSET))

        def _parse_rules(data: object) -> None | Unset | ValidateRepeatedRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            rules_type_0 = ValidateRepeatedRules.from_dict(data)

            return rules_type_0

        rules = _parse_rules(d.pop("rules", UNSET))

        form_v1_string_slice_field = cls(
            chips_field=chips_field,
            default_values=default_values,
            picker_field=picker_field,
            placeholder=placeholder,
            rules=rules,
        )

        form_v1_string_slice_field.additional_properties = d
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
