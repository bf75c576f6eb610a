"""Every ```python block of README.md and of each generated package's README runs against the fakes, as a test.

Marker convention (an HTML comment on the line(s) just before the block's opening fence; blank lines allowed):

    <!-- readme-test: setup=NAME[,NAME...] -->  run after these setups (SETUPS below): each seeds its fake
                                               and defines the names the block uses but does not define
                                               (``policy_id``, ``org_id``, ...)
    <!-- readme-test: continue -->             run in the namespace the previous block left (its client...)
    <!-- readme-test: pytest -->               the block defines ``test_*`` functions: each is called with
                                               pytest's fixtures for its parameters (``oso_cloud_fake``...)
    <!-- readme-test: skip: REASON -->         not run; the reason is required

A block without a marker runs with every setup. Every block runs with all five fakes started, the vendors'
credential variables set as a user's environment would (``OSO_CLOUD_API_KEY``, ``FLASHBACK_API_TOKEN``,
``PLAINID_TOKEN``, ``CONDUCTORONE_CLIENT_ID`` / ``_SECRET``, ``OCI_CONFIG_FILE`` with a key the fake
accepts) and each ``policy_clients.<vendor>`` factory defaulting ``base_url`` to its fake (the one thing a
user's environment points at the real host). Top-level ``await`` / ``async for`` work.

To add a block: write it as a user would; if it needs names from elsewhere, add them to a setup (or a new
one) and mark the block; a block that cannot run here (a real endpoint, a shell session) says why.
"""

from __future__ import annotations

import ast
import asyncio
import functools
import inspect
import linecache
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import policy_clients
from policy_clients.testing import ConductorOneFake, FlashbackFake, OCIIdentityFake, OsoCloudFake, PlainIdFake
from policy_clients.testing.oci_identity import DEFAULT_COMPARTMENT

ROOT = Path(__file__).resolve().parents[2]
READMES = [ROOT / "README.md", *sorted(ROOT.glob("generated/*/README.md"))]
_FENCE = re.compile(r"^```python\s*$")
_MARKER = re.compile(r"^<!--\s*readme-test:\s*(?P<spec>.*?)\s*-->\s*$")
VENDORS = ("oso_cloud", "flashback", "plainid", "conductorone", "oci_identity")


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    source: str
    marker: str  # "" when unmarked
    file: str = "README.md"

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"


def readme_blocks(text: str, file: str = "README.md") -> list[Block]:
    """The ```python blocks with the marker just above each (an unclosed block is an error, not skipped)."""
    lines = text.splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if not _FENCE.match(lines[index]):
            index += 1
            continue
        end = next((j for j in range(index + 1, len(lines)) if lines[j].strip() == "```"), None)
        if end is None:
            raise AssertionError(f"{file}:{index + 1}: the python block is never closed")
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        match = _MARKER.match(lines[above].strip()) if above >= 0 else None
        source = "\n".join(lines[index + 1 : end]) + "\n"
        blocks.append(Block(index + 1, source, match["spec"] if match else "", file))
        index = end + 1
    return blocks


BLOCKS = [
    block
    for readme in READMES
    for block in readme_blocks(readme.read_text(encoding="utf-8"), readme.relative_to(ROOT).as_posix())
]


def test_the_readmes_have_python_blocks_and_only_known_markers() -> None:
    assert len(BLOCKS) >= 10
    assert {b.file for b in BLOCKS} == {r.relative_to(ROOT).as_posix() for r in READMES}
    for block in BLOCKS:
        spec = block.marker
        known = (
            not spec
            or spec in ("continue", "pytest")
            or (spec.startswith("skip:") and bool(spec[5:].strip()))
            or (spec.startswith("setup=") and set(spec[6:].split(",")) <= set(SETUPS))
        )
        assert known, f"{block.id}: unknown readme-test marker {spec!r} (see this test's docstring)"
        first_of_file = block is next(b for b in BLOCKS if b.file == block.file)
        assert not (first_of_file and spec == "continue"), f"{block.id}: the first block has nothing to continue from"


def test_the_marker_parser_reads_what_the_docstring_promises() -> None:
    text = "x\n<!-- readme-test: skip: needs a real tenancy -->\n\n```python\nprint(1)\n```\n```python\n2\n```\n"
    first, second = readme_blocks(text)
    assert (first.line, first.marker, first.source) == (4, "skip: needs a real tenancy", "print(1)\n")
    assert (second.line, second.marker) == (7, "")
    with pytest.raises(AssertionError, match="never closed"):
        readme_blocks("```python\nx = 1\n")


# -- the sandbox: five fakes, the environment, the factories' default base URLs -----------------------


@dataclass
class Sandbox:
    fakes: dict[str, Any]
    tmp: Path
    names: dict[str, Any] = field(default_factory=dict)  # the last block's namespace (for `continue`)


def _oso(box: Sandbox) -> dict[str, Any]:
    return {}


def _flashback(box: Sandbox) -> dict[str, Any]:
    fake: FlashbackFake = box.fakes["flashback"]
    policy_id = f"pol-readme-{uuid.uuid4().hex[:8]}"
    fake.seed_policy(policy_id, org_id="org-readme")
    return {"org_id": "org-readme", "workspace_id": "ws-readme", "policy_id": policy_id}


REGO = """\
# METADATA
# custom:
#   plainid:
#     policyId: {policy_id}
#     name: Accounts
#     accessType: Allow
package policy
import rego.v1

allow if {{ input.user == "alice" }}
"""


def _plainid(box: Sandbox) -> dict[str, Any]:
    policy_id = str(uuid.uuid4())
    return {
        "env_id": uuid.uuid4(),
        "workspace_id": uuid.uuid4(),
        "policy_id": policy_id,
        "rego_source": REGO.format(policy_id=policy_id),
    }


def _conductorone(box: Sandbox) -> dict[str, Any]:
    return {}


def _oci_identity(box: Sandbox) -> dict[str, Any]:
    fake: OCIIdentityFake = box.fakes["oci_identity"]
    policy_id = f"ocid1.policy.oc1..readme{uuid.uuid4().hex[:12]}"
    fake.seed_policy(policy_id, statements=["Allow group Admins to manage all-resources in tenancy"])
    return {
        "policy_id": policy_id,
        "tenancy": DEFAULT_COMPARTMENT,
        "s": ["Allow group Admins to manage all-resources in tenancy", "Allow group Ops to read buckets in tenancy"],
        "new_statement": "Allow group Auditors to inspect all-resources in tenancy",
    }


SETUPS: dict[str, Callable[[Sandbox], dict[str, Any]]] = {
    "oso_cloud": _oso,
    "flashback": _flashback,
    "plainid": _plainid,
    "conductorone": _conductorone,
    "oci_identity": _oci_identity,
}
"""Setup name -> names it defines for the block (after seeding its fake)."""


def _environment(fakes: dict[str, Any], tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    oso: OsoCloudFake = fakes["oso_cloud"]
    monkeypatch.setenv("OSO_CLOUD_API_KEY", oso.token)
    flashback: FlashbackFake = fakes["flashback"]
    monkeypatch.setenv("FLASHBACK_API_TOKEN", flashback.token)
    plainid: PlainIdFake = fakes["plainid"]
    monkeypatch.setenv("PLAINID_TOKEN", plainid.token)
    conductorone: ConductorOneFake = fakes["conductorone"]
    credentials = conductorone.new_client_credentials()
    monkeypatch.setenv("CONDUCTORONE_CLIENT_ID", credentials.client_id)
    monkeypatch.setenv("CONDUCTORONE_CLIENT_SECRET", credentials.client_secret)
    oci: OCIIdentityFake = fakes["oci_identity"]
    key = oci.new_credentials()
    (tmp / "key.pem").write_bytes(key.private_key_pem)
    (tmp / "oci_config").write_text(
        f"[DEFAULT]\nuser={key.user}\nfingerprint={key.fingerprint}\ntenancy={key.tenancy}\n"
        f"key_file={tmp / 'key.pem'}\nregion=us-ashburn-1\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("OCI_CONFIG_FILE", str(tmp / "oci_config"))
    for name in ("OSO_CLOUD_URL", "PLAINID_REGION", "CONDUCTORONE_ACCESS_TOKEN", "OCI_CLI_PROFILE", "OCI_CLI_AUTH"):
        monkeypatch.delenv(name, raising=False)
    for vendor in VENDORS:
        factory = getattr(policy_clients, vendor)
        monkeypatch.setattr(policy_clients, vendor, _toward(factory, fakes[vendor].base_url))


def _toward(factory: Callable[..., Any], base_url: str) -> Callable[..., Any]:
    """The factory, its ``base_url`` defaulting to the fake's (everything else as the user wrote it)."""

    @functools.wraps(factory)
    def build(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("base_url", base_url)
        return factory(*args, **kwargs)

    return build


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    fakes: dict[str, Any] = {
        "oso_cloud": OsoCloudFake(),
        "flashback": FlashbackFake(),
        "plainid": PlainIdFake(),
        "conductorone": ConductorOneFake(),
        "oci_identity": OCIIdentityFake(),
    }
    for fake in fakes.values():
        fake.start()
    tmp = tmp_path_factory.mktemp("readme")
    try:
        with pytest.MonkeyPatch.context() as monkeypatch:
            _environment(fakes, tmp, monkeypatch)
            yield Sandbox(fakes, tmp)
    finally:
        for fake in fakes.values():
            fake.stop(check=False)
    for name, fake in fakes.items():
        assert not fake.errors, f"{name} fake saw requests outside its spec: {fake.errors}"


def _run(source: str, filename: str, names: dict[str, Any]) -> None:
    """Execute like a script, top-level ``await`` allowed (then in a fresh event loop)."""
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)  # tracebacks
    code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, names))  # the README's own code
    else:
        exec(code, names)


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_readme_block(block: Block, sandbox: Sandbox, request: pytest.FixtureRequest) -> None:
    spec = block.marker
    if spec.startswith("skip:"):
        pytest.skip(f"{block.id} is marked not to run: {spec[5:].strip()}")
    if spec == "continue":
        names = sandbox.names
        assert names, f"{block.id} continues a block that did not run"
    else:
        names = {"__name__": "__readme__"}
        chosen = spec[6:].split(",") if spec.startswith("setup=") else list(SETUPS)
        for setup in chosen:
            names.update(SETUPS[setup](sandbox))
    sandbox.names = {}  # a failing block leaves nothing for a `continue`
    _run(block.source, block.id, names)
    sandbox.names = names
    if spec == "pytest":
        tests = {k: v for k, v in names.items() if k.startswith("test_") and callable(v)}
        assert tests, f"{block.id} is marked pytest but defines no test_* function"
        for test in tests.values():
            test(**{p: request.getfixturevalue(p) for p in inspect.signature(test).parameters})
