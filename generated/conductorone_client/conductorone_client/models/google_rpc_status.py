from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleRpcStatus")

# The JSON keys of GoogleRpcStatus's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"code", "message", "details"})


@_attrs_define
class GoogleRpcStatus:
    """The gRPC-gateway error body (our assumption; see the `default` response).

    Attributes:
        code (int | Unset): The gRPC status code (for example 3 INVALID_ARGUMENT, 5 NOT_FOUND, 16 UNAUTHENTICATED).
        message (str | Unset): A developer-facing error message.
        details (list[GoogleProtobufAny] | Unset): Messages carrying error details.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    details: list[GoogleProtobufAny] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for _details_item__data in self.details:
                _details_item_ = _details_item__data.to_dict()
                details.append(_details_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "code" in d:
            seen += 1
            code: int | Unset = d["code"]
        else:
            code = UNSET

        if "message" in d:
            seen += 1
            message: str | Unset = d["message"]
        else:
            message = UNSET

        if "details" in d:
            seen += 1
            _details = d["details"]
            details: list[GoogleProtobufAny] | Unset = UNSET
            if _details is not UNSET:
                _load_details_item = GoogleProtobufAny.from_dict
                details = [_load_details_item(item) for item in _details]

        else:
            details = UNSET

        google_rpc_status = cls.__new__(cls)
        google_rpc_status.code = code
        google_rpc_status.message = message
        google_rpc_status.details = details
        if len(d) == seen:
            google_rpc_status.additional_properties = {}
        else:
            google_rpc_status.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return google_rpc_status

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
from ..models.google_protobuf_any import GoogleProtobufAny  # noqa: E402
