from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dependent_on import DependentOn
    from ..models.form_v1_at_least_one import FormV1AtLeastOne
    from ..models.form_v1_mutually_exclusive import FormV1MutuallyExclusive
    from ..models.form_v1_required_together import FormV1RequiredTogether


T = TypeVar("T", bound="FormV1FieldRelationship")


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
        from ..models.dependent_on import DependentOn  # noqa: PLC0415
        from ..models.form_v1_at_least_one import FormV1AtLeastOne  # noqa: PLC0415
        from ..models.form_v1_mutually_exclusive import FormV1MutuallyExclusive  # noqa: PLC0415
        from ..models.form_v1_required_together import FormV1RequiredTogether  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.dependent_on import DependentOn  # noqa: PLC0415
        from ..models.form_v1_at_least_one import FormV1AtLeastOne  # noqa: PLC0415
        from ..models.form_v1_mutually_exclusive import FormV1MutuallyExclusive  # noqa: PLC0415
        from ..models.form_v1_required_together import FormV1RequiredTogether  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_at_least_one(data: object) -> FormV1AtLeastOne | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            at_least_one_type_0 = FormV1AtLeastOne.from_dict(data)

            return at_least_one_type_0

        at_least_one = _parse_at_least_one(d.pop("atLeastOne", UNSET))

        def _parse_dependent_on(data: object) -> DependentOn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            dependent_on_type_0 = DependentOn.from_dict(data)

            return dependent_on_type_0

        dependent_on = _parse_dependent_on(d.pop("dependentOn", UNSET))

        def _parse_field_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            field_names_type_0 = cast(list[str], data)

            return field_names_type_0

        field_names = _parse_field_names(d.pop("fieldNames", UNSET))

        def _parse_mutually_exclusive(data: object) -> FormV1MutuallyExclusive | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            mutually_exclusive_type_0 = FormV1MutuallyExclusive.from_dict(data)

            return mutually_exclusive_type_0

        mutually_exclusive = _parse_mutually_exclusive(d.pop("mutuallyExclusive", UNSET))

        def _parse_required_together(data: object) -> FormV1RequiredTogether | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            required_together_type_0 = FormV1RequiredTogether.from_dict(data)

            return required_together_type_0

        required_together = _parse_required_together(d.pop("requiredTogether", UNSET))

        form_v1_field_relationship = cls(
            at_least_one=at_least_one,
            dependent_on=dependent_on,
            field_names=field_names,
            mutually_exclusive=mutually_exclusive,
            required_together=required_together,
        )

        form_v1_field_relationship.additional_properties = d
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
