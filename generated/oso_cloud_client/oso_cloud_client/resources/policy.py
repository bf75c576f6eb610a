"""The ``policy`` operations as methods: ``client.policy`` and ``client.aio.policy``.

Each method takes its operation function's arguments (``api/policy/<module>.py``) and returns
the parsed success; ``with_raw_response`` gives the whole response instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..api.policy.post_policy import PostPolicyResponseHeaders
    from ..client import AuthenticatedClient, Client
    from ..models.api_error import ApiError
    from ..models.api_result import ApiResult
    from ..models.generic_save_policy_error import GenericSavePolicyError
    from ..models.get_policy_metadata_result import GetPolicyMetadataResult
    from ..models.get_policy_result import GetPolicyResult
    from ..models.other_save_policy_error import OtherSavePolicyError
    from ..models.policy import Policy
    from ..models.tests_failed_save_policy_error import TestsFailedSavePolicyError
    from ..models.validation_save_policy_error import ValidationSavePolicyError
    from ..types import UNSET, Response, ResponseWithHeaders, Unset

__all__ = [
    "AsyncPolicyResource",
    "AsyncPolicyResourceWithRawResponse",
    "PolicyResource",
    "PolicyResourceWithRawResponse",
]


class PolicyResource:
    """The ``policy`` operations as methods: ``client.policy.<method>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PolicyResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return PolicyResourceWithRawResponse(self._client)

    def get(
        self,
        *,
        id: int | None | None | Unset = UNSET,
    ) -> GetPolicyResult:
        """Get the current policy

        Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
        write to read that write (the facade does this for you).

        Args:
            id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
                clients never send it. Optional (UNSET or None: not sent).

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            GetPolicyResult: the parsed body of a success.
        """
        from ..api.policy import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            _operation.sync_detailed(
                client=client,
                id=id,
            )
        )

    def get_metadata(
        self,
        *,
        id: int | None | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
    ) -> GetPolicyMetadataResult:
        """Get the current policy's metadata

        The resource blocks of the current policy, with their roles, permissions and relations.

        Args:
            id (int | None | None | Unset): As in the vendor's spec (undocumented meaning); the official clients
                send `version` instead. Optional (UNSET or None: not sent).
            version (str | None | Unset): The policy version whose metadata to return, as the official clients
                name it; default the current one. Optional (UNSET or None: not sent).

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            GetPolicyMetadataResult: the parsed body of a success.
        """
        from ..api.policy import get_policy_metadata as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            _operation.sync_detailed(
                client=client,
                id=id,
                version=version,
            )
        )

    def post(
        self,
        *,
        body: Policy,
        force: bool | None | Unset = UNSET,
        show_suggestions: bool | None | Unset = UNSET,
        fail_fast: bool | None | Unset = UNSET,
    ) -> ApiResult:
        """Replace the policy

        Updates the policy in Oso Cloud. The policy should be represented as a string containing
        [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

        Args:
            force (bool | None | Unset): Optional (UNSET or None: not sent).
            show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
            fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
            body: the request body.

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            ApiResult: the parsed body of a success.
        """
        from ..api.policy import post_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            _operation.sync_detailed(
                client=client,
                body=body,
                force=force,
                show_suggestions=show_suggestions,
                fail_fast=fail_fast,
            )
        )


class PolicyResourceWithRawResponse:
    """``policy`` methods returning the whole response (status, headers, raw content, parsed body)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def get(
        self,
        *,
        id: int | None | None | Unset = UNSET,
    ) -> Response[ApiError | GetPolicyResult]:
        """Get the current policy

        Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
        write to read that write (the facade does this for you).

        Args:
            id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
                clients never send it. Optional (UNSET or None: not sent).

        Raises:
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Response[ApiError | GetPolicyResult]: status, headers, raw content and the parsed body.
        """
        from ..api.policy import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.sync_detailed(
            client=client,
            id=id,
        )

    def get_metadata(
        self,
        *,
        id: int | None | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
    ) -> Response[ApiError | GetPolicyMetadataResult]:
        """Get the current policy's metadata

        The resource blocks of the current policy, with their roles, permissions and relations.

        Args:
            id (int | None | None | Unset): As in the vendor's spec (undocumented meaning); the official clients
                send `version` instead. Optional (UNSET or None: not sent).
            version (str | None | Unset): The policy version whose metadata to return, as the official clients
                name it; default the current one. Optional (UNSET or None: not sent).

        Raises:
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Response[ApiError | GetPolicyMetadataResult]: status, headers, raw content and the parsed body.
        """
        from ..api.policy import get_policy_metadata as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.sync_detailed(
            client=client,
            id=id,
            version=version,
        )

    def post(
        self,
        *,
        body: Policy,
        force: bool | None | Unset = UNSET,
        show_suggestions: bool | None | Unset = UNSET,
        fail_fast: bool | None | Unset = UNSET,
    ) -> ResponseWithHeaders[
        ApiResult
        | GenericSavePolicyError
        | OtherSavePolicyError
        | TestsFailedSavePolicyError
        | ValidationSavePolicyError,
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
        from ..api.policy import post_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.sync_detailed(
            client=client,
            body=body,
            force=force,
            show_suggestions=show_suggestions,
            fail_fast=fail_fast,
        )


class AsyncPolicyResource:
    """The ``policy`` operations as coroutine methods: ``await client.aio.policy.<method>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPolicyResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return AsyncPolicyResourceWithRawResponse(self._client)

    async def get(
        self,
        *,
        id: int | None | None | Unset = UNSET,
    ) -> GetPolicyResult:
        """Get the current policy

        Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
        write to read that write (the facade does this for you).

        Args:
            id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
                clients never send it. Optional (UNSET or None: not sent).

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            GetPolicyResult: the parsed body of a success.
        """
        from ..api.policy import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            await _operation.asyncio_detailed(
                client=client,
                id=id,
            )
        )

    async def get_metadata(
        self,
        *,
        id: int | None | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
    ) -> GetPolicyMetadataResult:
        """Get the current policy's metadata

        The resource blocks of the current policy, with their roles, permissions and relations.

        Args:
            id (int | None | None | Unset): As in the vendor's spec (undocumented meaning); the official clients
                send `version` instead. Optional (UNSET or None: not sent).
            version (str | None | Unset): The policy version whose metadata to return, as the official clients
                name it; default the current one. Optional (UNSET or None: not sent).

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            GetPolicyMetadataResult: the parsed body of a success.
        """
        from ..api.policy import get_policy_metadata as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            await _operation.asyncio_detailed(
                client=client,
                id=id,
                version=version,
            )
        )

    async def post(
        self,
        *,
        body: Policy,
        force: bool | None | Unset = UNSET,
        show_suggestions: bool | None | Unset = UNSET,
        fail_fast: bool | None | Unset = UNSET,
    ) -> ApiResult:
        """Replace the policy

        Updates the policy in Oso Cloud. The policy should be represented as a string containing
        [Polar](https://www.osohq.com/docs/modeling-in-polar/reference) code.

        Args:
            force (bool | None | Unset): Optional (UNSET or None: not sent).
            show_suggestions (bool | None | Unset): Optional (UNSET or None: not sent).
            fail_fast (bool | None | Unset): Optional (UNSET or None: not sent).
            body: the request body.

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            ApiResult: the parsed body of a success.
        """
        from ..api.policy import post_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            await _operation.asyncio_detailed(
                client=client,
                body=body,
                force=force,
                show_suggestions=show_suggestions,
                fail_fast=fail_fast,
            )
        )


class AsyncPolicyResourceWithRawResponse:
    """``policy`` methods returning the whole response (awaited; status, headers, raw content, parsed body)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get(
        self,
        *,
        id: int | None | None | Unset = UNSET,
    ) -> Response[ApiError | GetPolicyResult]:
        """Get the current policy

        Returns the policy that is currently active, as Polar source. Send the OsoOffset header of your last
        write to read that write (the facade does this for you).

        Args:
            id (int | None | None | Unset): Undocumented by the vendor (probably a policy version); the official
                clients never send it. Optional (UNSET or None: not sent).

        Raises:
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Response[ApiError | GetPolicyResult]: status, headers, raw content and the parsed body.
        """
        from ..api.policy import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return await _operation.asyncio_detailed(
            client=client,
            id=id,
        )

    async def get_metadata(
        self,
        *,
        id: int | None | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
    ) -> Response[ApiError | GetPolicyMetadataResult]:
        """Get the current policy's metadata

        The resource blocks of the current policy, with their roles, permissions and relations.

        Args:
            id (int | None | None | Unset): As in the vendor's spec (undocumented meaning); the official clients
                send `version` instead. Optional (UNSET or None: not sent).
            version (str | None | Unset): The policy version whose metadata to return, as the official clients
                name it; default the current one. Optional (UNSET or None: not sent).

        Raises:
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Response[ApiError | GetPolicyMetadataResult]: status, headers, raw content and the parsed body.
        """
        from ..api.policy import get_policy_metadata as _operation

        client = cast("AuthenticatedClient", self._client)
        return await _operation.asyncio_detailed(
            client=client,
            id=id,
            version=version,
        )

    async def post(
        self,
        *,
        body: Policy,
        force: bool | None | Unset = UNSET,
        show_suggestions: bool | None | Unset = UNSET,
        fail_fast: bool | None | Unset = UNSET,
    ) -> ResponseWithHeaders[
        ApiResult
        | GenericSavePolicyError
        | OtherSavePolicyError
        | TestsFailedSavePolicyError
        | ValidationSavePolicyError,
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
        from ..api.policy import post_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return await _operation.asyncio_detailed(
            client=client,
            body=body,
            force=force,
            show_suggestions=show_suggestions,
            fail_fast=fail_fast,
        )
