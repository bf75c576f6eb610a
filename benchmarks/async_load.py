"""Async throughput of the update-policy operation (facade vs bare httpx.AsyncClient) and token fetches under load.

The transport-level comparison (raw GETs through the facade's AsyncPolicyHTTPClient) is the one in
``async_throughput.py``; this module reuses its runner and adds the operation-level figures.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from canned_server import CannedServer
from measure import Section, Series, Target, fmt_ratio, interleaved, package_version, ratios
from profiles import profile_calls
from vendor_calls import API_KEY, POLAR, WIRE

LEVELS = (1, 10, 100)
THROUGHPUT_TARGET = 3.0


@dataclass(frozen=True)
class AsyncSettings:
    """Calls per sample per concurrency level, rounds, and a time budget."""

    calls: dict[int, int]
    rounds: int
    budget_seconds: float
    token_calls: int
    transport_level: bool = True


FULL = AsyncSettings(calls={1: 200, 10: 500, 100: 600}, rounds=3, budget_seconds=60.0, token_calls=500)
QUICK = AsyncSettings(
    calls={1: 10, 10: 20, 100: 100}, rounds=1, budget_seconds=3.0, token_calls=100, transport_level=False
)

AsyncCall = Callable[[], Awaitable[object]]


async def _rate(call: AsyncCall, total: int, concurrency: int, timeout: float, *, warm: bool = True) -> float:
    """Requests/s completing ``total`` calls with ``concurrency`` workers (bounded by ``timeout`` seconds)."""
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    if warm:
        await call()  # one warm connection
    start = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout)
    return total / (time.perf_counter() - start)


def _facade_factory(url: str) -> tuple[Callable[[], Awaitable[None]], AsyncCall]:
    from oso_cloud_client.api.policy import post_policy
    from oso_cloud_client.models import ApiResult, Policy

    import policy_clients

    client = policy_clients.oso_cloud(API_KEY, base_url=f"{url}/api/")
    body = Policy(src=POLAR)

    async def call() -> object:
        result = await post_policy.asyncio(client=client, body=body)
        if not isinstance(result, ApiResult):
            raise RuntimeError(f"unexpected result {type(result).__name__}")
        return result

    return client.get_async_httpx_client().aclose, call


def _bare_factory(url: str) -> tuple[Callable[[], Awaitable[None]], AsyncCall]:
    wire = WIRE["oso_cloud"]
    client = httpx.AsyncClient(base_url=url)
    headers = {"Authorization": f"Bearer {API_KEY}"}

    async def call() -> object:
        response = await client.request(wire.method, wire.path, json=wire.body, headers=headers)
        response.raise_for_status()
        return response.json()

    return client.aclose, call


Factory = Callable[[str], tuple[Callable[[], Awaitable[None]], AsyncCall]]
CLIENTS: dict[str, Factory] = {
    "bare httpx.AsyncClient (defaults)": _bare_factory,
    "facade (policy_clients + generated)": _facade_factory,
}


def _sample(factory: Factory, url: str, total: int, concurrency: int) -> float:
    """One sample: a fresh client and event loop (so every sample starts cold-pooled alike)."""

    async def main() -> float:
        close, call = factory(url)
        try:
            return await _rate(call, total, concurrency, timeout=60.0)
        finally:
            await close()

    return asyncio.run(main())


def run_async(settings: AsyncSettings, profile_dir: str | None) -> Section:
    """Requests/s of the Oso update-policy operation at 1, 10 and 100 in flight, and token fetches under load."""
    section = Section(
        title="Async throughput, Oso update-policy operation (requests/s; higher is better)",
        header=["concurrency", "client", "requests/s, median (min-max)", "vs bare httpx, median (min-max)"],
    )
    with CannedServer() as server:
        for level in LEVELS:
            total = settings.calls[level]
            results = interleaved(
                {
                    name: functools.partial(_sample, factory, server.url, total, level)
                    for name, factory in CLIENTS.items()
                },
                settings.rounds,
                budget_seconds=settings.budget_seconds / len(LEVELS),
            )
            baseline = results["bare httpx.AsyncClient (defaults)"]
            section.raw[f"concurrency_{level}"] = {
                name: {"rps": s.as_dict(), "ratio_vs_bare": ratios(s, baseline).as_dict()}
                for name, s in results.items()
            }
            for name, series in results.items():
                rate = f"{series.median:.0f} ({series.low:.0f}-{series.high:.0f})"
                section.rows.append([str(level), name, rate, fmt_ratio(ratios(series, baseline))])
            if level == 100:
                gain = ratios(results["facade (policy_clients + generated)"], baseline)
                section.targets.append(
                    Target(
                        "async throughput at 100 in flight: facade vs bare httpx.AsyncClient",
                        f"≥ {THROUGHPUT_TARGET:.1f}x",
                        fmt_ratio(gain),
                        gain.median >= THROUGHPUT_TARGET,
                    )
                )
                if gain.median < THROUGHPUT_TARGET and profile_dir is not None:
                    section.notes.append(_profile(server.url, total, profile_dir))
        section.raw["requests_served"] = server.stats()
    section.notes.append(
        "Each sample builds a fresh client in a fresh event loop, so both start from an empty pool; the bare "
        "client uses httpx defaults (20 keep-alive connections), the facade its defaults (100 connections; its "
        "default async transport, when aiohttp is installed, is aiohttp's pool under httpx)."
    )
    if package_version("sniffio") is None:
        section.notes.append(
            "`sniffio` is not installed (anyio 4.16 no longer pulls it in): httpcore's async path then retries a "
            "failed `import sniffio` (a sys.path scan) several times per request, which slows every "
            "`httpx.AsyncClient` using httpcore, the bare baseline included. Install sniffio for a fair baseline."
        )
    if settings.transport_level:
        _transport_level(section, settings)
    _token_fetches(section, settings)
    return section


def _profile(url: str, total: int, profile_dir: str) -> str:
    """Profile one 100-in-flight sample of each client (target missed); return a note with the top frames."""
    parts = []
    for label, factory in (("facade", _facade_factory), ("bare", _bare_factory)):
        try:
            path, top = profile_calls(
                functools.partial(_sample, factory, url, min(total, 300), 100),
                count=1,
                seconds=120.0,
                directory=profile_dir,
                name=f"async_100_{label}",
            )
        except Exception as exc:  # a profile is a diagnosis aid; its failure must not lose the figures
            parts.append(f"{label}: profiling failed ({type(exc).__name__})")
            continue
        parts.append(f"{label} -> `{path}`; {top}")
    return "Async target missed, profiled at 100 in flight. " + " | ".join(parts)


def _transport_level(section: Section, settings: AsyncSettings) -> None:
    """Reuse async_throughput.py's runner and client table for the transport-level figure at 100 in flight."""
    try:
        import async_throughput as other
    except ImportError as exc:
        section.notes.append(f"Transport-level comparison skipped: async_throughput.py not importable ({exc}).")
        return
    runner: Any = getattr(other, "_run", None)
    table: Any = getattr(other, "_clients", None)
    if runner is None or table is None:
        section.notes.append("Transport-level comparison skipped: async_throughput.py has no _run/_clients.")
        return
    figures: dict[str, Series] = {}
    with CannedServer() as server:
        for name, make in table().items():

            async def main(make: Any = make) -> float:
                async with make(server.url) as client:
                    return float(await runner(client, settings.calls[100], 100))

            figures[name] = Series([asyncio.run(main())])
    section.raw["transport_level_100"] = {name: s.as_dict() for name, s in figures.items()}
    section.notes.append(
        "Transport level (async_throughput.py's clients, GET at 100 in flight, one sample each): "
        + "; ".join(f"{name}: {s.median:.0f} req/s" for name, s in figures.items())
    )


def _token_fetches(section: Section, settings: AsyncSettings) -> None:
    """ConductorOne client credentials at 100 in flight against the local fake: how many token requests."""
    try:
        from policy_clients.testing import ConductorOneFake
        from policy_clients.testing.conductorone import TOKEN_PATH
    except ImportError as exc:
        section.targets.append(
            Target(
                "ConductorOne token fetches at 100 in flight",
                "exactly 1",
                "n/a",
                None,
                f"policy_clients.testing not importable: {exc}",
            )
        )
        return
    from conductorone_client.api.policies import update_policy
    from conductorone_client.models import Policy, UpdatePolicyRequestInput, UpdatePolicyResponse

    import policy_clients

    with ConductorOneFake() as fake:
        fake.seed_policy("pol-1")
        credentials = fake.new_client_credentials("bench")
        client = policy_clients.conductorone(
            credentials.client_id, credentials.client_secret, base_url=fake.origin, token_url=fake.token_url
        )
        body = UpdatePolicyRequestInput(policy=Policy(description="under load"), update_mask="description")

        async def call() -> object:
            result = await update_policy.asyncio("pol-1", client=client, body=body)
            if not isinstance(result, UpdatePolicyResponse):
                raise RuntimeError(f"unexpected result {type(result).__name__}")
            return result

        async def main() -> float:
            try:
                return await _rate(call, settings.token_calls, 100, timeout=120.0, warm=False)  # all start cold
            finally:
                await client.get_async_httpx_client().aclose()

        rate = asyncio.run(main())
        fetches = sum(1 for r in fake.requests if r.path == TOKEN_PATH)
        policy_calls = sum(1 for r in fake.requests if r.path != TOKEN_PATH)
    section.raw["token_fetches"] = {"fetches": fetches, "policy_calls": policy_calls, "rps": rate}
    section.targets.append(
        Target(
            "ConductorOne token fetches, client credentials, 100 in flight",
            "exactly 1",
            f"{fetches} fetch(es) for {policy_calls} calls ({rate:.0f} req/s against the spec-checking fake)",
            fetches == 1,
        )
    )
