from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_v1_password_field import FormV1PasswordField
    from ..models.form_v1_select_field import FormV1SelectField
    from ..models.form_v1_text_field import FormV1TextField
    from ..models.picker_field import PickerField
    from ..models.validate_string_rules import ValidateStringRules


T = TypeVar("T", bound="FormV1StringField")


@_attrs_define
class FormV1StringField:
    """
    Attributes:
        default_value (None | str | Unset):
        password_field (FormV1PasswordField | None | Unset):
        picker_field (None | PickerField | Unset):
        placeholder (None | str | Unset):
        rules (None | Unset | ValidateStringRules):
        select_field (FormV1SelectField | None | Unset):
        text_field (FormV1TextField | None | Unset):
    """

    default_value: None | str | Unset = UNSET
    password_field: FormV1PasswordField | None | Unset = UNSET
    picker_field: None | PickerField | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    rules: None | Unset | ValidateStringRules = UNSET
    select_field: FormV1SelectField | None | Unset = UNSET
    text_field: FormV1TextField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.form_v1_password_field import FormV1PasswordField  # noqa: PLC0415
        from ..models.form_v1_select_field import FormV1SelectField  # noqa: PLC0415
        from ..models.form_v1_text_field import FormV1TextField  # noqa: PLC0415
        from ..models.picker_field import PickerField  # noqa: PLC0415
        from ..models.validate_string_rules import ValidateStringRules  # noqa: PLC0415

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        password_field: dict[str, Any] | None | Unset
        if isinstance(self.password_field, Unset):
            password_field = UNSET
        elif isinstance(self.password_field, FormV1PasswordField):
            password_field = self.password_field.to_dict()
        else:
            password_field = self.password_field

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
        elif isinstance(self.rules, ValidateStringRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        select_field: dict[str, Any] | None | Unset
        if isinstance(self.select_field, Unset):
            select_field = UNSET
        elif isinstance(self.select_field, FormV1SelectField):
            select_field = self.select_field.to_dict()
        else:
            select_field = self.select_field

        text_field: dict[str, Any] | None | Unset
        if isinstance(self.text_field, Unset):
            text_field = UNSET
        elif isinstance(self.text_field, FormV1TextField):
            text_field = self.text_field.to_dict()
        else:
            text_field = self.text_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if password_field is not UNSET:
            field_dict["passwordField"] = password_field
        if picker_field is not UNSET:
            field_dict["pickerField"] = picker_field
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if rules is not UNSET:
            field_dict["rules"] = rules
        if select_field is not UNSET:
            field_dict["selectField"] = select_field
        if text_field is not UNSET:
            field_dict["textField"] = text_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_v1_password_field import FormV1PasswordField  # noqa: PLC0415
        from ..models.form_v1_select_field import FormV1SelectField  # noqa: PLC0415
        from ..models.form_v1_text_field import FormV1TextField  # noqa: PLC0415
        from ..models.picker_field import PickerField  # noqa: PLC0415
        from ..models.validate_string_rules import ValidateStringRules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_password_field(data: object) -> FormV1PasswordField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            password_field_type_0 = FormV1PasswordField.from_dict(data)

            return password_field_type_0

        password_field = _parse_password_field(d.pop("passwordField", UNSET))

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

        def _parse_rules(data: object) -> None | Unset | ValidateStringRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            rules_type_0 = ValidateStringRules.from_dict(data)

            return rules_type_0

        rules = _parse_rules(d.pop("rules", UNSET))

        def _parse_select_field(data: object) -> FormV1SelectField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            select_field_type_0 = FormV1SelectField.from_dict(data)

            return select_field_type_0

        select_field = _parse_select_field(d.pop("selectField", UNSET))

        def _parse_text_field(data: object) -> FormV1TextField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            text_field_type_0 = FormV1TextField.from_dict(data)

            return text_field_type_0

        text_field = _parse_text_field(d.pop("textField", UNSET))

        form_v1_string_field = cls(
            default_value=default_value,
            password_field=password_field,
            picker_field=picker_field,
            placeholder=placeholder,
            rules=rules,
            select_field=select_field,
            text_field=text_field,
        )

        form_v1_string_field.additional_properties = d
        return form_v1_string_field

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
