"""Contains all the data models used in inputs/outputs"""

from .api_result import ApiResult
from .generic_save_policy_error import GenericSavePolicyError
from .other_save_policy_error import OtherSavePolicyError
from .policy import Policy
from .policy_error import PolicyError
from .policy_failure import PolicyFailure
from .policy_test_result import PolicyTestResult
from .test_summary import TestSummary
from .tests_failed_save_policy_error import TestsFailedSavePolicyError
from .validation_save_policy_error import ValidationSavePolicyError

__all__ = (
    "ApiResult",
    "GenericSavePolicyError",
    "OtherSavePolicyError",
    "Policy",
    "PolicyError",
    "PolicyFailure",
    "PolicyTestResult",
    "TestsFailedSavePolicyError",
    "TestSummary",
    "ValidationSavePolicyError",
)
