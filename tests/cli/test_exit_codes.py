"""Every error the facade documents maps to its documented exit code and one redacted line (in-process, fast)."""

from __future__ import annotations

import pytest
from oci_identity_client.errors import MalformedResponse

from policy_clients import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    MissingVendorPackageError,
    NotFoundError,
    PreconditionFailedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TokenEndpointError,
    TransportError,
)
from policy_clients.auth.errors import CredentialError
from policy_clients.cli._exit import ExitCode, NoPolicyError, UsageError, failure_of

HEADERS = {"opc-request-id": "REQ-1"}


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UsageError("bad file"), ExitCode.USAGE),
        (AuthenticationError(status_code=401, headers=HEADERS), ExitCode.AUTH),
        (AuthenticationError(status_code=403, headers=HEADERS), ExitCode.AUTH),
        (TokenEndpointError("token endpoint said 401", status_code=401), ExitCode.AUTH),
        (NotFoundError(status_code=404, headers=HEADERS), ExitCode.NOT_FOUND),
        (NoPolicyError("nothing to pull"), ExitCode.NOT_FOUND),
        (ConflictError(status_code=409, headers=HEADERS), ExitCode.CONFLICT),
        (PreconditionFailedError(headers=HEADERS), ExitCode.CONFLICT),
        (RateLimitedError(status_code=429, headers=HEADERS), ExitCode.API),
        (ServerError(status_code=503, headers=HEADERS), ExitCode.API),
        (APIError(status_code=422, headers=HEADERS), ExitCode.API),
        (MalformedResponse(200, b"<html>", headers=HEADERS, operation="getPolicy", reason="not JSON"), ExitCode.API),
        (TransportError("connection refused"), ExitCode.NETWORK),
        (RequestTimeoutError("deadline passed"), ExitCode.NETWORK),
        (ConfigurationError("no API key: set OSO_CLOUD_API_KEY"), ExitCode.CONFIG),
        (CredentialError("OCI profile DEFAULT not found"), ExitCode.CONFIG),
        (RuntimeError("boom"), ExitCode.INTERNAL),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_exit_code_of(error: BaseException, code: ExitCode) -> None:
    failure = failure_of(error)
    assert failure.code is code
    assert "\n" not in failure.message
    if isinstance(error, APIError | MalformedResponse):
        assert failure.request_id == "REQ-1" and "request id REQ-1" in failure.message


def test_missing_vendor_package_is_configuration() -> None:
    failure = failure_of(MissingVendorPackageError("oci_identity", "oci_identity_client", "oci-identity"))
    assert failure.code is ExitCode.CONFIG and 'pip install "policy-clients[oci-identity]"' in failure.message


def test_the_id_we_sent_stands_in_when_the_answer_names_none() -> None:
    failure = failure_of(ServerError(status_code=500), sent_request_id="sent-7")
    assert failure.request_id == "sent-7" and failure.message.endswith("(request id sent-7)")
    assert failure_of(UsageError("x"), sent_request_id="sent-7").request_id is None


def test_messages_are_redacted_and_one_line() -> None:
    secret = "Bearer " + "a1B2c3D4" * 6
    failure = failure_of(RuntimeError(f"multi\nline {secret}"))
    assert "\n" not in failure.message and "a1B2c3D4a1B2" not in failure.message
    assert failure.message.startswith("internal error (RuntimeError: multi line")


def test_the_codes_are_the_documented_ones() -> None:
    assert {c.name: int(c) for c in ExitCode} == {
        "OK": 0, "DIFFERENT": 1, "USAGE": 2, "AUTH": 3, "NOT_FOUND": 4, "CONFLICT": 5,
        "NETWORK": 6, "API": 7, "CONFIG": 8, "INTERNAL": 70,
    }  # fmt: skip
