"""Shared measurement helpers: interleaved rounds, medians with ranges, ratios, and the record of the machine.

Every figure the suite reports is a ratio against a baseline measured in the same run, in rounds that
interleave the candidates (rotating their order) so drift in machine load hits all of them alike.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

PACKAGES = (
    "policy-clients",
    "oso-cloud-client",
    "flashback-client",
    "plainid-client",
    "conductorone-client",
    "oci-identity-client",
    "httpx",
    "httpcore",
    "anyio",
    "sniffio",
    "aiohttp",
    "openapi-python-client",
    "ruff",
    "cryptography",
    "oso-cloud",
    "oci",
    "conductorone-sdk",
    "requests",
    "pyinstrument",
)


def package_version(name: str) -> str | None:
    """Installed version of a distribution, or None."""
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def machine() -> dict[str, Any]:
    """Describe what the figures were measured on."""
    try:
        load: list[float] | None = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "cpu_count": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "load_average_at_start": load,
        "packages": {name: package_version(name) for name in PACKAGES},
    }


@dataclass
class Series:
    """Samples of one quantity (seconds, or a rate) over the rounds of one benchmark."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        """Median sample."""
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        """Smallest sample."""
        return min(self.samples)

    @property
    def high(self) -> float:
        """Largest sample."""
        return max(self.samples)

    def as_dict(self) -> dict[str, Any]:
        """JSON form: median, min, max and every sample."""
        return {"median": self.median, "min": self.low, "max": self.high, "samples": self.samples}


def ratios(candidate: Series, baseline: Series) -> Series:
    """Per-round ratios candidate/baseline (the rounds were interleaved, so round i of each belong together)."""
    return Series([c / b for c, b in zip(candidate.samples, baseline.samples, strict=True) if b > 0])


def interleaved(
    candidates: Mapping[str, Callable[[], float]], rounds: int, *, budget_seconds: float
) -> dict[str, Series]:
    """Run each candidate once per round, order rotated each round; stop early when the budget is spent.

    Each callable returns one sample. At least one full round always runs, so every series is non-empty
    and all series have the same length.
    """
    names = list(candidates)
    results = {name: Series() for name in names}
    deadline = time.monotonic() + budget_seconds
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].samples.append(candidates[name]())
        if time.monotonic() > deadline:
            break
    return results


def time_calls(call: Callable[[], object], count: int) -> float:
    """Mean seconds per call over ``count`` back-to-back calls."""
    start = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - start) / count


@dataclass
class Target:
    """A stated target and whether the measurement met it."""

    name: str
    goal: str
    measured: str
    met: bool | None  # None: could not be measured here
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"name": self.name, "goal": self.goal, "measured": self.measured, "met": self.met, "note": self.note}


@dataclass
class Section:
    """One benchmark's results: a markdown table (header + rows), its targets, notes, and raw data."""

    title: str
    header: Sequence[str]
    rows: list[list[str]] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    tables: list[tuple[str, Sequence[str], list[list[str]]]] = field(default_factory=list)
    """Further tables after the notes: (caption, header, rows)."""

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "title": self.title,
            "header": list(self.header),
            "rows": self.rows,
            "targets": [t.as_dict() for t in self.targets],
            "notes": self.notes,
            "raw": self.raw,
            "tables": [{"caption": c, "header": list(h), "rows": r} for c, h, r in self.tables],
        }


def fmt_seconds(seconds: float) -> str:
    """Human units: µs below 1 ms, ms below 1 s, else s."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_series(series: Series, unit: Callable[[float], str] = fmt_seconds) -> str:
    """``median (min-max)``."""
    return f"{unit(series.median)} ({unit(series.low)}-{unit(series.high)})"


def fmt_ratio(series: Series) -> str:
    """``1.23x (1.10-1.40)``."""
    return f"{series.median:.2f}x ({series.low:.2f}-{series.high:.2f})"


def trimmed_range(series: Series, fraction: float = 0.1) -> tuple[float, float]:
    """(low, high) after dropping the ``fraction`` smallest and largest samples: the spread of typical rounds.

    On a shared machine the extremes are other people's work (a compile, a test run) landing in one
    round; the trimmed range shows how far typical rounds disagree, which min-max cannot.
    """
    ordered = sorted(series.samples)
    cut = int(len(ordered) * fraction)
    kept = ordered[cut : len(ordered) - cut] or ordered
    return kept[0], kept[-1]
