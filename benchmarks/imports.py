"""Cold import cost in fresh interpreters: CPU time of ``python -c "import X"`` minus ``python -c pass``.

CPU time (user + system, from ``wait4``) rather than wall time, because other work on the machine
stretches wall time but not the CPU a process uses; each round runs every statement and the start-up
baseline back to back, and the baseline of the same round is subtracted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from measure import Section, Series, Target, fmt_series, interleaved, package_version

BASELINE = "import httpx"
FLOOR = "import httpx, attrs"
COMBO = "policy_clients + oso_cloud_client (update operation)"
BUILT = "policy_clients + oso_cloud_client (update operation), client built"
STATEMENTS = {
    BASELINE: "import httpx",
    FLOOR: "import httpx, attrs",
    "policy_clients": "import policy_clients",
    "oso_cloud_client": "import oso_cloud_client",
    "flashback_client": "import flashback_client",
    "plainid_client": "import plainid_client",
    "conductorone_client": "import conductorone_client",
    "oci_identity_client": "import oci_identity_client",
    COMBO: "import policy_clients; from oso_cloud_client.api.policy import post_policy",
    BUILT: (
        "import policy_clients; from oso_cloud_client.api.policy import post_policy; "
        "policy_clients.oso_cloud(api_key='k', base_url='http://127.0.0.1:9/').get_httpx_client()"
    ),
    "policy_clients + oci_identity_client (update operation)": (
        "import policy_clients; from oci_identity_client.api.policies import update_policy"
    ),
    "official: oso_cloud": "import oso_cloud",
    "official: conductorone_sdk": "import conductorone_sdk",
    "official: oci": "import oci",
}
OFFICIAL_DIST = {
    "official: oso_cloud": "oso-cloud",
    "official: conductorone_sdk": "conductorone-sdk",
    "official: oci": "oci",
}
COMBO_IMPORTTIME = "import policy_clients; import oso_cloud_client.api.policy.post_policy"
"""COMBO for ``-X importtime``, which does not log a module imported through a ``from`` list (``from a import
b`` where ``b`` is a submodule), so the operation module would be missing from its tables."""
TARGET_MS = 15.0
"""Goal: the facade plus one vendor operation add at most this over ``import httpx, attrs`` (what every
generated client needs anyway)."""
IMPORTTIME_RUNS = 5


@dataclass(frozen=True)
class ImportSettings:
    """Interleaved rounds and a time budget."""

    rounds: int
    budget_seconds: float
    subset: tuple[str, ...] | None = None


FULL = ImportSettings(rounds=7, budget_seconds=50.0)
QUICK = ImportSettings(rounds=1, budget_seconds=5.0, subset=(BASELINE, FLOOR, COMBO))


def cpu_seconds(statement: str) -> float:
    """User + system CPU seconds of a fresh ``python -c statement`` (which must succeed)."""
    process = subprocess.Popen(  # noqa: S603 - our interpreter, fixed statements
        [sys.executable, "-c", statement], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"`python -c {statement!r}` failed with {process.returncode}")
    return usage.ru_utime + usage.ru_stime


def _importtime(statement: str) -> dict[str, tuple[int, int]]:
    """Map module -> (self µs, cumulative µs) from ``python -X importtime -c statement``."""
    out = subprocess.run(  # noqa: S603 - our interpreter, fixed statements
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, timeout=120, check=True
    )
    found: dict[str, tuple[int, int]] = {}
    for line in out.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            found[parts[2].strip()] = (int(parts[0]), int(parts[1]))
    return found


def module_table(statement: str, runs: int) -> tuple[list[list[str]], float]:
    """Per-module self/cumulative rows of what ``statement`` imports beyond ``import httpx, attrs``, and their total.

    Each module's figures are the minimum of ``runs`` fresh runs, since one run on a shared machine is noisy.
    """
    floor: set[str] = set()
    best: dict[str, tuple[int, int]] = {}
    for _ in range(runs):
        floor |= set(_importtime(STATEMENTS[FLOOR]))
        for module, (own, cum) in _importtime(f"{STATEMENTS[FLOOR]}; {statement}").items():
            old = best.get(module)
            best[module] = (own, cum) if old is None else (min(own, old[0]), min(cum, old[1]))
    extra = sorted(((m, t) for m, t in best.items() if m not in floor), key=lambda item: -item[1][0])
    rows = [[f"`{m}`", f"{own / 1e3:.2f} ms", f"{cum / 1e3:.2f} ms"] for m, (own, cum) in extra]
    total = sum(own for _, (own, _) in extra) / 1e6
    rows.append(["**total self time**", f"**{total * 1e3:.2f} ms**", ""])
    return rows, total


def profile_import(statement: str, directory: str, name: str) -> tuple[str, str]:
    """Write the modules a statement imports beyond ``import httpx``, by self time; summarise by family."""
    from pathlib import Path

    from profiles import display_path, group_of

    base = _importtime(BASELINE)
    extra = {m: t for m, t in _importtime(statement).items() if m not in base}
    ranked = sorted(extra.items(), key=lambda item: -item[1][0])
    families: dict[str, int] = {}
    for module, (own, _) in ranked:
        family = _family(module, group_of)
        families[family] = families.get(family, 0) + own
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.txt"
    lines = [f"# python -X importtime -c {statement!r}: modules not imported by `{BASELINE}`, by self time", ""]
    lines += [f"{own / 1e3:8.2f} ms self  {cum / 1e3:8.2f} ms cumulative  {module}" for module, (own, cum) in ranked]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(families.values()) or 1
    summary = ", ".join(
        f"{f} {t / 1e3:.1f} ms ({t / total:.0%})" for f, t in sorted(families.items(), key=lambda x: -x[1])
    )
    top = ", ".join(f"{m} {own / 1e3:.1f} ms" for m, (own, _) in ranked[:6])
    return display_path(path), f"self time beyond httpx by family: {summary}. Top modules: {top}"


def _family(module: str, group_of: Callable[[str | None], str]) -> str:
    root = module.split(".", 1)[0]
    if root in {"attr", "attrs"}:
        return "attrs"
    if root == "policy_clients":
        return "ours (facade)"
    if root.endswith("_client"):
        return "ours (generated)"
    return group_of(f"/{root}/") if root in {"httpx", "httpcore", "h11", "cryptography"} else f"other ({root})"


def run_imports(settings: ImportSettings, profile_dir: str | None = None) -> Section:
    """Cold import time of each package, of the facade with one vendor, and of the official SDKs, vs httpx."""
    section = Section(
        title="Cold import time (fresh interpreter, CPU time minus `python -c pass`)",
        header=["import", "time, median (min-max)", "minus `import httpx`, median"],
    )
    names = [n for n in STATEMENTS if settings.subset is None or n in settings.subset]
    runnable = {}
    for name in names:
        dist = OFFICIAL_DIST.get(name)
        if dist is not None and package_version(dist) is None:
            section.notes.append(f"{name}: `{dist}` not installed; skipped.")
            continue
        runnable[name] = name
    runs = interleaved(
        {"startup": lambda: cpu_seconds("pass")}
        | {name: (lambda s=STATEMENTS[name]: cpu_seconds(s)) for name in runnable},
        settings.rounds,
        budget_seconds=settings.budget_seconds,
    )
    startup = runs.pop("startup")
    section.raw["python_startup_cpu_seconds"] = startup.as_dict()
    results = {
        name: Series([max(0.0, t - s) for t, s in zip(series.samples, startup.samples, strict=True)])
        for name, series in runs.items()
    }
    baseline = results[BASELINE]
    for name, series in results.items():
        extra = Series([c - b for c, b in zip(series.samples, baseline.samples, strict=True)])
        section.rows.append([name, fmt_series(series), f"{extra.median * 1e3:+.1f} ms"])
        section.raw[name] = {"statement": STATEMENTS[name], "seconds": series.as_dict(), "minus_httpx": extra.as_dict()}
    combo, floor = results[COMBO], results[FLOOR]
    extra = Series([c - b for c, b in zip(combo.samples, floor.samples, strict=True)])
    section.targets.append(
        Target(
            "cold import: facade + one vendor (with its update operation) vs `import httpx, attrs`",
            f"≤ httpx, attrs + {TARGET_MS:.0f} ms",
            f"httpx, attrs + {extra.median * 1e3:.1f} ms (range {extra.low * 1e3:.1f}-{extra.high * 1e3:.1f}); "
            f"{combo.median / floor.median:.2f}x httpx, attrs",
            extra.median * 1e3 <= TARGET_MS,
        )
    )
    importtime_runs = IMPORTTIME_RUNS if settings.subset is None else 1
    rows, total = module_table(COMBO_IMPORTTIME, importtime_runs)
    section.raw["importtime_beyond_httpx_attrs_self_seconds"] = total
    section.tables.append(
        (
            f"Per module, `python -X importtime -c {COMBO_IMPORTTIME!r}`: the modules it imports beyond "
            f"`{STATEMENTS[FLOOR]}`, self and cumulative µs as ms (the minimum of {importtime_runs} fresh runs each; "
            "importtime's own bookkeeping inflates these against the CPU-time rows above).",
            ["module", "self", "cumulative"],
            rows,
        )
    )
    if extra.median * 1e3 > TARGET_MS and profile_dir is not None:
        path, summary = profile_import(COMBO_IMPORTTIME, profile_dir, "import_facade_oso")
        section.notes.append(f"Import target missed; `-X importtime` profile → `{path}`: {summary}")
        section.notes.append(
            "What is left is the generated package's own classes: attrs builds each class's `__init__`, "
            "`__repr__` and `__eq__` with `compile()` (≈0.7 ms per class here, half of it in `compile`), and one "
            "operation loads its client, response wrapper and every model its body, responses and error "
            "responses reference."
        )
    section.notes.append(
        "Everything each statement imports counts (httpx included, since the facade and generated clients "
        "import it), so `minus import httpx` is what they add on top of httpx itself. The target is measured "
        "against `import httpx, attrs`, which every generated client needs; the `client built` row also builds "
        "the facade's Oso client and its httpx client (retry, errors and options load only then)."
    )
    return section
