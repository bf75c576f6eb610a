from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyTestResult")

# The JSON keys of PolicyTestResult's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"success", "errors", "tests"})


@_attrs_define
class PolicyTestResult:
    """Result of a Policy test API request. Sent to `oso-cloud` CLI as JSON.

    Attributes:
        success (bool): Did the policy test succeed?
        errors (list[PolicyError]): What errors did we encounter?
        tests (list[TestSummary]): What tests did we execute?
    """

    success: bool
    errors: list[PolicyError]
    tests: list[TestSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors = []
        for _errors_item__data in self.errors:
            _errors_item_ = _errors_item__data.to_dict()
            errors.append(_errors_item_)

        tests = []
        for _tests_item__data in self.tests:
            _tests_item_ = _tests_item__data.to_dict()
            tests.append(_tests_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["success"] = success
        field_dict["errors"] = errors
        field_dict["tests"] = tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        success = d["success"]

        _load_errors_item = PolicyError.from_dict
        errors = [_load_errors_item(item) for item in d["errors"]]

        _load_tests_item = TestSummary.from_dict
        tests = [_load_tests_item(item) for item in d["tests"]]

        policy_test_result = cls.__new__(cls)
        policy_test_result.success = success
        policy_test_result.errors = errors
        policy_test_result.tests = tests
        if len(d) == seen:
            policy_test_result.additional_properties = {}
        else:
            policy_test_result.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_test_result

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
from ..models.policy_error import PolicyError  # noqa: E402
from ..models.test_summary import TestSummary  # noqa: E402
