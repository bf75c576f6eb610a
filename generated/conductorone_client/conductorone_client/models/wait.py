from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wait")

# The JSON keys of Wait's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"commentOnFirstWait", "commentOnTimeout", "condition", "duration", "name", "timeoutDuration", "untilTime"}
)


@_attrs_define
class Wait:
    """A step that waits for a condition or a timeout.

    Attributes:
        comment_on_first_wait (None | str | Unset):
        comment_on_timeout (None | str | Unset):
        condition (None | Unset | WaitCondition):
        duration (None | Unset | WaitDuration):
        name (None | str | Unset):
        timeout_duration (None | str | Unset): A protobuf JSON Duration: decimal seconds with an "s" suffix, e.g.
            "3600s" or "0.5s" (not ISO 8601; see x-policy-clients-note in info).
        until_time (None | Unset | WaitUntilTime):
    """

    comment_on_first_wait: None | str | Unset = UNSET
    comment_on_timeout: None | str | Unset = UNSET
    condition: None | Unset | WaitCondition = UNSET
    duration: None | Unset | WaitDuration = UNSET
    name: None | str | Unset = UNSET
    timeout_duration: None | str | Unset = UNSET
    until_time: None | Unset | WaitUntilTime = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_on_first_wait: None | str | Unset
        if isinstance(self.comment_on_first_wait, Unset):
            comment_on_first_wait = UNSET
        else:
            comment_on_first_wait = self.comment_on_first_wait

        comment_on_timeout: None | str | Unset
        if isinstance(self.comment_on_timeout, Unset):
            comment_on_timeout = UNSET
        else:
            comment_on_timeout = self.comment_on_timeout

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, WaitCondition):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        duration: dict[str, Any] | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        elif isinstance(self.duration, WaitDuration):
            duration = self.duration.to_dict()
        else:
            duration = self.duration

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timeout_duration: None | str | Unset
        if isinstance(self.timeout_duration, Unset):
            timeout_duration = UNSET
        else:
            timeout_duration = self.timeout_duration

        until_time: dict[str, Any] | None | Unset
        if isinstance(self.until_time, Unset):
            until_time = UNSET
        elif isinstance(self.until_time, WaitUntilTime):
            until_time = self.until_time.to_dict()
        else:
            until_time = self.until_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if comment_on_first_wait is not UNSET:
            field_dict["commentOnFirstWait"] = comment_on_first_wait
        if comment_on_timeout is not UNSET:
            field_dict["commentOnTimeout"] = comment_on_timeout
        if condition is not UNSET:
            field_dict["condition"] = condition
        if duration is not UNSET:
            field_dict["duration"] = duration
        if name is not UNSET:
            field_dict["name"] = name
        if timeout_duration is not UNSET:
            field_dict["timeoutDuration"] = timeout_duration
        if until_time is not UNSET:
            field_dict["untilTime"] = until_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "commentOnFirstWait" in d:
            seen += 1
            comment_on_first_wait: None | str | Unset = d["commentOnFirstWait"]

        else:
            comment_on_first_wait = UNSET

        if "commentOnTimeout" in d:
            seen += 1
            comment_on_timeout: None | str | Unset = d["commentOnTimeout"]

        else:
            comment_on_timeout = UNSET

        if "condition" in d:
            seen += 1
            _condition = d["condition"]
            condition: None | Unset | WaitCondition
            if _condition is UNSET or _condition is None:
                condition = _condition
            else:
                if not isinstance(_condition, dict):
                    raise TypeError()
                condition_type_0 = WaitCondition.from_dict(_condition)

                condition = condition_type_0

        else:
            condition = UNSET

        if "duration" in d:
            seen += 1
            _duration = d["duration"]
            duration: None | Unset | WaitDuration
            if _duration is UNSET or _duration is None:
                duration = _duration
            else:
                if not isinstance(_duration, dict):
                    raise TypeError()
                duration_type_0 = WaitDuration.from_dict(_duration)

                duration = duration_type_0

        else:
            duration = UNSET

        if "name" in d:
            seen += 1
            name: None | str | Unset = d["name"]

        else:
            name = UNSET

        if "timeoutDuration" in d:
            seen += 1
            timeout_duration: None | str | Unset = d["timeoutDuration"]

        else:
            timeout_duration = UNSET

        if "untilTime" in d:
            seen += 1
            _until_time = d["untilTime"]
            until_time: None | Unset | WaitUntilTime
            if _until_time is UNSET or _until_time is None:
                until_time = _until_time
            else:
                if not isinstance(_until_time, dict):
                    raise TypeError()
                until_time_type_0 = WaitUntilTime.from_dict(_until_time)

                until_time = until_time_type_0

        else:
            until_time = UNSET

        wait = cls.__new__(cls)
        wait.comment_on_first_wait = comment_on_first_wait
        wait.comment_on_timeout = comment_on_timeout
        wait.condition = condition
        wait.duration = duration
        wait.name = name
        wait.timeout_duration = timeout_duration
        wait.until_time = until_time
        if len(d) == seen:
            wait.additional_properties = {}
        else:
            wait.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return wait

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
from ..models.wait_condition import WaitCondition  # noqa: E402
from ..models.wait_duration import WaitDuration  # noqa: E402
from ..models.wait_until_time import WaitUntilTime  # noqa: E402
