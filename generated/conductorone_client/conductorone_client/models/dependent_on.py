from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DependentOn")

# The JSON keys of DependentOn's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"dependencyFieldNames"})


@_attrs_define
class DependentOn:
    """
    Attributes:
        dependency_field_names (list[str] | None | Unset):
    """

    dependency_field_names: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dependency_field_names: list[str] | None | Unset
        if isinstance(self.dependency_field_names, Unset):
            dependency_field_names = UNSET
        elif isinstance(self.dependency_field_names, list):
            dependency_field_names = self.dependency_field_names

        else:
            dependency_field_names = self.dependency_field_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dependency_field_names is not UNSET:
            field_dict["dependencyFieldNames"] = dependency_field_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "dependencyFieldNames" in d:
            seen += 1
            _dependency_field_names = d["dependencyFieldNames"]
            dependency_field_names: list[str] | None | Unset
            if _dependency_field_names is UNSET or _dependency_field_names is None:
                dependency_field_names = _dependency_field_names
            else:
                if not isinstance(_dependency_field_names, list):
                    raise TypeError()
                dependency_field_names_type_0: list[str] = _dependency_field_names

                dependency_field_names = dependency_field_names_type_0

        else:
            dependency_field_names = UNSET

        dependent_on = cls.__new__(cls)
        dependent_on.dependency_field_names = dependency_field_names
        if len(d) == seen:
            dependent_on.additional_properties = {}
        else:
            dependent_on.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return dependent_on

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
