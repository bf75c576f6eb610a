from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_provision import ActionProvision
    from ..models.connector_provision import ConnectorProvision
    from ..models.delegated_provision import DelegatedProvision
    from ..models.external_ticket_provision import ExternalTicketProvision
    from ..models.manual_provision import ManualProvision
    from ..models.multi_step import MultiStep
    from ..models.unconfigured_provision import UnconfiguredProvision
    from ..models.webhook_provision import WebhookProvision


T = TypeVar("T", bound="ProvisionPolicy")


@_attrs_define
class ProvisionPolicy:
    """How to provision; normally one of its fields is set.

    Attributes:
        action (ActionProvision | None | Unset):
        connector (ConnectorProvision | None | Unset):
        delegated (DelegatedProvision | None | Unset):
        external_ticket (ExternalTicketProvision | None | Unset):
        manual (ManualProvision | None | Unset):
        multi_step (MultiStep | None | Unset):
        unconfigured (None | UnconfiguredProvision | Unset):
        webhook (None | Unset | WebhookProvision):
    """

    action: ActionProvision | None | Unset = UNSET
    connector: ConnectorProvision | None | Unset = UNSET
    delegated: DelegatedProvision | None | Unset = UNSET
    external_ticket: ExternalTicketProvision | None | Unset = UNSET
    manual: ManualProvision | None | Unset = UNSET
    multi_step: MultiStep | None | Unset = UNSET
    unconfigured: None | UnconfiguredProvision | Unset = UNSET
    webhook: None | Unset | WebhookProvision = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_provision import ActionProvision  # noqa: PLC0415
        from ..models.connector_provision import ConnectorProvision  # noqa: PLC0415
        from ..models.delegated_provision import DelegatedProvision  # noqa: PLC0415
        from ..models.external_ticket_provision import ExternalTicketProvision  # noqa: PLC0415
        from ..models.manual_provision import ManualProvision  # noqa: PLC0415
        from ..models.multi_step import MultiStep  # noqa: PLC0415
        from ..models.unconfigured_provision import UnconfiguredProvision  # noqa: PLC0415
        from ..models.webhook_provision import WebhookProvision  # noqa: PLC0415

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ActionProvision):
            action = self.action.to_dict()
        else:
            action = self.action

        connector: dict[str, Any] | None | Unset
        if isinstance(self.connector, Unset):
            connector = UNSET
        elif isinstance(self.connector, ConnectorProvision):
            connector = self.connector.to_dict()
        else:
            connector = self.connector

        delegated: dict[str, Any] | None | Unset
        if isinstance(self.delegated, Unset):
            delegated = UNSET
        elif isinstance(self.delegated, DelegatedProvision):
            delegated = self.delegated.to_dict()
        else:
            delegated = self.delegated

        external_ticket: dict[str, Any] | None | Unset
        if isinstance(self.external_ticket, Unset):
            external_ticket = UNSET
        elif isinstance(self.external_ticket, ExternalTicketProvision):
            external_ticket = self.external_ticket.to_dict()
        else:
            external_ticket = self.external_ticket

        manual: dict[str, Any] | None | Unset
        if isinstance(self.manual, Unset):
            manual = UNSET
        elif isinstance(self.manual, ManualProvision):
            manual = self.manual.to_dict()
        else:
            manual = self.manual

        multi_step: dict[str, Any] | None | Unset
        if isinstance(self.multi_step, Unset):
            multi_step = UNSET
        elif isinstance(self.multi_step, MultiStep):
            multi_step = self.multi_step.to_dict()
        else:
            multi_step = self.multi_step

        unconfigured: dict[str, Any] | None | Unset
        if isinstance(self.unconfigured, Unset):
            unconfigured = UNSET
        elif isinstance(self.unconfigured, UnconfiguredProvision):
            unconfigured = self.unconfigured.to_dict()
        else:
            unconfigured = self.unconfigured

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookProvision):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if connector is not UNSET:
            field_dict["connector"] = connector
        if delegated is not UNSET:
            field_dict["delegated"] = delegated
        if external_ticket is not UNSET:
            field_dict["externalTicket"] = external_ticket
        if manual is not UNSET:
            field_dict["manual"] = manual
        if multi_step is not UNSET:
            field_dict["multiStep"] = multi_step
        if unconfigured is not UNSET:
            field_dict["unconfigured"] = unconfigured
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_provision import ActionProvision  # noqa: PLC0415
        from ..models.connector_provision import ConnectorProvision  # noqa: PLC0415
        from ..models.delegated_provision import DelegatedProvision  # noqa: PLC0415
        from ..models.external_ticket_provision import ExternalTicketProvision  # noqa: PLC0415
        from ..models.manual_provision import ManualProvision  # noqa: PLC0415
        from ..models.multi_step import MultiStep  # noqa: PLC0415
        from ..models.unconfigured_provision import UnconfiguredProvision  # noqa: PLC0415
        from ..models.webhook_provision import WebhookProvision  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> ActionProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            action_type_0 = ActionProvision.from_dict(data)

            return action_type_0

        action = _parse_action(d.pop("action", UNSET))

        def _parse_connector(data: object) -> ConnectorProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            connector_type_0 = ConnectorProvision.from_dict(data)

            return connector_type_0

        connector = _parse_connector(d.pop("connector", UNSET))

        def _parse_delegated(data: object) -> DelegatedProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            delegated_type_0 = DelegatedProvision.from_dict(data)

            return delegated_type_0

        delegated = _parse_delegated(d.pop("delegated", UNSET))

        def _parse_external_ticket(data: object) -> ExternalTicketProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            external_ticket_type_0 = ExternalTicketProvision.from_dict(data)

            return external_ticket_type_0

        external_ticket = _parse_external_ticket(d.pop("externalTicket", UNSET))

        def _parse_manual(data: object) -> ManualProvision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            manual_type_0 = ManualProvision.from_dict(data)

            return manual_type_0

        manual = _parse_manual(d.pop("manual", UNSET))

        def _parse_multi_step(data: object) -> MultiStep | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            multi_step_type_0 = MultiStep.from_dict(data)

            return multi_step_type_0

        multi_step = _parse_multi_step(d.pop("multiStep", UNSET))

        def _parse_unconfigured(data: object) -> None | UnconfiguredProvision | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            unconfigured_type_0 = UnconfiguredProvision.from_dict(data)

            return unconfigured_type_0

        unconfigured = _parse_unconfigured(d.pop("unconfigured", UNSET))

        def _parse_webhook(data: object) -> None | Unset | WebhookProvision:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            webhook_type_0 = WebhookProvision.from_dict(data)

            return webhook_type_0

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        provision_policy = cls(
            action=action,
            connector=connector,
            delegated=delegated,
            external_ticket=external_ticket,
            manual=manual,
            multi_step=multi_step,
            unconfigured=unconfigured,
            webhook=webhook,
        )

        provision_policy.additional_properties = d
        return provision_policy

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
