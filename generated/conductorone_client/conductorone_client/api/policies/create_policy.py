from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.create_policy_request import CreatePolicyRequest
from ...models.create_policy_response import CreatePolicyResponse
from ...types import Response, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "createPolicy"
IDEMPOTENT = False
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    body: CreatePolicyRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/policies",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> CreatePolicyResponse | _models.GoogleRpcStatus:
    if response.status_code == 200:
        response_200 = CreatePolicyResponse.from_dict(response.json())

        return response_200

    response_default = _models.GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[CreatePolicyResponse | _models.GoogleRpcStatus]:
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
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _success(response: Response[CreatePolicyResponse | _models.GoogleRpcStatus]) -> CreatePolicyResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("CreatePolicyResponse", response.parsed)
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
    body: CreatePolicyRequest,
) -> Response[CreatePolicyResponse | _models.GoogleRpcStatus]:
    """Create a policy

    Create a policy; the server assigns its id. The request carries no
    idempotency key, so a create that may have reached the server is not
    safe to repeat (no `x-idempotent`).

    Args:
        body: The new policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[CreatePolicyResponse | GoogleRpcStatus]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyRequest,
) -> CreatePolicyResponse | _models.GoogleRpcStatus | None:
    """Create a policy

    Create a policy; the server assigns its id. The request carries no
    idempotency key, so a create that may have reached the server is not
    safe to repeat (no `x-idempotent`).

    Args:
        body: The new policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        CreatePolicyResponse | GoogleRpcStatus | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyRequest,
) -> Response[CreatePolicyResponse | _models.GoogleRpcStatus]:
    """Create a policy

    Create a policy; the server assigns its id. The request carries no
    idempotency key, so a create that may have reached the server is not
    safe to repeat (no `x-idempotent`).

    Args:
        body: The new policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[CreatePolicyResponse | GoogleRpcStatus]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    body: CreatePolicyRequest,
) -> CreatePolicyResponse | _models.GoogleRpcStatus | None:
    """Create a policy

    Create a policy; the server assigns its id. The request carries no
    idempotency key, so a create that may have reached the server is not
    safe to repeat (no `x-idempotent`).

    Args:
        body: The new policy.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        CreatePolicyResponse | GoogleRpcStatus | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
