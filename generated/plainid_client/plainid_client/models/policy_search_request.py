from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicySearchRequest")

# The JSON keys of PolicySearchRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"applicationIds", "authzWsIds", "state", "policyCustomAttributes", "detailed"})


@_attrs_define
class PolicySearchRequest:
    """Search filters; an empty object matches every policy of the environment.

    Attributes:
        application_ids (list[str] | Unset):
        authz_ws_ids (list[UUID] | Unset):
        state (str | Unset): e.g. "active" or "inactive".
        policy_custom_attributes (PolicySearchRequestPolicyCustomAttributes | Unset):
        detailed (bool | Unset): Return more detail per policy (pages then hold at most 10).
    """

    application_ids: list[str] | Unset = UNSET
    authz_ws_ids: list[UUID] | Unset = UNSET
    state: str | Unset = UNSET
    policy_custom_attributes: PolicySearchRequestPolicyCustomAttributes | Unset = UNSET
    detailed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_ids: list[str] | Unset = UNSET
        if not isinstance(self.application_ids, Unset):
            application_ids = self.application_ids

        authz_ws_ids: list[str] | Unset = UNSET
        if not isinstance(self.authz_ws_ids, Unset):
            authz_ws_ids = []
            for _authz_ws_ids_item__data in self.authz_ws_ids:
                _authz_ws_ids_item_ = str(_authz_ws_ids_item__data)
                authz_ws_ids.append(_authz_ws_ids_item_)

        state = self.state

        policy_custom_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_custom_attributes, Unset):
            policy_custom_attributes = self.policy_custom_attributes.to_dict()

        detailed = self.detailed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if application_ids is not UNSET:
            field_dict["applicationIds"] = application_ids
        if authz_ws_ids is not UNSET:
            field_dict["authzWsIds"] = authz_ws_ids
        if state is not UNSET:
            field_dict["state"] = state
        if policy_custom_attributes is not UNSET:
            field_dict["policyCustomAttributes"] = policy_custom_attributes
        if detailed is not UNSET:
            field_dict["detailed"] = detailed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "applicationIds" in d:
            seen += 1
            application_ids: list[str] | Unset = d["applicationIds"]

        else:
            application_ids = UNSET

        if "authzWsIds" in d:
            seen += 1
            _authz_ws_ids = d["authzWsIds"]
            authz_ws_ids: list[UUID] | Unset = UNSET
            if _authz_ws_ids is not UNSET:
                authz_ws_ids = []
                for _authz_ws_ids_item__data in _authz_ws_ids:
                    _authz_ws_ids_item_ = UUID(_authz_ws_ids_item__data)

                    authz_ws_ids.append(_authz_ws_ids_item_)

        else:
            authz_ws_ids = UNSET

        if "state" in d:
            seen += 1
            state: str | Unset = d["state"]
        else:
            state = UNSET

        if "policyCustomAttributes" in d:
            seen += 1
            _policy_custom_attributes = d["policyCustomAttributes"]
            policy_custom_attributes: PolicySearchRequestPolicyCustomAttributes | Unset
            if isinstance(_policy_custom_attributes, Unset):
                policy_custom_attributes = UNSET
            else:
                policy_custom_attributes = PolicySearchRequestPolicyCustomAttributes.from_dict(
                    _policy_custom_attributes
                )

        else:
            policy_custom_attributes = UNSET

        if "detailed" in d:
            seen += 1
            detailed: bool | Unset = d["detailed"]
        else:
            detailed = UNSET

        policy_search_request = cls.__new__(cls)
        policy_search_request.application_ids = application_ids
        policy_search_request.authz_ws_ids = authz_ws_ids
        policy_search_request.state = state
        policy_search_request.policy_custom_attributes = policy_custom_attributes
        policy_search_request.detailed = detailed
        if len(d) == seen:
            policy_search_request.additional_properties = {}
        else:
            policy_search_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy_search_request

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
from ..models.policy_search_request_policy_custom_attributes import PolicySearchRequestPolicyCustomAttributes  # noqa: E402
