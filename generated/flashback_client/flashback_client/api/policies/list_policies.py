from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.policy_list_envelope import PolicyListEnvelope
from ...types import UNSET, Response, Unset, status_of

OPERATION_ID = "listPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    org_id: str,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orgId"] = org_id

    params["workspaceId"] = workspace_id

    params["repoId"] = repo_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/policy",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _models.ErrorBody | PolicyListEnvelope | None:
    if response.status_code == 200:
        response_200 = PolicyListEnvelope.from_dict(response.json())

        return response_200

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
        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
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
    *,
    client: AuthenticatedClient | Client,
    org_id: str,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
    """List the policies of an org, workspace or repo

     The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PolicyListEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    org_id: str,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
) -> _models.ErrorBody | PolicyListEnvelope | None:
    """List the policies of an org, workspace or repo

     The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PolicyListEnvelope
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    org_id: str,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
    """List the policies of an org, workspace or repo

     The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PolicyListEnvelope]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    org_id: str,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
) -> _models.ErrorBody | PolicyListEnvelope | None:
    """List the policies of an org, workspace or repo

     The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PolicyListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            workspace_id=workspace_id,
            repo_id=repo_id,
        )
    ).parsed
