from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormStep")

# The JSON keys of FormStep's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"form"})


@_attrs_define
class FormStep:
    """
    Attributes:
        form (FormV1Form | None | Unset):
    """

    form: FormV1Form | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form: dict[str, Any] | None | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, FormV1Form):
            form = self.form.to_dict()
        else:
            form = self.form

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if form is not UNSET:
            field_dict["form"] = form

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "form" in d:
            seen += 1
            _form = d["form"]
            form: FormV1Form | None | Unset
            if _form is UNSET or _form is None:
                form = _form
            else:
                if not isinstance(_form, dict):
                    raise TypeError()
                form_type_0 = FormV1Form.from_dict(_form)

                form = form_type_0

        else:
            form = UNSET

        form_step = cls.__new__(cls)
        form_step.form = form
        if len(d) == seen:
            form_step.additional_properties = {}
        else:
            form_step.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_step

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
from ..models.form_v1_form import FormV1Form  # noqa: E402
