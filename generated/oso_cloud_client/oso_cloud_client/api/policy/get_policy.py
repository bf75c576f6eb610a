from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.get_policy_result import GetPolicyResult
from ...types import UNSET, Response, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "get_policy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    id: int | None | None | Unset = UNSET,
) -> dict[str, Any]:
    id = UNSET if id is None else id

    params: dict[str, Any] = {}

    json_id: int | None | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    else:
        json_id = id
    params["id"] = json_id

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
) -> _models.ApiError | GetPolicyResult:
    if response.status_code == 200:
        response_200 = GetPolicyResult.from_dict(response.json())

        return response_200

    response_default = _models.ApiError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.ApiError | GetPolicyResult]:
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


def _success(response: Response[_models.ApiError | GetPolicyResult]) -> GetPolicyResult:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("GetPolicyResult", response.parsed)
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
    id: int | None | None | Unset = UNSET,
) -> Response[_models.ApiError | GetPolicyResult]:
    """Get the current policy

    Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
    write to read that write (the facade does this for you).

    Args:
        id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
            clients never send it. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ApiError | GetPolicyResult]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient,
    id: int | None | None | Unset = UNSET,
) -> _models.ApiError | GetPolicyResult | None:
    """Get the current policy

    Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
    write to read that write (the facade does this for you).

    Args:
        id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
            clients never send it. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ApiError | GetPolicyResult | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    id: int | None | None | Unset = UNSET,
) -> Response[_models.ApiError | GetPolicyResult]:
    """Get the current policy

    Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
    write to read that write (the facade does this for you).

    Args:
        id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
            clients never send it. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ApiError | GetPolicyResult]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    id: int | None | None | Unset = UNSET,
) -> _models.ApiError | GetPolicyResult | None:
    """Get the current policy

    Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
    write to read that write (the facade does this for you).

    Args:
        id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
            clients never send it. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ApiError | GetPolicyResult | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
