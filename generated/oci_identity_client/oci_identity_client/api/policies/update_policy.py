from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx
from attrs import define

from ... import models as _models
from ...models.policy import Policy
from ...models.update_policy_details import UpdatePolicyDetails
from ...types import UNSET, ResponseWithHeaders, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "updatePolicy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


@define
class UpdatePolicyResponseHeaders:
    """Response headers that the spec declares for updatePolicy (None when absent)."""

    etag: str | None
    """``etag``"""
    opc_request_id: str | None
    """``opc-request-id``"""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> UpdatePolicyResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            etag=headers.get("etag"),
            opc_request_id=headers.get("opc-request-id"),
        )


def _path_segment(value: Any) -> str:
    """Percent-encode a path parameter; ``.`` and ``..`` as ``%2E`` too, or URL normalization changes the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def _get_kwargs(
    policy_id: str,
    *,
    body: UpdatePolicyDetails,
    if_match: str | None | Unset = UNSET,
) -> dict[str, Any]:
    if_match = UNSET if if_match is None else if_match

    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/20160918/policies/{_path_segment(policy_id)}",
        "extensions": {"policy_clients.operation": OPERATION_ID, "policy_clients.idempotent": IDEMPOTENT},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    headers.setdefault("Accept", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> _models.Error | Policy:
    if response.status_code == 200:
        response_200 = Policy.from_dict(response.json())

        return response_200

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
) -> ResponseWithHeaders[_models.Error | Policy, UpdatePolicyResponseHeaders]:
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
        parsed_headers=UpdatePolicyResponseHeaders.from_headers(response.headers),
    )


def _success(response: ResponseWithHeaders[_models.Error | Policy, UpdatePolicyResponseHeaders]) -> Policy:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200:
        # _parse_response gives these statuses exactly their declared types.
        return cast("Policy", response.parsed)
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
    body: UpdatePolicyDetails,
    if_match: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | Policy, UpdatePolicyResponseHeaders]:
    """Update a policy

    Updates the specified policy: its description, its statements, its
    version date or its tags. Policy changes typically take effect within
    10 seconds.

    The body replaces the given fields with the given values, so sending
    the same request again leaves the policy in the same state: retrying it
    is safe (`x-idempotent: true`). With `if-match`, a retry after a lost
    200 can answer 412 because the etag has moved on; the policy is then
    already updated.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).
        body: Request object for updating a policy; fields left out are not changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | Policy, UpdatePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
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
    body: UpdatePolicyDetails,
    if_match: str | None | Unset = UNSET,
) -> _models.Error | Policy | None:
    """Update a policy

    Updates the specified policy: its description, its statements, its
    version date or its tags. Policy changes typically take effect within
    10 seconds.

    The body replaces the given fields with the given values, so sending
    the same request again leaves the policy in the same state: retrying it
    is safe (`x-idempotent: true`). With `if-match`, a retry after a lost
    200 can answer 412 because the etag has moved on; the policy is then
    already updated.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).
        body: Request object for updating a policy; fields left out are not changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | Policy | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        policy_id=policy_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyDetails,
    if_match: str | None | Unset = UNSET,
) -> ResponseWithHeaders[_models.Error | Policy, UpdatePolicyResponseHeaders]:
    """Update a policy

    Updates the specified policy: its description, its statements, its
    version date or its tags. Policy changes typically take effect within
    10 seconds.

    The body replaces the given fields with the given values, so sending
    the same request again leaves the policy in the same state: retrying it
    is safe (`x-idempotent: true`). With `if-match`, a retry after a lost
    200 can answer 412 because the etag has moved on; the policy is then
    already updated.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).
        body: Request object for updating a policy; fields left out are not changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[Error | Policy, UpdatePolicyResponseHeaders]: status, headers, raw content and
            the parsed body.
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_id: str,
    *,
    client: _package.AuthenticatedClient,
    body: UpdatePolicyDetails,
    if_match: str | None | Unset = UNSET,
) -> _models.Error | Policy | None:
    """Update a policy

    Updates the specified policy: its description, its statements, its
    version date or its tags. Policy changes typically take effect within
    10 seconds.

    The body replaces the given fields with the given values, so sending
    the same request again leaves the policy in the same state: retrying it
    is safe (`x-idempotent: true`). With `if-match`, a retry after a lost
    200 can answer 412 because the etag has moved on; the policy is then
    already updated.

    Args:
        policy_id (str): The OCID of the policy.
        if_match (str | None | Unset): For optimistic concurrency control. Set it to the `etag` from a
            previous GET or POST response for the policy; the policy is updated only if the etag matches its
            current etag, otherwise the answer is 412. Optional (UNSET or None: not sent).
        body: Request object for updating a policy; fields left out are not changed.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        Error | Policy | None: the parsed body of the status answered (error models included unless the
            client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            policy_id=policy_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
