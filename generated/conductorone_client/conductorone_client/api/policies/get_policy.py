from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_policy_response import GetPolicyResponse
from ...types import Response, status_of

OPERATION_ID = "getPolicy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/v1/policies/{_path_segment(id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPolicyResponse | _models.GoogleRpcStatus:
    if response.status_code == 200:
        response_200 = GetPolicyResponse.from_dict(response.json())

        return response_200

    response_default = _models.GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPolicyResponse | _models.GoogleRpcStatus]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedResponse:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
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


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetPolicyResponse | _models.GoogleRpcStatus]:
    """Get a policy

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPolicyResponse | GoogleRpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> GetPolicyResponse | _models.GoogleRpcStatus | None:
    """Get a policy

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPolicyResponse | GoogleRpcStatus
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetPolicyResponse | _models.GoogleRpcStatus]:
    """Get a policy

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPolicyResponse | GoogleRpcStatus]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> GetPolicyResponse | _models.GoogleRpcStatus | None:
    """Get a policy

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPolicyResponse | GoogleRpcStatus
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
