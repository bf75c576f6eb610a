from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestsFailedSavePolicyError")

# The JSON keys of TestsFailedSavePolicyError's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"error_type", "message", "test_results"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        error_type = cast(Literal["TestsFailed"], d["error_type"])
        if error_type != "TestsFailed":
            raise ValueError(f"error_type must match const 'TestsFailed', got '{error_type}'")

        message = d["message"]

        test_results = PolicyTestResult.from_dict(d["test_results"])

        tests_failed_save_policy_error = cls.__new__(cls)
        tests_failed_save_policy_error.error_type = error_type
        tests_failed_save_policy_error.message = message
        tests_failed_save_policy_error.test_results = test_results
        if len(d) == seen:
            tests_failed_save_policy_error.additional_properties = {}
        else:
            tests_failed_save_policy_error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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
