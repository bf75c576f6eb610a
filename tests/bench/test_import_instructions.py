"""The import benchmark's instruction counts: callgrind's total parsed, turned into ms, deterministic, optional.

The cold-import target is judged on instructions because CPU time on a shared machine is too noisy; these
check the parts that verdict rests on (no timing is asserted).
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def imports() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("imports")


CALLGRIND_STDERR = """==4242== Callgrind, a call-graph generating cache profiler
==4242== Command: python -c pass
==4242==
==4242== Events    : Ir
==4242== Collected : 38840316
==4242==
==4242== I   refs:      38,840,316
"""


def test_the_collected_total_is_read_from_callgrinds_summary(imports: ModuleType) -> None:
    assert imports.parse_collected(CALLGRIND_STDERR) == 38840316
    with pytest.raises(ValueError, match="Collected"):
        imports.parse_collected("==1== Memcheck, a memory error detector\n")


def test_extra_instructions_become_ms_at_the_baselines_own_rate(imports: ModuleType) -> None:
    counts = imports.InstructionCounts(startup=40_000_000, floor=840_000_000, subject=920_000_000)
    assert counts.extra == 80_000_000
    assert counts.ratio == pytest.approx(0.1)
    # The baseline ran 800 M instructions in 100 ms of CPU: 8 M per ms, so 80 M extra are 10 ms.
    assert counts.per_ms(0.100) == pytest.approx(8_000_000)
    assert counts.extra_ms(0.100) == pytest.approx(10.0)


def test_without_valgrind_the_target_is_judged_on_cpu_time_with_a_note(
    imports: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports.shutil, "which", lambda name: None)
    section = importlib.import_module("measure").Section(title="imports", header=[])
    settings = imports.ImportSettings(rounds=1, budget_seconds=1.0, target_rounds=1, target_budget_seconds=1.0)
    target = imports._judge_target(settings, section)
    assert isinstance(target.met, bool)
    assert "no instruction count" in target.measured
    assert any("valgrind is not installed" in note for note in section.notes)
    assert "instructions" not in section.raw
    assert section.raw["target"]["rounds"] == 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_an_instruction_count_is_the_same_on_every_run(imports: ModuleType) -> None:
    valgrind = shutil.which("valgrind")
    first, second = imports.instructions("pass", valgrind), imports.instructions("pass", valgrind)
    assert first == second
    assert first > 1_000_000


def test_every_statement_runs_from_warmed_bytecode_whatever_the_shell_says(
    imports: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Cold imports are timed from bytecode, as a deployed service loads them, whatever the shell or venv says."""
    (tmp_path / "bench_probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    env = imports.statement_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    prefix = Path(env["PYTHONPYCACHEPREFIX"])
    assert prefix.is_dir() and env == imports.statement_env()  # one cache for the whole run
    imports.warm("import bench_probe_module")
    cached = [p.name for p in prefix.rglob("bench_probe_module.*.pyc")]
    assert len(cached) == 1, cached
    assert not (tmp_path / "__pycache__").exists()  # nothing is written beside the sources
