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
    from uuid import UUID

    from ..api import policies as _operations
    from ..api.policies.search_policies import SearchPoliciesResponseHeaders
    from ..client import AuthenticatedClient
    from ..models.error_list import ErrorList
    from ..models.export_policy_accept import ExportPolicyAccept
    from ..models.import_policy_by_format_request import ImportPolicyByFormatRequest
    from ..models.import_policy_by_format_response import ImportPolicyByFormatResponse
    from ..models.policy_search_request import PolicySearchRequest
    from ..models.policy_search_response import PolicySearchResponse
    from ..models.policy_summary import PolicySummary
    from ..models.state_patch_op import StatePatchOp
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

    def delete(
        self,
        env_id: UUID,
        *,
        filterauth_ws_id: UUID,
        filterid: str | None | Unset = UNSET,
        filteridin: list[str] | None | Unset = UNSET,
    ) -> None:
        """Delete Policy by ID

        Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
                (UNSET or None: not sent).
            filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
                Optional (UNSET or None: not sent).

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
                env_id=env_id,
                client=client,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
                filteridin=filteridin,
            ),
        )

    def export(
        self,
        env_id: UUID,
        *,
        filterauth_ws_id: UUID,
        filterid: str,
        extended_schema: bool | None | Unset = True,
        accept: ExportPolicyAccept | None | Unset = UNSET,
    ) -> ImportPolicyByFormatResponse | str:
        """Export Policy

        Get one policy, as Rego (`accept="text/plain;language=rego"`, structured policies only) or as JSON
        (`accept="application/json"`, structured or native).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str): The policy's id.
            extended_schema (bool | None | Unset): Add metadata such as the policy id and description to the
                answer (default true). Optional (UNSET or None: not sent). Default: True.
            accept (ExportPolicyAccept | None | Unset): The answer's format. Optional (UNSET or None: not sent).

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
            ImportPolicyByFormatResponse | str: the parsed body of a success.
        """
        from ..api.policies import export_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                env_id=env_id,
                client=client,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
                extended_schema=extended_schema,
                accept=accept,
            ),
        )

    def search(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
        offset: int | None | Unset = 0,
    ) -> PolicySearchResponse:
        """List Policies

        Search the policies of an environment by application, authorization workspace, state and custom
        attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
                Optional (UNSET or None: not sent). Default: 50.
            offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
                (UNSET or None: not sent). Default: 0.
            body: Search filters; an empty object matches every policy of the environment.

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
            PolicySearchResponse: the parsed body of a success.
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                env_id=env_id,
                client=client,
                body=body,
                limit=limit,
                offset=offset,
            ),
        )

    def search_iterate(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
    ) -> Iterator[PolicySummary]:
        """Every item of every page of searchPolicies, in the server's order, fetched lazily.

        Takes ``search``'s arguments but the page offset, which it manages; see ``search_pages``.
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.iterate(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
        )

    def search_pages(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
    ) -> Iterator[ResponseWithHeaders[ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]]:
        """Every page of searchPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.pages(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
        )

    def update_state(
        self,
        env_id: UUID,
        *,
        body: list[StatePatchOp],
        filterauth_ws_id: UUID,
        filterid: str,
    ) -> None:
        """Update Policy State

        Activate (`value: true`) or deactivate (`value: false`) a policy in this environment, as a JSON
        Patch style list with one `replace` of `/state`.

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str): The policy's id.
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
            None: the parsed body of a success.
        """
        from ..api.policies import update_policy_state as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
            ),
        )

    def upsert(
        self,
        env_id: UUID,
        *,
        body: str | ImportPolicyByFormatRequest,
        filterauth_ws_id: UUID,
        extended_schema: bool | None | Unset = True,
        evaluate_by_bb_name: bool | None | Unset = False,
    ) -> ImportPolicyByFormatResponse | str:
        """Import Policy

        Create new policies, update existing ones, or promote policies between environments (an upsert).
        Send Rego source as `text/plain;language=rego` (a str body) or a structured/native policy as
        `application/json` (an ImportPolicyByFormatRequest); the answer comes back in the same format.

        Args:
            env_id (UUID): The Environment ID can be found under the Details Tab in the Environment Settings.
            filterauth_ws_id (UUID): Authorization Workspace ID. This can be found in your Authorization
                Workspace Settings under Workspace ID.
            extended_schema (bool | None | Unset): Toggle to either enable or disable additional metadata in the
                response, like the Policy `id` and `description`. Optional (UNSET or None: not sent). Default: True.
            evaluate_by_bb_name (bool | None | Unset): Toggle to either enable or disable evaluation by Building
                Block Name. This controls whether create or update operations locate and/or replace Building Blocks
                by name, preventing orphaned and duplicate Building Blocks. Optional (UNSET or None: not sent).
                Default: False.
            body: Policy as Rego code

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
            ImportPolicyByFormatResponse | str: the parsed body of a success.
        """
        from ..api.policies import upsert_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                extended_schema=extended_schema,
                evaluate_by_bb_name=evaluate_by_bb_name,
            ),
        )

    def validate(
        self,
        env_id: UUID,
        *,
        body: str | ImportPolicyByFormatRequest,
        filterauth_ws_id: UUID,
        extended_schema: bool | None | Unset = True,
    ) -> ImportPolicyByFormatResponse:
        """Validate Policy

        Check a policy without importing it: Rego source as `text/plain;language=rego` (a str body) or a
        policy as `application/json` (an ImportPolicyByFormatRequest).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            extended_schema (bool | None | Unset): Add metadata such as the policy id and description to the
                answer (default true). Optional (UNSET or None: not sent). Default: True.
            body: Policy as Rego code

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
            ImportPolicyByFormatResponse: the parsed body of a success.
        """
        from ..api.policies import validate_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                extended_schema=extended_schema,
            ),
        )


class AsyncPoliciesResource(_Resource):
    """The ``policies`` operations as coroutine methods: ``await client.aio.policies.<method>(...)``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> AsyncPoliciesResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, raw content) instead."""
        return AsyncPoliciesResourceWithRawResponse(self._client)

    async def delete(
        self,
        env_id: UUID,
        *,
        filterauth_ws_id: UUID,
        filterid: str | None | Unset = UNSET,
        filteridin: list[str] | None | Unset = UNSET,
    ) -> None:
        """Delete Policy by ID

        Delete one policy (`filterid`) or several (`filteridin`); give exactly one of the two.

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str | None | Unset): The id of the policy to delete (or use filter[id][in]). Optional
                (UNSET or None: not sent).
            filteridin (list[str] | None | Unset): The ids of several policies to delete (or use filter[id]).
                Optional (UNSET or None: not sent).

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
                env_id=env_id,
                client=client,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
                filteridin=filteridin,
            ),
        )

    async def export(
        self,
        env_id: UUID,
        *,
        filterauth_ws_id: UUID,
        filterid: str,
        extended_schema: bool | None | Unset = True,
        accept: ExportPolicyAccept | None | Unset = UNSET,
    ) -> ImportPolicyByFormatResponse | str:
        """Export Policy

        Get one policy, as Rego (`accept="text/plain;language=rego"`, structured policies only) or as JSON
        (`accept="application/json"`, structured or native).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str): The policy's id.
            extended_schema (bool | None | Unset): Add metadata such as the policy id and description to the
                answer (default true). Optional (UNSET or None: not sent). Default: True.
            accept (ExportPolicyAccept | None | Unset): The answer's format. Optional (UNSET or None: not sent).

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
            ImportPolicyByFormatResponse | str: the parsed body of a success.
        """
        from ..api.policies import export_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                env_id=env_id,
                client=client,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
                extended_schema=extended_schema,
                accept=accept,
            ),
        )

    async def search(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
        offset: int | None | Unset = 0,
    ) -> PolicySearchResponse:
        """List Policies

        Search the policies of an environment by application, authorization workspace, state and custom
        attributes, paged with limit/offset (limit at most 100, and at most 10 when `detailed` is true).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            limit (int | None | Unset): Page size (default 50, at most 100; capped at 10 when detailed is true).
                Optional (UNSET or None: not sent). Default: 50.
            offset (int | None | Unset): Zero-based index of the first policy returned (default 0). Optional
                (UNSET or None: not sent). Default: 0.
            body: Search filters; an empty object matches every policy of the environment.

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
            PolicySearchResponse: the parsed body of a success.
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                env_id=env_id,
                client=client,
                body=body,
                limit=limit,
                offset=offset,
            ),
        )

    def search_iterate(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
    ) -> AsyncIterator[PolicySummary]:
        """Every item of every page of searchPolicies, in the server's order, fetched lazily (``async for``).

        Takes ``search``'s arguments but the page offset, which it manages; see ``search_pages``.
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.aiterate(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
        )

    def search_pages(
        self,
        env_id: UUID,
        *,
        body: PolicySearchRequest,
        limit: int | None | Unset = 50,
    ) -> AsyncIterator[ResponseWithHeaders[ErrorList | None | PolicySearchResponse, SearchPoliciesResponseHeaders]]:
        """Every page of searchPolicies as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import search_policies as _operation

        client = cast("AuthenticatedClient", self._client)
        return _operation.apages(
            env_id=env_id,
            client=client,
            body=body,
            limit=limit,
        )

    async def update_state(
        self,
        env_id: UUID,
        *,
        body: list[StatePatchOp],
        filterauth_ws_id: UUID,
        filterid: str,
    ) -> None:
        """Update Policy State

        Activate (`value: true`) or deactivate (`value: false`) a policy in this environment, as a JSON
        Patch style list with one `replace` of `/state`.

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            filterid (str): The policy's id.
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
            None: the parsed body of a success.
        """
        from ..api.policies import update_policy_state as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                filterid=filterid,
            ),
        )

    async def upsert(
        self,
        env_id: UUID,
        *,
        body: str | ImportPolicyByFormatRequest,
        filterauth_ws_id: UUID,
        extended_schema: bool | None | Unset = True,
        evaluate_by_bb_name: bool | None | Unset = False,
    ) -> ImportPolicyByFormatResponse | str:
        """Import Policy

        Create new policies, update existing ones, or promote policies between environments (an upsert).
        Send Rego source as `text/plain;language=rego` (a str body) or a structured/native policy as
        `application/json` (an ImportPolicyByFormatRequest); the answer comes back in the same format.

        Args:
            env_id (UUID): The Environment ID can be found under the Details Tab in the Environment Settings.
            filterauth_ws_id (UUID): Authorization Workspace ID. This can be found in your Authorization
                Workspace Settings under Workspace ID.
            extended_schema (bool | None | Unset): Toggle to either enable or disable additional metadata in the
                response, like the Policy `id` and `description`. Optional (UNSET or None: not sent). Default: True.
            evaluate_by_bb_name (bool | None | Unset): Toggle to either enable or disable evaluation by Building
                Block Name. This controls whether create or update operations locate and/or replace Building Blocks
                by name, preventing orphaned and duplicate Building Blocks. Optional (UNSET or None: not sent).
                Default: False.
            body: Policy as Rego code

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
            ImportPolicyByFormatResponse | str: the parsed body of a success.
        """
        from ..api.policies import upsert_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                extended_schema=extended_schema,
                evaluate_by_bb_name=evaluate_by_bb_name,
            ),
        )

    async def validate(
        self,
        env_id: UUID,
        *,
        body: str | ImportPolicyByFormatRequest,
        filterauth_ws_id: UUID,
        extended_schema: bool | None | Unset = True,
    ) -> ImportPolicyByFormatResponse:
        """Validate Policy

        Check a policy without importing it: Rego source as `text/plain;language=rego` (a str body) or a
        policy as `application/json` (an ImportPolicyByFormatRequest).

        Args:
            env_id (UUID): The Environment ID (Environment Settings, Details tab).
            filterauth_ws_id (UUID): Authorization Workspace ID (Authorization Workspace Settings, Workspace
                ID).
            extended_schema (bool | None | Unset): Add metadata such as the policy id and description to the
                answer (default true). Optional (UNSET or None: not sent). Default: True.
            body: Policy as Rego code

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
            ImportPolicyByFormatResponse: the parsed body of a success.
        """
        from ..api.policies import validate_policy as _operation

        client = cast("AuthenticatedClient", self._client)
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                env_id=env_id,
                client=client,
                body=body,
                filterauth_ws_id=filterauth_ws_id,
                extended_schema=extended_schema,
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
        delete = _raw_twin(PoliciesResource.delete, _operations.delete_policy.sync_detailed)
        export = _raw_twin(PoliciesResource.export, _operations.export_policy.sync_detailed)
        search = _raw_twin(PoliciesResource.search, _operations.search_policies.sync_detailed)
        update_state = _raw_twin(PoliciesResource.update_state, _operations.update_policy_state.sync_detailed)
        upsert = _raw_twin(PoliciesResource.upsert, _operations.upsert_policy.sync_detailed)
        validate = _raw_twin(PoliciesResource.validate, _operations.validate_policy.sync_detailed)
    else:
        delete = _raw_twin(PoliciesResource.delete)
        export = _raw_twin(PoliciesResource.export)
        search = _raw_twin(PoliciesResource.search)
        update_state = _raw_twin(PoliciesResource.update_state)
        upsert = _raw_twin(PoliciesResource.upsert)
        validate = _raw_twin(PoliciesResource.validate)


class AsyncPoliciesResourceWithRawResponse(_RawResource):
    """``AsyncPoliciesResource``'s methods, returning the whole response (status, headers, raw content, body).

    Each runs its ``AsyncPoliciesResource`` method (see there for arguments and docs) and returns what the
    operation's ``asyncio_detailed`` returns: an error status comes back as a response unless the client
    raises for it.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        delete = _raw_twin(AsyncPoliciesResource.delete, _operations.delete_policy.asyncio_detailed)
        export = _raw_twin(AsyncPoliciesResource.export, _operations.export_policy.asyncio_detailed)
        search = _raw_twin(AsyncPoliciesResource.search, _operations.search_policies.asyncio_detailed)
        update_state = _raw_twin(AsyncPoliciesResource.update_state, _operations.update_policy_state.asyncio_detailed)
        upsert = _raw_twin(AsyncPoliciesResource.upsert, _operations.upsert_policy.asyncio_detailed)
        validate = _raw_twin(AsyncPoliciesResource.validate, _operations.validate_policy.asyncio_detailed)
    else:
        delete = _raw_twin(AsyncPoliciesResource.delete)
        export = _raw_twin(AsyncPoliciesResource.export)
        search = _raw_twin(AsyncPoliciesResource.search)
        update_state = _raw_twin(AsyncPoliciesResource.update_state)
        upsert = _raw_twin(AsyncPoliciesResource.upsert)
        validate = _raw_twin(AsyncPoliciesResource.validate)
