"""Progress on stderr while a call is slow: a note when it takes long, and one per retry the facade makes.

stdout stays the command's result (a pulled file, a diff, JSON), so CI can pipe it; stderr is for people.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from .._logging import http_logger
from .._redact import redact_text

__all__ = ["PROGRESS_AFTER_ENV", "Progress"]

PROGRESS_AFTER_ENV = "POLICY_CLIENTS_PROGRESS_AFTER"
"""Seconds a call may take before a "still waiting" note (default 2; the tests lower it)."""
_DEFAULT_AFTER = 2.0
_REPEAT = 10.0


class _RetryNotes(logging.Handler):
    """Turns the facade's per-attempt DEBUG records that end in a retry into one stderr line each."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.DEBUG)
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        if not getattr(record, "policy_clients_retry", False):
            return
        operation = getattr(record, "policy_clients_operation", None) or "request"
        attempt = getattr(record, "policy_clients_attempt", "?")
        outcome = getattr(record, "policy_clients_outcome", "?")
        delay = float(getattr(record, "policy_clients_delay", 0.0))
        self.progress.note(f"{operation}: attempt {attempt} got {outcome}; retrying in {delay:.1f}s")


class Progress:
    """Notes on ``stream`` (stderr), unless quiet; ``step`` wraps each API call."""

    def __init__(self, stream: TextIO, *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.after = _after_seconds()
        self._lock = threading.Lock()

    def note(self, text: str) -> None:
        """One line on stderr, redacted."""
        if self.quiet:
            return
        with self._lock:
            self.stream.write(f"policy-clients: {redact_text(text)}\n")
            self.stream.flush()

    @contextmanager
    def step(self, what: str) -> Iterator[None]:
        """Say "still waiting" after ``after`` seconds (then every 10 s) until the block ends; note retries."""
        if self.quiet:
            yield
            return
        done = threading.Event()
        started = time.monotonic()

        def watch() -> None:
            wait = self.after
            while not done.wait(wait):
                self.note(f"{what}: still waiting ({time.monotonic() - started:.0f}s)")
                wait = _REPEAT

        watcher = threading.Thread(target=watch, name="policy-clients-progress", daemon=True)
        handler = _RetryNotes(self)
        level = http_logger.level
        http_logger.addHandler(handler)
        http_logger.setLevel(logging.DEBUG)
        watcher.start()
        try:
            yield
        finally:
            done.set()
            watcher.join()
            http_logger.removeHandler(handler)
            http_logger.setLevel(level)


def _after_seconds() -> float:
    raw = os.environ.get(PROGRESS_AFTER_ENV, "")
    try:
        value = float(raw) if raw.strip() else _DEFAULT_AFTER
    except ValueError:
        return _DEFAULT_AFTER
    return value if value >= 0 else _DEFAULT_AFTER
