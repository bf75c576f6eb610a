from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_policy_type import PolicyPolicyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchPoliciesRequest")

# The JSON keys of SearchPoliciesRequest's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"displayName", "excludePolicyIds", "includeDeleted", "pageSize", "pageToken", "policyTypes", "query", "refs"}
)


@_attrs_define
class SearchPoliciesRequest:
    """Search criteria; every criterion given must match.

    Attributes:
        display_name (None | str | Unset):
        exclude_policy_ids (list[str] | None | Unset):
        include_deleted (bool | None | Unset):
        page_size (int | None | Unset): 0..100; the server raises values below 10 to 10 and uses 25 for 0.
        page_token (None | str | Unset):
        policy_types (list[PolicyPolicyType] | None | Unset):
        query (None | str | Unset):
        refs (list[PolicyRef] | None | Unset):
    """

    display_name: None | str | Unset = UNSET
    exclude_policy_ids: list[str] | None | Unset = UNSET
    include_deleted: bool | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    page_token: None | str | Unset = UNSET
    policy_types: list[PolicyPolicyType] | None | Unset = UNSET
    query: None | str | Unset = UNSET
    refs: list[PolicyRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        exclude_policy_ids: list[str] | None | Unset
        if isinstance(self.exclude_policy_ids, Unset):
            exclude_policy_ids = UNSET
        elif isinstance(self.exclude_policy_ids, list):
            exclude_policy_ids = self.exclude_policy_ids

        else:
            exclude_policy_ids = self.exclude_policy_ids

        include_deleted: bool | None | Unset
        if isinstance(self.include_deleted, Unset):
            include_deleted = UNSET
        else:
            include_deleted = self.include_deleted

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        page_token: None | str | Unset
        if isinstance(self.page_token, Unset):
            page_token = UNSET
        else:
            page_token = self.page_token

        policy_types: list[str] | None | Unset
        if isinstance(self.policy_types, Unset):
            policy_types = UNSET
        elif isinstance(self.policy_types, list):
            policy_types = []
            for _policy_types_type_0_item__data in self.policy_types:
                _policy_types_type_0_item_ = _policy_types_type_0_item__data.value
                policy_types.append(_policy_types_type_0_item_)

        else:
            policy_types = self.policy_types

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        refs: list[dict[str, Any]] | None | Unset
        if isinstance(self.refs, Unset):
            refs = UNSET
        elif isinstance(self.refs, list):
            refs = []
            for _refs_type_0_item__data in self.refs:
                _refs_type_0_item_ = _refs_type_0_item__data.to_dict()
                refs.append(_refs_type_0_item_)

        else:
            refs = self.refs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if exclude_policy_ids is not UNSET:
            field_dict["excludePolicyIds"] = exclude_policy_ids
        if include_deleted is not UNSET:
            field_dict["includeDeleted"] = include_deleted
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_token is not UNSET:
            field_dict["pageToken"] = page_token
        if policy_types is not UNSET:
            field_dict["policyTypes"] = policy_types
        if query is not UNSET:
            field_dict["query"] = query
        if refs is not UNSET:
            field_dict["refs"] = refs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "displayName" in d:
            seen += 1
            display_name: None | str | Unset = d["displayName"]

        else:
            display_name = UNSET

        if "excludePolicyIds" in d:
            seen += 1
            _exclude_policy_ids = d["excludePolicyIds"]
            exclude_policy_ids: list[str] | None | Unset
            if _exclude_policy_ids is UNSET or _exclude_policy_ids is None:
                exclude_policy_ids = _exclude_policy_ids
            else:
                if not isinstance(_exclude_policy_ids, list):
                    raise TypeError()
                exclude_policy_ids_type_0: list[str] = _exclude_policy_ids

                exclude_policy_ids = exclude_policy_ids_type_0

        else:
            exclude_policy_ids = UNSET

        if "includeDeleted" in d:
            seen += 1
            include_deleted: bool | None | Unset = d["includeDeleted"]

        else:
            include_deleted = UNSET

        if "pageSize" in d:
            seen += 1
            page_size: int | None | Unset = d["pageSize"]

        else:
            page_size = UNSET

        if "pageToken" in d:
            seen += 1
            page_token: None | str | Unset = d["pageToken"]

        else:
            page_token = UNSET

        if "policyTypes" in d:
            seen += 1
            _policy_types = d["policyTypes"]
            policy_types: list[PolicyPolicyType] | None | Unset
            if _policy_types is UNSET or _policy_types is None:
                policy_types = _policy_types
            else:
                if not isinstance(_policy_types, list):
                    raise TypeError()
                policy_types_type_0 = []
                _policy_types_type_0 = _policy_types
                for _policy_types_type_0_item__data in _policy_types_type_0:
                    _policy_types_type_0_item_ = PolicyPolicyType(_policy_types_type_0_item__data)

                    policy_types_type_0.append(_policy_types_type_0_item_)

                policy_types = policy_types_type_0

        else:
            policy_types = UNSET

        if "query" in d:
            seen += 1
            query: None | str | Unset = d["query"]

        else:
            query = UNSET

        if "refs" in d:
            seen += 1
            _refs = d["refs"]
            refs: list[PolicyRef] | None | Unset
            if _refs is UNSET or _refs is None:
                refs = _refs
            else:
                if not isinstance(_refs, list):
                    raise TypeError()
                _load_refs_type_0_item = PolicyRef.from_dict
                refs_type_0 = [_load_refs_type_0_item(item) for item in _refs]

                refs = refs_type_0

        else:
            refs = UNSET

        search_policies_request = cls.__new__(cls)
        search_policies_request.display_name = display_name
        search_policies_request.exclude_policy_ids = exclude_policy_ids
        search_policies_request.include_deleted = include_deleted
        search_policies_request.page_size = page_size
        search_policies_request.page_token = page_token
        search_policies_request.policy_types = policy_types
        search_policies_request.query = query
        search_policies_request.refs = refs
        if len(d) == seen:
            search_policies_request.additional_properties = {}
        else:
            search_policies_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return search_policies_request

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
from ..models.policy_ref import PolicyRef  # noqa: E402
