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
    import datetime
    from collections.abc import AsyncIterator, Iterator
    from typing import cast

    from ..api import policies as _operations
    from ..client import AuthenticatedClient
    from ..models.action_response import ActionResponse
    from ..models.create_policy_request import CreatePolicyRequest
    from ..models.error_body import ErrorBody
    from ..models.get_policy_alerts_response import GetPolicyAlertsResponse
    from ..models.get_policy_violations_response import GetPolicyViolationsResponse
    from ..models.policy_alert_dto import PolicyAlertDTO
    from ..models.policy_envelope import PolicyEnvelope
    from ..models.policy_list_envelope import PolicyListEnvelope
    from ..models.policy_validation_request import PolicyValidationRequest
    from ..models.policy_validation_response import PolicyValidationResponse
    from ..models.policy_violation_dto import PolicyViolationDTO
    from ..models.update_policy_request import UpdatePolicyRequest
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
    ) -> PolicyEnvelope:
        """Create an AI governance policy

        Create a policy at org level (`orgId` only), workspace level (`workspaceId`
        too) or repo level (`repoId` too; the repo must belong to the workspace).
        Lower levels add to the policies above them and cannot override them.

        Not safe to repeat (`x-idempotent: false`): the request carries no
        idempotency key, so a retry after a lost response could create a second
        policy. The facade does not retry it once it may have been sent.

        Args:
            body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

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
            PolicyEnvelope: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                body=body,
            ),
        )

    def delete(
        self,
        policy_id: str,
    ) -> ActionResponse:
        """Delete a policy (soft delete)

        A soft delete: the policy disappears from list and get (404 afterwards),
        and deleting it again is refused (404).

        Repeating it changes nothing more, so it is marked safe to retry
        (`x-idempotent: true`); a retry whose first attempt did land answers 404.

        Args:
            policy_id (str): Unique identifier of the policy.

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
            ActionResponse: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    def get(
        self,
        policy_id: str,
    ) -> PolicyEnvelope:
        """Get one policy

        One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

        Args:
            policy_id (str): Unique identifier of the policy.

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
            PolicyEnvelope: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    def get_alerts(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> GetPolicyAlertsResponse:
        """Policy alerts, newest first, paged with take/skip

        Alerts raised by the policies the caller can see, newest first. Takes the
        violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
        A literal path next to `/policy/{policyId}`.

        Args:
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

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
            GetPolicyAlertsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                policy_id=policy_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
            ),
        )

    def get_alerts_iterate(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> Iterator[PolicyAlertDTO]:
        """Every item of every page of getPolicyAlerts, in the server's order, fetched lazily.

        Takes ``get_alerts``'s arguments but the page offset, which it manages; see ``get_alerts_pages``.
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return _operation.iterate(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_alerts_pages(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> Iterator[Response[ErrorBody | GetPolicyAlertsResponse]]:
        """Every page of getPolicyAlerts as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return _operation.pages(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_alerts_by_policy_id(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> GetPolicyAlertsResponse:
        """The alerts of one policy, newest first, paged with take/skip

        Args:
            policy_id (str): Unique identifier of the policy.
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

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
            GetPolicyAlertsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
            ),
        )

    def get_alerts_by_policy_id_iterate(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> Iterator[PolicyAlertDTO]:
        """Every item of every page of getPolicyAlertsByPolicyId, in the server's order, fetched lazily.

        Takes ``get_alerts_by_policy_id``'s arguments but the page offset, which it manages; see ``get_alerts_by_policy_id_pages``.
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return _operation.iterate(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_alerts_by_policy_id_pages(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> Iterator[Response[ErrorBody | GetPolicyAlertsResponse]]:
        """Every page of getPolicyAlertsByPolicyId as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return _operation.pages(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_violations(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> GetPolicyViolationsResponse:
        """Policy violations, newest first, paged with take/skip

        Violations across the policies the caller can see, sorted by timestamp,
        newest first. A literal path next to `/policy/{policyId}`.

        Args:
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            policy_id (str | None | Unset): Only the violations of this policy. Optional (UNSET or None: not
                sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).
            severity (str | None | Unset): Comma-separated risk levels (`LOW`, `MEDIUM`, `HIGH`), e.g.
                `MEDIUM,HIGH`. Optional (UNSET or None: not sent).
            block (bool | None | Unset): Only violations that blocked (true) or did not block (false) the
                request. Optional (UNSET or None: not sent).

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
            GetPolicyViolationsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                policy_id=policy_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
                severity=severity,
                block=block,
            ),
        )

    def get_violations_iterate(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> Iterator[PolicyViolationDTO]:
        """Every item of every page of getPolicyViolations, in the server's order, fetched lazily.

        Takes ``get_violations``'s arguments but the page offset, which it manages; see ``get_violations_pages``.
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return _operation.iterate(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def get_violations_pages(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> Iterator[Response[ErrorBody | GetPolicyViolationsResponse]]:
        """Every page of getPolicyViolations as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return _operation.pages(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def get_violations_by_policy_id(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> GetPolicyViolationsResponse:
        """The violations of one policy, newest first, paged with take/skip

        Args:
            policy_id (str): Unique identifier of the policy.
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).
            severity (str | None | Unset): Comma-separated risk levels (`LOW`, `MEDIUM`, `HIGH`), e.g.
                `MEDIUM,HIGH`. Optional (UNSET or None: not sent).
            block (bool | None | Unset): Only violations that blocked (true) or did not block (false) the
                request. Optional (UNSET or None: not sent).

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
            GetPolicyViolationsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                policy_id=policy_id,
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
                severity=severity,
                block=block,
            ),
        )

    def get_violations_by_policy_id_iterate(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> Iterator[PolicyViolationDTO]:
        """Every item of every page of getPolicyViolationsByPolicyId, in the server's order, fetched lazily.

        Takes ``get_violations_by_policy_id``'s arguments but the page offset, which it manages; see ``get_violations_by_policy_id_pages``.
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return _operation.iterate(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def get_violations_by_policy_id_pages(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> Iterator[Response[ErrorBody | GetPolicyViolationsResponse]]:
        """Every page of getPolicyViolationsByPolicyId as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return _operation.pages(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def list(
        self,
        *,
        org_id: str,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
    ) -> PolicyListEnvelope:
        """List the policies of an org, workspace or repo

        The policies visible at the given scope (TypeScript `getPolicies`). Not
        paged: the whole list comes back. Deleted policies are left out, and
        users who are not admins see only the workspaces they can access.

        Args:
            org_id (str): Organization ID (the TypeScript client always sends it).
            workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
            repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

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
            PolicyListEnvelope: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
                client=client,
                org_id=org_id,
                workspace_id=workspace_id,
                repo_id=repo_id,
            ),
        )

    def update(
        self,
        policy_id: str,
        *,
        body: UpdatePolicyRequest,
    ) -> UpdatePolicyResponse:
        """Update an AI governance policy

        Update an existing AI governance policy. Only the fields present in the
        body change; at least one field must be given. A policy's scope
        (org, workspace or repo) cannot change after creation. The server
        records who made the change and when.

        The update sets the given fields to the given values, so sending the
        same request again leaves the policy in the same state: retrying it is
        safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
        `lastUpdatedAt`) move on a repeat.

        Args:
            policy_id (str): Unique identifier of the policy.
            body: Updated policy properties; only the fields given are changed.

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            errors.InvalidRequest: the body has too few fields set; nothing was sent.
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
                policy_id=policy_id,
                client=client,
                body=body,
            ),
        )

    def validate(
        self,
        *,
        body: PolicyValidationRequest,
    ) -> PolicyValidationResponse:
        """Score policies for clarity and give advice

        Review policy texts and answer a score (0-100), advice and issues for each
        (TypeScript `validatePolicies`; this call uses snake_case fields). Nothing
        is stored, so repeating it is safe (`x-idempotent: true`).

        A literal path next to `/policy/{policyId}`: literal paths take precedence.

        Args:
            body: Policies to review.

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
            PolicyValidationResponse: the parsed body of a success.
        """
        from ..api.policies import validate_policies as _operation

        client = self._client
        return self._result(
            _operation._success,
            _operation.sync_detailed(
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
    ) -> PolicyEnvelope:
        """Create an AI governance policy

        Create a policy at org level (`orgId` only), workspace level (`workspaceId`
        too) or repo level (`repoId` too; the repo must belong to the workspace).
        Lower levels add to the policies above them and cannot override them.

        Not safe to repeat (`x-idempotent: false`): the request carries no
        idempotency key, so a retry after a lost response could create a second
        policy. The facade does not retry it once it may have been sent.

        Args:
            body: A new policy and its scope (TypeScript `CreatePolicyRequest`).

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
            PolicyEnvelope: the parsed body of a success.
        """
        from ..api.policies import create_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                body=body,
            ),
        )

    async def delete(
        self,
        policy_id: str,
    ) -> ActionResponse:
        """Delete a policy (soft delete)

        A soft delete: the policy disappears from list and get (404 afterwards),
        and deleting it again is refused (404).

        Repeating it changes nothing more, so it is marked safe to retry
        (`x-idempotent: true`); a retry whose first attempt did land answers 404.

        Args:
            policy_id (str): Unique identifier of the policy.

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
            ActionResponse: the parsed body of a success.
        """
        from ..api.policies import delete_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    async def get(
        self,
        policy_id: str,
    ) -> PolicyEnvelope:
        """Get one policy

        One policy by id; 404 when it does not exist or was deleted (the one status the docs state).

        Args:
            policy_id (str): Unique identifier of the policy.

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
            PolicyEnvelope: the parsed body of a success.
        """
        from ..api.policies import get_policy as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
            ),
        )

    async def get_alerts(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> GetPolicyAlertsResponse:
        """Policy alerts, newest first, paged with take/skip

        Alerts raised by the policies the caller can see, newest first. Takes the
        violations filters except `severity` and `block` (TypeScript `AlertsQuery`).
        A literal path next to `/policy/{policyId}`.

        Args:
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            policy_id (str | None | Unset): Only the alerts of this policy. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

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
            GetPolicyAlertsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                policy_id=policy_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
            ),
        )

    def get_alerts_iterate(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> AsyncIterator[PolicyAlertDTO]:
        """Every item of every page of getPolicyAlerts, in the server's order, fetched lazily (``async for``).

        Takes ``get_alerts``'s arguments but the page offset, which it manages; see ``get_alerts_pages``.
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return _operation.aiterate(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_alerts_pages(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> AsyncIterator[Response[ErrorBody | GetPolicyAlertsResponse]]:
        """Every page of getPolicyAlerts as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_alerts as _operation

        client = self._client
        return _operation.apages(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    async def get_alerts_by_policy_id(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> GetPolicyAlertsResponse:
        """The alerts of one policy, newest first, paged with take/skip

        Args:
            policy_id (str): Unique identifier of the policy.
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).

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
            GetPolicyAlertsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
            ),
        )

    def get_alerts_by_policy_id_iterate(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> AsyncIterator[PolicyAlertDTO]:
        """Every item of every page of getPolicyAlertsByPolicyId, in the server's order, fetched lazily (``async for``).

        Takes ``get_alerts_by_policy_id``'s arguments but the page offset, which it manages; see ``get_alerts_by_policy_id_pages``.
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return _operation.aiterate(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    def get_alerts_by_policy_id_pages(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
    ) -> AsyncIterator[Response[ErrorBody | GetPolicyAlertsResponse]]:
        """Every page of getPolicyAlertsByPolicyId as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_alerts_by_policy_id as _operation

        client = self._client
        return _operation.apages(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
        )

    async def get_violations(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> GetPolicyViolationsResponse:
        """Policy violations, newest first, paged with take/skip

        Violations across the policies the caller can see, sorted by timestamp,
        newest first. A literal path next to `/policy/{policyId}`.

        Args:
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            policy_id (str | None | Unset): Only the violations of this policy. Optional (UNSET or None: not
                sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).
            severity (str | None | Unset): Comma-separated risk levels (`LOW`, `MEDIUM`, `HIGH`), e.g.
                `MEDIUM,HIGH`. Optional (UNSET or None: not sent).
            block (bool | None | Unset): Only violations that blocked (true) or did not block (false) the
                request. Optional (UNSET or None: not sent).

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
            GetPolicyViolationsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                policy_id=policy_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
                severity=severity,
                block=block,
            ),
        )

    def get_violations_iterate(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> AsyncIterator[PolicyViolationDTO]:
        """Every item of every page of getPolicyViolations, in the server's order, fetched lazily (``async for``).

        Takes ``get_violations``'s arguments but the page offset, which it manages; see ``get_violations_pages``.
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return _operation.aiterate(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def get_violations_pages(
        self,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        policy_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> AsyncIterator[Response[ErrorBody | GetPolicyViolationsResponse]]:
        """Every page of getPolicyViolations as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_violations as _operation

        client = self._client
        return _operation.apages(
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            policy_id=policy_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    async def get_violations_by_policy_id(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        skip: int | None | Unset = 0,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> GetPolicyViolationsResponse:
        """The violations of one policy, newest first, paged with take/skip

        Args:
            policy_id (str): Unique identifier of the policy.
            workspace_id (str | None | Unset): Only records of this workspace. Optional (UNSET or None: not
                sent).
            repo_id (str | None | Unset): Only records of this repository. Optional (UNSET or None: not sent).
            from_ (datetime.datetime | None | Unset): Earliest timestamp (ISO 8601). Optional (UNSET or None:
                not sent).
            to (datetime.datetime | None | Unset): Latest timestamp (ISO 8601). Optional (UNSET or None: not
                sent).
            take (int | None | Unset): Page size (default 50, at most 100). Optional (UNSET or None: not sent).
                Default: 50.
            skip (int | None | Unset): How many records to skip (the offset of the first one returned; default
                0). Optional (UNSET or None: not sent). Default: 0.
            llm_type (str | None | Unset): Comma-separated LLM types (e.g. `openai,anthropic`). Optional (UNSET
                or None: not sent).
            llm_model (str | None | Unset): Comma-separated LLM model names. Optional (UNSET or None: not sent).
            host (str | None | Unset): Comma-separated hosts. Optional (UNSET or None: not sent).
            severity (str | None | Unset): Comma-separated risk levels (`LOW`, `MEDIUM`, `HIGH`), e.g.
                `MEDIUM,HIGH`. Optional (UNSET or None: not sent).
            block (bool | None | Unset): Only violations that blocked (true) or did not block (false) the
                request. Optional (UNSET or None: not sent).

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
            GetPolicyViolationsResponse: the parsed body of a success.
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                policy_id=policy_id,
                client=client,
                workspace_id=workspace_id,
                repo_id=repo_id,
                from_=from_,
                to=to,
                take=take,
                skip=skip,
                llm_type=llm_type,
                llm_model=llm_model,
                host=host,
                severity=severity,
                block=block,
            ),
        )

    def get_violations_by_policy_id_iterate(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> AsyncIterator[PolicyViolationDTO]:
        """Every item of every page of getPolicyViolationsByPolicyId, in the server's order, fetched lazily (``async for``).

        Takes ``get_violations_by_policy_id``'s arguments but the page offset, which it manages; see ``get_violations_by_policy_id_pages``.
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return _operation.aiterate(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    def get_violations_by_policy_id_pages(
        self,
        policy_id: str,
        *,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        take: int | None | Unset = 50,
        llm_type: str | None | Unset = UNSET,
        llm_model: str | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        severity: str | None | Unset = UNSET,
        block: bool | None | Unset = UNSET,
    ) -> AsyncIterator[Response[ErrorBody | GetPolicyViolationsResponse]]:
        """Every page of getPolicyViolationsByPolicyId as a whole response (headers included), each fetched when asked for.

        Raises:
            errors.PageError: a page answered with an error status (a facade client raises its own error first).
        """
        from ..api.policies import get_policy_violations_by_policy_id as _operation

        client = self._client
        return _operation.apages(
            policy_id=policy_id,
            client=client,
            workspace_id=workspace_id,
            repo_id=repo_id,
            from_=from_,
            to=to,
            take=take,
            llm_type=llm_type,
            llm_model=llm_model,
            host=host,
            severity=severity,
            block=block,
        )

    async def list(
        self,
        *,
        org_id: str,
        workspace_id: str | None | Unset = UNSET,
        repo_id: str | None | Unset = UNSET,
    ) -> PolicyListEnvelope:
        """List the policies of an org, workspace or repo

        The policies visible at the given scope (TypeScript `getPolicies`). Not
        paged: the whole list comes back. Deleted policies are left out, and
        users who are not admins see only the workspaces they can access.

        Args:
            org_id (str): Organization ID (the TypeScript client always sends it).
            workspace_id (str | None | Unset): Narrow to a workspace. Optional (UNSET or None: not sent).
            repo_id (str | None | Unset): Narrow to a repository. Optional (UNSET or None: not sent).

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
            PolicyListEnvelope: the parsed body of a success.
        """
        from ..api.policies import list_policies as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
                client=client,
                org_id=org_id,
                workspace_id=workspace_id,
                repo_id=repo_id,
            ),
        )

    async def update(
        self,
        policy_id: str,
        *,
        body: UpdatePolicyRequest,
    ) -> UpdatePolicyResponse:
        """Update an AI governance policy

        Update an existing AI governance policy. Only the fields present in the
        body change; at least one field must be given. A policy's scope
        (org, workspace or repo) cannot change after creation. The server
        records who made the change and when.

        The update sets the given fields to the given values, so sending the
        same request again leaves the policy in the same state: retrying it is
        safe (`x-idempotent: true`). Only the audit fields (`lastUpdatedBy`,
        `lastUpdatedAt`) move on a repeat.

        Args:
            policy_id (str): Unique identifier of the policy.
            body: Updated policy properties; only the fields given are changed.

        Raises:
            errors.StatusError: an error status (with a plain client, or ``raise_for_status=False``); ``parsed``
                holds the error model the spec declares for it.
            errors.UnexpectedStatus: a status the spec does not document (with ``raise_on_unexpected_status``,
                which ``policy_clients`` clients set; resource methods always raise it).
            errors.MalformedResponse: a documented status whose body does not match the spec.
            errors.InvalidRequest: the body has too few fields set; nothing was sent.
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
                policy_id=policy_id,
                client=client,
                body=body,
            ),
        )

    async def validate(
        self,
        *,
        body: PolicyValidationRequest,
    ) -> PolicyValidationResponse:
        """Score policies for clarity and give advice

        Review policy texts and answer a score (0-100), advice and issues for each
        (TypeScript `validatePolicies`; this call uses snake_case fields). Nothing
        is stored, so repeating it is safe (`x-idempotent: true`).

        A literal path next to `/policy/{policyId}`: literal paths take precedence.

        Args:
            body: Policies to review.

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
            PolicyValidationResponse: the parsed body of a success.
        """
        from ..api.policies import validate_policies as _operation

        client = self._client
        return self._result(
            _operation._success,
            await _operation.asyncio_detailed(
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
        get_alerts = _raw_twin(PoliciesResource.get_alerts, _operations.get_policy_alerts.sync_detailed)
        get_alerts_by_policy_id = _raw_twin(
            PoliciesResource.get_alerts_by_policy_id, _operations.get_policy_alerts_by_policy_id.sync_detailed
        )
        get_violations = _raw_twin(PoliciesResource.get_violations, _operations.get_policy_violations.sync_detailed)
        get_violations_by_policy_id = _raw_twin(
            PoliciesResource.get_violations_by_policy_id, _operations.get_policy_violations_by_policy_id.sync_detailed
        )
        list = _raw_twin(PoliciesResource.list, _operations.list_policies.sync_detailed)
        update = _raw_twin(PoliciesResource.update, _operations.update_policy.sync_detailed)
        validate = _raw_twin(PoliciesResource.validate, _operations.validate_policies.sync_detailed)
    else:
        create = _raw_twin(PoliciesResource.create)
        delete = _raw_twin(PoliciesResource.delete)
        get = _raw_twin(PoliciesResource.get)
        get_alerts = _raw_twin(PoliciesResource.get_alerts)
        get_alerts_by_policy_id = _raw_twin(PoliciesResource.get_alerts_by_policy_id)
        get_violations = _raw_twin(PoliciesResource.get_violations)
        get_violations_by_policy_id = _raw_twin(PoliciesResource.get_violations_by_policy_id)
        list = _raw_twin(PoliciesResource.list)
        update = _raw_twin(PoliciesResource.update)
        validate = _raw_twin(PoliciesResource.validate)


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
        get_alerts = _raw_twin(AsyncPoliciesResource.get_alerts, _operations.get_policy_alerts.asyncio_detailed)
        get_alerts_by_policy_id = _raw_twin(
            AsyncPoliciesResource.get_alerts_by_policy_id, _operations.get_policy_alerts_by_policy_id.asyncio_detailed
        )
        get_violations = _raw_twin(
            AsyncPoliciesResource.get_violations, _operations.get_policy_violations.asyncio_detailed
        )
        get_violations_by_policy_id = _raw_twin(
            AsyncPoliciesResource.get_violations_by_policy_id,
            _operations.get_policy_violations_by_policy_id.asyncio_detailed,
        )
        list = _raw_twin(AsyncPoliciesResource.list, _operations.list_policies.asyncio_detailed)
        update = _raw_twin(AsyncPoliciesResource.update, _operations.update_policy.asyncio_detailed)
        validate = _raw_twin(AsyncPoliciesResource.validate, _operations.validate_policies.asyncio_detailed)
    else:
        create = _raw_twin(AsyncPoliciesResource.create)
        delete = _raw_twin(AsyncPoliciesResource.delete)
        get = _raw_twin(AsyncPoliciesResource.get)
        get_alerts = _raw_twin(AsyncPoliciesResource.get_alerts)
        get_alerts_by_policy_id = _raw_twin(AsyncPoliciesResource.get_alerts_by_policy_id)
        get_violations = _raw_twin(AsyncPoliciesResource.get_violations)
        get_violations_by_policy_id = _raw_twin(AsyncPoliciesResource.get_violations_by_policy_id)
        list = _raw_twin(AsyncPoliciesResource.list)
        update = _raw_twin(AsyncPoliciesResource.update)
        validate = _raw_twin(AsyncPoliciesResource.validate)
