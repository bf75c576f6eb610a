from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.google_rpc_status import GoogleRpcStatus
from ...models.list_policy_response import ListPolicyResponse
from ...types import UNSET, Response, Unset, status_of

OPERATION_ID = "listPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    page_size: int | None | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["page_token"] = json_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/policies",
        "params": params,
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoogleRpcStatus | ListPolicyResponse:
    if response.status_code == 200:
        response_200 = ListPolicyResponse.from_dict(response.json())

        return response_200

    response_default = GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoogleRpcStatus | ListPolicyResponse]:
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
    page_size: int | None | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> Response[GoogleRpcStatus | ListPolicyResponse]:
    """List policies

     One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | Unset):
        page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleRpcStatus | ListPolicyResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> GoogleRpcStatus | ListPolicyResponse | None:
    """List policies

     One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | Unset):
        page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleRpcStatus | ListPolicyResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> Response[GoogleRpcStatus | ListPolicyResponse]:
    """List policies

     One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | Unset):
        page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoogleRpcStatus | ListPolicyResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> GoogleRpcStatus | ListPolicyResponse | None:
    """List policies

     One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | Unset):
        page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleRpcStatus | ListPolicyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
