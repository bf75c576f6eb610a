"""`benchmarks/run.py --quick` runs end to end and writes both reports (figures are not checked here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_quick_benchmark_run_writes_markdown_and_json(tmp_path: Path) -> None:
    markdown, raw = tmp_path / "BENCHMARKS.md", tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick", "--no-profiles", "--out", str(markdown), "--json", str(raw)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    text = markdown.read_text()
    assert "## Targets" in text
    assert "crashed" not in text.lower()
    data = json.loads(raw.read_text())
    assert data
