"""The ``policy_search`` operations as methods: ``client.policy_search`` and ``client.aio.policy_search``.

Each method takes its operation function's arguments (``api/policy_search/<module>.py``) and returns
the parsed success; ``with_raw_response`` gives the whole response instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from typing import cast

    from ..client import AuthenticatedClient, Client
    from ..models.google_rpc_status import GoogleRpcStatus
    from ..models.policy import Policy
    from ..models.search_policies_request import SearchPoliciesRequest
    from ..models.search_policies_response import SearchPoliciesResponse
    from ..types import Response

__all__ = [
    "AsyncPolicySearchResource",
    "AsyncPolicySearchResourceWithRawResponse",
    "PolicySearchResource",
    "PolicySearchResourceWithRawResponse",
]


class PolicySearchResource:
    """The ``policy_search`` operations as methods: ``client.policy_search.<method>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PolicySearchResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return PolicySearchResourceWithRawResponse(self._client)

    def search(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> SearchPoliciesResponse:
        """Search policies

        One page of the policies matching every criterion given. Pass the
        `nextPageToken` of a response as the body's `pageToken` (the rest of
        the body unchanged) to get the next page. A read, so retrying is safe
        although the method is POST.

        Args:
            body: Search criteria and paging.

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
            SearchPoliciesResponse: the parsed body of a success.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            _operation.sync_detailed(
                client=client,
                body=body,
            )
        )

    def search_iterate(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> Iterator[Policy]:
        """Every item of every page of searchPolicies, in the server's order, fetched lazily.

        Takes ``search``'s arguments but the page cursor, which it manages; see ``search_pages``.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.iterate(
            client=client,
            body=body,
        )

    def search_pages(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> Iterator[Response[GoogleRpcStatus | SearchPoliciesResponse]]:
        """Every page of searchPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.pages(
            client=client,
            body=body,
        )


class PolicySearchResourceWithRawResponse:
    """``policy_search`` methods returning the whole response (status, headers, raw content, parsed body)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def search(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> Response[GoogleRpcStatus | SearchPoliciesResponse]:
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
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.sync_detailed(
            client=client,
            body=body,
        )


class AsyncPolicySearchResource:
    """The ``policy_search`` operations as coroutine methods: ``await client.aio.policy_search.<method>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPolicySearchResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return AsyncPolicySearchResourceWithRawResponse(self._client)

    async def search(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> SearchPoliciesResponse:
        """Search policies

        One page of the policies matching every criterion given. Pass the
        `nextPageToken` of a response as the body's `pageToken` (the rest of
        the body unchanged) to get the next page. A read, so retrying is safe
        although the method is POST.

        Args:
            body: Search criteria and paging.

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
            SearchPoliciesResponse: the parsed body of a success.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation._success(
            await _operation.asyncio_detailed(
                client=client,
                body=body,
            )
        )

    def search_iterate(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> AsyncIterator[Policy]:
        """Every item of every page of searchPolicies, in the server's order, fetched lazily (``async for``).

        Takes ``search``'s arguments but the page cursor, which it manages; see ``search_pages``.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.aiterate(
            client=client,
            body=body,
        )

    def search_pages(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> AsyncIterator[Response[GoogleRpcStatus | SearchPoliciesResponse]]:
        """Every page of searchPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.apages(
            client=client,
            body=body,
        )


class AsyncPolicySearchResourceWithRawResponse:
    """``policy_search`` methods returning the whole response (awaited; status, headers, raw content, parsed body)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def search(
        self,
        *,
        body: SearchPoliciesRequest,
    ) -> Response[GoogleRpcStatus | SearchPoliciesResponse]:
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
        from ..api.policy_search import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return await _operation.asyncio_detailed(
            client=client,
            body=body,
        )
