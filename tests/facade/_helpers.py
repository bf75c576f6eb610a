"""Run one request through the facade's sync or async client, so each rule is tested both ways."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from _servers import FakeClock, Sleeps

from policy_clients import RetryPolicy
from policy_clients._client import AsyncPolicyHTTPClient, PolicyHTTPClient

MODES = ["sync", "async"]


def make_policy(sleeps: Sleeps, clock: FakeClock | None = None, **kw: Any) -> RetryPolicy:
    """A policy that never really waits: sleeps are recorded (and move the fake clock, if given)."""

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        if clock is not None:
            clock.advance(seconds)

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    extra: dict[str, Any] = {"random": lambda: 0.5}
    if clock is not None:
        extra["clock"] = clock
    extra.update(kw)
    return RetryPolicy(sleep=sleep, async_sleep=async_sleep, **extra)


def request(
    mode: str,
    base_url: str,
    method: str,
    path: str,
    *,
    client_kwargs: dict[str, Any] | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request with a fresh facade client in the given mode."""
    options = {"base_url": base_url, "vendor": "test", **(client_kwargs or {})}
    if mode == "sync":
        with PolicyHTTPClient(**options) as client:
            return client.request(method, path, **kwargs)

    async def run() -> httpx.Response:
        async with AsyncPolicyHTTPClient(**options) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(run())
