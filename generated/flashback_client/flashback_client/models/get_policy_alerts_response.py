from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetPolicyAlertsResponse")

# The JSON keys of GetPolicyAlertsResponse's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"success", "alerts", "total", "skip", "take"})


@_attrs_define
class GetPolicyAlertsResponse:
    """One page of alerts (`skip`/`take` echo the request; `total` counts all matches).

    Attributes:
        success (bool):
        alerts (list[PolicyAlertDTO]):
        total (int): How many alerts match, over all pages.
        skip (int):
        take (int):
    """

    success: bool
    alerts: list[PolicyAlertDTO]
    total: int
    skip: int
    take: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        alerts = []
        for _alerts_item__data in self.alerts:
            _alerts_item_ = _alerts_item__data.to_dict()
            alerts.append(_alerts_item_)

        total = self.total

        skip = self.skip

        take = self.take

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["success"] = success
        field_dict["alerts"] = alerts
        field_dict["total"] = total
        field_dict["skip"] = skip
        field_dict["take"] = take

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 5
        success = d["success"]

        _load_alerts_item = PolicyAlertDTO.from_dict
        alerts = [_load_alerts_item(item) for item in d["alerts"]]

        total = d["total"]

        skip = d["skip"]

        take = d["take"]

        get_policy_alerts_response = cls.__new__(cls)
        get_policy_alerts_response.success = success
        get_policy_alerts_response.alerts = alerts
        get_policy_alerts_response.total = total
        get_policy_alerts_response.skip = skip
        get_policy_alerts_response.take = take
        if len(d) == seen:
            get_policy_alerts_response.additional_properties = {}
        else:
            get_policy_alerts_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return get_policy_alerts_response

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
from ..models.policy_alert_dto import PolicyAlertDTO  # noqa: E402
