"""Read-modify-write with etags: read, apply the caller's change, write with ``if-match``; on 412, again.

An etag write is the safe way to change a shared resource (another writer's change is never
overwritten), and a 412 is its normal outcome under contention, not a failure: the answer is to read
the new version and apply the same change to it. The change function therefore gets the *current*
resource each time and must compute the body from it (e.g. "add statement S if missing"), since it
may run more than once, also when an earlier write of ours did land (a 412 after a lost response).

Works with the generated ``*_detailed`` functions of any vendor that has etags (OCI: ``get_policy`` /
``update_policy``), through a facade client or a plain generated one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol, TypeVar

from ._errors import PolicyClientError, PreconditionFailedError, api_error_class

__all__ = ["aupdate_with_etag", "update_with_etag"]

DEFAULT_ETAG_ATTEMPTS = 3

ClientT = TypeVar("ClientT")
BodyT = TypeVar("BodyT")
ModelT = TypeVar("ModelT")
ResultT = TypeVar("ResultT", bound="_Written")
_ClientC = TypeVar("_ClientC", contravariant=True)
_BodyC = TypeVar("_BodyC", contravariant=True)
_ResultCo = TypeVar("_ResultCo", covariant=True)


class _Etag(Protocol):
    @property
    def etag(self) -> str | None: ...


class _Written(Protocol):
    """What the helper needs of any generated response: status, headers and raw body."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def content(self) -> bytes: ...


class _Read(_Written, Protocol):
    """A generated read's detailed response: the parsed body and the typed ``etag`` header."""

    @property
    def parsed(self) -> object: ...
    @property
    def parsed_headers(self) -> _Etag: ...


class GetDetailed(Protocol[_ClientC]):
    """A generated ``get_*.sync_detailed``: ``(resource_id, *, client)``."""

    def __call__(self, resource_id: str, /, *, client: _ClientC) -> _Read: ...


class UpdateDetailed(Protocol[_ClientC, _BodyC, _ResultCo]):
    """A generated ``update_*.sync_detailed``: ``(resource_id, *, client, body, if_match)``."""

    def __call__(self, resource_id: str, /, *, client: _ClientC, body: _BodyC, if_match: str) -> _ResultCo: ...


class AsyncGetDetailed(Protocol[_ClientC]):
    """A generated ``get_*.asyncio_detailed``."""

    def __call__(self, resource_id: str, /, *, client: _ClientC) -> Awaitable[_Read]: ...


class AsyncUpdateDetailed(Protocol[_ClientC, _BodyC, _ResultCo]):
    """A generated ``update_*.asyncio_detailed``."""

    def __call__(
        self, resource_id: str, /, *, client: _ClientC, body: _BodyC, if_match: str
    ) -> Awaitable[_ResultCo]: ...


def _current(read: _Read, model: type[ModelT], resource_id: str) -> tuple[ModelT, str]:
    """The resource and its etag from a read, or the typed error for a read that gave neither."""
    if not 200 <= read.status_code < 300:  # a client built with raise_for_status=False
        raise api_error_class(read.status_code)(
            status_code=read.status_code, headers=read.headers, body=read.content, detail="read before an etag write"
        )
    resource, etag = read.parsed, read.parsed_headers.etag
    if not isinstance(resource, model):
        raise PolicyClientError(f"{resource_id}: the read did not return a {model.__name__}")
    if not etag:
        raise PolicyClientError(f"{resource_id}: the read returned no etag, so a conditional write is impossible")
    return resource, etag


def _conflict(result: _Written) -> PreconditionFailedError | None:
    """A 412 answered to a client that does not raise (raise_for_status=False), as the facade's error."""
    if result.status_code != 412:
        return None
    return PreconditionFailedError(status_code=412, headers=result.headers, body=result.content)


def _check_attempts(max_attempts: int) -> None:
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")


def _give_up(last: PreconditionFailedError, max_attempts: int) -> PreconditionFailedError:
    last.add_note(f"update_with_etag: the etag moved on under each of {max_attempts} read-modify-write attempts")
    return last


def update_with_etag(
    get: GetDetailed[ClientT],
    update: UpdateDetailed[ClientT, BodyT, ResultT],
    resource_id: str,
    change: Callable[[ModelT], BodyT],
    *,
    client: ClientT,
    model: type[ModelT],
    max_attempts: int = DEFAULT_ETAG_ATTEMPTS,
) -> ResultT:
    """Read, ``change`` the current resource into an update body, write it with ``if-match``; retry on 412.

    Example (OCI)::

        result = policy_clients.update_with_etag(
            get_policy.sync_detailed, update_policy.sync_detailed, policy_id,
            lambda p: UpdatePolicyDetails(statements=[*p.statements, extra]),
            client=client, model=Policy,
        )
        result.parsed_headers.etag  # the etag of the version just written

    Args:
        get: the generated ``sync_detailed`` of the read (``get_policy``).
        update: the generated ``sync_detailed`` of the conditional write (``update_policy``).
        resource_id: the resource's id (the first argument of both).
        change: current resource -> update body; may run up to ``max_attempts`` times, always on fresh state.
        client: the client both calls use.
        model: the resource's model class (what ``change`` takes), e.g. ``Policy``.
        max_attempts: reads and writes at most; then the last ``PreconditionFailedError`` is raised.

    Returns:
        The update's detailed response.

    Raises:
        PreconditionFailedError: every attempt found the etag moved on.
        APIError / PolicyClientError: the read failed or gave no resource or etag; any other write error.

    """
    _check_attempts(max_attempts)
    last: PreconditionFailedError | None = None
    for _ in range(max_attempts):
        resource, etag = _current(get(resource_id, client=client), model, resource_id)
        try:
            result = update(resource_id, client=client, body=change(resource), if_match=etag)
        except PreconditionFailedError as exc:
            last = exc
            continue
        last = _conflict(result)
        if last is None:
            return result
    assert last is not None
    raise _give_up(last, max_attempts)


async def aupdate_with_etag(
    get: AsyncGetDetailed[ClientT],
    update: AsyncUpdateDetailed[ClientT, BodyT, ResultT],
    resource_id: str,
    change: Callable[[ModelT], BodyT],
    *,
    client: ClientT,
    model: type[ModelT],
    max_attempts: int = DEFAULT_ETAG_ATTEMPTS,
) -> ResultT:
    """The async twin of ``update_with_etag``: pass the generated ``asyncio_detailed`` functions."""
    _check_attempts(max_attempts)
    last: PreconditionFailedError | None = None
    for _ in range(max_attempts):
        resource, etag = _current(await get(resource_id, client=client), model, resource_id)
        try:
            result = await update(resource_id, client=client, body=change(resource), if_match=etag)
        except PreconditionFailedError as exc:
            last = exc
            continue
        last = _conflict(result)
        if last is None:
            return result
    assert last is not None
    raise _give_up(last, max_attempts)
