from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitUntilTime")

# The JSON keys of WaitUntilTime's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"hours", "minutes", "timezone"})


@_attrs_define
class WaitUntilTime:
    """Wait until a time of day.

    Attributes:
        hours (int | None | Unset):
        minutes (int | None | Unset):
        timezone (None | str | Unset):
    """

    hours: int | None | Unset = UNSET
    minutes: int | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours: int | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        minutes: int | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "hours" in d:
            seen += 1
            hours: int | None | Unset = d["hours"]

        else:
            hours = UNSET

        if "minutes" in d:
            seen += 1
            minutes: int | None | Unset = d["minutes"]

        else:
            minutes = UNSET

        if "timezone" in d:
            seen += 1
            timezone: None | str | Unset = d["timezone"]

        else:
            timezone = UNSET

        wait_until_time = cls.__new__(cls)
        wait_until_time.hours = hours
        wait_until_time.minutes = minutes
        wait_until_time.timezone = timezone
        if len(d) == seen:
            wait_until_time.additional_properties = {}
        else:
            wait_until_time.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return wait_until_time

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
