"""Vendors whose API takes one static bearer token (Oso Cloud, Flashback, PlainID)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, ClassVar

from policy_clients.testing._base import VendorFake
from policy_clients.testing._clock import FakeClock
from policy_clients.testing._server import IncomingRequest, Response
from policy_clients.testing._spec import RequestCheck


class BearerTokenFake(VendorFake):
    """A fake that accepts exactly one bearer token: the given one, or a random one readable as `token`."""

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

    def authenticate(self, request: IncomingRequest, check: RequestCheck) -> Response | None:
        """Bearer token equality (compared in constant time)."""
        problem = self.bearer_problem(request, lambda token: self.same_secret(token, self.token))
        return None if problem is None else self.error(401, f"Unauthorized: {problem}", op=check.operation)
