from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Escalation")

# The JSON keys of Escalation's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"cancelTicket", "escalationComment", "expiration", "reassignToApprovers", "replacePolicy", "skipStep"}
)


@_attrs_define
class Escalation:
    """What happens when an approval step expires.

    Attributes:
        cancel_ticket (CancelTicket | None | Unset):
        escalation_comment (None | str | Unset):
        expiration (None | str | Unset):
        reassign_to_approvers (EscalationReassignToApprovers | None | Unset):
        replace_policy (EscalationReplacePolicy | None | Unset):
        skip_step (None | SkipStep | Unset):
    """

    cancel_ticket: CancelTicket | None | Unset = UNSET
    escalation_comment: None | str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    reassign_to_approvers: EscalationReassignToApprovers | None | Unset = UNSET
    replace_policy: EscalationReplacePolicy | None | Unset = UNSET
    skip_step: None | SkipStep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_ticket: dict[str, Any] | None | Unset
        if isinstance(self.cancel_ticket, Unset):
            cancel_ticket = UNSET
        elif isinstance(self.cancel_ticket, CancelTicket):
            cancel_ticket = self.cancel_ticket.to_dict()
        else:
            cancel_ticket = self.cancel_ticket

        escalation_comment: None | str | Unset
        if isinstance(self.escalation_comment, Unset):
            escalation_comment = UNSET
        else:
            escalation_comment = self.escalation_comment

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        reassign_to_approvers: dict[str, Any] | None | Unset
        if isinstance(self.reassign_to_approvers, Unset):
            reassign_to_approvers = UNSET
        elif isinstance(self.reassign_to_approvers, EscalationReassignToApprovers):
            reassign_to_approvers = self.reassign_to_approvers.to_dict()
        else:
            reassign_to_approvers = self.reassign_to_approvers

        replace_policy: dict[str, Any] | None | Unset
        if isinstance(self.replace_policy, Unset):
            replace_policy = UNSET
        elif isinstance(self.replace_policy, EscalationReplacePolicy):
            replace_policy = self.replace_policy.to_dict()
        else:
            replace_policy = self.replace_policy

        skip_step: dict[str, Any] | None | Unset
        if isinstance(self.skip_step, Unset):
            skip_step = UNSET
        elif isinstance(self.skip_step, SkipStep):
            skip_step = self.skip_step.to_dict()
        else:
            skip_step = self.skip_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cancel_ticket is not UNSET:
            field_dict["cancelTicket"] = cancel_ticket
        if escalation_comment is not UNSET:
            field_dict["escalationComment"] = escalation_comment
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if reassign_to_approvers is not UNSET:
            field_dict["reassignToApprovers"] = reassign_to_approvers
        if replace_policy is not UNSET:
            field_dict["replacePolicy"] = replace_policy
        if skip_step is not UNSET:
            field_dict["skipStep"] = skip_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "cancelTicket" in d:
            seen += 1
            _cancel_ticket = d["cancelTicket"]
            cancel_ticket: CancelTicket | None | Unset
            if _cancel_ticket is UNSET or _cancel_ticket is None:
                cancel_ticket = _cancel_ticket
            else:
                if not isinstance(_cancel_ticket, dict):
                    raise TypeError()
                cancel_ticket_type_0 = CancelTicket.from_dict(_cancel_ticket)

                cancel_ticket = cancel_ticket_type_0

        else:
            cancel_ticket = UNSET

        if "escalationComment" in d:
            seen += 1
            escalation_comment: None | str | Unset = d["escalationComment"]

        else:
            escalation_comment = UNSET

        if "expiration" in d:
            seen += 1
            expiration: None | str | Unset = d["expiration"]

        else:
            expiration = UNSET

        if "reassignToApprovers" in d:
            seen += 1
            _reassign_to_approvers = d["reassignToApprovers"]
            reassign_to_approvers: EscalationReassignToApprovers | None | Unset
            if _reassign_to_approvers is UNSET or _reassign_to_approvers is None:
                reassign_to_approvers = _reassign_to_approvers
            else:
                if not isinstance(_reassign_to_approvers, dict):
                    raise TypeError()
                reassign_to_approvers_type_0 = EscalationReassignToApprovers.from_dict(_reassign_to_approvers)

                reassign_to_approvers = reassign_to_approvers_type_0

        else:
            reassign_to_approvers = UNSET

        if "replacePolicy" in d:
            seen += 1
            _replace_policy = d["replacePolicy"]
            replace_policy: EscalationReplacePolicy | None | Unset
            if _replace_policy is UNSET or _replace_policy is None:
                replace_policy = _replace_policy
            else:
                if not isinstance(_replace_policy, dict):
                    raise TypeError()
                replace_policy_type_0 = EscalationReplacePolicy.from_dict(_replace_policy)

                replace_policy = replace_policy_type_0

        else:
            replace_policy = UNSET

        if "skipStep" in d:
            seen += 1
            _skip_step = d["skipStep"]
            skip_step: None | SkipStep | Unset
            if _skip_step is UNSET or _skip_step is None:
                skip_step = _skip_step
            else:
                if not isinstance(_skip_step, dict):
                    raise TypeError()
                skip_step_type_0 = SkipStep.from_dict(_skip_step)

                skip_step = skip_step_type_0

        else:
            skip_step = UNSET

        escalation = cls.__new__(cls)
        escalation.cancel_ticket = cancel_ticket
        escalation.escalation_comment = escalation_comment
        escalation.expiration = expiration
        escalation.reassign_to_approvers = reassign_to_approvers
        escalation.replace_policy = replace_policy
        escalation.skip_step = skip_step
        if len(d) == seen:
            escalation.additional_properties = {}
        else:
            escalation.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return escalation

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
from ..models.cancel_ticket import CancelTicket  # noqa: E402
from ..models.escalation_reassign_to_approvers import EscalationReassignToApprovers  # noqa: E402
from ..models.escalation_replace_policy import EscalationReplacePolicy  # noqa: E402
from ..models.skip_step import SkipStep  # noqa: E402
