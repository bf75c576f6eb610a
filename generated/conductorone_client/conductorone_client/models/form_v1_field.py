from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1Field")


@_attrs_define
class FormV1Field:
    """
    Attributes:
        bool_field (FormV1BoolField | None | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        name (None | str | Unset):
        string_field (FormV1StringField | None | Unset):
        string_slice_field (FormV1StringSliceField | None | Unset):
    """

    bool_field: FormV1BoolField | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    string_field: FormV1StringField | None | Unset = UNSET
    string_slice_field: FormV1StringSliceField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bool_field: dict[str, Any] | None | Unset
        if isinstance(self.bool_field, Unset):
            bool_field = UNSET
        elif isinstance(self.bool_field, FormV1BoolField):
            bool_field = self.bool_field.to_dict()
        else:
            bool_field = self.bool_field

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        string_field: dict[str, Any] | None | Unset
        if isinstance(self.string_field, Unset):
            string_field = UNSET
        elif isinstance(self.string_field, FormV1StringField):
            string_field = self.string_field.to_dict()
        else:
            string_field = self.string_field

        string_slice_field: dict[str, Any] | None | Unset
        if isinstance(self.string_slice_field, Unset):
            string_slice_field = UNSET
        elif isinstance(self.string_slice_field, FormV1StringSliceField):
            string_slice_field = self.string_slice_field.to_dict()
        else:
            string_slice_field = self.string_slice_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bool_field is not UNSET:
            field_dict["boolField"] = bool_field
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if string_field is not UNSET:
            field_dict["stringField"] = string_field
        if string_slice_field is not UNSET:
            field_dict["stringSliceField"] = string_slice_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bool_field = d.pop("boolField", UNSET)
        bool_field: FormV1BoolField | None | Unset
        if _bool_field is UNSET or _bool_field is None:
            bool_field = _bool_field
        else:
            try:
                if not isinstance(_bool_field, dict):
                    raise TypeError()
                bool_field_type_0 = FormV1BoolField.from_dict(_bool_field)

                bool_field = bool_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                bool_field = cast("FormV1BoolField | None | Unset", _bool_field)

        description: None | str | Unset = d.pop("description", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        _string_field = d.pop("stringField", UNSET)
        string_field: FormV1StringField | None | Unset
        if _string_field is UNSET or _string_field is None:
            string_field = _string_field
        else:
            try:
                if not isinstance(_string_field, dict):
                    raise TypeError()
                string_field_type_0 = FormV1StringField.from_dict(_string_field)

                string_field = string_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                string_field = cast("FormV1StringField | None | Unset", _string_field)

        _string_slice_field = d.pop("stringSliceField", UNSET)
        string_slice_field: FormV1StringSliceField | None | Unset
        if _string_slice_field is UNSET or _string_slice_field is None:
            string_slice_field = _string_slice_field
        else:
            try:
                if not isinstance(_string_slice_field, dict):
                    raise TypeError()
                string_slice_field_type_0 = FormV1StringSliceField.from_dict(_string_slice_field)

                string_slice_field = string_slice_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                string_slice_field = cast("FormV1StringSliceField | None | Unset", _string_slice_field)

        form_v1_field = cls(
            bool_field=bool_field,
            description=description,
            display_name=display_name,
            name=name,
            string_field=string_field,
            string_slice_field=string_slice_field,
        )
        form_v1_field.additional_properties = d
        return form_v1_field

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
from ..models.form_v1_bool_field import FormV1BoolField  # noqa: E402
from ..models.form_v1_string_field import FormV1StringField  # noqa: E402
from ..models.form_v1_string_slice_field import FormV1StringSliceField  # noqa: E402
