from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import define

from ... import models as _models
from ...models.api_result import ApiResult
from ...models.policy import Policy
from ...types import UNSET, ResponseWithHeaders, Unset, status_of

if TYPE_CHECKING:
    from ... import client as _package
else:
    _package = import_module("...", __package__)


OPERATION_ID = "post_policy"
IDEMPOTENT = True
"""Whether a retry of this operation is safe (the spec's ``x-idempotent``, else HTTP method semantics)."""


@define
class PostPolicyResponseHeaders:
    """Response headers that the spec declares for post_policy (None when absent)."""

    oso_offset: str | None
    """``OsoOffset``: Consistency token of this write; send it back on later reads."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> PostPolicyResponseHeaders:
        """Pick the declared headers out of an httpx response (case-insensitively)."""
        return cls(
            oso_offset=headers.get("OsoOffset"),
        )


def _get_kwargs(
    *,
    body: Policy,
    force: bool | None | Unset = UNSET,
    show_suggestions: bool | None | Unset = UNSET,
    fail_fast: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    force = UNSET if force is None else force
    show_suggestions = UNSET if show_suggestions is None else show_suggestions
    fail_fast = UNSET if fail_fast is None else fail_fast

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["force"] = force

    params["show_suggestions"] = show_suggestions

    params["fail_fast"] = fail_fast

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/policy",
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
) -> (
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError
):
    if response.status_code == 200:
        response_200 = ApiResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ApiResult.from_dict(response.json())

        return response_202

    _response_default = response.json()
    response_default: (
        _models.GenericSavePolicyError
        | _models.OtherSavePolicyError
        | _models.TestsFailedSavePolicyError
        | _models.ValidationSavePolicyError
    )
    try:
        if not isinstance(_response_default, dict):
            raise TypeError()
        componentsschemas_save_policy_error_type_0 = _models.GenericSavePolicyError.from_dict(_response_default)

        response_default = componentsschemas_save_policy_error_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        try:
            if not isinstance(_response_default, dict):
                raise TypeError()
            componentsschemas_save_policy_error_type_1 = _models.ValidationSavePolicyError.from_dict(_response_default)

            response_default = componentsschemas_save_policy_error_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            try:
                if not isinstance(_response_default, dict):
                    raise TypeError()
                componentsschemas_save_policy_error_type_2 = _models.TestsFailedSavePolicyError.from_dict(
                    _response_default
                )

                response_default = componentsschemas_save_policy_error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_response_default, dict):
                    raise TypeError()
                componentsschemas_save_policy_error_type_3 = _models.OtherSavePolicyError.from_dict(_response_default)

                response_default = componentsschemas_save_policy_error_type_3

    return response_default


def _build_response(
    *, client: _package.AuthenticatedClient | _package.Client, response: httpx.Response
) -> ResponseWithHeaders[
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError,
    PostPolicyResponseHeaders,
]:
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
        parsed_headers=PostPolicyResponseHeaders.from_headers(response.headers),
    )


def _success(
    response: ResponseWithHeaders[
        ApiResult
        | _models.GenericSavePolicyError
        | _models.OtherSavePolicyError
        | _models.TestsFailedSavePolicyError
        | _models.ValidationSavePolicyError,
        PostPolicyResponseHeaders,
    ],
) -> ApiResult:
    """The parsed body of a documented success; any other status raises (what the resource methods return)."""
    if response.status_code == 200 or response.status_code == 202:
        # _parse_response gives these statuses exactly their declared types.
        return cast("ApiResult", response.parsed)
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
    body: Policy,
    force: bool | None | Unset = UNSET,
    show_suggestions: bool | None | Unset = UNSET,
    fail_fast: bool | None | Unset = UNSET,
) -> ResponseWithHeaders[
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError,
    PostPolicyResponseHeaders,
]:
    """Replace the policy

    Updates the policy in Oso Cloud. The policy should be represented as a string containing
    [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

    Args:
        force (bool | None | Unset): Optional (UNSET or None: not sent).
        show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
        fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
        body: the request body.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ApiResult | GenericSavePolicyError | OtherSavePolicyError |
            TestsFailedSavePolicyError | ValidationSavePolicyError, PostPolicyResponseHeaders]: status, headers,
            raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        force=force,
        show_suggestions=show_suggestions,
        fail_fast=fail_fast,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: _package.AuthenticatedClient,
    body: Policy,
    force: bool | None | Unset = UNSET,
    show_suggestions: bool | None | Unset = UNSET,
    fail_fast: bool | None | Unset = UNSET,
) -> (
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError
    | None
):
    """Replace the policy

    Updates the policy in Oso Cloud. The policy should be represented as a string containing
    [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

    Args:
        force (bool | None | Unset): Optional (UNSET or None: not sent).
        show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
        fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
        body: the request body.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ApiResult | GenericSavePolicyError | OtherSavePolicyError | TestsFailedSavePolicyError |
            ValidationSavePolicyError | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return sync_detailed(
        client=client,
        body=body,
        force=force,
        show_suggestions=show_suggestions,
        fail_fast=fail_fast,
    ).parsed


async def asyncio_detailed(
    *,
    client: _package.AuthenticatedClient,
    body: Policy,
    force: bool | None | Unset = UNSET,
    show_suggestions: bool | None | Unset = UNSET,
    fail_fast: bool | None | Unset = UNSET,
) -> ResponseWithHeaders[
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError,
    PostPolicyResponseHeaders,
]:
    """Replace the policy

    Updates the policy in Oso Cloud. The policy should be represented as a string containing
    [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

    Args:
        force (bool | None | Unset): Optional (UNSET or None: not sent).
        show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
        fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
        body: the request body.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ResponseWithHeaders[ApiResult | GenericSavePolicyError | OtherSavePolicyError |
            TestsFailedSavePolicyError | ValidationSavePolicyError, PostPolicyResponseHeaders]: status, headers,
            raw content and the parsed body.
    """

    kwargs = _get_kwargs(
        body=body,
        force=force,
        show_suggestions=show_suggestions,
        fail_fast=fail_fast,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: _package.AuthenticatedClient,
    body: Policy,
    force: bool | None | Unset = UNSET,
    show_suggestions: bool | None | Unset = UNSET,
    fail_fast: bool | None | Unset = UNSET,
) -> (
    ApiResult
    | _models.GenericSavePolicyError
    | _models.OtherSavePolicyError
    | _models.TestsFailedSavePolicyError
    | _models.ValidationSavePolicyError
    | None
):
    """Replace the policy

    Updates the policy in Oso Cloud. The policy should be represented as a string containing
    [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

    Args:
        force (bool | None | Unset): Optional (UNSET or None: not sent).
        show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
        fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
        body: the request body.

    Raises:
        errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
            which ``policy_clients`` clients set).
        errors.MalformedResponse: a documented status whose body does not match the spec.
        policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
            (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
            request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

    Returns:
        ApiResult | GenericSavePolicyError | OtherSavePolicyError | TestsFailedSavePolicyError |
            ValidationSavePolicyError | None: the parsed body of the status answered (error models included
            unless the client raises for errors; None for an undocumented status).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            force=force,
            show_suggestions=show_suggestions,
            fail_fast=fail_fast,
        )
    ).parsed
