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


@pytest.mark.parametrize("package", PACKAGES)
def test_from_dict_builds_without_the_attrs_init_or_runtime_casts(package: str) -> None:
    """Calling the class with keywords (packed into a dict and unpacked again) cost more than parsing the fields;
    ``cast(list[str], ...)`` builds the alias on every parse."""
    offenders = []
    for path in model_files(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                for call in ast.walk(node):
                    if not isinstance(call, ast.Call):
                        continue
                    if isinstance(call.func, ast.Name) and call.func.id == "cls":
                        offenders.append(f"{path.name}:{call.lineno} cls(...)")
                    first = call.args[0] if call.args else None
                    container = isinstance(first, ast.Subscript) and ast.unparse(first.value) in ("list", "dict")
                    if isinstance(call.func, ast.Name) and call.func.id == "cast" and container:
                        offenders.append(f"{path.name}:{call.lineno} cast({ast.unparse(call.args[0])}, ...)")
    assert offenders == []


def test_from_dict_equals_the_constructor_and_keeps_unknown_keys_apart_from_the_input() -> None:
    models = importlib.import_module("conductorone_client.models")
    types = importlib.import_module("conductorone_client.types")
    raw = {"allowSelfApproval": True, "userIds": ["u"], "new": {"n": 1}}
    users = models.UserApproval.from_dict(raw)
    expected = models.UserApproval(allow_self_approval=True, user_ids=["u"])
    expected.additional_properties = {"new": {"n": 1}}
    assert users == expected
    assert users.require_distinct_approvers is types.UNSET
    users.additional_properties["later"] = 2
    assert raw == {"allowSelfApproval": True, "userIds": ["u"], "new": {"n": 1}}  # the input is not shared
    known = models.UserApproval.from_dict({"userIds": []})
    assert (
        known.additional_properties == {}
        and known.additional_properties is not models.UserApproval.from_dict({}).additional_properties
    )


def test_from_dict_takes_any_mapping_and_rejects_what_is_not_one() -> None:
    models = importlib.import_module("conductorone_client.models")
    from types import MappingProxyType

    assert models.UserApproval.from_dict(MappingProxyType({"userIds": ["u"], "x": 1})).additional_properties == {"x": 1}
    for wrong in ("userIds", ["userIds"], 3):
        with pytest.raises((TypeError, ValueError, AttributeError, KeyError)):
            models.UserApproval.from_dict(wrong)
    oci = importlib.import_module("oci_identity_client.models")
    with pytest.raises(KeyError):
        oci.Policy.from_dict({"id": "p"})  # required fields missing


@pytest.mark.parametrize("package", PACKAGES)
def test_lists_of_models_parse_without_a_per_item_append(package: str) -> None:
    """A list of models is one comprehension calling a from_dict looked up once: the loop with ``append`` paid a
    classmethod lookup (a new bound method) and a method call per item of a 1,000-step policy."""
    offenders = []
    for path in model_files(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                for loop in ast.walk(node):
                    if not isinstance(loop, ast.For):
                        continue
                    body = ast.unparse(loop)
                    if "from_dict(" in body and ".append(" in body:
                        offenders.append(f"{path.name}:{loop.lineno} for-loop calling from_dict")
    assert offenders == []


def test_lists_of_models_parse_every_item_and_reject_what_is_not_a_model() -> None:
    models = importlib.import_module("conductorone_client.models")
    steps = models.PolicySteps.from_dict({"steps": [{"accept": {"acceptMessage": "ok"}}, {"wait": None}, {"x": 1}]})
    unknown = models.PolicyStep()
    unknown.additional_properties = {"x": 1}
    assert steps.steps == [
        models.PolicyStep(accept=models.Accept(accept_message="ok")),
        models.PolicyStep(wait=None),
        unknown,
    ]
    assert models.PolicySteps.from_dict({"steps": []}).steps == []
    assert models.PolicySteps.from_dict({"steps": None}).steps is None
    wrong: object
    for wrong in ([3], ["step"], {"accept": {}}):
        with pytest.raises((TypeError, ValueError, AttributeError, KeyError)):
            models.PolicySteps.from_dict({"steps": wrong})
