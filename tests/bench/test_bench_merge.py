"""`run.py --only X --merge`: the other sections come back from the previous JSON report, and the report says so."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def run() -> ModuleType:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("run")


def test_fresh_sections_replace_those_of_the_same_title_and_the_rest_are_kept(run: ModuleType, tmp_path: Path) -> None:
    measure, report = importlib.import_module("measure"), importlib.import_module("report")
    old = [measure.Section(title=t, header=["a"], rows=[[t]]) for t in ("Generation", "Cold import", "Parsing")]
    old[0].targets.append(measure.Target("regen", "< 1 s", "0.4 s", True))
    old_meta = {"date": "2026-12-01 10:00 UTC", "quick": False, "machine": {}, "elapsed_seconds": 1.0}
    previous = tmp_path / "results.json"
    previous.write_text(report.raw_json(old, old_meta), encoding="utf-8")
    fresh = measure.Section(title="Cold import", header=["a"], rows=[["new"]])
    meta = {"date": "2026-12-02 02:00 UTC", "quick": False, "machine": {}, "elapsed_seconds": 2.0}

    merged = run._merge([fresh], meta, previous)

    assert [s.title for s in merged] == ["Generation", "Cold import", "Parsing"]
    assert merged[1] is fresh
    assert merged[0].targets[0].measured == "0.4 s"
    assert meta["merged"] == {"base_date": "2026-12-01 10:00 UTC", "rerun": ["Cold import"]}
    meta["machine"] = {
        "cpu_count": 2,
        "usable_cpus": 2,
        "processor": "x",
        "platform": "p",
        "python": "3",
        "implementation": "CPython",
        "load_average_at_start": None,
        "packages": {},
    }
    text = report.markdown(merged, meta)
    assert "Partly re-run" in text and "2026-12-01 10:00 UTC" in text
    json.loads(report.raw_json(merged, meta))  # still one JSON report
