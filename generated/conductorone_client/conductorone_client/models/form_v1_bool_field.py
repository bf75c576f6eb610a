from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_v1_checkbox_field import FormV1CheckboxField
    from ..models.toggle_field import ToggleField
    from ..models.validate_bool_rules import ValidateBoolRules


T = TypeVar("T", bound="FormV1BoolField")


@_attrs_define
class FormV1BoolField:
    """
    Attributes:
        checkbox_field (FormV1CheckboxField | None | Unset):
        default_value (bool | None | Unset):
        rules (None | Unset | ValidateBoolRules):
        toggle_field (None | ToggleField | Unset):
    """

    checkbox_field: FormV1CheckboxField | None | Unset = UNSET
    default_value: bool | None | Unset = UNSET
    rules: None | Unset | ValidateBoolRules = UNSET
    toggle_field: None | ToggleField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.form_v1_checkbox_field import FormV1CheckboxField  # noqa: PLC0415
        from ..models.toggle_field import ToggleField  # noqa: PLC0415
        from ..models.validate_bool_rules import ValidateBoolRules  # noqa: PLC0415

        checkbox_field: dict[str, Any] | None | Unset
        if isinstance(self.checkbox_field, Unset):
            checkbox_field = UNSET
        elif isinstance(self.checkbox_field, FormV1CheckboxField):
            checkbox_field = self.checkbox_field.to_dict()
        else:
            checkbox_field = self.checkbox_field

        default_value: bool | None | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, ValidateBoolRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        toggle_field: dict[str, Any] | None | Unset
        if isinstance(self.toggle_field, Unset):
            toggle_field = UNSET
        elif isinstance(self.toggle_field, ToggleField):
            toggle_field = self.toggle_field.to_dict()
        else:
            toggle_field = self.toggle_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkbox_field is not UNSET:
            field_dict["checkboxField"] = checkbox_field
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if rules is not UNSET:
            field_dict["rules"] = rules
        if toggle_field is not UNSET:
            field_dict["toggleField"] = toggle_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_v1_checkbox_field import FormV1CheckboxField  # noqa: PLC0415
        from ..models.toggle_field import ToggleField  # noqa: PLC0415
        from ..models.validate_bool_rules import ValidateBoolRules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_checkbox_field(data: object) -> FormV1CheckboxField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            checkbox_field_type_0 = FormV1CheckboxField.from_dict(data)

            return checkbox_field_type_0

        checkbox_field = _parse_checkbox_field(d.pop("checkboxField", UNSET))

        def _parse_default_value(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_rules(data: object) -> None | Unset | ValidateBoolRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            rules_type_0 = ValidateBoolRules.from_dict(data)

            return rules_type_0

        rules = _parse_rules(d.pop("rules", UNSET))

        def _parse_toggle_field(data: object) -> None | ToggleField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            toggle_field_type_0 = ToggleField.from_dict(data)

            return toggle_field_type_0

        toggle_field = _parse_toggle_field(d.pop("toggleField", UNSET))

        form_v1_bool_field = cls(
            checkbox_field=checkbox_field,
            default_value=default_value,
            rules=rules,
            toggle_field=toggle_field,
        )

        form_v1_bool_field.additional_properties = d
        return form_v1_bool_field

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
