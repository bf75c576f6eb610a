"""Lazy imports (PEP 562): importing the facade and one operation loads only what that operation needs.

Each check runs in a fresh interpreter, since this test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

VENDOR_PACKAGES = (
    "conductorone_client",
    "flashback_client",
    "oci_identity_client",
    "oso_cloud_client",
    "plainid_client",
)

# Loaded only when a client is built (or the name is touched); the async transport only for an async client.
FACADE_MACHINERY = (
    "policy_clients._client",
    "policy_clients._errors",
    "policy_clients._options",
    "policy_clients._retry",
    "policy_clients._transport",
    "policy_clients.vendors._base",
    "policy_clients.auth",
    "aiohttp",
)


def loaded_after(statement: str) -> set[str]:
    """The modules in ``sys.modules`` after running ``statement`` in a fresh interpreter."""
    script = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_facade_and_one_operation_load_no_machinery_and_no_unrelated_models() -> None:
    loaded = loaded_after("import policy_clients\nfrom conductorone_client.api.policies import update_policy")
    assert "conductorone_client.api.policies.update_policy" in loaded
    assert loaded.isdisjoint(FACADE_MACHINERY), sorted(loaded & set(FACADE_MACHINERY))
    # Each vendor spec has one operation, whose body, response and error models reach every model: all load.
    assert "conductorone_client.models.update_policy_request_input" in loaded
    assert not any(name.startswith(("flashback_client", "oso_cloud_client", "oci_identity_client")) for name in loaded)
    assert "conductorone_client.errors" not in loaded  # only a raised error needs the error classes


@pytest.mark.parametrize("package", VENDOR_PACKAGES)
def test_no_operation_module_imports_the_error_classes(package: str) -> None:
    """Every operation of every vendor: importing it (and so a successful call) builds no error class."""
    script = f"""
import importlib
api = importlib.import_module("{package}.api")
for tag in api.__all__:
    group = importlib.import_module("{package}.api." + tag)
    for name in group.__all__:
        importlib.import_module(group.__name__ + "." + name)
"""
    loaded = loaded_after(script)
    assert f"{package}.errors" not in loaded


@pytest.mark.parametrize("package", VENDOR_PACKAGES)
def test_no_operation_module_builds_the_client_classes_nor_types_file(package: str) -> None:
    """Every operation of every vendor: the caller's client was built by the factory, and few upload files."""
    script = f"""
import importlib, json, sys
api = importlib.import_module("{package}.api")
for tag in api.__all__:
    group = importlib.import_module("{package}.api." + tag)
    for name in group.__all__:
        importlib.import_module(group.__name__ + "." + name)
print(json.dumps(sorted(vars(sys.modules["{package}.types"]))))
"""
    loaded = loaded_after(script)
    assert f"{package}.client" not in loaded
    assert f"{package}._files" not in loaded
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    types_names = set(json.loads(out.stdout.splitlines()[0]))
    assert {"Response", "UNSET", "status_of"} <= types_names
    assert "File" not in types_names  # not built: an attrs class compiles its methods when defined


def test_a_renamed_copy_of_a_package_annotates_with_its_own_client_classes(tmp_path: Path) -> None:
    """The client classes are found relative to the operation, so a vendored copy does not reach the original."""
    import shutil

    import oso_cloud_client

    shutil.copytree(Path(oso_cloud_client.__file__).parent, tmp_path / "vendored_oso")
    script = """
import sys, typing
from vendored_oso.api.policy import post_policy
before = sorted(m for m in sys.modules if m.startswith("vendored_oso.client"))
hint = typing.get_type_hints(post_policy.sync_detailed)["client"]
print(before, hint.__module__, hint.__name__, "oso_cloud_client" in sys.modules)
"""
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True, env=env
    )
    assert out.stdout.split() == ["[]", "vendored_oso.client", "AuthenticatedClient", "False"]


def test_types_file_loads_on_first_access_with_its_attrs_api() -> None:
    script = """
import io, json, sys
import attrs
from oso_cloud_client import types
before = "oso_cloud_client._files" in sys.modules
from oso_cloud_client.types import File
f = File(payload=io.BytesIO(b"x"), file_name="a.txt")
print(json.dumps({
    "before": before,
    "same": File is types.File and "File" in vars(types) and "File" in dir(types),
    "module": File.__module__,
    "fields": [a.name for a in attrs.fields(File)],
    "tuple": [f.to_tuple()[0], f.to_tuple()[2]],
    "evolved": attrs.evolve(f, mime_type="text/plain").mime_type,
    "repr": repr(f).split("(")[0],
    "eq": f == File(payload=f.payload, file_name="a.txt"),
}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(out.stdout) == {
        "before": False,
        "same": True,
        "module": "oso_cloud_client.types",
        "fields": ["payload", "file_name", "mime_type"],
        "tuple": ["a.txt", None],
        "evolved": "text/plain",
        "repr": "File",
        "eq": True,
    }


def test_a_successful_call_through_the_facade_never_imports_the_error_classes() -> None:
    """The first call, end to end against a local server: what it needs is all it loads."""
    script = """
import json, sys, threading
from http.server import BaseHTTPRequestHandler, HTTPServer

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        body = json.dumps({"message": "saved"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
import policy_clients
from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.models import Policy
client = policy_clients.oso_cloud(api_key="k", base_url=f"http://127.0.0.1:{server.server_port}/")
print(post_policy.sync(client=client, body=Policy(src="actor User {}")).message)
server.shutdown()
"""
    loaded = loaded_after(script)
    assert "oso_cloud_client.api.policy.post_policy" in loaded
    assert "oso_cloud_client.errors" not in loaded


def test_an_error_status_loads_the_error_classes_and_raises_the_typed_error() -> None:
    script = """
import httpx
from oso_cloud_client.api.policy import post_policy
from oso_cloud_client.client import Client
client = Client(base_url="http://x", raise_on_unexpected_status=True)
request = httpx.Request("POST", "http://x/policy")
try:
    post_policy._build_response(client=client, response=httpx.Response(200, content=b"<html>", request=request))
except Exception as exc:
    print(type(exc).__module__, type(exc).__name__, exc.status_code)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["oso_cloud_client.errors", "MalformedResponse", "200"]


def test_one_model_loads_no_other_model_nor_the_client_module() -> None:
    loaded = loaded_after("from conductorone_client.models import GoogleRpcStatus")
    models = {name for name in loaded if name.startswith("conductorone_client.models.")}
    assert models == {"conductorone_client.models.google_rpc_status", "conductorone_client.models.google_protobuf_any"}
    assert "conductorone_client.client" not in loaded
    assert "conductorone_client.api" not in loaded


def test_building_a_bearer_client_loads_the_machinery_it_needs_but_not_aiohttp_nor_cryptography() -> None:
    loaded = loaded_after(
        "import policy_clients\npolicy_clients.oso_cloud(api_key='k', base_url='http://127.0.0.1:9/').get_httpx_client()"
    )
    assert {"policy_clients._client", "policy_clients._retry", "policy_clients._errors"} <= loaded
    assert "aiohttp" not in loaded
    # Only the ConductorOne and OCI auth flows sign anything.
    assert not any(name.startswith("cryptography") for name in loaded)
    assert "policy_clients.auth.conductorone" not in loaded
    assert "policy_clients.auth.oci" not in loaded


def test_every_lazy_name_resolves_and_is_listed() -> None:
    """Each lazy package's ``__all__`` resolves name by name, ``dir()`` lists it, an unknown name fails clearly."""
    script = """
import importlib, json
packages = ["policy_clients", "policy_clients.auth"]
for root in json.loads(ROOTS):
    api = importlib.import_module(root + ".api")
    packages += [root, root + ".models", root + ".api"] + [root + ".api." + tag for tag in api.__all__]
checked = {}
for name in packages:
    module = importlib.import_module(name)
    missing = [n for n in module.__all__ if n not in dir(module)]
    assert not missing, (name, missing)
    for attr in module.__all__:
        assert getattr(module, attr) is not None, (name, attr)
    try:
        module.not_a_member
    except AttributeError as exc:
        assert "not_a_member" in str(exc), exc
    else:
        raise AssertionError(name + ".not_a_member resolved")
    checked[name] = len(module.__all__)
print(json.dumps(checked))
""".replace("ROOTS", repr(json.dumps(VENDOR_PACKAGES)))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    checked = json.loads(out.stdout)
    import policy_clients

    assert checked["policy_clients"] == len(policy_clients._LAZY)  # every public name has its lazy entry
    assert all(checked[f"{root}.models"] > 0 for root in VENDOR_PACKAGES)
    import oso_cloud_client.api.policy as tag

    on_disk = [p for p in Path(tag.__file__).parent.glob("*.py") if p.name != "__init__.py"]
    assert checked["oso_cloud_client.api.policy"] == len(on_disk)  # one lazy name per operation module


@pytest.mark.parametrize(
    "statement",
    [
        "from policy_clients import RetryPolicy, PolicyClientError, DEFAULT_TIMEOUT, oso_cloud",
        "from oso_cloud_client.models import Policy, ApiResult",
        "from oso_cloud_client import AuthenticatedClient, Client, __version__",
        "import oso_cloud_client.api.policy as policy; policy.post_policy.sync",
    ],
)
def test_from_imports_of_lazy_names_work(statement: str) -> None:
    loaded_after(statement)
