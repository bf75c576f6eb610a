from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePolicyDetails")

# The JSON keys of UpdatePolicyDetails's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"description", "statements", "versionDate", "freeformTags", "definedTags"})


@_attrs_define
class UpdatePolicyDetails:
    """Request object for updating a policy. Every field is optional (docs and SDK agree).

    Attributes:
        description (str | Unset): The description you assign to the policy. Does not need to be unique, and it is
            changeable.
        statements (list[str] | Unset): An array of policy statements written in the policy language.
        version_date (datetime.date | None | Unset): The version of the policy. If null or set to an empty string, the
            policy is evaluated according to the current behaviour of the
            services; if set to a date (YYYY-MM-DD), according to their behaviour
            on that date.
        freeform_tags (FreeformTags | Unset): Free-form tags for this resource. Each tag is a simple key-value pair
            with no predefined name, type, or namespace. Example:
            `{"Department": "Finance"}`
        defined_tags (DefinedTags | Unset): Defined tags for this resource. Each key is predefined and scoped to a
            namespace. Example: `{"Operations": {"CostCenter": "42"}}`
    """

    description: str | Unset = UNSET
    statements: list[str] | Unset = UNSET
    version_date: datetime.date | None | Unset = UNSET
    freeform_tags: FreeformTags | Unset = UNSET
    defined_tags: DefinedTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        statements: list[str] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = self.statements

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if statements is not UNSET:
            field_dict["statements"] = statements
        if version_date is not UNSET:
            field_dict["versionDate"] = version_date
        if freeform_tags is not UNSET:
            field_dict["freeformTags"] = freeform_tags
        if defined_tags is not UNSET:
            field_dict["definedTags"] = defined_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "description" in d:
            seen += 1
            description: str | Unset = d["description"]
        else:
            description = UNSET

        if "statements" in d:
            seen += 1
            statements: list[str] | Unset = d["statements"]

        else:
            statements = UNSET

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

        update_policy_details = cls.__new__(cls)
        update_policy_details.description = description
        update_policy_details.statements = statements
        update_policy_details.version_date = version_date
        update_policy_details.freeform_tags = freeform_tags
        update_policy_details.defined_tags = defined_tags
        if len(d) == seen:
            update_policy_details.additional_properties = {}
        else:
            update_policy_details.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return update_policy_details

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
