from __future__ import annotations

import uuid
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import define

from ... import models as _models
from ...models.create_policy_details import CreatePolicyDetails
from ...models.policy import Policy
from ...types import UNSET, ResponseWithHeaders, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "createPolicy"
IDEMPOTENT = False
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""
RETRY_TOKEN_HEADER = "opc-retry-token"
"""The header that makes a repeat of this request safe; each call without one gets a fresh token."""


@define
class CreatePolicyResponseHeaders:
    """Response headers that the spec declares for createPolicy (None when absent)."""

    etag: str | None
    """``etag``"""
    opc_request_id: str | None
    """``opc-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> CreatePolicyResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            etag=headers.get("etag"),
            opc_request_id=headers.get("opc-request-id"),
        )


def _get_kwargs(
    *,
    body: CreatePolicyDetails,
    opc_retry_token: str | None | Unset = UNSET,
) -> dict[str, Any]:
    opc_retry_token = UNSET if opc_retry_token is None else opc_retry_token

    if isinstance(opc_retry_token, Unset):
        # One token per call, sent unchanged on every retry attempt (the request is built once).
        opc_retry_token = uuid.uuid4().hex
    headers: dict[str, Any] = {}
    if not isinstance(opc_retry_token, Unset):
        headers["opc-retry-token"] = opc_retry_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/20160918/policies",
        # The retry token makes a repeat of this request safe, so the retry layer may send it again.
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": True},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.Error | Policy:
    if response.status_code == 200:
        response_200 = Policy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = _models.Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = _models.Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = _models.Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = _models.Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = _models.Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = _models.Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = _models.Error.from_dict(response.json())

        return response_500

    response_default = _models.Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> ResponseWithHeaders[_models.Error | Policy, CreatePolicyResponseHeaders]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        from ... import errors

        if isinstance(exc, errors.UnexpectedResponse):  # already says what is wrong with the response
            raise
        # JSONDecodeError (a ValueError), a missing field (KeyError), a wrong type, JSON nested too deep: one error.
        raise errors.MalformedResponse.from_response(
            response, operation=OPERATION_ID, reason=f"{type(exc).__name__}: {exc}"
        ) from exc
    return ResponseWithHeaders(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parsed_headers=CreatePolicyResponseHeaders.from_headers(response.headers),
    )


def _success(response: ResponseWithHeaders[_models.Error | Policy, CreatePolicyResponseHeaders]) -> Policy:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("Policy", response.parsed)
    from ... import errors

    if response.status_code < 400:
        raise errors.UnexpectedStatus(
            response.status_code,
            response.content,
            headers=response.headers,
            operation=OPERATION_ID,
            reason="not a success status the spec documents",
        )
    raise errors.StatusError(
        response.status_code,
        response.content,
        headers=response.headers,
        operation=OPERATION_ID,
        parsed=response.parsed,
    )


def sync_detailed(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyDetails,
    opc_retry_token: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | Policy, CreatePolicyResponseHeaders]:
    """Create a policy

    Creates a policy in the given compartment (the tenancy is the root
    compartment). The new policy starts as CREATING, then becomes ACTIVE;
    it takes effect in about 10 seconds. IAM writes must go to the
    tenancy's home region (403 NotAllowed otherwise).

    Retrying a create is safe only with an `opc-retry-token`: the service
    answers a repeated token with the policy the first request made. The
    generated client makes one per call when none is given
    (`x-retry-token`) and sends it on every attempt.

    Args:
        opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
            a token the service saw within 24 hours gets the first request's result instead of making another
            policy. The generated client makes one per call when none is given and reuses it on every retry
            attempt. Optional (UNSET or None: not sent).
        body: Request object for creating a policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | Policy, CreatePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyDetails,
    opc_retry_token: str | None | Unset = UNSET,
) -> _models.Error | Policy | None:
    """Create a policy

    Creates a policy in the given compartment (the tenancy is the root
    compartment). The new policy starts as CREATING, then becomes ACTIVE;
    it takes effect in about 10 seconds. IAM writes must go to the
    tenancy's home region (403 NotAllowed otherwise).

    Retrying a create is safe only with an `opc-retry-token`: the service
    answers a repeated token with the policy the first request made. The
    generated client makes one per call when none is given
    (`x-retry-token`) and sends it on every attempt.

    Args:
        opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
            a token the service saw within 24 hours gets the first request's result instead of making another
            policy. The generated client makes one per call when none is given and reuses it on every retry
            attempt. Optional (UNSET or None: not sent).
        body: Request object for creating a policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | Policy | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        body=body,
        opc_retry_token=opc_retry_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyDetails,
    opc_retry_token: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | Policy, CreatePolicyResponseHeaders]:
    """Create a policy

    Creates a policy in the given compartment (the tenancy is the root
    compartment). The new policy starts as CREATING, then becomes ACTIVE;
    it takes effect in about 10 seconds. IAM writes must go to the
    tenancy's home region (403 NotAllowed otherwise).

    Retrying a create is safe only with an `opc-retry-token`: the service
    answers a repeated token with the policy the first request made. The
    generated client makes one per call when none is given
    (`x-retry-token`) and sends it on every attempt.

    Args:
        opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
            a token the service saw within 24 hours gets the first request's result instead of making another
            policy. The generated client makes one per call when none is given and reuses it on every retry
            attempt. Optional (UNSET or None: not sent).
        body: Request object for creating a policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | Policy, CreatePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        opc_retry_token=opc_retry_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyDetails,
    opc_retry_token: str | None | Unset = UNSET,
) -> _models.Error | Policy | None:
    """Create a policy

    Creates a policy in the given compartment (the tenancy is the root
    compartment). The new policy starts as CREATING, then becomes ACTIVE;
    it takes effect in about 10 seconds. IAM writes must go to the
    tenancy's home region (403 NotAllowed otherwise).

    Retrying a create is safe only with an `opc-retry-token`: the service
    answers a repeated token with the policy the first request made. The
    generated client makes one per call when none is given
    (`x-retry-token`) and sends it on every attempt.

    Args:
        opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
            a token the service saw within 24 hours gets the first request's result instead of making another
            policy. The generated client makes one per call when none is given and reuses it on every retry
            attempt. Optional (UNSET or None: not sent).
        body: Request object for creating a policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | Policy | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            opc_retry_token=opc_retry_token,
        )
    ).parsed
