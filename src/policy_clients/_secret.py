"""A holder for credentials whose ``repr``/``str`` never show them, so traceback locals and logs stay clean.

Frames that hold a credential show it in ``traceback.TracebackException(capture_locals=True)`` and pytest's
``--showlocals`` (they call ``repr`` on every local). Keeping the value inside a ``Secret`` until the moment it
is written into a request means those frames show ``Secret('[REDACTED]')``.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

__all__ = ["Secret", "hides_credentials", "reveal", "without_locals"]

P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=BaseException)


class Secret:
    """One credential value; ``reveal()`` is the only way out, and it does not pickle."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a str, got {type(value).__name__}")
        object.__setattr__(self, "_value", value)

    @classmethod
    def of(cls, value: Secret | str) -> Secret:
        """Wrap a plain string (a ``Secret`` is returned as it is)."""
        return value if isinstance(value, Secret) else cls(value)

    def reveal(self) -> str:
        """The value itself: call only where it goes into a request or a key parser."""
        return str(object.__getattribute__(self, "_value"))

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("Secret is immutable")

    def __repr__(self) -> str:
        return "Secret('[REDACTED]')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self.reveal().encode(), other.reveal().encode())

    def __hash__(self) -> int:
        return hash((Secret, self.reveal()))

    def __bool__(self) -> bool:
        return bool(self.reveal())

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled: credentials do not travel in pickles")


def reveal(value: Secret | str) -> str:
    """The plain value of a ``Secret`` or a string."""
    return value.reveal() if isinstance(value, Secret) else value


def without_locals(error: E) -> E:
    """Drop the traceback (and with it every frame's locals) of an error and of its causes."""
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


def hides_credentials(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function that takes credentials: an error it raises keeps no frame below this one.

    The frames of a factory or key parser hold the secret, the decoded key, the parts of a client
    secret; ``capture_locals`` / ``--showlocals`` would print them. The error's type and (redacted)
    message say what is wrong.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except Exception as error:
            del args, kwargs  # this frame stays in the traceback: it must not hold them either
            raise without_locals(error)  # noqa: B904 - the error itself, re-raised without its inner frames

    return wrapper
