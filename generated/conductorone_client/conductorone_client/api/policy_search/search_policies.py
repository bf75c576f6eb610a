from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ... import models as _models
from ...models.policy import Policy
from ...models.search_policies_request import SearchPoliciesRequest
from ...models.search_policies_response import SearchPoliciesResponse
from ...types import Response, dig, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "searchPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    body: SearchPoliciesRequest,
) -> dict[str, Any]:

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/search/policies",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.GoogleRpcStatus | SearchPoliciesResponse:
    if response.status_code == 200:
        response_200 = SearchPoliciesResponse.from_dict(response.json())

        return response_200

    response_default = _models.GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.GoogleRpcStatus | SearchPoliciesResponse]:
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


def _success(response: Response[_models.GoogleRpcStatus | SearchPoliciesResponse]) -> SearchPoliciesResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("SearchPoliciesResponse", response.parsed)
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
    body: SearchPoliciesRequest,
) -> Response[_models.GoogleRpcStatus | SearchPoliciesResponse]:
    """Search policies

    One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body: Search criteria and paging.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | SearchPoliciesResponse]: status, headers, raw content and the parsed
            body.
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
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> _models.GoogleRpcStatus | SearchPoliciesResponse | None:
    """Search policies

    One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body: Search criteria and paging.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | SearchPoliciesResponse | None: the parsed body of the status answered (error
            models included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> Response[_models.GoogleRpcStatus | SearchPoliciesResponse]:
    """Search policies

    One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body: Search criteria and paging.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | SearchPoliciesResponse]: status, headers, raw content and the parsed
            body.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> _models.GoogleRpcStatus | SearchPoliciesResponse | None:
    """Search policies

    One page of the policies matching every criterion given. Pass the
    `nextPageToken` of a response as the body's `pageToken` (the rest of
    the body unchanged) to get the next page. A read, so retrying is safe
    although the method is POST.

    Args:
        body: Search criteria and paging.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | SearchPoliciesResponse | None: the parsed body of the status answered (error
            models included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _page_items(parsed: _models.GoogleRpcStatus | SearchPoliciesResponse | None) -> list[Policy]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = dig(parsed, ("list_",))
    return items if isinstance(items, list) else []


def _check_page(page: Response[_models.GoogleRpcStatus | SearchPoliciesResponse]) -> None:
    if not 200 <= page.status_code < 300:
        from ... import errors

        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def _next_cursor(page: Response[_models.GoogleRpcStatus | SearchPoliciesResponse]) -> str | None:
    """The next page's cursor, or None on the last page (absent, null, not a string, or blank)."""
    value = dig(page.parsed, ("next_page_token",))
    return value if isinstance(value, str) and value.strip() else None


def pages(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> Iterator[Response[_models.GoogleRpcStatus | SearchPoliciesResponse]]:
    """Every page of searchPolicies as a whole response, each fetched when the loop asks for it.

    Follows the next-page cursor until a page gives none (absent, null or blank).

    Raises:
        errors.PageError: a page answered with an error status (a facade client raises its own error first).
        errors.RepeatingCursorError: a page gave back the cursor it was requested with.
    """
    _cursor: object = body.page_token
    while True:
        _page = sync_detailed(
            client=client,
            body=body,
        )
        _check_page(_page)
        yield _page
        _next = _next_cursor(_page)
        if _next is None:
            return
        if _next == _cursor:
            from ... import errors

            raise errors.RepeatingCursorError(
                _page.status_code, _page.content, cursor=_next, headers=_page.headers, operation=OPERATION_ID
            )
        _cursor = _next
        body = evolve(body, page_token=_next)


def iterate(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> Iterator[Policy]:
    """Every item of every page of searchPolicies, in the server's order, fetched lazily (see ``pages``)."""
    for _page in pages(
        client=client,
        body=body,
    ):
        yield from _page_items(_page.parsed)


async def apages(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> AsyncIterator[Response[_models.GoogleRpcStatus | SearchPoliciesResponse]]:
    """The async form of ``pages``."""
    _cursor: object = body.page_token
    while True:
        _page = await asyncio_detailed(
            client=client,
            body=body,
        )
        _check_page(_page)
        yield _page
        _next = _next_cursor(_page)
        if _next is None:
            return
        if _next == _cursor:
            from ... import errors

            raise errors.RepeatingCursorError(
                _page.status_code, _page.content, cursor=_next, headers=_page.headers, operation=OPERATION_ID
            )
        _cursor = _next
        body = evolve(body, page_token=_next)


async def aiterate(
    *,
    client: _package.AuthenticatedClient,
    body: SearchPoliciesRequest,
) -> AsyncIterator[Policy]:
    """The async form of ``iterate``."""
    async for _page in apages(
        client=client,
        body=body,
    ):
        for _item in _page_items(_page.parsed):
            yield _item
