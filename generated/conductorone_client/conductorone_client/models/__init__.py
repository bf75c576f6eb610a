"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept import Accept
    from .agent_approval import AgentApproval
    from .agent_approval_agent_failure_action import AgentApprovalAgentFailureAction
    from .agent_approval_agent_mode import AgentApprovalAgentMode
    from .app_group_approval import AppGroupApproval
    from .app_owner_approval import AppOwnerApproval
    from .approval import Approval
    from .connector_provision import ConnectorProvision
    from .connector_provision_account_provision import ConnectorProvisionAccountProvision
    from .connector_provision_account_provision_config_map import ConnectorProvisionAccountProvisionConfigMap
    from .connector_provision_default_behavior import ConnectorProvisionDefaultBehavior
    from .connector_provision_delete_account import ConnectorProvisionDeleteAccount
    from .connector_provision_do_not_save import ConnectorProvisionDoNotSave
    from .connector_provision_save_to_vault import ConnectorProvisionSaveToVault
    from .delegated_provision import DelegatedProvision
    from .entitlement_owner_approval import EntitlementOwnerApproval
    from .escalation import Escalation
    from .escalation_reassign_to_approvers import EscalationReassignToApprovers
    from .escalation_replace_policy import EscalationReplacePolicy
    from .expression_approval import ExpressionApproval
    from .external_ticket_provision import ExternalTicketProvision
    from .form_step import FormStep
    from .form_v1_at_least_one import FormV1AtLeastOne
    from .form_v1_bool_field import FormV1BoolField
    from .form_v1_checkbox_field import FormV1CheckboxField
    from .form_v1_chips_field import FormV1ChipsField
    from .form_v1_field import FormV1Field
    from .form_v1_field_relationship import FormV1FieldRelationship
    from .form_v1_form import FormV1Form
    from .form_v1_mutually_exclusive import FormV1MutuallyExclusive
    from .form_v1_password_field import FormV1PasswordField
    from .form_v1_required_together import FormV1RequiredTogether
    from .form_v1_string_field import FormV1StringField
    from .form_v1_string_slice_field import FormV1StringSliceField
    from .form_v1_text_field import FormV1TextField
    from .google_protobuf_any import GoogleProtobufAny
    from .google_rpc_status import GoogleRpcStatus
    from .manager_approval import ManagerApproval
    from .manual_provision import ManualProvision
    from .multi_step import MultiStep
    from .policy import Policy
    from .policy_policy_steps_map import PolicyPolicyStepsMap
    from .policy_policy_type import PolicyPolicyType
    from .policy_post_actions import PolicyPostActions
    from .policy_step import PolicyStep
    from .policy_steps import PolicySteps
    from .provision import Provision
    from .provision_policy import ProvisionPolicy
    from .provision_target import ProvisionTarget
    from .reject import Reject
    from .resource_owner_approval import ResourceOwnerApproval
    from .rule import Rule
    from .self_approval import SelfApproval
    from .unconfigured_provision import UnconfiguredProvision
    from .update_policy_request_input import UpdatePolicyRequestInput
    from .update_policy_response import UpdatePolicyResponse
    from .user_approval import UserApproval
    from .validate_any_rules import ValidateAnyRules
    from .validate_bool_rules import ValidateBoolRules
    from .validate_bytes_rules import ValidateBytesRules
    from .validate_double_rules import ValidateDoubleRules
    from .validate_duration_rules import ValidateDurationRules
    from .validate_enum_rules import ValidateEnumRules
    from .validate_field_rules import ValidateFieldRules
    from .validate_fixed_32_rules import ValidateFixed32Rules
    from .validate_fixed_64_rules import ValidateFixed64Rules
    from .validate_float_rules import ValidateFloatRules
    from .validate_int_32_rules import ValidateInt32Rules
    from .validate_int_64_rules import ValidateInt64Rules
    from .validate_map_rules import ValidateMapRules
    from .validate_message_rules import ValidateMessageRules
    from .validate_repeated_rules import ValidateRepeatedRules
    from .validate_s_fixed_32_rules import ValidateSFixed32Rules
    from .validate_s_fixed_64_rules import ValidateSFixed64Rules
    from .validate_s_int_32_rules import ValidateSInt32Rules
    from .validate_s_int_64_rules import ValidateSInt64Rules
    from .validate_string_rules import ValidateStringRules
    from .validate_string_rules_well_known_regex import ValidateStringRulesWellKnownRegex
    from .validate_timestamp_rules import ValidateTimestampRules
    from .validate_u_int_32_rules import ValidateUInt32Rules
    from .validate_u_int_64_rules import ValidateUInt64Rules
    from .wait import Wait
    from .wait_condition import WaitCondition
    from .webhook_approval import WebhookApproval
    from .webhook_provision import WebhookProvision

_MODULE_OF: dict[str, str] = {
    "Accept": ".accept",
    "AgentApproval": ".agent_approval",
    "AgentApprovalAgentFailureAction": ".agent_approval_agent_failure_action",
    "AgentApprovalAgentMode": ".agent_approval_agent_mode",
    "AppGroupApproval": ".app_group_approval",
    "AppOwnerApproval": ".app_owner_approval",
    "Approval": ".approval",
    "ConnectorProvision": ".connector_provision",
    "ConnectorProvisionAccountProvision": ".connector_provision_account_provision",
    "ConnectorProvisionAccountProvisionConfigMap": ".connector_provision_account_provision_config_map",
    "ConnectorProvisionDefaultBehavior": ".connector_provision_default_behavior",
    "ConnectorProvisionDeleteAccount": ".connector_provision_delete_account",
    "ConnectorProvisionDoNotSave": ".connector_provision_do_not_save",
    "ConnectorProvisionSaveToVault": ".connector_provision_save_to_vault",
    "DelegatedProvision": ".delegated_provision",
    "EntitlementOwnerApproval": ".entitlement_owner_approval",
    "Escalation": ".escalation",
    "EscalationReassignToApprovers": ".escalation_reassign_to_approvers",
    "EscalationReplacePolicy": ".escalation_replace_policy",
    "ExpressionApproval": ".expression_approval",
    "ExternalTicketProvision": ".external_ticket_provision",
    "FormStep": ".form_step",
    "FormV1AtLeastOne": ".form_v1_at_least_one",
    "FormV1BoolField": ".form_v1_bool_field",
    "FormV1CheckboxField": ".form_v1_checkbox_field",
    "FormV1ChipsField": ".form_v1_chips_field",
    "FormV1Field": ".form_v1_field",
    "FormV1FieldRelationship": ".form_v1_field_relationship",
    "FormV1Form": ".form_v1_form",
    "FormV1MutuallyExclusive": ".form_v1_mutually_exclusive",
    "FormV1PasswordField": ".form_v1_password_field",
    "FormV1RequiredTogether": ".form_v1_required_together",
    "FormV1StringField": ".form_v1_string_field",
    "FormV1StringSliceField": ".form_v1_string_slice_field",
    "FormV1TextField": ".form_v1_text_field",
    "GoogleProtobufAny": ".google_protobuf_any",
    "GoogleRpcStatus": ".google_rpc_status",
    "ManagerApproval": ".manager_approval",
    "ManualProvision": ".manual_provision",
    "MultiStep": ".multi_step",
    "Policy": ".policy",
    "PolicyPolicyStepsMap": ".policy_policy_steps_map",
    "PolicyPolicyType": ".policy_policy_type",
    "PolicyPostActions": ".policy_post_actions",
    "PolicyStep": ".policy_step",
    "PolicySteps": ".policy_steps",
    "Provision": ".provision",
    "ProvisionPolicy": ".provision_policy",
    "ProvisionTarget": ".provision_target",
    "Reject": ".reject",
    "ResourceOwnerApproval": ".resource_owner_approval",
    "Rule": ".rule",
    "SelfApproval": ".self_approval",
    "UnconfiguredProvision": ".unconfigured_provision",
    "UpdatePolicyRequestInput": ".update_policy_request_input",
    "UpdatePolicyResponse": ".update_policy_response",
    "UserApproval": ".user_approval",
    "ValidateAnyRules": ".validate_any_rules",
    "ValidateBoolRules": ".validate_bool_rules",
    "ValidateBytesRules": ".validate_bytes_rules",
    "ValidateDoubleRules": ".validate_double_rules",
    "ValidateDurationRules": ".validate_duration_rules",
    "ValidateEnumRules": ".validate_enum_rules",
    "ValidateFieldRules": ".validate_field_rules",
    "ValidateFixed32Rules": ".validate_fixed_32_rules",
    "ValidateFixed64Rules": ".validate_fixed_64_rules",
    "ValidateFloatRules": ".validate_float_rules",
    "ValidateInt32Rules": ".validate_int_32_rules",
    "ValidateInt64Rules": ".validate_int_64_rules",
    "ValidateMapRules": ".validate_map_rules",
    "ValidateMessageRules": ".validate_message_rules",
    "ValidateRepeatedRules": ".validate_repeated_rules",
    "ValidateSFixed32Rules": ".validate_s_fixed_32_rules",
    "ValidateSFixed64Rules": ".validate_s_fixed_64_rules",
    "ValidateSInt32Rules": ".validate_s_int_32_rules",
    "ValidateSInt64Rules": ".validate_s_int_64_rules",
    "ValidateStringRules": ".validate_string_rules",
    "ValidateStringRulesWellKnownRegex": ".validate_string_rules_well_known_regex",
    "ValidateTimestampRules": ".validate_timestamp_rules",
    "ValidateUInt32Rules": ".validate_u_int_32_rules",
    "ValidateUInt64Rules": ".validate_u_int_64_rules",
    "Wait": ".wait",
    "WaitCondition": ".wait_condition",
    "WebhookApproval": ".webhook_approval",
    "WebhookProvision": ".webhook_provision",
}

__all__ = (
    "Accept",
    "AgentApproval",
    "AgentApprovalAgentFailureAction",
    "AgentApprovalAgentMode",
    "AppGroupApproval",
    "AppOwnerApproval",
    "Approval",
    "ConnectorProvision",
    "ConnectorProvisionAccountProvision",
    "ConnectorProvisionAccountProvisionConfigMap",
    "ConnectorProvisionDefaultBehavior",
    "ConnectorProvisionDeleteAccount",
    "ConnectorProvisionDoNotSave",
    "ConnectorProvisionSaveToVault",
    "DelegatedProvision",
    "EntitlementOwnerApproval",
    "Escalation",
    "EscalationReassignToApprovers",
    "EscalationReplacePolicy",
    "ExpressionApproval",
    "ExternalTicketProvision",
    "FormStep",
    "FormV1AtLeastOne",
    "FormV1BoolField",
    "FormV1CheckboxField",
    "FormV1ChipsField",
    "FormV1Field",
    "FormV1FieldRelationship",
    "FormV1Form",
    "FormV1MutuallyExclusive",
    "FormV1PasswordField",
    "FormV1RequiredTogether",
    "FormV1StringField",
    "FormV1StringSliceField",
    "FormV1TextField",
    "GoogleProtobufAny",
    "GoogleRpcStatus",
    "ManagerApproval",
    "ManualProvision",
    "MultiStep",
    "Policy",
    "PolicyPolicyStepsMap",
    "PolicyPolicyType",
    "PolicyPostActions",
    "PolicyStep",
    "PolicySteps",
    "Provision",
    "ProvisionPolicy",
    "ProvisionTarget",
    "Reject",
    "ResourceOwnerApproval",
    "Rule",
    "SelfApproval",
    "UnconfiguredProvision",
    "UpdatePolicyRequestInput",
    "UpdatePolicyResponse",
    "UserApproval",
    "ValidateAnyRules",
    "ValidateBoolRules",
    "ValidateBytesRules",
    "ValidateDoubleRules",
    "ValidateDurationRules",
    "ValidateEnumRules",
    "ValidateFieldRules",
    "ValidateFixed32Rules",
    "ValidateFixed64Rules",
    "ValidateFloatRules",
    "ValidateInt32Rules",
    "ValidateInt64Rules",
    "ValidateMapRules",
    "ValidateMessageRules",
    "ValidateRepeatedRules",
    "ValidateSFixed32Rules",
    "ValidateSFixed64Rules",
    "ValidateSInt32Rules",
    "ValidateSInt64Rules",
    "ValidateStringRules",
    "ValidateStringRulesWellKnownRegex",
    "ValidateTimestampRules",
    "ValidateUInt32Rules",
    "ValidateUInt64Rules",
    "Wait",
    "WaitCondition",
    "WebhookApproval",
    "WebhookProvision",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Import ``name`` on first access and cache it here, so later lookups are plain attribute reads."""
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
