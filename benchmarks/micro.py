"""In-process micro-benchmarks: OCI request signing (ours vs ``oci.signer.Signer``) and large-response parsing."""

from __future__ import annotations

import gc
import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from measure import Section, Series, Target, fmt_ratio, fmt_series, interleaved, package_version, ratios
from vendor_calls import OCI_POLICY_ID, OCI_STATEMENTS, OCI_TENANCY, OCI_USER, make_oci_key


@dataclass(frozen=True)
class MicroSettings:
    """Items per sample, rounds, and a time budget per benchmark."""

    sign_batch: int
    parse_repeats: int
    rounds: int
    budget_seconds: float
    c1_steps: int = 1000
    oci_statements: int = 10_000


FULL = MicroSettings(sign_batch=100, parse_repeats=20, rounds=9, budget_seconds=30.0)
QUICK = MicroSettings(sign_batch=10, parse_repeats=1, rounds=1, budget_seconds=2.0, c1_steps=100, oci_statements=1000)

PARSE_LIMIT = 4.0
"""Issue 14's limit for parsing and for sending a large payload, as a multiple of json.loads / json.dumps."""

SIGN_URL = f"https://identity.us-ashburn-1.oci.oraclecloud.com/20160918/policies/{OCI_POLICY_ID}"
SIGN_BODY = {"description": "updated", "statements": OCI_STATEMENTS}


def _time_batch(items: list[Any], sign: Callable[[Any], object]) -> float:
    start = time.perf_counter()
    for item in items:
        sign(item)
    return (time.perf_counter() - start) / len(items)


def run_signing(settings: MicroSettings) -> Section:
    """Seconds to sign one PUT: ``policy_clients.auth.oci.sign_request`` vs ``oci.signer.Signer`` (fresh requests)."""
    from policy_clients.auth.oci import load_rsa_private_key, make_key_id, sign_request

    section = Section(
        title="OCI request signing, one PUT update-policy request",
        header=["signer", "per request, median (min-max)", "vs oci.signer.Signer, median (min-max)"],
    )
    with tempfile.TemporaryDirectory(prefix="bench-sign-") as tmp:
        key = make_oci_key(Path(tmp))
        private_key = load_rsa_private_key(key.pem)
        key_id = make_key_id(OCI_TENANCY, OCI_USER, key.fingerprint)
        body = json.dumps(SIGN_BODY).encode()

        def ours_batch() -> float:
            requests_ = [
                httpx.Request("PUT", SIGN_URL, content=body, headers={"content-type": "application/json"})
                for _ in range(settings.sign_batch)
            ]
            return _time_batch(
                requests_, lambda r: sign_request(r, key_id=key_id, private_key=private_key, now=time.time())
            )

        candidates: dict[str, Callable[[], float]] = {"policy_clients.auth.oci.sign_request": ours_batch}
        if package_version("oci") is not None:
            import oci  # type: ignore[import-untyped]
            from oci._vendor import requests  # type: ignore[import-untyped]  # the copy the oci signer expects

            signer = oci.signer.Signer(OCI_TENANCY, OCI_USER, key.fingerprint, str(key.path))

            def official_batch() -> float:
                prepared = [
                    requests.Request("PUT", SIGN_URL, data=body, headers={"content-type": "application/json"}).prepare()
                    for _ in range(settings.sign_batch)
                ]
                return _time_batch(prepared, signer)

            candidates["oci.signer.Signer"] = official_batch
        else:
            section.notes.append("`oci` not installed: no comparison with oci.signer.Signer.")
        results = interleaved(candidates, settings.rounds, budget_seconds=settings.budget_seconds)
    baseline = results.get("oci.signer.Signer")
    for name, series in results.items():
        section.rows.append([name, fmt_series(series), fmt_ratio(ratios(series, baseline)) if baseline else "n/a"])
        section.raw[name] = series.as_dict()
    if baseline is not None:
        versus = ratios(results["policy_clients.auth.oci.sign_request"], baseline)
        section.targets.append(
            Target(
                "OCI signing: ours vs oci.signer.Signer", "≤ 1.00x (no slower)", fmt_ratio(versus), versus.median <= 1.0
            )
        )
    section.notes.append(
        "Both sign the same headers (date, (request-target), host, content-length, content-type, "
        "x-content-sha256) with RSA-2048 PKCS#1 v1.5 SHA-256 via `cryptography`; request objects are built "
        "before the clock starts, so only signing is timed."
    )
    return section


def conductorone_payload(steps: int) -> bytes:
    """Build an UpdatePolicyResponse whose policy has ``steps`` steps (approval, provision and accept, in turn)."""
    kinds = [
        {
            "approval": {
                "users": {"userIds": ["u-1", "u-2"], "allowSelfApproval": False},
                "allowReassignment": True,
                "requireApprovalReason": True,
            }
        },
        {
            "provision": {
                "assigned": False,
                "provisionPolicy": {"manual": {"instructions": "do it", "userIds": ["u-3"]}},
            }
        },
        {"accept": {"acceptMessage": "ok"}},
    ]
    policy = {
        "id": "pol-1",
        "displayName": "Large policy",
        "description": "1k steps",
        "policyType": "POLICY_TYPE_GRANT",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-02T00:00:00Z",
        "policySteps": {"grant": {"steps": [kinds[i % 3] for i in range(steps)]}},
        "reassignTasksToDelegates": False,
        "systemBuiltin": False,
    }
    return json.dumps({"policy": policy}).encode()


def oci_payload(statements: int) -> bytes:
    """Build an OCI Policy with ``statements`` statements."""
    policy = {
        "id": OCI_POLICY_ID,
        "compartmentId": OCI_TENANCY,
        "name": "large-policy",
        "statements": [f"Allow group G{i} to read all-resources in compartment C{i % 97}" for i in range(statements)],
        "description": "10k statements",
        "timeCreated": "2026-01-01T00:00:00.000Z",
        "lifecycleState": "ACTIVE",
        "freeformTags": {"team": "bench"},
        "definedTags": {},
    }
    return json.dumps(policy).encode()


def run_parsing(settings: MicroSettings) -> Section:
    """Seconds per parse of large responses with the generated models, vs ``json.loads`` of the same bytes."""
    section = Section(
        title="Parsing and sending large payloads (generated models' from_dict / to_dict)",
        header=["payload", "parser", "per parse, median (min-max)", "vs json.loads, median (min-max)"],
    )
    c1 = conductorone_payload(settings.c1_steps)
    oci = oci_payload(settings.oci_statements)
    # Everything the earlier benchmarks left on the heap is moved out of the collector's reach: otherwise
    # every generation-2 collection triggered by the parse walks it, and the ratio depends on which
    # benchmarks ran before (10x after a full run, 3x alone, on the same code). A service sees the same
    # effect in proportion to its own heap; gc.freeze() after start-up is CPython's remedy for it.
    import conductorone_client.models  # noqa: F401 - imported before the freeze, as a service start-up would
    import oci_identity_client.models  # noqa: F401

    gc.collect()
    gc.freeze()
    try:
        _measure_parsing(settings, section, c1, oci)
    finally:
        gc.unfreeze()
    return section


def _measure_parsing(settings: MicroSettings, section: Section, c1: bytes, oci: bytes) -> None:
    """The parse and send rows and targets of :func:`run_parsing`."""
    from conductorone_client.models import UpdatePolicyResponse
    from oci_identity_client.models import Policy

    cases: list[tuple[str, bytes, Callable[[Any], object], Callable[[object], int]]] = [
        (
            f"ConductorOne UpdatePolicyResponse, {settings.c1_steps} steps ({len(c1) // 1024} KiB)",
            c1,
            UpdatePolicyResponse.from_dict,
            _c1_steps,
        ),
        (
            f"OCI Policy, {settings.oci_statements} statements ({len(oci) // 1024} KiB)",
            oci,
            Policy.from_dict,
            lambda p: len(getattr(p, "statements", [])),
        ),
    ]
    for label, raw, from_dict, count in cases:
        parsed = from_dict(json.loads(raw))
        expected = settings.c1_steps if "ConductorOne" in label else settings.oci_statements
        if count(parsed) != expected:
            raise RuntimeError(f"{label}: parsed {count(parsed)} items, expected {expected}")

        plain, typed = json.loads(raw), parsed

        def loads_only(raw: bytes = raw) -> object:
            return json.loads(raw)

        def model(raw: bytes = raw, from_dict: Callable[[Any], object] = from_dict) -> object:
            return from_dict(json.loads(raw))

        def dumps_only(plain: object = plain) -> object:
            return json.dumps(plain)

        def to_dict(typed: Any = typed) -> object:
            return json.dumps(typed.to_dict())

        results = paired(("json.loads", loads_only), ("json.loads + from_dict", model), settings)
        base = results["json.loads"]
        for name, series in results.items():
            section.rows.append([label, name, fmt_series(series), fmt_ratio(ratios(series, base))])
        sending = paired(("json.dumps", dumps_only), ("to_dict + json.dumps", to_dict), settings)
        for name, series in sending.items():
            ratio = fmt_ratio(ratios(series, sending["json.dumps"]))
            section.rows.append([label, name, fmt_series(series), f"{ratio} (vs json.dumps)"])
        section.raw[label] = {name: s.as_dict() for name, s in {**results, **sending}.items()}
        payload = label.split(" (")[0]
        parse = ratios(results["json.loads + from_dict"], base)
        send = ratios(sending["to_dict + json.dumps"], sending["json.dumps"])
        if "ConductorOne" in label:
            section.targets.append(
                Target(
                    f"parse {payload}: json.loads + from_dict vs json.loads",
                    f"≤ {PARSE_LIMIT:.1f}x",
                    fmt_ratio(parse),
                    parse.median <= PARSE_LIMIT,
                )
            )
        section.targets.append(
            Target(
                f"send {payload}: to_dict + json.dumps vs json.dumps",
                f"≤ {PARSE_LIMIT:.1f}x",
                fmt_ratio(send),
                send.median <= PARSE_LIMIT,
            )
        )
    section.notes.append(
        "Targets (issue 14): from_dict after json.loads <= 4x json.loads, and to_dict + json.dumps <= 4x"
        " json.dumps of the same data. Samples are the process's CPU time (`time.process_time`), so time the"
        " shared machine gives to other processes is not counted. The baseline and the subject alternate call by"
        " call (order swapped every call), each from a collected heap, so both meet the same machine and collector"
        " state and each pays for the collections its own allocations set off; each round's sample is the mean"
        " of 20 calls of each, so the garbage collector's passes (which the thousands of objects a parse keeps"
        " alive set off every few parses) are spread over the samples rather than landing in some. The section"
        " runs in a fresh interpreter (`benchmarks/isolated.py`) and freezes its start-up heap (`gc.freeze()`),"
        " so the figure does not depend on which benchmarks ran before (after a full run, in the same process,"
        " the same code measured 4.2-10.4x where this section alone gave 2.9-3.1x)."
    )


def _c1_steps(parsed: object) -> int:
    policy = getattr(parsed, "policy", None)
    steps_map = getattr(policy, "policy_steps", None)
    grant = steps_map["grant"] if steps_map is not None else None
    return len(getattr(grant, "steps", []) or [])


def paired(
    baseline: tuple[str, Callable[[], object]], subject: tuple[str, Callable[[], object]], settings: MicroSettings
) -> dict[str, Series]:
    """CPU seconds per call of a baseline and its subject, alternating call by call within each round.

    On a shared machine the speed of a core changes from one moment to the next (other processes, caches,
    frequency); timing the two in alternate calls, order swapped every call, puts both under the same
    conditions, so the ratio of a round's sums is not the ratio of two different moments. Each round's
    sample is the mean over ``parse_repeats`` calls.

    Each call starts from a collected heap (``gc.collect()``, untimed) and pays for the collector passes its
    own allocations set off, no more: otherwise the passes the previous call's garbage left due land in
    whichever call comes next, in a pattern that repeats run after run (a ~1 ms json.loads measured 1.8 ms
    in some rounds and 3.8 ms in others, while from_dict's time stayed put).
    """
    (base_name, base), (subject_name, call) = baseline, subject
    results = {base_name: Series(), subject_name: Series()}
    deadline = time.monotonic() + settings.budget_seconds
    clock = time.process_time  # CPU time: time the shared machine gives to other processes is not counted
    for _ in range(settings.rounds):
        spent = {base_name: 0.0, subject_name: 0.0}
        for index in range(settings.parse_repeats):
            order = (
                ((base_name, base), (subject_name, call))
                if index % 2 == 0
                else ((subject_name, call), (base_name, base))
            )
            for name, fn in order:
                gc.collect()
                start = clock()
                fn()
                spent[name] += clock() - start
        for name, total in spent.items():
            results[name].samples.append(total / settings.parse_repeats)
        if time.monotonic() > deadline:
            break
    return results
