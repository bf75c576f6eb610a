from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_policy_violations_response import GetPolicyViolationsResponse
from ...models.policy_violation_dto import PolicyViolationDTO
from ...types import UNSET, Response, Unset, dig, status_of

OPERATION_ID = "getPolicyViolationsByPolicyId"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    policy_id: str,
    *,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["repoId"] = repo_id

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

    params["severity"] = severity

    params["block"] = block

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/policy/{_path_segment(policy_id)}/violations",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }
    if params:  # an empty mapping still makes httpx rebuild the URL (≈40 µs a call)
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> _models.ErrorBody | GetPolicyViolationsResponse | None:
    if response.status_code == 200:
        response_200 = GetPolicyViolationsResponse.from_dict(response.json())

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
        raise errors.UnexpectedStatus.from_response(response, operation=OPERATION_ID, reason="undocumented status")
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[_models.ErrorBody | GetPolicyViolationsResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedResponse:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
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


def sync_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> Response[_models.ErrorBody | GetPolicyViolationsResponse]:
    """The violations of one policy, newest first, paged with take/skip

    Args:
        policy_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        llm_type (str | Unset):
        llm_model (str | Unset):
        host (str | Unset):
        severity (str | Unset):
        block (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GetPolicyViolationsResponse]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
        severity=severity,
        block=block,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> _models.ErrorBody | GetPolicyViolationsResponse | None:
    """The violations of one policy, newest first, paged with take/skip

    Args:
        policy_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        llm_type (str | Unset):
        llm_model (str | Unset):
        host (str | Unset):
        severity (str | Unset):
        block (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GetPolicyViolationsResponse
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
        severity=severity,
        block=block,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> Response[_models.ErrorBody | GetPolicyViolationsResponse]:
    """The violations of one policy, newest first, paged with take/skip

    Args:
        policy_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        llm_type (str | Unset):
        llm_model (str | Unset):
        host (str | Unset):
        severity (str | Unset):
        block (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | GetPolicyViolationsResponse]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        workspace_id=workspace_id,
        repo_id=repo_id,
        from_=from_,
        to=to,
        take=take,
        skip=skip,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
        severity=severity,
        block=block,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> _models.ErrorBody | GetPolicyViolationsResponse | None:
    """The violations of one policy, newest first, paged with take/skip

    Args:
        policy_id (str):
        workspace_id (str | Unset):
        repo_id (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        llm_type (str | Unset):
        llm_model (str | Unset):
        host (str | Unset):
        severity (str | Unset):
        block (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | GetPolicyViolationsResponse
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            skip=skip,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )
    ).parsed


def _page_items(parsed: _models.ErrorBody | GetPolicyViolationsResponse | None) -> list[PolicyViolationDTO]:
    """The items of a page's parsed body (an absent list is an empty page)."""
    items = dig(parsed, ("violations",))
    return items if isinstance(items, list) else []


def _check_page(page: Response[_models.ErrorBody | GetPolicyViolationsResponse]) -> None:
    if not 200 <= page.status_code < 300:
        raise errors.PageError(
            page.status_code, page.content, headers=page.headers, operation=OPERATION_ID, parsed=page.parsed
        )


def pages(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> Iterator[Response[_models.ErrorBody | GetPolicyViolationsResponse]]:
    """Every page of getPolicyViolationsByPolicyId as a whole response, each fetched when the loop asks for it.

    Moves the offset on by each page's item count until a page is empty, shorter than the page size
    asked for, or the offset reaches the total.

    Raises:
        errors.PageError: a page answered with an error status (a facade client raises its own error first).
    """
    _offset = 0
    while True:
        _page = sync_detailed(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            skip=_offset,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
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
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> Iterator[PolicyViolationDTO]:
    """Every item of every page of getPolicyViolationsByPolicyId, in the server's order, fetched lazily (see ``pages``)."""
    for page in pages(
        policy_id=policy_id,
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        from_=from_,
        to=to,
        take=take,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
        severity=severity,
        block=block,
    ):
        yield from _page_items(page.parsed)


async def apages(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> AsyncIterator[Response[_models.ErrorBody | GetPolicyViolationsResponse]]:
    """The async form of ``pages``."""
    _offset = 0
    while True:
        _page = await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            skip=_offset,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
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
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = UNSET,
    repo_id: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    take: int | Unset = 50,
    llm_type: str | Unset = UNSET,
    llm_model: str | Unset = UNSET,
    host: str | Unset = UNSET,
    severity: str | Unset = UNSET,
    block: bool | Unset = UNSET,
) -> AsyncIterator[PolicyViolationDTO]:
    """The async form of ``iterate``."""
    async for page in apages(
        policy_id=policy_id,
        client=client,
        workspace_id=workspace_id,
        repo_id=repo_id,
        from_=from_,
        to=to,
        take=take,
        llm_type=llm_type,
        llm_model=llm_model,
        host=host,
        severity=severity,
        block=block,
    ):
        for item in _page_items(page.parsed):
            yield item
