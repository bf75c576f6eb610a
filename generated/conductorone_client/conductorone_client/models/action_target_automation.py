from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionTargetAutomation")

# The JSON keys of ActionTargetAutomation's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"automationTemplateId"})


@_attrs_define
class ActionTargetAutomation:
    """
    Attributes:
        automation_template_id (str | Unset):
    """

    automation_template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_template_id = self.automation_template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if automation_template_id is not UNSET:
            field_dict["automationTemplateId"] = automation_template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "automationTemplateId" in d:
            seen += 1
            automation_template_id: str | Unset = d["automationTemplateId"]
        else:
            automation_template_id = UNSET

        action_target_automation = cls.__new__(cls)
        action_target_automation.automation_template_id = automation_template_id
        if len(d) == seen:
            action_target_automation.additional_properties = {}
        else:
            action_target_automation.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return action_target_automation

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
