"""Shape of the resource-style client: lazy, named after the modules, signatures equal to the functions'.

The resource modules must not cost the plain import (building a client, or reaching ``client.policies``,
loads no operation module and no model), and each method must take exactly its function's parameters.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys

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
            # The raw method's docstring is the function's (the plain method's differs in Returns and Raises).
            raw = type(resource.with_raw_response)
            doc = inspect.getdoc(module.sync_detailed)
            method = next(m for m in methods if hasattr(raw, m) and inspect.getdoc(getattr(raw, m)) == doc)
            expected.add(method)
            function = inspect.signature(module.sync_detailed).parameters
            wanted = [p for name, p in function.items() if name != "client"]
            for holder in (resource, resource.with_raw_response, getattr(client.aio, tag).with_raw_response):
                got = list(inspect.signature(getattr(holder, method)).parameters.values())
                assert [(p.name, p.kind, p.default) for p in got] == [(p.name, p.kind, p.default) for p in wanted]
            assert method == module_name or module_name.startswith(method.split("_")[0]), (module_name, method)
            if hasattr(module, "iterate"):
                expected |= {f"{method}_iterate", f"{method}_pages"}
        assert methods == expected, tag


@pytest.mark.parametrize("package", PACKAGES)
def test_the_names_a_resource_must_avoid_are_the_clients_attributes(package: str) -> None:
    """scripts/pipeline/resources.py keeps its own list of client attributes: it must cover client.py.jinja's."""
    from scripts.pipeline.resources import CLIENT_ATTRIBUTES

    cls = importlib.import_module(package).AuthenticatedClient
    resources = set(importlib.import_module(f"{package}.api").__all__)
    public = {name for name in dir(cls) if not name.startswith("_")} - resources
    assert public <= CLIENT_ATTRIBUTES, public - CLIENT_ATTRIBUTES
