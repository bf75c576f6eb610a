"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF: dict[str, str] = {
    "Error": ".error",
    "ErrorArgs": ".error_args",
    "ErrorList": ".error_list",
    "ExportPolicyAccept": ".export_policy_accept",
    "ImportPolicyByFormatRequest": ".import_policy_by_format_request",
    "ImportPolicyByFormatRequestPolicyType1": ".import_policy_by_format_request_policy_type_1",
    "ImportPolicyByFormatResponse": ".import_policy_by_format_response",
    "ImportPolicyByFormatResponseData": ".import_policy_by_format_response_data",
    "ImportPolicyByFormatResponseDataPolicyType1": ".import_policy_by_format_response_data_policy_type_1",
    "PolicyFormat": ".policy_format",
    "PolicySearchRequest": ".policy_search_request",
    "PolicySearchRequestPolicyCustomAttributes": ".policy_search_request_policy_custom_attributes",
    "PolicySearchResponse": ".policy_search_response",
    "PolicySummary": ".policy_summary",
    "StatePatchOp": ".state_patch_op",
    "StatePatchOpOp": ".state_patch_op_op",
    "StatePatchOpPath": ".state_patch_op_path",
}

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
