from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Provision")

# The JSON keys of Provision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"assigned", "provisionPolicy", "provisionTarget"})


@_attrs_define
class Provision:
    """A provisioning step.

    Attributes:
        assigned (bool | None | Unset):
        provision_policy (None | ProvisionPolicy | Unset):
        provision_target (None | ProvisionTarget | Unset):
    """

    assigned: bool | None | Unset = UNSET
    provision_policy: None | ProvisionPolicy | Unset = UNSET
    provision_target: None | ProvisionTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned: bool | None | Unset
        if isinstance(self.assigned, Unset):
            assigned = UNSET
        else:
            assigned = self.assigned

        provision_policy: dict[str, Any] | None | Unset
        if isinstance(self.provision_policy, Unset):
            provision_policy = UNSET
        elif isinstance(self.provision_policy, ProvisionPolicy):
            provision_policy = self.provision_policy.to_dict()
        else:
            provision_policy = self.provision_policy

        provision_target: dict[str, Any] | None | Unset
        if isinstance(self.provision_target, Unset):
            provision_target = UNSET
        elif isinstance(self.provision_target, ProvisionTarget):
            provision_target = self.provision_target.to_dict()
        else:
            provision_target = self.provision_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if provision_policy is not UNSET:
            field_dict["provisionPolicy"] = provision_policy
        if provision_target is not UNSET:
            field_dict["provisionTarget"] = provision_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "assigned" in d:
            seen += 1
            assigned: bool | None | Unset = d["assigned"]

        else:
            assigned = UNSET

        if "provisionPolicy" in d:
            seen += 1
            _provision_policy = d["provisionPolicy"]
            provision_policy: None | ProvisionPolicy | Unset
            if _provision_policy is UNSET or _provision_policy is None:
                provision_policy = _provision_policy
            else:
                if not isinstance(_provision_policy, dict):
                    raise TypeError()
                provision_policy_type_0 = ProvisionPolicy.from_dict(_provision_policy)

                provision_policy = provision_policy_type_0

        else:
            provision_policy = UNSET

        if "provisionTarget" in d:
            seen += 1
            _provision_target = d["provisionTarget"]
            provision_target: None | ProvisionTarget | Unset
            if _provision_target is UNSET or _provision_target is None:
                provision_target = _provision_target
            else:
                if not isinstance(_provision_target, dict):
                    raise TypeError()
                provision_target_type_0 = ProvisionTarget.from_dict(_provision_target)

                provision_target = provision_target_type_0

        else:
            provision_target = UNSET

        provision = cls.__new__(cls)
        provision.assigned = assigned
        provision.provision_policy = provision_policy
        provision.provision_target = provision_target
        if len(d) == seen:
            provision.additional_properties = {}
        else:
            provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return provision

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
from ..models.provision_target import ProvisionTarget  # noqa: E402
