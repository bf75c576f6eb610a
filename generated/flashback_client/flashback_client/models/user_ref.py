from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserRef")

# The JSON keys of UserRef's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"id", "name", "lastName", "email"})


@_attrs_define
class UserRef:
    """A user, as referenced from a policy's audit fields (all fields required in TypeScript).

    Attributes:
        id (str): User ID.
        name (str): User first name.
        last_name (str): User last name.
        email (str): User email.
    """

    id: str
    name: str
    last_name: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        last_name = self.last_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["lastName"] = last_name
        field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 4
        id = d["id"]

        name = d["name"]

        last_name = d["lastName"]

        email = d["email"]

        user_ref = cls.__new__(cls)
        user_ref.id = id
        user_ref.name = name
        user_ref.last_name = last_name
        user_ref.email = email
        if len(d) == seen:
            user_ref.additional_properties = {}
        else:
            user_ref.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return user_ref

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
