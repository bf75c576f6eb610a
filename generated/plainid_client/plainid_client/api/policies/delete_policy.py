from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from ... import models as _models
from ...types import UNSET, ResponseWithHeaders, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "deletePolicy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


@define
class DeletePolicyResponseHeaders:
    """Response headers that the spec declares for deletePolicy (None when absent)."""

    x_request_id: str | None
    """``x-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> DeletePolicyResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            x_request_id=headers.get("x-request-id"),
        )


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    env_id: UUID,
    *,
    filterauth_ws_id: UUID,
    filterid: str | None | Unset = UNSET,
    filteridin: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:
    filterid = UNSET if filterid is None else filterid
    filteridin = UNSET if filteridin is None else filteridin

    params: dict[str, Any] = {}

    json_filterauth_ws_id = str(filterauth_ws_id)
    params["filter[authWsId]"] = json_filterauth_ws_id

    params["filter[id]"] = filterid

    json_filteridin: list[str] | Unset = UNSET
    if not isinstance(filteridin, Unset):
        json_filteridin = filteridin

    params["filter[id][in]"] = json_filteridin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/api/2.0/policies/{_path_segment(env_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorList | None | None:
    if response.status_code == 204:
        return None
    if response.status_code == 400:
        response_400 = _models.ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        return None
    if response.status_code == 404:
        response_404 = _models.ErrorList.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = _models.ErrorList.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        from ... import errors

        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> ResponseWithHeaders[_models.ErrorList | None, DeletePolicyResponseHeaders]:
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
    return ResponseWithHeaders(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        parsed_headers=DeletePolicyResponseHeaders.from_headers(response.headers),
    )


def _success(response: ResponseWithHeaders[_models.ErrorList | None, DeletePolicyResponseHeaders]) -> None:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 204:
        # _parse_response gives these statuses exactly their declared types.
        return cast("None", response.parsed)
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
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    filterauth_ws_id: UUID,
    filterid: str | None | Unset = UNSET,
    filteridin: list[str] | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.ErrorList | None, DeletePolicyResponseHeaders]:
    """Delete Policy by ID

    Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
            ID).
        filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
            (UNSET or None: not sent).
        filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
            Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ErrorList | None, DeletePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        filterauth_ws_id=filterauth_ws_id,
        filterid=filterid,
        filteridin=filteridin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    filterauth_ws_id: UUID,
    filterid: str | None | Unset = UNSET,
    filteridin: list[str] | None | Unset = UNSET,
) -> _models.ErrorList | None | None:
    """Delete Policy by ID

    Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
            ID).
        filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
            (UNSET or None: not sent).
        filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
            Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorList | None | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        env_id=env_id,
        client=client,
        filterauth_ws_id=filterauth_ws_id,
        filterid=filterid,
        filteridin=filteridin,
    ).parsed


async def asyncio_detailed(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    filterauth_ws_id: UUID,
    filterid: str | None | Unset = UNSET,
    filteridin: list[str] | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.ErrorList | None, DeletePolicyResponseHeaders]:
    """Delete Policy by ID

    Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
            ID).
        filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
            (UNSET or None: not sent).
        filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
            Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ErrorList | None, DeletePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        filterauth_ws_id=filterauth_ws_id,
        filterid=filterid,
        filteridin=filteridin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    filterauth_ws_id: UUID,
    filterid: str | None | Unset = UNSET,
    filteridin: list[str] | None | Unset = UNSET,
) -> _models.ErrorList | None | None:
    """Delete Policy by ID

    Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
            ID).
        filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
            (UNSET or None: not sent).
        filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
            Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorList | None | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            env_id=env_id,
            client=client,
            filterauth_ws_id=filterauth_ws_id,
            filterid=filterid,
            filteridin=filteridin,
        )
    ).parsed
