from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiStep")

# The JSON keys of MultiStep's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"provisionSteps"})


@_attrs_define
class MultiStep:
    """
    Attributes:
        provision_steps (list[ProvisionPolicy] | None | Unset):
    """

    provision_steps: list[ProvisionPolicy] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provision_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.provision_steps, Unset):
            provision_steps = UNSET
        elif isinstance(self.provision_steps, list):
            provision_steps = []
            for _provision_steps_type_0_item__data in self.provision_steps:
                _provision_steps_type_0_item_ = _provision_steps_type_0_item__data.to_dict()
                provision_steps.append(_provision_steps_type_0_item_)

        else:
            provision_steps = self.provision_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if provision_steps is not UNSET:
            field_dict["provisionSteps"] = provision_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "provisionSteps" in d:
            seen += 1
            _provision_steps = d["provisionSteps"]
            provision_steps: list[ProvisionPolicy] | None | Unset
            if _provision_steps is UNSET or _provision_steps is None:
                provision_steps = _provision_steps
            else:
                if not isinstance(_provision_steps, list):
                    raise TypeError()
                _load_provision_steps_type_0_item = ProvisionPolicy.from_dict
                provision_steps_type_0 = [_load_provision_steps_type_0_item(item) for item in _provision_steps]

                provision_steps = provision_steps_type_0

        else:
            provision_steps = UNSET

        multi_step = cls.__new__(cls)
        multi_step.provision_steps = provision_steps
        if len(d) == seen:
            multi_step.additional_properties = {}
        else:
            multi_step.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return multi_step

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
from ..models.provision_policy import ProvisionPolicy  # noqa: E402
