from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitDuration")

# The JSON keys of WaitDuration's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"duration"})


@_attrs_define
class WaitDuration:
    """Wait for a fixed time.

    Attributes:
        duration (None | str | Unset): A protobuf JSON Duration: decimal seconds with an "s" suffix, e.g. "3600s" or
            "0.5s" (not ISO 8601; see x-policy-clients-note in info).
    """

    duration: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "duration" in d:
            seen += 1
            duration: None | str | Unset = d["duration"]

        else:
            duration = UNSET

        wait_duration = cls.__new__(cls)
        wait_duration.duration = duration
        if len(d) == seen:
            wait_duration.additional_properties = {}
        else:
            wait_duration.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return wait_duration

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
