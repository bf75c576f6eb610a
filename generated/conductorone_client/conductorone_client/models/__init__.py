"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept import Accept
    from .action import Action
    from .action_provision import ActionProvision
    from .action_target_automation import ActionTargetAutomation
    from .action_target_baton_resource_action import ActionTargetBatonResourceAction
    from .action_target_client_id_approval import ActionTargetClientIdApproval
    from .admin_provider_config import AdminProviderConfig
    from .agent_approval import AgentApproval
    from .agent_approval_agent_failure_action import AgentApprovalAgentFailureAction
    from .agent_approval_agent_mode import AgentApprovalAgentMode
    from .app_entitlement_reference import AppEntitlementReference
    from .app_group_approval import AppGroupApproval
    from .app_owner_approval import AppOwnerApproval
    from .app_owner_provisioner import AppOwnerProvisioner
    from .app_resource_filter import AppResourceFilter
    from .app_user_filter import AppUserFilter
    from .approval import Approval
    from .c1_user_filter import C1UserFilter
    from .cancel_ticket import CancelTicket
    from .connector_provision import ConnectorProvision
    from .connector_provision_account_provision import ConnectorProvisionAccountProvision
    from .connector_provision_account_provision_config_map import ConnectorProvisionAccountProvisionConfigMap
    from .connector_provision_default_behavior import ConnectorProvisionDefaultBehavior
    from .connector_provision_delete_account import ConnectorProvisionDeleteAccount
    from .connector_provision_do_not_save import ConnectorProvisionDoNotSave
    from .connector_provision_save_to_vault import ConnectorProvisionSaveToVault
    from .create_policy_request import CreatePolicyRequest
    from .create_policy_response import CreatePolicyResponse
    from .delegated_provision import DelegatedProvision
    from .delete_policy_request_input import DeletePolicyRequestInput
    from .delete_policy_response import DeletePolicyResponse
    from .dependent_on import DependentOn
    from .entitlement_owner_approval import EntitlementOwnerApproval
    from .entitlement_owner_provisioner import EntitlementOwnerProvisioner
    from .escalation import Escalation
    from .escalation_reassign_to_approvers import EscalationReassignToApprovers
    from .escalation_replace_policy import EscalationReplacePolicy
    from .expression_approval import ExpressionApproval
    from .expression_provisioner import ExpressionProvisioner
    from .external_ticket_provision import ExternalTicketProvision
    from .form_field_group import FormFieldGroup
    from .form_step import FormStep
    from .form_string_map_field import FormStringMapField
    from .form_string_map_field_default_value import FormStringMapFieldDefaultValue
    from .form_v1_at_least_one import FormV1AtLeastOne
    from .form_v1_bool_field import FormV1BoolField
    from .form_v1_checkbox_field import FormV1CheckboxField
    from .form_v1_chips_field import FormV1ChipsField
    from .form_v1_field import FormV1Field
    from .form_v1_field_relationship import FormV1FieldRelationship
    from .form_v1_file_field import FormV1FileField
    from .form_v1_file_input_field import FormV1FileInputField
    from .form_v1_form import FormV1Form
    from .form_v1_int_64_field import FormV1Int64Field
    from .form_v1_mutually_exclusive import FormV1MutuallyExclusive
    from .form_v1_number_field import FormV1NumberField
    from .form_v1_password_field import FormV1PasswordField
    from .form_v1_required_together import FormV1RequiredTogether
    from .form_v1_select_field import FormV1SelectField
    from .form_v1_select_field_type import FormV1SelectFieldType
    from .form_v1_select_option import FormV1SelectOption
    from .form_v1_string_field import FormV1StringField
    from .form_v1_string_slice_field import FormV1StringSliceField
    from .form_v1_text_field import FormV1TextField
    from .get_policy_response import GetPolicyResponse
    from .google_protobuf_any import GoogleProtobufAny
    from .google_rpc_status import GoogleRpcStatus
    from .group_provisioner import GroupProvisioner
    from .list_policy_response import ListPolicyResponse
    from .manager_approval import ManagerApproval
    from .manager_provisioner import ManagerProvisioner
    from .manual_provision import ManualProvision
    from .multi_step import MultiStep
    from .oauth_2_field import Oauth2Field
    from .oauth_2_field_view import Oauth2FieldView
    from .picker_field import PickerField
    from .policy import Policy
    from .policy_policy_steps_map import PolicyPolicyStepsMap
    from .policy_policy_type import PolicyPolicyType
    from .policy_post_actions import PolicyPostActions
    from .policy_ref import PolicyRef
    from .policy_step import PolicyStep
    from .policy_steps import PolicySteps
    from .provision import Provision
    from .provision_policy import ProvisionPolicy
    from .provision_target import ProvisionTarget
    from .provisioner_assignment import ProvisionerAssignment
    from .reject import Reject
    from .resource_owner_approval import ResourceOwnerApproval
    from .rule import Rule
    from .search_policies_request import SearchPoliciesRequest
    from .search_policies_response import SearchPoliciesResponse
    from .self_approval import SelfApproval
    from .shared_provider_config import SharedProviderConfig
    from .skip_step import SkipStep
    from .string_map_rules import StringMapRules
    from .toggle_field import ToggleField
    from .unconfigured_provision import UnconfiguredProvision
    from .update_policy_request_input import UpdatePolicyRequestInput
    from .update_policy_response import UpdatePolicyResponse
    from .user_approval import UserApproval
    from .user_provider_config import UserProviderConfig
    from .user_provisioner import UserProvisioner
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
    from .wait_duration import WaitDuration
    from .wait_until_time import WaitUntilTime
    from .webhook_approval import WebhookApproval
    from .webhook_provision import WebhookProvision

_MODULE_OF: dict[str, str] = {
    "Accept": ".accept",
    "Action": ".action",
    "ActionProvision": ".action_provision",
    "ActionTargetAutomation": ".action_target_automation",
    "ActionTargetBatonResourceAction": ".action_target_baton_resource_action",
    "ActionTargetClientIdApproval": ".action_target_client_id_approval",
    "AdminProviderConfig": ".admin_provider_config",
    "AgentApproval": ".agent_approval",
    "AgentApprovalAgentFailureAction": ".agent_approval_agent_failure_action",
    "AgentApprovalAgentMode": ".agent_approval_agent_mode",
    "AppEntitlementReference": ".app_entitlement_reference",
    "AppGroupApproval": ".app_group_approval",
    "AppOwnerApproval": ".app_owner_approval",
    "AppOwnerProvisioner": ".app_owner_provisioner",
    "AppResourceFilter": ".app_resource_filter",
    "AppUserFilter": ".app_user_filter",
    "Approval": ".approval",
    "C1UserFilter": ".c1_user_filter",
    "CancelTicket": ".cancel_ticket",
    "ConnectorProvision": ".connector_provision",
    "ConnectorProvisionAccountProvision": ".connector_provision_account_provision",
    "ConnectorProvisionAccountProvisionConfigMap": ".connector_provision_account_provision_config_map",
    "ConnectorProvisionDefaultBehavior": ".connector_provision_default_behavior",
    "ConnectorProvisionDeleteAccount": ".connector_provision_delete_account",
    "ConnectorProvisionDoNotSave": ".connector_provision_do_not_save",
    "ConnectorProvisionSaveToVault": ".connector_provision_save_to_vault",
    "CreatePolicyRequest": ".create_policy_request",
    "CreatePolicyResponse": ".create_policy_response",
    "DelegatedProvision": ".delegated_provision",
    "DeletePolicyRequestInput": ".delete_policy_request_input",
    "DeletePolicyResponse": ".delete_policy_response",
    "DependentOn": ".dependent_on",
    "EntitlementOwnerApproval": ".entitlement_owner_approval",
    "EntitlementOwnerProvisioner": ".entitlement_owner_provisioner",
    "Escalation": ".escalation",
    "EscalationReassignToApprovers": ".escalation_reassign_to_approvers",
    "EscalationReplacePolicy": ".escalation_replace_policy",
    "ExpressionApproval": ".expression_approval",
    "ExpressionProvisioner": ".expression_provisioner",
    "ExternalTicketProvision": ".external_ticket_provision",
    "FormFieldGroup": ".form_field_group",
    "FormStep": ".form_step",
    "FormStringMapField": ".form_string_map_field",
    "FormStringMapFieldDefaultValue": ".form_string_map_field_default_value",
    "FormV1AtLeastOne": ".form_v1_at_least_one",
    "FormV1BoolField": ".form_v1_bool_field",
    "FormV1CheckboxField": ".form_v1_checkbox_field",
    "FormV1ChipsField": ".form_v1_chips_field",
    "FormV1Field": ".form_v1_field",
    "FormV1FieldRelationship": ".form_v1_field_relationship",
    "FormV1FileField": ".form_v1_file_field",
    "FormV1FileInputField": ".form_v1_file_input_field",
    "FormV1Form": ".form_v1_form",
    "FormV1Int64Field": ".form_v1_int_64_field",
    "FormV1MutuallyExclusive": ".form_v1_mutually_exclusive",
    "FormV1NumberField": ".form_v1_number_field",
    "FormV1PasswordField": ".form_v1_password_field",
    "FormV1RequiredTogether": ".form_v1_required_together",
    "FormV1SelectField": ".form_v1_select_field",
    "FormV1SelectFieldType": ".form_v1_select_field_type",
    "FormV1SelectOption": ".form_v1_select_option",
    "FormV1StringField": ".form_v1_string_field",
    "FormV1StringSliceField": ".form_v1_string_slice_field",
    "FormV1TextField": ".form_v1_text_field",
    "GetPolicyResponse": ".get_policy_response",
    "GoogleProtobufAny": ".google_protobuf_any",
    "GoogleRpcStatus": ".google_rpc_status",
    "GroupProvisioner": ".group_provisioner",
    "ListPolicyResponse": ".list_policy_response",
    "ManagerApproval": ".manager_approval",
    "ManagerProvisioner": ".manager_provisioner",
    "ManualProvision": ".manual_provision",
    "MultiStep": ".multi_step",
    "Oauth2Field": ".oauth_2_field",
    "Oauth2FieldView": ".oauth_2_field_view",
    "PickerField": ".picker_field",
    "Policy": ".policy",
    "PolicyPolicyStepsMap": ".policy_policy_steps_map",
    "PolicyPolicyType": ".policy_policy_type",
    "PolicyPostActions": ".policy_post_actions",
    "PolicyRef": ".policy_ref",
    "PolicyStep": ".policy_step",
    "PolicySteps": ".policy_steps",
    "Provision": ".provision",
    "ProvisionPolicy": ".provision_policy",
    "ProvisionTarget": ".provision_target",
    "ProvisionerAssignment": ".provisioner_assignment",
    "Reject": ".reject",
    "ResourceOwnerApproval": ".resource_owner_approval",
    "Rule": ".rule",
    "SearchPoliciesRequest": ".search_policies_request",
    "SearchPoliciesResponse": ".search_policies_response",
    "SelfApproval": ".self_approval",
    "SharedProviderConfig": ".shared_provider_config",
    "SkipStep": ".skip_step",
    "StringMapRules": ".string_map_rules",
    "ToggleField": ".toggle_field",
    "UnconfiguredProvision": ".unconfigured_provision",
    "UpdatePolicyRequestInput": ".update_policy_request_input",
    "UpdatePolicyResponse": ".update_policy_response",
    "UserApproval": ".user_approval",
    "UserProviderConfig": ".user_provider_config",
    "UserProvisioner": ".user_provisioner",
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
    "WaitDuration": ".wait_duration",
    "WaitUntilTime": ".wait_until_time",
    "WebhookApproval": ".webhook_approval",
    "WebhookProvision": ".webhook_provision",
}

__all__ = (
    "Accept",
    "Action",
    "ActionProvision",
    "ActionTargetAutomation",
    "ActionTargetBatonResourceAction",
    "ActionTargetClientIdApproval",
    "AdminProviderConfig",
    "AgentApproval",
    "AgentApprovalAgentFailureAction",
    "AgentApprovalAgentMode",
    "AppEntitlementReference",
    "AppGroupApproval",
    "AppOwnerApproval",
    "AppOwnerProvisioner",
    "AppResourceFilter",
    "AppUserFilter",
    "Approval",
    "C1UserFilter",
    "CancelTicket",
    "ConnectorProvision",
    "ConnectorProvisionAccountProvision",
    "ConnectorProvisionAccountProvisionConfigMap",
    "ConnectorProvisionDefaultBehavior",
    "ConnectorProvisionDeleteAccount",
    "ConnectorProvisionDoNotSave",
    "ConnectorProvisionSaveToVault",
    "CreatePolicyRequest",
    "CreatePolicyResponse",
    "DelegatedProvision",
    "DeletePolicyRequestInput",
    "DeletePolicyResponse",
    "DependentOn",
    "EntitlementOwnerApproval",
    "EntitlementOwnerProvisioner",
    "Escalation",
    "EscalationReassignToApprovers",
    "EscalationReplacePolicy",
    "ExpressionApproval",
    "ExpressionProvisioner",
    "ExternalTicketProvision",
    "FormFieldGroup",
    "FormStep",
    "FormStringMapField",
    "FormStringMapFieldDefaultValue",
    "FormV1AtLeastOne",
    "FormV1BoolField",
    "FormV1CheckboxField",
    "FormV1ChipsField",
    "FormV1Field",
    "FormV1FieldRelationship",
    "FormV1FileField",
    "FormV1FileInputField",
    "FormV1Form",
    "FormV1Int64Field",
    "FormV1MutuallyExclusive",
    "FormV1NumberField",
    "FormV1PasswordField",
    "FormV1RequiredTogether",
    "FormV1SelectField",
    "FormV1SelectFieldType",
    "FormV1SelectOption",
    "FormV1StringField",
    "FormV1StringSliceField",
    "FormV1TextField",
    "GetPolicyResponse",
    "GoogleProtobufAny",
    "GoogleRpcStatus",
    "GroupProvisioner",
    "ListPolicyResponse",
    "ManagerApproval",
    "ManagerProvisioner",
    "ManualProvision",
    "MultiStep",
    "Oauth2Field",
    "Oauth2FieldView",
    "PickerField",
    "Policy",
    "PolicyPolicyStepsMap",
    "PolicyPolicyType",
    "PolicyPostActions",
    "PolicyRef",
    "PolicyStep",
    "PolicySteps",
    "Provision",
    "ProvisionPolicy",
    "ProvisionTarget",
    "ProvisionerAssignment",
    "Reject",
    "ResourceOwnerApproval",
    "Rule",
    "SearchPoliciesRequest",
    "SearchPoliciesResponse",
    "SelfApproval",
    "SharedProviderConfig",
    "SkipStep",
    "StringMapRules",
    "ToggleField",
    "UnconfiguredProvision",
    "UpdatePolicyRequestInput",
    "UpdatePolicyResponse",
    "UserApproval",
    "UserProviderConfig",
    "UserProvisioner",
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
    "WaitDuration",
    "WaitUntilTime",
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
