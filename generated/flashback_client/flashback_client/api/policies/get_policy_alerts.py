from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import models as _models
from ...models.get_policy_alerts_response import GetPolicyAlertsResponse
from ...models.policy_alert_dto import PolicyAlertDTO
from ...types import UNSET, Response, Unset, dig, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "getPolicyAlerts"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _get_kwargs(
    *,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    skip: int | None | Unset = 0,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> dict[str, Any]:
    workspace_id = UNSET if workspace_id is None else workspace_id
    repo_id = UNSET if repo_id is None else repo_id
    policy_id = UNSET if policy_id is None else policy_id
    from_ = UNSET if from_ is None else from_
    to = UNSET if to is None else to
    take = UNSET if take is None else take
    skip = UNSET if skip is None else skip
    llm_type = UNSET if llm_type is None else llm_type
    llm_model = UNSET if llm_model is None else llm_model
    host = UNSET if host is None else host

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["repoId"] = repo_id

    params["policyId"] = policy_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["take"] = take

    params["skip"] = skip

    params["llmType"] = llm_type

    params["llmModel"] = llm_model

    params["host"] = host

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/policy/alerts",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.ErrorBody | GetPolicyAlertsResponse | None:
    if response.status_code == 200:
        response_200 = GetPolicyAlertsResponse.from_dict(response.json())

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
) -> Response[_models.ErrorBody | GetPolicyAlertsResponse]:
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


def _success(response: Response[_models.ErrorBody | GetPolicyAlertsResponse]) -> GetPolicyAlertsResponse:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("GetPolicyAlertsResponse", response.parsed)
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
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    skip: int | None | Unset = 0,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> Response[_models.ErrorBody | GetPolicyAlertsResponse]:
    """Policy alerts, newest first, paged with take/skip

    Alerts raised by the policies the caller can see, newest first. Takes the
    violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
    A literal path next to `/policy/{policyId}`.

    Args:
        workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
            sent).
        repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
        policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
        from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
            not sent).
        to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
            sent).
        take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
            Default: 50.
        skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
            0). Optional (UNSET or None: not sent). Default: 0.
        llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
            or None: not sent).
        llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
        host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | GetPolicyAlertsResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        repo_id=repo_id,
        policy_id=policy_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    skip: int | None | Unset = 0,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> _models.ErrorBody | GetPolicyAlertsResponse | None:
    """Policy alerts, newest first, paged with take/skip

    Alerts raised by the policies the caller can see, newest first. Takes the
    violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
    A literal path next to `/policy/{policyId}`.

    Args:
        workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
            sent).
        repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
        policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
        from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
            not sent).
        to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
            sent).
        take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
            Default: 50.
        skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
            0). Optional (UNSET or None: not sent). Default: 0.
        llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
            or None: not sent).
        llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
        host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | GetPolicyAlertsResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        policy_id=policy_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    skip: int | None | Unset = 0,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> Response[_models.ErrorBody | GetPolicyAlertsResponse]:
    """Policy alerts, newest first, paged with take/skip

    Alerts raised by the policies the caller can see, newest first. Takes the
    violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
    A literal path next to `/policy/{policyId}`.

    Args:
        workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
            sent).
        repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
        policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
        from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
            not sent).
        to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
            sent).
        take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
            Default: 50.
        skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
            0). Optional (UNSET or None: not sent). Default: 0.
        llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
            or None: not sent).
        llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
        host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Response[ErrorBody | GetPolicyAlertsResponse]: status, headers, raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        repo_id=repo_id,
        policy_id=policy_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    skip: int | None | Unset = 0,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> _models.ErrorBody | GetPolicyAlertsResponse | None:
    """Policy alerts, newest first, paged with take/skip

    Alerts raised by the policies the caller can see, newest first. Takes the
    violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
    A literal path next to `/policy/{policyId}`.

    Args:
        workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
            sent).
        repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
        policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
        from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
            not sent).
        to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
            sent).
        take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
            Default: 50.
        skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
            0). Optional (UNSET or None: not sent). Default: 0.
        llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
            or None: not sent).
        llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
        host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ErrorBody | GetPolicyAlertsResponse | None: the parsed body of the status answered (error models
            included unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            skip=skip,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )
    ).parsed


def _page_items(parsed: _models.ErrorBody | GetPolicyAlertsResponse | None) -> list[PolicyAlertDTO]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = dig(parsed, ("alerts",))
    return items if isinstance(items, list) else []


def _check_page(page: Response[_models.ErrorBody | GetPolicyAlertsResponse]) -> None:
    if not 200 <= page.status_code < 300:
        from ... import errors

        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def pages(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> Iterator[Response[_models.ErrorBody | GetPolicyAlertsResponse]]:
    """Every page of getPolicyAlerts as a whole response, each fetched when the loop asks for it.

    Moves the offset on by each page's item count until a page is empty, shorter than the page size
    asked for, or the offset reaches the total.

    Raises:
        errors.PageError: a page answered with an error status (a facade client raises its own error first).
    """
    _offset = 0
    while True:
        _page = sync_detailed(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            skip=_offset,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )
        _check_page(_page)
        yield _page
        _count = len(_page_items(_page.parsed))
        if _count == 0:
            return
        _offset += _count
        _size: object = take
        if isinstance(_size, int) and _count < _size:
            return
        _total = dig(_page.parsed, ("total",))
        if isinstance(_total, int) and _offset >= _total:
            return


def iterate(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> Iterator[PolicyAlertDTO]:
    """Every item of every page of getPolicyAlerts, in the server's order, fetched lazily (see ``pages``)."""
    for _page in pages(
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        policy_id=policy_id,
        from_=from_,
        to=to,
        take=take,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
    ):
        yield from _page_items(_page.parsed)


async def apages(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> AsyncIterator[Response[_models.ErrorBody | GetPolicyAlertsResponse]]:
    """The async form of ``pages``."""
    _offset = 0
    while True:
        _page = await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            skip=_offset,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )
        _check_page(_page)
        yield _page
        _count = len(_page_items(_page.parsed))
        if _count == 0:
            return
        _offset += _count
        _size: object = take
        if isinstance(_size, int) and _count < _size:
            return
        _total = dig(_page.parsed, ("total",))
        if isinstance(_total, int) and _offset >= _total:
            return


async def aiterate(
    *,
    client: _package.AuthenticatedClient | _package.Client,
    workspace_id: str | None | Unset = UNSET,
    repo_id: str | None | Unset = UNSET,
    policy_id: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    take: int | None | Unset = 50,
    llm_type: str | None | Unset = UNSET,
    llm_model: str | None | Unset = UNSET,
    host: str | None | Unset = UNSET,
) -> AsyncIterator[PolicyAlertDTO]:
    """The async form of ``iterate``."""
    async for _page in apages(
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        policy_id=policy_id,
        from_=from_,
        to=to,
        take=take,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
    ):
        for _item in _page_items(_page.parsed):
            yield _item
