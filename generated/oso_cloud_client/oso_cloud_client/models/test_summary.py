from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestSummary")

# The JSON keys of TestSummary's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"name", "passed", "total"})


@_attrs_define
class TestSummary:
    """Results of executing a single test. Sent to `oso-cloud` CLI as JSON.

    Attributes:
        name (str): Name of test.
        passed (int): How many assertions passed?
        total (int): How many assertions in total?
    """

    name: str
    passed: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        passed = self.passed

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["passed"] = passed
        field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        name = d["name"]

        passed = d["passed"]

        total = d["total"]

        test_summary = cls.__new__(cls)
        test_summary.name = name
        test_summary.passed = passed
        test_summary.total = total
        if len(d) == seen:
            test_summary.additional_properties = {}
        else:
            test_summary.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return test_summary

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
