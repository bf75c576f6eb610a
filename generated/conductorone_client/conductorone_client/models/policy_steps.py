from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicySteps")

# The JSON keys of PolicySteps's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"steps"})


@_attrs_define
class PolicySteps:
    """The ordered steps of one policy.

    Attributes:
        steps (list[PolicyStep] | None | Unset):
    """

    steps: list[PolicyStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for _steps_type_0_item__data in self.steps:
                _steps_type_0_item_ = _steps_type_0_item__data.to_dict()
                steps.append(_steps_type_0_item_)

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "steps" in d:
            seen += 1
            _steps = d["steps"]
            steps: list[PolicyStep] | None | Unset
            if _steps is UNSET or _steps is None:
                steps = _steps
            else:
                if not isinstance(_steps, list):
                    raise TypeError()
                _load_steps_type_0_item = PolicyStep.from_dict
                steps_type_0 = [_load_steps_type_0_item(item) for item in _steps]

                steps = steps_type_0

        else:
            steps = UNSET

        policy_steps = cls.__new__(cls)
        policy_steps.steps = steps
        if len(d) == seen:
            policy_steps.additional_properties = {}
        else:
            policy_steps.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_steps

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
from ..models.policy_step import PolicyStep  # noqa: E402
