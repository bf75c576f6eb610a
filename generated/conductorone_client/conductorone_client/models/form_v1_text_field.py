from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1TextField")

# The JSON keys of FormV1TextField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"multiline", "suffix"})


@_attrs_define
class FormV1TextField:
    """
    Attributes:
        multiline (bool | None | Unset):
        suffix (None | str | Unset):
    """

    multiline: bool | None | Unset = UNSET
    suffix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiline: bool | None | Unset
        if isinstance(self.multiline, Unset):
            multiline = UNSET
        else:
            multiline = self.multiline

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if multiline is not UNSET:
            field_dict["multiline"] = multiline
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "multiline" in d:
            seen += 1
            multiline: bool | None | Unset = d["multiline"]

        else:
            multiline = UNSET

        if "suffix" in d:
            seen += 1
            suffix: None | str | Unset = d["suffix"]

        else:
            suffix = UNSET

        form_v1_text_field = cls.__new__(cls)
        form_v1_text_field.multiline = multiline
        form_v1_text_field.suffix = suffix
        if len(d) == seen:
            form_v1_text_field.additional_properties = {}
        else:
            form_v1_text_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_text_field

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
