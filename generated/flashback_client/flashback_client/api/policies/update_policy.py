from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import models as _models
from ...models.update_policy_request import UpdatePolicyRequest
from ...models.update_policy_response import UpdatePolicyResponse
from ...types import Response, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "updatePolicy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    policy_id: str,
    *,
    body: UpdatePolicyRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/policy/{_path_segment(policy_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["json"] = body.to_dict()

    if isinstance(_kwargs.get("json"), dict) and len(_kwargs["json"]) < 1:
        from ... import errors

        raise errors.InvalidRequest(operation=OPERATION_ID, reason="the request body needs at least 1 field(s) set")
    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorBody | UpdatePolicyResponse | None:
    if response.status_code == 200:
        response_200 = UpdatePolicyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = _models.ErrorBody.from_dict(response.json())

        return response_400

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
) -> Response[_models.ErrorBody | UpdatePolicyResponse]:
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


def _success(response: Response[_models.ErrorBody | UpdatePolicyResponse]) -> UpdatePolicyResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("UpdatePolicyResponse", response.parsed)
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
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequest,
) -> Response[_models.ErrorBody | UpdatePolicyResponse]:
    """Update an AI governance policy

    Update an existing AI governance policy. Only the fields present in the
    body change; at least one field must be given. A policy's scope
    (org, workspace or repo) cannot change after creation. The server
    records who made the change and when.

    The update sets the given fields to the given values, so sending the
    same request again leaves the policy in the same state: retrying it is
    safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
    `lastUpdatedAt`) move on a repeat.

    Args:
        policy_id (str): Unique identifier of the policy.
        body: Updated policy properties; only the fields given are changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        errors.InvalidRequest: the body has too few fields set; nothing was sent.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | UpdatePolicyResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequest,
) -> _models.ErrorBody | UpdatePolicyResponse | None:
    """Update an AI governance policy

    Update an existing AI governance policy. Only the fields present in the
    body change; at least one field must be given. A policy's scope
    (org, workspace or repo) cannot change after creation. The server
    records who made the change and when.

    The update sets the given fields to the given values, so sending the
    same request again leaves the policy in the same state: retrying it is
    safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
    `lastUpdatedAt`) move on a repeat.

    Args:
        policy_id (str): Unique identifier of the policy.
        body: Updated policy properties; only the fields given are changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        errors.InvalidRequest: the body has too few fields set; nothing was sent.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | UpdatePolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequest,
) -> Response[_models.ErrorBody | UpdatePolicyResponse]:
    """Update an AI governance policy

    Update an existing AI governance policy. Only the fields present in the
    body change; at least one field must be given. A policy's scope
    (org, workspace or repo) cannot change after creation. The server
    records who made the change and when.

    The update sets the given fields to the given values, so sending the
    same request again leaves the policy in the same state: retrying it is
    safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
    `lastUpdatedAt`) move on a repeat.

    Args:
        policy_id (str): Unique identifier of the policy.
        body: Updated policy properties; only the fields given are changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        errors.InvalidRequest: the body has too few fields set; nothing was sent.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | UpdatePolicyResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequest,
) -> _models.ErrorBody | UpdatePolicyResponse | None:
    """Update an AI governance policy

    Update an existing AI governance policy. Only the fields present in the
    body change; at least one field must be given. A policy's scope
    (org, workspace or repo) cannot change after creation. The server
    records who made the change and when.

    The update sets the given fields to the given values, so sending the
    same request again leaves the policy in the same state: retrying it is
    safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
    `lastUpdatedAt`) move on a repeat.

    Args:
        policy_id (str): Unique identifier of the policy.
        body: Updated policy properties; only the fields given are changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        errors.InvalidRequest: the body has too few fields set; nothing was sent.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | UpdatePolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            body=body,
        )
    ).parsed
