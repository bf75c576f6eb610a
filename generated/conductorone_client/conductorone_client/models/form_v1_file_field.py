from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1FileField")

# The JSON keys of FormV1FileField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"acceptedFileTypes", "fileInputField", "maxFileSize"})


@_attrs_define
class FormV1FileField:
    """
    Attributes:
        accepted_file_types (list[str] | None | Unset):
        file_input_field (FormV1FileInputField | None | Unset):
        max_file_size (None | str | Unset):
    """

    accepted_file_types: list[str] | None | Unset = UNSET
    file_input_field: FormV1FileInputField | None | Unset = UNSET
    max_file_size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_file_types: list[str] | None | Unset
        if isinstance(self.accepted_file_types, Unset):
            accepted_file_types = UNSET
        elif isinstance(self.accepted_file_types, list):
            accepted_file_types = self.accepted_file_types

        else:
            accepted_file_types = self.accepted_file_types

        file_input_field: dict[str, Any] | None | Unset
        if isinstance(self.file_input_field, Unset):
            file_input_field = UNSET
        elif isinstance(self.file_input_field, FormV1FileInputField):
            file_input_field = self.file_input_field.to_dict()
        else:
            file_input_field = self.file_input_field

        max_file_size: None | str | Unset
        if isinstance(self.max_file_size, Unset):
            max_file_size = UNSET
        else:
            max_file_size = self.max_file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if accepted_file_types is not UNSET:
            field_dict["acceptedFileTypes"] = accepted_file_types
        if file_input_field is not UNSET:
            field_dict["fileInputField"] = file_input_field
        if max_file_size is not UNSET:
            field_dict["maxFileSize"] = max_file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "acceptedFileTypes" in d:
            seen += 1
            _accepted_file_types = d["acceptedFileTypes"]
            accepted_file_types: list[str] | None | Unset
            if _accepted_file_types is UNSET or _accepted_file_types is None:
                accepted_file_types = _accepted_file_types
            else:
                if not isinstance(_accepted_file_types, list):
                    raise TypeError()
                accepted_file_types_type_0: list[str] = _accepted_file_types

                accepted_file_types = accepted_file_types_type_0

        else:
            accepted_file_types = UNSET

        if "fileInputField" in d:
            seen += 1
            _file_input_field = d["fileInputField"]
            file_input_field: FormV1FileInputField | None | Unset
            if _file_input_field is UNSET or _file_input_field is None:
                file_input_field = _file_input_field
            else:
                if not isinstance(_file_input_field, dict):
                    raise TypeError()
                file_input_field_type_0 = FormV1FileInputField.from_dict(_file_input_field)

                file_input_field = file_input_field_type_0

        else:
            file_input_field = UNSET

        if "maxFileSize" in d:
            seen += 1
            max_file_size: None | str | Unset = d["maxFileSize"]

        else:
            max_file_size = UNSET

        form_v1_file_field = cls.__new__(cls)
        form_v1_file_field.accepted_file_types = accepted_file_types
        form_v1_file_field.file_input_field = file_input_field
        form_v1_file_field.max_file_size = max_file_size
        if len(d) == seen:
            form_v1_file_field.additional_properties = {}
        else:
            form_v1_file_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_file_field

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
from ..models.form_v1_file_input_field import FormV1FileInputField  # noqa: E402
