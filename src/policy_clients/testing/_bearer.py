"""Vendors whose API takes a bearer token (Oso Cloud, Flashback, PlainID): a static one, or tokens the fake issued."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, ClassVar

from policy_clients.testing._base import VendorFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck


class BearerTokenFake(VendorFake):
    """A fake that accepts its static bearer token and the tokens it issued.

    The static one is the given token, or a random one readable as `token`; issued ones (`issue_token`) live
    until they expire on the fake's clock or `expire_tokens()` ends them.
    """

    token_prefix: ClassVar[str] = "token-"  # noqa: S105 - a label for generated tokens, not a secret

    def __init__(
        self,
        *,
        token: str | None = None,
        spec: Mapping[str, Any] | None = None,
        clock: FakeClock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(spec=spec, clock=clock, host=host, port=port)
        self.token = token or f"{self.token_prefix}{secrets.token_urlsafe(16)}"

    def _init_state(self) -> None:
        self.token_lifetime = 3600
        self._issued: dict[str, float] = {}

    def issue_token(self) -> str:
        """A new access token, valid `token_lifetime` seconds from now on the fake's clock."""
        token = f"{self.token_prefix}issued-{secrets.token_urlsafe(24)}"
        with self._lock:
            self._issued[token] = self.clock.now() + self.token_lifetime
        return token

    def expire_tokens(self) -> None:
        """Invalidate every issued token: the next call with one gets 401 (the static token stays valid)."""
        with self._lock:
            self._issued.clear()

    @property
    def issued_token_count(self) -> int:
        """How many issued tokens are still valid."""
        now = self.clock.now()
        with self._lock:
            return sum(1 for expiry in self._issued.values() if now < expiry)

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        """The static token (compared in constant time) or an unexpired issued one."""
        now = self.clock.now()

        def accepted(token: str) -> bool:
            if self.same_secret(token, self.token):
                return True
            with self._lock:
                expiry = self._issued.get(token)
            return expiry is not None and now < expiry

        problem = self.bearer_problem(request, accepted)
        return None if problem is None else self.error(401, f"Unauthorized: {problem}", op=check.operation)
