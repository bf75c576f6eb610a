"""Contains all the data models used in inputs/outputs"""

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
    "TestsFailedSavePolicyError",
    "TestSummary",
    "ValidationSavePolicyError",
)
