from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.risk_type import RiskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePolicyRequest")

# The JSON keys of UpdatePolicyRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"name", "content", "riskType", "actionType"})


@_attrs_define
class UpdatePolicyRequest:
    """Fields to change. Every field is optional (docs and TypeScript agree);
    the server rejects a body with none of them, hence `minProperties: 1`.

        Attributes:
            name (str | Unset): Human-readable name for the policy.
            content (str | Unset): Policy rules and description, in natural language.
            risk_type (RiskType | Unset): Risk classification level.
            action_type (ActionType | Unset): Action to take when the policy is violated: 0 log only, 1 alert (log and
                notify), 2 block (prevent and alert).
    """

    name: str | Unset = UNSET
    content: str | Unset = UNSET
    risk_type: RiskType | Unset = UNSET
    action_type: ActionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        risk_type: str | Unset = UNSET
        if not isinstance(self.risk_type, Unset):
            risk_type = self.risk_type.value

        action_type: int | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if risk_type is not UNSET:
            field_dict["riskType"] = risk_type
        if action_type is not UNSET:
            field_dict["actionType"] = action_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "name" in d:
            seen += 1
            name: str | Unset = d["name"]
        else:
            name = UNSET

        if "content" in d:
            seen += 1
            content: str | Unset = d["content"]
        else:
            content = UNSET

        if "riskType" in d:
            seen += 1
            _risk_type = d["riskType"]
            risk_type: RiskType | Unset
            if isinstance(_risk_type, Unset):
                risk_type = UNSET
            else:
                risk_type = RiskType(_risk_type)

        else:
            risk_type = UNSET

        if "actionType" in d:
            seen += 1
            _action_type = d["actionType"]
            action_type: ActionType | Unset
            if isinstance(_action_type, Unset):
                action_type = UNSET
            else:
                action_type = ActionType(_action_type)

        else:
            action_type = UNSET

        update_policy_request = cls.__new__(cls)
        update_policy_request.name = name
        update_policy_request.content = content
        update_policy_request.risk_type = risk_type
        update_policy_request.action_type = action_type
        if len(d) == seen:
            update_policy_request.additional_properties = {}
        else:
            update_policy_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return update_policy_request

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
