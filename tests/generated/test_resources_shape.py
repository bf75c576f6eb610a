"""Shape of the resource-style client: lazy, named after the modules, signatures equal to the functions'.

The resource modules must not cost the plain import (building a client, or reaching ``client.policies``,
loads no operation module and no model), each method must take exactly its function's parameters, and
each operation is spelled out once for sync and once for async: the ``with_raw_response`` twins reuse
the plain methods' code (``raw_twin`` in ``<package>/resources/__init__.py``).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

PACKAGES = ["conductorone_client", "flashback_client", "oci_identity_client", "oso_cloud_client", "plainid_client"]


@pytest.mark.parametrize("package", PACKAGES)
def test_reaching_the_resources_imports_no_operation_or_model(package: str) -> None:
    script = (
        "import json, sys\n"
        f"import {package} as pkg\n"
        f"from {package} import resources\n"
        "client = pkg.AuthenticatedClient(base_url='http://127.0.0.1:9', token='t')\n"
        "for name in resources.AsyncResources.__dict__:\n"
        "    if not name.startswith('_'):\n"
        "        getattr(client, name).with_raw_response\n"
        "        getattr(client.aio, name).with_raw_response\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith(({package + '.api.'!r}, {package + '.models'!r})))\n"
        "print(json.dumps(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert all(name.count(".") <= 2 for name in json.loads(result.stdout)), result.stdout  # only api/<tag> packages


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_is_a_method_with_the_functions_parameters(package: str) -> None:
    api = importlib.import_module(f"{package}.api")
    client = importlib.import_module(package).AuthenticatedClient(base_url="http://127.0.0.1:9")
    for tag in api.__all__:
        tag_package = importlib.import_module(f"{package}.api.{tag}")
        resource = getattr(client, tag)
        methods = {name for name in dir(type(resource)) if not name.startswith("_")} - {"with_raw_response"}
        expected: set[str] = set()
        for module_name in tag_package.__all__:
            module = importlib.import_module(f"{package}.api.{tag}.{module_name}")
            # The plain method's docstring is the function's up to Raises (which, with Returns, differs).
            raw = type(resource.with_raw_response)
            doc = _before_raises(module.sync_detailed)
            method = next(m for m in methods if hasattr(raw, m) and _before_raises(getattr(resource, m)) == doc)
            expected.add(method)
            function = inspect.signature(module.sync_detailed).parameters
            wanted = [p for name, p in function.items() if name != "client"]
            aio = getattr(client.aio, tag)
            for holder in (resource, aio, resource.with_raw_response, aio.with_raw_response):
                got = list(inspect.signature(getattr(holder, method)).parameters.values())
                assert [(p.name, p.kind, p.default) for p in got] == [(p.name, p.kind, p.default) for p in wanted]
            assert _before_raises(getattr(aio, method)) == doc
            assert method == module_name or module_name.startswith(method.split("_")[0]), (module_name, method)
            if hasattr(module, "iterate"):
                expected |= {f"{method}_iterate", f"{method}_pages"}
        assert methods == expected, tag


@pytest.mark.parametrize("package", PACKAGES)
def test_the_raw_twins_spell_out_no_signature_or_docstring(package: str) -> None:
    folder = Path(str(importlib.import_module(f"{package}.resources").__file__)).parent
    for path in sorted(folder.glob("[!_]*.py")):
        classes = [node for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.ClassDef)]
        docstrings: Counter[str | None] = Counter()
        for cls in classes:
            functions = [node for node in ast.walk(cls) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
            if cls.name.endswith("WithRawResponse"):
                assert functions == [], (path.name, cls.name)
            docstrings.update(ast.get_docstring(function) for function in functions)
        assert max(docstrings.values()) <= 2, (path.name, docstrings.most_common(1))  # sync and async


def test_a_raw_twin_runs_its_plain_methods_code_under_its_own_name() -> None:
    from oci_identity_client.resources import policies

    pairs: list[tuple[type[Any], type[Any]]] = [
        (policies.PoliciesResource, policies.PoliciesResourceWithRawResponse),
        (policies.AsyncPoliciesResource, policies.AsyncPoliciesResourceWithRawResponse),
    ]
    for plain, raw in pairs:
        twin = raw.update
        assert twin.__code__.co_code == plain.update.__code__.co_code
        assert inspect.iscoroutinefunction(twin) == inspect.iscoroutinefunction(plain.update)
        assert twin.__qualname__ == twin.__code__.co_qualname == f"{raw.__name__}.update"
        assert f"``{plain.__name__}.update``" in (twin.__doc__ or "")
        assert "return" not in twin.__annotations__  # the plain method's (the success type) would be wrong
        assert plain.update.__annotations__["return"] == "Policy"
        assert raw.__dict__["update"] is twin  # built on first lookup, then a plain function of the class


def _before_raises(function: object) -> str:
    return (inspect.getdoc(function) or "").partition("\nRaises:")[0]


@pytest.mark.parametrize("package", PACKAGES)
def test_the_names_a_resource_must_avoid_are_the_clients_attributes(package: str) -> None:
    """scripts/pipeline/resources.py keeps its own list of client attributes: it must cover client.py.jinja's."""
    from scripts.pipeline.resources import CLIENT_ATTRIBUTES

    cls = importlib.import_module(package).AuthenticatedClient
    resources = set(importlib.import_module(f"{package}.api").__all__)
    public = {name for name in dir(cls) if not name.startswith("_")} - resources
    assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES
