"""The README's testing section runs as written: its code blocks become a test file run by pytest, with the plugin."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _section_code() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Testing your service against local vendor fakes", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) >= 2, "the testing section lost its examples"
    return "\n\n".join(blocks)


@pytest.mark.slow
def test_readme_testing_examples_pass(tmp_path: Path) -> None:
    (tmp_path / "test_readme_examples.py").write_text(_section_code(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"\b3 passed\b", result.stdout), result.stdout
