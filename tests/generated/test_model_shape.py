"""The generated models parse without per-call overhead, and import in any order.

Our model template (scripts/templates/model.py.jinja) moves the stock template's function-local
imports to the bottom of each module and parses unions inline; these tests pin both, so a template
change that brings the overhead back fails here rather than only in `nox -s bench`.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated"
PACKAGES = sorted(p.parent.name for p in GENERATED.glob("*/pyproject.toml"))


def model_files(package: str) -> list[Path]:
    return sorted((GENERATED / package / package / "models").glob("[!_]*.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_from_dict_and_to_dict_neither_import_nor_define_functions(package: str) -> None:
    offenders = []
    for path in model_files(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("from_dict", "to_dict"):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom | ast.FunctionDef) and inner is not node:
                        offenders.append(f"{path.name}:{inner.lineno} {type(inner).__name__} in {node.name}")
    assert offenders == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_model_module_imports_first(package: str) -> None:
    """Bottom-of-module imports resolve cycles whichever module a program imports first."""
    names = [f"{package}.models.{path.stem}" for path in model_files(package)]
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "for name in names:\n"
        f"    for loaded in [m for m in sys.modules if m == {package!r} or m.startswith({package + '.'!r})]:\n"
        "        del sys.modules[loaded]\n"
        "    module = importlib.import_module(name)\n"
        "    for attribute in dir(module):\n"
        "        getattr(module, attribute)\n"
        "print('ok', len(names))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")


def test_nested_unions_still_parse_unknown_shapes() -> None:
    """Inline union parsing keeps the stock rules: None and absent pass through, the model is built."""
    models = importlib.import_module("conductorone_client.models")
    step = models.PolicyStep.from_dict({"approval": {"users": {"userIds": ["u"]}}, "accept": None, "x": 1})
    assert isinstance(step.approval, models.Approval)
    assert isinstance(step.approval.users, models.UserApproval)
    assert step.approval.users.user_ids == ["u"]
    assert step.accept is None
    assert step.additional_properties == {"x": 1}
    assert step.to_dict() == {"approval": {"users": {"userIds": ["u"]}}, "accept": None, "x": 1}
