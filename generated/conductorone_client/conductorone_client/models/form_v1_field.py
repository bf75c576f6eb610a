from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_provider_config import AdminProviderConfig
    from ..models.form_string_map_field import FormStringMapField
    from ..models.form_v1_bool_field import FormV1BoolField
    from ..models.form_v1_file_field import FormV1FileField
    from ..models.form_v1_int_64_field import FormV1Int64Field
    from ..models.form_v1_string_field import FormV1StringField
    from ..models.form_v1_string_slice_field import FormV1StringSliceField
    from ..models.oauth_2_field import Oauth2Field
    from ..models.shared_provider_config import SharedProviderConfig
    from ..models.user_provider_config import UserProviderConfig


T = TypeVar("T", bound="FormV1Field")


@_attrs_define
class FormV1Field:
    """
    Attributes:
        admin_config (AdminProviderConfig | None | Unset):
        bool_field (FormV1BoolField | None | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        file_field (FormV1FileField | None | Unset):
        int_64_field (FormV1Int64Field | None | Unset):
        name (None | str | Unset):
        oauth_2_field (None | Oauth2Field | Unset):
        required (bool | Unset):
        shared_config (None | SharedProviderConfig | Unset):
        string_field (FormV1StringField | None | Unset):
        string_map_field (FormStringMapField | None | Unset):
        string_slice_field (FormV1StringSliceField | None | Unset):
        user_config (None | Unset | UserProviderConfig):
    """

    admin_config: AdminProviderConfig | None | Unset = UNSET
    bool_field: FormV1BoolField | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    file_field: FormV1FileField | None | Unset = UNSET
    int_64_field: FormV1Int64Field | None | Unset = UNSET
    name: None | str | Unset = UNSET
    oauth_2_field: None | Oauth2Field | Unset = UNSET
    required: bool | Unset = UNSET
    shared_config: None | SharedProviderConfig | Unset = UNSET
    string_field: FormV1StringField | None | Unset = UNSET
    string_map_field: FormStringMapField | None | Unset = UNSET
    string_slice_field: FormV1StringSliceField | None | Unset = UNSET
    user_config: None | Unset | UserProviderConfig = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.admin_provider_config import AdminProviderConfig  # noqa: PLC0415
        from ..models.form_string_map_field import FormStringMapField  # noqa: PLC0415
        from ..models.form_v1_bool_field import FormV1BoolField  # noqa: PLC0415
        from ..models.form_v1_file_field import FormV1FileField  # noqa: PLC0415
        from ..models.form_v1_int_64_field import FormV1Int64Field  # noqa: PLC0415
        from ..models.form_v1_string_field import FormV1StringField  # noqa: PLC0415
        from ..models.form_v1_string_slice_field import FormV1StringSliceField  # noqa: PLC0415
        from ..models.oauth_2_field import Oauth2Field  # noqa: PLC0415
        from ..models.shared_provider_config import SharedProviderConfig  # noqa: PLC0415
        from ..models.user_provider_config import UserProviderConfig  # noqa: PLC0415

        admin_config: dict[str, Any] | None | Unset
        if isinstance(self.admin_config, Unset):
            admin_config = UNSET
        elif isinstance(self.admin_config, AdminProviderConfig):
            admin_config = self.admin_config.to_dict()
        else:
            admin_config = self.admin_config

        bool_field: dict[str, Any] | None | Unset
        if isinstance(self.bool_field, Unset):
            bool_field = UNSET
        elif isinstance(self.bool_field, FormV1BoolField):
            bool_field = self.bool_field.to_dict()
        else:
            bool_field = self.bool_field

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

        file_field: dict[str, Any] | None | Unset
        if isinstance(self.file_field, Unset):
            file_field = UNSET
        elif isinstance(self.file_field, FormV1FileField):
            file_field = self.file_field.to_dict()
        else:
            file_field = self.file_field

        int_64_field: dict[str, Any] | None | Unset
        if isinstance(self.int_64_field, Unset):
            int_64_field = UNSET
        elif isinstance(self.int_64_field, FormV1Int64Field):
            int_64_field = self.int_64_field.to_dict()
        else:
            int_64_field = self.int_64_field

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        oauth_2_field: dict[str, Any] | None | Unset
        if isinstance(self.oauth_2_field, Unset):
            oauth_2_field = UNSET
        elif isinstance(self.oauth_2_field, Oauth2Field):
            oauth_2_field = self.oauth_2_field.to_dict()
        else:
            oauth_2_field = self.oauth_2_field

        required = self.required

        shared_config: dict[str, Any] | None | Unset
        if isinstance(self.shared_config, Unset):
            shared_config = UNSET
        elif isinstance(self.shared_config, SharedProviderConfig):
            shared_config = self.shared_config.to_dict()
        else:
            shared_config = self.shared_config

        string_field: dict[str, Any] | None | Unset
        if isinstance(self.string_field, Unset):
            string_field = UNSET
        elif isinstance(self.string_field, FormV1StringField):
            string_field = self.string_field.to_dict()
        else:
            string_field = self.string_field

        string_map_field: dict[str, Any] | None | Unset
        if isinstance(self.string_map_field, Unset):
            string_map_field = UNSET
        elif isinstance(self.string_map_field, FormStringMapField):
            string_map_field = self.string_map_field.to_dict()
        else:
            string_map_field = self.string_map_field

        string_slice_field: dict[str, Any] | None | Unset
        if isinstance(self.string_slice_field, Unset):
            string_slice_field = UNSET
        elif isinstance(self.string_slice_field, FormV1StringSliceField):
            string_slice_field = self.string_slice_field.to_dict()
        else:
            string_slice_field = self.string_slice_field

        user_config: dict[str, Any] | None | Unset
        if isinstance(self.user_config, Unset):
            user_config = UNSET
        elif isinstance(self.user_config, UserProviderConfig):
            user_config = self.user_config.to_dict()
        else:
            user_config = self.user_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_config is not UNSET:
            field_dict["adminConfig"] = admin_config
        if bool_field is not UNSET:
            field_dict["boolField"] = bool_field
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if file_field is not UNSET:
            field_dict["fileField"] = file_field
        if int_64_field is not UNSET:
            field_dict["int64Field"] = int_64_field
        if name is not UNSET:
            field_dict["name"] = name
        if oauth_2_field is not UNSET:
            field_dict["oauth2Field"] = oauth_2_field
        if required is not UNSET:
            field_dict["required"] = required
        if shared_config is not UNSET:
            field_dict["sharedConfig"] = shared_config
        if string_field is not UNSET:
            field_dict["stringField"] = string_field
        if string_map_field is not UNSET:
            field_dict["stringMapField"] = string_map_field
        if string_slice_field is not UNSET:
            field_dict["stringSliceField"] = string_slice_field
        if user_config is not UNSET:
            field_dict["userConfig"] = user_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_provider_config import AdminProviderConfig  # noqa: PLC0415
        from ..models.form_string_map_field import FormStringMapField  # noqa: PLC0415
        from ..models.form_v1_bool_field import FormV1BoolField  # noqa: PLC0415
        from ..models.form_v1_file_field import FormV1FileField  # noqa: PLC0415
        from ..models.form_v1_int_64_field import FormV1Int64Field  # noqa: PLC0415
        from ..models.form_v1_string_field import FormV1StringField  # noqa: PLC0415
        from ..models.form_v1_string_slice_field import FormV1StringSliceField  # noqa: PLC0415
        from ..models.oauth_2_field import Oauth2Field  # noqa: PLC0415
        from ..models.shared_provider_config import SharedProviderConfig  # noqa: PLC0415
        from ..models.user_provider_config import UserProviderConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_admin_config(data: object) -> AdminProviderConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            admin_config_type_0 = AdminProviderConfig.from_dict(data)

            return admin_config_type_0

        admin_config = _parse_admin_config(d.pop("adminConfig", UNSET))

        def _parse_bool_field(data: object) -> FormV1BoolField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bool_field_type_0 = FormV1BoolField.from_dict(data)

            return bool_field_type_0

        bool_field = _parse_bool_field(d.pop("boolField", UNSET))

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

        def _parse_file_field(data: object) -> FormV1FileField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            file_field_type_0 = FormV1FileField.from_dict(data)

            return file_field_type_0

        file_field = _parse_file_field(d.pop("fileField", UNSET))

        def _parse_int_64_field(data: object) -> FormV1Int64Field | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            int_64_field_type_0 = FormV1Int64Field.from_dict(data)

            return int_64_field_type_0

        int_64_field = _parse_int_64_field(d.pop("int64Field", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_oauth_2_field(data: object) -> None | Oauth2Field | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            oauth_2_field_type_0 = Oauth2Field.from_dict(data)

            return oauth_2_field_type_0

        oauth_2_field = _parse_oauth_2_field(d.pop("oauth2Field", UNSET))

        required = d.pop("required", UNSET)

        def _parse_shared_config(data: object) -> None | SharedProviderConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            shared_config_type_0 = SharedProviderConfig.from_dict(data)

            return shared_config_type_0

        shared_config = _parse_shared_config(d.pop("sharedConfig", UNSET))

        def _parse_string_field(data: object) -> FormV1StringField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            string_field_type_0 = FormV1StringField.from_dict(data)

            return string_field_type_0

        string_field = _parse_string_field(d.pop("stringField", UNSET))

        def _parse_string_map_field(data: object) -> FormStringMapField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            string_map_field_type_0 = FormStringMapField.from_dict(data)

            return string_map_field_type_0

        string_map_field = _parse_string_map_field(d.pop("stringMapField", UNSET))

        def _parse_string_slice_field(data: object) -> FormV1StringSliceField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            string_slice_field_type_0 = FormV1StringSliceField.from_dict(data)

            return string_slice_field_type_0

        string_slice_field = _parse_string_slice_field(d.pop("stringSliceField", UNSET))

        def _parse_user_config(data: object) -> None | Unset | UserProviderConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_config_type_0 = UserProviderConfig.from_dict(data)

            return user_config_type_0

        user_config = _parse_user_config(d.pop("userConfig", UNSET))

        form_v1_field = cls(
            admin_config=admin_config,
            bool_field=bool_field,
            description=description,
            display_name=display_name,
            file_field=file_field,
            int_64_field=int_64_field,
            name=name,
            oauth_2_field=oauth_2_field,
            required=required,
            shared_config=shared_config,
            string_field=string_field,
            string_map_field=string_map_field,
            string_slice_field=string_slice_field,
            user_config=user_config,
        )

        form_v1_field.additional_properties = d
        return form_v1_field

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
