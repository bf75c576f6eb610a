from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provision_policy import ProvisionPolicy


T = TypeVar("T", bound="MultiStep")


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
            for provision_steps_type_0_item_data in self.provision_steps:
                provision_steps_type_0_item = provision_steps_type_0_item_data.to_dict()
                provision_steps.append(provision_steps_type_0_item)

        else:
            provision_steps = self.provision_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provision_steps is not UNSET:
            field_dict["provisionSteps"] = provision_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provision_policy import ProvisionPolicy  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_provision_steps(data: object) -> list[ProvisionPolicy] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            provision_steps_type_0 = []
            _provision_steps_type_0 = data
            for provision_steps_type_0_item_data in _provision_steps_type_0:
                provision_steps_type_0_item = ProvisionPolicy.from_dict(provision_steps_type_0_item_data)

                provision_steps_type_0.append(provision_steps_type_0_item)

            return provision_steps_type_0

        provision_steps = _parse_provision_steps(d.pop("provisionSteps", UNSET))

        multi_step = cls(
            provision_steps=provision_steps,
        )

        multi_step.additional_properties = d
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
