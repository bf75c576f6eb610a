from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorList")

# The JSON keys of ErrorList's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"errors"})


@_attrs_define
class ErrorList:
    """
    Attributes:
        errors (list[Error] | Unset):
    """

    errors: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for _errors_item__data in self.errors:
                _errors_item_ = _errors_item__data.to_dict()
                errors.append(_errors_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "errors" in d:
            seen += 1
            _errors = d["errors"]
            errors: list[Error] | Unset = UNSET
            if _errors is not UNSET:
                _load_errors_item = Error.from_dict
                errors = [_load_errors_item(item) for item in _errors]

        else:
            errors = UNSET

        error_list = cls.__new__(cls)
        error_list.errors = errors
        if len(d) == seen:
            error_list.additional_properties = {}
        else:
            error_list.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error_list

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
from ..models.error import Error  # noqa: E402
