from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import models as _models
from ...models.update_policy_request_input import UpdatePolicyRequestInput
from ...models.update_policy_response import UpdatePolicyResponse
from ...types import UNSET, Response, Unset, status_of

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
    id: str,
    *,
    body: UpdatePolicyRequestInput | Unset = UNSET,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/v1/policies/{_path_segment(id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.GoogleRpcStatus | UpdatePolicyResponse:
    if response.status_code == 200:
        response_200 = UpdatePolicyResponse.from_dict(response.json())

        return response_200

    response_default = _models.GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.GoogleRpcStatus | UpdatePolicyResponse]:
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


def _success(response: Response[_models.GoogleRpcStatus | UpdatePolicyResponse]) -> UpdatePolicyResponse:
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
    id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequestInput | Unset = UNSET,
) -> Response[_models.GoogleRpcStatus | UpdatePolicyResponse]:
    """Update a policy

    Update a policy by ID. The body carries the policy and a field mask
    naming the fields to change; the server replaces those fields with
    the values given. The id comes from the path (a `policy.id` in the
    body is ignored).

    Although the method is POST, the call is a replace of the named
    fields, not a create: sending the same request again leaves the policy
    in the same state, so retrying it is safe (`x-idempotent: true`).

    Args:
        id (str): The ID of the policy.
        body: The policy to update and a field mask naming the fields to change.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | UpdatePolicyResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequestInput | Unset = UNSET,
) -> _models.GoogleRpcStatus | UpdatePolicyResponse | None:
    """Update a policy

    Update a policy by ID. The body carries the policy and a field mask
    naming the fields to change; the server replaces those fields with
    the values given. The id comes from the path (a `policy.id` in the
    body is ignored).

    Although the method is POST, the call is a replace of the named
    fields, not a create: sending the same request again leaves the policy
    in the same state, so retrying it is safe (`x-idempotent: true`).

    Args:
        id (str): The ID of the policy.
        body: The policy to update and a field mask naming the fields to change.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | UpdatePolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequestInput | Unset = UNSET,
) -> Response[_models.GoogleRpcStatus | UpdatePolicyResponse]:
    """Update a policy

    Update a policy by ID. The body carries the policy and a field mask
    naming the fields to change; the server replaces those fields with
    the values given. The id comes from the path (a `policy.id` in the
    body is ignored).

    Although the method is POST, the call is a replace of the named
    fields, not a create: sending the same request again leaves the policy
    in the same state, so retrying it is safe (`x-idempotent: true`).

    Args:
        id (str): The ID of the policy.
        body: The policy to update and a field mask naming the fields to change.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | UpdatePolicyResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyRequestInput | Unset = UNSET,
) -> _models.GoogleRpcStatus | UpdatePolicyResponse | None:
    """Update a policy

    Update a policy by ID. The body carries the policy and a field mask
    naming the fields to change; the server replaces those fields with
    the values given. The id comes from the path (a `policy.id` in the
    body is ignored).

    Although the method is POST, the call is a replace of the named
    fields, not a create: sending the same request again leaves the policy
    in the same state, so retrying it is safe (`x-idempotent: true`).

    Args:
        id (str): The ID of the policy.
        body: The policy to update and a field mask naming the fields to change.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | UpdatePolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
