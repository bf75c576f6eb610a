from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.create_policy_request import CreatePolicyRequest
from ...models.policy_envelope import PolicyEnvelope
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
        "url": "/policy",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorBody | PolicyEnvelope | None:
    if response.status_code == 200:
        response_200 = PolicyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PolicyEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = _models.ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = _models.ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = _models.ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        from ... import errors

        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.ErrorBody | PolicyEnvelope]:
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


def _success(response: Response[_models.ErrorBody | PolicyEnvelope]) -> PolicyEnvelope:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200 or response.status_code == 201:
        # _parse_response gives these statuses exactly their declared types.
        return cast("PolicyEnvelope", response.parsed)
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
    client: _package.AuthenticatedClient | _package.Client,
    body: CreatePolicyRequest,
) -> Response[_models.ErrorBody | PolicyEnvelope]:
    """Create an AI governance policy

    Create a policy at org level (`orgId` only), workspace level (`workspaceId`
    too) or repo level (`repoId` too; the repo must belong to the workspace).
    Lower levels add to the policies above them and cannot override them.

    Not safe to repeat (`x-idempotent: false`): the request carries no
    idempotency key, so a retry after a lost response could create a second
    policy. The facade does not retry it once it may have been sent.

    Args:
        body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | PolicyEnvelope]: status, headers, raw content and the parsed body.
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
    client: _package.AuthenticatedClient | _package.Client,
    body: CreatePolicyRequest,
) -> _models.ErrorBody | PolicyEnvelope | None:
    """Create an AI governance policy

    Create a policy at org level (`orgId` only), workspace level (`workspaceId`
    too) or repo level (`repoId` too; the repo must belong to the workspace).
    Lower levels add to the policies above them and cannot override them.

    Not safe to repeat (`x-idempotent: false`): the request carries no
    idempotency key, so a retry after a lost response could create a second
    policy. The facade does not retry it once it may have been sent.

    Args:
        body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | PolicyEnvelope | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    body: CreatePolicyRequest,
) -> Response[_models.ErrorBody | PolicyEnvelope]:
    """Create an AI governance policy

    Create a policy at org level (`orgId` only), workspace level (`workspaceId`
    too) or repo level (`repoId` too; the repo must belong to the workspace).
    Lower levels add to the policies above them and cannot override them.

    Not safe to repeat (`x-idempotent: false`): the request carries no
    idempotency key, so a retry after a lost response could create a second
    policy. The facade does not retry it once it may have been sent.

    Args:
        body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | PolicyEnvelope]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    body: CreatePolicyRequest,
) -> _models.ErrorBody | PolicyEnvelope | None:
    """Create an AI governance policy

    Create a policy at org level (`orgId` only), workspace level (`workspaceId`
    too) or repo level (`repoId` too; the repo must belong to the workspace).
    Lower levels add to the policies above them and cannot override them.

    Not safe to repeat (`x-idempotent: false`): the request carries no
    idempotency key, so a retry after a lost response could create a second
    policy. The facade does not retry it once it may have been sent.

    Args:
        body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | PolicyEnvelope | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
