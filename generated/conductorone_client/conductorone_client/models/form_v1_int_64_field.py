from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1Int64Field")

# The JSON keys of FormV1Int64Field's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"defaultValue", "numberField", "placeholder", "rules"})


@_attrs_define
class FormV1Int64Field:
    """
    Attributes:
        default_value (None | str | Unset):
        number_field (FormV1NumberField | None | Unset):
        placeholder (None | str | Unset):
        rules (None | Unset | ValidateInt64Rules):
    """

    default_value: None | str | Unset = UNSET
    number_field: FormV1NumberField | None | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    rules: None | Unset | ValidateInt64Rules = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        number_field: dict[str, Any] | None | Unset
        if isinstance(self.number_field, Unset):
            number_field = UNSET
        elif isinstance(self.number_field, FormV1NumberField):
            number_field = self.number_field.to_dict()
        else:
            number_field = self.number_field

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, ValidateInt64Rules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if number_field is not UNSET:
            field_dict["numberField"] = number_field
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if rules is not UNSET:
            field_dict["rules"] = rules

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

        if "numberField" in d:
            seen += 1
            _number_field = d["numberField"]
            number_field: FormV1NumberField | None | Unset
            if _number_field is UNSET or _number_field is None:
                number_field = _number_field
            else:
                if not isinstance(_number_field, dict):
                    raise TypeError()
                number_field_type_0 = FormV1NumberField.from_dict(_number_field)

                number_field = number_field_type_0

        else:
            number_field = UNSET

        if "placeholder" in d:
            seen += 1
            placeholder: None | str | Unset = d["placeholder"]

        else:
            placeholder = UNSET

        if "rules" in d:
            seen += 1
            _rules = d["rules"]
            rules: None | Unset | ValidateInt64Rules
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, dict):
                    raise TypeError()
                rules_type_0 = ValidateInt64Rules.from_dict(_rules)

                rules = rules_type_0

        else:
            rules = UNSET

        form_v1_int_64_field = cls.__new__(cls)
        form_v1_int_64_field.default_value = default_value
        form_v1_int_64_field.number_field = number_field
        form_v1_int_64_field.placeholder = placeholder
        form_v1_int_64_field.rules = rules
        if len(d) == seen:
            form_v1_int_64_field.additional_properties = {}
        else:
            form_v1_int_64_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_int_64_field

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
from ..models.form_v1_number_field import FormV1NumberField  # noqa: E402
from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: E402
