from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.policy_list_envelope import PolicyListEnvelope
from ...types import UNSET, Response, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "listPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    org_id: str,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
) -> dict[str, Any]:
    workspace_id = UNSET if workspace_id is None else workspace_id
    repo_id = UNSET if repo_id is None else repo_id

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
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
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
        from ... import errors

        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
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


def _success(response: Response[_models.ErrorBody | PolicyListEnvelope]) -> PolicyListEnvelope:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("PolicyListEnvelope", response.parsed)
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
    org_id: str,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
    """List the policies of an org, workspace or repo

    The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str): Organization ID (the TypeScript client always sends it).
        workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
        repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | PolicyListEnvelope]: status, headers, raw content and the parsed body.
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
    client: _package.AuthenticatedClient | _package.Client,
    org_id: str,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
) -> _models.ErrorBody | PolicyListEnvelope | None:
    """List the policies of an org, workspace or repo

    The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str): Organization ID (the TypeScript client always sends it).
        workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
        repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | PolicyListEnvelope | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    org_id: str,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
) -> Response[_models.ErrorBody | PolicyListEnvelope]:
    """List the policies of an org, workspace or repo

    The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str): Organization ID (the TypeScript client always sends it).
        workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
        repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | PolicyListEnvelope]: status, headers, raw content and the parsed body.
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
    client: _package.AuthenticatedClient | _package.Client,
    org_id: str,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
) -> _models.ErrorBody | PolicyListEnvelope | None:
    """List the policies of an org, workspace or repo

    The policies visible at the given scope (TypeScript `getPolicies`). Not
    paged: the whole list comes back. Deleted policies are left out, and
    users who are not admins see only the workspaces they can access.

    Args:
        org_id (str): Organization ID (the TypeScript client always sends it).
        workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
        repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | PolicyListEnvelope | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            workspace_id=workspace_id,
            repo_id=repo_id,
        )
    ).parsed
