from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleProtobufAny")

# The JSON keys of GoogleProtobufAny's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"@type"})


@_attrs_define
class GoogleProtobufAny:
    """A detail message; `@type` names its type and the other keys are its fields.

    Attributes:
        type_ (str | Unset): URL identifying the detail's message type.
    """

    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["@type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "@type" in d:
            seen += 1
            type_: str | Unset = d["@type"]
        else:
            type_ = UNSET

        google_protobuf_any = cls.__new__(cls)
        google_protobuf_any.type_ = type_
        if len(d) == seen:
            google_protobuf_any.additional_properties = {}
        else:
            google_protobuf_any.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return google_protobuf_any

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
