from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.google_rpc_status import GoogleRpcStatus
from ...models.search_policies_request import SearchPoliciesRequest
from ...models.search_policies_response import SearchPoliciesResponse
from ...types import UNSET, Response, Unset, status_of

OPERATION_ID = "searchPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    body: SearchPoliciesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/search/policies",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoogleRpcStatus | SearchPoliciesResponse:
    if response.status_code == 200:
        response_200 = SearchPoliciesResponse.from_dict(response.json())

        return response_200

    response_default = GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoogleRpcStatus | SearchPoliciesResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedResponse:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        # JSONDecodeError (a ValueError), a missing required field (KeyError), a wrong type: one typed error.
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
    *,
    client: AuthenticatedClient,
    body: SearchPoliciesRequest | Unset = UNSET,
) -> Response[GoogleRpcStatus | SearchPoliciesResponse]:
    """Search policies

     One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body (SearchPoliciesRequest | Unset): Search criteria; every criterion given must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleRpcStatus | SearchPoliciesResponse]
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
    client: AuthenticatedClient,
    body: SearchPoliciesRequest | Unset = UNSET,
) -> GoogleRpcStatus | SearchPoliciesResponse | None:
    """Search policies

     One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body (SearchPoliciesRequest | Unset): Search criteria; every criterion given must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleRpcStatus | SearchPoliciesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchPoliciesRequest | Unset = UNSET,
) -> Response[GoogleRpcStatus | SearchPoliciesResponse]:
    """Search policies

     One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body (SearchPoliciesRequest | Unset): Search criteria; every criterion given must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleRpcStatus | SearchPoliciesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchPoliciesRequest | Unset = UNSET,
) -> GoogleRpcStatus | SearchPoliciesResponse | None:
    """Search policies

     One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body (SearchPoliciesRequest | Unset): Search criteria; every criterion given must match.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleRpcStatus | SearchPoliciesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
