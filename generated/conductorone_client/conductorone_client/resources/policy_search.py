"""The ``policy_search`` operations as methods: ``client.policy_search`` and ``client.aio.policy_search``.

Each method takes its operation function's arguments (``api/policy_search/<module>.py``) and returns
the parsed success; ``with_raw_response`` gives the whole response instead, running the same method
(``raw_twin`` in ``resources/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from . import RawResource as _RawResource
from . import Resource as _Resource
from . import raw_twin as _raw_twin

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from typing import cast

    from ..api import policy_search as _operations
    from ..client import AuthenticatedClient
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


class PolicySearchResource(_Resource):
    """The ``policy_search`` operations as methods: ``client.policy_search.<method>(...)``."""

    __slots__ = ()

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
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                body=body,
            ),
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


class AsyncPolicySearchResource(_Resource):
    """The ``policy_search`` operations as coroutine methods: ``await client.aio.policy_search.<method>(...)``."""

    __slots__ = ()

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
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                body=body,
            ),
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


class PolicySearchResourceWithRawResponse(_RawResource):
    """``PolicySearchResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``PolicySearchResource`` method (see there for arguments and docs) and returns what the
    operation's ``sync_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        search = _raw_twin(PolicySearchResource.search, _operations.search_policies.sync_detailed)
    else:
        search = _raw_twin(PolicySearchResource.search)


class AsyncPolicySearchResourceWithRawResponse(_RawResource):
    """``AsyncPolicySearchResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``AsyncPolicySearchResource`` method (see there for arguments and docs) and returns what the
    operation's ``asyncio_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        search = _raw_twin(AsyncPolicySearchResource.search, _operations.search_policies.asyncio_detailed)
    else:
        search = _raw_twin(AsyncPolicySearchResource.search)
