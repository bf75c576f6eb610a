from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1StringField")

# The JSON keys of FormV1StringField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"defaultValue", "passwordField", "pickerField", "placeholder", "rules", "selectField", "textField"}
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "defaultValue" in d:
            seen += 1
            default_value: None | str | Unset = d["defaultValue"]

        else:
            default_value = UNSET

        if "passwordField" in d:
            seen += 1
            _password_field = d["passwordField"]
            password_field: FormV1PasswordField | None | Unset
            if _password_field is UNSET or _password_field is None:
                password_field = _password_field
            else:
                if not isinstance(_password_field, dict):
                    raise TypeError()
                password_field_type_0 = FormV1PasswordField.from_dict(_password_field)

                password_field = password_field_type_0

        else:
            password_field = UNSET

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
            rules: None | Unset | ValidateStringRules
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, dict):
                    raise TypeError()
                rules_type_0 = ValidateStringRules.from_dict(_rules)

                rules = rules_type_0

        else:
            rules = UNSET

        if "selectField" in d:
            seen += 1
            _select_field = d["selectField"]
            select_field: FormV1SelectField | None | Unset
            if _select_field is UNSET or _select_field is None:
                select_field = _select_field
            else:
                if not isinstance(_select_field, dict):
                    raise TypeError()
                select_field_type_0 = FormV1SelectField.from_dict(_select_field)

                select_field = select_field_type_0

        else:
            select_field = UNSET

        if "textField" in d:
            seen += 1
            _text_field = d["textField"]
            text_field: FormV1TextField | None | Unset
            if _text_field is UNSET or _text_field is None:
                text_field = _text_field
            else:
                if not isinstance(_text_field, dict):
                    raise TypeError()
                text_field_type_0 = FormV1TextField.from_dict(_text_field)

                text_field = text_field_type_0

        else:
            text_field = UNSET

        form_v1_string_field = cls.__new__(cls)
        form_v1_string_field.default_value = default_value
        form_v1_string_field.password_field = password_field
        form_v1_string_field.picker_field = picker_field
        form_v1_string_field.placeholder = placeholder
        form_v1_string_field.rules = rules
        form_v1_string_field.select_field = select_field
        form_v1_string_field.text_field = text_field
        if len(d) == seen:
            form_v1_string_field.additional_properties = {}
        else:
            form_v1_string_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.form_v1_password_field import FormV1PasswordField  # noqa: E402
from ..models.form_v1_select_field import FormV1SelectField  # noqa: E402
from ..models.form_v1_text_field import FormV1TextField  # noqa: E402
from ..models.picker_field import PickerField  # noqa: E402
from ..models.validate_string_rules import ValidateStringRules  # noqa: E402
