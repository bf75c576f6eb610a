"""Shared types of oci-identity-client: the response wrapper, the UNSET marker and ``File`` (loaded on first use)."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, TypeVar

from attrs import define

if TYPE_CHECKING:
    from ._files import File


class Unset:
    """Marker for "not given", distinct from None (which may be a valid, nullable value)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


def status_of(code: int) -> int:
    """The HTTPStatus member for a code Python knows, else the plain int (vendors and proxies send 499, 520...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def dig(value: object, path: tuple[str, ...]) -> object:
    """Follow attribute names through parsed models (paged responses); None where a step is UNSET, None or missing."""
    for name in path:
        if value is None or isinstance(value, Unset):
            return None
        value = getattr(value, name, None)
    return None if isinstance(value, Unset) else value


T = TypeVar("T")
H = TypeVar("H")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    Attributes:
        status_code: an ``HTTPStatus`` member when Python knows the code, else the plain int.
        content: the raw body.
        headers: all response headers (case-insensitive).
        parsed: the body parsed into the type the spec declares for this status, or None.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@define
class ResponseWithHeaders(Response[T], Generic[T, H]):
    """A response whose declared headers (etag, request ids...) are parsed into a typed object.

    Attributes:
        parsed_headers: the headers the spec declares for this operation, as typed attributes.
    """

    parsed_headers: H


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "ResponseWithHeaders", "Unset", "dig", "status_of"]

if not TYPE_CHECKING:  # type checkers see the import above; a module __getattr__ would type typos as Any

    def __getattr__(name: str) -> Any:
        """``File`` on first access (PEP 562): building its attrs class is a ``compile()`` few operations need."""
        if name != "File":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from ._files import File

        globals()["File"] = File
        return File

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
