from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_v1_select_field_type import FormV1SelectFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1SelectField")

# The JSON keys of FormV1SelectField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"options", "type"})


@_attrs_define
class FormV1SelectField:
    """
    Attributes:
        options (list[FormV1SelectOption] | None | Unset):
        type_ (FormV1SelectFieldType | Unset): How the options are shown.
    """

    options: list[FormV1SelectOption] | None | Unset = UNSET
    type_: FormV1SelectFieldType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for _options_type_0_item__data in self.options:
                _options_type_0_item_ = _options_type_0_item__data.to_dict()
                options.append(_options_type_0_item_)

        else:
            options = self.options

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if options is not UNSET:
            field_dict["options"] = options
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "options" in d:
            seen += 1
            _options = d["options"]
            options: list[FormV1SelectOption] | None | Unset
            if _options is UNSET or _options is None:
                options = _options
            else:
                if not isinstance(_options, list):
                    raise TypeError()
                _load_options_type_0_item = FormV1SelectOption.from_dict
                options_type_0 = [_load_options_type_0_item(item) for item in _options]

                options = options_type_0

        else:
            options = UNSET

        if "type" in d:
            seen += 1
            _type_ = d["type"]
            type_: FormV1SelectFieldType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = FormV1SelectFieldType(_type_)

        else:
            type_ = UNSET

        form_v1_select_field = cls.__new__(cls)
        form_v1_select_field.options = options
        form_v1_select_field.type_ = type_
        if len(d) == seen:
            form_v1_select_field.additional_properties = {}
        else:
            form_v1_select_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_select_field

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
from ..models.form_v1_select_option import FormV1SelectOption  # noqa: E402
