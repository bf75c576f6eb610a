"""Resource-style access to the API: ``client.<resource>.<operation>(...)``, one resource per tag.

``client.policies`` (sync) and ``client.aio.policies`` (async) take the same
arguments as the functions in ``api/<tag>/<module>.py``, return only the success type (an error status
raises ``errors.StatusError``, or the facade's ``APIError`` first), and offer ``with_raw_response`` for
the whole response with headers. Each resource module, and each operation module a method calls, is
imported on first use.

A ``with_raw_response`` twin runs its plain method's own code on a resource whose ``_raw`` is true: the
method's last step, ``self._result(...)``, then hands back the whole response instead of parsing out the
success. So each operation's signature, docstring and call are written once per sync and async method;
a type checker sees each twin with the plain method's parameters and its ``*_detailed`` function's return.
The bases live here, in a module every resource already imports, so they cost no import of their own.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType
    from typing import Concatenate, ParamSpec, Protocol, TypeVar

    from ..client import AuthenticatedClient, Client
    from .policies import AsyncPoliciesResource

    P = ParamSpec("P")
    R = TypeVar("R")
    R_co = TypeVar("R_co", covariant=True)
    T = TypeVar("T")

    class RawMethod(Protocol[P, R_co]):
        """How a type checker sees a raw twin: a method taking ``P`` and returning ``R_co``."""

        def __get__(self, instance: object, owner: type | None = None, /) -> Callable[P, R_co]: ...


class AsyncResources:
    """What ``client.aio`` returns: the resources with coroutine methods, sharing the client's settings and pools.

    ``async with client.aio as aclient:`` closes the client's async httpx client at the end.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    @property
    def policies(self) -> AsyncPoliciesResource:
        """The ``policies`` operations as coroutine methods."""
        from .policies import AsyncPoliciesResource

        return AsyncPoliciesResource(self._client)

    async def __aenter__(self) -> AsyncResources:
        await self._client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self._client.__aexit__(exc_type, exc_value, traceback)


class Resource:
    """A resource class: the client its methods call through, and whether they return whole responses."""

    __slots__ = ("_client",)
    _raw: ClassVar[bool] = False

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _result(self, success: Callable[[R], T], response: R) -> T:
        """``success(response)`` (the parsed success; an error status raises), or in a raw twin the response itself."""
        return cast("T", response) if self._raw else success(response)


class RawResource(Resource):
    """A ``with_raw_response`` class: its methods (``raw_twin``) return what ``*_detailed`` returns."""

    __slots__ = ()
    _raw = True


def raw_twin(plain: Callable[Concatenate[Any, P], object], detailed: Callable[..., R] | None = None) -> RawMethod[P, R]:
    """``plain``'s code as a method of a ``RawResource``, typed as returning what ``detailed`` returns.

    ``detailed`` (the operation's ``sync_detailed`` or ``asyncio_detailed``) is passed only where a type
    checker reads it, so the operation module still loads on the first call.
    """
    return cast("RawMethod[P, R]", _Twin(plain))


class _Twin:
    """A raw twin until first looked up, when the function it stands for takes its place in the class."""

    __slots__ = ("_plain",)

    def __init__(self, plain: Callable[..., object]) -> None:
        self._plain = plain

    def __get__(self, instance: object, owner: type) -> Any:
        function = _twin_function(self._plain, owner)
        setattr(owner, function.__name__, function)
        return function if instance is None else types.MethodType(function, instance)


def _twin_function(plain: Any, owner: type) -> types.FunctionType:
    """A copy of ``plain`` (no wrapper frame, the same parameters for ``inspect.signature``) named as ``owner``'s.

    Its docstring points to ``plain``'s, and its return annotation is left out: the plain one (the success
    type) would be wrong for the whole response.
    """
    qualname = f"{owner.__qualname__}.{plain.__name__}"
    code = plain.__code__.replace(co_qualname=qualname)
    function = types.FunctionType(code, plain.__globals__, plain.__name__, plain.__defaults__, plain.__closure__)
    function.__kwdefaults__ = plain.__kwdefaults__
    function.__qualname__ = qualname
    function.__module__ = plain.__module__
    function.__annotations__ = {key: value for key, value in plain.__annotations__.items() if key != "return"}
    function.__doc__ = (
        f"``{plain.__qualname__}`` (see there for the arguments), returning the whole response as the operation's "
        "``*_detailed`` function does: status, headers, raw content and parsed body. An error status is "
        "returned, not raised, unless the client raises for it (a ``policy_clients`` client's ``APIError``)."
    )
    return function


__all__ = ["AsyncResources", "RawResource", "Resource", "raw_twin"]
