from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

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

    opc_request_id: str | None
    """``opc-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> DeletePolicyResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            opc_request_id=headers.get("opc-request-id"),
        )


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    policy_id: str,
    *,
    if_match: str | None | Unset = UNSET,
) -> dict[str, Any]:
    if_match = UNSET if if_match is None else if_match

    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/20160918/policies/{_path_segment(policy_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.Error | None | None:
    if response.status_code == 200:
        return None
    if response.status_code == 204:
        return None
    if response.status_code == 400:
        response_400 = _models.Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = _models.Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = _models.Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = _models.Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = _models.Error.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = _models.Error.from_dict(response.json())

        return response_412

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
) -> ResponseWithHeaders[_models.Error | None, DeletePolicyResponseHeaders]:
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


def _success(response: ResponseWithHeaders[_models.Error | None, DeletePolicyResponseHeaders]) -> None:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200 or response.status_code == 204:
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
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    if_match: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | None, DeletePolicyResponseHeaders]:
    """Delete a policy

    Deletes the specified policy; it takes effect in about 10 seconds.
    With `if-match`, only the version with that etag is deleted (412
    otherwise).

    Deleting twice leaves the same state, so retrying is safe
    (`x-idempotent: true`); a retry after a lost success answers 404
    because the policy is already gone.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | None, DeletePolicyResponseHeaders]: status, headers, raw content and the
            parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    if_match: str | None | Unset = UNSET,
) -> _models.Error | None | None:
    """Delete a policy

    Deletes the specified policy; it takes effect in about 10 seconds.
    With `if-match`, only the version with that etag is deleted (412
    otherwise).

    Deleting twice leaves the same state, so retrying is safe
    (`x-idempotent: true`); a retry after a lost success answers 404
    because the policy is already gone.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | None | None: the parsed body of the status answered (error models included unless the client
            raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    if_match: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | None, DeletePolicyResponseHeaders]:
    """Delete a policy

    Deletes the specified policy; it takes effect in about 10 seconds.
    With `if-match`, only the version with that etag is deleted (412
    otherwise).

    Deleting twice leaves the same state, so retrying is safe
    (`x-idempotent: true`); a retry after a lost success answers 404
    because the policy is already gone.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | None, DeletePolicyResponseHeaders]: status, headers, raw content and the
            parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    if_match: str | None | Unset = UNSET,
) -> _models.Error | None | None:
    """Delete a policy

    Deletes the specified policy; it takes effect in about 10 seconds.
    With `if-match`, only the version with that etag is deleted (412
    otherwise).

    Deleting twice leaves the same state, so retrying is safe
    (`x-idempotent: true`); a retry after a lost success answers 404
    because the policy is already gone.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | None | None: the parsed body of the status answered (error models included unless the client
            raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
