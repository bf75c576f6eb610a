"""Retry policy: which failures to retry, how long to wait, and when to give up.

Pure decisions only (no I/O, no sleeping), so the rules are easy to test; the client layer in
``_client.py`` runs the loop and does the waiting through the injectable ``sleep``.
"""

from __future__ import annotations

import contextvars
import email.utils
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from typing import Literal

__all__ = [
    "DEFAULT_RETRY_STATUSES",
    "FINAL",
    "AttemptRecord",
    "RetryDecision",
    "RetryPolicy",
    "RetryState",
    "VendorRetryRules",
    "is_idempotent",
    "parse_retry_after",
]

DEFAULT_RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
OPERATION_EXTENSION = "policy_clients.operation"
IDEMPOTENT_EXTENSION = "policy_clients.idempotent"
CREDENTIAL_REQUEST_EXTENSION = "policy_clients.credential_request"
"""Marks a request that carries credential material in its body (a token request)."""
DEADLINE_EXTENSION = "policy_clients.deadline"
"""``time.monotonic()`` value at which the facade's call gives up (set per attempt by the retry loop)."""
CALL_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("policy_clients_deadline", default=None)
"""The same deadline for the sync network backend of ``_deadline`` (a context variable: per thread)."""

Jitter = Literal["full", "decorrelated", "none"]


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How the client retries a failed attempt.

    Every attempt goes through the client's auth flow again, so tokens are refreshed and
    signatures (OCI's allow ~5 min of skew) are made afresh.

    Attributes:
        max_attempts: attempts in all, the first included (1 disables retries).
        deadline: seconds from the first attempt after which no new attempt starts; each attempt's
            timeouts are also shortened to fit what is left. ``None``: attempts alone bound the loop.
        initial_backoff: base delay before the first retry, doubled (``multiplier``) per retry.
        max_backoff: cap on a computed backoff delay.
        jitter: ``"full"`` (uniform in [0, backoff]), ``"decorrelated"`` (AWS style, uniform in
            [initial, 3 * previous delay], capped) or ``"none"``.
        retry_statuses: response statuses worth another attempt.
        retry_non_idempotent: also retry requests that may have changed server state (POST/PATCH
            without the ``policy_clients.idempotent`` extension). Requests that surely never reached
            the server (connection refused, connect or pool timeout) are retried regardless.
        respect_retry_after: wait as the server asks in ``retry-after-ms`` / ``Retry-After``.
        max_retry_after: longest server-requested wait honoured; a longer one ends the retries, since
            coming back earlier than asked would only fail again.
        sleep / async_sleep / clock / now / random: injectable for tests (defaults: ``time.sleep``,
            ``anyio.sleep`` (asyncio or trio), ``time.monotonic`` for the deadline, ``time.time`` for
            HTTP-date ``Retry-After``, ``random.random`` for jitter).

    """

    max_attempts: int = 3
    deadline: float | None = 60.0
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    multiplier: float = 2.0
    jitter: Jitter = "full"
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    retry_non_idempotent: bool = False
    respect_retry_after: bool = True
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    now: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be positive or None")
        if self.initial_backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("backoff and retry-after limits must not be negative")
        if self.multiplier < 1:
            raise ValueError("multiplier must be at least 1")
        if self.jitter not in ("full", "decorrelated", "none"):
            raise ValueError(f"unknown jitter {self.jitter!r}")
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """One attempt only (errors are still mapped and raised)."""
        return cls(max_attempts=1)

    def backoff(self, retry_number: int, previous_delay: float | None) -> float:
        """Delay before retry number ``retry_number`` (1 for the first retry)."""
        base = min(self.max_backoff, self.initial_backoff * self.multiplier ** (retry_number - 1))
        if self.jitter == "none":
            return base
        if self.jitter == "full":
            return base * self.random()
        low = self.initial_backoff
        high = max(low, 3.0 * (previous_delay if previous_delay is not None else low))
        return min(self.max_backoff, low + (high - low) * self.random())


@dataclass(frozen=True, kw_only=True)
class VendorRetryRules:
    """What a vendor's own SDK retries beyond ``RetryPolicy.retry_statuses``, and how it says it retries.

    Set by the vendor's factory (OCI: 409 ``IncorrectState`` / ``LockConflict`` are retried, and every
    attempt carries ``opc-client-retries: true`` while retries are on), so the loop stays vendor-neutral.

    Attributes:
        error_codes: status -> the vendor error codes (from the error body) that are worth another attempt.
        error_code: reads the vendor's error code from an error body (None when it has none).
        retry_headers: headers sent on every attempt of a client whose policy allows more than one attempt.

    """

    error_codes: Mapping[int, frozenset[str]] = field(default_factory=dict)
    error_code: Callable[[bytes], str | None] | None = field(default=None, repr=False, compare=False)
    retry_headers: Mapping[str, str] = field(default_factory=dict)

    def reads_body(self, status: int) -> bool:
        """Whether the decision about a response with this status needs its body (for the error code)."""
        return status in self.error_codes and self.error_code is not None

    def retryable(self, status: int, body: bytes) -> bool:
        """Whether this error response carries one of the vendor's retryable codes."""
        codes = self.error_codes.get(status)
        if not codes or self.error_code is None:
            return False
        try:
            return self.error_code(body) in codes
        except Exception:  # a malformed error body is just not a retryable one
            return False


NO_VENDOR_RULES = VendorRetryRules()


@dataclass(frozen=True, init=False)
class AttemptRecord:
    """What one attempt did: its number, outcome and whether it may have changed server state."""

    number: int
    outcome: str
    elapsed: float
    may_have_succeeded: bool
    status_code: int | None = None

    def __init__(
        self, number: int, outcome: str, elapsed: float, may_have_succeeded: bool, status_code: int | None = None
    ) -> None:
        # One is made per attempt: the frozen dataclass __init__ (an object.__setattr__ per field) cost twice
        # this. Still frozen: assigning to a field raises FrozenInstanceError; replace() and pickling work.
        fields = self.__dict__
        fields["number"] = number
        fields["outcome"] = outcome
        fields["elapsed"] = elapsed
        fields["may_have_succeeded"] = may_have_succeeded
        fields["status_code"] = status_code


@dataclass(frozen=True)
class RetryDecision:
    """Whether to try again, after how long, and why (the reason is logged and kept on errors)."""

    retry: bool
    delay: float
    reason: str


FINAL = RetryDecision(False, 0.0, "final")
"""The decision for an attempt whose outcome is not retryable (shared: the class is frozen)."""


def is_idempotent(method: str, extensions: Mapping[str, object]) -> bool:
    """Use the generated operation's ``policy_clients.idempotent`` flag, else HTTP method semantics."""
    flag = extensions.get(IDEMPOTENT_EXTENSION)
    if isinstance(flag, bool):
        return flag
    return method.upper() in IDEMPOTENT_METHODS


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP-date).

    Returns ``None`` when neither header is present or parseable; past dates give 0.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            value = float(raw_ms.strip())
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return max(0.0, value / 1000.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if math.isfinite(seconds):
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


class RetryState:
    """Bookkeeping for one logical request across its attempts (one instance per ``send``)."""

    def __init__(self, policy: RetryPolicy, *, idempotent: bool, replayable: bool) -> None:
        self.policy = policy
        self.idempotent = idempotent
        self.replayable = replayable
        self.started = policy.clock()
        self.attempts: list[AttemptRecord] = []
        self._previous_delay: float | None = None

    @property
    def attempt_number(self) -> int:
        """Number of the attempt about to run (or running)."""
        return len(self.attempts) + 1

    def remaining(self) -> float | None:
        """Seconds left before the overall deadline (``None`` when there is no deadline)."""
        if self.policy.deadline is None:
            return None
        return self.policy.deadline - (self.policy.clock() - self.started)

    def record(self, outcome: str, elapsed: float, *, may_have_succeeded: bool, status_code: int | None = None) -> None:
        """Remember what the attempt that just ended did."""
        self.attempts.append(AttemptRecord(len(self.attempts) + 1, outcome, elapsed, may_have_succeeded, status_code))

    @property
    def earlier_attempt_may_have_succeeded(self) -> bool:
        """Whether an attempt before the last one ended ambiguously (timeout, dropped connection, 5xx)."""
        return any(a.may_have_succeeded for a in self.attempts[:-1])

    def decide(self, *, retryable: bool, surely_unsent: bool, retry_after: float | None) -> RetryDecision:
        """Decide about the attempt just recorded: stop, or retry after a delay."""
        policy = self.policy
        if not retryable:
            return RetryDecision(False, 0.0, "not a retryable outcome")
        if not (self.idempotent or surely_unsent or policy.retry_non_idempotent):
            return RetryDecision(False, 0.0, "request is not idempotent")
        if not self.replayable:
            return RetryDecision(False, 0.0, "request body cannot be replayed")
        done = len(self.attempts)
        if done >= policy.max_attempts:
            return RetryDecision(False, 0.0, f"{policy.max_attempts} attempts made")
        delay = policy.backoff(done, self._previous_delay)
        reason = "backoff"
        if retry_after is not None and policy.respect_retry_after:
            if retry_after > policy.max_retry_after:
                reason = f"server asked to wait {retry_after:.1f}s, over max_retry_after {policy.max_retry_after}s"
                return RetryDecision(False, 0.0, reason)
            delay, reason = retry_after, "server-requested wait"
        remaining = self.remaining()
        if remaining is not None and delay >= remaining:
            return RetryDecision(False, 0.0, f"deadline of {policy.deadline}s would pass before the next attempt")
        self._previous_delay = delay
        return RetryDecision(True, delay, reason)
