from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field_group import FormFieldGroup
    from ..models.form_v1_field import FormV1Field
    from ..models.form_v1_field_relationship import FormV1FieldRelationship


T = TypeVar("T", bound="FormV1Form")


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
            for field_groups_type_0_item_data in self.field_groups:
                field_groups_type_0_item = field_groups_type_0_item_data.to_dict()
                field_groups.append(field_groups_type_0_item)

        else:
            field_groups = self.field_groups

        field_relationships: list[dict[str, Any]] | None | Unset
        if isinstance(self.field_relationships, Unset):
            field_relationships = UNSET
        elif isinstance(self.field_relationships, list):
            field_relationships = []
            for field_relationships_type_0_item_data in self.field_relationships:
                field_relationships_type_0_item = field_relationships_type_0_item_data.to_dict()
                field_relationships.append(field_relationships_type_0_item)

        else:
            field_relationships = self.field_relationships

        fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        from ..models.form_field_group import FormFieldGroup  # noqa: PLC0415
        from ..models.form_v1_field import FormV1Field  # noqa: PLC0415
        from ..models.form_v1_field_relationship import FormV1FieldRelationship  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_field_groups(data: object) -> list[FormFieldGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            field_groups_type_0 = []
            _field_groups_type_0 = data
            for field_groups_type_0_item_data in _field_groups_type_0:
                field_groups_type_0_item = FormFieldGroup.from_dict(field_groups_type_0_item_data)

                field_groups_type_0.append(field_groups_type_0_item)

            return field_groups_type_0

        field_groups = _parse_field_groups(d.pop("fieldGroups", UNSET))

        def _parse_field_relationships(data: object) -> list[FormV1FieldRelationship] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            field_relationships_type_0 = []
            _field_relationships_type_0 = data
            for field_relationships_type_0_item_data in _field_relationships_type_0:
                field_relationships_type_0_item = FormV1FieldRelationship.from_dict(
                    field_relationships_type_0_item_data
                )

                field_relationships_type_0.append(field_relationships_type_0_item)

            return field_relationships_type_0

        field_relationships = _parse_field_relationships(d.pop("fieldRelationships", UNSET))

        def _parse_fields(data: object) -> list[FormV1Field] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            fields_type_0 = []
            _fields_type_0 = data
            for fields_type_0_item_data in _fields_type_0:
                fields_type_0_item = FormV1Field.from_dict(fields_type_0_item_data)

                fields_type_0.append(fields_type_0_item)

            return fields_type_0

        fields = _parse_fields(d.pop("fields", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        form_v1_form = cls(
            description=description,
            display_name=display_name,
            field_groups=field_groups,
            field_relationships=field_relationships,
            fields=fields,
            id=id,
        )

        form_v1_form.additional_properties = d
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
