"""The generated packages' errors pickle with every attribute (their keyword-only __init__ broke the default)."""

from __future__ import annotations

import pickle

import httpx
import pytest
from oci_identity_client import errors
from oci_identity_client.models import Error


@pytest.mark.parametrize(
    "error",
    [
        errors.UnexpectedStatus(599, b"<html>", headers=httpx.Headers({"x": "1"}), operation="getPolicy", reason="r"),
        errors.MalformedResponse(200, b"{", operation="getPolicy", reason="JSONDecodeError"),
        errors.StatusError(404, b"{}", operation="getPolicy", parsed=Error(code="NotFound", message="gone")),
        errors.PageError(500, b"{}", operation="listPolicies", parsed=None),
        errors.RepeatingCursorError(200, b"[]", cursor="c1", operation="listPolicies"),
        errors.InvalidRequest(operation="updatePolicy", reason="the request body needs at least 1 field(s) set"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_each_error_round_trips(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    assert vars(copy).keys() == vars(error).keys()
    for name, value in vars(error).items():
        assert getattr(copy, name) == value, name
