from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import models as _models
from ...models.policy_envelope import PolicyEnvelope
from ...types import Response, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "getPolicy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    policy_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/policy/{_path_segment(policy_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorBody | PolicyEnvelope | None:
    if response.status_code == 200:
        response_200 = PolicyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = _models.ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = _models.ErrorBody.from_dict(response.json())

        return response_404

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
    if response.status_code == 200:
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
    policy_id: str,
    *,
    client: _package.AuthenticatedClient | _package.Client,
) -> Response[_models.ErrorBody | PolicyEnvelope]:
    """Get one policy

    One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

    Args:
        policy_id (str): Unique identifier of the policy.

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
        policy_id=policy_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient | _package.Client,
) -> _models.ErrorBody | PolicyEnvelope | None:
    """Get one policy

    One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

    Args:
        policy_id (str): Unique identifier of the policy.

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
        policy_id=policy_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient | _package.Client,
) -> Response[_models.ErrorBody | PolicyEnvelope]:
    """Get one policy

    One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

    Args:
        policy_id (str): Unique identifier of the policy.

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
        policy_id=policy_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient | _package.Client,
) -> _models.ErrorBody | PolicyEnvelope | None:
    """Get one policy

    One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

    Args:
        policy_id (str): Unique identifier of the policy.

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
            policy_id=policy_id,
            client=client,
        )
    ).parsed
