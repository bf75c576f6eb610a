"""The ``policies`` operations as methods: ``client.policies`` and ``client.aio.policies``.

Each method takes its operation function's arguments (``api/policies/<module>.py``) and returns
the parsed success; ``with_raw_response`` gives the whole response instead, running the same method
(``raw_twin`` in ``resources/__init__.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..types import UNSET, Unset
from . import RawResource as _RawResource
from . import Resource as _Resource
from . import raw_twin as _raw_twin

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from typing import cast

    from ..api import policies as _operations
    from ..client import AuthenticatedClient
    from ..models.create_policy_request import CreatePolicyRequest
    from ..models.create_policy_response import CreatePolicyResponse
    from ..models.delete_policy_request_input import DeletePolicyRequestInput
    from ..models.delete_policy_response import DeletePolicyResponse
    from ..models.get_policy_response import GetPolicyResponse
    from ..models.google_rpc_status import GoogleRpcStatus
    from ..models.list_policy_response import ListPolicyResponse
    from ..models.policy import Policy
    from ..models.update_policy_request_input import UpdatePolicyRequestInput
    from ..models.update_policy_response import UpdatePolicyResponse
    from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPoliciesResource",
    "AsyncPoliciesResourceWithRawResponse",
    "PoliciesResource",
    "PoliciesResourceWithRawResponse",
]


class PoliciesResource(_Resource):
    """The ``policies`` operations as methods: ``client.policies.<method>(...)``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> PoliciesResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return PoliciesResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        body: CreatePolicyRequest,
    ) -> CreatePolicyResponse:
        """Create a policy

        Create a policy; the server assigns its id. The request carries no
        idempotency key, so a create that may have reached the server is not
        safe to repeat (no `x-idempotent`).

        Args:
            body: The new policy.

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
            CreatePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                body=body,
            ),
        )

    def delete(
        self,
        id: str,
        *,
        body: DeletePolicyRequestInput | Unset = UNSET,
    ) -> DeletePolicyResponse:
        """Delete a policy

        Delete a policy; a later get answers 404. Deleting again leaves the
        same state (the repeat may answer 404), so retrying is safe.

        Args:
            id (str): The ID of the policy.
            body: An empty object, or no body (the SDKs omit it).

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
            DeletePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                id=id,
                client=client,
                body=body,
            ),
        )

    def get(
        self,
        id: str,
    ) -> GetPolicyResponse:
        """Get a policy

        Args:
            id (str): The ID of the policy.

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
            GetPolicyResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                id=id,
                client=client,
            ),
        )

    def list(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
        page_token: None | str | None | Unset = UNSET,
    ) -> ListPolicyResponse:
        """List policies

        One page of policies. Pass the `nextPageToken` of a response as
        `page_token` to get the next page; the last page has none.

        Args:
            page_size (int | None | None | Unset): Policies per page (the server's default when absent).
                snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
            page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
                None: not sent).

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
            ListPolicyResponse: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                page_size=page_size,
                page_token=page_token,
            ),
        )

    def list_iterate(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
    ) -> Iterator[Policy]:
        """Every item of every page of listPolicies, in the server's order, fetched lazily.

        Takes ``list``'s arguments but the page cursor, which it manages; see ``list_pages``.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.iterate(
            client=client,
            page_size=page_size,
        )

    def list_pages(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
    ) -> Iterator[Response[GoogleRpcStatus | ListPolicyResponse]]:
        """Every page of listPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.pages(
            client=client,
            page_size=page_size,
        )

    def update(
        self,
        id: str,
        *,
        body: UpdatePolicyRequestInput | Unset = UNSET,
    ) -> UpdatePolicyResponse:
        """Update a policy

        Update a policy by ID. The body carries the policy and a field mask
        naming the fields to change; the server replaces those fields with
        the values given. The id comes from the path (a `policy.id` in the
        body is ignored).

        Although the method is POST, the call is a replace of the named
        fields, not a create: sending the same request again leaves the policy
        in the same state, so retrying it is safe (`x-idempotent: true`).

        Args:
            id (str): The ID of the policy.
            body: The policy to update and a field mask naming the fields to change.

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
            UpdatePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import update_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                id=id,
                client=client,
                body=body,
            ),
        )


class AsyncPoliciesResource(_Resource):
    """The ``policies`` operations as coroutine methods: ``await client.aio.policies.<method>(...)``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPoliciesResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return AsyncPoliciesResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: CreatePolicyRequest,
    ) -> CreatePolicyResponse:
        """Create a policy

        Create a policy; the server assigns its id. The request carries no
        idempotency key, so a create that may have reached the server is not
        safe to repeat (no `x-idempotent`).

        Args:
            body: The new policy.

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
            CreatePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                body=body,
            ),
        )

    async def delete(
        self,
        id: str,
        *,
        body: DeletePolicyRequestInput | Unset = UNSET,
    ) -> DeletePolicyResponse:
        """Delete a policy

        Delete a policy; a later get answers 404. Deleting again leaves the
        same state (the repeat may answer 404), so retrying is safe.

        Args:
            id (str): The ID of the policy.
            body: An empty object, or no body (the SDKs omit it).

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
            DeletePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                id=id,
                client=client,
                body=body,
            ),
        )

    async def get(
        self,
        id: str,
    ) -> GetPolicyResponse:
        """Get a policy

        Args:
            id (str): The ID of the policy.

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
            GetPolicyResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                id=id,
                client=client,
            ),
        )

    async def list(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
        page_token: None | str | None | Unset = UNSET,
    ) -> ListPolicyResponse:
        """List policies

        One page of policies. Pass the `nextPageToken` of a response as
        `page_token` to get the next page; the last page has none.

        Args:
            page_size (int | None | None | Unset): Policies per page (the server's default when absent).
                snake_case on the wire, as the SDKs send it. Optional (UNSET or None: not sent).
            page_token (None | str | None | Unset): The `nextPageToken` of the previous page. Optional (UNSET or
                None: not sent).

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
            ListPolicyResponse: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                page_size=page_size,
                page_token=page_token,
            ),
        )

    def list_iterate(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
    ) -> AsyncIterator[Policy]:
        """Every item of every page of listPolicies, in the server's order, fetched lazily (``async for``).

        Takes ``list``'s arguments but the page cursor, which it manages; see ``list_pages``.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.aiterate(
            client=client,
            page_size=page_size,
        )

    def list_pages(
        self,
        *,
        page_size: int | None | None | Unset = UNSET,
    ) -> AsyncIterator[Response[GoogleRpcStatus | ListPolicyResponse]]:
        """Every page of listPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.apages(
            client=client,
            page_size=page_size,
        )

    async def update(
        self,
        id: str,
        *,
        body: UpdatePolicyRequestInput | Unset = UNSET,
    ) -> UpdatePolicyResponse:
        """Update a policy

        Update a policy by ID. The body carries the policy and a field mask
        naming the fields to change; the server replaces those fields with
        the values given. The id comes from the path (a `policy.id` in the
        body is ignored).

        Although the method is POST, the call is a replace of the named
        fields, not a create: sending the same request again leaves the policy
        in the same state, so retrying it is safe (`x-idempotent: true`).

        Args:
            id (str): The ID of the policy.
            body: The policy to update and a field mask naming the fields to change.

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
            UpdatePolicyResponse: the parsed body of a success.
        """
        from ..api.policies import update_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                id=id,
                client=client,
                body=body,
            ),
        )


class PoliciesResourceWithRawResponse(_RawResource):
    """``PoliciesResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``PoliciesResource`` method (see there for arguments and docs) and returns what the
    operation's ``sync_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        create = _raw_twin(PoliciesResource.create, _operations.create_policy.sync_detailed)
        delete = _raw_twin(PoliciesResource.delete, _operations.delete_policy.sync_detailed)
        get = _raw_twin(PoliciesResource.get, _operations.get_policy.sync_detailed)
        list = _raw_twin(PoliciesResource.list, _operations.list_policies.sync_detailed)
        update = _raw_twin(PoliciesResource.update, _operations.update_policy.sync_detailed)
    else:
        create = _raw_twin(PoliciesResource.create)
        delete = _raw_twin(PoliciesResource.delete)
        get = _raw_twin(PoliciesResource.get)
        list = _raw_twin(PoliciesResource.list)
        update = _raw_twin(PoliciesResource.update)


class AsyncPoliciesResourceWithRawResponse(_RawResource):
    """``AsyncPoliciesResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``AsyncPoliciesResource`` method (see there for arguments and docs) and returns what the
    operation's ``asyncio_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        create = _raw_twin(AsyncPoliciesResource.create, _operations.create_policy.asyncio_detailed)
        delete = _raw_twin(AsyncPoliciesResource.delete, _operations.delete_policy.asyncio_detailed)
        get = _raw_twin(AsyncPoliciesResource.get, _operations.get_policy.asyncio_detailed)
        list = _raw_twin(AsyncPoliciesResource.list, _operations.list_policies.asyncio_detailed)
        update = _raw_twin(AsyncPoliciesResource.update, _operations.update_policy.asyncio_detailed)
    else:
        create = _raw_twin(AsyncPoliciesResource.create)
        delete = _raw_twin(AsyncPoliciesResource.delete)
        get = _raw_twin(AsyncPoliciesResource.get)
        list = _raw_twin(AsyncPoliciesResource.list)
        update = _raw_twin(AsyncPoliciesResource.update)
