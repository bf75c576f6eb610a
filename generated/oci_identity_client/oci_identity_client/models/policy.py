from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_lifecycle_state import PolicyLifecycleState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Policy")

# The JSON keys of Policy's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "compartmentId",
        "name",
        "statements",
        "description",
        "timeCreated",
        "lifecycleState",
        "inactiveStatus",
        "versionDate",
        "freeformTags",
        "definedTags",
        "locks",
    }
)


@_attrs_define
class Policy:
    """A document that specifies the type of access a group has to the
    resources in a compartment. Avoid entering confidential information in
    its string values.

        Attributes:
            id (str): The OCID of the policy.
            compartment_id (str): The OCID of the compartment containing the policy (the tenancy or another compartment).
            name (str): The name you assign to the policy during creation. Unique across all policies in the tenancy; cannot
                be changed.
            statements (list[str]): An array of one or more policy statements written in the policy language.
            description (str): The description you assign to the policy. Does not need to be unique, and it is changeable.
            time_created (datetime.datetime): Date and time the policy was created, RFC 3339.
            lifecycle_state (PolicyLifecycleState): The policy's current state. The SDK maps values it does not know to
                UNKNOWN_ENUM_VALUE.
            inactive_status (int | None | Unset): The detailed status of the INACTIVE lifecycle state.
            version_date (datetime.date | None | Unset): The version of the policy (YYYY-MM-DD); null means the current
                behaviour of the services.
            freeform_tags (FreeformTags | Unset): Free-form tags for this resource. Each tag is a simple key-value pair
                with no predefined name, type, or namespace. Example:
                `{"Department": "Finance"}`
            defined_tags (DefinedTags | Unset): Defined tags for this resource. Each key is predefined and scoped to a
                namespace. Example: `{"Operations": {"CostCenter": "42"}}`
            locks (list[ResourceLock] | Unset): Locks associated with this resource (listed on the PCA docs page; not in the
                commercial OCI model).
    """

    id: str
    compartment_id: str
    name: str
    statements: list[str]
    description: str
    time_created: datetime.datetime
    lifecycle_state: PolicyLifecycleState
    inactive_status: int | None | Unset = UNSET
    version_date: datetime.date | None | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    locks: list[ResourceLock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        compartment_id = self.compartment_id

        name = self.name

        statements = self.statements

        description = self.description

        time_created = self.time_created.isoformat()

        lifecycle_state = self.lifecycle_state.value

        inactive_status: int | None | Unset
        if isinstance(self.inactive_status, Unset):
            inactive_status = UNSET
        else:
            inactive_status = self.inactive_status

        version_date: None | str | Unset
        if isinstance(self.version_date, Unset):
            version_date = UNSET
        elif isinstance(self.version_date, datetime.date):
            version_date = self.version_date.isoformat()
        else:
            version_date = self.version_date

        freeform_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freeform_tags, Unset):
            freeform_tags = self.freeform_tags.to_dict()

        defined_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defined_tags, Unset):
            defined_tags = self.defined_tags.to_dict()

        locks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locks, Unset):
            locks = []
            for _locks_item__data in self.locks:
                _locks_item_ = _locks_item__data.to_dict()
                locks.append(_locks_item_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["compartmentId"] = compartment_id
        field_dict["name"] = name
        field_dict["statements"] = statements
        field_dict["description"] = description
        field_dict["timeCreated"] = time_created
        field_dict["lifecycleState"] = lifecycle_state
        if inactive_status is not UNSET:
            field_dict["inactiveStatus"] = inactive_status
        if version_date is not UNSET:
            field_dict["versionDate"] = version_date
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags
        if locks is not UNSET:
            field_dict["locks"] = locks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 7
        id = d["id"]

        compartment_id = d["compartmentId"]

        name = d["name"]

        statements: list[str] = d["statements"]

        description = d["description"]

        time_created = datetime.datetime.fromisoformat(d["timeCreated"])

        lifecycle_state = PolicyLifecycleState(d["lifecycleState"])

        if "inactiveStatus" in d:
            seen += 1
            inactive_status: int | None | Unset = d["inactiveStatus"]

        else:
            inactive_status = UNSET

        if "versionDate" in d:
            seen += 1
            _version_date = d["versionDate"]
            version_date: datetime.date | None | Unset
            if _version_date is UNSET or _version_date is None:
                version_date = _version_date
            else:
                if not isinstance(_version_date, str):
                    raise TypeError()
                version_date_type_0 = datetime.date.fromisoformat(_version_date)

                version_date = version_date_type_0

        else:
            version_date = UNSET

        if "freeformTags" in d:
            seen += 1
            _freeform_tags = d["freeformTags"]
            freeform_tags: FreeformTags | Unset
            if isinstance(_freeform_tags, Unset):
                freeform_tags = UNSET
            else:
                freeform_tags = FreeformTags.from_dict(_freeform_tags)

        else:
            freeform_tags = UNSET

        if "definedTags" in d:
            seen += 1
            _defined_tags = d["definedTags"]
            defined_tags: DefinedTags | Unset
            if isinstance(_defined_tags, Unset):
                defined_tags = UNSET
            else:
                defined_tags = DefinedTags.from_dict(_defined_tags)

        else:
            defined_tags = UNSET

        if "locks" in d:
            seen += 1
            _locks = d["locks"]
            locks: list[ResourceLock] | Unset = UNSET
            if _locks is not UNSET:
                _load_locks_item = ResourceLock.from_dict
                locks = [_load_locks_item(item) for item in _locks]

        else:
            locks = UNSET

        policy = cls.__new__(cls)
        policy.id = id
        policy.compartment_id = compartment_id
        policy.name = name
        policy.statements = statements
        policy.description = description
        policy.time_created = time_created
        policy.lifecycle_state = lifecycle_state
        policy.inactive_status = inactive_status
        policy.version_date = version_date
        policy.freeform_tags = freeform_tags
        policy.defined_tags = defined_tags
        policy.locks = locks
        if len(d) == seen:
            policy.additional_properties = {}
        else:
            policy.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return policy

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
from ..models.defined_tags import DefinedTags  # noqa: E402
from ..models.freeform_tags import FreeformTags  # noqa: E402
from ..models.resource_lock import ResourceLock  # noqa: E402
