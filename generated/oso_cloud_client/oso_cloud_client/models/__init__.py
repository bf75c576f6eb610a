"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing this package, or one model, does not import the others.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_result import ApiResult
    from .generic_save_policy_error import GenericSavePolicyError
    from .get_policy_metadata_result import GetPolicyMetadataResult
    from .get_policy_result import GetPolicyResult
    from .other_save_policy_error import OtherSavePolicyError
    from .policy import Policy
    from .policy_error import PolicyError
    from .policy_failure import PolicyFailure
    from .policy_metadata import PolicyMetadata
    from .policy_metadata_resources import PolicyMetadataResources
    from .policy_test_result import PolicyTestResult
    from .resource_block_data import ResourceBlockData
    from .resource_block_data_relations import ResourceBlockDataRelations
    from .test_summary import TestSummary
    from .tests_failed_save_policy_error import TestsFailedSavePolicyError
    from .validation_save_policy_error import ValidationSavePolicyError

_MODULE_OF: dict[str, str] = {
    "ApiError": ".api_error",
    "ApiResult": ".api_result",
    "GenericSavePolicyError": ".generic_save_policy_error",
    "GetPolicyMetadataResult": ".get_policy_metadata_result",
    "GetPolicyResult": ".get_policy_result",
    "OtherSavePolicyError": ".other_save_policy_error",
    "Policy": ".policy",
    "PolicyError": ".policy_error",
    "PolicyFailure": ".policy_failure",
    "PolicyMetadata": ".policy_metadata",
    "PolicyMetadataResources": ".policy_metadata_resources",
    "PolicyTestResult": ".policy_test_result",
    "ResourceBlockData": ".resource_block_data",
    "ResourceBlockDataRelations": ".resource_block_data_relations",
    "TestSummary": ".test_summary",
    "TestsFailedSavePolicyError": ".tests_failed_save_policy_error",
    "ValidationSavePolicyError": ".validation_save_policy_error",
}

__all__ = (
    "ApiError",
    "ApiResult",
    "GenericSavePolicyError",
    "GetPolicyMetadataResult",
    "GetPolicyResult",
    "OtherSavePolicyError",
    "Policy",
    "PolicyError",
    "PolicyFailure",
    "PolicyMetadata",
    "PolicyMetadataResources",
    "PolicyTestResult",
    "ResourceBlockData",
    "ResourceBlockDataRelations",
    "TestSummary",
    "TestsFailedSavePolicyError",
    "ValidationSavePolicyError",
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
