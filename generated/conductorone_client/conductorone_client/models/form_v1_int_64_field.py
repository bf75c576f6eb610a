from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_v1_number_field import FormV1NumberField
    from ..models.validate_int_64_rules import ValidateInt64Rules


T = TypeVar("T", bound="FormV1Int64Field")


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
        from ..models.form_v1_number_field import FormV1NumberField  # noqa: PLC0415
        from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.form_v1_number_field import FormV1NumberField  # noqa: PLC0415
        from ..models.validate_int_64_rules import ValidateInt64Rules  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        def _parse_number_field(data: object) -> FormV1NumberField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            number_field_type_0 = FormV1NumberField.from_dict(data)

            return number_field_type_0

        number_field = _parse_number_field(d.pop("numberField", UNSET))

        def _parse_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        placeholder = _parse_placeholder(d.pop("placeholder", UNSET))

        def _parse_rules(data: object) -> None | Unset | ValidateInt64Rules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            rules_type_0 = ValidateInt64Rules.from_dict(data)

            return rules_type_0

        rules = _parse_rules(d.pop("rules", UNSET))

        form_v1_int_64_field = cls(
            default_value=default_value,
            number_field=number_field,
            placeholder=placeholder,
            rules=rules,
        )

        form_v1_int_64_field.additional_properties = d
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
