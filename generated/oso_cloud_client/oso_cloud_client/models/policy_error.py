from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_failure import PolicyFailure

T = TypeVar("T", bound="PolicyError")


@_attrs_define
class PolicyError:
    """Error report for a failed Polar policy test, to be displayed to user. Sent to `oso-cloud` CLI as JSON.

    Attributes:
        error_type (PolicyFailure): Type of error encountered.
        message (str): Error message to display to the user.
    """

    error_type: PolicyFailure
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error_type"] = error_type
        field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_type = PolicyFailure(d.pop("error_type"))

        message = d.pop("message")

        policy_error = cls(
            error_type=error_type,
            message=message,
        )
        policy_error.additional_properties = d
        return policy_error

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
