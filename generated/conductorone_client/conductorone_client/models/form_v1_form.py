from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1Form")

# The JSON keys of FormV1Form's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"description", "displayName", "fieldGroups", "fieldRelationships", "fields", "id"})


@_attrs_define
class FormV1Form:
    """A form shown to the requester.

    Attributes:
        description (None | str | Unset):
        display_name (None | str | Unset):
        field_groups (list[FormFieldGroup] | None | Unset):
        field_relationships (list[FormV1FieldRelationship] | None | Unset):
        fields (list[FormV1Field] | None | Unset):
        id (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    field_groups: list[FormFieldGroup] | None | Unset = UNSET
    field_relationships: list[FormV1FieldRelationship] | None | Unset = UNSET
    fields: list[FormV1Field] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_groups, Unset):
            field_groups = UNSET
        elif isinstance(self.field_groups, list):
            field_groups = []
            for _field_groups_type_0_item__data in self.field_groups:
                _field_groups_type_0_item_ = _field_groups_type_0_item__data.to_dict()
                field_groups.append(_field_groups_type_0_item_)

        else:
            field_groups = self.field_groups

        field_relationships: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_relationships, Unset):
            field_relationships = UNSET
        elif isinstance(self.field_relationships, list):
            field_relationships = []
            for _field_relationships_type_0_item__data in self.field_relationships:
                _field_relationships_type_0_item_ = _field_relationships_type_0_item__data.to_dict()
                field_relationships.append(_field_relationships_type_0_item_)

        else:
            field_relationships = self.field_relationships

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for _fields_type_0_item__data in self.fields:
                _fields_type_0_item_ = _fields_type_0_item__data.to_dict()
                fields.append(_fields_type_0_item_)

        else:
            fields = self.fields

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if field_groups is not UNSET:
            field_dict["fieldGroups"] = field_groups
        if field_relationships is not UNSET:
            field_dict["fieldRelationships"] = field_relationships
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "description" in d:
            seen += 1
            description: None | str | Unset = d["description"]

        else:
            description = UNSET

        if "displayName" in d:
            seen += 1
            display_name: None | str | Unset = d["displayName"]

        else:
            display_name = UNSET

        if "fieldGroups" in d:
            seen += 1
            _field_groups = d["fieldGroups"]
            field_groups: list[FormFieldGroup] | None | Unset
            if _field_groups is UNSET or _field_groups is None:
                field_groups = _field_groups
            else:
                if not isinstance(_field_groups, list):
                    raise TypeError()
                _load_field_groups_type_0_item = FormFieldGroup.from_dict
                field_groups_type_0 = [_load_field_groups_type_0_item(item) for item in _field_groups]

                field_groups = field_groups_type_0

        else:
            field_groups = UNSET

        if "fieldRelationships" in d:
            seen += 1
            _field_relationships = d["fieldRelationships"]
            field_relationships: list[FormV1FieldRelationship] | None | Unset
            if _field_relationships is UNSET or _field_relationships is None:
                field_relationships = _field_relationships
            else:
                if not isinstance(_field_relationships, list):
                    raise TypeError()
                _load_field_relationships_type_0_item = FormV1FieldRelationship.from_dict
                field_relationships_type_0 = [
                    _load_field_relationships_type_0_item(item) for item in _field_relationships
                ]

                field_relationships = field_relationships_type_0

        else:
            field_relationships = UNSET

        if "fields" in d:
            seen += 1
            _fields = d["fields"]
            fields: list[FormV1Field] | None | Unset
            if _fields is UNSET or _fields is None:
                fields = _fields
            else:
                if not isinstance(_fields, list):
                    raise TypeError()
                _load_fields_type_0_item = FormV1Field.from_dict
                fields_type_0 = [_load_fields_type_0_item(item) for item in _fields]

                fields = fields_type_0

        else:
            fields = UNSET

        if "id" in d:
            seen += 1
            id: None | str | Unset = d["id"]

        else:
            id = UNSET

        form_v1_form = cls.__new__(cls)
        form_v1_form.description = description
        form_v1_form.display_name = display_name
        form_v1_form.field_groups = field_groups
        form_v1_form.field_relationships = field_relationships
        form_v1_form.fields = fields
        form_v1_form.id = id
        if len(d) == seen:
            form_v1_form.additional_properties = {}
        else:
            form_v1_form.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_form

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
from ..models.form_field_group import FormFieldGroup  # noqa: E402
from ..models.form_v1_field import FormV1Field  # noqa: E402
from ..models.form_v1_field_relationship import FormV1FieldRelationship  # noqa: E402
