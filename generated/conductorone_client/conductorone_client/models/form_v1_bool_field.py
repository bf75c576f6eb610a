from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1BoolField")

# The JSON keys of FormV1BoolField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"checkboxField", "defaultValue", "rules", "toggleField"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "checkboxField" in d:
            seen += 1
            _checkbox_field = d["checkboxField"]
            checkbox_field: FormV1CheckboxField | None | Unset
            if _checkbox_field is UNSET or _checkbox_field is None:
                checkbox_field = _checkbox_field
            else:
                if not isinstance(_checkbox_field, dict):
                    raise TypeError()
                checkbox_field_type_0 = FormV1CheckboxField.from_dict(_checkbox_field)

                checkbox_field = checkbox_field_type_0

        else:
            checkbox_field = UNSET

        if "defaultValue" in d:
            seen += 1
            default_value: bool | None | Unset = d["defaultValue"]

        else:
            default_value = UNSET

        if "rules" in d:
            seen += 1
            _rules = d["rules"]
            rules: None | Unset | ValidateBoolRules
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, dict):
                    raise TypeError()
                rules_type_0 = ValidateBoolRules.from_dict(_rules)

                rules = rules_type_0

        else:
            rules = UNSET

        if "toggleField" in d:
            seen += 1
            _toggle_field = d["toggleField"]
            toggle_field: None | ToggleField | Unset
            if _toggle_field is UNSET or _toggle_field is None:
                toggle_field = _toggle_field
            else:
                if not isinstance(_toggle_field, dict):
                    raise TypeError()
                toggle_field_type_0 = ToggleField.from_dict(_toggle_field)

                toggle_field = toggle_field_type_0

        else:
            toggle_field = UNSET

        form_v1_bool_field = cls.__new__(cls)
        form_v1_bool_field.checkbox_field = checkbox_field
        form_v1_bool_field.default_value = default_value
        form_v1_bool_field.rules = rules
        form_v1_bool_field.toggle_field = toggle_field
        if len(d) == seen:
            form_v1_bool_field.additional_properties = {}
        else:
            form_v1_bool_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.form_v1_checkbox_field import FormV1CheckboxField  # noqa: E402
from ..models.toggle_field import ToggleField  # noqa: E402
from ..models.validate_bool_rules import ValidateBoolRules  # noqa: E402
