from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from attrs import define

from ... import models as _models
from ...models.policy_search_request import PolicySearchRequest
from ...models.policy_search_response import PolicySearchResponse
from ...models.policy_summary import PolicySummary
from ...types import UNSET, ResponseWithHeaders, Unset, dig, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "searchPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


@define
class SearchPoliciesResponseHeaders:
    """Response headers that the spec declares for searchPolicies (None when absent)."""

    x_request_id: str | None
    """``x-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> SearchPoliciesResponseHeaders:
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
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:
    limit = UNSET if limit is None else limit
    offset = UNSET if offset is None else offset

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/1.0/policies-search/{_path_segment(env_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorList | None | PolicySearchResponse | None:
    if response.status_code == 200:
        response_200 = PolicySearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = _models.ErrorList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        return None
    if response.status_code == 422:
        response_422 = _models.ErrorList.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        from ... import errors

        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]:
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
        parsed_headers=SearchPoliciesResponseHeaders.from_headers(response.headers),
    )


def _success(
    response: ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders],
) -> PolicySearchResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("PolicySearchResponse", response.parsed)
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
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
    offset: int | None | Unset = 0,
) -> ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]:
    """List Policies

    Search the policies of an environment by application, authorization workspace, state and custom
    attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
            Optional (UNSET or None: not sent). Default: 50.
        offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
            (UNSET or None: not sent). Default: 0.
        body: Search filters; an empty object matches every policy of the environment.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]: status,
            headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        body=body,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
    offset: int | None | Unset = 0,
) -> _models.ErrorList | None | PolicySearchResponse | None:
    """List Policies

    Search the policies of an environment by application, authorization workspace, state and custom
    attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
            Optional (UNSET or None: not sent). Default: 50.
        offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
            (UNSET or None: not sent). Default: 0.
        body: Search filters; an empty object matches every policy of the environment.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorList | None | PolicySearchResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        env_id=env_id,
        client=client,
        body=body,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
    offset: int | None | Unset = 0,
) -> ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]:
    """List Policies

    Search the policies of an environment by application, authorization workspace, state and custom
    attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
            Optional (UNSET or None: not sent). Default: 50.
        offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
            (UNSET or None: not sent). Default: 0.
        body: Search filters; an empty object matches every policy of the environment.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]: status,
            headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        env_id=env_id,
        body=body,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
    offset: int | None | Unset = 0,
) -> _models.ErrorList | None | PolicySearchResponse | None:
    """List Policies

    Search the policies of an environment by application, authorization workspace, state and custom
    attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

    Args:
        env_id (UUID): The Environment ID (Environment Settings, Details tab).
        limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
            Optional (UNSET or None: not sent). Default: 50.
        offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
            (UNSET or None: not sent). Default: 0.
        body: Search filters; an empty object matches every policy of the environment.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorList | None | PolicySearchResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
            offset=offset,
        )
    ).parsed


def _page_items(parsed: _models.ErrorList | None | PolicySearchResponse | None) -> list[PolicySummary]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = dig(parsed, ("data",))
    return items if isinstance(items, list) else []


def _check_page(
    page: ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders],
) -> None:
    if not 200 <= page.status_code < 300:
        from ... import errors

        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def pages(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
) -> Iterator[ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]]:
    """Every page of searchPolicies as a whole response, each fetched when the loop asks for it.

    Moves the offset on by each page's item count until a page is empty, shorter than the page size
    asked for, or the offset reaches the total.

    Raises:
        errors.PageError: a page answered with an error status (a facade client raises its own error first).
    """
    _offset = 0
    while True:
        _page = sync_detailed(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
            offset=_offset,
        )
        _check_page(_page)
        yield _page
        _count = len(_page_items(_page.parsed))
        if _count == 0:
            return
        _offset += _count
        _size: object = limit
        if isinstance(_size, int) and _count < _size:
            return
        _total = dig(_page.parsed, ("total",))
        if isinstance(_total, int) and _offset >= _total:
            return


def iterate(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
) -> Iterator[PolicySummary]:
    """Every item of every page of searchPolicies, in the server's order, fetched lazily (see ``pages``)."""
    for _page in pages(
        env_id=env_id,
        client=client,
        body=body,
        limit=limit,
    ):
        yield from _page_items(_page.parsed)


async def apages(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
) -> AsyncIterator[ResponseWithHeaders[_models.ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]]:
    """The async form of ``pages``."""
    _offset = 0
    while True:
        _page = await asyncio_detailed(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
            offset=_offset,
        )
        _check_page(_page)
        yield _page
        _count = len(_page_items(_page.parsed))
        if _count == 0:
            return
        _offset += _count
        _size: object = limit
        if isinstance(_size, int) and _count < _size:
            return
        _total = dig(_page.parsed, ("total",))
        if isinstance(_total, int) and _offset >= _total:
            return


async def aiterate(
    env_id: UUID,
    *,
    client: _package.AuthenticatedClient,
    body: PolicySearchRequest,
    limit: int | None | Unset = 50,
) -> AsyncIterator[PolicySummary]:
    """The async form of ``iterate``."""
    async for _page in apages(
        env_id=env_id,
        client=client,
        body=body,
        limit=limit,
    ):
        for _item in _page_items(_page.parsed):
            yield _item
