from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationSavePolicyError")

# The JSON keys of ValidationSavePolicyError's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"error_type", "message", "errors"})


@_attrs_define
class ValidationSavePolicyError:
    """
    Attributes:
        error_type (Literal['Validation']):
        message (str):
        errors (list[PolicyError]):
    """

    error_type: Literal["Validation"]
    message: str
    errors: list[PolicyError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        message = self.message

        errors = []
        for _errors_item__data in self.errors:
            _errors_item_ = _errors_item__data.to_dict()
            errors.append(_errors_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error_type"] = error_type
        field_dict["message"] = message
        field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 3
        error_type = cast(Literal["Validation"], d["error_type"])
        if error_type != "Validation":
            raise ValueError(f"error_type must match const 'Validation', got '{error_type}'")

        message = d["message"]

        _load_errors_item = PolicyError.from_dict
        errors = [_load_errors_item(item) for item in d["errors"]]

        validation_save_policy_error = cls.__new__(cls)
        validation_save_policy_error.error_type = error_type
        validation_save_policy_error.message = message
        validation_save_policy_error.errors = errors
        if len(d) == seen:
            validation_save_policy_error.additional_properties = {}
        else:
            validation_save_policy_error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return validation_save_policy_error

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
from ..models.policy_error import PolicyError  # noqa: E402
