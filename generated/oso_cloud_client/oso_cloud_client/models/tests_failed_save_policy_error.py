from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestsFailedSavePolicyError")


@_attrs_define
class TestsFailedSavePolicyError:
    """
    Attributes:
        error_type (Literal['TestsFailed']):
        message (str):
        test_results (PolicyTestResult): Result of a Policy test API request. Sent to `oso-cloud` CLI as JSON.
    """

    error_type: Literal["TestsFailed"]
    message: str
    test_results: PolicyTestResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        message = self.message

        test_results = self.test_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error_type"] = error_type
        field_dict["message"] = message
        field_dict["test_results"] = test_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_type = cast(Literal["TestsFailed"], d.pop("error_type"))
        if error_type != "TestsFailed":
            raise ValueError(f"error_type must match const 'TestsFailed', got '{error_type}'")

        message = d.pop("message")

        test_results = PolicyTestResult.from_dict(d.pop("test_results"))

        tests_failed_save_policy_error = cls(
            error_type=error_type,
            message=message,
            test_results=test_results,
        )
        tests_failed_save_policy_error.additional_properties = d
        return tests_failed_save_policy_error

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
from ..models.policy_test_result import PolicyTestResult  # noqa: E402
