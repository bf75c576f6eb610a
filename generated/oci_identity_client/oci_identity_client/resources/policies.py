"""The ``policies`` operations as methods: ``client.policies`` and ``client.aio.policies``.

Each method takes its operation function's arguments (``api/policies/<module>.py``) and returns
the parsed success; ``with_raw_response`` gives the whole response instead, running the same method
(``raw_twin`` in ``resources/__init__.py``).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ..types import UNSET, Unset
from . import RawResource as _RawResource
from . import Resource as _Resource
from . import raw_twin as _raw_twin

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator
    from typing import cast

    from ..api import policies as _operations
    from ..api.policies.list_policies import ListPoliciesResponseHeaders
    from ..client import AuthenticatedClient
    from ..models.create_policy_details import CreatePolicyDetails
    from ..models.error import Error
    from ..models.policy import Policy
    from ..models.policy_lifecycle_state import PolicyLifecycleState
    from ..models.policy_sort_by import PolicySortBy
    from ..models.sort_order import SortOrder
    from ..models.update_policy_details import UpdatePolicyDetails
    from ..types import UNSET, ResponseWithHeaders, Unset

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
        body: CreatePolicyDetails,
        opc_retry_token: str | None | Unset = UNSET,
    ) -> Policy:
        """Create a policy

        Creates a policy in the given compartment (the tenancy is the root
        compartment). The new policy starts as CREATING, then becomes ACTIVE;
        it takes effect in about 10 seconds. IAM writes must go to the
        tenancy's home region (403 NotAllowed otherwise).

        Retrying a create is safe only with an `opc-retry-token`: the service
        answers a repeated token with the policy the first request made. The
        generated client makes one per call when none is given
        (`x-retry-token`) and sends it on every attempt.

        Args:
            opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
                a token the service saw within 24 hours gets the first request's result instead of making another
                policy. The generated client makes one per call when none is given and reuses it on every retry
                attempt. Optional (UNSET or None: not sent).
            body: Request object for creating a policy.

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
            Policy: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                body=body,
                opc_retry_token=opc_retry_token,
            ),
        )

    def delete(
        self,
        policy_id: str,
        *,
        if_match: str | None | Unset = UNSET,
    ) -> None:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            None: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
                if_match=if_match,
            ),
        )

    def get(
        self,
        policy_id: str,
    ) -> Policy:
        """Get a policy

        Gets the specified policy and its current `etag`, which an update or
        delete sends back as `if-match` to change only this version.

        Args:
            policy_id (str): The OCID of the policy.

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
            Policy: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    def list(
        self,
        *,
        compartment_id: str,
        page: str | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> builtins.list[Policy]:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            list[Policy]: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                compartment_id=compartment_id,
                page=page,
                limit=limit,
                name=name,
                sort_by=sort_by,
                sort_order=sort_order,
                lifecycle_state=lifecycle_state,
            ),
        )

    def list_iterate(
        self,
        *,
        compartment_id: str,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> Iterator[Policy]:
        """Every item of every page of listPolicies, in the server's order, fetched lazily.

        Takes ``list``'s arguments but the page cursor, which it manages; see ``list_pages``.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.iterate(
            client=client,
            compartment_id=compartment_id,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
        )

    def list_pages(
        self,
        *,
        compartment_id: str,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> Iterator[ResponseWithHeaders[Error | builtins.list[Policy], ListPoliciesResponseHeaders]]:
        """Every page of listPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.pages(
            client=client,
            compartment_id=compartment_id,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
        )

    def update(
        self,
        policy_id: str,
        *,
        body: UpdatePolicyDetails,
        if_match: str | None | Unset = UNSET,
    ) -> Policy:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Policy: the parsed body of a success.
        """
        from ..api.policies import update_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
                body=body,
                if_match=if_match,
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
        body: CreatePolicyDetails,
        opc_retry_token: str | None | Unset = UNSET,
    ) -> Policy:
        """Create a policy

        Creates a policy in the given compartment (the tenancy is the root
        compartment). The new policy starts as CREATING, then becomes ACTIVE;
        it takes effect in about 10 seconds. IAM writes must go to the
        tenancy's home region (403 NotAllowed otherwise).

        Retrying a create is safe only with an `opc-retry-token`: the service
        answers a repeated token with the policy the first request made. The
        generated client makes one per call when none is given
        (`x-retry-token`) and sends it on every attempt.

        Args:
            opc_retry_token (str | None | Unset): A token that makes a retried create safe: a request repeating
                a token the service saw within 24 hours gets the first request's result instead of making another
                policy. The generated client makes one per call when none is given and reuses it on every retry
                attempt. Optional (UNSET or None: not sent).
            body: Request object for creating a policy.

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
            Policy: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                body=body,
                opc_retry_token=opc_retry_token,
            ),
        )

    async def delete(
        self,
        policy_id: str,
        *,
        if_match: str | None | Unset = UNSET,
    ) -> None:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            None: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
                if_match=if_match,
            ),
        )

    async def get(
        self,
        policy_id: str,
    ) -> Policy:
        """Get a policy

        Gets the specified policy and its current `etag`, which an update or
        delete sends back as `if-match` to change only this version.

        Args:
            policy_id (str): The OCID of the policy.

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
            Policy: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    async def list(
        self,
        *,
        compartment_id: str,
        page: str | None | Unset = UNSET,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> builtins.list[Policy]:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            list[Policy]: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                compartment_id=compartment_id,
                page=page,
                limit=limit,
                name=name,
                sort_by=sort_by,
                sort_order=sort_order,
                lifecycle_state=lifecycle_state,
            ),
        )

    def list_iterate(
        self,
        *,
        compartment_id: str,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> AsyncIterator[Policy]:
        """Every item of every page of listPolicies, in the server's order, fetched lazily (``async for``).

        Takes ``list``'s arguments but the page cursor, which it manages; see ``list_pages``.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.aiterate(
            client=client,
            compartment_id=compartment_id,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
        )

    def list_pages(
        self,
        *,
        compartment_id: str,
        limit: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        sort_by: PolicySortBy | None | Unset = UNSET,
        sort_order: SortOrder | None | Unset = UNSET,
        lifecycle_state: PolicyLifecycleState | None | Unset = UNSET,
    ) -> AsyncIterator[ResponseWithHeaders[Error | builtins.list[Policy], ListPoliciesResponseHeaders]]:
        """Every page of listPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
            errors.RepeatingCursorError: a page gave back the cursor it was requested with.
        """
        from ..api.policies import list_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.apages(
            client=client,
            compartment_id=compartment_id,
            limit=limit,
            name=name,
            sort_by=sort_by,
            sort_order=sort_order,
            lifecycle_state=lifecycle_state,
        )

    async def update(
        self,
        policy_id: str,
        *,
        body: UpdatePolicyDetails,
        if_match: str | None | Unset = UNSET,
    ) -> Policy:
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
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            policy_clients.APIError: with a ``policy_clients`` client, any status >= 400, as its subclass
                (``NotFoundError``, ``PreconditionFailedError``...); ``policy_clients.TransportError`` when the
                request fails or times out (a plain client raises ``httpx.HTTPError`` instead).

        Returns:
            Policy: the parsed body of a success.
        """
        from ..api.policies import update_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
                body=body,
                if_match=if_match,
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
