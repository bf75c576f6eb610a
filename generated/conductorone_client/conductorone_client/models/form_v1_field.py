from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1Field")

# The JSON keys of FormV1Field's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "adminConfig",
        "boolField",
        "description",
        "displayName",
        "fileField",
        "int64Field",
        "name",
        "oauth2Field",
        "required",
        "sharedConfig",
        "stringField",
        "stringMapField",
        "stringSliceField",
        "userConfig",
    }
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "adminConfig" in d:
            seen += 1
            _admin_config = d["adminConfig"]
            admin_config: AdminProviderConfig | None | Unset
            if _admin_config is UNSET or _admin_config is None:
                admin_config = _admin_config
            else:
                if not isinstance(_admin_config, dict):
                    raise TypeError()
                admin_config_type_0 = AdminProviderConfig.from_dict(_admin_config)

                admin_config = admin_config_type_0

        else:
            admin_config = UNSET

        if "boolField" in d:
            seen += 1
            _bool_field = d["boolField"]
            bool_field: FormV1BoolField | None | Unset
            if _bool_field is UNSET or _bool_field is None:
                bool_field = _bool_field
            else:
                if not isinstance(_bool_field, dict):
                    raise TypeError()
                bool_field_type_0 = FormV1BoolField.from_dict(_bool_field)

                bool_field = bool_field_type_0

        else:
            bool_field = UNSET

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

        if "fileField" in d:
            seen += 1
            _file_field = d["fileField"]
            file_field: FormV1FileField | None | Unset
            if _file_field is UNSET or _file_field is None:
                file_field = _file_field
            else:
                if not isinstance(_file_field, dict):
                    raise TypeError()
                file_field_type_0 = FormV1FileField.from_dict(_file_field)

                file_field = file_field_type_0

        else:
            file_field = UNSET

        if "int64Field" in d:
            seen += 1
            _int_64_field = d["int64Field"]
            int_64_field: FormV1Int64Field | None | Unset
            if _int_64_field is UNSET or _int_64_field is None:
                int_64_field = _int_64_field
            else:
                if not isinstance(_int_64_field, dict):
                    raise TypeError()
                int_64_field_type_0 = FormV1Int64Field.from_dict(_int_64_field)

                int_64_field = int_64_field_type_0

        else:
            int_64_field = UNSET

        if "name" in d:
            seen += 1
            name: None | str | Unset = d["name"]

        else:
            name = UNSET

        if "oauth2Field" in d:
            seen += 1
            _oauth_2_field = d["oauth2Field"]
            oauth_2_field: None | Oauth2Field | Unset
            if _oauth_2_field is UNSET or _oauth_2_field is None:
                oauth_2_field = _oauth_2_field
            else:
                if not isinstance(_oauth_2_field, dict):
                    raise TypeError()
                oauth_2_field_type_0 = Oauth2Field.from_dict(_oauth_2_field)

                oauth_2_field = oauth_2_field_type_0

        else:
            oauth_2_field = UNSET

        if "required" in d:
            seen += 1
            required: bool | Unset = d["required"]
        else:
            required = UNSET

        if "sharedConfig" in d:
            seen += 1
            _shared_config = d["sharedConfig"]
            shared_config: None | SharedProviderConfig | Unset
            if _shared_config is UNSET or _shared_config is None:
                shared_config = _shared_config
            else:
                if not isinstance(_shared_config, dict):
                    raise TypeError()
                shared_config_type_0 = SharedProviderConfig.from_dict(_shared_config)

                shared_config = shared_config_type_0

        else:
            shared_config = UNSET

        if "stringField" in d:
            seen += 1
            _string_field = d["stringField"]
            string_field: FormV1StringField | None | Unset
            if _string_field is UNSET or _string_field is None:
                string_field = _string_field
            else:
                if not isinstance(_string_field, dict):
                    raise TypeError()
                string_field_type_0 = FormV1StringField.from_dict(_string_field)

                string_field = string_field_type_0

        else:
            string_field = UNSET

        if "stringMapField" in d:
            seen += 1
            _string_map_field = d["stringMapField"]
            string_map_field: FormStringMapField | None | Unset
            if _string_map_field is UNSET or _string_map_field is None:
                string_map_field = _string_map_field
            else:
                if not isinstance(_string_map_field, dict):
                    raise TypeError()
                string_map_field_type_0 = FormStringMapField.from_dict(_string_map_field)

                string_map_field = string_map_field_type_0

        else:
            string_map_field = UNSET

        if "stringSliceField" in d:
            seen += 1
            _string_slice_field = d["stringSliceField"]
            string_slice_field: FormV1StringSliceField | None | Unset
            if _string_slice_field is UNSET or _string_slice_field is None:
                string_slice_field = _string_slice_field
            else:
                if not isinstance(_string_slice_field, dict):
                    raise TypeError()
                string_slice_field_type_0 = FormV1StringSliceField.from_dict(_string_slice_field)

                string_slice_field = string_slice_field_type_0

        else:
            string_slice_field = UNSET

        if "userConfig" in d:
            seen += 1
            _user_config = d["userConfig"]
            user_config: None | Unset | UserProviderConfig
            if _user_config is UNSET or _user_config is None:
                user_config = _user_config
            else:
                if not isinstance(_user_config, dict):
                    raise TypeError()
                user_config_type_0 = UserProviderConfig.from_dict(_user_config)

                user_config = user_config_type_0

        else:
            user_config = UNSET

        form_v1_field = cls.__new__(cls)
        form_v1_field.admin_config = admin_config
        form_v1_field.bool_field = bool_field
        form_v1_field.description = description
        form_v1_field.display_name = display_name
        form_v1_field.file_field = file_field
        form_v1_field.int_64_field = int_64_field
        form_v1_field.name = name
        form_v1_field.oauth_2_field = oauth_2_field
        form_v1_field.required = required
        form_v1_field.shared_config = shared_config
        form_v1_field.string_field = string_field
        form_v1_field.string_map_field = string_map_field
        form_v1_field.string_slice_field = string_slice_field
        form_v1_field.user_config = user_config
        if len(d) == seen:
            form_v1_field.additional_properties = {}
        else:
            form_v1_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.admin_provider_config import AdminProviderConfig  # noqa: E402
from ..models.form_string_map_field import FormStringMapField  # noqa: E402
from ..models.form_v1_bool_field import FormV1BoolField  # noqa: E402
from ..models.form_v1_file_field import FormV1FileField  # noqa: E402
from ..models.form_v1_int_64_field import FormV1Int64Field  # noqa: E402
from ..models.form_v1_string_field import FormV1StringField  # noqa: E402
from ..models.form_v1_string_slice_field import FormV1StringSliceField  # noqa: E402
from ..models.oauth_2_field import Oauth2Field  # noqa: E402
from ..models.shared_provider_config import SharedProviderConfig  # noqa: E402
from ..models.user_provider_config import UserProviderConfig  # noqa: E402
