"""Shared pieces of the property and fault-matrix tests: self-contained schemas from the shipped
specs, and one uniform way to build, seed and call each vendor's client through the facade."""

from __future__ import annotations

import importlib
import importlib.resources
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import unquote

from cryptography.hazmat.primitives.serialization import load_pem_private_key

import policy_clients
from policy_clients.auth.oci import OCIRequestSigner
from policy_clients.testing import (
    ConductorOneFake,
    FlashbackFake,
    OCIIdentityFake,
    OsoCloudFake,
    PlainIdFake,
    VendorFake,
)

VENDORS = ("oso_cloud", "flashback", "plainid", "conductorone", "oci_identity")
PACKAGES = {
    "oso_cloud": ("oso_cloud_client", "oso_cloud_client.api.policy.post_policy"),
    "flashback": ("flashback_client", "flashback_client.api.policies.update_policy"),
    "plainid": ("plainid_client", "plainid_client.api.policies.upsert_policy"),
    "conductorone": ("conductorone_client", "conductorone_client.api.policies.update_policy"),
    "oci_identity": ("oci_identity_client", "oci_identity_client.api.policies.update_policy"),
}
FAKES: dict[str, type[VendorFake]] = {
    "oso_cloud": OsoCloudFake,
    "flashback": FlashbackFake,
    "plainid": PlainIdFake,
    "conductorone": ConductorOneFake,
    "oci_identity": OCIIdentityFake,
}
MAX_REF_DEPTH = 6
"""How many `$ref`s deep a schema is inlined; deeper (and recursive) refs become `RECURSION_STAND_IN`."""

# String formats hypothesis-jsonschema generates; others (vendor-specific ones) are dropped.
_KNOWN_FORMATS = frozenset({"date-time", "date", "time", "email", "uuid", "ipv4", "ipv6", "uri", "hostname"})
_DROP_KEYS = frozenset({"description", "example", "examples", "title", "readOnly", "writeOnly", "deprecated"})
OPEN_REF = {"$comment": "recursive or deep $ref left open"}
"""Stand-in for a `$ref` not inlined in a response schema: any value."""
_DEFAULT_STATUS = 418
"""Status used for a `default` response: one no vendor documents explicitly."""


def openapi(package: str) -> dict[str, Any]:
    """The normalized spec a generated package ships."""
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _get(spec: Mapping[str, Any], ref: str) -> Any:
    node: Any = spec
    for token in unquote(ref[2:]).split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def inline(spec: Mapping[str, Any], node: Any, *, stand_in: Any = None, _stack: tuple[str, ...] = ()) -> Any:
    """A self-contained copy of a schema: local `$ref`s inlined, docs and `x-` keys dropped.

    A recursive ref, or one deeper than `MAX_REF_DEPTH`, becomes `stand_in` (`{}`: any value; `False`:
    never generated, for request bodies the fake must accept).
    """
    if isinstance(node, list):
        return [inline(spec, item, stand_in=stand_in, _stack=_stack) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in _stack or len(_stack) >= MAX_REF_DEPTH:
            return {} if stand_in is None else stand_in
        return inline(spec, _get(spec, ref), stand_in=stand_in, _stack=(*_stack, ref))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP_KEYS or key.startswith("x-") or key == "discriminator":
            continue
        if key == "format" and value not in _KNOWN_FORMATS:
            continue
        if key in ("properties", "patternProperties", "$defs"):
            out[key] = {name: inline(spec, sub, stand_in=stand_in, _stack=_stack) for name, sub in value.items()}
        else:
            out[key] = inline(spec, value, stand_in=stand_in, _stack=_stack)
    return out


@dataclass(frozen=True)
class DocumentedResponse:
    """One documented JSON response of an operation: the status to send and its inlined schema."""

    label: str
    status: int
    schema: Any
    exact: bool
    """Whether the schema is the whole documented one (no recursive or deep `$ref` left open)."""


def documented_json_responses(spec: Mapping[str, Any], operation_id: str | None = None) -> list[DocumentedResponse]:
    """Every response with a JSON body the operation `operation_id` documents (None: every operation)."""
    found: list[DocumentedResponse] = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "patch", "delete") or not isinstance(op, dict):
                continue
            if operation_id is not None and op.get("operationId") != operation_id:
                continue
            for label, response in op.get("responses", {}).items():
                while isinstance(response, dict) and "$ref" in response:
                    response = _get(spec, response["$ref"])
                content = response.get("content") or {}
                media = next((m for m in content if "json" in m.lower()), None)
                if media is None or "schema" not in content[media]:
                    continue
                status = _DEFAULT_STATUS if label == "default" else int(label.replace("X", "0"))
                schema = inline(spec, content[media]["schema"], stand_in=OPEN_REF)
                exact = OPEN_REF["$comment"] not in json.dumps(schema)
                found.append(DocumentedResponse(label, status, schema, exact))
    return found


def request_schema(spec: Mapping[str, Any], operation_id: str | None = None) -> tuple[str, Any]:
    """The operation's request body media type and inlined schema (recursive refs never generated).

    `operation_id` picks the operation (a spec with several bodies); None takes the first with a body.
    """
    for item in spec["paths"].values():
        for method, op in item.items():
            if operation_id is not None and isinstance(op, dict) and op.get("operationId") != operation_id:
                continue
            if method in ("put", "post", "patch") and isinstance(op, dict) and "requestBody" in op:
                body = op["requestBody"]
                while "$ref" in body:
                    body = _get(spec, body["$ref"])
                media, content = next(iter(body["content"].items()))
                return media, inline(spec, content["schema"], stand_in=False)
    raise LookupError("no request body in spec")


def operation(vendor: str) -> ModuleType:
    """The generated module of a vendor's policy-update operation."""
    return importlib.import_module(PACKAGES[vendor][1])


def package(vendor: str) -> ModuleType:
    """The generated package of a vendor."""
    return importlib.import_module(PACKAGES[vendor][0])


# -- the fake sleep ------------------------------------------------------------------------------------


@dataclass
class SleepRecorder:
    """Stands in for the retry policy's sleeps: records each delay, never waits."""

    delays: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def policy(self, **overrides: Any) -> policy_clients.RetryPolicy:
        """A deterministic policy (no jitter) whose sleeps land here."""
        settings: dict[str, Any] = {"max_attempts": 3, "initial_backoff": 0.5, "jitter": "none", "deadline": 30.0}
        settings.update(overrides)
        return policy_clients.RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **settings)


# -- calling each vendor through the facade ----------------------------------------------------------


@dataclass
class Target:
    """A started fake, a way to build a facade client for it, and one call of the update operation."""

    vendor: str
    fake: Any
    api_glob: str
    """Glob over request paths that matches the API call (not ConductorOne's token endpoint)."""
    make_client: Callable[..., Any]
    arguments: Callable[[Any], tuple[tuple[Any, ...], dict[str, Any]]]
    """Positional and keyword arguments of `sync_detailed` / `asyncio_detailed` for a given body."""
    default_body: Callable[[], Any]
    missing_id_arguments: Callable[[Any], tuple[tuple[Any, ...], dict[str, Any]]] | None = None

    def api_requests(self) -> list[Any]:
        """Recorded requests to the API (token fetches left out)."""
        import fnmatch

        return [r for r in self.fake.requests if fnmatch.fnmatchcase(r.path, self.api_glob)]

    def call_sync(self, client: Any, body: Any = None, *, missing: bool = False) -> Any:
        """Call `sync_detailed` (for code that is not async)."""
        module = operation(self.vendor)
        make = self.missing_id_arguments if missing and self.missing_id_arguments else self.arguments
        args, kwargs = make(self.default_body() if body is None else body)
        return module.sync_detailed(*args, client=client, **kwargs)

    async def call(self, client: Any, mode: str, body: Any = None, *, missing: bool = False) -> Any:
        module = operation(self.vendor)
        make = self.missing_id_arguments if missing and self.missing_id_arguments else self.arguments
        args, kwargs = make(self.default_body() if body is None else body)
        if mode == "sync":
            return module.sync_detailed(*args, client=client, **kwargs)
        return await module.asyncio_detailed(*args, client=client, **kwargs)


async def close(client: Any, mode: str) -> None:
    """Close the httpx client a test used (the async one through the generated `__aexit__`)."""
    if mode == "sync":
        client.__exit__(None, None, None)
    else:
        await client.__aexit__(None, None, None)


POLICY_ID = "pol-1"
OCI_POLICY_ID = "ocid1.policy.oc1..matrix"


def target(vendor: str, fake: Any) -> Target:
    """Seed the fake and describe how to call it (the fake must be running)."""
    if vendor == "oso_cloud":
        from oso_cloud_client.models import Policy as OsoPolicy

        return Target(
            vendor,
            fake,
            "*/policy",
            lambda **o: policy_clients.oso_cloud(api_key=fake.token, base_url=fake.base_url, **o),
            lambda body: ((), {"body": body}),
            lambda: OsoPolicy(src="actor User {}"),
        )
    if vendor == "flashback":
        from flashback_client.models import UpdatePolicyRequest

        fake.seed_policy(POLICY_ID)
        return Target(
            vendor,
            fake,
            "/policy/*",
            lambda **o: policy_clients.flashback(token=fake.token, base_url=fake.base_url, **o),
            lambda body: ((POLICY_ID,), {"body": body}),
            lambda: UpdatePolicyRequest(name="New"),
            lambda body: (("pol-missing",), {"body": body}),
        )
    if vendor == "plainid":
        env, ws = uuid.uuid4(), uuid.uuid4()
        rego = "# METADATA\n# custom:\n#   plainid:\n#     policyId: p-1\npackage policy\n"
        return Target(
            vendor,
            fake,
            "/api/2.0/policies/*",
            lambda **o: policy_clients.plainid(token=fake.token, base_url=fake.base_url, **o),
            lambda body: ((env,), {"body": body, "filterauth_ws_id": ws}),
            lambda: rego,
        )
    if vendor == "conductorone":
        from conductorone_client.models import Policy as C1Policy
        from conductorone_client.models import UpdatePolicyRequestInput

        fake.seed_policy(POLICY_ID)
        credentials = fake.new_client_credentials()
        return Target(
            vendor,
            fake,
            "/api/v1/policies/*",
            lambda **o: policy_clients.conductorone(
                credentials.client_id,
                credentials.client_secret,
                base_url=fake.base_url,
                token_url=fake.token_url,
                **o,
            ),
            lambda body: ((POLICY_ID,), {"body": body}),
            lambda: UpdatePolicyRequestInput(policy=C1Policy(display_name="New"), update_mask="displayName"),
            lambda body: (("pol-missing",), {"body": body}),
        )
    if vendor == "oci_identity":
        from oci_identity_client.models import UpdatePolicyDetails

        credentials = fake.new_credentials()
        fake.seed_policy(OCI_POLICY_ID)
        signer = OCIRequestSigner(
            tenancy=credentials.tenancy,
            user=credentials.user,
            fingerprint=credentials.fingerprint,
            private_key=load_pem_private_key(credentials.private_key_pem, password=None),  # type: ignore[arg-type]
        )
        return Target(
            vendor,
            fake,
            "/20160918/policies/*",
            lambda **o: policy_clients.oci_identity(signer=signer, base_url=fake.base_url, **o),
            lambda body: ((OCI_POLICY_ID,), {"body": body}),
            lambda: UpdatePolicyDetails(description="New"),
            lambda body: (("ocid1.policy.oc1..missing",), {"body": body}),
        )
    raise ValueError(vendor)
