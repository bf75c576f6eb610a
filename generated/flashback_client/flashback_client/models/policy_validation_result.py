from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_severity import ValidationSeverity

T = TypeVar("T", bound="PolicyValidationResult")

# The JSON keys of PolicyValidationResult's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"policy_uuid", "score", "advice", "issues", "severity"})


@_attrs_define
class PolicyValidationResult:
    """The review of one policy.

    Attributes:
        policy_uuid (str): The id sent with the policy.
        score (float): Quality score, 0 to 100.
        advice (str): Advice in prose.
        issues (list[ValidationIssue]):
        severity (ValidationSeverity): Overall severity of a policy text's issues.
    """

    policy_uuid: str
    score: float
    advice: str
    issues: list[ValidationIssue]
    severity: ValidationSeverity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_uuid = self.policy_uuid

        score = self.score

        advice = self.advice

        issues = []
        for _issues_item__data in self.issues:
            _issues_item_ = _issues_item__data.to_dict()
            issues.append(_issues_item_)

        severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["policy_uuid"] = policy_uuid
        field_dict["score"] = score
        field_dict["advice"] = advice
        field_dict["issues"] = issues
        field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 5
        policy_uuid = d["policy_uuid"]

        score = d["score"]

        advice = d["advice"]

        _load_issues_item = ValidationIssue.from_dict
        issues = [_load_issues_item(item) for item in d["issues"]]

        severity = ValidationSeverity(d["severity"])

        policy_validation_result = cls.__new__(cls)
        policy_validation_result.policy_uuid = policy_uuid
        policy_validation_result.score = score
        policy_validation_result.advice = advice
        policy_validation_result.issues = issues
        policy_validation_result.severity = severity
        if len(d) == seen:
            policy_validation_result.additional_properties = {}
        else:
            policy_validation_result.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_validation_result

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
from ..models.validation_issue import ValidationIssue  # noqa: E402
