from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationIssue")

# The JSON keys of ValidationIssue's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"type", "description", "suggestion"})


@_attrs_define
class ValidationIssue:
    """One problem found in a policy text (TypeScript `Issue`).

    Attributes:
        type_ (str): Kind of issue, e.g. ambiguity, verbosity, clarity, scope, actionability (not a closed list).
        description (str): What is wrong.
        suggestion (str): How to fix it.
    """

    type_: str
    description: str
    suggestion: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["description"] = description
        field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        type_ = d["type"]

        description = d["description"]

        suggestion = d["suggestion"]

        validation_issue = cls.__new__(cls)
        validation_issue.type_ = type_
        validation_issue.description = description
        validation_issue.suggestion = suggestion
        if len(d) == seen:
            validation_issue.additional_properties = {}
        else:
            validation_issue.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validation_issue

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
