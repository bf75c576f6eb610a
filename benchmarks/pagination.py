"""List-all throughput: 1,000 OCI policies at page size 50 from the spec-checking fake, facade vs oci's paginator.

The fake runs in this process (threads), validating every request and response against the spec and
verifying every signature, so it is a large, equal share of each row; the ratios say how the clients
compare under the same server, not what a real service would allow.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from measure import Section, Target, fmt_ratio, interleaved, ratios

POLICIES = 1000
PAGE_SIZE = 50
OFFICIAL = "oci.pagination.list_call_get_all_results (sync)"


@dataclass(frozen=True)
class PaginationSettings:
    """Rounds, and a time budget for the whole section."""

    rounds: int
    budget_seconds: float
    policies: int = POLICIES


FULL = PaginationSettings(rounds=5, budget_seconds=60.0)
QUICK = PaginationSettings(rounds=1, budget_seconds=5.0, policies=100)


def _builders(stack: ExitStack, settings: PaginationSettings) -> dict[str, Callable[[], int]]:
    """Each candidate lists every policy once per call and returns how many it got."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from oci_identity_client.api.policies import list_policies

    import policy_clients
    from policy_clients.auth.oci import OCIRequestSigner
    from policy_clients.testing import OciIdentityFake
    from policy_clients.testing.oci_identity import DEFAULT_COMPARTMENT

    fake = stack.enter_context(OciIdentityFake())
    for i in range(settings.policies):
        fake.seed_policy(f"ocid1.policy.oc1..bench{i:05d}", name=f"policy-{i:05d}")
    credentials = fake.new_credentials()
    key: Any = load_pem_private_key(credentials.private_key_pem, password=None)
    signer = OCIRequestSigner(
        tenancy=credentials.tenancy, user=credentials.user, fingerprint=credentials.fingerprint, private_key=key
    )
    clients = {
        "default": stack.enter_context(policy_clients.oci_identity(signer=signer, base_url=fake.base_url)),
        "fast": stack.enter_context(
            policy_clients.oci_identity(signer=signer, base_url=fake.base_url, transport="fast")
        ),
    }
    # The fake records every request; forget them between samples so memory stays flat.
    found: dict[str, Callable[[], int]] = {}

    def facade_sync(which: str) -> Callable[[], int]:
        def run() -> int:
            fake.clear_requests()
            items = list_policies.iterate(client=clients[which], compartment_id=DEFAULT_COMPARTMENT, limit=PAGE_SIZE)
            return sum(1 for _ in items)

        return run

    async def _acount() -> int:
        client = clients["default"]
        return len(
            [
                p
                async for p in list_policies.aiterate(
                    client=client, compartment_id=DEFAULT_COMPARTMENT, limit=PAGE_SIZE
                )
            ]
        )

    def facade_async() -> int:
        fake.clear_requests()
        return asyncio.run(_acount())

    found["facade list_policies.iterate (sync)"] = facade_sync("default")
    found['facade list_policies.iterate (sync, transport="fast")'] = facade_sync("fast")
    found["facade list_policies.aiterate (async, one asyncio.run)"] = facade_async
    with suppress(ImportError):  # oci is in the bench group; without it the row is skipped
        found[OFFICIAL] = _official(stack, fake, credentials, DEFAULT_COMPARTMENT)
    return found


def _official(stack: ExitStack, fake: Any, credentials: Any, compartment: str) -> Callable[[], int]:
    import oci  # type: ignore[import-untyped]

    directory = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-oci-page-")))
    key_file = directory / "key.pem"
    key_file.write_bytes(credentials.private_key_pem)
    config = {
        "user": credentials.user,
        "tenancy": credentials.tenancy,
        "fingerprint": credentials.fingerprint,
        "key_file": str(key_file),
        "region": "us-ashburn-1",
    }
    identity = oci.identity.IdentityClient(config, service_endpoint=fake.base_url)
    stack.callback(identity.base_client.session.close)

    def run() -> int:
        fake.clear_requests()
        response = oci.pagination.list_call_get_all_results(identity.list_policies, compartment, limit=PAGE_SIZE)
        return len(response.data)

    return run


def run_pagination(settings: PaginationSettings) -> Section:
    """Time each candidate's list-all in interleaved rounds; policies/s and ratios against oci's paginator."""
    section = Section(
        title=f"List-all pagination, {settings.policies} OCI policies at page size {PAGE_SIZE}, spec-checking fake",
        header=["client", "policies/s, median (min-max)", "vs oci paginator, median (min-max)"],
    )
    with ExitStack() as stack:
        candidates = _builders(stack, settings)
        for name, run in candidates.items():  # warm up, and check every candidate sees every policy
            got = run()
            if got != settings.policies:
                raise RuntimeError(f"{name} listed {got} policies, expected {settings.policies}")
        samplers = {name: _timer(run) for name, run in candidates.items()}
        results = interleaved(samplers, settings.rounds, budget_seconds=settings.budget_seconds)
    rates = {name: _rates(series.samples, settings.policies) for name, series in results.items()}
    baseline_name = OFFICIAL if OFFICIAL in results else next(iter(results))
    baseline = results[baseline_name]
    section.raw["seconds_per_list_all"] = {name: series.as_dict() for name, series in results.items()}
    for name, series in results.items():
        speed = ratios(baseline, series)  # baseline time / candidate time: above 1 is faster than the paginator
        low, mid, high = rates[name]
        section.rows.append([name, f"{mid:.0f} ({low:.0f}-{high:.0f})", fmt_ratio(speed)])
        section.raw.setdefault("throughput_vs_baseline", {})[name] = speed.as_dict()
    if OFFICIAL in results:
        versus = ratios(baseline, results["facade list_policies.iterate (sync)"])
        section.targets.append(
            Target(
                f"list-all {settings.policies} OCI policies: facade throughput vs oci's paginator",
                "≥ 1.00x (no slower)",
                fmt_ratio(versus),
                versus.median >= 1.0,
            )
        )
    else:
        section.notes.append(
            "oci is not installed: the oci paginator row is skipped; ratios are against the first row."
        )
    section.notes.append(
        f"Each sample lists every policy once ({-(-settings.policies // PAGE_SIZE)} pages of {PAGE_SIZE}): "
        "facade rows through the generated `iterate`/`aiterate` "
        "(opc-next-page cursor), oci through `oci.pagination.list_call_get_all_results(identity.list_policies, ...)`. "
        "Ratios are throughput against oci's paginator (above 1.00x: faster). The fake runs in-process and checks "
        "every request, response and signature against the spec, which is most of each sample."
    )
    return section


def _timer(run: Callable[[], int]) -> Callable[[], float]:
    def sample() -> float:
        start = time.perf_counter()
        run()
        return time.perf_counter() - start

    return sample


def _rates(samples: list[float], count: int) -> tuple[float, float, float]:
    ordered = sorted(count / s for s in samples)
    return ordered[0], ordered[len(ordered) // 2], ordered[-1]
