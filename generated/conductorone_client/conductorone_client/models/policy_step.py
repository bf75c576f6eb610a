from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyStep")

# The JSON keys of PolicyStep's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset({"accept", "action", "approval", "form", "provision", "reject", "wait"})


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "accept" in d:
            seen += 1
            _accept = d["accept"]
            accept: Accept | None | Unset
            if _accept is UNSET or _accept is None:
                accept = _accept
            else:
                if not isinstance(_accept, dict):
                    raise TypeError()
                accept_type_0 = Accept.from_dict(_accept)

                accept = accept_type_0

        else:
            accept = UNSET

        if "action" in d:
            seen += 1
            _action = d["action"]
            action: Action | None | Unset
            if _action is UNSET or _action is None:
                action = _action
            else:
                if not isinstance(_action, dict):
                    raise TypeError()
                action_type_0 = Action.from_dict(_action)

                action = action_type_0

        else:
            action = UNSET

        if "approval" in d:
            seen += 1
            _approval = d["approval"]
            approval: Approval | None | Unset
            if _approval is UNSET or _approval is None:
                approval = _approval
            else:
                if not isinstance(_approval, dict):
                    raise TypeError()
                approval_type_0 = Approval.from_dict(_approval)

                approval = approval_type_0

        else:
            approval = UNSET

        if "form" in d:
            seen += 1
            _form = d["form"]
            form: FormStep | None | Unset
            if _form is UNSET or _form is None:
                form = _form
            else:
                if not isinstance(_form, dict):
                    raise TypeError()
                form_type_0 = FormStep.from_dict(_form)

                form = form_type_0

        else:
            form = UNSET

        if "provision" in d:
            seen += 1
            _provision = d["provision"]
            provision: None | Provision | Unset
            if _provision is UNSET or _provision is None:
                provision = _provision
            else:
                if not isinstance(_provision, dict):
                    raise TypeError()
                provision_type_0 = Provision.from_dict(_provision)

                provision = provision_type_0

        else:
            provision = UNSET

        if "reject" in d:
            seen += 1
            _reject = d["reject"]
            reject: None | Reject | Unset
            if _reject is UNSET or _reject is None:
                reject = _reject
            else:
                if not isinstance(_reject, dict):
                    raise TypeError()
                reject_type_0 = Reject.from_dict(_reject)

                reject = reject_type_0

        else:
            reject = UNSET

        if "wait" in d:
            seen += 1
            _wait = d["wait"]
            wait: None | Unset | Wait
            if _wait is UNSET or _wait is None:
                wait = _wait
            else:
                if not isinstance(_wait, dict):
                    raise TypeError()
                wait_type_0 = Wait.from_dict(_wait)

                wait = wait_type_0

        else:
            wait = UNSET

        policy_step = cls.__new__(cls)
        policy_step.accept = accept
        policy_step.action = action
        policy_step.approval = approval
        policy_step.form = form
        policy_step.provision = provision
        policy_step.reject = reject
        policy_step.wait = wait
        if len(d) == seen:
            policy_step.additional_properties = {}
        else:
            policy_step.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.accept import Accept  # noqa: E402
from ..models.action import Action  # noqa: E402
from ..models.approval import Approval  # noqa: E402
from ..models.form_step import FormStep  # noqa: E402
from ..models.provision import Provision  # noqa: E402
from ..models.reject import Reject  # noqa: E402
from ..models.wait import Wait  # noqa: E402
