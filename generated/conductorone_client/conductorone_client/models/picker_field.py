from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_resource_filter import AppResourceFilter
    from ..models.app_user_filter import AppUserFilter
    from ..models.c1_user_filter import C1UserFilter


T = TypeVar("T", bound="PickerField")


@_attrs_define
class PickerField:
    """A picker view of a form field; at most one kind is set (protobuf oneof).

    Attributes:
        app_user_picker (AppUserFilter | None | Unset):
        c_1_user_picker (C1UserFilter | None | Unset):
        resource_picker (AppResourceFilter | None | Unset):
    """

    app_user_picker: AppUserFilter | None | Unset = UNSET
    c_1_user_picker: C1UserFilter | None | Unset = UNSET
    resource_picker: AppResourceFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_resource_filter import AppResourceFilter  # noqa: PLC0415
        from ..models.app_user_filter import AppUserFilter  # noqa: PLC0415
        from ..models.c1_user_filter import C1UserFilter  # noqa: PLC0415

        app_user_picker: dict[str, Any] | None | Unset
        if isinstance(self.app_user_picker, Unset):
            app_user_picker = UNSET
        elif isinstance(self.app_user_picker, AppUserFilter):
            app_user_picker = self.app_user_picker.to_dict()
        else:
            app_user_picker = self.app_user_picker

        c_1_user_picker: dict[str, Any] | None | Unset
        if isinstance(self.c_1_user_picker, Unset):
            c_1_user_picker = UNSET
        elif isinstance(self.c_1_user_picker, C1UserFilter):
            c_1_user_picker = self.c_1_user_picker.to_dict()
        else:
            c_1_user_picker = self.c_1_user_picker

        resource_picker: dict[str, Any] | None | Unset
        if isinstance(self.resource_picker, Unset):
            resource_picker = UNSET
        elif isinstance(self.resource_picker, AppResourceFilter):
            resource_picker = self.resource_picker.to_dict()
        else:
            resource_picker = self.resource_picker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_user_picker is not UNSET:
            field_dict["appUserPicker"] = app_user_picker
        if c_1_user_picker is not UNSET:
            field_dict["c1UserPicker"] = c_1_user_picker
        if resource_picker is not UNSET:
            field_dict["resourcePicker"] = resource_picker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_resource_filter import AppResourceFilter  # noqa: PLC0415
        from ..models.app_user_filter import AppUserFilter  # noqa: PLC0415
        from ..models.c1_user_filter import C1UserFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_app_user_picker(data: object) -> AppUserFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            app_user_picker_type_0 = AppUserFilter.from_dict(data)

            return app_user_picker_type_0

        app_user_picker = _parse_app_user_picker(d.pop("appUserPicker", UNSET))

        def _parse_c_1_user_picker(data: object) -> C1UserFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            c_1_user_picker_type_0 = C1UserFilter.from_dict(data)

            return c_1_user_picker_type_0

        c_1_user_picker = _parse_c_1_user_picker(d.pop("c1UserPicker", UNSET))

        def _parse_resource_picker(data: object) -> AppResourceFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            resource_picker_type_0 = AppResourceFilter.from_dict(data)

            return resource_picker_type_0

        resource_picker = _parse_resource_picker(d.pop("resourcePicker", UNSET))

        picker_field = cls(
            app_user_picker=app_user_picker,
            c_1_user_picker=c_1_user_picker,
            resource_picker=resource_picker,
        )

        picker_field.additional_properties = d
        return picker_field

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
