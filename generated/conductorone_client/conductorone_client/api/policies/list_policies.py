from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.list_policy_response import ListPolicyResponse
from ...models.policy import Policy
from ...types import UNSET, Response, Unset, dig, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "listPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    page_size: int | None | None | Unset = UNSET,
    page_token: None | str | None | Unset = UNSET,
) -> dict[str, Any]:
    page_size = UNSET if page_size is None else page_size
    page_token = UNSET if page_token is None else page_token

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
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.GoogleRpcStatus | ListPolicyResponse:
    if response.status_code == 200:
        response_200 = ListPolicyResponse.from_dict(response.json())

        return response_200

    response_default = _models.GoogleRpcStatus.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> Response[_models.GoogleRpcStatus | ListPolicyResponse]:
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


def _success(response: Response[_models.GoogleRpcStatus | ListPolicyResponse]) -> ListPolicyResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("ListPolicyResponse", response.parsed)
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
    page_size: int | None | None | Unset = UNSET,
    page_token: None | str | None | Unset = UNSET,
) -> Response[_models.GoogleRpcStatus | ListPolicyResponse]:
    """List policies

    One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | None | Unset): Policies per page (the server's default when absent).
            snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
        page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
            None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | ListPolicyResponse]: status, headers, raw content and the parsed body.
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
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
    page_token: None | str | None | Unset = UNSET,
) -> _models.GoogleRpcStatus | ListPolicyResponse | None:
    """List policies

    One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | None | Unset): Policies per page (the server's default when absent).
            snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
        page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
            None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | ListPolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
    page_token: None | str | None | Unset = UNSET,
) -> Response[_models.GoogleRpcStatus | ListPolicyResponse]:
    """List policies

    One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | None | Unset): Policies per page (the server's default when absent).
            snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
        page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
            None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[GoogleRpcStatus | ListPolicyResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
    page_token: None | str | None | Unset = UNSET,
) -> _models.GoogleRpcStatus | ListPolicyResponse | None:
    """List policies

    One page of policies. Pass the `nextPageToken` of a response as
    `page_token` to get the next page; the last page has none.

    Args:
        page_size (int | None | None | Unset): Policies per page (the server's default when absent).
            snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
        page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
            None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        GoogleRpcStatus | ListPolicyResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed


def _page_items(parsed: _models.GoogleRpcStatus | ListPolicyResponse | None) -> list[Policy]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = dig(parsed, ("list_",))
    return items if isinstance(items, list) else []


def _check_page(page: Response[_models.GoogleRpcStatus | ListPolicyResponse]) -> None:
    if not 200 <= page.status_code < 300:
        from ... import errors

        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def _next_cursor(page: Response[_models.GoogleRpcStatus | ListPolicyResponse]) -> str | None:
    """The next page's cursor, or None on the last page (absent, null, not a string, or blank)."""
    value = dig(page.parsed, ("next_page_token",))
    return value if isinstance(value, str) and value.strip() else None


def pages(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
) -> Iterator[Response[_models.GoogleRpcStatus | ListPolicyResponse]]:
    """Every page of listPolicies as a whole response, each fetched when the loop asks for it.

    Follows the next-page cursor until a page gives none (absent, null or blank).

    Raises:
        errors.PageError: a page answered with an error status (a facade client raises its own error first).
        errors.RepeatingCursorError: a page gave back the cursor it was requested with.
    """
    _cursor: str | Unset = UNSET
    while True:
        _page = sync_detailed(
            client=client,
            page_size=page_size,
            page_token=_cursor,
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


def iterate(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
) -> Iterator[Policy]:
    """Every item of every page of listPolicies, in the server's order, fetched lazily (see ``pages``)."""
    for _page in pages(
        client=client,
        page_size=page_size,
    ):
        yield from _page_items(_page.parsed)


async def apages(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
) -> AsyncIterator[Response[_models.GoogleRpcStatus | ListPolicyResponse]]:
    """The async form of ``pages``."""
    _cursor: str | Unset = UNSET
    while True:
        _page = await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=_cursor,
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


async def aiterate(
    *,
    client: _package.AuthenticatedClient,
    page_size: int | None | None | Unset = UNSET,
) -> AsyncIterator[Policy]:
    """The async form of ``iterate``."""
    async for _page in apages(
        client=client,
        page_size=page_size,
    ):
        for _item in _page_items(_page.parsed):
            yield _item
