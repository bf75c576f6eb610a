from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookProvision")

# The JSON keys of WebhookProvision's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"webhookId"})


@_attrs_define
class WebhookProvision:
    """
    Attributes:
        webhook_id (None | str | Unset):
    """

    webhook_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "webhookId" in d:
            seen += 1
            webhook_id: None | str | Unset = d["webhookId"]

        else:
            webhook_id = UNSET

        webhook_provision = cls.__new__(cls)
        webhook_provision.webhook_id = webhook_id
        if len(d) == seen:
            webhook_provision.additional_properties = {}
        else:
            webhook_provision.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return webhook_provision

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
