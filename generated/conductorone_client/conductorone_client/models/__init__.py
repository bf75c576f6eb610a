"""Contains all the data models used in inputs/outputs"""

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
    "Approval",
    "AppUserFilter",
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
    "ProvisionerAssignment",
    "ProvisionPolicy",
    "ProvisionTarget",
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
