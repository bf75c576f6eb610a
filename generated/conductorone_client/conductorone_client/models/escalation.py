from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_ticket import CancelTicket
    from ..models.escalation_reassign_to_approvers import EscalationReassignToApprovers
    from ..models.escalation_replace_policy import EscalationReplacePolicy
    from ..models.skip_step import SkipStep


T = TypeVar("T", bound="Escalation")


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
        from ..models.cancel_ticket import CancelTicket  # noqa: PLC0415
        from ..models.escalation_reassign_to_approvers import EscalationReassignToApprovers  # noqa: PLC0415
        from ..models.escalation_replace_policy import EscalationReplacePolicy  # noqa: PLC0415
        from ..models.skip_step import SkipStep  # noqa: PLC0415

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
        field_dict.update({})
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
        from ..models.cancel_ticket import CancelTicket  # noqa: PLC0415
        from ..models.escalation_reassign_to_approvers import EscalationReassignToApprovers  # noqa: PLC0415
        from ..models.escalation_replace_policy import EscalationReplacePolicy  # noqa: PLC0415
        from ..models.skip_step import SkipStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cancel_ticket(data: object) -> CancelTicket | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cancel_ticket_type_0 = CancelTicket.from_dict(data)

            return cancel_ticket_type_0

        cancel_ticket = _parse_cancel_ticket(d.pop("cancelTicket", UNSET))

        def _parse_escalation_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escalation_comment = _parse_escalation_comment(d.pop("escalationComment", UNSET))

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        def _parse_reassign_to_approvers(data: object) -> EscalationReassignToApprovers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            reassign_to_approvers_type_0 = EscalationReassignToApprovers.from_dict(data)

            return reassign_to_approvers_type_0

        reassign_to_approvers = _parse_reassign_to_approvers(d.pop("reassignToApprovers", UNSET))

        def _parse_replace_policy(data: object) -> EscalationReplacePolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            replace_policy_type_0 = EscalationReplacePolicy.from_dict(data)

            return replace_policy_type_0

        replace_policy = _parse_replace_policy(d.pop("replacePolicy", UNSET))

        def _parse_skip_step(data: object) -> None | SkipStep | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            skip_step_type_0 = SkipStep.from_dict(data)

            return skip_step_type_0

        skip_step = _parse_skip_step(d.pop("skipStep", UNSET))

        escalation = cls(
            cancel_ticket=cancel_ticket,
            escalation_comment=escalation_comment,
            expiration=expiration,
            reassign_to_approvers=reassign_to_approvers,
            replace_policy=replace_policy,
            skip_step=skip_step,
        )

        escalation.additional_properties = d
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
