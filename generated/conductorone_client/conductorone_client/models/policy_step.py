from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accept import Accept
    from ..models.action import Action
    from ..models.approval import Approval
    from ..models.form_step import FormStep
    from ..models.provision import Provision
    from ..models.reject import Reject
    from ..models.wait import Wait


T = TypeVar("T", bound="PolicyStep")


@_attrs_define
class PolicyStep:
    """One step of a policy; normally one of its fields is set.

    Attributes:
        accept (Accept | None | Unset):
        action (Action | None | Unset):
        approval (Approval | None | Unset):
        form (FormStep | None | Unset):
        provision (None | Provision | Unset):
        reject (None | Reject | Unset):
        wait (None | Unset | Wait):
    """

    accept: Accept | None | Unset = UNSET
    action: Action | None | Unset = UNSET
    approval: Approval | None | Unset = UNSET
    form: FormStep | None | Unset = UNSET
    provision: None | Provision | Unset = UNSET
    reject: None | Reject | Unset = UNSET
    wait: None | Unset | Wait = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accept import Accept  # noqa: PLC0415
        from ..models.action import Action  # noqa: PLC0415
        from ..models.approval import Approval  # noqa: PLC0415
        from ..models.form_step import FormStep  # noqa: PLC0415
        from ..models.provision import Provision  # noqa: PLC0415
        from ..models.reject import Reject  # noqa: PLC0415
        from ..models.wait import Wait  # noqa: PLC0415

        accept: dict[str, Any] | None | Unset
        if isinstance(self.accept, Unset):
            accept = UNSET
        elif isinstance(self.accept, Accept):
            accept = self.accept.to_dict()
        else:
            accept = self.accept

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, Action):
            action = self.action.to_dict()
        else:
            action = self.action

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, Approval):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        form: dict[str, Any] | None | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        elif isinstance(self.form, FormStep):
            form = self.form.to_dict()
        else:
            form = self.form

        provision: dict[str, Any] | None | Unset
        if isinstance(self.provision, Unset):
            provision = UNSET
        elif isinstance(self.provision, Provision):
            provision = self.provision.to_dict()
        else:
            provision = self.provision

        reject: dict[str, Any] | None | Unset
        if isinstance(self.reject, Unset):
            reject = UNSET
        elif isinstance(self.reject, Reject):
            reject = self.reject.to_dict()
        else:
            reject = self.reject

        wait: dict[str, Any] | None | Unset
        if isinstance(self.wait, Unset):
            wait = UNSET
        elif isinstance(self.wait, Wait):
            wait = self.wait.to_dict()
        else:
            wait = self.wait

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accept is not UNSET:
            field_dict["accept"] = accept
        if action is not UNSET:
            field_dict["action"] = action
        if approval is not UNSET:
            field_dict["approval"] = approval
        if form is not UNSET:
            field_dict["form"] = form
        if provision is not UNSET:
            field_dict["provision"] = provision
        if reject is not UNSET:
            field_dict["reject"] = reject
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accept import Accept  # noqa: PLC0415
        from ..models.action import Action  # noqa: PLC0415
        from ..models.approval import Approval  # noqa: PLC0415
        from ..models.form_step import FormStep  # noqa: PLC0415
        from ..models.provision import Provision  # noqa: PLC0415
        from ..models.reject import Reject  # noqa: PLC0415
        from ..models.wait import Wait  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accept(data: object) -> Accept | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            accept_type_0 = Accept.from_dict(data)

            return accept_type_0

        accept = _parse_accept(d.pop("accept", UNSET))

        def _parse_action(data: object) -> Action | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            action_type_0 = Action.from_dict(data)

            return action_type_0

        action = _parse_action(d.pop("action", UNSET))

        def _parse_approval(data: object) -> Approval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            approval_type_0 = Approval.from_dict(data)

            return approval_type_0

        approval = _parse_approval(d.pop("approval", UNSET))

        def _parse_form(data: object) -> FormStep | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            form_type_0 = FormStep.from_dict(data)

            return form_type_0

        form = _parse_form(d.pop("form", UNSET))

        def _parse_provision(data: object) -> None | Provision | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            provision_type_0 = Provision.from_dict(data)

            return provision_type_0

        provision = _parse_provision(d.pop("provision", UNSET))

        def _parse_reject(data: object) -> None | Reject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            reject_type_0 = Reject.from_dict(data)

            return reject_type_0

        reject = _parse_reject(d.pop("reject", UNSET))

        def _parse_wait(data: object) -> None | Unset | Wait:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            wait_type_0 = Wait.from_dict(data)

            return wait_type_0

        wait = _parse_wait(d.pop("wait", UNSET))

        policy_step = cls(
            accept=accept,
            action=action,
            approval=approval,
            form=form,
            provision=provision,
            reject=reject,
            wait=wait,
        )

        policy_step.additional_properties = d
        return policy_step

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
