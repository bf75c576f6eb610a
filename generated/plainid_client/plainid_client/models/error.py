from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

# The JSON keys of Error's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"code", "id", "name", "message", "args", "status"})


@_attrs_define
class Error:
    """
    Attributes:
        code (str | Unset):
        id (str | Unset):
        name (str | Unset):
        message (str | Unset):
        args (ErrorArgs | Unset):
        status (int | str | Unset): The HTTP status of this error, as an integer or a string.
    """

    code: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    message: str | Unset = UNSET
    args: ErrorArgs | Unset = UNSET
    status: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        name = self.name

        message = self.message

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if message is not UNSET:
            field_dict["message"] = message
        if args is not UNSET:
            field_dict["args"] = args
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "code" in d:
            seen += 1
            code: str | Unset = d["code"]
        else:
            code = UNSET

        if "id" in d:
            seen += 1
            id: str | Unset = d["id"]
        else:
            id = UNSET

        if "name" in d:
            seen += 1
            name: str | Unset = d["name"]
        else:
            name = UNSET

        if "message" in d:
            seen += 1
            message: str | Unset = d["message"]
        else:
            message = UNSET

        if "args" in d:
            seen += 1
            _args = d["args"]
            args: ErrorArgs | Unset
            if isinstance(_args, Unset):
                args = UNSET
            else:
                args = ErrorArgs.from_dict(_args)

        else:
            args = UNSET

        if "status" in d:
            seen += 1
            status: int | str | Unset = d["status"]

        else:
            status = UNSET

        error = cls.__new__(cls)
        error.code = code
        error.id = id
        error.name = name
        error.message = message
        error.args = args
        error.status = status
        if len(d) == seen:
            error.additional_properties = {}
        else:
            error.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return error

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
from ..models.error_args import ErrorArgs  # noqa: E402
