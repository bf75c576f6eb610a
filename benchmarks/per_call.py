"""Sync per-call cost of the update-policy operation: facade vs http.client, bare httpx and the official SDKs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from canned_server import CannedServer, server_ceiling
from measure import Section, Target, fmt_ratio, fmt_series, interleaved, ratios, time_calls
from profiles import profile_calls
from vendor_calls import OFFICIAL_SDK, VENDORS, Call, Calls

# Reference ratios (official SDK / bare httpx) quoted in the issue for this kind of machine.
REFERENCE = {"oso_cloud": 1.75, "oci_identity": 3.5, "conductorone": 6.8}
FACADE_LIMIT = 1.10


@dataclass(frozen=True)
class PerCallSettings:
    """How long to measure: rounds, seconds per sample, and a budget per vendor."""

    rounds: int
    sample_seconds: float
    budget_seconds: float
    ceiling_seconds: float
    vendors: tuple[str, ...] = VENDORS


FULL = PerCallSettings(rounds=11, sample_seconds=0.2, budget_seconds=25.0, ceiling_seconds=1.5)
QUICK = PerCallSettings(rounds=1, sample_seconds=0.01, budget_seconds=2.0, ceiling_seconds=0.2, vendors=("oso_cloud",))


def _sampler(call: Call, seconds: float) -> Callable[[], float]:
    """Warm ``call`` up, size a batch to take about ``seconds``, and return a function timing one batch."""
    for _ in range(3):
        call()
    one = time_calls(call, 5)
    count = max(5, min(1000, int(seconds / max(one, 1e-6))))
    return lambda: time_calls(call, count)


def _candidates(calls: Calls, vendor: str, notes: list[str]) -> dict[str, Call]:
    found: dict[str, Call] = {
        "http.client keep-alive (floor)": calls.raw_http_client(vendor),
        "bare httpx.Client": calls.bare_httpx(vendor),
    }
    if vendor == "oci_identity":
        found["bare httpx.Client + facade OCI signer"] = calls.bare_httpx(vendor, auth=calls.oci_signer())
    found["facade (policy_clients + generated)"] = calls.facade(vendor)
    try:
        found[f"official SDK ({OFFICIAL_SDK[vendor]})"] = calls.official(vendor)
    except ImportError as exc:
        notes.append(f"{vendor}: official SDK `{OFFICIAL_SDK[vendor]}` not installed ({exc.name}); row skipped.")
    return found


def run_per_call(settings: PerCallSettings, profile_dir: str | None) -> Section:
    """Measure every vendor's candidates in interleaved rounds against one canned server process."""
    section = Section(
        title="Per-call cost, sync update-policy on a local keep-alive server",
        header=["vendor", "client", "per call, median (min-max)", "vs bare httpx, median (min-max)"],
    )
    with CannedServer() as server:
        section.raw["server_ceiling_rps"] = ceiling = {
            str(n): server_ceiling(server.port, n, settings.ceiling_seconds) for n in (1, 8)
        }
        calls = Calls(server.url)
        try:
            for vendor in settings.vendors:
                _measure_vendor(calls, vendor, settings, section, profile_dir)
        finally:
            calls.close()
        section.raw["requests_served"] = server.stats()
    floor = min(
        series["median"]
        for vendor in settings.vendors
        for name, series in section.raw[vendor]["seconds"].items()
        if name.startswith("http.client")
    )
    section.notes.insert(
        0,
        f"Server ceiling (separate process, raw asyncio clients in a third process): {ceiling['1']:.0f} req/s "
        f"with 1 connection, {ceiling['8']:.0f} req/s with 8; the fastest sync client here needs "
        f"{1 / floor:.0f} req/s, so the server is not the bottleneck.",
    )
    section.notes.append(
        "Rows: `http.client` = one keep-alive `HTTPConnection`, body pre-serialised per call, `json.loads` of the "
        "reply; bare httpx = `httpx.Client.request(..., json=body)` + `.json()`; facade = the factory "
        "(`policy_clients.oso_cloud(...)` etc., default options: retries, timeouts, error mapping) and the "
        "generated `sync()` returning a parsed model; official SDKs: `Oso(url, api_key).policy(src)`, "
        "`SDK(security=..., server_url=...).policies.update(request=...)`, "
        "`IdentityClient(config, service_endpoint=...).update_policy(id, UpdatePolicyDetails(...))` with a "
        "generated RSA-2048 key. Each sample is the mean of a batch sized to ~0.2 s; rounds interleave the rows."
    )
    return section


def _measure_vendor(
    calls: Calls, vendor: str, settings: PerCallSettings, section: Section, profile_dir: str | None
) -> None:
    notes: list[str] = []
    candidates = _candidates(calls, vendor, notes)
    section.notes += notes
    samplers = {name: _sampler(call, settings.sample_seconds) for name, call in candidates.items()}
    results = interleaved(samplers, settings.rounds, budget_seconds=settings.budget_seconds)
    baseline = results["bare httpx.Client"]
    facade_name = "facade (policy_clients + generated)"
    section.raw[vendor] = {
        "seconds": {name: series.as_dict() for name, series in results.items()},
        "ratio_vs_bare_httpx": {name: ratios(series, baseline).as_dict() for name, series in results.items()},
    }
    for name, series in results.items():
        section.rows.append([vendor, name, fmt_series(series), fmt_ratio(ratios(series, baseline))])
    facade = ratios(results[facade_name], baseline)
    if vendor == "oci_identity":
        # Signing is inherent to OCI; the overhead target compares like with like (both signed).
        signed = ratios(results[facade_name], results["bare httpx.Client + facade OCI signer"])
        section.raw[vendor]["facade_vs_signed_bare_httpx"] = signed.as_dict()
        section.targets.append(
            Target(
                f"{vendor}: facade vs bare httpx with the same signer",
                f"≤ {FACADE_LIMIT:.2f}x",
                fmt_ratio(signed),
                signed.median <= FACADE_LIMIT,
            )
        )
        overhead = signed
    else:
        section.targets.append(
            Target(
                f"{vendor}: facade vs bare httpx",
                f"≤ {FACADE_LIMIT:.2f}x",
                fmt_ratio(facade),
                facade.median <= FACADE_LIMIT,
            )
        )
        overhead = facade
    sdk_name = f"official SDK ({OFFICIAL_SDK[vendor]})"
    if sdk_name in results:
        versus = ratios(results[facade_name], results[sdk_name])
        section.raw[vendor]["facade_vs_official"] = versus.as_dict()
        sdk_ratio = ratios(results[sdk_name], baseline)
        section.targets.append(
            Target(
                f"{vendor}: facade faster than {OFFICIAL_SDK[vendor]}",
                "facade/SDK < 1.00x",
                f"{fmt_ratio(versus)}; SDK = {sdk_ratio.median:.2f}x bare httpx (reference ≈{REFERENCE[vendor]}x)",
                versus.median < 1.0,
            )
        )
    if overhead.median > FACADE_LIMIT and profile_dir is not None:
        section.notes.append(_profile(vendor, candidates, facade_name, profile_dir))


def _profile(vendor: str, candidates: dict[str, Call], facade_name: str, profile_dir: str) -> str:
    """Profile the facade and its baseline for a missed target; return a note naming the files and top frames."""
    baseline = "bare httpx.Client + facade OCI signer" if vendor == "oci_identity" else "bare httpx.Client"
    summary = []
    for label, name in (("facade", facade_name), ("baseline", baseline)):
        path, top = profile_calls(
            candidates[name], count=300, seconds=3.0, directory=profile_dir, name=f"per_call_{vendor}_{label}"
        )
        summary.append(f"{label} → `{path}`; top own frames: {top}")
    return f"{vendor}: facade over target, profiled. " + " | ".join(summary)
