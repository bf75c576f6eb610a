"""A settable clock, so token expiry and signature skew can be tested without sleeping."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class FakeClock:
    """Wall-clock time plus an offset, or a frozen instant; what the fake uses for `now`."""

    def __init__(self, now: float | None = None) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._frozen: float | None = now

    def now(self) -> float:
        """Seconds since the epoch, as the fake sees it."""
        with self._lock:
            return self._frozen if self._frozen is not None else time.time() + self._offset

    def now_datetime(self) -> datetime:
        """`now()` as an aware UTC datetime."""
        return datetime.fromtimestamp(self.now(), UTC)

    def set(self, now: float | datetime) -> None:
        """Freeze the clock at an instant (epoch seconds or an aware datetime)."""
        value = now.timestamp() if isinstance(now, datetime) else float(now)
        with self._lock:
            self._frozen = value

    def advance(self, seconds: float) -> None:
        """Move the clock forward (or back, with a negative value), frozen or not."""
        with self._lock:
            if self._frozen is not None:
                self._frozen += seconds
            else:
                self._offset += seconds

    def unfreeze(self) -> None:
        """Follow the wall clock again, keeping the current offset."""
        with self._lock:
            self._frozen = None
