"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_args import ErrorArgs
from .error_list import ErrorList
from .import_policy_by_format_request import ImportPolicyByFormatRequest
from .import_policy_by_format_request_policy_type_1 import ImportPolicyByFormatRequestPolicyType1
from .import_policy_by_format_response import ImportPolicyByFormatResponse
from .import_policy_by_format_response_data import ImportPolicyByFormatResponseData
from .import_policy_by_format_response_data_policy_type_1 import ImportPolicyByFormatResponseDataPolicyType1
from .policy_format import PolicyFormat

__all__ = (
    "Error",
    "ErrorArgs",
    "ErrorList",
    "ImportPolicyByFormatRequest",
    "ImportPolicyByFormatRequestPolicyType1",
    "ImportPolicyByFormatResponse",
    "ImportPolicyByFormatResponseData",
    "ImportPolicyByFormatResponseDataPolicyType1",
    "PolicyFormat",
)
