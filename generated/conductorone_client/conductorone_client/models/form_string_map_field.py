from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormStringMapField")

# The JSON keys of FormStringMapField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"defaultValue", "rules"})


@_attrs_define
class FormStringMapField:
    """
    Attributes:
        default_value (FormStringMapFieldDefaultValue | Unset):
        rules (None | StringMapRules | Unset):
    """

    default_value: FormStringMapFieldDefaultValue | Unset = UNSET
    rules: None | StringMapRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_value, Unset):
            default_value = self.default_value.to_dict()

        rules: dict[str, Any] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, StringMapRules):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "defaultValue" in d:
            seen += 1
            _default_value = d["defaultValue"]
            default_value: FormStringMapFieldDefaultValue | Unset
            if isinstance(_default_value, Unset):
                default_value = UNSET
            else:
                default_value = FormStringMapFieldDefaultValue.from_dict(_default_value)

        else:
            default_value = UNSET

        if "rules" in d:
            seen += 1
            _rules = d["rules"]
            rules: None | StringMapRules | Unset
            if _rules is UNSET or _rules is None:
                rules = _rules
            else:
                if not isinstance(_rules, dict):
                    raise TypeError()
                rules_type_0 = StringMapRules.from_dict(_rules)

                rules = rules_type_0

        else:
            rules = UNSET

        form_string_map_field = cls.__new__(cls)
        form_string_map_field.default_value = default_value
        form_string_map_field.rules = rules
        if len(d) == seen:
            form_string_map_field.additional_properties = {}
        else:
            form_string_map_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_string_map_field

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
from ..models.form_string_map_field_default_value import FormStringMapFieldDefaultValue  # noqa: E402
from ..models.string_map_rules import StringMapRules  # noqa: E402
