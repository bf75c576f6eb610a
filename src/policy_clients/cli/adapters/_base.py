"""What the command line needs from a vendor: read a policy file, fetch the live policy, push one."""

from __future__ import annotations

import abc
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from ..._errors import PolicyClientError
from .._exit import UsageError

__all__ = ["Adapter", "Pushed", "Remote", "Target", "UnexpectedAnswer", "expect"]

T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """Which policy a command addresses: ``--id`` and the vendor's scope options (PlainID's environment...)."""

    policy_id: str | None
    options: Mapping[str, str | None] = field(default_factory=dict)

    def option(self, name: str, flag: str, env: str) -> str:
        """A required scope option, or a usage error naming its flag and environment variable."""
        value = self.options.get(name)
        if not value:
            raise UsageError(f"{flag} (or ${env}) is required")
        return value


@dataclass(frozen=True)
class Remote:
    """The live policy: its id, the vendor-shaped content (what ``load`` returns for a file) and its etag."""

    policy_id: str | None
    content: Any
    version: str | None = None


@dataclass(frozen=True)
class Pushed:
    """What a push wrote: the policy's id (a create assigns one) and its new version, where the vendor has one."""

    policy_id: str | None
    version: str | None = None


class UnexpectedAnswer(PolicyClientError):
    """The server answered 2xx with something the operation does not declare (exit code 7)."""


def expect(value: object, cls: type[T], what: str) -> T:
    """``value`` as ``cls``: the facade raises on error statuses, so anything else is a server surprise."""
    if not isinstance(value, cls):
        raise UnexpectedAnswer(f"{what}: expected {cls.__name__}, the server answered {type(value).__name__}")
    return value


class Adapter(abc.ABC):
    """One vendor's idea of "a policy file" and the generated operations that read and write it."""

    vendor: ClassVar[str]
    file_format: ClassVar[str]
    """One phrase for ``--help`` and the README: what the FILE holds."""
    push_needs_id: ClassVar[bool] = True
    pull_needs_id: ClassVar[bool] = True

    @abc.abstractmethod
    def client(self, base_url: str | None, options: dict[str, Any]) -> Any:
        """The facade client: the vendor's factory, reading credentials as it always does."""

    @abc.abstractmethod
    def load(self, text: str, path: Path) -> Any:
        """Parse a policy file (raise ``UsageError`` saying what is wrong with it)."""

    @abc.abstractmethod
    def fetch(self, client: Any, target: Target, local: Any | None) -> Remote | None:
        """The live policy, or None where it does not exist yet (a push creates it).

        ``local`` is the policy file's content (push, diff), None for pull.
        """

    @abc.abstractmethod
    def push(self, client: Any, target: Target, content: Any, remote: Remote | None) -> Pushed:
        """Write ``content``; ``remote`` is what ``fetch`` returned just before (its etag guards the write)."""

    def render(self, content: Any, path: Path | None) -> str:
        """The file text for ``content`` (``pull``), in the format ``path``'s name implies."""
        return str(content)

    def comparable(self, content: Any, like: Any) -> str:
        """The text ``diff`` compares: ``content`` limited to what a push of ``like`` (the local file) would set."""
        return self.render(content, None)

    def check_id(self, target: Target, *, command: str) -> None:
        """Refuse a command that needs ``--id`` without one."""
        needs = self.pull_needs_id if command == "pull" else self.push_needs_id  # diff has a file, as push
        if needs and not target.policy_id:
            raise UsageError(f"{self.vendor} {command} needs --id (the policy's id)")


def text_with_newline(text: str) -> str:
    """Compare text files as editors save them: a missing final newline is no difference."""
    return text if text.endswith("\n") or not text else text + "\n"
