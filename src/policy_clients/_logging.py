"""Loggers of the facade; every message is built from redacted values only."""

from __future__ import annotations

import logging

__all__ = ["http_logger", "logger"]

logger = logging.getLogger("policy_clients")
"""Parent logger: configure this one to see everything the facade logs."""

http_logger = logging.getLogger("policy_clients.http")
"""One DEBUG record per attempt (method, redacted URL, status or error, elapsed, retry decision)."""
