from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PickerField")

# The JSON keys of PickerField's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"appUserPicker", "c1UserPicker", "resourcePicker"})


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
        if app_user_picker is not UNSET:
            field_dict["appUserPicker"] = app_user_picker
        if c_1_user_picker is not UNSET:
            field_dict["c1UserPicker"] = c_1_user_picker
        if resource_picker is not UNSET:
            field_dict["resourcePicker"] = resource_picker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "appUserPicker" in d:
            seen += 1
            _app_user_picker = d["appUserPicker"]
            app_user_picker: AppUserFilter | None | Unset
            if _app_user_picker is UNSET or _app_user_picker is None:
                app_user_picker = _app_user_picker
            else:
                if not isinstance(_app_user_picker, dict):
                    raise TypeError()
                app_user_picker_type_0 = AppUserFilter.from_dict(_app_user_picker)

                app_user_picker = app_user_picker_type_0

        else:
            app_user_picker = UNSET

        if "c1UserPicker" in d:
            seen += 1
            _c_1_user_picker = d["c1UserPicker"]
            c_1_user_picker: C1UserFilter | None | Unset
            if _c_1_user_picker is UNSET or _c_1_user_picker is None:
                c_1_user_picker = _c_1_user_picker
            else:
                if not isinstance(_c_1_user_picker, dict):
                    raise TypeError()
                c_1_user_picker_type_0 = C1UserFilter.from_dict(_c_1_user_picker)

                c_1_user_picker = c_1_user_picker_type_0

        else:
            c_1_user_picker = UNSET

        if "resourcePicker" in d:
            seen += 1
            _resource_picker = d["resourcePicker"]
            resource_picker: AppResourceFilter | None | Unset
            if _resource_picker is UNSET or _resource_picker is None:
                resource_picker = _resource_picker
            else:
                if not isinstance(_resource_picker, dict):
                    raise TypeError()
                resource_picker_type_0 = AppResourceFilter.from_dict(_resource_picker)

                resource_picker = resource_picker_type_0

        else:
            resource_picker = UNSET

        picker_field = cls.__new__(cls)
        picker_field.app_user_picker = app_user_picker
        picker_field.c_1_user_picker = c_1_user_picker
        picker_field.resource_picker = resource_picker
        if len(d) == seen:
            picker_field.additional_properties = {}
        else:
            picker_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.app_resource_filter import AppResourceFilter  # noqa: E402
from ..models.app_user_filter import AppUserFilter  # noqa: E402
from ..models.c1_user_filter import C1UserFilter  # noqa: E402
