from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oauth2Field")

# The JSON keys of Oauth2Field's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"oauth2FieldView"})


@_attrs_define
class Oauth2Field:
    """
    Attributes:
        oauth_2_field_view (None | Oauth2FieldView | Unset):
    """

    oauth_2_field_view: None | Oauth2FieldView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_2_field_view: dict[str, Any] | None | Unset
        if isinstance(self.oauth_2_field_view, Unset):
            oauth_2_field_view = UNSET
        elif isinstance(self.oauth_2_field_view, Oauth2FieldView):
            oauth_2_field_view = self.oauth_2_field_view.to_dict()
        else:
            oauth_2_field_view = self.oauth_2_field_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if oauth_2_field_view is not UNSET:
            field_dict["oauth2FieldView"] = oauth_2_field_view

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "oauth2FieldView" in d:
            seen += 1
            _oauth_2_field_view = d["oauth2FieldView"]
            oauth_2_field_view: None | Oauth2FieldView | Unset
            if _oauth_2_field_view is UNSET or _oauth_2_field_view is None:
                oauth_2_field_view = _oauth_2_field_view
            else:
                if not isinstance(_oauth_2_field_view, dict):
                    raise TypeError()
                oauth_2_field_view_type_0 = Oauth2FieldView.from_dict(_oauth_2_field_view)

                oauth_2_field_view = oauth_2_field_view_type_0

        else:
            oauth_2_field_view = UNSET

        oauth_2_field = cls.__new__(cls)
        oauth_2_field.oauth_2_field_view = oauth_2_field_view
        if len(d) == seen:
            oauth_2_field.additional_properties = {}
        else:
            oauth_2_field.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return oauth_2_field

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
from ..models.oauth_2_field_view import Oauth2FieldView  # noqa: E402
