"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_args import ErrorArgs
from .error_list import ErrorList
from .export_policy_accept import ExportPolicyAccept
from .import_policy_by_format_request import ImportPolicyByFormatRequest
from .import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1
from .import_policy_by_format_response import ImportPolicyByFormatResponse
from .import_policy_by_format_response_data import ImportPolicyByFormatResponseData
from .import_policy_by_format_response_data_policy_type_1 import ImportPolicyByFormatResponseDataPolicyType1
from .policy_format import PolicyFormat
from .policy_search_request import PolicySearchRequest
from .policy_search_request_policy_custom_attributes import PolicySearchRequestPolicyCustomAttributes
from .policy_search_response import PolicySearchResponse
from .policy_summary import PolicySummary
from .state_patch_op import StatePatchOp
from .state_patch_op_op import StatePatchOpOp
from .state_patch_op_path import StatePatchOpPath

__all__ = (
    "Error",
    "ErrorArgs",
    "ErrorList",
    "ExportPolicyAccept",
    "ImportPolicyByFormatRequest",
    "ImportPolicyByFormatRequestPolicyType1",
    "ImportPolicyByFormatResponse",
    "ImportPolicyByFormatResponseData",
    "ImportPolicyByFormatResponseDataPolicyType1",
    "PolicyFormat",
    "PolicySearchRequest",
    "PolicySearchRequestPolicyCustomAttributes",
    "PolicySearchResponse",
    "PolicySummary",
    "StatePatchOp",
    "StatePatchOpOp",
    "StatePatchOpPath",
)
