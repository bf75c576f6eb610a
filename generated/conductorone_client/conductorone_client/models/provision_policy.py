from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionPolicy")

# The JSON keys of ProvisionPolicy's properties; from_dict keeps any other key in additional_properties.
_KNOWN_KEYS = frozenset(
    {"action", "connector", "delegated", "externalTicket", "manual", "multiStep", "unconfigured", "webhook"}
)


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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        seen = 0
        if "action" in d:
            seen += 1
            _action = d["action"]
            action: ActionProvision | None | Unset
            if _action is UNSET or _action is None:
                action = _action
            else:
                if not isinstance(_action, dict):
                    raise TypeError()
                action_type_0 = ActionProvision.from_dict(_action)

                action = action_type_0

        else:
            action = UNSET

        if "connector" in d:
            seen += 1
            _connector = d["connector"]
            connector: ConnectorProvision | None | Unset
            if _connector is UNSET or _connector is None:
                connector = _connector
            else:
                if not isinstance(_connector, dict):
                    raise TypeError()
                connector_type_0 = ConnectorProvision.from_dict(_connector)

                connector = connector_type_0

        else:
            connector = UNSET

        if "delegated" in d:
            seen += 1
            _delegated = d["delegated"]
            delegated: DelegatedProvision | None | Unset
            if _delegated is UNSET or _delegated is None:
                delegated = _delegated
            else:
                if not isinstance(_delegated, dict):
                    raise TypeError()
                delegated_type_0 = DelegatedProvision.from_dict(_delegated)

                delegated = delegated_type_0

        else:
            delegated = UNSET

        if "externalTicket" in d:
            seen += 1
            _external_ticket = d["externalTicket"]
            external_ticket: ExternalTicketProvision | None | Unset
            if _external_ticket is UNSET or _external_ticket is None:
                external_ticket = _external_ticket
            else:
                if not isinstance(_external_ticket, dict):
                    raise TypeError()
                external_ticket_type_0 = ExternalTicketProvision.from_dict(_external_ticket)

                external_ticket = external_ticket_type_0

        else:
            external_ticket = UNSET

        if "manual" in d:
            seen += 1
            _manual = d["manual"]
            manual: ManualProvision | None | Unset
            if _manual is UNSET or _manual is None:
                manual = _manual
            else:
                if not isinstance(_manual, dict):
                    raise TypeError()
                manual_type_0 = ManualProvision.from_dict(_manual)

                manual = manual_type_0

        else:
            manual = UNSET

        if "multiStep" in d:
            seen += 1
            _multi_step = d["multiStep"]
            multi_step: MultiStep | None | Unset
            if _multi_step is UNSET or _multi_step is None:
                multi_step = _multi_step
            else:
                if not isinstance(_multi_step, dict):
                    raise TypeError()
                multi_step_type_0 = MultiStep.from_dict(_multi_step)

                multi_step = multi_step_type_0

        else:
            multi_step = UNSET

        if "unconfigured" in d:
            seen += 1
            _unconfigured = d["unconfigured"]
            unconfigured: None | UnconfiguredProvision | Unset
            if _unconfigured is UNSET or _unconfigured is None:
                unconfigured = _unconfigured
            else:
                if not isinstance(_unconfigured, dict):
                    raise TypeError()
                unconfigured_type_0 = UnconfiguredProvision.from_dict(_unconfigured)

                unconfigured = unconfigured_type_0

        else:
            unconfigured = UNSET

        if "webhook" in d:
            seen += 1
            _webhook = d["webhook"]
            webhook: None | Unset | WebhookProvision
            if _webhook is UNSET or _webhook is None:
                webhook = _webhook
            else:
                if not isinstance(_webhook, dict):
                    raise TypeError()
                webhook_type_0 = WebhookProvision.from_dict(_webhook)

                webhook = webhook_type_0

        else:
            webhook = UNSET

        provision_policy = cls.__new__(cls)
        provision_policy.action = action
        provision_policy.connector = connector
        provision_policy.delegated = delegated
        provision_policy.external_ticket = external_ticket
        provision_policy.manual = manual
        provision_policy.multi_step = multi_step
        provision_policy.unconfigured = unconfigured
        provision_policy.webhook = webhook
        if len(d) == seen:
            provision_policy.additional_properties = {}
        else:
            provision_policy.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
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


# Models that may import this module back: imported once, after the class above exists, so the
# import cycle resolves at import time instead of on every from_dict/to_dict call.
from ..models.action_provision import ActionProvision  # noqa: E402
from ..models.connector_provision import ConnectorProvision  # noqa: E402
from ..models.delegated_provision import DelegatedProvision  # noqa: E402
from ..models.external_ticket_provision import ExternalTicketProvision  # noqa: E402
from ..models.manual_provision import ManualProvision  # noqa: E402
from ..models.multi_step import MultiStep  # noqa: E402
from ..models.unconfigured_provision import UnconfiguredProvision  # noqa: E402
from ..models.webhook_provision import WebhookProvision  # noqa: E402
