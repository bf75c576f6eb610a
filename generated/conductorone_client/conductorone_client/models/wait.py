from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wait_condition import WaitCondition
    from ..models.wait_duration import WaitDuration
    from ..models.wait_until_time import WaitUntilTime


T = TypeVar("T", bound="Wait")


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
        from ..models.wait_condition import WaitCondition  # noqa: PLC0415
        from ..models.wait_duration import WaitDuration  # noqa: PLC0415
        from ..models.wait_until_time import WaitUntilTime  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.wait_condition import WaitCondition  # noqa: PLC0415
        from ..models.wait_duration import WaitDuration  # noqa: PLC0415
        from ..models.wait_until_time import WaitUntilTime  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_comment_on_first_wait(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment_on_first_wait = _parse_comment_on_first_wait(d.pop("commentOnFirstWait", UNSET))

        def _parse_comment_on_timeout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment_on_timeout = _parse_comment_on_timeout(d.pop("commentOnTimeout", UNSET))

        def _parse_condition(data: object) -> None | Unset | WaitCondition:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            condition_type_0 = WaitCondition.from_dict(data)

            return condition_type_0

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_duration(data: object) -> None | Unset | WaitDuration:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            duration_type_0 = WaitDuration.from_dict(data)

            return duration_type_0

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_timeout_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timeout_duration = _parse_timeout_duration(d.pop("timeoutDuration", UNSET))

        def _parse_until_time(data: object) -> None | Unset | WaitUntilTime:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            until_time_type_0 = WaitUntilTime.from_dict(data)

            return until_time_type_0

        until_time = _parse_until_time(d.pop("untilTime", UNSET))

        wait = cls(
            comment_on_first_wait=comment_on_first_wait,
            comment_on_timeout=comment_on_timeout,
            condition=condition,
            duration=duration,
            name=name,
            timeout_duration=timeout_duration,
            until_time=until_time,
        )

        wait.additional_properties = d
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
