from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormV1FieldRelationship")

# The JSON keys of FormV1FieldRelationship's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"atLeastOne", "dependentOn", "fieldNames", "mutuallyExclusive", "requiredTogether"})


@_attrs_define
class FormV1FieldRelationship:
    """
    Attributes:
        at_least_one (FormV1AtLeastOne | None | Unset):
        dependent_on (DependentOn | None | Unset):
        field_names (list[str] | None | Unset):
        mutually_exclusive (FormV1MutuallyExclusive | None | Unset):
        required_together (FormV1RequiredTogether | None | Unset):
    """

    at_least_one: FormV1AtLeastOne | None | Unset = UNSET
    dependent_on: DependentOn | None | Unset = UNSET
    field_names: list[str] | None | Unset = UNSET
    mutually_exclusive: FormV1MutuallyExclusive | None | Unset = UNSET
    required_together: FormV1RequiredTogether | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_least_one: dict[str, Any] | None | Unset
        if isinstance(self.at_least_one, Unset):
            at_least_one = UNSET
        elif isinstance(self.at_least_one, FormV1AtLeastOne):
            at_least_one = self.at_least_one.to_dict()
        else:
            at_least_one = self.at_least_one

        dependent_on: dict[str, Any] | None | Unset
        if isinstance(self.dependent_on, Unset):
            dependent_on = UNSET
        elif isinstance(self.dependent_on, DependentOn):
            dependent_on = self.dependent_on.to_dict()
        else:
            dependent_on = self.dependent_on

        field_names: list[str] | None | Unset
        if isinstance(self.field_names, Unset):
            field_names = UNSET
        elif isinstance(self.field_names, list):
            field_names = self.field_names

        else:
            field_names = self.field_names

        mutually_exclusive: dict[str, Any] | None | Unset
        if isinstance(self.mutually_exclusive, Unset):
            mutually_exclusive = UNSET
        elif isinstance(self.mutually_exclusive, FormV1MutuallyExclusive):
            mutually_exclusive = self.mutually_exclusive.to_dict()
        else:
            mutually_exclusive = self.mutually_exclusive

        required_together: dict[str, Any] | None | Unset
        if isinstance(self.required_together, Unset):
            required_together = UNSET
        elif isinstance(self.required_together, FormV1RequiredTogether):
            required_together = self.required_together.to_dict()
        else:
            required_together = self.required_together

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if at_least_one is not UNSET:
            field_dict["atLeastOne"] = at_least_one
        if dependent_on is not UNSET:
            field_dict["dependentOn"] = dependent_on
        if field_names is not UNSET:
            field_dict["fieldNames"] = field_names
        if mutually_exclusive is not UNSET:
            field_dict["mutuallyExclusive"] = mutually_exclusive
        if required_together is not UNSET:
            field_dict["requiredTogether"] = required_together

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "atLeastOne" in d:
            seen += 1
            _at_least_one = d["atLeastOne"]
            at_least_one: FormV1AtLeastOne | None | Unset
            if _at_least_one is UNSET or _at_least_one is None:
                at_least_one = _at_least_one
            else:
                if not isinstance(_at_least_one, dict):
                    raise TypeError()
                at_least_one_type_0 = FormV1AtLeastOne.from_dict(_at_least_one)

                at_least_one = at_least_one_type_0

        else:
            at_least_one = UNSET

        if "dependentOn" in d:
            seen += 1
            _dependent_on = d["dependentOn"]
            dependent_on: DependentOn | None | Unset
            if _dependent_on is UNSET or _dependent_on is None:
                dependent_on = _dependent_on
            else:
                if not isinstance(_dependent_on, dict):
                    raise TypeError()
                dependent_on_type_0 = DependentOn.from_dict(_dependent_on)

                dependent_on = dependent_on_type_0

        else:
            dependent_on = UNSET

        if "fieldNames" in d:
            seen += 1
            _field_names = d["fieldNames"]
            field_names: list[str] | None | Unset
            if _field_names is UNSET or _field_names is None:
                field_names = _field_names
            else:
                if not isinstance(_field_names, list):
                    raise TypeError()
                field_names_type_0: list[str] = _field_names

                field_names = field_names_type_0

        else:
            field_names = UNSET

        if "mutuallyExclusive" in d:
            seen += 1
            _mutually_exclusive = d["mutuallyExclusive"]
            mutually_exclusive: FormV1MutuallyExclusive | None | Unset
            if _mutually_exclusive is UNSET or _mutually_exclusive is None:
                mutually_exclusive = _mutually_exclusive
            else:
                if not isinstance(_mutually_exclusive, dict):
                    raise TypeError()
                mutually_exclusive_type_0 = FormV1MutuallyExclusive.from_dict(_mutually_exclusive)

                mutually_exclusive = mutually_exclusive_type_0

        else:
            mutually_exclusive = UNSET

        if "requiredTogether" in d:
            seen += 1
            _required_together = d["requiredTogether"]
            required_together: FormV1RequiredTogether | None | Unset
            if _required_together is UNSET or _required_together is None:
                required_together = _required_together
            else:
                if not isinstance(_required_together, dict):
                    raise TypeError()
                required_together_type_0 = FormV1RequiredTogether.from_dict(_required_together)

                required_together = required_together_type_0

        else:
            required_together = UNSET

        form_v1_field_relationship = cls.__new__(cls)
        form_v1_field_relationship.at_least_one = at_least_one
        form_v1_field_relationship.dependent_on = dependent_on
        form_v1_field_relationship.field_names = field_names
        form_v1_field_relationship.mutually_exclusive = mutually_exclusive
        form_v1_field_relationship.required_together = required_together
        if len(d) == seen:
            form_v1_field_relationship.additional_properties = {}
        else:
            form_v1_field_relationship.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return form_v1_field_relationship

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
from ..models.dependent_on import DependentOn  # noqa: E402
from ..models.form_v1_at_least_one import FormV1AtLeastOne  # noqa: E402
from ..models.form_v1_mutually_exclusive import FormV1MutuallyExclusive  # noqa: E402
from ..models.form_v1_required_together import FormV1RequiredTogether  # noqa: E402
