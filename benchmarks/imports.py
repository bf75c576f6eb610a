"""Cold import cost in fresh interpreters: CPU time minus ``python -c pass``, and instruction counts for the target.

CPU time (user + system, from ``wait4``) rather than wall time, because other work on the machine
stretches wall time but not the CPU a process uses; each round runs every statement and the start-up
baseline back to back, and the baseline of the same round is subtracted. On a shared 2-core machine
even CPU time swings by ±100 ms between rounds (caches and cores are shared), more than the 15 ms the
target allows, so the target is judged on instruction counts, which are the same on every run: the
subject's extra instructions over ``import httpx, attrs`` are turned into milliseconds at the rate the
baseline ran at in this same run (its instructions over its median CPU time). Every module of every statement
is loaded from bytecode, warmed into one cache first (:func:`statement_env`), as in a deployed service.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from measure import Section, Series, Target, fmt_series, interleaved, package_version, trimmed_range

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
PRELUDE = 'import sys; sys.modules["httpx._main"] = None; '
"""Run before every statement. ``import httpx`` also imports its command-line tool (click, rich, pygments: the
``httpx[cli]`` extra) whenever those happen to be installed, as they are in the bench's venv (openapi-python-client
needs them) but need not be in a service's; that tripled the baseline and buried the difference the target is
about. Marking ``httpx._main`` as unimportable makes httpx take its own fallback, as without the extra."""
INSTRUCTIONS_TIMEOUT = 600.0
_COLLECTED = re.compile(r"^==\d+== Collected : (\d+)$", re.MULTILINE)


@dataclass(frozen=True)
class ImportSettings:
    """Interleaved rounds and a time budget."""

    rounds: int
    budget_seconds: float
    subset: tuple[str, ...] | None = None
    target_rounds: int = 60
    """Rounds of the target's own loop (start-up, baseline, subject only), so its median is of many samples."""
    target_budget_seconds: float = 120.0
    count_instructions: bool = True
    """Count instructions under valgrind (three runs of 10-60 s each); the smoke run skips it."""


FULL = ImportSettings(rounds=7, budget_seconds=50.0)
QUICK = ImportSettings(
    rounds=1,
    budget_seconds=5.0,
    subset=(BASELINE, FLOOR, COMBO),
    target_rounds=3,
    target_budget_seconds=5.0,
    count_instructions=False,
)


def _command(statement: str) -> list[str]:
    return [sys.executable, "-c", PRELUDE + statement]


@functools.cache
def _pycache_prefix() -> str:
    """One bytecode cache for every statement of this run (removed at exit)."""
    path = tempfile.mkdtemp(prefix="bench-imports-pycache-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def statement_env() -> dict[str, str]:
    """The environment every measured interpreter runs in: bytecode cached, in one place, for every module.

    Without this, what was measured depended on how the venv was installed and on the shell: the bench's venv
    holds no ``.pyc`` files and this project's shells set ``PYTHONDONTWRITEBYTECODE``, so every statement
    compiled every module it imports from source on every run (the baseline its httpx and attrs, the subject
    also the facade and the generated package: about half of the subject's extra instructions), while a
    deployed service loads bytecode (pip compiles on install). With one ``PYTHONPYCACHEPREFIX`` for all
    statements, and :func:`warm` run first, every module of every statement (start-up, baseline, subject and
    the official SDKs alike) is loaded from bytecode.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _pycache_prefix()
    return env


def warm(statement: str) -> None:
    """Run ``statement`` once, untimed, so the bytecode of everything it imports is in the cache."""
    subprocess.run(  # noqa: S603 - our interpreter, fixed statements
        _command(statement), env=statement_env(), capture_output=True, timeout=120, check=True
    )


def cpu_seconds(statement: str) -> float:
    """User + system CPU seconds of a fresh ``python -c statement`` (which must succeed)."""
    process = subprocess.Popen(  # noqa: S603 - our interpreter, fixed statements
        _command(statement), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=statement_env()
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"`python -c {statement!r}` failed with {process.returncode}")
    return usage.ru_utime + usage.ru_stime


def parse_collected(stderr: str) -> int:
    """The total of callgrind's ``==PID== Collected : N`` summary line (instructions executed)."""
    found = _COLLECTED.findall(stderr)
    if not found:
        raise ValueError(f"no `Collected :` line in callgrind's output: {stderr[-500:]!r}")
    return int(found[-1])


def instructions(statement: str, valgrind: str) -> int:
    """Instructions a fresh ``python -c statement`` executes, counted by callgrind.

    The count is the same on every run (a fixed ``PYTHONHASHSEED``, since set and dict layouts decide how
    much probing work is done), whatever else the machine is doing, unlike any clock. Bytecode is warmed first
    (:func:`statement_env`), so no module is compiled while counting.
    """
    warm(statement)
    done = subprocess.run(  # noqa: S603 - valgrind from PATH, our interpreter, fixed statements
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", *_command(statement)],
        capture_output=True,
        text=True,
        timeout=INSTRUCTIONS_TIMEOUT,
        check=False,
        env={**statement_env(), "PYTHONHASHSEED": "0"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"valgrind `python -c {statement!r}` failed with {done.returncode}: {done.stderr[-500:]}")
    return parse_collected(done.stderr)


@dataclass(frozen=True)
class InstructionCounts:
    """Instructions of ``python -c pass``, of the baseline ``import httpx, attrs`` and of the subject."""

    startup: int
    floor: int
    subject: int

    @property
    def extra(self) -> int:
        """What the subject executes beyond the baseline."""
        return self.subject - self.floor

    @property
    def ratio(self) -> float:
        """The extra as a fraction of what the baseline itself executes beyond start-up."""
        return self.extra / (self.floor - self.startup)

    def extra_ms(self, floor_seconds: float) -> float:
        """The extra in milliseconds at the baseline's rate: its instructions over its CPU time (start-up off)."""
        return self.ratio * floor_seconds * 1e3

    def per_ms(self, floor_seconds: float) -> float:
        """The baseline's instructions per millisecond of CPU in this run."""
        return (self.floor - self.startup) / (floor_seconds * 1e3)


def _importtime(statement: str) -> dict[str, tuple[int, int]]:
    """Map module -> (self µs, cumulative µs) from ``python -X importtime -c statement`` (bytecode warmed)."""
    warm(statement)
    out = subprocess.run(  # noqa: S603 - our interpreter, fixed statements
        [sys.executable, "-X", "importtime", "-c", PRELUDE + statement],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=statement_env(),
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


def _judge_target(settings: ImportSettings, section: Section) -> Target:
    """The target from its own loop of many rounds (CPU time) and from instruction counts (the verdict)."""
    for statement in ("pass", STATEMENTS[FLOOR], STATEMENTS[COMBO]):
        warm(statement)
    runs = interleaved(
        {"startup": lambda: cpu_seconds("pass")}
        | {name: (lambda s=STATEMENTS[name]: cpu_seconds(s)) for name in (FLOOR, COMBO)},
        settings.target_rounds,
        budget_seconds=settings.target_budget_seconds,
    )
    startup = runs["startup"].samples
    floor = Series([t - s for t, s in zip(runs[FLOOR].samples, startup, strict=True)])
    extra = Series([c - f for c, f in zip(runs[COMBO].samples, runs[FLOOR].samples, strict=True)])
    low, high = trimmed_range(extra)
    rounds = len(extra.samples)
    cpu = (
        f"CPU time: {extra.median * 1e3:+.1f} ms median of {rounds} interleaved rounds "
        f"(10-90%: {low * 1e3:+.1f} to {high * 1e3:+.1f}; min-max {extra.low * 1e3:+.1f} to {extra.high * 1e3:+.1f})"
    )
    section.raw["target"] = {
        "rounds": rounds,
        "floor_minus_startup_seconds": floor.as_dict(),
        "subject_minus_floor_seconds": extra.as_dict(),
        "subject_minus_floor_trimmed_10_90_seconds": [low, high],
    }
    name = "cold import: facade + one vendor (with its update operation) vs `import httpx, attrs`"
    goal = f"≤ httpx, attrs + {TARGET_MS:.0f} ms"
    valgrind = shutil.which("valgrind") if settings.count_instructions else None
    if valgrind is None:
        skipped = "valgrind is not installed here" if settings.count_instructions else "not counted in --quick"
        section.notes.append(
            f"Instruction counts: {skipped}, so the target is judged on the CPU-time median alone, which on a "
            "loaded machine can move by tens of ms between runs (install valgrind for the deterministic figure)."
        )
        measured = f"httpx, attrs {extra.median * 1e3:+.1f} ms ({cpu}; no instruction count)"
        return Target(name, goal, measured, extra.median * 1e3 <= TARGET_MS)
    counts = InstructionCounts(
        startup=instructions("pass", valgrind),
        floor=instructions(STATEMENTS[FLOOR], valgrind),
        subject=instructions(STATEMENTS[COMBO], valgrind),
    )
    fastest = trimmed_range(floor)[0]  # the baseline's 10th-percentile CPU time: this machine least disturbed
    extra_ms, extra_ms_median = counts.extra_ms(fastest), counts.extra_ms(floor.median)
    break_even_ms = TARGET_MS / counts.ratio
    section.raw["instructions"] = {
        "tool": "valgrind --tool=callgrind, PYTHONHASHSEED=0",
        "python_c_pass": counts.startup,
        STATEMENTS[FLOOR]: counts.floor,
        STATEMENTS[COMBO]: counts.subject,
        "extra": counts.extra,
        "extra_ratio_of_floor": counts.ratio,
        "floor_instructions_per_ms_fastest_decile": counts.per_ms(fastest),
        "floor_instructions_per_ms_median": counts.per_ms(floor.median),
        "extra_ms": extra_ms,
        "extra_ms_at_median_rate": extra_ms_median,
        "target_met_while_floor_cpu_ms_at_most": break_even_ms,
    }
    section.notes.append(
        f"How the target is judged: by instructions, counted with `valgrind --tool=callgrind` (PYTHONHASHSEED=0, "
        f"the same count on every run): `python -c pass` {counts.startup / 1e6:.1f} M, `{STATEMENTS[FLOOR]}` "
        f"{counts.floor / 1e6:.1f} M, the subject {counts.subject / 1e6:.1f} M, so the subject executes "
        f"{counts.extra / 1e6:.1f} M instructions more, {counts.ratio:.1%} of what the baseline itself executes "
        f"after start-up. That ratio is the verdict's deterministic part; it becomes ms at the baseline's own "
        f"rate in this run: {counts.per_ms(fastest) / 1e6:.2f} M instructions per ms at its 10th-percentile CPU "
        f"time of {fastest * 1e3:.1f} ms (of {len(floor.samples)} rounds), so {extra_ms:.1f} ms; at its median "
        f"({floor.median * 1e3:.1f} ms, {counts.per_ms(floor.median) / 1e6:.2f} M per ms) {extra_ms_median:.1f} ms. "
        "Why: the CPU time of one cold interpreter on this shared 2-core machine swings by ±100 ms from round to "
        "round, and two full runs' medians differed by 18 ms, more than the 15 ms allowed; an instruction count "
        "does not move with load. Contention from other work only ever adds CPU time (shared caches and cores), "
        "so the baseline's fast rounds are this machine's own speed and its median is that speed under this "
        "run's load; the verdict uses the former, and the CPU-time median is kept beside it. When the whole run is "
        "contended (see the load average at the top), even the fast rounds are slow and the ms figure is an upper "
        f"bound; the load-free statement is the ratio: the target holds on any machine where `{STATEMENTS[FLOOR]}` "
        f"takes at most {break_even_ms:.0f} ms of CPU after start-up (15 ms / {counts.ratio:.2%})."
    )
    return Target(
        name,
        goal,
        f"httpx, attrs {extra_ms:+.1f} ms by instruction count ({counts.extra / 1e6:.1f} M instructions, "
        f"{counts.ratio:.1%} of the baseline's, at its fastest-decile rate; {extra_ms_median:+.1f} ms at its "
        f"median rate; met wherever the baseline takes ≤ {break_even_ms:.0f} ms); {cpu}",
        extra_ms <= TARGET_MS,
    )


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
    for statement in ["pass", *(STATEMENTS[name] for name in runnable)]:
        warm(statement)
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
    section.targets.append(_judge_target(settings, section))
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
    if not section.targets[-1].met and profile_dir is not None:
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
    section.notes.append(
        f"Every statement runs after `{PRELUDE.strip().rstrip(';')}`: `import httpx` otherwise also imports its "
        "command-line tool's click, rich and pygments (the `httpx[cli]` extra) whenever they are installed, as in "
        "this venv (openapi-python-client needs them) but not in a service's; they tripled the baseline."
    )
    section.notes.append(
        "Every module is loaded from bytecode, as in a deployed service (pip compiles on install): each statement "
        "runs once untimed first, with one `PYTHONPYCACHEPREFIX` for the whole run and `PYTHONDONTWRITEBYTECODE` "
        "unset. (Earlier runs compiled every module from source on every run, since the bench's venv holds no "
        "`.pyc` files and the shell set `PYTHONDONTWRITEBYTECODE=1`: baseline and subject alike, so those figures "
        "also measured the compiler, which was about half of the subject's extra.)"
    )
    return section
