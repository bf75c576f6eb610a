"""The ``policy`` operations as methods: ``client.policy`` and ``client.aio.policy``.

Each method takes its operation function's arguments (``api/policy/<module>.py``) and returns
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
    from typing import cast

    from ..api import policy as _operations
    from ..client import AuthenticatedClient
    from ..models.api_result import ApiResult
    from ..models.get_policy_metadata_result import GetPolicyMetadataResult
    from ..models.get_policy_result import GetPolicyResult
    from ..models.policy import Policy
    from ..types import UNSET, Unset

__all__ = [
    "AsyncPolicyResource",
    "AsyncPolicyResourceWithRawResponse",
    "PolicyResource",
    "PolicyResourceWithRawResponse",
]


class PolicyResource(_Resource):
    """The ``policy`` operations as methods: ``client.policy.<method>(...)``."""

    __slots__ = ()

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
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                id=id,
            ),
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
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                id=id,
                version=version,
            ),
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
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                body=body,
                force=force,
                show_suggestions=show_suggestions,
                fail_fast=fail_fast,
            ),
        )


class AsyncPolicyResource(_Resource):
    """The ``policy`` operations as coroutine methods: ``await client.aio.policy.<method>(...)``."""

    __slots__ = ()

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
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                id=id,
            ),
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
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                id=id,
                version=version,
            ),
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
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                body=body,
                force=force,
                show_suggestions=show_suggestions,
                fail_fast=fail_fast,
            ),
        )


class PolicyResourceWithRawResponse(_RawResource):
    """``PolicyResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``PolicyResource`` method (see there for arguments and docs) and returns what the
    operation's ``sync_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        get = _raw_twin(PolicyResource.get, _operations.get_policy.sync_detailed)
        get_metadata = _raw_twin(PolicyResource.get_metadata, _operations.get_policy_metadata.sync_detailed)
        post = _raw_twin(PolicyResource.post, _operations.post_policy.sync_detailed)
    else:
        get = _raw_twin(PolicyResource.get)
        get_metadata = _raw_twin(PolicyResource.get_metadata)
        post = _raw_twin(PolicyResource.post)


class AsyncPolicyResourceWithRawResponse(_RawResource):
    """``AsyncPolicyResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``AsyncPolicyResource`` method (see there for arguments and docs) and returns what the
    operation's ``asyncio_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        get = _raw_twin(AsyncPolicyResource.get, _operations.get_policy.asyncio_detailed)
        get_metadata = _raw_twin(AsyncPolicyResource.get_metadata, _operations.get_policy_metadata.asyncio_detailed)
        post = _raw_twin(AsyncPolicyResource.post, _operations.post_policy.asyncio_detailed)
    else:
        get = _raw_twin(AsyncPolicyResource.get)
        get_metadata = _raw_twin(AsyncPolicyResource.get_metadata)
        post = _raw_twin(AsyncPolicyResource.post)
