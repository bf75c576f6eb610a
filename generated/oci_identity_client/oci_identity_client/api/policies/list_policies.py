from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import define

from ... import models as _models
from ...models.policy import Policy
from ...models.policy_lifecycle_state import PolicyLifecycleState
from ...models.policy_sort_by import PolicySortBy
from ...models.sort_order import SortOrder
from ...types import UNSET, ResponseWithHeaders, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "listPolicies"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


@define
class ListPoliciesResponseHeaders:
    """Response headers that the spec declares for listPolicies (None when absent)."""

    opc_next_page: str | None
    """``opc-next-page``"""
    opc_request_id: str | None
    """``opc-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> ListPoliciesResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            opc_next_page=headers.get("opc-next-page"),
            opc_request_id=headers.get("opc-request-id"),
        )


def _get_kwargs(
    *,
    compartment_id: str,
    page: str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> dict[str, Any]:
    page = UNSET if page is None else page
    limit = UNSET if limit is None else limit
    name = UNSET if name is None else name
    sort_by = UNSET if sort_by is None else sort_by
    sort_order = UNSET if sort_order is None else sort_order
    lifecycle_state = UNSET if lifecycle_state is None else lifecycle_state

    params: dict[str, Any] = {}

    params["compartmentId"] = compartment_id

    params["page"] = page

    params["limit"] = limit

    params["name"] = name

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_lifecycle_state: str | Unset = UNSET
    if not isinstance(lifecycle_state, Unset):
        json_lifecycle_state = lifecycle_state.value

    params["lifecycleState"] = json_lifecycle_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/20160918/policies",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.Error | list[Policy]:
    if response.status_code == 200:
        _load_response_200_item = Policy.from_dict
        response_200 = [_load_response_200_item(item) for item in response.json()]

        return response_200

    if response.status_code == 400:
        response_400 = _models.Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = _models.Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = _models.Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = _models.Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = _models.Error.from_dict(response.json())

        return response_500

    response_default = _models.Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]:
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
        parsed_headers=ListPoliciesResponseHeaders.from_headers(response.headers),
    )


def _success(response: ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]) -> list[Policy]:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("list[Policy]", response.parsed)
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
    compartment_id: str,
    page: str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]:
    """List policies

    Lists the policies in a compartment, one page per call; the
    `opc-next-page` response header, sent back as `page`, fetches the next
    page, and its absence ends the list. The generated `iterate` / `pages`
    functions follow it.

    Args:
        compartment_id (str): The OCID of the compartment (the tenancy is the root compartment).
        page (str | None | Unset): The `opc-next-page` value of the previous page. Optional (UNSET or None:
            not sent).
        limit (int | None | Unset): The maximum number of policies per page. Optional (UNSET or None: not
            sent).
        name (str | None | Unset): Only the policy with exactly this name. Optional (UNSET or None: not
            sent).
        sort_by (PolicySortBy | None | Unset): The field to sort by. TIMECREATED sorts newest first by
            default, NAME ascending (case-sensitive). Optional (UNSET or None: not sent).
        sort_order (SortOrder | None | Unset): ASC or DESC; overrides the sort field's default order.
            Optional (UNSET or None: not sent).
        lifecycle_state (PolicyLifecycleState | None | Unset): Only policies in this state (the docs say the
            service ignores the case). Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | list[Policy], ListPoliciesResponseHeaders]: status, headers, raw content
            and the parsed body.
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        page=page,
        limit=limit,
        name=name,
        sort_by=sort_by,
        sort_order=sort_order,
        lifecycle_state=lifecycle_state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient,
    compartment_id: str,
    page: str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> _models.Error | list[Policy] | None:
    """List policies

    Lists the policies in a compartment, one page per call; the
    `opc-next-page` response header, sent back as `page`, fetches the next
    page, and its absence ends the list. The generated `iterate` / `pages`
    functions follow it.

    Args:
        compartment_id (str): The OCID of the compartment (the tenancy is the root compartment).
        page (str | None | Unset): The `opc-next-page` value of the previous page. Optional (UNSET or None:
            not sent).
        limit (int | None | Unset): The maximum number of policies per page. Optional (UNSET or None: not
            sent).
        name (str | None | Unset): Only the policy with exactly this name. Optional (UNSET or None: not
            sent).
        sort_by (PolicySortBy | None | Unset): The field to sort by. TIMECREATED sorts newest first by
            default, NAME ascending (case-sensitive). Optional (UNSET or None: not sent).
        sort_order (SortOrder | None | Unset): ASC or DESC; overrides the sort field's default order.
            Optional (UNSET or None: not sent).
        lifecycle_state (PolicyLifecycleState | None | Unset): Only policies in this state (the docs say the
            service ignores the case). Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | list[Policy] | None: the parsed body of the status answered (error models included unless
            the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        compartment_id=compartment_id,
        page=page,
        limit=limit,
        name=name,
        sort_by=sort_by,
        sort_order=sort_order,
        lifecycle_state=lifecycle_state,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    compartment_id: str,
    page: str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]:
    """List policies

    Lists the policies in a compartment, one page per call; the
    `opc-next-page` response header, sent back as `page`, fetches the next
    page, and its absence ends the list. The generated `iterate` / `pages`
    functions follow it.

    Args:
        compartment_id (str): The OCID of the compartment (the tenancy is the root compartment).
        page (str | None | Unset): The `opc-next-page` value of the previous page. Optional (UNSET or None:
            not sent).
        limit (int | None | Unset): The maximum number of policies per page. Optional (UNSET or None: not
            sent).
        name (str | None | Unset): Only the policy with exactly this name. Optional (UNSET or None: not
            sent).
        sort_by (PolicySortBy | None | Unset): The field to sort by. TIMECREATED sorts newest first by
            default, NAME ascending (case-sensitive). Optional (UNSET or None: not sent).
        sort_order (SortOrder | None | Unset): ASC or DESC; overrides the sort field's default order.
            Optional (UNSET or None: not sent).
        lifecycle_state (PolicyLifecycleState | None | Unset): Only policies in this state (the docs say the
            service ignores the case). Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | list[Policy], ListPoliciesResponseHeaders]: status, headers, raw content
            and the parsed body.
    """

    kwargs = _get_kwargs(
        compartment_id=compartment_id,
        page=page,
        limit=limit,
        name=name,
        sort_by=sort_by,
        sort_order=sort_order,
        lifecycle_state=lifecycle_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    compartment_id: str,
    page: str | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> _models.Error | list[Policy] | None:
    """List policies

    Lists the policies in a compartment, one page per call; the
    `opc-next-page` response header, sent back as `page`, fetches the next
    page, and its absence ends the list. The generated `iterate` / `pages`
    functions follow it.

    Args:
        compartment_id (str): The OCID of the compartment (the tenancy is the root compartment).
        page (str | None | Unset): The `opc-next-page` value of the previous page. Optional (UNSET or None:
            not sent).
        limit (int | None | Unset): The maximum number of policies per page. Optional (UNSET or None: not
            sent).
        name (str | None | Unset): Only the policy with exactly this name. Optional (UNSET or None: not
            sent).
        sort_by (PolicySortBy | None | Unset): The field to sort by. TIMECREATED sorts newest first by
            default, NAME ascending (case-sensitive). Optional (UNSET or None: not sent).
        sort_order (SortOrder | None | Unset): ASC or DESC; overrides the sort field's default order.
            Optional (UNSET or None: not sent).
        lifecycle_state (PolicyLifecycleState | None | Unset): Only policies in this state (the docs say the
            service ignores the case). Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | list[Policy] | None: the parsed body of the status answered (error models included unless
            the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            page=page,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
        )
    ).parsed


def _page_items(parsed: _models.Error | list[Policy] | None) -> list[Policy]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = parsed
    return items if isinstance(items, list) else []


def _check_page(page: ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]) -> None:
    if not 200 <= page.status_code < 300:
        from ... import errors

        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def _next_cursor(page: ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]) -> str | None:
    """The next page's cursor, or None on the last page (absent, null, not a string, or blank)."""
    value: object = page.headers.get("opc-next-page")
    return value if isinstance(value, str) and value.strip() else None


def pages(
    *,
    client: _package.AuthenticatedClient,
    compartment_id: str,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> Iterator[ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]]:
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
            compartment_id=compartment_id,
            page=_cursor,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
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
    compartment_id: str,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> Iterator[Policy]:
    """Every item of every page of listPolicies, in the server's order, fetched lazily (see ``pages``)."""
    for _page in pages(
        client=client,
        compartment_id=compartment_id,
        limit=limit,
        name=name,
        sort_by=sort_by,
        sort_order=sort_order,
        lifecycle_state=lifecycle_state,
    ):
        yield from _page_items(_page.parsed)


async def apages(
    *,
    client: _package.AuthenticatedClient,
    compartment_id: str,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> AsyncIterator[ResponseWithHeaders[_models.Error | list[Policy], ListPoliciesResponseHeaders]]:
    """The async form of ``pages``."""
    _cursor: str | Unset = UNSET
    while True:
        _page = await asyncio_detailed(
            client=client,
            compartment_id=compartment_id,
            page=_cursor,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
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
    compartment_id: str,
    limit: int | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    sort_by: PolicySortBy | None | Unset = UNSET,
    sort_order: SortOrder | None | Unset = UNSET,
    lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
) -> AsyncIterator[Policy]:
    """The async form of ``iterate``."""
    async for _page in apages(
        client=client,
        compartment_id=compartment_id,
        limit=limit,
        name=name,
        sort_by=sort_by,
        sort_order=sort_order,
        lifecycle_state=lifecycle_state,
    ):
        for _item in _page_items(_page.parsed):
            yield _item
